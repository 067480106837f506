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
