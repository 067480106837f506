using Parley.Model;

namespace Parley.Extraction.Tests.Claims;

/// <summary>A speaker's second, contrasted statement in one sentence ("…, but insisted that …"), on prose written for these tests.</summary>
public sealed class SecondStatementTests
{
    [Fact]
    public void A_contrasted_denial_by_the_same_speaker_is_a_claim_of_its_own()
    {
        var x = Shipped.Run(
            "Foreign Minister Ararat Mirzoyan said the two delegations had discussed the reopening of railways, but denied that any extraterritorial road had been agreed.",
            "2023-05-02");
        Assert.Equal(2, x.Claims.Count);
        Assert.All(x.Claims, c => Assert.Equal("ararat-mirzoyan", c.Speaker));
        Assert.Equal(ClaimStance.Asserts, x.Claims[0].Stance);
        Assert.EndsWith("railways", x.Claims[0].Quote, StringComparison.Ordinal);
        Assert.Equal(ClaimStance.Denies, x.Claims[1].Stance);
        Assert.StartsWith("any extraterritorial road", x.Claims[1].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Insisting_nothing_was_mentioned_denies()
    {
        var x = Shipped.Run(
            "Foreign Minister Ararat Mirzoyan said the two delegations had discussed the reopening of railways, but insisted that no corridor across Syunik had been mentioned.",
            "2023-05-02");
        var second = Assert.Single(x.Claims, c => c.Quote.StartsWith("no corridor", StringComparison.Ordinal));
        Assert.Equal(ClaimStance.Denies, second.Stance);
    }

    [Fact]
    public void A_contrasted_statement_saying_something_happened_asserts()
    {
        var x = Shipped.Run(
            "Foreign Minister Ararat Mirzoyan said the talks in Washington had been difficult, but added that the sides had made progress on the border.",
            "2023-05-02");
        Assert.Equal(2, x.Claims.Count);
        Assert.All(x.Claims, c => Assert.Equal(ClaimStance.Asserts, c.Stance));
    }

    [Fact]
    public void A_contrast_with_no_verb_of_speech_stays_one_claim()
    {
        var x = Shipped.Run(
            "Foreign Minister Ararat Mirzoyan said the talks in Washington had been difficult, but the sides had made progress on the border.",
            "2023-05-02");
        Assert.Single(x.Claims);
    }
}
