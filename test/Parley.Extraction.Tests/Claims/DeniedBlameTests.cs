using Parley.Extraction.Merge;
using Parley.Model;

namespace Parley.Extraction.Tests.Claims;

/// <summary>
/// What a denial denies, who speaks after a relative aside, and whose dead "its" counts, on prose written for these tests.
/// </summary>
public sealed class DeniedBlameTests
{
    private static IReadOnlyList<Contradiction> Contradictions(params DocumentExtraction[] extractions) =>
        new CrossDocumentPass(Shipped.Pack).Run(extractions).Contradictions;

    [Theory]
    [InlineData("Baku denied any involvement.")]
    [InlineData("The ministry denied the charges.")]
    [InlineData("The ministry rejected responsibility for the outage.")]
    public void Denying_a_blame_disputes_the_blame_not_that_it_happened(string denial)
    {
        var x = Shipped.Run("Gas supplies to Karabakh were cut off on Tuesday, the separatist authorities said. " + denial, "2023-01-18");
        var found = Contradictions(x);
        Assert.DoesNotContain(found, c => c.Attribute == ContradictionAttribute.Occurred);
        Assert.Contains(found, c => c.Attribute == ContradictionAttribute.Responsibility);
    }

    [Fact]
    public void Denying_the_happening_itself_still_disputes_it()
    {
        var x = Shipped.Run("Gas supplies to Karabakh were cut off on Tuesday, the separatist authorities said. Baku denied that the supply had been cut.", "2023-01-18");
        Assert.Contains(Contradictions(x), c => c.Attribute == ContradictionAttribute.Occurred);
    }

    [Fact]
    public void The_speaker_after_a_relative_aside_is_the_one_it_follows()
    {
        var x = Shipped.Run(
            "Police detained Ruben Vardanyan in Yerevan on Monday. Vardanyan, who once ran a bank in Moscow and later moved to Azerbaijan, denies the accusations.",
            "2024-03-05");
        var denial = Assert.Single(x.Claims, c => c.Stance == ClaimStance.Denies);
        Assert.Equal("ruben-vardanyan", denial.Speaker);
    }

    [Fact]
    public void Its_dead_in_reported_speech_are_the_speaker_s()
    {
        var x = Shipped.Run(
            "Azerbaijan's defence ministry said on Monday that Armenian units shelled its positions near Lachin, and that three of its servicemen were killed.",
            "2024-03-05");
        var clash = Assert.Single(x.Events, e => e.Type == EventType.ArmedClash);
        Assert.Contains(clash.Quantities, q => q.Kind == QuantityKind.Killed && q.Value == 3 && q.Side == "azerbaijan");
    }
}
