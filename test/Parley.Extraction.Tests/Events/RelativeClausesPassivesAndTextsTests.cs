using NodaTime;
using Parley.Model;
using Parley.Time;

namespace Parley.Extraction.Tests.Events;

/// <summary>
/// Talks dated by a relative clause past an aside, the parties of a passive signing, a text whose negotiation was
/// completed, a modal after a noun, "last" months of planned happenings and "over the weekend", on prose written for these tests.
/// </summary>
public sealed class RelativeClausesPassivesAndTextsTests
{
    private static List<EventMention> Of(string text, string published, EventType type) =>
        Shipped.Run(text, published).Events.Where(e => e.Type == type).ToList();

    private static (string, string) Iso(EventMention e) => (DateRange.Iso(e.Date!.Value.Earliest), DateRange.Iso(e.Date!.Value.Latest));

    [Fact]
    public void Talks_whose_relative_clause_past_a_hosting_aside_tells_their_end_are_dated_by_it()
    {
        var talks = Assert.Single(Of(
            "Three days of talks between Georgian Foreign Minister Ilia Darchiashvili and his Armenian counterpart Ararat Mirzoyan, hosted by the Swiss government, which ended late on Thursday, left the border question open.",
            "2024-06-08", EventType.Meeting));
        Assert.Equal(("2024-06-04", "2024-06-06"), Iso(talks));
    }

    [Fact]
    public void A_relative_clause_without_an_aside_dates_the_talks_too()
    {
        var talks = Assert.Single(Of("The negotiations between Bayramov and Mirzoyan, which began on Tuesday, touched on the border.", "2024-06-08", EventType.Meeting));
        Assert.Equal(("2024-06-04", "2024-06-04"), Iso(talks));
    }

    [Fact]
    public void A_passive_relative_clause_tells_what_was_done_to_the_deal_not_when_it_was_made()
    {
        // The statement is not dated by the day it was said to be broken; the sentence's only date is that day.
        var deals = Of("The truce between the two sides, which was broken on Tuesday, had held for months.", "2024-06-08", EventType.Agreement);
        Assert.DoesNotContain(deals, d => d.Date is { } r && r.Earliest == new LocalDate(2024, 6, 4));
    }

    [Fact]
    public void Every_signer_listed_after_by_with_titles_is_a_party_and_the_broker_is_not()
    {
        var deal = Assert.Single(Of(
            "The truce was mediated by Moscow and signed by Armenian Defence Minister Suren Papikyan, Azerbaijani Defence Minister Zakir Hasanov and a Russian general on May 2.",
            "2024-05-04", EventType.Agreement));
        Assert.Contains("armenia", deal.Actors);
        Assert.Contains("azerbaijan", deal.Actors);
        Assert.DoesNotContain("russia", deal.Actors);
    }

    [Fact]
    public void A_signer_and_his_counterpart_after_by_are_both_parties()
    {
        var deal = Assert.Single(Of(
            "The protocol was signed on Monday by Azerbaijani Deputy Prime Minister Shahin Mustafayev and his Armenian counterpart Mher Grigoryan.",
            "2024-09-04", EventType.Agreement));
        Assert.Equal(["azerbaijan", "armenia"], deal.Actors.Order().Reverse().ToList());
    }

    [Theory]
    [InlineData("Armenia and Georgia have completed negotiations on the wording of a border regulation, the ministry said on Friday.")]
    [InlineData("Baku and Yerevan concluded talks over the final draft of the treaty on Friday.")]
    public void Talks_completed_on_a_text_agree_the_text(string text)
    {
        var events = Shipped.Run(text, "2025-01-12").Events;
        Assert.Contains(events, e => e.Type == EventType.Agreement);
        Assert.DoesNotContain(events, e => e.Type == EventType.Meeting);
    }

    [Fact]
    public void Talks_completed_on_something_else_stay_talks()
    {
        var events = Shipped.Run("The ministers concluded talks on border security on Friday.", "2025-01-12").Events;
        Assert.Contains(events, e => e.Type == EventType.Meeting);
        Assert.DoesNotContain(events, e => e.Type == EventType.Agreement);
    }

    [Fact]
    public void A_deal_that_could_be_signed_later_is_no_deal_signed()
    {
        var deals = Of("Yerevan said on Monday the accord could be signed only after both parliaments approve the maps.", "2025-01-12", EventType.Agreement);
        Assert.DoesNotContain(deals, d => d.Status == EventStatus.Occurred);
    }

