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

    [Fact]
    public void One_happening_reported_by_many_documents_is_one_event_with_every_mention()
    {
        var day = DateRange.Day(2023, 4, 23);
        var mentions = Enumerable.Range(0, 500).Select(i => Mention($"d{i}", day)).Append(Mention("d0", day) with { Key = "e2", Status = EventStatus.Denied }).ToList();
        var (events, eventOf) = new EventMerger().Merge(mentions);
        // The denial in a document that also reports it is another account; every other mention is the one event.
        Assert.Equal(2, events.Count);
        Assert.Equal(500, events.Single(e => e.Mentions.Count > 1).Mentions.Count);
        Assert.Equal(501, eventOf.Count);
    }

    [Fact]
    public void Merging_without_the_mention_map_builds_the_same_events_restatements_included()
    {
        var day = DateRange.Day(2022, 9, 13);
        // Two documents each telling of the day and once more by its year; a third telling of another place that day.
        List<EventMention> mentions = [
            Mention("a", DateRange.Year(2022)) with { Key = "e1", Actors = [] },
            Mention("a", day) with { Key = "e2" },
            Mention("b", day) with { Key = "e1" },
            Mention("b", DateRange.Year(2022)) with { Key = "e2", Actors = [] },
            Mention("c", day) with { Key = "e1", Place = "stepanakert", Actors = ["armenia"] }];
        var merger = new EventMerger();
        var (events, _) = merger.Merge(mentions);
        var lean = merger.MergeEvents(mentions);
        Assert.Equal(2, lean.Count);
        Assert.Equal(events.Select(Describe), lean.Select(Describe));
        Assert.Equal(4, lean.Max(e => e.Mentions.Count));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Events_built_one_at_a_time_from_the_gathered_members_are_the_merged_events(int seed)
    {
        // A crowded chain: few days, places and casts, many documents, ranges and year mentions, so clusters hold
        // several kinds of member from several documents and some kinds only from their own.
        var random = new Random(seed);
        var mentions = new List<EventMention>();
        for (var i = 0; i < 400; i++)
        {
            var day = new LocalDate(2022, 5, 1).PlusDays(random.Next(0, 6));
            var date = random.Next(6) switch
            {
                0 => new DateRange(day, day.PlusDays(random.Next(1, 4)), DatePrecision.Days),
                1 => DateRange.Year(2022),
                _ => DateRange.Day(day.Year, day.Month, day.Day),
            };
            mentions.Add(Mention($"d{random.Next(60):D2}", date) with
            {
                Key = $"e{i}",
                Status = random.Next(8) == 0 ? EventStatus.Denied : EventStatus.Occurred,
                Place = random.Next(3) == 0 ? null : "lachin-corridor",
                Actors = random.Next(4) switch { 0 => [], 1 => ["armenia"], 2 => ["azerbaijan", "armenia"], _ => ["azerbaijan"] },
                Type = random.Next(2) == 0 ? EventType.Blockade : EventType.Meeting,
                Span = new CharSpan(random.Next(0, 5), 9),
            });
        }

        var merger = new EventMerger();
        var merged = merger.MergeEvents(mentions);
        var gathered = merger.GatherEvents(mentions);
        Assert.Equal(merged.Count, gathered.Count);
        Assert.Contains(merged, e => e.Mentions.Select(m => m.DocumentId).Distinct().Count() > 1);
        // The ids differ only where the merger numbered a clash within its call; the windowed pass numbers them itself.
        Assert.Equal(merged.Select(e => Describe(e)[e.Id.Length..]), gathered.Select(EventMerger.BuildEvent).Select(e => Describe(e)[e.Id.Length..]));
        Assert.Equal(merged.Select(e => e.Topics.Count + e.Quantities.Count + (int)e.Status), gathered.Select(EventMerger.BuildEvent).Select(e => e.Topics.Count + e.Quantities.Count + (int)e.Status));
    }

    private static string Describe(Event e) =>
        $"{e.Id}|{e.Date}|{e.Place}|{string.Join(",", e.Actors)}|{string.Join(",", e.Mentions.Select(m => m.DocumentId + "#" + m.Key))}";

    [Fact]
    public void A_year_mention_restating_the_one_narrower_mention_of_its_document_joins_it()
    {
        var september = DateRange.Month(2022, 9);
        var (events, _) = new EventMerger().Merge([
            Mention("a", DateRange.Year(2022)) with { Key = "e1", Actors = [] },
            Mention("a", september) with { Key = "e2" }]);
        var single = Assert.Single(events);
        Assert.Equal(september, single.Date);
        Assert.Equal(2, single.Mentions.Count);
    }

    [Fact]
    public void A_mention_naming_no_one_inside_the_days_of_another_in_its_document_joins_it()
    {
        var week = new DateRange(new LocalDate(2023, 9, 24), new LocalDate(2023, 9, 30), DatePrecision.Days);
        var (events, _) = new EventMerger().Merge([
            Mention("a", week) with { Key = "e1", Place = null },
            Mention("a", DateRange.Day(2023, 9, 28)) with { Key = "e2", Actors = [] }]);
        Assert.Single(events);
    }

    [Fact]
    public void The_same_nesting_across_documents_or_outside_the_days_stays_apart()
    {
        var week = new DateRange(new LocalDate(2023, 9, 24), new LocalDate(2023, 9, 30), DatePrecision.Days);
        var (across, _) = new EventMerger().Merge([
            Mention("a", week) with { Key = "e1", Place = null },
            Mention("b", DateRange.Day(2023, 9, 28)) with { Key = "e2", Actors = [] }]);
        Assert.Equal(2, across.Count);
        var (outside, _) = new EventMerger().Merge([
            Mention("a", week) with { Key = "e1", Place = null },
            Mention("a", DateRange.Day(2023, 10, 8)) with { Key = "e2", Actors = [] }]);
        Assert.Equal(2, outside.Count);
    }

    [Fact]
    public void An_issue_only_one_of_three_accounts_names_is_not_what_the_happening_was_about()
    {
        var day = DateRange.Day(2023, 4, 23);
        var (events, _) = new EventMerger().Merge([
            Mention("a", day) with { Topics = ["checkpoints", "mining"] },
            Mention("b", day) with { Topics = ["checkpoints"] },
            Mention("c", day) with { Topics = ["checkpoints", "peacekeeping"] }]);
        Assert.Equal(["checkpoints"], Assert.Single(events).Topics);
    }

    [Fact]
    public void Two_accounts_keep_every_issue_they_name()
    {
        var day = DateRange.Day(2023, 4, 23);
        var (events, _) = new EventMerger().Merge([
            Mention("a", day) with { Topics = ["checkpoints", "mining"] },
            Mention("b", day) with { Topics = ["peacekeeping"] }]);
        Assert.Equal(3, Assert.Single(events).Topics.Count);
    }

    [Fact]
    public void Several_mentions_in_one_document_are_one_account_of_the_issues()
    {
        var day = DateRange.Day(2023, 4, 23);
        var (events, _) = new EventMerger().Merge([
            Mention("a", day) with { Key = "e1", Topics = ["checkpoints", "mining"] },
            Mention("a", day) with { Key = "e2", Topics = ["checkpoints"] },
            Mention("b", day) with { Topics = ["peacekeeping"] }]);
        Assert.Equal(["checkpoints", "mining", "peacekeeping"], Assert.Single(events).Topics.Order());
    }

    [Fact]
    public void A_year_mention_with_two_narrower_candidates_keeps_its_own_date()
    {
        var (events, _) = new EventMerger().Merge([
            Mention("a", DateRange.Year(2023)) with { Key = "e1" },
            Mention("a", DateRange.Day(2023, 3, 5)) with { Key = "e2" },
            Mention("a", DateRange.Day(2023, 3, 7)) with { Key = "e3" }]);
        Assert.Equal(3, events.Count);
        Assert.Contains(events, e => e.Date == DateRange.Year(2023));
    }

    [Fact]
    public void A_separate_meeting_on_the_same_day_stays_apart_from_the_one_told_before()
    {
        var day = DateRange.Day(2023, 7, 25);
        var (events, _) = new EventMerger().Merge([
            Mention("a", day) with { Key = "e1", Type = EventType.Meeting, Trigger = "talks" },
            Mention("a", day) with { Key = "e2", Type = EventType.Meeting, Trigger = "separate meeting" },
            Mention("b", day) with { Key = "e1", Type = EventType.Meeting, Trigger = "talks" }]);
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.Mentions.Count == 2 && e.Mentions.All(m => m.Trigger == "talks"));
    }

    [Fact]
    public void A_road_closed_on_one_day_is_one_happening_whoever_each_account_blames()
    {
        var day = DateRange.Day(2022, 12, 12);
        var (events, _) = new EventMerger().Merge([
            Mention("a", day) with { Actors = ["azerbaijan"] },
            Mention("b", day) with { Actors = ["azerbaijani-protesters"], Place = null }]);
        Assert.Single(events);

        var (meetings, _) = new EventMerger().Merge([
            Mention("a", day) with { Type = EventType.Meeting, Actors = ["russia", "armenia"], Place = null },
            Mention("b", day) with { Type = EventType.Meeting, Actors = ["azerbaijan"], Place = null }]);
        Assert.Equal(2, meetings.Count);
    }

    [Fact]
    public void Accounts_a_day_apart_give_an_event_spanning_both_days()
    {
        var (events, _) = new EventMerger().Merge([Mention("a", DateRange.Day(2023, 2, 24)), Mention("b", DateRange.Day(2023, 2, 25))]);
        var single = Assert.Single(events);
        Assert.Equal(new DateRange(new LocalDate(2023, 2, 24), new LocalDate(2023, 2, 25), DatePrecision.Days), single.Date);
    }

    [Fact]
    public void Two_mentions_alike_in_all_but_their_document_can_go_to_different_events()
    {
        // Why a window cannot carry one mention for every mention of its kind: where a mention goes depends on the
        // other mentions of its document. One report tells of talks "that week" naming no one and of the day they
        // opened with Armenia; another tells only of talks "that week". The week and the day join within the first
        // report (one lies inside the other), but the second report's week, which names no one, joins neither.
        var week = new DateRange(new LocalDate(2023, 1, 9), new LocalDate(2023, 1, 15), DatePrecision.Days);
        var talks = Mention("a", week) with { Type = EventType.Meeting, Place = null, Actors = [] };
        var sameWeekElsewhere = talks with { DocumentId = "b" };
        var openingDay = talks with { Key = "e2", Date = DateRange.Day(2023, 1, 11), Actors = ["armenia"] };
        var (events, eventOf) = new EventMerger().Merge([talks, openingDay, sameWeekElsewhere]);
        Assert.Equal(2, events.Count);
        Assert.Equal(eventOf[("a", "e1")], eventOf[("a", "e2")]);
        Assert.NotEqual(eventOf[("a", "e1")], eventOf[("b", "e1")]);
    }
}
