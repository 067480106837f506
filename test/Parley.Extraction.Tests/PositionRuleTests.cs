using Parley.Model;
using Parley.Time;

namespace Parley.Extraction.Tests;

/// <summary>The position reader's rules, each on prose written for the test.</summary>
public sealed class PositionRuleTests
{
    private static bool Has(DocumentExtraction x, string actor, string topic, string stance) =>
        x.Positions.Any(p => p.Actor == actor && p.Topic == topic && p.Stance.ToWire() == stance);

    [Theory]
    [InlineData("Armenia is ready to sign the peace treaty this spring if Baku drops its claims.", "conditional")]
    [InlineData("Armenia is ready to sign the peace treaty this spring, even if Baku keeps its claims.", "supports")]
    public void A_bare_if_after_a_stance_conditions_it_unless_it_concedes(string text, string stance)
    {
        Assert.True(Has(Shipped.Run(text), "armenia", "peace-treaty", stance));
    }

    [Fact]
    public void A_party_named_after_through_or_via_holds_no_stance()
    {
        var x = Shipped.Run("Azerbaijan would look at other routes through Iran if Armenia kept the Meghri road closed.");
        Assert.True(Has(x, "azerbaijan", "alternative-routes", "conditional"));
        Assert.DoesNotContain(x.Positions, p => p.Actor == "iran");
    }

    [Fact]
    public void Whom_a_call_is_made_of_does_not_hold_the_demand()
    {
        var x = Shipped.Run("Azerbaijan called for the separatist authorities to disarm and withdraw their troops.");
        Assert.True(Has(x, "azerbaijan", "troop-withdrawal", "supports"));
        Assert.DoesNotContain(x.Positions, p => p.Actor == "nagorno-karabakh-republic");
    }

    [Theory]
    [InlineData("Pashinyan urged Moscow to reopen the Lachin corridor, as set out in the November 2020 statement.")]
    [InlineData("Pashinyan urged Moscow to reopen the Lachin corridor under the statement of November 10, 2020.")]
    public void A_stance_is_dated_when_it_was_taken_not_by_the_text_it_cites(string text)
    {
        var x = Shipped.Run(text, "2022-12-19");
        var position = Assert.Single(x.Positions, p => p.Topic == "lachin-corridor");
        Assert.Equal(DateRange.Day(2022, 12, 19), position.Date);
    }

    [Fact]
    public void A_trailing_condition_makes_the_stance_before_it_conditional()
    {
        var x = Shipped.Run("Azerbaijan supports the peace treaty only if Armenia changes its laws.");
        Assert.True(Has(x, "azerbaijan", "peace-treaty", "conditional"));
        Assert.False(Has(x, "azerbaijan", "peace-treaty", "supports"));
    }

    [Theory]
    [InlineData("The envoy gave no indication that Azerbaijan agreed to reopen the Lachin corridor.", false)]
    [InlineData("The envoy said that Azerbaijan agreed to reopen the Lachin corridor.", true)]
    public void A_stance_nothing_shows_was_taken_is_not_stated(string text, bool stated)
    {
        var x = Shipped.Run(text);
        Assert.Equal(stated, x.Positions.Any(p => p.Actor == "azerbaijan"));
    }

    [Theory]
    [InlineData("Bayramov urged Armenia to stop obstructing the delivery of humanitarian aid to Karabakh.", "supports")]
    [InlineData("Bayramov urged the local authorities not to impede the delivery of goods to the villages.", "supports")]
    public void Hindering_between_a_cue_and_its_issue_turns_the_stance(string text, string stance)
    {
        var x = Shipped.Run(text);
        Assert.Contains(x.Positions, p => p.Actor == "jeyhun-bayramov" && p.Topic == "humanitarian-aid");
        Assert.True(Has(x, "jeyhun-bayramov", "humanitarian-aid", stance));
    }

