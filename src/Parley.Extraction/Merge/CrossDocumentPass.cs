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
        ArgumentNullException.ThrowIfNull(extractions);
        return Run([.. extractions.SelectMany(x => x.Events)], [.. extractions.SelectMany(x => x.Claims)]);
    }

    /// <summary>
    /// Merges <paramref name="mentions"/> (every event mention of the store) and compares <paramref name="claims"/>
    /// (every claim, in document order): the same result as <see cref="Run(IReadOnlyList{DocumentExtraction})"/>
    /// over the documents that hold them, without needing their text, entities or times.
    /// </summary>
    public MergeResult Run(IReadOnlyList<EventMention> mentions, IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(claims);
        var (events, eventOf) = Merge(mentions);
        var claimEvents = new Dictionary<string, string>(StringComparer.Ordinal);
        var linked = new List<(Claim, string?)>(claims.Count);
        foreach (var claim in claims)
        {
            string? eventId = null;
            if (claim.EventKey is not null && eventOf.TryGetValue((claim.DocumentId, claim.EventKey), out var id))
            {
                eventId = id;
                claimEvents[claim.Id] = id;
            }

            linked.Add((claim, eventId));
        }

        return new MergeResult(events, _contradictions.Find(events, linked), claimEvents);
    }

    /// <summary>
    /// The merger's events, computed group by group (<see cref="MergeGroups"/>): the merger compares each mention
    /// with every event so far, which over a whole store grows with the square of its size.
    /// </summary>
    private (List<Event> Events, Dictionary<(string Doc, string Key), string> EventOf) Merge(IReadOnlyList<EventMention> mentions)
    {
        var (ordered, groups) = MergeGroups.Split(mentions);
        var rankOf = new Dictionary<(string Doc, string Key), int>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            if (!rankOf.TryAdd((ordered[i].DocumentId, ordered[i].Key), i))
            {
                // Two mentions under one (document, key) cannot be told apart by rank: merge them all in one pass.
                return _merger.Merge(mentions);
            }
        }

        var merged = groups.Select(g => _merger.Merge(g.Select(i => ordered[i])));
        return MergeGroups.Combine(ordered, merged, rankOf);
    }
}
