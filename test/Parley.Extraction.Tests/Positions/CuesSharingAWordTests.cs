using Parley.Model;

namespace Parley.Extraction.Tests.Positions;

/// <summary>
/// Stance cues of different lists that open with the same word ("will not sign", "will guarantee"), located together
/// in a document: each is read as its own list says, on prose written for the test.
/// </summary>
public sealed class CuesSharingAWordTests
{
    private static bool Has(DocumentExtraction x, string actor, string topic, string stance) =>
        x.Positions.Any(p => p.Actor == actor && p.Topic == topic && p.Stance.ToWire() == stance);

    [Fact]
    public void Two_cues_opening_with_one_word_keep_their_own_stances()
    {
        var x = Shipped.Run("Azerbaijan will not sign the peace treaty this year. Russia will guarantee the safety of traffic on the Lachin corridor.");
        Assert.True(Has(x, "azerbaijan", "peace-treaty", "opposes"));
        Assert.True(Has(x, "russia", "lachin-corridor", "supports"));
    }
}
