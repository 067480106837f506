using Parley.Model;

namespace Parley.Extraction.Tests.Positions;

/// <summary>
/// Demands kept against giving up ("would not drop its call"), grievances after "over" ("resign over the deal"), and the
/// parties behind a title's "of" ("the leaders of Armenia and Azerbaijan agreed"), on prose written for these tests.
/// </summary>
public sealed class GrievancesAndKeptDemandsTests
{
    private static bool Has(DocumentExtraction x, string actor, string topic, string stance) =>
        x.Positions.Any(p => p.Actor == actor && p.Topic == topic && p.Stance.ToWire() == stance);

    [Theory]
    [InlineData("Armenia's foreign minister said Yerevan would not abandon its demand for international monitors.")]
    [InlineData("Armenia's foreign minister said Yerevan had never dropped its demand for international monitors.")]
    public void Giving_up_a_demand_denied_keeps_the_demand(string text)
    {
        var x = Shipped.Run(text);
        Assert.True(Has(x, "ararat-mirzoyan", "international-mediation", "supports"));
        Assert.False(Has(x, "ararat-mirzoyan", "international-mediation", "opposes"));
    }

    [Fact]
    public void Giving_up_a_demand_still_denies_it()
    {
        var x = Shipped.Run("Armenia's foreign minister said Yerevan had dropped its demand for international monitors.");
        Assert.True(Has(x, "ararat-mirzoyan", "international-mediation", "opposes"));
    }

    [Theory]
    [InlineData("Opposition lawmaker Ishkhan Saghatelyan demanded that Pashinyan resign over the peace treaty.")]
    [InlineData("Opposition lawmaker Ishkhan Saghatelyan called for protests over the peace treaty.")]
    public void The_issue_after_over_a_grievance_is_opposed(string text)
    {
        var x = Shipped.Run(text);
        Assert.True(Has(x, "ishkhan-saghatelyan", "peace-treaty", "opposes"));
        Assert.False(Has(x, "ishkhan-saghatelyan", "peace-treaty", "supports"));
    }

    [Fact]
    public void Talks_over_an_issue_are_no_grievance()
    {
        var x = Shipped.Run("Opposition lawmaker Ishkhan Saghatelyan called for talks over the peace treaty.");
        Assert.False(Has(x, "ishkhan-saghatelyan", "peace-treaty", "opposes"));
    }

    [Theory]
    [InlineData("The foreign ministers of Armenia and Azerbaijan met in Geneva but agreed to keep working on the peace treaty, the Armenian Foreign Ministry said.")]
    [InlineData("The leaders of Armenia and Azerbaijan agreed to keep working on the peace treaty, the Armenian Foreign Ministry said.")]
    public void The_parties_behind_a_title_hold_what_they_agreed_not_the_ministry_that_tells_it(string text)
    {
        var x = Shipped.Run(text);
        Assert.True(Has(x, "armenia", "peace-treaty", "supports"));
        Assert.True(Has(x, "azerbaijan", "peace-treaty", "supports"));
        Assert.DoesNotContain(x.Positions, p => p.Actor == "armenia-ministry-of-foreign-affairs");
    }

    [Fact]
    public void Pulling_back_forces_is_the_withdrawal_issue()
    {
        var x = Shipped.Run("Pashinyan proposed on Monday that both armies pull back from the border.");
        Assert.True(Has(x, "nikol-pashinyan", "troop-withdrawal", "supports"));
    }
}

/// <summary>
/// Verdicts of condemnation ("called the checkpoint illegal", "a gross violation") and a step judged in apposition
/// (", a step Armenia called …"), on prose written for these tests.
/// </summary>
public sealed class CondemningVerdictsTests
{
    private static bool Has(DocumentExtraction x, string actor, string topic, string stance) =>
        x.Positions.Any(p => p.Actor == actor && p.Topic == topic && p.Stance.ToWire() == stance);

    [Theory]
    [InlineData("On Monday Armenia called the checkpoint illegal.")]
    [InlineData("On Monday Armenia called the new checkpoint a gross violation of the ceasefire statement.")]
    public void Calling_an_issue_unlawful_opposes_it(string text)
    {
        Assert.True(Has(Shipped.Run(text), "armenia", "checkpoints", "opposes"));
    }

    [Fact]
    public void Calling_a_bad_state_unlawful_supports_the_issue_it_harms()
    {
        var x = Shipped.Run("The French foreign ministry said on Monday the blockade of the Lachin corridor was illegal.");
        Assert.True(Has(x, "france-ministry-of-foreign-affairs", "lachin-corridor", "supports"));
    }

    [Theory]
    [InlineData("On Sunday Azerbaijan set up a checkpoint on the Lachin road, a step Armenia called a gross violation of the ceasefire.")]
    [InlineData("On Sunday Azerbaijan set up a checkpoint on the Lachin road, a move Armenia described as illegal.")]
    public void A_step_judged_in_apposition_is_the_clause_before_it(string text)
    {
        var x = Shipped.Run(text);
        Assert.True(Has(x, "armenia", "checkpoints", "opposes"));
        Assert.False(Has(x, "armenia", "checkpoints", "supports"));
    }

    [Fact]
    public void A_verdict_word_before_a_noun_describes_it_and_judges_nothing()
    {
        var x = Shipped.Run("Baku will push for checkpoints on the road to prevent illegal arms smuggling, Hajiyev said on Monday.");
        Assert.True(Has(x, "hikmet-hajiyev", "arms-smuggling", "opposes"));
        Assert.False(Has(x, "hikmet-hajiyev", "arms-smuggling", "supports"));
    }

    [Fact]
    public void A_verdict_after_as_is_the_word_of_the_cue_before_it()
    {
        var x = Shipped.Run("On Monday Azerbaijan's Foreign Ministry condemned the vote as a gross violation of the constitution of Azerbaijan.");
        Assert.True(Has(x, "azerbaijan-ministry-of-foreign-affairs", "reintegration", "opposes"));
    }
}
