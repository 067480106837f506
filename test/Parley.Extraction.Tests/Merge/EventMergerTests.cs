using NodaTime;
using Parley.Extraction.Merge;
using Parley.Model;
using Parley.Text;
using Parley.Time;

namespace Parley.Extraction.Tests.Merge;

/// <summary>Which event mentions the merger takes for one happening.</summary>
public sealed class EventMergerTests
{
    private static EventMention Mention(string doc, DateRange date) => new()
    {
        Key = "e1", DocumentId = doc, Type = EventType.Blockade, Date = date, Place = "lachin-corridor", Actors = ["azerbaijan"],
        Span = new CharSpan(0, 1), Quote = "x", Trigger = "blocked",
    };

    private static DateRange Range(LocalDate from, LocalDate to) => new(from, to, DatePrecision.Years);

    [Fact]
    public void Two_long_ranges_running_from_one_named_day_are_one_happening()
    {
        var since = new LocalDate(2022, 12, 12);
        var (events, _) = new EventMerger().Merge([Mention("a", Range(since, new LocalDate(2023, 1, 29))), Mention("b", Range(since, new LocalDate(2023, 9, 30)))]);
        Assert.Single(events);
    }

    [Fact]
    public void Two_different_long_ranges_from_the_start_of_a_year_stay_apart()
    {
        var (events, _) = new EventMerger().Merge([
            Mention("a", Range(new LocalDate(2022, 1, 1), new LocalDate(2022, 12, 31))),
            Mention("b", Range(new LocalDate(2022, 1, 1), new LocalDate(2023, 12, 31)))]);
        Assert.Equal(2, events.Count);
    }
}
