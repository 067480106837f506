using Parley.Model;

namespace Parley.Extraction.Tests.Claims;

/// <summary>A denial told in a clause that takes up the statement before it, on prose written for these tests.</summary>
public sealed class RelativeDenialTests
{
    [Fact]
    public void A_charge_a_named_party_denied_answers_the_claim_of_its_sentence()
    {
        var x = Shipped.Run("Armenian officials said Azerbaijani troops had seized two hills near Jermuk, a charge the Azerbaijani defence ministry denied.", "2022-10-04");
        var denial = Assert.Single(x.Claims, c => c.Stance == ClaimStance.Denies);
        var asserted = Assert.Single(x.Claims, c => c.Stance == ClaimStance.Asserts);
        Assert.Equal("azerbaijan-ministry-of-defense", denial.Speaker);
        Assert.Equal(asserted.Id, denial.Answers);
        Assert.StartsWith("a charge", denial.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unnamed_body_denying_a_charge_is_an_unnamed_source()
    {
        var x = Shipped.Run("Opposition leaders said riot police had beaten students outside the parliament, an accusation the interior ministry rejected.", "2024-06-01");
        var denial = Assert.Single(x.Claims, c => c.Stance == ClaimStance.Denies);
        Assert.Null(denial.Speaker);
        Assert.Equal("ministry", denial.Source);
    }

    [Fact]
    public void He_denying_is_the_person_named_before()
    {
        var x = Shipped.Run(
            "Ruben Vardanyan was moved to a prison hospital in Baku last week, his relatives said.\n\n" +
            "Prosecutors have accused him of financing armed groups, which he denies.", "2024-02-10");
        var denial = Assert.Single(x.Claims, c => c.Stance == ClaimStance.Denies);
        Assert.Equal("ruben-vardanyan", denial.Speaker);
        var accusation = Assert.Single(x.Claims, c => c.Quote.Contains("financing armed groups", StringComparison.Ordinal));
        Assert.Equal(accusation.Id, denial.Answers);
    }

    [Fact]
    public void A_relative_denial_in_a_sentence_making_no_claim_answers_no_earlier_claim()
    {
        var x = Shipped.Run(
            "The Azerbaijani prosecutor general said the investigation was complete.\n\n" +
            "Baku has charged Ruben Vardanyan with espionage, which he denies.", "2024-02-10");
        var denial = Assert.Single(x.Claims, c => c.Stance == ClaimStance.Denies);
        Assert.Null(denial.Answers);
        Assert.StartsWith("Baku has charged", denial.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_clause_denying_nothing_makes_no_denial()
    {
        var x = Shipped.Run("Armenian officials said Azerbaijani troops had seized two hills near Jermuk, a claim the ministry repeated on Friday.", "2022-10-04");
        Assert.DoesNotContain(x.Claims, c => c.Stance == ClaimStance.Denies);
    }
}
