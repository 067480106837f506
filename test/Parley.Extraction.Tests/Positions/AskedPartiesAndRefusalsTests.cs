using Parley.Model;

namespace Parley.Extraction.Tests.Positions;

/// <summary>
/// Who holds a stance when a party is asked or warned ("pressing Yerevan to accept", "warned Baku against"), named
/// beside the subject ("alongside France"), or inside the object of a condition; refusals of unnamed calls and of another
/// party's demand; and the cue forms read since ("must be carried out", "will not tolerate", "backed away from"). Each on
/// prose written for the test.
/// </summary>
public sealed class AskedPartiesAndRefusalsTests
{
    private static bool Has(DocumentExtraction x, string actor, string topic, string stance) =>
        x.Positions.Any(p => p.Actor == actor && p.Topic == topic && p.Stance.ToWire() == stance);

    [Theory]
    [InlineData("Baku keeps pressing Yerevan to accept its draft of the peace treaty.")]
    [InlineData("Baku urges Yerevan to accept its draft of the peace treaty.")]
    public void The_party_asked_to_act_does_not_hold_the_stance(string text)
    {
        var x = Shipped.Run(text);
        Assert.True(Has(x, "azerbaijan", "peace-treaty", "supports"));
        Assert.DoesNotContain(x.Positions, p => p.Actor == "armenia");
    }

    [Fact]
    public void A_party_after_saying_still_opens_a_clause_of_its_own()
    {
        var x = Shipped.Run("The envoy left Baku on Friday, saying Armenia would accept the checkpoints.");
        Assert.True(Has(x, "armenia", "checkpoints", "supports"));
    }

    [Fact]
    public void Warning_a_party_against_an_act_opposes_it_and_the_party_warned_holds_nothing()
    {
        var x = Shipped.Run("Moscow warned Yerevan against inviting Western monitors to the border.");
        Assert.True(Has(x, "russia", "international-mediation", "opposes"));
        Assert.False(Has(x, "russia", "international-mediation", "supports"));
        Assert.DoesNotContain(x.Positions, p => p.Actor == "armenia");
    }

    [Fact]
    public void A_gerund_right_after_an_opposing_cue_is_what_is_opposed()
    {
        var x = Shipped.Run("Azerbaijan warned against inviting foreign monitors to the region.");
        Assert.True(Has(x, "azerbaijan", "international-mediation", "opposes"));
        Assert.False(Has(x, "azerbaijan", "international-mediation", "supports"));
    }

    [Fact]
    public void A_party_named_alongside_the_subject_does_not_report_its_verdict()
    {
        var x = Shipped.Run("Moscow, a mediator alongside France and the United States, said the format was obsolete.");
        Assert.True(Has(x, "russia", "international-mediation", "opposes"));
        Assert.DoesNotContain(x.Positions, p => p.Actor == "france");
    }

    [Fact]
    public void A_party_inside_the_object_sets_no_condition()
    {
        var x = Shipped.Run("Armenia will not accept a CSTO observer mission as long as the bloc stays silent.");
        Assert.DoesNotContain(x.Positions, p => p.Actor == "csto");
        Assert.Contains(x.Positions, p => p.Actor == "armenia" && p.Topic == "international-mediation");
    }

    [Theory]
    [InlineData("The foreign ministry of Azerbaijan rejected calls for an international mission in Karabakh.")]
    [InlineData("Azerbaijan dismissed the proposals for an international mission in Karabakh.")]
    public void Refusing_unnamed_calls_opposes_their_issue(string text)
    {
        var x = Shipped.Run(text);
        Assert.Contains(x.Positions, p => p.Topic == "international-mediation" && p.Stance == PositionStance.Opposes);
        Assert.DoesNotContain(x.Positions, p => p.Topic == "international-mediation" && p.Stance == PositionStance.Supports);
    }

    [Fact]
    public void Refusing_another_partys_demand_opposes_it_and_the_demand_stays_the_other_partys()
    {
        var x = Shipped.Run("Yerevan rejected Baku's demand for checkpoints on the border.");
        Assert.True(Has(x, "armenia", "checkpoints", "opposes"));
        Assert.True(Has(x, "azerbaijan", "checkpoints", "supports"));
    }

    [Fact]
    public void A_proposal_from_a_party_is_that_partys_offer_and_refusing_it_opposes_it()
    {
        var x = Shipped.Run("Stepanakert rejected a proposal from Baku to send fuel through Aghdam.");
        Assert.True(Has(x, "azerbaijan", "alternative-routes", "supports"));
    }

    [Fact]
    public void Every_party_listed_as_the_subject_holds_the_stance()
    {
        var x = Shipped.Run("The United States, France and the EU all welcomed the EU monitoring mission.");
        Assert.True(Has(x, "united-states", "international-mediation", "supports"));
        Assert.True(Has(x, "france", "international-mediation", "supports"));
        Assert.True(Has(x, "european-union", "international-mediation", "supports"));
    }

    [Fact]
    public void A_comma_and_after_a_closed_list_opens_a_clause_with_its_own_subject()
    {
        var x = Shipped.Run("Pashinyan met Aliyev, Michel and Macron, and Armenia backed the peace treaty.");
        Assert.True(Has(x, "armenia", "peace-treaty", "supports"));
        Assert.DoesNotContain(x.Positions, p => p.Actor is "charles-michel" or "emmanuel-macron");
    }

    [Fact]
    public void A_comma_and_inside_a_list_keeps_the_list_together()
    {
        var x = Shipped.Run("Russia, Turkey, and Iran oppose any Western mission in the region.");
        Assert.Contains(x.Positions, p => p.Actor == "iran");
        Assert.Contains(x.Positions, p => p.Actor == "russia");
    }

