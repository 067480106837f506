using System.Security.Cryptography;
using System.Text;
using NodaTime;
using Parley.Merge;
using Parley.Model;
using Parley.Packs;

namespace Parley.Extraction.Merge;

/// <summary>
/// What the full (<see cref="WindowedCrossDocumentPass"/>) and the incremental (<see cref="IncrementalCrossDocumentPass"/>)
/// pass share over a store: writing merged events with their claims' links and contradictions, the blocks of days no
/// merge group crosses, the claims the contradictions between claims look at, and what the merge was made with.
/// </summary>
internal static class StoredMerge
{
    /// <summary>The merge state entry holding <see cref="Fingerprint"/>.</summary>
    public const string FingerprintName = "fingerprint";

    /// <summary>
    /// What a stored merge depends on besides the mentions and claims: this build of the merge code and the pack's
    /// place nesting and blame words. A store merged with another is merged again in full.
    /// </summary>
    public static string Fingerprint(DomainPack pack)
    {
        var text = new StringBuilder();
        text.Append(typeof(EventMerger).Assembly.ManifestModule.ModuleVersionId).Append('\n');
        foreach (var word in pack.Words("blame_words").Order(StringComparer.Ordinal))
        {
            text.Append(word).Append('\n');
        }

        foreach (var entity in pack.Entities.Where(e => e.In is not null).OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            text.Append(entity.Id).Append('<').Append(entity.In).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>
    /// The days a merge group answers for: from its first start day to the last day of its narrower mentions (a year or
    /// more only joins others through its start day, see <see cref="MergeGroups"/>), so a change outside it, and more
    /// than a day from it, cannot touch the group.
    /// </summary>
    public static (LocalDate First, LocalDate Last) Segment(IEnumerable<EventMention> members)
    {
        LocalDate? first = null;
        LocalDate? last = null;
        foreach (var m in members)
        {
            var date = m.Date!.Value;
            var reach = MergeGroups.IsBroad(m) ? date.Earliest : date.Latest;
            first = first is null || date.Earliest < first ? date.Earliest : first;
            last = last is null || reach > last ? reach : last;
        }

        return (first!.Value, last!.Value);
    }

    /// <summary>Stretches of days joined where they share a day, in order.</summary>
    public static List<(LocalDate First, LocalDate Last)> Union(IEnumerable<(LocalDate First, LocalDate Last)> stretches)
    {
        var result = new List<(LocalDate First, LocalDate Last)>();
        foreach (var (first, last) in stretches.OrderBy(s => s.First))
        {
            if (result.Count > 0 && first <= result[^1].Last)
            {
                if (last > result[^1].Last)
                {
                    result[^1] = (result[^1].First, last);
                }

                continue;
            }

            result.Add((first, last));
        }

        return result;
    }

    /// <summary>
    /// Of one document's claims, those the contradictions between claims look at: they lay blame or answer another
    /// claim, or another claim of the document answers them.
    /// </summary>
    public static IEnumerable<Claim> BetweenClaims(IEnumerable<Claim> document, ContradictionFinder finder)
    {
        var claims = document.ToList();
        var answered = claims.Where(c => c.Stance == ClaimStance.Denies && c.Answers is not null).Select(c => c.Answers!).ToHashSet(StringComparer.Ordinal);
        return claims.Where(c => answered.Contains(c.Id) || finder.TakesPartBetweenClaims(c));
    }

    /// <summary>Records which claims of a page of documents the contradictions between claims look at; returns them.</summary>
    public static List<Claim> RecordBetweenClaims(IMergeSource source, IReadOnlyList<string> documents, IReadOnlyList<Claim> claims, ContradictionFinder finder)
    {
        var kept = claims.GroupBy(c => c.DocumentId, StringComparer.Ordinal).SelectMany(d => BetweenClaims(d, finder)).ToList();
        source.ReplaceBetweenClaims(documents, [.. kept.Select(c => (c.Id, c.DocumentId))]);
        return kept;
    }

    /// <summary>
    /// Writes one numbered event as <see cref="Write"/> does, but in parts of at most <paramref name="part"/> mentions
    /// or claims: its members are read (<paramref name="members"/> gives those of a list of their places) a part at a time
    /// to build it, then again in its order of accounts to store its links and look at their dates and counts; the
    /// claims about it are read back a page at a time to be linked and judged, and once more to name them in the
    /// contradictions it holds. Besides a part, only the members' keys are held, however many it has.
    /// </summary>
    /// <param name="source">The store.</param>
    /// <param name="id">The event's numbered id.</param>
    /// <param name="keys">Its members' keys and positions, in the merger's order.</param>
    /// <param name="members">The members at the places given, in that order.</param>
    /// <param name="part">The most mentions or claims read at once.</param>
    /// <param name="found">Where the contradictions go.</param>
    /// <param name="noneStored">As for <see cref="Write"/>: no stored event can hold any of its mentions.</param>
    public static void WriteInParts(IMergeSource source, string id, IReadOnlyList<MemberKey> keys, Func<int[], List<EventMention>> members, int part,
        ContradictionSet found, bool noneStored)
    {
        var builder = new EventBuilder();
        var inMergerOrder = Enumerable.Range(0, keys.Count).ToArray();
        foreach (var page in inMergerOrder.Chunk(part))
        {
            members(page).ForEach(builder.Add);
        }

        var e = builder.Build(new HashSet<string>(StringComparer.Ordinal)) with { Id = id };
        var replaced = new HashSet<string>(StringComparer.Ordinal);
        if (!noneStored)
        {
            foreach (var page in inMergerOrder.Chunk(part))
            {
                replaced.UnionWith(source.ReadEventLinks([.. page.Select(i => (keys[i].Doc, keys[i].Key))]).Values);
            }
        }

        // Its accounts' order, as the merger's Build gives it: by document, then position, ties in the merger's order.
        var inAccountOrder = inMergerOrder.ToArray();
        Array.Sort(inAccountOrder, (a, b) =>
        {
            var byDocument = string.CompareOrdinal(keys[a].Doc, keys[b].Doc);
            return byDocument != 0 ? byDocument : keys[a].Start != keys[b].Start ? keys[a].Start.CompareTo(keys[b].Start) : a.CompareTo(b);
        });
        var judged = new ContradictionFinder.AboutOneEvent(e);
        // Each part of links is read when the store takes it, and its mentions judged then.
        source.WriteEventInParts(replaced, e, inAccountOrder.Chunk(part).Select(page =>
        {
            var read = members(page);
            read.ForEach(judged.Observe);
            return (IReadOnlyList<(string Doc, string Key)>)[.. read.Select(m => (m.DocumentId, m.Key))];
        }));
        // The claims a page of its documents at a time (its accounts are in document order).
        var pages = DocumentPages(keys, inAccountOrder, part);
        foreach (var claims in pages.Select(documents => source.ReadEventClaimsIn(id, documents)))
        {
            foreach (var c in claims)
            {
                judged.Observe(c);
            }

            source.WriteClaimEvents([.. claims.Where(c => c.EventId != id).Select(c => new KeyValuePair<string, string?>(c.Id, id))]);
        }

        judged.Decide();
        if (judged.WantsClaims)
        {
            foreach (var c in pages.SelectMany(documents => source.ReadEventClaimsIn(id, documents)))
            {
                judged.Collect(c);
            }
        }

        if (judged.WantsMentions)
        {
            foreach (var i in inAccountOrder)
            {
                judged.Collect(keys[i].Doc, keys[i].Key);
            }
        }

        judged.AddTo(found);
    }

    /// <summary>The documents of an event's accounts (in their order) in pages of at least <paramref name="part"/> accounts, a document's all in one.</summary>
    private static List<List<string>> DocumentPages(IReadOnlyList<MemberKey> keys, int[] inAccountOrder, int part)
    {
        var pages = new List<List<string>> { new() };
        var accounts = 0;
        foreach (var i in inAccountOrder)
        {
            var page = pages[^1];
            if (page.Count > 0 && page[^1] == keys[i].Doc)
            {
                accounts++;
                continue;
            }

            if (accounts >= part)
            {
                pages.Add(page = []);
                accounts = 0;
            }

            page.Add(keys[i].Doc);
            accounts++;
        }

        return pages;
    }

    /// <summary>Writes numbered events, links their claims to them and finds the contradictions about them.</summary>
    /// <param name="source">The store.</param>
    /// <param name="events">The events, numbered.</param>
    /// <param name="finder">Finds the contradictions about them.</param>
    /// <param name="found">Where the contradictions go.</param>
    /// <param name="noneStored">
    /// True when no stored event can hold any of their mentions (a full pass over a store that held no event when it
    /// began merges each mention once): the links are then not looked up, which was a fifth of a fresh pass's writes.
    /// </param>
    public static int Write(IMergeSource source, List<Event> events, ContradictionFinder finder, ContradictionSet found, bool noneStored = false)
    {
        if (events.Count == 0)
        {
            return 0;
        }

        var before = noneStored
            ? new Dictionary<(string Doc, string Key), string>()
            : source.ReadEventLinks([.. events.SelectMany(e => e.Mentions.Select(m => (m.DocumentId, m.Key)))]);
        source.WriteEvents([.. before.Values.Distinct(StringComparer.Ordinal)], events);
        // Once written, the events' links are exactly their mentions (every event that held one of them was replaced), so
        // the claims about them are read through the links: only those claims, without their quotes, however many
        // documents the events' mentions come from.
        var linked = source.ReadEventClaims([.. events.Select(e => e.Id)]);
        finder.FindAboutEvents(events, [.. linked.Select(l => (l.Claim, (string?)l.EventId))], found);
        source.WriteClaimEvents([.. linked.Where(l => l.Claim.EventId != l.EventId).Select(l => new KeyValuePair<string, string?>(l.Claim.Id, l.EventId))]);
        return events.Count;
    }
}

/// <summary>An event member's document id, key and position: what writing the event in parts keeps of it.</summary>
/// <param name="Doc">The document.</param>
/// <param name="Key">The mention's key in it.</param>
/// <param name="Start">Where its quote starts (the event's accounts are in document order, then by position).</param>
internal readonly record struct MemberKey(string Doc, string Key, int Start)
{
    /// <summary>The key of <paramref name="m"/>.</summary>
    public static MemberKey Of(EventMention m) => new(m.DocumentId, m.Key, m.Span.Start);
}
