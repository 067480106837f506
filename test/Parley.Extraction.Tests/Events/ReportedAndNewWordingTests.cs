using Parley.Model;
using Parley.Time;

namespace Parley.Extraction.Tests.Events;

/// <summary>
/// Who reports a happening at the head of the clause ("X said Y shelled Z") takes no part in it, and wordings the
/// pack reads: strikes by missile or rocket, an ongoing blocking, a proposal not accepted, calls in the plural. On
/// prose written for these tests.
/// </summary>
public sealed class ReportedAndNewWordingTests
{
    [Theory]
    [InlineData("The Karabakh army said Azerbaijani forces shelled Martuni on March 3.")]
    [InlineData("The ministry told reporters that Azerbaijani forces shelled Martuni on March 3.")]
    [InlineData("Officials in Yerevan confirmed Azerbaijani forces shelled Martuni on March 3.")]
    public void Who_says_so_before_the_reported_clause_takes_no_part(string text)
    {
        var clash = Assert.Single(Shipped.Run(text).Events, e => e.Type == EventType.ArmedClash);
        Assert.Equal(["azerbaijan"], clash.Actors);
        Assert.Equal("martuni", clash.Place);
    }

    [Theory]
    [InlineData("Baku said its forces shelled Armenian positions near Sotk on March 3.", "azerbaijan")]
    [InlineData("Pashinyan said he had proposed a prisoner exchange on March 3.", "armenia")]
    public void A_pronoun_after_the_verb_of_saying_keeps_the_speaker_a_party(string text, string party)
    {
        var x = Shipped.Run(text);
        Assert.Contains(x.Events, e => e.Actors.Contains(party));
    }

    [Fact]
    public void A_speaker_set_off_by_commas_opens_no_reported_clause()
    {
        var x = Shipped.Run("Azerbaijani units, the ministry said, shelled Martuni on March 3.");
        Assert.Equal(["azerbaijan"], Assert.Single(x.Events, e => e.Type == EventType.ArmedClash).Actors);
    }

    [Theory]
    [InlineData("A rocket strike on Barda killed four people on March 3.", 4)]
    [InlineData("An artillery strike on the village killed two shepherds on March 3.", 2)]
    [InlineData("Missile attacks on the city killed seven civilians on March 3.", 7)]
    public void A_strike_that_kills_is_a_clash_with_its_toll(string text, int killed)
    {
        var clash = Assert.Single(Shipped.Run(text).Events, e => e.Type == EventType.ArmedClash);
        Assert.Contains(clash.Quantities, q => q.Kind == QuantityKind.Killed && q.Value == killed);
    }

    [Fact]
    public void A_road_still_blocked_is_a_blockade()
    {
        var x = Shipped.Run("Farmers continued to block the road to Goris on March 3.");
        Assert.Equal(DateRange.Day(2023, 3, 3), Assert.Single(x.Events, e => e.Type == EventType.Blockade).Date);
    }

    [Fact]
    public void A_proposal_not_accepted_is_refused()
    {
        var x = Shipped.Run("On March 3, Pashinyan said he had proposed a joint commission, but Baku did not accept it.");
        Assert.Contains(x.Events, e => e.Type == EventType.Proposal && e.Actors.Contains("armenia"));
        var refusal = Assert.Single(x.Events, e => e.Type == EventType.Refusal);
        Assert.Equal(["azerbaijan"], refusal.Actors);
        Assert.Equal(EventStatus.Occurred, refusal.Status);
    }

    [Fact]
    public void Telephone_conversations_in_the_plural_are_talks()
    {
        var x = Shipped.Run("On March 3, Aliyev held telephone conversations with Erdogan and Michel.");
        Assert.Contains(x.Events, e => e.Type == EventType.Meeting && e.Actors.Contains("azerbaijan"));
    }

    [Theory]
    [InlineData("On March 3, Armenia agreed to facilitate a European Union monitoring mission along the border.")]
    [InlineData("On March 3, Baku proposed talks with the OSCE on the return of observers.")]
    public void A_body_named_as_what_is_agreed_or_met_is_no_venue(string text)
    {
        var x = Shipped.Run(text);
        Assert.NotEmpty(x.Events);
        Assert.All(x.Events, e => Assert.Null(e.Place));
    }

    [Theory]
    [InlineData("On March 3, Yerevan proposed a demilitarised zone around Karabakh.")]
    [InlineData("On March 3, Baku turned down a buffer zone around Martuni.")]
    public void A_place_in_what_is_proposed_or_refused_does_not_locate_it(string text)
    {
        var x = Shipped.Run(text);
        Assert.NotEmpty(x.Events);
        Assert.All(x.Events.Where(e => e.Type is EventType.Proposal or EventType.Refusal), e => Assert.Null(e.Place));
    }

    [Fact]
    public void A_proposal_made_in_a_city_is_placed_there()
    {
        var x = Shipped.Run("On March 3, Yerevan proposed a demilitarised zone at talks in Brussels.");
        Assert.Equal("brussels", Assert.Single(x.Events, e => e.Type == EventType.Proposal).Place);
    }

    [Theory]
    [InlineData("On March 3, Azerbaijani border guards set up a post near Kirants to stop smuggling from Armenia.")]
    [InlineData("On March 3, Azerbaijani border guards set up a post near Kirants in order to check trucks from Armenia.")]
    public void Who_is_named_in_the_aim_takes_no_part_in_the_act(string text)
    {
        var post = Assert.Single(Shipped.Run(text).Events, e => e.Type == EventType.Checkpoint);
        Assert.Equal(["azerbaijan-state-border-service"], post.Actors);
        Assert.Empty(post.Targets);
    }

    [Fact]
    public void What_a_refusal_turns_down_keeps_its_parties()
    {
        var x = Shipped.Run("On March 3, Baku refused to allow Armenian trucks through and proposed to monitor the road with Russia.");
        Assert.Contains(x.Events, e => e.Type == EventType.Proposal && e.Actors.Contains("azerbaijan"));
    }

    [Fact]
    public void People_cut_off_with_no_supply_named_are_no_supply_cut()
    {
        Assert.DoesNotContain(Shipped.Run("On March 3, some 4,000 villagers were cut off, the mayor said.").Events, e => e.Type == EventType.SupplyCut);
        Assert.Contains(Shipped.Run("On March 3, water to 4,000 villagers was cut off, the mayor said.").Events, e => e.Type == EventType.SupplyCut);
    }

    [Fact]
    public void Talks_a_deal_followed_are_dated_past_their_parties_names()
    {
        var x = Shipped.Run("The truce was reached after talks between Bayramov and his Armenian counterpart Mirzoyan on March 3.");
        var talks = Assert.Single(x.Events, e => e.Type == EventType.Meeting);
        Assert.Equal(DateRange.Day(2023, 3, 3), talks.Date);
        Assert.Equal(["armenia", "azerbaijan"], talks.Actors.Order());
    }
}
