using Parley.Model;
using Parley.Time;

namespace Parley.Extraction.Tests.Events;

/// <summary>
/// Calls told with a bare verb, captures told in reported speech, dates of flights, arrests and plans, refusals to
/// attend and postponed talks, on prose written for these tests.
/// </summary>
public sealed class CallsCapturesAndPlansTests
{
    [Theory]
    [InlineData("On March 3, Macron called Armenian Prime Minister Nikol Pashinyan to discuss the border.", "france", "armenia")]
    [InlineData("Blinken called Aliyev on March 3 and urged him to reopen the road.", "united-states", "azerbaijan")]
    public void A_party_called_by_another_holds_a_call_with_it(string text, string caller, string called)
    {
        var x = Shipped.Run(text);
        var call = Assert.Single(x.Events, e => e.Type == EventType.Meeting);
        Assert.Equal(new[] { caller, called }.Order(), call.Actors.Order());
        Assert.Equal(DateRange.Day(2023, 3, 3), call.Date);
        Assert.Null(call.Place);
    }

    [Theory]
    [InlineData("On March 3, Aliyev called Pashinyan a liar in a speech in Baku.")]
    [InlineData("On March 3, the ministry called on Baku to show restraint.")]
    [InlineData("On March 3, the opposition called for calm in Yerevan.")]
    [InlineData("On March 3, Karabakh, also called Artsakh, marked a holiday.")]
    [InlineData("On March 3, the mission was called off by the European Union.")]
    public void Calling_someone_something_or_calling_for_something_holds_no_call(string text)
    {
        var x = Shipped.Run(text);
        Assert.DoesNotContain(x.Events, e => e.Type == EventType.Meeting);
    }

    [Fact]
    public void Counterparts_in_two_capitals_are_the_states_that_took_part_and_no_place()
    {
        var x = Shipped.Run("On March 3, the French foreign minister spoke by phone with his counterparts in Baku and Yerevan.");
        var call = Assert.Single(x.Events, e => e.Type == EventType.Meeting);
        Assert.Contains("armenia", call.Actors);
        Assert.Contains("azerbaijan", call.Actors);
        Assert.DoesNotContain("armenia", call.Mediators);
        Assert.DoesNotContain("azerbaijan", call.Mediators);
        Assert.Null(call.Place);
    }

    [Theory]
    [InlineData("On March 3, Lavrov held talks with his Armenian and Azerbaijani counterparts in Moscow.")]
    [InlineData("On March 3, Lavrov hosted his counterparts in Moscow for talks on the treaty.")]
    public void Counterparts_named_by_their_states_or_hosted_meet_in_the_city_named(string text)
    {
        var x = Shipped.Run(text);
        var talks = Assert.Single(x.Events, e => e.Type == EventType.Meeting);
        Assert.Equal("moscow", talks.Place);
    }

    [Fact]
    public void Soldiers_taken_prisoner_are_a_capture()
    {
        var x = Shipped.Run("On March 3, Azerbaijani forces took five Armenian soldiers prisoner near Sotk.");
        var capture = Assert.Single(x.Events, e => e.Type == EventType.Arrest);
        Assert.Equal(DateRange.Day(2023, 3, 3), capture.Date);
        Assert.Contains(capture.Quantities, q => q.Value == 5);
    }

    [Theory]
    [InlineData("On March 3, forty soldiers took part in the exercise near Sotk.")]
    [InlineData("On March 3, the new government took office in Yerevan.")]
    public void Taking_part_or_office_captures_no_one(string text)
    {
        var x = Shipped.Run(text);
        Assert.DoesNotContain(x.Events, e => e.Type == EventType.Arrest);
    }

