using Parley.Model;
using Parley.Packs;
using Parley.Pipeline;

namespace Parley.Extraction.Positions.Indirect;

/// <summary>The claims whose speakers can hold a position, as the claims and condemnations readers take them.</summary>
internal sealed class SpeakerClaims(DomainPack pack)
{
    /// <summary>
    /// Each asserting claim whose speaker can hold a position (not an outlet or a place), with the tokens its quote
    /// covers.
    /// </summary>
    internal IEnumerable<(PackEntity Speaker, int First, int Last)> Of(DocumentAnalysis analysis)
    {
        foreach (var claim in analysis.Claims)
        {
            var speaker = pack.Find(claim.Speaker);
            if (speaker is null || speaker.Kind is EntityKind.Outlet or EntityKind.Place or EntityKind.Route || claim.Stance == ClaimStance.Denies)
            {
                continue;
            }

            var first = analysis.TokenIndexAt(claim.Span.Start);
            var last = first;
            while (last + 1 < analysis.Tokens.Count && analysis.Tokens[last + 1].Span.End <= claim.Span.End)
            {
                last++;
            }

            yield return (speaker, first, last);
        }
    }
}
