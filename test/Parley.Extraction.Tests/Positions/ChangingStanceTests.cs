using Parley.Model;

namespace Parley.Extraction.Tests.Positions;

/// <summary>
/// Stances as news reports a change of them: an opposition denied ("no longer objects"), openness and commitment, a
/// thing made "a condition of" another, a phrase that undoes its own issue, verdicts reported by "arguing", holders
/// behind a relative clause or a fronted time phrase, appeals to an international body; each on prose written for
/// the test.
/// </summary>
public sealed class ChangingStanceTests
{
    private static bool Has(DocumentExtraction x, string actor, string topic, string stance) =>
        x.Positions.Any(p => p.Actor == actor && p.Topic == topic && p.Stance.ToWire() == stance);

    [Theory]
    [InlineData("Georgia did not object to the deployment of international observers on its frontier.")]
    [InlineData("Georgia no longer objects to the deployment of international observers on its frontier.")]
    public void An_opposition_denied_accepts_the_issue(string text)
    {
        var x = Shipped.Run(text);
        Assert.True(Has(x, "georgia", "international-mediation", "supports"));
        Assert.False(Has(x, "georgia", "international-mediation", "opposes"));
    }

    [Fact]
    public void Not_only_opposing_denies_nothing()
    {
        var x = Shipped.Run("Georgia not only objected to the deployment of international observers but expelled two of them.");
        Assert.True(Has(x, "georgia", "international-mediation", "opposes"));
    }

    [Theory]
    [InlineData("The French government signalled openness to a new round of peace talks.", "france", "peace-treaty")]
    [InlineData("Both sides confirmed their commitment to the delimitation of the border.", "armenia", "border-delimitation")]
    [InlineData("Both sides confirmed their commitment to the delimitation of the border.", "azerbaijan", "border-delimitation")]
    public void Openness_and_commitment_support_the_issue(string text, string actor, string topic)
    {
        Assert.True(Has(Shipped.Run(text), actor, topic, "supports"));
    }

    [Fact]
    public void Making_one_thing_a_condition_of_another_is_conditional()
    {
        var x = Shipped.Run("Kazakhstan made the release of the prisoners a condition of any peace deal.");
        Assert.True(Has(x, "kazakhstan", "peace-treaty", "conditional"));
    }

    [Fact]
    public void No_party_after_with_is_the_subject_of_a_condition()
    {
        var x = Shipped.Run("Türkiye has made the normalisation of ties with Armenia conditional on a peace treaty.");
        Assert.True(Has(x, "turkiye", "peace-treaty", "conditional"));
        Assert.DoesNotContain(x.Positions, p => p.Actor == "armenia");
    }

    [Theory]
    [InlineData("Moscow ruled out a withdrawal of the peacekeepers before 2025.", "supports")]
    [InlineData("Baku called for the withdrawal of the peacekeepers before 2025.", "opposes")]
    public void A_phrase_undoing_its_own_issue_turns_the_stance(string text, string stance)
    {
        var x = Shipped.Run(text);
        var actor = text.StartsWith("Moscow", StringComparison.Ordinal) ? "russia" : "azerbaijan";
        Assert.True(Has(x, actor, "peacekeeping", stance));
    }

    [Fact]
    public void A_phrase_whose_issue_is_the_undoing_is_read_as_it_stands()
    {
        var x = Shipped.Run("Baku called for the withdrawal of Armenian forces from the region.");
        Assert.True(Has(x, "azerbaijan", "troop-withdrawal", "supports"));
    }

    [Fact]
    public void What_a_thing_should_be_free_of_is_opposed()
    {
        var x = Shipped.Run("Baku wants a road to its exclave free of customs controls.");
        Assert.True(Has(x, "azerbaijan", "checkpoints", "opposes"));
        Assert.False(Has(x, "azerbaijan", "checkpoints", "supports"));
    }

    [Fact]
    public void Arguing_reports_a_verdict_and_the_demand_before_it_does_not_turn_it()
    {
        var x = Shipped.Run("Baku demanded an end to the Minsk Group, arguing that the format was obsolete.");
        Assert.True(Has(x, "azerbaijan", "international-mediation", "opposes"));
        Assert.False(Has(x, "azerbaijan", "international-mediation", "supports"));
    }

    [Fact]
    public void A_red_line_is_a_verdict_against_the_issue()
    {
        var x = Shipped.Run("Tehran said any redrawing of borders in the region was a red line.");
        Assert.True(Has(x, "iran", "border-delimitation", "opposes"));
    }