    [Fact]
    public void A_ministry_telling_of_its_sides_men_taken_prisoner_does_not_take_them()
    {
        var x = Shipped.Run("Armenia's defence ministry said on March 3 that Azerbaijani troops had taken 12 soldiers prisoner.");
        var capture = Assert.Single(x.Events, e => e.Type == EventType.Arrest);
        Assert.DoesNotContain(capture.Actors, a => a.StartsWith("armenia", StringComparison.Ordinal));
        Assert.Contains("armenia", capture.Targets);
        Assert.NotEmpty(capture.Actors);
    }

    [Fact]
    public void Its_own_soldiers_captured_make_the_speakers_side_the_one_acted_upon()
    {
        var x = Shipped.Run("Azerbaijan's defence ministry said that three of its soldiers had been captured on March 3.");
        var capture = Assert.Single(x.Events, e => e.Type == EventType.Arrest);
        Assert.Contains("azerbaijan", capture.Targets);
        Assert.DoesNotContain(capture.Actors, a => a.StartsWith("azerbaijan", StringComparison.Ordinal));
    }

    [Fact]
    public void Its_own_troops_taking_prisoners_make_the_speakers_side_the_captor()
    {
        var x = Shipped.Run("Azerbaijan's defence ministry said its troops took four soldiers prisoner on March 3.");
        var capture = Assert.Single(x.Events, e => e.Type == EventType.Arrest);
        Assert.Equal(["azerbaijan"], capture.Actors);
    }

    [Fact]
    public void Who_is_accused_of_a_cut_in_a_trailing_participle_made_it()
    {
        var x = Shipped.Run("Electricity to Stepanakert was cut on March 3, the local authorities said, accusing Azerbaijan of damaging the line.");
        var cut = Assert.Single(x.Events, e => e.Type == EventType.SupplyCut);
        Assert.Equal(["azerbaijan"], cut.Actors);
        Assert.DoesNotContain("azerbaijan", cut.Targets);
    }

    [Fact]
    public void A_date_inside_a_clause_about_the_person_detained_does_not_date_the_arrest()
    {
        var x = Shipped.Run("Border guards detained Ruben Vardanyan, the banker who led the government until February, on Tuesday as he tried to cross into Armenia.");
        var arrest = Assert.Single(x.Events, e => e.Type == EventType.Arrest);
        Assert.Equal(DateRange.Day(2023, 3, 14), arrest.Date);
        Assert.Contains("ruben-vardanyan", arrest.Targets);
        Assert.DoesNotContain("armenia", arrest.Targets);
    }

    [Fact]
    public void Who_carries_a_detainee_in_a_clause_of_his_own_is_no_party_to_the_arrest()
    {
        var x = Shipped.Run("On March 3, Azerbaijani border guards detained a patient as he was being driven to Armenia by the International Committee of the Red Cross.");
        var arrest = Assert.Single(x.Events, e => e.Type == EventType.Arrest);
        Assert.DoesNotContain("icrc", arrest.Actors);
        Assert.DoesNotContain("armenia", arrest.Targets);
    }

    [Fact]
    public void A_dateline_of_the_day_alone_does_not_date_what_the_report_tells()
    {
        var x = Shipped.Run("March 18, 2023 - Police detained two activists in Yerevan on Thursday.");
        var arrest = Assert.Single(x.Events, e => e.Type == EventType.Arrest);
        Assert.Equal(DateRange.Day(2023, 3, 16), arrest.Date);
    }

    [Fact]
    public void A_flight_since_an_offensive_lasts_from_its_first_day_to_the_writing()
    {
        var x = Shipped.Run("Some 20,000 Karabakh Armenians have fled the region since the offensive of 1-2 March, officials said.");
        var flight = Assert.Single(x.Events, e => e.Type == EventType.Displacement);
        Assert.Equal(new DateRange(new NodaTime.LocalDate(2023, 3, 1), new NodaTime.LocalDate(2023, 3, 20), DatePrecision.Days), flight.Date);
    }

    [Fact]
    public void A_document_sent_somewhere_is_no_aid()
    {
        var x = Shipped.Run("The draft regulation would be sent to the courts of both countries on March 25.");
        Assert.DoesNotContain(x.Events, e => e.Type == EventType.AidDelivery);
    }

