using Parley.Model;

namespace Parley.Extraction.Tests.Events;

/// <summary>
/// Phrases that name a host or a plan rather than a happening of their own: "at the invitation of", "agreed to meet
/// again", "a cessation of hostilities"; "civil disobedience" as a protest; and places told of a person, not of the
/// happening; tolls of two counts under one verb, and two lasting days as one span. On prose written for these tests.
/// </summary>
public sealed class HostsAndTalkPlansTests
{
    [Fact]
    public void Meeting_at_the_invitation_of_a_host_is_no_invitation()
    {
        var x = Shipped.Run("The defence ministers of Armenia and Azerbaijan met in Tbilisi on Friday at the invitation of the Georgian prime minister.");
        Assert.Contains(x.Events, e => e.Type == EventType.Meeting);
        Assert.DoesNotContain(x.Events, e => e.Type == EventType.Invitation);
    }

    [Fact]
    public void An_invitation_sent_is_still_one()
    {
        var x = Shipped.Run("On Friday Georgia sent an invitation to Armenia and Azerbaijan to meet in Tbilisi.");
        Assert.Contains(x.Events, e => e.Type == EventType.Invitation);
    }

    [Theory]
    [InlineData("The two presidents agreed on Friday to meet again in Brussels in September.")]
    [InlineData("The two ministers agreed on Friday to continue negotiations in Geneva.")]
    public void Agreeing_only_to_talk_again_strikes_no_deal(string text)
    {
        var x = Shipped.Run(text, "2022-06-04");
        Assert.DoesNotContain(x.Events, e => e.Type == EventType.Agreement);
    }

    [Fact]
    public void The_next_talks_agreed_on_are_planned()
    {
        var x = Shipped.Run("The two presidents agreed on Friday to meet again in Brussels in September.", "2022-06-04");
        var planned = Assert.Single(x.Events, e => e.Type == EventType.Meeting);
        Assert.Equal(EventStatus.Planned, planned.Status);
        Assert.Equal("brussels", planned.Place);
    }

    [Fact]
    public void Agreeing_to_a_substantive_step_is_still_a_deal()
    {
        var x = Shipped.Run("On Friday the two presidents agreed to exchange all prisoners.", "2022-06-04");
        Assert.Contains(x.Events, e => e.Type == EventType.Agreement);
    }

    [Fact]
    public void A_cessation_of_hostilities_agreed_is_no_fighting()
    {
        var x = Shipped.Run("On Wednesday the sides agreed on a complete cessation of hostilities along the line of contact.");
        Assert.Contains(x.Events, e => e.Type == EventType.Agreement);
        Assert.DoesNotContain(x.Events, e => e.Type == EventType.ArmedClash);
    }

    [Fact]
    public void A_campaign_of_civil_disobedience_is_a_protest()
    {
        var x = Shipped.Run("Opposition parties began a campaign of civil disobedience in Yerevan on Monday.");
        var protest = Assert.Single(x.Events, e => e.Type == EventType.Protest);
        Assert.Equal("yerevan", protest.Place);
    }

    [Fact]
    public void A_place_in_a_clause_about_a_person_does_not_place_the_rally()
    {
        var x = Shipped.Run("Thousands of people gathered in a square on Thursday evening for a rally led by Bagrat Galstanyan, who demanded that Pashinyan resign over the handover of villages in Tavush.");
        var rally = Assert.Single(x.Events, e => e.Type == EventType.Protest);
        Assert.NotEqual("tavush", rally.Place);
    }

    [Fact]
    public void A_place_in_a_clause_about_the_talks_still_places_them()
    {
        var x = Shipped.Run("The talks, which were held in Geneva on Thursday, ended without a deal.");
        Assert.Equal("geneva", Assert.Single(x.Events, e => e.Type == EventType.Meeting).Place);
    }

    [Fact]
    public void A_verb_form_after_an_article_names_a_role_not_talks()
    {
        var x = Shipped.Run("On Friday Kazakhstan presented itself only as the host.");
        Assert.DoesNotContain(x.Events, e => e.Type == EventType.Meeting);
    }

    [Theory]
    [InlineData("The two foreign ministers met on Friday and Saturday in Almaty.", EventType.Meeting)]
    [InlineData("Heavy fighting raged near Sotk on 12 and 13 September.", EventType.ArmedClash)]
    public void Two_days_in_a_row_joined_by_and_are_one_lasting_happening(string text, EventType type)
    {
        var x = Shipped.Run(text, "2024-05-11");
        var e = Assert.Single(x.Events, e => e.Type == type);
        var span = Assert.NotNull(e.Date);
        Assert.Equal(span.Earliest.PlusDays(1), span.Latest);
    }

    [Fact]
    public void Two_days_apart_are_two_happenings()
    {
        var x = Shipped.Run("The two foreign ministers met in Almaty on Monday and Friday.", "2024-05-11");
        Assert.Equal(2, x.Events.Count(e => e.Type == EventType.Meeting));
    }

    [Fact]
    public void Counts_joined_by_and_under_one_verb_of_death_are_one_toll()
    {
        var x = Shipped.Run("On Tuesday, saboteurs attacked a police car near Fuzuli, killing four policemen and two civilians.");
        var attack = Assert.Single(x.Events, e => e.Type == EventType.ArmedClash);
        Assert.Contains(attack.Quantities, q => q is { Kind: QuantityKind.Killed, Value: 6 });
        Assert.DoesNotContain(attack.Quantities, q => q.Kind == QuantityKind.People);
    }

