using Parley.Model;
using Parley.Time;

namespace Parley.Extraction.Tests.Events;

/// <summary>
/// Checkpoints set up in free wording, signings that gather the parties, joint decisions, and a few words that tell of
/// no happening, on prose written for these tests.
/// </summary>
public sealed class SetUpsSigningsAndDecisionsTests
{
    [Theory]
    [InlineData("On March 3, Azerbaijani border guards set up four posts near Kirants.")]
    [InlineData("On March 3, the peacekeepers set up three observation posts along the new road.")]
    [InlineData("On March 3, the Azerbaijani side established a new border checkpoint near Lachin.")]
    [InlineData("On March 3, the border service set up the post at the entrance of the bridge.")]
    [InlineData("On March 3, two new posts were set up near Voskepar.")]
    public void A_post_set_up_in_free_wording_is_a_checkpoint(string text)
    {
        var x = Shipped.Run(text);
        Assert.Equal(DateRange.Day(2023, 3, 3), Assert.Single(x.Events, e => e.Type == EventType.Checkpoint).Date);
    }

    [Fact]
    public void A_set_up_after_a_verb_that_opens_no_post_is_still_read()
    {
        // "opened" is a verb of setting up with no post after it; the search goes on to the later one.
        var x = Shipped.Run("On March 3, the unit opened an inquiry near Sotk and then installed two checkpoints on the road.");
        var checkpoint = Assert.Single(x.Events, e => e.Type == EventType.Checkpoint);
        Assert.Equal(DateRange.Day(2023, 3, 3), checkpoint.Date);
    }

    [Theory]
    [InlineData("On March 3, the government established the post of special envoy for the talks.")]
    [InlineData("On March 3, Azerbaijani troops opened fire on an Armenian post near Sotk.")]
    [InlineData("The ministry stressed the importance of establishing checkpoints on the road.")]
    [InlineData("On March 3, the town opened a new post office.")]
    public void An_office_a_target_or_an_aim_sets_up_no_checkpoint(string text)
    {
        var x = Shipped.Run(text);
        Assert.DoesNotContain(x.Events, e => e.Type == EventType.Checkpoint);
    }

    [Fact]
    public void A_signing_at_a_hosts_venue_is_also_the_parties_meeting()
    {
        var x = Shipped.Run("On March 3, Aliyev and Pashinyan signed a joint declaration in Moscow in the presence of Vladimir Putin, who hosted the ceremony.");
        Assert.Contains(x.Events, e => e.Type == EventType.Agreement);
        var meeting = Assert.Single(x.Events, e => e.Type == EventType.Meeting);
        Assert.Equal(DateRange.Day(2023, 3, 3), meeting.Date);
        Assert.Equal(["armenia", "azerbaijan"], meeting.Actors.Order());
        Assert.Contains("russia", meeting.Mediators);
        Assert.Equal("moscow", meeting.Place);
    }

    [Theory]
    // Signed apart: no venue.
    [InlineData("A statement signed by Aliyev, Pashinyan and Putin took effect on March 3.")]
    // No host present.
    [InlineData("On March 3, Armenia and Azerbaijan signed a protocol in Gazakh.")]
    // A mediator not told to be there.
    [InlineData("On March 3, Armenia and Azerbaijan signed a truce in Moscow, mediated by Russia.")]
    public void A_signing_without_a_venue_or_a_host_is_no_meeting(string text)
    {
        var x = Shipped.Run(text);
        Assert.Contains(x.Events, e => e.Type == EventType.Agreement);
        Assert.DoesNotContain(x.Events, e => e.Type == EventType.Meeting);
    }

    [Theory]
    [InlineData("In February, the Russian and Azerbaijani leaders decided to close down the monitoring mission.", true)]
    [InlineData("On March 3, Moscow and Baku jointly decided to withdraw the contingent.", true)]
    [InlineData("On March 3, Azerbaijan decided to close the road to traffic.", false)]
    public void A_decision_is_a_deal_only_when_two_parties_take_it(string text, bool agreement)
    {
        var x = Shipped.Run(text);
        Assert.Equal(agreement, x.Events.Any(e => e.Type == EventType.Agreement));
    }

    [Fact]
    public void Resigning_in_protest_holds_no_protest()
    {
        var x = Shipped.Run("On March 3, the foreign minister resigned in protest over the deal.");
        Assert.Contains(x.Events, e => e.Type == EventType.Dismissal);
        Assert.DoesNotContain(x.Events, e => e.Type == EventType.Protest);
    }

    [Fact]
    public void A_truce_that_was_monitored_is_no_new_agreement()
    {
        var x = Shipped.Run("Its observers had monitored the ceasefire from January 2021 until the centre closed.");
        Assert.DoesNotContain(x.Events, e => e.Type == EventType.Agreement);
    }

    [Fact]
    public void Having_spoken_by_phone_is_a_call()
    {
        var x = Shipped.Run("On March 3, Lavrov has spoken by phone with Bayramov about the border.");
        Assert.Equal(["azerbaijan", "russia"], Assert.Single(x.Events, e => e.Type == EventType.Meeting).Actors.Order());
    }

    [Theory]
    [InlineData("Police detained 14 people in Yerevan on March 3.", "armenia")]
    [InlineData("On March 3, dozens of protesters were detained by the police in Baku.", "azerbaijan")]
    public void Police_named_by_kind_alone_act_for_the_state_whose_capital_the_place_is(string text, string state)
    {
        var x = Shipped.Run(text);
        Assert.Equal([state], Assert.Single(x.Events, e => e.Type == EventType.Arrest).Actors);
    }

    [Fact]
    public void Police_somewhere_no_capital_holds_are_left_without_a_state()
    {
        var x = Shipped.Run("Police detained two men near Goris on March 3.");
        Assert.Empty(Assert.Single(x.Events, e => e.Type == EventType.Arrest).Actors);
    }

    [Theory]
    // The day named before the count.
    [InlineData("Shells hit Armenian positions near Sotk on March 3, two days before the leaders were due to meet in Brussels.", EventType.Meeting, 5)]
    [InlineData("Shells hit Armenian positions near Sotk on March 10, a week after the ministers met in Moscow.", EventType.Meeting, 3)]
    // The day of the happening the definite subject names, told before.
    [InlineData("Azerbaijani forces shelled Armenian positions near Sotk on March 3. The shelling came ten days before Aliyev and Pashinyan were due to meet in Brussels.", EventType.Meeting, 13)]
    // The clause's own date stays.
    [InlineData("Shells hit Armenian positions near Sotk two days before the leaders were due to meet in Brussels on March 9.", EventType.Meeting, 9)]
    public void A_happening_placed_days_before_or_after_another_lies_that_far_from_it(string text, EventType type, int day)
    {
        var x = Shipped.Run(text);
        Assert.Equal(DateRange.Day(2023, 3, day), Assert.Single(x.Events, e => e.Type == type).Date);
    }

    [Fact]
    public void He_who_met_someone_named_as_the_object_is_the_other_side_of_the_talks()
    {
        var x = Shipped.Run("Ilham Aliyev arrived in Paris on March 2. On March 3 he also met Emmanuel Macron.");
        Assert.Equal(["azerbaijan", "france"], Assert.Single(x.Events, e => e.Type == EventType.Meeting).Actors.Order());
    }
}