    [Fact]
    public void The_party_a_holder_is_set_against_with_unlike_holds_the_opposite_stance()
    {
        var x = Shipped.Run("Unlike the Armenian Prime Minister Nikol Pashinyan, Jeyhun Bayramov supports checkpoints on the border.");
        Assert.True(Has(x, "jeyhun-bayramov", "checkpoints", "supports"));
        Assert.True(Has(x, "nikol-pashinyan", "checkpoints", "opposes"));
    }

    [Fact]
    public void Refusing_a_thing_that_lacks_another_is_a_condition_on_the_first_and_support_for_the_second()
    {
        var x = Shipped.Run("Yerevan vows not to sign a peace treaty that does not include security guarantees for the local population.");
        Assert.True(Has(x, "armenia", "peace-treaty", "conditional"));
        Assert.True(Has(x, "armenia", "minority-rights", "supports"));
    }

    [Fact]
    public void The_owner_of_a_stance_noun_holds_it_whatever_phrase_it_sits_in()
    {
        var x = Shipped.Run("Talks stalled in May because of Baku's demands for checkpoints along the road.");
        Assert.Contains(x.Positions, p => p.Actor == "azerbaijan" && p.Topic == "checkpoints");
    }

    [Theory]
    [InlineData("We, the President of Azerbaijan and the Prime Minister of Armenia, declare as follows.\n\n1. We support the reopening of transport links in the region.", true)]
    [InlineData("We, the villagers, wrote to the President of Azerbaijan and the Prime Minister of Armenia.\n\n1. We support the reopening of transport links in the region.", false)]
    public void The_we_of_a_joint_statement_is_each_state_it_opens_by_naming(string text, bool joint)
    {
        var x = Shipped.Run(text);
        Assert.Equal(joint, Has(x, "azerbaijan", "transport-links", "supports"));
        Assert.Equal(joint, Has(x, "armenia", "transport-links", "supports"));
    }

    [Theory]
    [InlineData("Regarding the railway through Nakhchivan, Armenia supports the plan put forward in March.", true)]
    [InlineData("Despite the railway through Nakhchivan, Armenia supports the plan put forward in March.", false)]
    public void A_fronted_frame_names_the_issue_of_a_stance_that_names_none(string text, bool framed)
    {
        Assert.Equal(framed, Has(Shipped.Run(text), "armenia", "transport-links", "supports"));
    }

    [Theory]
    [InlineData("The plan was welcomed by the United States, which has insisted that Baku grant a broad amnesty to Karabakh residents.", true)]
    [InlineData("The plan was welcomed by the United States, and the residents have insisted that Baku grant a broad amnesty.", false)]
    public void A_relative_which_before_a_cue_refers_to_the_party_before_its_comma(string text, bool holds)
    {
        Assert.Equal(holds, Shipped.Run(text).Positions.Any(p => p is { Actor: "united-states", Topic: "amnesty", Stance: PositionStance.Demands }));
    }

    [Theory]
    [InlineData("Speaking in Yerevan on Monday, Ararat Mirzoyan said the blockade of the road breaches the 2020 statement.", true)]
    [InlineData("Ararat Mirzoyan told reporters that the \"unlawful\" blockade had left shops empty.", true)]
    [InlineData("Ararat Mirzoyan said the blockade of the road was not illegal under the statement.", false)]
    [InlineData("Ararat Mirzoyan said the blockade had entered its third month.", false)]
    public void A_speaker_who_condemns_the_bad_state_of_an_issue_stands_for_the_issue(string text, bool holds)
    {
        Assert.Equal(holds, Has(Shipped.Run(text), "ararat-mirzoyan", "lachin-corridor", "supports"));
    }

    [Theory]
    [InlineData("Azerbaijan insists there is no alternative to a peace treaty this year.")]
    [InlineData("Azerbaijan says the only way forward is a peace treaty signed this year.")]
    public void Saying_there_is_no_other_way_than_an_issue_supports_it(string text)
    {
        Assert.True(Has(Shipped.Run(text), "azerbaijan", "peace-treaty", "supports"));
    }

