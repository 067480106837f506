using Parley.Model;
using Parley.Packs;

namespace Parley.Extraction.Merge;

/// <summary>
/// The only step that reads across documents: merges event mentions of the same happening into events and
/// finds the contradictions between claims about them.
/// </summary>
public sealed class CrossDocumentPass(DomainPack pack)
{
    private readonly EventMerger _merger = new(place => pack.Find(place)?.In);
    private readonly ContradictionFinder _contradictions = new(pack.Words("blame_words"));

    /// <summary>The pack in use.</summary>
    public DomainPack Pack { get; } = pack;

    /// <summary>Merges and compares everything in <paramref name="extractions"/>.</summary>
    public MergeResult Run(IReadOnlyList<DocumentExtraction> extractions)
    {
        var (events, eventOf) = _merger.Merge(extractions.SelectMany(x => x.Events));
        var claimEvents = new Dictionary<string, string>(StringComparer.Ordinal);
        var claims = new List<(Claim, string?)>();
        foreach (var claim in extractions.SelectMany(x => x.Claims))
        {
            string? eventId = null;
            if (claim.EventKey is not null && eventOf.TryGetValue((claim.DocumentId, claim.EventKey), out var id))
            {
                eventId = id;
                claimEvents[claim.Id] = id;
            }

            claims.Add((claim, eventId));
        }

        return new MergeResult(events, _contradictions.Find(events, claims), claimEvents);
    }
}