    [Fact]
    public void Parties_listed_as_an_object_hold_nothing()
    {
        var x = Shipped.Run("Armenia welcomed talks with Russia, Turkey and Iran on transport links.");
        Assert.True(Has(x, "armenia", "transport-links", "supports"));
        Assert.DoesNotContain(x.Positions, p => p.Actor is "russia" or "turkiye" or "iran");
    }

    [Theory]
    [InlineData("For Baku, the opening of the Zangezur corridor is a top priority.", "azerbaijan", "transport-links", "supports")]
    [InlineData("For Azerbaijan, the EU mission is unnecessary.", "azerbaijan", "international-mediation", "opposes")]
    public void A_party_framed_with_for_holds_the_verdict_of_the_sentence(string text, string actor, string topic, string stance)
    {
        Assert.True(Has(Shipped.Run(text), actor, topic, stance));
    }

    [Theory]
    [InlineData("The Kremlin says the peacekeepers will stay until 2025.")]
    [InlineData("Moscow wants its peacekeepers to remain until the end of the year.")]
    public void Until_before_a_date_sets_no_condition(string text)
    {
        Assert.DoesNotContain(Shipped.Run(text).Positions, p => p.Stance == PositionStance.Conditional);
    }

    [Fact]
    public void Until_before_a_clause_still_sets_one()
    {
        var x = Shipped.Run("Armenia will not sign the peace treaty until Baku withdraws its troops.");
        Assert.True(Has(x, "armenia", "peace-treaty", "conditional"));
    }

    [Fact]
    public void A_noun_of_offer_answers_a_call_made_the_sentence_before()
    {
        var x = Shipped.Run("Ilham Aliyev called for the dissolution of the Minsk Group at a forum on Friday. Armenia rejected the proposal.");
        Assert.True(Has(x, "armenia", "international-mediation", "supports"));
    }

    [Theory]
    [InlineData("Aliyev said he would prefer the term 'relocated' for the weapons moved by road.")]
    [InlineData("Pashinyan rejected the word smuggling for the cargo seized near Lachin.")]
    public void A_stance_on_a_word_is_no_stance_on_the_issue_it_names(string text)
    {
        Assert.DoesNotContain(Shipped.Run(text).Positions, p => p.Topic == "arms-smuggling");
    }

    [Theory]
    [InlineData("Pashinyan said he preferred the Brussels format for the talks.", "nikol-pashinyan", "international-mediation", "supports")]
    [InlineData("Mirzoyan said the delimitation must be carried out by the two commissions alone.", "ararat-mirzoyan", "border-delimitation", "supports")]
    [InlineData("Tehran says it will not tolerate any change of borders in the region.", "iran", "border-delimitation", "opposes")]
    [InlineData("Iran remains wary of any change of borders near Meghri.", "iran", "border-delimitation", "opposes")]
    [InlineData("Azerbaijan balked at the proposal for an international mission.", "azerbaijan", "international-mediation", "opposes")]
    [InlineData("Armenia has backed away from its demand for checkpoints.", "armenia", "checkpoints", "opposes")]
    [InlineData("The Armenian opposition has vowed to resist the handover of the villages.", "armenian-opposition", "border-delimitation", "opposes")]
    [InlineData("Aliyev has threatened to open the Zangezur corridor by force.", "ilham-aliyev", "transport-links", "supports")]
    [InlineData("Ankara has thrown its weight behind the Zangezur corridor.", "turkiye", "transport-links", "supports")]
    [InlineData("Baku is determined to open the Zangezur corridor.", "azerbaijan", "transport-links", "supports")]
    [InlineData("Armenia continues to press for an international mechanism for Karabakh.", "armenia", "international-mediation", "supports")]
    [InlineData("Aliyev said he would never allow an extraterritorial corridor through his country.", "ilham-aliyev", "transport-links", "opposes")]
    [InlineData("The Karabakh authorities called on the international community to open an air bridge.", "nagorno-karabakh-republic", "humanitarian-aid", "supports")]
    [InlineData("Moscow is ready to help delimit the border.", "russia", "border-delimitation", "supports")]
    [InlineData("Moscow has offered to mediate between Armenia and Azerbaijan.", "russia", "international-mediation", "supports")]
    [InlineData("Moscow voiced concern over the arrival of EU monitors in Jermuk.", "russia", "international-mediation", "opposes")]
    [InlineData("Paris expressed alarm over the blockade of the Lachin corridor.", "france", "lachin-corridor", "supports")]
    [InlineData("Tehran pushed back against the Zangezur corridor once more.", "iran", "transport-links", "opposes")]
    [InlineData("Baku slammed the EU monitoring mission as a Western tool.", "azerbaijan", "international-mediation", "opposes")]
    [InlineData("Azerbaijan is pressing ahead with the Zangezur corridor.", "azerbaijan", "transport-links", "supports")]
    [InlineData("Russia floated the idea of a CSTO monitoring mission.", "russia", "international-mediation", "supports")]
    [InlineData("Pashinyan called the arrival of CSTO observers a mistake.", "nikol-pashinyan", "international-mediation", "opposes")]
    [InlineData("Aliyev gave the green light to the peace treaty.", "ilham-aliyev", "peace-treaty", "supports")]
    [InlineData("Baku sees no role for the Minsk Group in the talks.", "azerbaijan", "international-mediation", "opposes")]
    public void Cue_and_issue_forms_read(string text, string actor, string topic, string stance)
    {
        Assert.True(Has(Shipped.Run(text), actor, topic, stance));
    }
}