    [Fact]
    public void For_as_long_as_gives_a_duration_not_a_condition()
    {
        var x = Shipped.Run("Armenia is ready to host the observers for as long as needed.");
        Assert.True(Has(x, "armenia", "international-mediation", "supports"));
        Assert.False(Has(x, "armenia", "international-mediation", "conditional"));
    }

    [Fact]
    public void As_long_as_still_conditions()
    {
        var x = Shipped.Run("Armenia will host the observers as long as Baku agrees.");
        Assert.True(Has(x, "armenia", "international-mediation", "conditional"));
    }

    [Fact]
    public void A_party_inside_a_closed_relative_clause_is_not_the_subject_after_it()
    {
        var x = Shipped.Run("Yerevan, which for years insisted on keeping the Minsk Group, agreed to the dissolution of the format.");
        Assert.True(Has(x, "armenia", "international-mediation", "opposes"));
        Assert.DoesNotContain(x.Positions, p => p.Actor == "osce-minsk-group");
    }

    [Fact]
    public void A_word_of_direction_belongs_to_the_place_it_comes_before()
    {
        var x = Shipped.Run("Tehran backs a transit route across southern Armenia as long as the border stays where it is.");
        Assert.True(Has(x, "iran", "transport-links", "conditional"));
        Assert.DoesNotContain(x.Positions, p => p.Actor == "armenia");
    }

    [Fact]
    public void It_after_a_sentence_opened_by_a_time_phrase_stands_for_that_sentence_s_subject()
    {
        var x = Shipped.Run("Within a month Georgia changed its mind. It declined the offer of CSTO observers.");
        Assert.True(Has(x, "georgia", "international-mediation", "opposes"));
    }

    [Fact]
    public void Recognising_a_thing_supports_it_and_a_participle_states_nothing()
    {
        Assert.True(Has(Shipped.Run("Yerevan now recognises Azerbaijan's sovereignty over Karabakh."), "armenia", "reintegration", "supports"));
        Assert.DoesNotContain(Shipped.Run("The council, not recognised by Azerbaijan's authorities, handles water supply.").Positions, p => p.Actor == "azerbaijan");
    }

    [Fact]
    public void An_if_after_a_dash_opens_a_clause_the_stance_before_it_does_not_reach()
    {
        var x = Shipped.Run("Yerevan supports the border commission \u2014 if Baku withdraws, then one day the peace treaty can be signed.");
        Assert.True(Has(x, "armenia", "border-delimitation", "supports"));
        Assert.False(Has(x, "armenia", "peace-treaty", "supports"));
    }

    [Theory]
    [InlineData("Georgia called on the United Nations to intervene.")]
    [InlineData("Georgia has called on the bloc to convene an emergency session.")]
    public void An_appeal_to_an_international_body_to_act_asks_for_its_involvement(string text)
    {
        Assert.True(Has(Shipped.Run(text), "georgia", "international-mediation", "supports"));
    }

    [Fact]
    public void An_appeal_to_a_state_is_no_appeal_to_an_international_body()
    {
        var x = Shipped.Run("Georgia called on Baku to intervene.");
        Assert.DoesNotContain(x.Positions, p => p.Actor == "georgia" && p.Topic == "international-mediation");
    }

    [Theory]
    [InlineData("Will Georgia accept checkpoints on its border?")]
    [InlineData("Does Georgia still support the peace treaty?")]
    [InlineData("\u201CWould Georgia back the peace treaty?\u201D")]
    public void A_yes_or_no_question_states_no_stance(string text)
    {
        Assert.DoesNotContain(Shipped.Run(text).Positions, p => p.Actor == "georgia");
    }

    [Fact]
    public void A_question_asking_why_keeps_the_stance_it_takes_for_granted()
    {
        Assert.True(Has(Shipped.Run("Why does Georgia oppose the peace treaty?"), "georgia", "peace-treaty", "opposes"));
    }

    [Theory]
    [InlineData("Georgia has dropped its demand for checkpoints on the border.", "checkpoints", "opposes")]
    [InlineData("Georgia abandoned its demand for an international mechanism.", "international-mediation", "opposes")]
    [InlineData("Georgia withdrew its objection to the delimitation commission.", "border-delimitation", "supports")]
    [InlineData("Georgia has reversed its opposition to the observer mission.", "international-mediation", "supports")]
    public void A_stance_given_up_is_denied(string text, string topic, string stance)
    {
        Assert.True(Has(Shipped.Run(text), "georgia", topic, stance));
    }

