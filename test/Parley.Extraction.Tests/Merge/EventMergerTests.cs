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
    public void A_span_of_years_restates_no_narrower_mention_of_its_document()
    {
        // "Starting in 2019, the ministry resettled families" and "on May 2 a thousand people left": a period holds many
        // happenings, so it is not the one told of that day.
        var period = Range(new LocalDate(2019, 1, 1), new LocalDate(2022, 6, 30));
        var (events, _) = new EventMerger().Merge([
            Mention("a", period) with { Key = "e1" },
            Mention("a", DateRange.Day(2022, 5, 2)) with { Key = "e2", Actors = [] }]);
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.Date == period);
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
    private static EventMention Said(string doc, string key, EventType type, DateRange date, string quote, string[] actors, string[]? targets = null) => new()
    {
        Key = key, DocumentId = doc, Type = type, Date = date, Actors = actors, Targets = targets ?? [],
        Span = new CharSpan(0, quote.Length), Quote = quote, Trigger = "x",
    };

    private static DateRange Days(LocalDate from, LocalDate to, DatePrecision precision = DatePrecision.Days) => new(from, to, precision);

    [Fact]
    public void A_condition_set_for_an_agreement_is_no_account_of_the_truce_signed_that_autumn()
    {
        var truce = Said("a", "e1", EventType.Agreement, DateRange.Day(2022, 10, 4), "Yerevan and Baku agreed on a truce along the northern border on Tuesday.", ["armenia", "azerbaijan"]);
        var condition = Said("b", "e1", EventType.Agreement, Days(new LocalDate(2022, 9, 1), new LocalDate(2022, 12, 31), DatePrecision.Season),
            "Yerevan would sign a truce that autumn only if Moscow first sent monitors.", ["armenia", "russia"]) with { Status = EventStatus.Hypothetical };
        var (events, _) = new EventMerger().Merge([truce, condition]);

        Assert.Equal(2, events.Count);
        var signed = Assert.Single(events, e => e.Status == EventStatus.Occurred);
        Assert.Equal(["armenia", "azerbaijan"], signed.Actors);
        Assert.Equal(EventStatus.Hypothetical, Assert.Single(events, e => e != signed).Status);
    }

    [Fact]
    public void Talks_still_to_come_are_an_account_of_talks_held_only_when_the_days_of_one_hold_the_other()
    {
        var held = Said("a", "e1", EventType.Meeting, Days(new LocalDate(2023, 5, 15), new LocalDate(2023, 5, 20)),
            "Earlier in the week the envoys met in Yerevan.", ["armenia", "azerbaijan"]);
        var again = Said("a", "e2", EventType.Meeting, Days(new LocalDate(2023, 5, 20), new LocalDate(2023, 6, 17)),
            "The sides agreed to meet again in the coming weeks.", ["armenia", "azerbaijan"]) with { Status = EventStatus.Planned };
        var (events, _) = new EventMerger().Merge([held, again]);
        Assert.Equal(2, events.Count);

        // A planned day that the later report tells as done is one happening.
        var planned = again with { Date = DateRange.Day(2023, 5, 18) };
        var (one, _) = new EventMerger().Merge([held, planned]);
        Assert.Single(one);
    }

    [Fact]
    public void What_could_have_prevented_an_offensive_is_an_account_of_it_when_it_names_its_days_and_a_side()
    {
        var days = Days(new LocalDate(2023, 9, 19), new LocalDate(2023, 9, 20));
        var offensive = Said("a", "e1", EventType.ArmedClash, days, "Azerbaijani forces attacked for two days.", ["azerbaijan"]);
        var couldHave = Said("b", "e1", EventType.ArmedClash, days, "Monitors could have stopped the Azerbaijani attack, the minister said.", ["azerbaijan"]) with { Status = EventStatus.Hypothetical };
        var (events, _) = new EventMerger().Merge([offensive, couldHave]);

        var single = Assert.Single(events);
        Assert.Equal(EventStatus.Occurred, single.Status);

        // Its days told more loosely, or no side in common: a possibility, not an account of the offensive.
        var (loose, _) = new EventMerger().Merge([offensive, couldHave with { Date = DateRange.Month(2023, 9) }]);
        Assert.Equal(2, loose.Count);
        var (otherSide, _) = new EventMerger().Merge([offensive, couldHave with { Actors = ["russian-peacekeepers"] }]);
        Assert.Equal(2, otherSide.Count);
    }

    [Fact]
    public void A_span_of_years_is_no_evidence_of_one_happening_whatever_its_wording()
    {
        // "Quiet since the war" runs from the war's end to the day of writing: years, though worded as days.
        var since = Days(new LocalDate(2020, 11, 10), new LocalDate(2024, 6, 5));
        var (events, _) = new EventMerger().Merge([
            Said("a", "e1", EventType.ArmedClash, DateRange.Day(2022, 10, 11), "Russian-made shells hit Armenian posts near Vardenis.", ["russia"], ["armenia"]),
            Said("b", "e1", EventType.ArmedClash, since, "The co-chairs, Russia among them, have held no talks on the fighting since the war.", ["russia", "france"])]);
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void Accounts_naming_no_one_in_common_stay_apart_unless_they_tell_of_one_place_within_a_month()
    {
        var week = Days(new LocalDate(2023, 5, 8), new LocalDate(2023, 5, 14));
        var inWeek = Days(new LocalDate(2023, 5, 10), new LocalDate(2023, 5, 12));
        var talks = Said("a", "e1", EventType.Meeting, week, "Ministers of Armenia and Azerbaijan met that week.", ["armenia", "azerbaijan"]);
        var other = Said("b", "e1", EventType.Meeting, inWeek, "The Georgian and Turkish envoys held talks midweek.", ["georgia", "turkey"]);
        var (apart, _) = new EventMerger().Merge([talks, other]);
        Assert.Equal(2, apart.Count);

        var (onePlace, _) = new EventMerger().Merge([talks with { Place = "tbilisi" }, other with { Place = "tbilisi" }]);
        Assert.Single(onePlace);
    }

    [Fact]
    public void A_season_sharing_one_side_with_a_day_is_not_that_day_unless_one_cast_holds_the_other()
    {
        var summer = Days(new LocalDate(2023, 6, 1), new LocalDate(2023, 8, 31), DatePrecision.Season);
        var day = Said("a", "e1", EventType.Meeting, DateRange.Day(2023, 7, 25), "The Russian and Armenian ministers met in Moscow.", ["russia", "armenia"]);
        var season = Said("b", "e1", EventType.Meeting, summer, "Armenian and Azerbaijani delegations met again over the summer.", ["armenia", "azerbaijan"]);
        var (events, _) = new EventMerger().Merge([day, season]);
        Assert.Equal(2, events.Count);

        var (held, _) = new EventMerger().Merge([day, season with { Actors = ["armenia", "russia"] }]);
        Assert.Single(held);

        // Within a month a shared side is still enough.
        var (month, _) = new EventMerger().Merge([day, season with { Date = DateRange.Month(2023, 7) }]);
        Assert.Single(month);
    }

    [Fact]
    public void One_vaguer_account_adds_no_side_the_precise_accounts_do_not_name()
    {
        var september = DateRange.Month(2022, 9);
        var day = DateRange.Day(2022, 9, 13);
        var shelling = Said("a", "e1", EventType.ArmedClash, day, "Towns in the south came under fire overnight.", [], ["armenia"]);
        var recalled = Said("b", "e1", EventType.ArmedClash, september, "Moscow, the bloc, Yerevan and Baku all spoke of the September attack.", ["russia", "csto", "armenia", "azerbaijan"]);
        var single = Assert.Single(new EventMerger().Merge([shelling, recalled]).Events);
        Assert.Empty(single.Actors);
        Assert.Equal(["armenia"], single.Targets);
        Assert.Equal(2, single.Mentions.Count);

        // What a second account also names is kept; so is all that equally precise accounts name.
        var named = Said("c", "e1", EventType.ArmedClash, day, "Azerbaijani guns shelled the south.", ["azerbaijan"], ["armenia"]);
        var three = Assert.Single(new EventMerger().Merge([shelling, recalled, named]).Events);
        Assert.Equal(["azerbaijan"], three.Actors);
        var sameDay = Assert.Single(new EventMerger().Merge([shelling, recalled with { Date = day }]).Events);
        Assert.Equal(["russia", "csto", "armenia", "azerbaijan"], sameDay.Actors);
    }

    [Fact]
    public void One_report_keeps_every_side_it_names_however_precisely_each_sentence_dates_it()
    {
        var (events, _) = new EventMerger().Merge([
            Said("a", "e1", EventType.ArmedClash, DateRange.Day(2022, 9, 13), "Shells fell on Jermuk on Tuesday.", [], ["armenia"]),
            Said("a", "e2", EventType.ArmedClash, DateRange.Month(2022, 9), "Baku's September attack on Armenia drew a protest from Paris.", ["azerbaijan", "france"], ["armenia"])]);
        Assert.Equal(["azerbaijan", "france"], Assert.Single(events).Actors);
    }

    [Fact]
    public void Two_named_groups_moving_in_one_report_are_two_movements_while_two_reports_of_one_place_may_be_one()
    {
        var exodus = Said("a", "e1", EventType.Displacement, Days(new LocalDate(2023, 3, 1), new LocalDate(2023, 3, 20)),
            "Thousands of villagers have left the valley since March 1.", ["karabakh-armenians"]) with { Place = "karabakh" };
        var patients = Said("a", "e2", EventType.Displacement, DateRange.Day(2023, 3, 14),
            "Aid workers moved a dozen patients out of the valley on Tuesday.", ["icrc"]) with { Place = "karabakh" };
        var (events, _) = new EventMerger().Merge([exodus, patients]);
        Assert.Equal(2, events.Count);

        // Two reports of one place that name different movers still tell of one flight, as before.
        var other = patients with { DocumentId = "b", Key = "e1" };
        var (across, _) = new EventMerger().Merge([exodus with { Date = DateRange.Day(2023, 3, 14) }, other]);
        Assert.Single(across);
    }
}