    [Theory]
    [InlineData("The OSCE chair said on Friday that it stood ready to support the implementation of the accord.")]
    [InlineData("Baku reported two violations of the truce on Friday.")]
    [InlineData("The UN chief welcomed the handover of the captives in a statement on Friday.")]
    [InlineData("NATO's envoy hailed the step in his statement on Friday, saying it would help carry out the accord.")]
    public void A_deal_carried_out_or_broken_or_a_statement_one_side_made_is_no_deal_struck_that_day(string text)
    {
        Assert.DoesNotContain(Shipped.Run(text, "2025-03-16").Events, e => e.Type == EventType.Agreement);
    }

    [Theory]
    [InlineData("Georgia said on Tuesday that it had invited both foreign ministers to talks in Tbilisi on Friday.", "2024-06-04")] // the day it was said, not last Friday
    [InlineData("Georgia invited both foreign ministers on Monday to talks in Tbilisi on Friday.", "2024-06-03")]
    public void A_day_after_the_talks_invited_to_is_theirs_not_the_invitations(string text, string day)
    {
        var invitation = Assert.Single(Of(text, "2024-06-04", EventType.Invitation));
        Assert.Equal((day, day), Iso(invitation));
    }

    [Fact]
    public void The_draft_treaty_on_the_table_is_no_proposal_made()
    {
        var events = Shipped.Run("Baku and Yerevan reported progress on the draft border treaty on Friday.", "2024-06-08").Events;
        Assert.DoesNotContain(events, e => e.Type == EventType.Proposal);
    }

    [Fact]
    public void A_called_off_meeting_last_November_stays_in_the_past()
    {
        var meeting = Assert.Single(Of("A summit in Vienna last November was called off at short notice, diplomats said.", "2024-03-02", EventType.Meeting));
        Assert.Equal(("2023-11-01", "2023-11-30"), Iso(meeting));
    }

    [Theory]
    [InlineData("2021-03-08", "2021-03-06", "2021-03-07")] // a Monday: the weekend just gone
    [InlineData("2021-03-07", "2021-03-06", "2021-03-07")] // a Sunday: this weekend
    public void Over_the_weekend_is_the_weekend_of_or_just_before_the_writing(string published, string earliest, string latest)
    {
        var flight = Assert.Single(Of("Hundreds of villagers fled Martuni over the weekend.", published, EventType.Displacement));
        Assert.Equal((earliest, latest), Iso(flight));
    }

    [Fact]
    public void Those_who_fled_since_an_offensive_did_not_fight_it()
    {
        var events = Shipped.Run("About 4,000 ethnic Armenians have fled Hadrut since the offensive of October 9.", "2020-10-20").Events;
        var clash = Assert.Single(events, e => e.Type == EventType.ArmedClash);
        Assert.DoesNotContain("karabakh-armenians", clash.Actors);
        Assert.Contains("karabakh-armenians", Assert.Single(events, e => e.Type == EventType.Displacement).Actors);
    }

    [Fact]
    public void Ethnic_Armenians_who_flee_are_the_Karabakh_Armenians()
    {
        var flight = Assert.Single(Of("Ethnic Armenians fled Hadrut on Sunday as the fighting neared.", "2020-10-14", EventType.Displacement));
        Assert.Contains("karabakh-armenians", flight.Actors);
    }
}

/// <summary>
/// A baseline date that its "when" clause tells of, the n-th day of a happening, troops that "fired", a deal a protest is over, a dateline's place
/// for the day's talks, an outlet's name in the dateline, and a happening inside an opening attribution, on prose
/// written for these tests.
/// </summary>
public sealed class BaselinesFiringProtestsAndDatelinesTests
{
    private static List<EventMention> Of(string text, string published, EventType type) =>
        Shipped.Run(text, published).Events.Where(e => e.Type == type).ToList();

    [Fact]
    public void Fighting_in_the_when_clause_of_a_since_baseline_is_dated_by_the_baseline()
    {
        var clash = Assert.Single(Of("The shooting was the worst on that frontier since April 2016, when four days of fighting killed about 200 men.", "2021-07-20", EventType.ArmedClash));
        Assert.Equal(new LocalDate(2016, 4, 1), clash.Date!.Value.Earliest);
        Assert.Equal(new LocalDate(2016, 4, 30), clash.Date!.Value.Latest);
    }