    [Fact]
    public void A_purpose_opening_a_sentence_is_held_by_whoever_does_what_it_reports()
    {
        var x = Shipped.Run("To curb arms smuggling, a checkpoint was set up on the road on March 3 by the State Border Service of Azerbaijan.");
        Assert.Contains(x.Positions, p => p is { Actor: "azerbaijan", Topic: "arms-smuggling", Stance: PositionStance.Opposes });
        Assert.DoesNotContain(x.Positions, p => p is { Topic: "checkpoints", Stance: PositionStance.Opposes });
    }

    [Fact]
    public void A_negated_to_cue_states_opposition()
    {
        var x = Shipped.Run("Armenia agreed not to host any checkpoints.");
        Assert.True(Has(x, "armenia", "checkpoints", "opposes"));
        Assert.False(Has(x, "armenia", "checkpoints", "supports"));
    }

    [Fact]
    public void Demanding_the_removal_of_a_thing_opposes_it()
    {
        var x = Shipped.Run("Baku called for the dissolution of the Minsk Group.");
        Assert.Contains(x.Positions, p => p.Actor == "azerbaijan" && p.Topic == "international-mediation" && p.Stance == PositionStance.Opposes);
        // "dissolution" alone names disbanding forces; here it only undoes the group named after it.
        Assert.DoesNotContain(x.Positions, p => p.Topic == "troop-withdrawal");
    }

    [Fact]
    public void A_removal_word_with_no_issue_after_it_keeps_its_own_topic()
    {
        var x = Shipped.Run("Baku demanded the dissolution of the armed formations in the region.");
        Assert.Contains(x.Positions, p => p.Actor == "azerbaijan" && p.Topic == "troop-withdrawal");
    }

    [Fact]
    public void Wanting_a_bad_state_ended_supports_the_issue()
    {
        var x = Shipped.Run("Paris urged an end to the blockade of the road last week.");
        Assert.True(Has(x, "france", "lachin-corridor", "supports"));
        Assert.False(Has(x, "france", "lachin-corridor", "opposes"));
    }

    [Fact]
    public void Condemning_a_bad_state_supports_the_issue()
    {
        var x = Shipped.Run("Yerevan condemned the blockade.");
        Assert.True(Has(x, "armenia", "lachin-corridor", "supports"));
    }

    [Fact]
    public void The_holder_of_a_passive_cue_follows_by()
    {
        var x = Shipped.Run("Officials discussed the security checkpoints, first proposed by Ilham Aliyev in spring.");
        Assert.True(Has(x, "ilham-aliyev", "checkpoints", "supports"));
    }

    [Fact]
    public void A_determiner_makes_a_participle_part_of_the_object()
    {
        var x = Shipped.Run("Yerevan rejected these proposed checkpoints.");
        Assert.True(Has(x, "armenia", "checkpoints", "opposes"));
        Assert.False(Has(x, "armenia", "checkpoints", "supports"));
    }

    [Fact]
    public void A_stance_stops_at_a_clause_with_its_own_subject()
    {
        var x = Shipped.Run("Baku demanded a ceasefire, though Yerevan kept paying for new infrastructure in the region.");
        Assert.DoesNotContain(x.Positions, p => p.Actor == "azerbaijan" && p.Topic == "economic-development");
    }

    [Fact]
    public void The_object_of_a_verb_is_not_the_holder()
    {
        var x = Shipped.Run("Baku reminded the Russian peacekeepers of their duties and called for checkpoints on the road.");
        Assert.DoesNotContain(x.Positions, p => p.Actor == "russian-peacekeepers");
        Assert.True(Has(x, "azerbaijan", "checkpoints", "supports"));
    }

    [Fact]
    public void Backing_another_partys_stance_is_holding_it()
    {
        var x = Shipped.Run("Paris supported Baku's concerns about arms smuggling.");
        Assert.True(Has(x, "azerbaijan", "arms-smuggling", "opposes"));
        Assert.True(Has(x, "france", "arms-smuggling", "opposes"));
    }

    [Fact]
    public void Both_sides_stand_for_the_two_parties()
    {
        var x = Shipped.Run("Both sides reaffirmed their commitment to the peace treaty.");
        Assert.True(Has(x, "armenia", "peace-treaty", "supports"));
        Assert.True(Has(x, "azerbaijan", "peace-treaty", "supports"));
    }

