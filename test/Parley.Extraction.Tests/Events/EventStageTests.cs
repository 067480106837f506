using Parley.Model;
using Parley.Time;

namespace Parley.Extraction.Tests.Events;

/// <summary>The event reader on prose written for these tests, against the shipped pack.</summary>
public sealed class EventStageTests
{
    [Theory]
    [InlineData("On March 3, Armenian and Azerbaijani officials met in Brussels.", EventType.Meeting)]
    [InlineData("On March 3, Baku proposed a new road for the convoys.", EventType.Proposal)]
    [InlineData("On March 3, Baku invited the Karabakh Armenians to talks in Yevlakh.", EventType.Invitation)]
    [InlineData("On March 3, Yerevan declined the offer.", EventType.Refusal)]
    [InlineData("On March 3, the two foreign ministers signed a protocol on border commissions.", EventType.Agreement)]
    [InlineData("On March 3, Samvel Shahramanyan was appointed state minister.", EventType.Appointment)]
    [InlineData("On March 3, Ruben Vardanyan was dismissed from his post.", EventType.Dismissal)]
    [InlineData("On March 3, Azerbaijani and Armenian troops exchanged fire near Sotk, and two soldiers were killed.", EventType.ArmedClash)]
    [InlineData("On March 3, the ICRC delivered medicine to Stepanakert.", EventType.AidDelivery)]
    [InlineData("On March 3, activists blocked the Lachin corridor.", EventType.Blockade)]
    [InlineData("On March 3, Azerbaijan cut off the gas supply to Karabakh.", EventType.SupplyCut)]
    [InlineData("On March 3, Azerbaijan set up a checkpoint at the Hakari bridge.", EventType.Checkpoint)]
    [InlineData("On March 3, thousands of Karabakh Armenians fled to Armenia.", EventType.Displacement)]
    [InlineData("On March 3, Azerbaijani border guards detained Ruben Vardanyan.", EventType.Arrest)]
    [InlineData("On March 3, Azerbaijan released six Armenian servicemen.", EventType.Release)]
    [InlineData("On March 3, hundreds of people protested in Yerevan.", EventType.Protest)]
    [InlineData("On March 3, Toivo Klaar visited Baku.", EventType.Visit)]
    public void Each_type_is_read_from_its_trigger(string text, EventType type)
    {
        var x = Shipped.Run(text);
        var e = Assert.Single(x.Events, e => e.Type == type);
        Assert.Equal(DateRange.Day(2023, 3, 3), e.Date);
    }

    [Theory]
    [InlineData("The sides will meet in Brussels on April 2.", EventStatus.Planned)]
    [InlineData("Baku denied that the sides met on March 3.", EventStatus.Denied)]
    [InlineData("If the talks fail, Azerbaijani and Armenian troops could clash again on the border.", EventStatus.Hypothetical)]
    [InlineData("On March 3, Baku proposed a new road for the convoys.", EventStatus.Proposed)]
    [InlineData("On March 3, Armenian and Azerbaijani officials met in Brussels.", EventStatus.Occurred)]
    public void Modality_and_negation_set_the_status(string text, EventStatus status)
    {
        var x = Shipped.Run(text);
        Assert.Contains(x.Events, e => e.Status == status);
    }

    [Theory]
    [InlineData("The agreement remains the basis of any settlement, analysts say.")]
    [InlineData("Observers argue that the blockade has hardened positions on both sides.")]
    [InlineData("The talks are widely seen as the last chance for a settlement.")]
    public void Nouns_that_refer_back_without_a_date_or_an_occurrence_verb_are_not_events(string text)
    {
        Assert.Empty(Shipped.Run(text).Events);
    }

    [Fact]
    public void A_noun_with_an_occurrence_verb_is_an_event()
    {
        var x = Shipped.Run("Talks between Armenian and Azerbaijani officials were held in Brussels.");
        var e = Assert.Single(x.Events);
        Assert.Equal(EventType.Meeting, e.Type);
        Assert.Equal("brussels", e.Place);
    }

    [Fact]
    public void A_list_of_days_gives_one_event_per_day()
    {
        var x = Shipped.Run("Officials of both sides met on March 6, 9 and 14 in Yevlakh.");
        var days = x.Events.Where(e => e.Type == EventType.Meeting).Select(e => e.Date!.Value.Earliest.Day).Order().ToList();
        Assert.Equal([6, 9, 14], days);
    }

    [Fact]
    public void A_sentence_without_a_date_takes_the_last_date_of_its_paragraph()
    {
        // Each line is a paragraph, as readers deliver them.
        var x = Shipped.Run("On March 5, gunfire was heard near Askeran. Azerbaijani troops clashed with an armed group there.\nLater, Armenian troops clashed with them again.");
        Assert.Equal(2, x.Events.Count(e => e.Type == EventType.ArmedClash));
        Assert.Equal(DateRange.Day(2023, 3, 5), x.Events.First(e => e.Type == EventType.ArmedClash).Date);
        Assert.Equal(DateRange.Day(2023, 3, 20), x.Events.Last(e => e.Type == EventType.ArmedClash).Date); // a new paragraph: the document's date
    }

    [Theory]
    [InlineData("On March 3, the ministry dismissed the accusations as groundless.", EventType.Dismissal)]
    [InlineData("On March 3, the ministry released footage of the incident.", EventType.Release)]
    [InlineData("Photos released of the March 3 session showed the new envoy.", EventType.Release)]
    public void A_verb_with_an_abstract_object_is_not_that_event(string text, EventType type)
    {
        Assert.DoesNotContain(Shipped.Run(text).Events, e => e.Type == type);
    }

    [Fact]
    public void A_visit_takes_its_destination_as_place()
    {
        var x = Shipped.Run("On March 3, the EU envoy travelled to Yerevan.");
        Assert.Equal("yerevan", Assert.Single(x.Events, e => e.Type == EventType.Visit).Place);
    }
}
