using NodaTime;
using Parley.Extraction.Merge;
using Parley.Model;
using Parley.Text;
using Parley.Time;

namespace Parley.Extraction.Tests.Merge;

/// <summary>The days a merged meeting keeps when one account gives the days it lasted and another one of them.</summary>
public sealed class HeldDaysTests
{
    private static EventMention Talks(string doc, DateRange date, EventType type = EventType.Meeting) => new()
    {
        Key = "e1", DocumentId = doc, Type = type, Date = date, Place = "gazakh", Actors = ["armenia", "azerbaijan"],
        Span = new CharSpan(0, 1), Quote = "x", Trigger = "talks",
    };

    private static DateRange Days(int from, int to) => new(new LocalDate(2024, 5, from), new LocalDate(2024, 5, to), DatePrecision.Days);

    [Fact]
    public void Talks_held_over_two_days_keep_both_when_another_account_gives_one()
    {
        var (events, _) = new EventMerger().Merge([Talks("a", Days(14, 15)), Talks("b", DateRange.Day(2024, 5, 15))]);
        Assert.Equal(Days(14, 15), Assert.Single(events).Date);
    }

    [Fact]
    public void A_vague_week_is_narrowed_by_the_day_another_account_gives()
    {
        var (events, _) = new EventMerger().Merge([Talks("a", Days(13, 19)), Talks("b", DateRange.Day(2024, 5, 15))]);
        Assert.Equal(DateRange.Day(2024, 5, 15), Assert.Single(events).Date);
    }

    [Fact]
    public void A_clash_over_two_days_is_narrowed_by_a_day_as_before()
    {
        var (events, _) = new EventMerger().Merge([Talks("a", Days(14, 15), EventType.ArmedClash), Talks("b", DateRange.Day(2024, 5, 15), EventType.ArmedClash)]);
        Assert.Equal(DateRange.Day(2024, 5, 15), Assert.Single(events).Date);
    }
}
