using Parley.Extraction.Merge;
using Parley.Model;

namespace Parley.Extraction.Tests.Claims;

/// <summary>A denial of a state that lasts (a blockade, a supply cut), on prose written for these tests.</summary>
public sealed class StandingStateDenialTests
{
    private const string Blocked =
        "On March 3 protesters blocked the Lachin road, the only route into Nagorno-Karabakh, and trucks have been turned back since.\n\n";

    [Theory]
    [InlineData("The Azerbaijani foreign ministry denied that the road is blocked, saying that cars can pass.")]
    [InlineData("Azerbaijan's foreign ministry has rejected claims of a blockade and said supplies were moving.")]
    public void A_denial_of_a_blockade_is_about_the_blockade_told_before(string denial)
    {
        var x = Shipped.Run(Blocked + denial, "2023-03-20");
        var blockade = Assert.Single(x.Events, e => e.Type == EventType.Blockade);
        var denied = Assert.Single(x.Claims, c => c.Stance == ClaimStance.Denies);
        Assert.Equal(blockade.Key, denied.EventKey);
    }

    [Fact]
    public void A_denial_naming_no_lasting_state_is_not_tied_to_the_blockade()
    {
        var x = Shipped.Run(Blocked + "The Azerbaijani foreign ministry denied that its envoy had met the protest leaders in Shusha.", "2023-03-20");
        var denied = Assert.Single(x.Claims, c => c.Stance == ClaimStance.Denies);
        var blockade = Assert.Single(x.Events, e => e.Type == EventType.Blockade);
        Assert.NotEqual(blockade.Key, denied.EventKey);
    }

    [Fact]
    public void A_blockade_denied_with_no_blockade_told_before_links_to_nothing()
    {
        var x = Shipped.Run("The Azerbaijani foreign ministry denied that the road is blocked, saying that cars can pass.", "2023-03-20");
        var denied = Assert.Single(x.Claims, c => c.Stance == ClaimStance.Denies);
        Assert.Null(denied.EventKey);
    }

    [Fact]
    public void A_report_of_the_blockade_and_its_denial_disagree_on_whether_it_happened()
    {
        var x = Shipped.Run(
            "Karabakh's ombudsman said the Lachin road had been blocked since March 3 and that 400 people could not return home.\n\n" +
            "The Azerbaijani foreign ministry denied that the road is blocked, saying that cars can pass.", "2023-03-20");
        var found = Assert.Single(new CrossDocumentPass(Shipped.Pack).Run([x]).Contradictions, c => c.Attribute == ContradictionAttribute.Occurred);
        Assert.Contains("did not happen", found.Values);
        Assert.Contains("happened", found.Values);
    }
}
