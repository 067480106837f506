using Parley.Model;

namespace Parley.Extraction.Tests.Positions;

/// <summary>
/// Issues named only through a possessive ("their presence", "demanded its closure"), a bare head noun ("stop the
/// process"), a verb of leaving after the issue, and a government named by its noun alone; each on prose written for the
/// test.
/// </summary>
public sealed class PossessivesAndStandInsTests
{
    private static bool Has(DocumentExtraction x, string actor, string topic, string stance) =>
        x.Positions.Any(p => p.Actor == actor && p.Topic == topic && p.Stance.ToWire() == stance);

    [Fact]
    public void A_possessive_judged_by_a_verdict_stands_for_the_issue_its_party_names()
    {
        var x = Shipped.Run("Russian peacekeepers packed up their base near Aghdam on Monday. Hikmet Hajiyev told journalists their presence was no longer needed.");
        Assert.True(Has(x, "hikmet-hajiyev", "peacekeeping", "opposes"));
    }

    [Fact]
    public void A_possessive_verdict_reported_after_it_is_the_speakers()
    {
        var x = Shipped.Run("Russian peacekeepers packed up their base near Aghdam on Monday. Their presence is no longer necessary, Jeyhun Bayramov said.");
        Assert.True(Has(x, "jeyhun-bayramov", "peacekeeping", "opposes"));
    }

    [Fact]
    public void Demanding_their_withdrawal_opposes_the_issue_of_the_party_it_stands_for_not_the_withdrawal_of_forces()
    {
        var x = Shipped.Run("Russian peacekeepers have patrolled the road since the war. Baku has now demanded their withdrawal.");
        Assert.True(Has(x, "azerbaijan", "peacekeeping", "opposes"));
        Assert.False(Has(x, "azerbaijan", "troop-withdrawal", "supports"));
    }

    [Fact]
    public void A_possessive_whose_party_names_no_issue_keeps_what_the_noun_names()
    {
        // "their" is the Armenian forces, whose name names no issue: the withdrawal of forces is the issue.
        var x = Shipped.Run("Armenian forces still held three hills near Lachin. Baku demanded their withdrawal.");
        Assert.True(Has(x, "azerbaijan", "troop-withdrawal", "supports"));
        Assert.DoesNotContain(x.Positions, p => p.Topic == "peacekeeping");
    }

    [Fact]
    public void Stopping_the_process_opposes_the_one_issue_named_just_before()
    {
        var x = Shipped.Run("Surveyors from the border commissions marked new posts near the villages last week. Ilham Aliyev called on the government to stop the process.");
        Assert.True(Has(x, "ilham-aliyev", "border-delimitation", "opposes"));
    }

    [Fact]
    public void A_bare_head_after_two_issues_stands_for_neither()
    {
        var x = Shipped.Run("The border commissions and the peace treaty were on the table in Almaty. Ilham Aliyev called on the government to stop the process.");
        Assert.DoesNotContain(x.Positions, p => p.Actor == "ilham-aliyev");
    }

    [Fact]
    public void A_bare_head_owning_another_noun_stands_for_nothing()
    {
        var x = Shipped.Run("The border commissions met in Gabala last week. Ilham Aliyev welcomed the group's statement.");
        Assert.DoesNotContain(x.Positions, p => p.Actor == "ilham-aliyev");
    }

    [Fact]
    public void A_bare_head_used_before_for_a_plain_noun_stands_for_nothing()
    {
        var x = Shipped.Run("A new process of consultation began among the party's members. Kamran Aliyev spoke about minority rights in Karabakh. Ilham Aliyev called on the government to stop the process.");
        Assert.DoesNotContain(x.Positions, p => p.Actor == "ilham-aliyev");
    }

    [Fact]
    public void Welcoming_the_withdrawal_opposes_the_issue_whose_undoing_was_told_before()
    {
        var x = Shipped.Run("Moscow has begun withdrawing its peacekeeping contingent from the region. The first column crossed into Armenia on Sunday. Azerbaijan welcomed the withdrawal.");
        Assert.True(Has(x, "azerbaijan", "peacekeeping", "opposes"));
        Assert.False(Has(x, "azerbaijan", "troop-withdrawal", "supports"));
    }

    [Fact]
    public void A_bad_state_lifted_before_is_no_undoing_the_withdrawal_points_to()
    {
        var x = Shipped.Run("Baku ended the blockade of the Lachin corridor in September. Armenia welcomed the withdrawal.");
        Assert.DoesNotContain(x.Positions, p => p.Actor == "armenia" && p.Topic == "lachin-corridor");
    }

    [Theory]
    [InlineData("The OSCE council voted to dissolve the Minsk Group. Yerevan agreed to the closure on condition that the peace treaty is signed first.")]
    [InlineData("The Minsk Group last met in Vienna in 2019. Yerevan was ready to revive it if the peace treaty is signed first.")]
    public void An_issue_found_only_through_a_reference_is_still_conditioned_by_the_condition_after_it(string text)
    {
        var x = Shipped.Run(text);
        Assert.True(Has(x, "armenia", "international-mediation", "conditional"));
        Assert.DoesNotContain(x.Positions, p => p.Actor == "armenia" && p.Stance != PositionStance.Conditional);
    }

    [Theory]
    [InlineData("Azerbaijan insisted that the peacekeepers leave Karabakh before the spring.")]
    [InlineData("Azerbaijani officials want the peacekeepers to withdraw before their mandate runs out.")]
    public void A_verb_of_leaving_after_the_issue_undoes_it(string text)
    {
        var x = Shipped.Run(text);
        Assert.True(Has(x, "azerbaijan", "peacekeeping", "opposes"));
        Assert.False(Has(x, "azerbaijan", "peacekeeping", "supports"));
        Assert.False(Has(x, "azerbaijan", "troop-withdrawal", "supports"));
    }

    [Fact]
    public void The_authorities_take_up_the_plural_party_named_before()
    {
        var x = Shipped.Run("The Karabakh authorities met in Stepanakert on Tuesday. The authorities insist that the Lachin corridor be reopened at once.");
        Assert.True(Has(x, "nagorno-karabakh-republic", "lachin-corridor", "supports"));
    }

    [Fact]
    public void The_authorities_do_not_take_up_a_singular_state()
    {
        var x = Shipped.Run("Azerbaijan held a drill near Shusha on Tuesday. The authorities insist that the Lachin corridor be reopened at once.");
        Assert.DoesNotContain(x.Positions, p => p.Actor == "azerbaijan" && p.Topic == "lachin-corridor");
    }

    [Fact]
    public void A_text_cited_as_the_ground_of_a_demand_is_not_its_issue()
    {
        var x = Shipped.Run("Armenia demanded that the Lachin corridor be reopened under the terms of the 2020 ceasefire.");
        Assert.True(Has(x, "armenia", "lachin-corridor", "supports"));
        Assert.DoesNotContain(x.Positions, p => p.Topic == "troop-withdrawal");
    }
}