    [Fact]
    public void A_party_named_after_with_holds_the_participle_cue()
    {
        var x = Shipped.Run("Residents were told to stay, with Azerbaijan promising to respect the cultural rights of the community.");
        Assert.True(Has(x, "azerbaijan", "minority-rights", "supports"));
    }

    [Fact]
    public void A_route_named_as_a_place_is_not_the_issue()
    {
        var x = Shipped.Run("Baku voiced concerns about arms smuggling along the Lachin road.");
        Assert.True(Has(x, "azerbaijan", "arms-smuggling", "opposes"));
        Assert.DoesNotContain(x.Positions, p => p.Actor == "azerbaijan" && p.Topic == "lachin-corridor");
    }

    [Fact]
    public void A_claim_without_a_stance_cue_states_no_position()
    {
        var x = Shipped.Run("Nikol Pashinyan said the peace treaty was discussed at length.");
        Assert.Empty(x.Positions);
    }

    [Fact]
    public void A_cue_word_inside_a_name_states_no_stance()
    {
        var x = Shipped.Run("Bayramov cited the Border Support Programme, which curbs fuel deliveries to the villages.");
        Assert.DoesNotContain(x.Positions, p => p.Topic == "humanitarian-aid");
    }

    [Fact]
    public void A_relative_clause_describes_the_object_and_its_issues_are_not_the_stance()
    {
        var x = Shipped.Run("The European Union backs the monitoring mission, which restricts aid convoys to daylight hours.");
        Assert.True(Has(x, "european-union", "international-mediation", "supports"));
        Assert.DoesNotContain(x.Positions, p => p.Topic == "humanitarian-aid");
    }

    [Fact]
    public void A_condition_does_not_reach_back_into_an_aside_about_the_speaker()
    {
        var x = Shipped.Run("Mirzoyan, who was never detained, said the campaign would go on until the elections.");
        Assert.DoesNotContain(x.Positions, p => p.Topic == "amnesty");
    }

    [Theory]
    [InlineData("Bayramov said that a lasting peace is near if Yerevan keeps its promises.", false)]
    [InlineData("Bayramov said Baku will sign the peace treaty if Yerevan keeps its promises.", true)]
    public void A_bare_if_conditions_what_a_party_would_do_not_what_is_hoped_for(string text, bool conditional)
    {
        var x = Shipped.Run(text);
        Assert.Equal(conditional, x.Positions.Any(p => p.Topic == "peace-treaty" && p.Stance == PositionStance.Conditional));
    }

    [Fact]
    public void The_party_that_sets_a_condition_on_an_offer_holds_it_not_the_proposer()
    {
        var x = Shipped.Run("Tehran offered to mediate the delimitation of the border, an offer Baku said it would take up only if the talks were held in Tabriz.");
        Assert.True(Has(x, "azerbaijan", "border-delimitation", "conditional"));
        Assert.False(Has(x, "iran", "border-delimitation", "conditional"));
    }

    [Theory]
    [InlineData("Bayramov said on Tuesday that the observers' presence was no longer necessary.", "jeyhun-bayramov", "international-mediation", "opposes")]
    [InlineData("Mirzoyan said the Minsk Group had lost its purpose.", "ararat-mirzoyan", "international-mediation", "opposes")]
    [InlineData("Mirzoyan said the monitoring mission is not obsolete.", "ararat-mirzoyan", "international-mediation", "supports")]
    [InlineData("Aliyev said the delimitation of the border was a long-awaited step.", "ilham-aliyev", "border-delimitation", "supports")]
    [InlineData("Pashinyan, who added that the peace treaty should be signed soon, left for Paris.", "nikol-pashinyan", "peace-treaty", "supports")]
    public void A_verdict_on_an_issue_named_before_it_is_the_stance_of_whoever_reports_it(string text, string actor, string topic, string stance)
    {
        Assert.True(Has(Shipped.Run(text), actor, topic, stance));
    }