    [Fact]
    public void Talks_scheduled_to_take_place_are_planned()
    {
        var x = Shipped.Run("The next meeting of the commissions is scheduled to take place in Yerevan in April.");
        var talks = Assert.Single(x.Events, e => e.Type == EventType.Meeting);
        Assert.Equal(EventStatus.Planned, talks.Status);
        Assert.Equal(DateRange.Month(2023, 4), talks.Date);
        Assert.Equal("yerevan", talks.Place);
    }

    [Fact]
    public void Talks_set_for_a_later_day_and_postponed_are_still_planned_for_it()
    {
        var x = Shipped.Run("Talks between the foreign ministers in Washington, originally set for early April, were postponed.");
        var talks = Assert.Single(x.Events, e => e.Type == EventType.Meeting);
        Assert.Equal(EventStatus.Planned, talks.Status);
        Assert.Equal(2023, talks.Date!.Value.Earliest.Year);
        Assert.Equal(4, talks.Date!.Value.Earliest.Month);
    }

    [Fact]
    public void Staying_away_from_a_summit_refuses_it_and_whom_one_would_have_met_is_turned_down()
    {
        var x = Shipped.Run("Aliyev will not attend the summit in Granada, his office said on March 20, pulling out of a meeting with Pashinyan and Macron.");
        var refusal = Assert.Single(x.Events, e => e.Type == EventType.Refusal);
        Assert.Equal(["azerbaijan"], refusal.Actors);
        Assert.Contains("armenia", refusal.Targets);
        Assert.Contains("france", refusal.Targets);
    }

    [Fact]
    public void A_month_still_to_come_is_the_next_one()
    {
        var x = Shipped.Run("On Thursday, Michel said he was ready to host Aliyev and Pashinyan in Brussels at the end of October.", published: "2023-10-05");
        var talks = Assert.Single(x.Events, e => e.Type == EventType.Meeting);
        Assert.Equal(2023, talks.Date!.Value.Earliest.Year);
        Assert.Equal(10, talks.Date!.Value.Earliest.Month);
    }

    [Fact]
    public void An_offer_of_talks_to_come_is_made_on_the_day_named_before_it()
    {
        var x = Shipped.Run("Michel spoke with both leaders on Wednesday and offered to host them in Brussels in December.", published: "2021-11-17");
        var offer = Assert.Single(x.Events, e => e.Type == EventType.Proposal);
        Assert.Equal(DateRange.Day(2021, 11, 17), offer.Date);
    }

    [Theory]
    [InlineData("Armenia's government said 30 tons of flour reached the villages on March 3.")]
    [InlineData("On March 3, three trucks carrying flour were allowed through the corridor, Armenia's government said.")]
    public void Goods_that_get_somewhere_are_an_aid_delivery_that_the_speaker_did_not_make(string text)
    {
        var x = Shipped.Run(text);
        var aid = Assert.Single(x.Events, e => e.Type == EventType.AidDelivery);
        Assert.Equal(DateRange.Day(2023, 3, 3), aid.Date);
        Assert.DoesNotContain("armenia", aid.Actors);
        Assert.DoesNotContain("armenia", aid.Targets);
    }

    [Fact]
    public void People_in_need_moved_by_someone_are_a_displacement()
    {
        var x = Shipped.Run("On March 3, the Red Cross moved 12 patients to Armenia.");
        var moved = Assert.Single(x.Events, e => e.Type == EventType.Displacement);
        Assert.Contains("icrc", moved.Actors);
    }

    [Theory]
    [InlineData("On March 3, Azerbaijan moved troops closer to the line.")]
    [InlineData("On March 3, prosecutors brought charges against the commander.")]
    public void Moving_troops_or_bringing_charges_displaces_no_one(string text)
    {
        var x = Shipped.Run(text);
        Assert.DoesNotContain(x.Events, e => e.Type == EventType.Displacement);
    }

