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
    public MergeResult Run(IReadOnlyList<EventMention> mentions, IReadOnlyList<Claim> claims) => Run(mentions, claims, null);

    /// <summary>
    /// As <see cref="Run(IReadOnlyList{EventMention}, IReadOnlyList{Claim})"/>, merging again only what is new:
    /// <paramref name="previousEvents"/> gives, for each mention the last pass merged, the event it went to. A group
    /// of mentions that can share events (<see cref="MergeGroups"/>) whose mentions were all merged before, into
    /// events that hold nothing else, is rebuilt from that grouping instead of compared afresh; the result is the
    /// same as merging everything. Only valid when no merged mention has changed or gone since (a replaced document
    /// needs a full pass).
    /// </summary>
    public MergeResult Run(IReadOnlyList<EventMention> mentions, IReadOnlyList<Claim> claims,
        IReadOnlyDictionary<(string Doc, string Key), string>? previousEvents)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(claims);
        var (events, eventOf, regrouped) = Merge(mentions, previousEvents);
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

        return new MergeResult(events, _contradictions.Find(events, linked), claimEvents) { RegroupedMentions = regrouped };
    }

    /// <summary>
    /// The merger's events, computed group by group (<see cref="MergeGroups"/>): the merger compares each mention
    /// with every event so far, which over a whole store grows with the square of its size.
    /// </summary>
    private (List<Event> Events, Dictionary<(string Doc, string Key), string> EventOf, int Regrouped) Merge(
        IReadOnlyList<EventMention> mentions, IReadOnlyDictionary<(string Doc, string Key), string>? previousEvents)
    {
        var (ordered, groups) = MergeGroups.Split(mentions);
        var rankOf = new Dictionary<(string Doc, string Key), int>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            if (!rankOf.TryAdd((ordered[i].DocumentId, ordered[i].Key), i))
            {
                // Two mentions under one (document, key) cannot be told apart by rank: merge them all in one pass.
                var (all, allOf) = _merger.Merge(mentions);
                return (all, allOf, 0);
            }
        }

        // How many mentions each earlier event held: an event some of whose mentions lie outside a group (or are
        // gone) was not merged from that group alone.
        var previousSize = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in previousEvents?.Values ?? [])
        {
            previousSize[id] = previousSize.GetValueOrDefault(id) + 1;
        }

        var regrouped = 0;
        var merged = new List<(List<Event>, Dictionary<(string Doc, string Key), string>)>(groups.Count);
        foreach (var group in groups)
        {
            var members = group.Select(i => ordered[i]).ToList();
            if (previousEvents is not null && MergedBefore(members, previousEvents, previousSize))
            {
                merged.Add(_merger.Regroup(members, m => previousEvents[(m.DocumentId, m.Key)]));
                regrouped += members.Count;
            }
            else
            {
                merged.Add(_merger.Merge(members));
            }
        }

        var (events, eventOf) = MergeGroups.Combine(ordered, merged, rankOf);
        return (events, eventOf, regrouped);
    }

    /// <summary>True when every mention of a group went to an earlier event that held only mentions of this group.</summary>
    private static bool MergedBefore(List<EventMention> members, IReadOnlyDictionary<(string Doc, string Key), string> previousEvents,
        Dictionary<string, int> previousSize)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in members)
        {
            if (!previousEvents.TryGetValue((m.DocumentId, m.Key), out var id))
            {
                return false;
            }

            counts[id] = counts.GetValueOrDefault(id) + 1;
        }

        return counts.All(c => previousSize.GetValueOrDefault(c.Key) == c.Value);
    }
}