    [Fact]
    public void The_subject_a_quoted_verdict_judges_holds_no_stance()
    {
        var x = Shipped.Run("\"The Russian peacekeepers have failed in their mission,\" Mirzoyan said.");
        Assert.True(Has(x, "ararat-mirzoyan", "peacekeeping", "opposes"));
        Assert.DoesNotContain(x.Positions, p => p.Actor == "russian-peacekeepers");
    }

    [Fact]
    public void A_verdict_word_before_a_noun_only_describes_it()
    {
        var x = Shipped.Run("Bayramov called for the closure of the obsolete Minsk Group.");
        Assert.True(Has(x, "jeyhun-bayramov", "international-mediation", "opposes"));
        Assert.DoesNotContain(x.Positions, p => p.Topic == "troop-withdrawal");
    }

    [Theory]
    [InlineData("Bayramov insisted that the Minsk Group be formally dissolved.", "jeyhun-bayramov", "international-mediation", "opposes")]
    [InlineData("Mirzoyan demanded that the blockade be lifted.", "ararat-mirzoyan", "lachin-corridor", "supports")]
    public void An_issue_undone_in_the_passive_after_it_turns_the_stance(string text, string actor, string topic, string stance)
    {
        Assert.True(Has(Shipped.Run(text), actor, topic, stance));
    }

    [Fact]
    public void The_two_leaders_stand_for_both_sides()
    {
        var x = Shipped.Run("The two leaders appealed to the OSCE to close down the Minsk Group.");
        Assert.True(Has(x, "armenia", "international-mediation", "opposes"));
        Assert.True(Has(x, "azerbaijan", "international-mediation", "opposes"));
    }
}

public sealed class PositionReferenceTests
{
    [Fact]
    public void Rebutting_an_accusation_is_no_stance_on_the_issue_inside_it()
    {
        var x = Shipped.Run("Moscow rejected accusations against the peacekeepers.");
        Assert.DoesNotContain(x.Positions, p => p.Topic == "peacekeeping");
    }

    [Fact]
    public void A_condition_pointing_back_conditions_the_issue_named_before_it()
    {
        var x = Shipped.Run("Yerevan said it could sign the peace treaty this year, naming border delimitation as the condition for it.");
        Assert.Contains(x.Positions, p => p.Actor == "armenia" && p.Topic == "peace-treaty" && p.Stance == PositionStance.Conditional);
    }

    [Fact]
    public void The_party_a_demand_is_made_of_does_not_hold_it()
    {
        var x = Shipped.Run("Armenia must change its laws as a precondition for signing the peace treaty, Jeyhun Bayramov said.");
        Assert.DoesNotContain(x.Positions, p => p.Actor == "armenia");
        Assert.Contains(x.Positions, p => p.Actor == "jeyhun-bayramov" && p.Topic == "peace-treaty");
    }

    [Fact]
    public void A_passive_cue_gives_its_subject_no_stance_but_its_by_agent_keeps_one()
    {
        var blocked = Shipped.Run("Since March, the road linking Stepanakert with Armenia has been blocked near the gas pipeline.");
        Assert.DoesNotContain(blocked.Positions, p => p.Stance == PositionStance.Opposes);

        var rejected = Shipped.Run("The proposal on checkpoints was rejected by Armenia.");
        Assert.Contains(rejected.Positions, p => p.Actor == "armenia" && p.Topic == "checkpoints" && p.Stance == PositionStance.Opposes);

        var active = Shipped.Run("Armenia is opposed to checkpoints on the road.");
        Assert.Contains(active.Positions, p => p.Actor == "armenia" && p.Topic == "checkpoints" && p.Stance == PositionStance.Opposes);
    }

    [Fact]
    public void An_ing_cue_after_a_determiner_describes_a_noun_and_states_no_stance()
    {
        var x = Shipped.Run("Ilham Aliyev said the opposing side keeps delaying the peace treaty.");
        Assert.DoesNotContain(x.Positions, p => p.Stance == PositionStance.Opposes);
    }

