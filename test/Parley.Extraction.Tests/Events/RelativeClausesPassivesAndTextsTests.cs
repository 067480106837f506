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
    public void Ethnic_Armenians_who_flee_are_the_Karabakh_Armenians()
    {
        var flight = Assert.Single(Of("Ethnic Armenians fled Hadrut on Sunday as the fighting neared.", "2020-10-14", EventType.Displacement));
        Assert.Contains("karabakh-armenians", flight.Actors);
    }
}