    [Fact]
    public void A_stance_held_is_not_given_up()
    {
        Assert.True(Has(Shipped.Run("Georgia repeated its demand for checkpoints on the border."), "georgia", "checkpoints", "supports"));
    }

    [Theory]
    [InlineData("Georgia is no longer against the peace treaty.", "supports")]
    [InlineData("Georgia has given up on the peace treaty.", "opposes")]
    public void No_longer_against_and_giving_up_on(string text, string stance)
    {
        Assert.True(Has(Shipped.Run(text), "georgia", "peace-treaty", stance));
    }

    [Fact]
    public void Normalising_relations_is_the_peace_process()
    {
        var x = Shipped.Run("Kazakhstan would only normalise relations with Georgia if a border treaty is signed.");
        Assert.True(Has(x, "kazakhstan", "peace-treaty", "conditional"));
    }

    [Theory]
    [InlineData("Georgia has ceased to demand an international mechanism.")]
    [InlineData("Georgia has stopped insisting on an international mechanism.")]
    public void Ceasing_to_demand_is_a_stance_given_up(string text)
    {
        var x = Shipped.Run(text);
        Assert.True(Has(x, "georgia", "international-mediation", "opposes"));
        Assert.False(Has(x, "georgia", "international-mediation", "supports"));
    }

    [Theory]
    [InlineData("Georgia continues to insist on checkpoints at the border.", "checkpoints")]
    [InlineData("Georgia is prepared to sign the peace treaty.", "peace-treaty")]
    [InlineData("Georgia is willing to discuss the return of refugees.", "return")]
    public void Insisting_and_being_prepared_or_willing_support(string text, string topic)
    {
        Assert.True(Has(Shipped.Run(text), "georgia", topic, "supports"));
    }

    [Fact]
    public void Never_agreeing_to_opposes()
    {
        Assert.True(Has(Shipped.Run("Georgia said it would never agree to international observers."), "georgia", "international-mediation", "opposes"));
    }

    [Fact]
    public void A_cause_named_after_the_object_is_not_what_the_stance_is_on()
    {
        var x = Shipped.Run("Georgia stressed the need to end the humanitarian crisis resulting from the closure of the peacekeepers' checkpoints.");
        Assert.True(Has(x, "georgia", "humanitarian-aid", "supports"));
        Assert.DoesNotContain(x.Positions, p => p.Topic is "checkpoints" or "peacekeeping");
    }

    [Fact]
    public void Establishing_peace_is_the_peace_process()
    {
        Assert.True(Has(Shipped.Run("Georgia is interested in establishing peace with its neighbours."), "georgia", "peace-treaty", "supports"));
    }

    [Theory]
    [InlineData("The Georgian government has asked for more international observers.", "supports")]
    [InlineData("Georgia hopes to sign the peace treaty next year.", "supports")]
    public void Asking_for_and_hoping_to_support(string text, string stance)
    {
        var x = Shipped.Run(text);
        Assert.Contains(x.Positions, p => p.Actor == "georgia" && p.Stance.ToWire() == stance);
    }

    [Fact]
    public void A_speaker_named_past_though_reports_another_clause()
    {
        var x = Shipped.Run("Russia did not object to the closure of the Minsk Group, though Maria Zakharova said Moscow had not been consulted.");
        Assert.True(Has(x, "russia", "international-mediation", "opposes"));
        Assert.False(Has(x, "maria-zakharova", "international-mediation", "opposes"));
    }

    [Fact]
    public void A_speaker_reporting_the_clause_holds_its_stance()
    {
        var x = Shipped.Run("Russia remains opposed to the observer mission, Maria Zakharova said.");
        Assert.True(Has(x, "maria-zakharova", "international-mediation", "opposes"));
    }

    [Fact]
    public void His_government_is_the_state_of_the_person_named_before()
    {
        var x = Shipped.Run("Nikol Pashinyan spoke in Paris on Monday, and his government proposed new border commissions.");
        Assert.True(Has(x, "armenia", "border-delimitation", "supports"));
        Assert.False(Has(x, "nikol-pashinyan", "border-delimitation", "supports"));
    }

    [Fact]
    public void A_condemnation_denied_states_no_stance()
    {
        var x = Shipped.Run("Georgia did not condemn the blockade of the Lachin corridor.");
        Assert.DoesNotContain(x.Positions, p => p.Actor == "georgia");
    }
}