    [Fact]
    public void A_participle_cue_after_a_determiner_and_an_adverb_describes_a_noun()
    {
        var x = Shipped.Run("Yerevan again questioned the internationally supported peace treaty talks, Ararat Mirzoyan said.");
        Assert.DoesNotContain(x.Positions, p => p.Stance == PositionStance.Supports && p.Topic == "peace-treaty");
    }

    [Fact]
    public void Going_back_to_the_table_is_no_return_of_people()
    {
        var x = Shipped.Run("Toivo Klaar urged both sides to return to the negotiating table.");
        Assert.DoesNotContain(x.Positions, p => p.Topic == "return");
        var y = Shipped.Run("Toivo Klaar urged both sides to allow the return of displaced people.");
        Assert.Contains(y.Positions, p => p.Topic == "return");
    }

    [Fact]
    public void A_stance_on_a_condition_in_the_same_sentence_is_only_conditional()
    {
        var x = Shipped.Run("In a note on Friday, Azerbaijan's Foreign Ministry reaffirmed its line: Yerevan must remove the territorial claims from its basic law as a precondition for signing the peace treaty.");
        var p = Assert.Single(x.Positions, p => p.Topic == "peace-treaty");
        Assert.Equal(PositionStance.Conditional, p.Stance);
    }

    [Theory]
    [InlineData("Armenia and Azerbaijan agreed to leave the OSCE Minsk Group.")]
    [InlineData("Armenia and Azerbaijan agreed to pull out of the OSCE Minsk Group.")]
    public void Agreeing_to_leave_a_format_opposes_it(string text)
    {
        var x = Shipped.Run(text);
        Assert.Contains(x.Positions, p => p.Actor == "armenia" && p.Topic == "international-mediation" && p.Stance == PositionStance.Opposes);
        Assert.DoesNotContain(x.Positions, p => p.Topic == "international-mediation" && p.Stance == PositionStance.Supports);
    }

    [Fact]
    public void The_parties_between_for_and_an_infinitive_hold_the_stance()
    {
        var x = Shipped.Run("Officials drafted a deal for both Baku and Yerevan to quit the OSCE Minsk Group.");
        Assert.Contains(x.Positions, p => p.Actor == "armenia" && p.Topic == "international-mediation" && p.Stance == PositionStance.Opposes);
        Assert.Contains(x.Positions, p => p.Actor == "azerbaijan" && p.Topic == "international-mediation" && p.Stance == PositionStance.Opposes);
    }

    [Fact]
    public void A_clause_between_for_and_to_names_no_holder()
    {
        var x = Shipped.Run("The precondition for Karabakh Armenians is a framework with mediators to protect them.");
        Assert.DoesNotContain(x.Positions, p => p.Actor == "karabakh-armenians");
    }

    [Fact]
    public void A_route_named_as_where_a_demanded_thing_stands_is_not_an_issue_of_its_own()
    {
        var x = Shipped.Run("Baku keeps demanding new checkpoints in the Lachin corridor.");
        Assert.Contains(x.Positions, p => p.Actor == "azerbaijan" && p.Topic == "checkpoints");
        Assert.DoesNotContain(x.Positions, p => p.Topic == "lachin-corridor");
    }

    [Fact]
    public void Setting_up_a_checkpoint_shows_the_state_behind_it_stands_for_checkpoints()
    {
        var x = Shipped.Run("On March 4, a border checkpoint was set up near Lachin by the State Border Service of Azerbaijan.");
        var p = Assert.Single(x.Positions, p => p.Topic == "checkpoints");
        Assert.Equal(("azerbaijan", PositionStance.Supports), (p.Actor, p.Stance));
    }

    [Fact]
    public void Several_doers_acting_for_one_state_show_its_stance()
    {
        var x = Shipped.Run("On March 4, Azerbaijan and its State Border Service set up a checkpoint near Lachin.");
        var p = Assert.Single(x.Positions, p => p.Topic == "checkpoints");
        Assert.Equal(("azerbaijan", PositionStance.Supports), (p.Actor, p.Stance));
    }