    [Fact]
    public void Two_groups_that_moved_in_one_report_are_two_movements()
    {
        var x = Shipped.Run("Some 20,000 Karabakh Armenians have fled the region since March 1, officials said. On March 3, the Red Cross moved 12 patients to Armenia.");
        Assert.Equal(2, x.Events.Count(e => e.Type == EventType.Displacement));
    }

    [Fact]
    public void The_first_of_its_kind_since_a_month_is_not_dated_by_that_month()
    {
        var x = Shipped.Run("On March 3, four trucks carrying flour were allowed through the corridor, the first cargo to cross the bridge since January.");
        var aid = Assert.Single(x.Events, e => e.Type == EventType.AidDelivery);
        Assert.Equal(DateRange.Day(2023, 3, 3), aid.Date);
    }

    [Fact]
    public void A_body_that_watched_a_truce_since_a_month_reached_no_agreement_then()
    {
        var x = Shipped.Run("The monitoring centre, which had watched the ceasefire since January 2021, closed on March 3.");
        Assert.DoesNotContain(x.Events, e => e.Type == EventType.Agreement);
    }

    [Fact]
    public void Years_told_of_crimes_a_detainee_is_suspected_of_do_not_date_the_arrest_nor_make_a_war()
    {
        var x = Shipped.Run("The border service said on Saturday that a former commander was detained at the bridge on suspicion of war crimes committed in the early 1990s.");
        var arrest = Assert.Single(x.Events, e => e.Type == EventType.Arrest);
        Assert.Equal(DateRange.Day(2023, 3, 18), arrest.Date);
        Assert.DoesNotContain(x.Events, e => e.Type == EventType.ArmedClash);
    }

    [Theory]
    [InlineData("On March 3, the detainee was handed over to the investigators in Baku.", false)]
    [InlineData("On March 3, the detainee was handed over to the State Security Service.", false)]
    [InlineData("On March 3, Baku handed over two soldiers to Armenia.", true)]
    public void A_detainee_handed_over_to_prosecutors_is_not_released(string text, bool released)
    {
        var x = Shipped.Run(text);
        Assert.Equal(released, x.Events.Any(e => e.Type == EventType.Release));
    }

    [Fact]
    public void Talks_told_in_a_clause_of_time_after_the_day_of_speaking_have_their_own_days()
    {
        var x = Shipped.Run("The deputy prime minister spoke on Friday after the two commissions met in Gazakh on March 6-7.");
        var talks = Assert.Single(x.Events, e => e.Type == EventType.Meeting);
        Assert.Equal(new DateRange(new NodaTime.LocalDate(2023, 3, 6), new NodaTime.LocalDate(2023, 3, 7), DatePrecision.Days), talks.Date);
    }

    [Fact]
    public void What_talks_are_about_is_no_happening_of_its_own()
    {
        var x = Shipped.Run("On March 3, talks on the detainees' return were under way in Tbilisi.");
        Assert.Contains(x.Events, e => e.Type == EventType.Meeting);
        Assert.DoesNotContain(x.Events, e => e.Type == EventType.Displacement);
    }

    [Fact]
    public void Talks_an_appeal_asks_to_start_are_not_held()
    {
        var x = Shipped.Run("On March 3, Armenia asked Russia to start consultations on the crisis.");
        Assert.Contains(x.Events, e => e.Type == EventType.Invitation);
        Assert.DoesNotContain(x.Events, e => e.Type == EventType.Meeting);
    }

    [Fact]
    public void A_unit_crossing_into_a_province_is_an_incursion_there()
    {
        var x = Shipped.Run("On March 3, an Azerbaijani unit crossed into the Gegharkunik province.");
        var incursion = Assert.Single(x.Events, e => e.Type == EventType.ArmedClash);
        Assert.Equal("gegharkunik", incursion.Place);
        Assert.DoesNotContain(x.Events, e => e.Type == EventType.Displacement);
    }
}