    [Theory]
    [InlineData("Farmers blocked the highway near Ijevan for a fourth day on Thursday.", "2024-05-06", "2024-05-09")]
    [InlineData("Farmers blocked the highway near Ijevan for the fourth straight day on Thursday.", "2024-05-06", "2024-05-09")]
    [InlineData("Farmers blocked the highway near Ijevan on Thursday.", "2024-05-09", "2024-05-09")]
    public void A_happening_on_its_nth_day_has_gone_on_since_n_minus_one_days_before(string text, string earliest, string latest)
    {
        var blockade = Assert.Single(Of(text, "2024-05-10", EventType.Blockade));
        Assert.Equal((earliest, latest), (DateRange.Iso(blockade.Date!.Value.Earliest), DateRange.Iso(blockade.Date!.Value.Latest)));
    }

    [Fact]
    public void A_since_baseline_without_a_when_clause_still_dates_nothing()
    {
        var clashes = Of("It was the worst shelling near Tavush since 2016.", "2021-07-20", EventType.ArmedClash);
        Assert.DoesNotContain(clashes, c => c.Date is { } d && d.Earliest.Year == 2016);
    }

    [Theory]
    [InlineData("The general staff said on Monday that its units had not fired.")]
    [InlineData("Border guards fired at a drone on Monday, the ministry said.")]
    public void Troops_that_fire_with_no_one_fired_make_no_dismissal(string text)
    {
        var events = Shipped.Run(text, "2022-05-10").Events;
        Assert.DoesNotContain(events, e => e.Type == EventType.Dismissal);
    }

    [Fact]
    public void A_leader_who_fires_his_minister_still_dismisses_him()
    {
        Assert.Single(Of("On Monday Pashinyan fired the head of the national security service.", "2022-05-10", EventType.Dismissal));
    }

    [Fact]
    public void The_deal_a_protest_is_over_is_no_second_deal_and_whom_it_demands_go_is_not_a_protester()
    {
        var events = Shipped.Run("On Sunday, several thousand people marched in Gyumri to demand that Pashinyan step down over the agreement.", "2020-11-30").Events;
        Assert.DoesNotContain(events, e => e.Type == EventType.Agreement);
        var protest = Assert.Single(events, e => e.Type == EventType.Protest);
        Assert.DoesNotContain("nikol-pashinyan", protest.Actors);
    }

    [Fact]
    public void Talks_of_the_reports_day_that_name_no_place_are_held_where_the_report_was_filed()
    {
        var text = "GORIS, May 6 (Test Wire) - Refugees from the region queued for aid on Tuesday.\n\n" +
                   "Local officials gave figures to reporters.\n\n" +
                   "Late on Tuesday, the mayor held a meeting with officers of the Russian peacekeeping force about the evacuation.";
        var meeting = Assert.Single(Of(text, "2025-05-06", EventType.Meeting));
        Assert.Equal("goris", meeting.Place);
    }

    [Fact]
    public void A_call_of_the_reports_day_takes_no_place_from_the_dateline()
    {
        var text = "GORIS, May 6 (Test Wire) - Refugees from the region queued for aid on Tuesday.\n\n" +
                   "Late on Tuesday, the mayor discussed the evacuation in a phone call with officers of the Russian peacekeeping force.";
        Assert.All(Of(text, "2025-05-06", EventType.Meeting), m => Assert.Null(m.Place));
    }

    [Fact]
    public void A_place_in_the_outlets_name_in_the_dateline_is_no_place()
    {
        var deal = Assert.Single(Of("BAKU, June 2 (Shusha Herald) - Armenia and Azerbaijan signed a border regulation on Monday.", "2025-06-02", EventType.Agreement));
        Assert.NotEqual("shusha", deal.Place);
    }

    [Fact]
    public void A_happening_inside_an_opening_attribution_has_none_of_the_main_clauses_parties()
    {
        var visit = Assert.Single(Of("According to the EU mission dispatched to the region on Friday, about 300 Armenians still live in Hadrut.", "2023-10-02", EventType.Visit));
        Assert.DoesNotContain("armenia", visit.Actors);
        Assert.DoesNotContain("karabakh-armenians", visit.Actors);
    }
}
