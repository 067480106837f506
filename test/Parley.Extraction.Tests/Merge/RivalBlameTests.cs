using Parley.Extraction.Merge;
using Parley.Model;

namespace Parley.Extraction.Tests.Merge;

/// <summary>Rival accounts of who began the fighting, on prose written for these tests.</summary>
public sealed class RivalBlameTests
{
    private static IReadOnlyList<Contradiction> Contradictions(params DocumentExtraction[] extractions) =>
        new CrossDocumentPass(Shipped.Pack).Run(extractions).Contradictions;

    // Who began it (or did not): not which side an account says struck (a value of its own).
    private static IEnumerable<ClaimValue> Blame(Claim claim) =>
        claim.Values.Where(v => v.Attribute == ContradictionAttribute.Responsibility && v.Value != "struck");

    [Theory]
    [InlineData("The Armenian defence ministry said Azerbaijani troops opened fire first near the village of Sotk.", "azerbaijan")]
    [InlineData("Baku said Armenian soldiers had fired first at its posts in the Kalbajar district.", "armenia")]
    [InlineData("The Azerbaijani defence ministry said Armenian forces had started the fighting on the Lachin road.", "armenia")]
    [InlineData("Yerevan said Azerbaijani units provoked the clash in the early hours.", "azerbaijan")]
    public void A_party_said_to_have_begun_the_fighting_is_blamed(string text, string side)
    {
        var claim = Assert.Single(Shipped.Run(text, "2022-10-04").Claims);
        var value = Assert.Single(Blame(claim));
        Assert.Equal(ClaimValue.ToBlame, value.Value);
        Assert.Equal(side, value.Subject);
    }

    [Theory]
    [InlineData("The Armenian defence ministry said Azerbaijani troops fired on Armenian positions near Sotk.")]
    [InlineData("The Azerbaijani defence ministry said Armenian officials started talks on the new border posts.")]
    public void Firing_without_first_or_starting_something_else_blames_no_one(string text)
    {
        var claim = Assert.Single(Shipped.Run(text, "2022-10-04").Claims);
        Assert.Empty(Blame(claim));
    }

    [Fact]
    public void A_side_saying_its_own_troops_only_answered_clears_itself()
    {
        var claim = Assert.Single(Shipped.Run("The Azerbaijani defence ministry said its units were merely responding to fire from across the line.", "2022-10-04").Claims);
        var value = Assert.Single(Blame(claim));
        Assert.Equal(ClaimValue.NotToBlame, value.Value);
        Assert.Equal("azerbaijan", value.Subject);
    }

    [Fact]
    public void A_warning_of_an_answer_to_come_clears_no_one()
    {
        var claim = Assert.Single(Shipped.Run("The Azerbaijani defence ministry said its army would take adequate measures against any provocation.", "2022-10-04").Claims);
        Assert.Empty(Blame(claim));
    }

    [Fact]
    public void Another_party_answering_fire_clears_no_one()
    {
        var claim = Assert.Single(Shipped.Run("The Azerbaijani defence ministry said the peacekeepers were responding to a call from villagers.", "2022-10-04").Claims);
        Assert.Empty(Blame(claim));
    }

    [Fact]
    public void Two_reports_blaming_each_other_for_one_clash_disagree_on_who_is_to_blame()
    {
        var yerevan = Shipped.Run("The Armenian defence ministry said Azerbaijani troops opened fire first near Sotk on October 3.", "2022-10-04", id: "y");
        var baku = Shipped.Run("The Azerbaijani defence ministry said Armenian units had started the fighting near Sotk on October 3.", "2022-10-04", id: "b");
        var found = Assert.Single(Contradictions(yerevan, baku), c => c.Attribute == ContradictionAttribute.Responsibility);
        Assert.Equal(["y#c1", "b#c1"], found.ClaimIds);
        Assert.Equal(["azerbaijan to blame", "armenia to blame"], found.Values);
        Assert.NotNull(found.EventId);
    }

    [Fact]
    public void One_side_blaming_the_other_and_the_other_saying_it_only_answered_disagree()
    {
        var x = Shipped.Run(
            "The Armenian defence ministry said Azerbaijani forces fired first at a border post near Jermuk.\n\n" +
            "The Azerbaijani defence ministry said its soldiers had acted in response to shelling from the Armenian side.", "2022-10-04");
        var found = Assert.Single(Contradictions(x), c => c.Attribute == ContradictionAttribute.Responsibility);
        Assert.Equal(["azerbaijan to blame", "azerbaijan not to blame"], found.Values);
    }

    [Fact]
    public void One_source_blaming_the_other_side_and_clearing_its_own_is_no_disagreement()
    {
        var x = Shipped.Run(
            "The Azerbaijani defence ministry said Armenian units opened fire first near Kalbajar. It said its soldiers had only returned fire.", "2022-10-04");
        Assert.DoesNotContain(Contradictions(x), c => c.Attribute == ContradictionAttribute.Responsibility);
    }

    [Fact]
    public void Two_accounts_blaming_the_same_party_agree()
    {
        var one = Shipped.Run("The Armenian defence ministry said Azerbaijani troops opened fire first near Sotk on October 3.", "2022-10-04", id: "y");
        var other = Shipped.Run("The Armenian foreign ministry said Azerbaijani units had started the fighting near Sotk on October 3.", "2022-10-04", id: "z");
        Assert.DoesNotContain(Contradictions(one, other), c => c.Attribute == ContradictionAttribute.Responsibility);
    }

    [Fact]
    public void Rejecting_an_account_that_blamed_one_s_own_side_clears_it()
    {
        var x = Shipped.Run(
            "The Azerbaijani defence ministry said Armenian units had opened fire first near Kalbajar.\n\n" +
            "Armenian Foreign Minister Ararat Mirzoyan rejected Baku's account and said the raid had been prepared for weeks.", "2022-10-04");
        var denial = Assert.Single(x.Claims, c => c.Stance == ClaimStance.Denies);
        Assert.Contains(Blame(denial), v => v.Value == ClaimValue.NotToBlame && v.Subject == "armenia");
        var found = Assert.Single(Contradictions(x), c => c.Attribute == ContradictionAttribute.Responsibility);
        Assert.Equal(denial.Id, found.ClaimIds[^1]);
    }
}