    [Fact]
    public void Counts_of_two_sides_are_not_added_up()
    {
        var x = Shipped.Run("On Monday, shelling near Sotk killed four Armenian and three Azerbaijani servicemen.");
        var clash = Assert.Single(x.Events, e => e.Type == EventType.ArmedClash);
        Assert.DoesNotContain(clash.Quantities, q => q is { Kind: QuantityKind.Killed, Value: 7 });
    }

    [Fact]
    public void Sending_someone_with_no_goods_named_is_no_aid()
    {
        var x = Shipped.Run("Hajiyev said on Thursday that Baku had always called him a Kremlin project sent to the region.");
        Assert.DoesNotContain(x.Events, e => e.Type == EventType.AidDelivery);
    }

    [Fact]
    public void Sending_goods_is_still_aid()
    {
        var x = Shipped.Run("On Thursday Russia sent 20 trucks of flour to Stepanakert.");
        Assert.Contains(x.Events, e => e.Type == EventType.AidDelivery);
    }

    [Fact]
    public void A_protest_called_for_on_a_weekday_is_proposed_for_the_next_one()
    {
        var x = Shipped.Run("Galstanyan called on supporters to start a campaign of civil disobedience on Monday.", "2024-05-10");
        var protest = Assert.Single(x.Events, e => e.Type == EventType.Protest);
        Assert.Equal(EventStatus.Proposed, protest.Status);
        Assert.Equal(Parley.Time.DateRange.Day(2024, 5, 13), protest.Date);
    }

    [Fact]
    public void Talks_planned_for_a_weekday_are_held_on_the_next_one()
    {
        var x = Shipped.Run("The next round of talks will be held in Geneva on Tuesday.", "2024-05-10");
        Assert.Equal(Parley.Time.DateRange.Day(2024, 5, 14), Assert.Single(x.Events, e => e.Type == EventType.Meeting).Date);
    }

    [Fact]
    public void A_later_clause_after_the_talks_keeps_its_date_and_place()
    {
        var x = Shipped.Run("The foreign ministers of Armenia and Azerbaijan met in Geneva on Monday. The talks opened days after Azerbaijan installed a checkpoint on the Lachin corridor on April 23.", "2023-05-04");
        var talks = x.Events.Where(e => e.Type == EventType.Meeting).ToList();
        Assert.NotEmpty(talks);
        Assert.All(talks, t => Assert.NotEqual("lachin-corridor", t.Place));
        Assert.All(talks, t => Assert.NotEqual(Parley.Time.DateRange.Day(2023, 4, 23), t.Date));
        Assert.Contains(x.Events, e => e.Type == EventType.Checkpoint && e.Date == Parley.Time.DateRange.Day(2023, 4, 23));
    }

    [Fact]
    public void A_deal_reached_after_talks_that_ended_on_a_day_keeps_that_day()
    {
        var x = Shipped.Run("The truce was reached after long talks between the two foreign ministers, which ended early on Saturday.", "2020-10-11");
        Assert.Equal(Parley.Time.DateRange.Day(2020, 10, 10), Assert.Single(x.Events, e => e.Type == EventType.Agreement).Date);
    }

    [Fact]
    public void A_paragraph_opening_on_a_person_just_named_goes_on_with_that_day()
    {
        var x = Shipped.Run("Arayik Harutyunyan on Thursday relieved Ruben Vardanyan of his post, his office said.\n\nBy another decree Arayik Harutyunyan appointed Gurgen Nersisyan as the new state minister.", "2023-02-24");
        Assert.Equal(Parley.Time.DateRange.Day(2023, 2, 23), Assert.Single(x.Events, e => e.Type == EventType.Appointment).Date);
    }

    [Fact]
    public void A_paragraph_opening_on_someone_else_does_not()
    {
        var x = Shipped.Run("Arayik Harutyunyan on Thursday relieved Ruben Vardanyan of his post, his office said.\n\nNikol Pashinyan appointed Suren Papikyan as defence minister.", "2023-02-24");
        Assert.DoesNotContain(x.Events, e => e.Type == EventType.Appointment);
    }

    [Theory]
    [InlineData("Aliyev received EU special representative Toivo Klaar in Baku on Monday.")]
    [InlineData("President Tokayev received both foreign ministers on Monday.")]
    public void Receiving_a_visitor_is_talks(string text)
    {
        Assert.Contains(Shipped.Run(text).Events, e => e.Type == EventType.Meeting);
    }

    [Theory]
    [InlineData("On Monday Stepanakert received 20 trucks of flour.")]
    [InlineData("On Monday the ministry received a letter from Yerevan.")]
    public void Receiving_goods_or_a_letter_is_no_talks(string text)
    {
        Assert.DoesNotContain(Shipped.Run(text).Events, e => e.Type == EventType.Meeting);
    }

    [Fact]
    public void Whom_a_leader_receives_takes_part()
    {
        var talks = Assert.Single(Shipped.Run("Aliyev received EU special representative Toivo Klaar in Baku on Monday.").Events, e => e.Type == EventType.Meeting);
        Assert.Contains("european-union", talks.Actors);
        Assert.Contains("azerbaijan", talks.Actors);
    }
}