    [Fact]
    public void Doers_of_two_states_show_no_one_stance()
    {
        var x = Shipped.Run("On March 4, Azerbaijan and Russia set up a joint checkpoint near Lachin.");
        Assert.DoesNotContain(x.Positions, p => p.Topic == "checkpoints");
    }

    [Theory]
    [InlineData("Yerevan called on the mediators to have the checkpoint removed.")]
    [InlineData("Yerevan wants the checkpoint dismantled, the minister said.")]
    public void Asking_to_have_an_issue_undone_opposes_it(string text)
    {
        var p = Assert.Single(Shipped.Run(text).Positions, p => p.Topic == "checkpoints");
        Assert.Equal(PositionStance.Opposes, p.Stance);
    }

    [Fact]
    public void Whom_an_appeal_addresses_is_not_what_it_asks_for()
    {
        var x = Shipped.Run("Yerevan called on the Russian peacekeepers to have the checkpoint removed.");
        Assert.DoesNotContain(x.Positions, p => p.Topic == "peacekeeping");
        Assert.Contains(x.Positions, p => p.Topic == "checkpoints");
    }

    [Fact]
    public void An_appeal_naming_no_other_issue_keeps_its_addressee_s()
    {
        var x = Shipped.Run("Yerevan called on the Russian peacekeepers to fulfil their duties.");
        Assert.Contains(x.Positions, p => p.Topic == "peacekeeping");
    }

    [Fact]
    public void Concern_at_an_issue_opposes_it()
    {
        var x = Shipped.Run("Paris said it was deeply concerned by the installation of the checkpoint.");
        Assert.Contains(x.Positions, p => p.Actor == "france" && p.Topic == "checkpoints" && p.Stance == PositionStance.Opposes);
    }

    [Fact]
    public void A_denied_act_shows_no_stance()
    {
        var x = Shipped.Run("On March 4, Armenia denied that it had set up a checkpoint near Goris.");
        Assert.DoesNotContain(x.Positions, p => p.Topic == "checkpoints");
    }

    [Theory]
    [InlineData("Bayramov welcomed the progress and said the peace treaty could be signed this year.")]
    [InlineData("Mirzoyan condemned the blockade of the Lachin corridor, which violates the declaration brokered by Russia in 2020.")]
    public void A_stance_is_dated_by_its_day_not_by_the_time_of_what_it_is_about(string text)
    {
        var position = Assert.Single(Shipped.Run(text, "2023-04-12").Positions);
        Assert.Equal(DateRange.Day(2023, 4, 12), position.Date);
    }

    [Theory]
    [InlineData("Ilham Aliyev rejected any special status for Karabakh.", "ilham-aliyev", PositionStance.Supports)]
    [InlineData("The Karabakh authorities demanded self-determination for the region.", "nagorno-karabakh-republic", PositionStance.Opposes)]
    [InlineData("Baku wants to grant the region no special autonomous status.", "azerbaijan", PositionStance.Supports)]
    public void Self_rule_for_Karabakh_is_the_other_pole_of_reintegration(string text, string actor, PositionStance stance)
    {
        var position = Assert.Single(Shipped.Run(text).Positions, p => p.Topic == "reintegration");
        Assert.Equal((actor, stance), (position.Actor, position.Stance));
    }

    [Fact]
    public void What_follows_saying_is_not_the_object_of_the_stance_before_it()
    {
        var x = Shipped.Run("The Karabakh leadership turned down Baku's offer of fuel via Aghdam, saying the Lachin corridor must be reopened first.");
        Assert.DoesNotContain(x.Positions, p => p.Actor == "azerbaijan" && p.Topic == "lachin-corridor");
        Assert.All(x.Positions, p => Assert.False(p.Quote.EndsWith(',')));
    }

    [Fact]
    public void A_condition_after_a_closing_quotation_mark_still_conditions_and_is_nobody_s_stance()
    {
        var x = Shipped.Run("Mirzoyan said Yerevan would sign the peace treaty \u201Cthis year\u201D if Baku agreed to withdraw its troops from Armenian territory.");
        Assert.Contains(x.Positions, p => p.Actor == "ararat-mirzoyan" && p.Topic == "peace-treaty" && p.Stance == PositionStance.Conditional);
        Assert.DoesNotContain(x.Positions, p => p.Actor == "azerbaijan");
    }

    [Fact]
    public void A_refusal_until_something_is_done_is_conditional()
    {
        var x = Shipped.Run("Bayramov said Baku would not sign the peace treaty until Yerevan drops its territorial claims.");
        Assert.Contains(x.Positions, p => p.Topic == "peace-treaty" && p.Stance == PositionStance.Conditional);
        Assert.DoesNotContain(x.Positions, p => p.Topic == "peace-treaty" && p.Stance == PositionStance.Opposes);
    }

    [Fact]
    public void A_condition_with_no_issue_before_it_is_no_stance_of_the_party_it_names()
    {
        var x = Shipped.Run("Pashinyan said he would not travel to a summit in Moscow until Russia explains why its peacekeepers let the Lachin road close.");
        Assert.DoesNotContain(x.Positions, p => p.Actor == "russia");
    }

    [Fact]
    public void He_holds_the_stance_of_the_person_named_before()
    {
        var x = Shipped.Run("Ilham Aliyev spoke to students in Lankaran on Sunday.\n\nHe also rejected the deployment of third-country observers on the border.");
        Assert.Contains(x.Positions, p => p.Actor == "ilham-aliyev" && p.Topic == "international-mediation" && p.Stance == PositionStance.Opposes);
        var none = Shipped.Run("The talks in Lankaran ended on Sunday.\n\nHe also rejected the deployment of third-country observers on the border.");
        Assert.Empty(none.Positions);
    }

    [Fact]
    public void A_condition_denied_sets_none()
    {
        var x = Shipped.Run("Mirzoyan said a new constitution could not be a precondition for the peace treaty.");
        Assert.DoesNotContain(x.Positions, p => p.Topic == "peace-treaty" && p.Stance == PositionStance.Conditional);
        // Wanting the treaty without the condition supports it.
        Assert.Contains(x.Positions, p => p.Actor == "ararat-mirzoyan" && p.Topic == "peace-treaty" && p.Stance == PositionStance.Supports);
    }

    [Fact]
    public void A_clause_placing_a_stance_in_time_holds_no_issue_of_it()
    {
        var x = Shipped.Run("On Friday Stepanakert rejected Baku's offer of integration, a day after envoys met at the base of the Russian peacekeepers.");
        Assert.Contains(x.Positions, p => p.Topic == "reintegration" && p.Stance == PositionStance.Opposes);
        Assert.DoesNotContain(x.Positions, p => p.Topic == "peacekeeping");
    }

    [Fact]
    public void Promising_to_guarantee_rights_offers_them()
    {
        var x = Shipped.Run("Baku said it would guarantee the rights and security of the Armenians who stay.");
        Assert.Contains(x.Positions, p => p.Topic == "minority-rights" && p.Stance == PositionStance.Offers);
    }

    [Fact]
    public void Turning_down_another_party_s_offer_opposes_what_was_offered()
    {
        var x = Shipped.Run("On Monday, the Karabakh authorities rejected Baku's offer of humanitarian aid.");
        Assert.Contains(x.Positions, p => p.Actor == "nagorno-karabakh-republic" && p.Topic == "humanitarian-aid" && p.Stance == PositionStance.Opposes);
        Assert.Contains(x.Positions, p => p.Actor == "azerbaijan" && p.Topic == "humanitarian-aid" && p.Stance == PositionStance.Offers);
    }

    [Fact]
    public void A_party_after_a_preposition_or_that_sets_no_condition_on_anothers_stance()
    {
        var x = Shipped.Run("Ilham Aliyev said Azerbaijan would not sign a peace treaty with Armenia until Yerevan drops its claims.");
        Assert.DoesNotContain(x.Positions, p => p.Actor == "armenia");
        var y = Shipped.Run("Nikol Pashinyan said that the EU mission would stay in Armenia as long as the government wanted it.");
        Assert.DoesNotContain(y.Positions, p => p.Actor == "eu-mission-in-armenia");
    }
}
