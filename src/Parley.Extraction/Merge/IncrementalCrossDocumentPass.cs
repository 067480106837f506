using NodaTime;
using Parley.Merge;
using Parley.Model;
using Parley.Packs;
using Parley.Time;

namespace Parley.Extraction.Merge;

/// <summary>
/// The cross-document pass after an ingest, merging again only what the ingest touched: the store ends as
/// <see cref="WindowedCrossDocumentPass"/> (and one pass over everything) leaves it, at a cost that follows the
/// documents added, replaced or removed rather than the store.
/// </summary>
/// <remarks>
/// <para>What changed: every document stored, replaced or deleted leaves a change row (its own, and for each event
/// mention it held before, the mention's type, date and event), read here and cleared in the same transaction.</para>
/// <para>Events: mentions merge only within a group of one type whose dates chain together (<see cref="MergeGroups"/>).
/// The last pass stored, for each type, the blocks of days no group crosses. A changed mention can join or split only
/// the groups within a day of its days (a year or more: those sharing its start day), so the blocks it touches, with
/// it, hold every group it can touch, whole; those are read (one stretch of days each) and merged again, and the
/// blocks there replaced. The rest of the store stays as stored.</para>
/// <para>Ids: an id numbered "-2" depends on every event sharing its type and date prefix (its day, month or year),
/// and an undated one on every undated event of its stem; each such family an old or new event belongs to is
/// numbered again whole, and an untouched event that takes another number is written again too.</para>
/// <para>Contradictions: those about an event are found again for every event written and dropped for every event
/// replaced; those between claims (blame, answers) are found again from the claims that take part in them, which the
/// passes record as they judge each document.</para>
/// </remarks>
public sealed class IncrementalCrossDocumentPass(DomainPack pack)
{
    private readonly EventMerger _merger = new(place => pack.Find(place)?.In);
    private readonly ContradictionFinder _contradictions = new(pack.Words("blame_words"));
    private readonly string _fingerprint = StoredMerge.Fingerprint(pack);

    /// <summary>Documents read together for claims.</summary>
    public int DocumentPage { get; init; } = 500;

    /// <summary>The most mentions one stretch of days read (the pass's memory follows it).</summary>
    public int LargestWindow { get; private set; }

    /// <summary>Event mentions merged again by the last run.</summary>
    public int MergedMentions { get; private set; }

    /// <summary>Events written by the last run (new, changed or numbered again).</summary>
    public int WrittenEvents { get; private set; }

    /// <summary>True when <paramref name="source"/> was merged by this build with this pack, so only its changes need merging.</summary>
    public bool CanRun(IMergeSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.ReadMergeState(StoredMerge.FingerprintName) == _fingerprint;
    }

    /// <summary>
    /// Merges what changed in <paramref name="source"/> since its last pass and writes the results back; returns the
    /// number of events stored, or null (nothing written) when the store needs the full pass (see <see cref="CanRun"/>).
    /// </summary>
    public int? Run(IMergeSource source)
    {
        if (!CanRun(source))
        {
            return null;
        }

        var changes = source.ReadChanges();
        if (changes.Count == 0)
        {
            return source.CountEvents();
        }

        var documents = changes.Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var current = source.ReadDocumentEventMentions(documents);
        // Events that lost an account: they change, and the families of their ids are numbered again.
        var lost = changes.Where(c => c.EventId is not null).Select(c => c.EventId!).ToHashSet(StringComparer.Ordinal);
        var lostEvents = source.ReadEvents(lost, withAccounts: false);

        var work = new Work(lost);
        MergeDated(source, changes, current, lostEvents, work);
        MergeUndated(source, current, lostEvents, work);
        work.Touched.UnionWith(lost);

        var found = new ContradictionSet();
        WrittenEvents = StoredMerge.Write(source, work.Changed, _contradictions, found);
        var dropped = work.Touched.Concat(work.Changed.Select(e => e.Id)).Distinct(StringComparer.Ordinal).SelectMany(ContradictionFinder.AboutEventIds).ToList();
        source.UpdateContradictions(dropped, found);
        source.RemoveUnlinkedEvents(work.Touched);

        BetweenClaims(source, documents);
        source.ClearChanges([.. changes.Select(c => c.Seq)]);
        return source.CountEvents();
    }

    /// <summary>What the run found to write: events changed or numbered again, and the stored ids they replace.</summary>
    private sealed class Work(HashSet<string> lost)
    {
        /// <summary>Stored events that lost an account to a deleted document.</summary>
        public HashSet<string> Lost { get; } = lost;

        public List<Event> Changed { get; } = [];

        public HashSet<string> Touched { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>A family of ids that can clash: one type and one date prefix (a day, a month or a year).</summary>
    private readonly record struct Family(EventType Type, DatePrecision Precision, LocalDate From, LocalDate To);

    private static Family FamilyOf(EventType type, DateRange date) => date.Precision switch
    {
        DatePrecision.Day => new(type, DatePrecision.Day, date.Earliest, date.Earliest),
        DatePrecision.Month => new(type, DatePrecision.Month, date.Earliest.With(DateAdjusters.StartOfMonth), date.Earliest.With(DateAdjusters.EndOfMonth)),
        _ => new(type, DatePrecision.Year, new LocalDate(date.Earliest.Year, 1, 1), new LocalDate(date.Earliest.Year, 12, 31)),
    };

    private static (string Doc, string Key) KeyOf(EventMention m) => (m.DocumentId, m.Key);

    /// <summary>The days a changed mention can reach a group through: a day either side, or its start day for a year or more.</summary>
    private static (LocalDate First, LocalDate Last) Reach(DateRange date, bool broad) =>
        broad ? (date.Earliest, date.Earliest) : (date.Earliest.PlusDays(-1), date.Latest.PlusDays(1));

    private void MergeDated(IMergeSource source, IReadOnlyList<MergeChange> changes, IReadOnlyList<EventMention> current, IReadOnlyList<Event> lostEvents, Work work)
    {
        var reached = new Dictionary<EventType, List<(LocalDate First, LocalDate Last)>>();
        void Add(EventType type, DateRange date, bool broad)
        {
            if (!reached.TryGetValue(type, out var list))
            {
                reached[type] = list = [];
            }

            list.Add(Reach(date, broad));
        }

        // A document's dated mentions by type, in the order read: a broad mention looks only at its own document's.
        var sameDocument = current.Where(n => n.Date is not null).ToLookup(n => (n.DocumentId, n.Type));
        foreach (var m in current.Where(m => m.Date is not null))
        {
            Add(m.Type, m.Date!.Value, MergeGroups.IsBroad(m));
            if (MergeGroups.MayRestate(m))
            {
                // A year or more shares a group with the mentions of its document inside it (it may restate one).
                var range = m.Date.Value;
                var inside = sameDocument[(m.DocumentId, m.Type)].Where(n => !ReferenceEquals(n, m) && n.Date is { } d &&
                    range.Earliest <= d.Earliest && d.Latest <= range.Latest);
                foreach (var n in inside)
                {
                    reached[m.Type].Add((range.Earliest, n.Date!.Value.Latest));
                }
            }
        }

        foreach (var c in changes.Where(c => c.Type is not null && c.Date is not null))
        {
            Add(c.Type!.Value, c.Date!.Value, EventMerger.IsBroad(c.Date.Value));
        }

        // Merged again: every group in the stretches of days the changes reach, with the blocks there.
        var merged = new List<Event>();
        var remerged = new HashSet<(string Doc, string Key)>();
        foreach (var (type, stretches) in reached.OrderBy(r => r.Key))
        {
            var pieces = StoredMerge.Union(stretches);
            var blocks = pieces.SelectMany(p => source.ReadBlocks(type, p.First, p.Last));
            foreach (var (from, to) in StoredMerge.Union(pieces.Concat(blocks)))
            {
                var mentions = source.ReadEventMentions(type, from, to);
                LargestWindow = Math.Max(LargestWindow, mentions.Count);
                MergedMentions += mentions.Count;
                var (ordered, groups) = MergeGroups.Split(mentions);
                var segments = new List<(LocalDate First, LocalDate Last)>(groups.Count);
                foreach (var group in groups)
                {
                    var members = group.Select(i => ordered[i]).ToList();
                    segments.Add(StoredMerge.Segment(members));
                    merged.AddRange(_merger.Merge(members).Events);
                }

                remerged.UnionWith(mentions.Select(KeyOf));
                source.ReplaceBlocks(type, from, to, StoredMerge.Union(segments));
            }
        }

        var before = source.ReadEventLinks(remerged);
        // How many of the re-merged mentions each stored event holds: all of its accounts (an event lies in one group).
        var held = before.Values.GroupBy(id => id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var families = new HashSet<Family>();
        foreach (var e in merged)
        {
            families.Add(FamilyOf(e.Type, e.Date!.Value));
        }

        foreach (var e in source.ReadEvents(held.Keys, withAccounts: false).Concat(lostEvents).Where(e => e.Date is not null))
        {
            families.Add(FamilyOf(e.Type, e.Date!.Value));
        }

        var mergedByFamily = merged.GroupBy(e => FamilyOf(e.Type, e.Date!.Value)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var family in families.OrderBy(f => f.Type).ThenBy(f => f.From).ThenBy(f => f.Precision))
        {
            // The family's stored events outside what was merged again (an event lies in one block: merged again
            // whole or not at all) keep their accounts; their ids may move.
            var outside = source.ReadDatedEvents(family.Type, family.From, family.To)
                .Where(e => FamilyOf(e.Type, e.Date!.Value) == family && !held.ContainsKey(e.Id) && !work.Lost.Contains(e.Id))
                .Select(e => e.Id).ToList();
            var kept = source.ReadEvents(outside, withAccounts: true).Where(e => e.Mentions.Count > 0).ToList();
            var keptIds = kept.Select(e => e.Id).ToList();
            var keptOf = new Dictionary<(string Doc, string Key), string>();
            for (var i = 0; i < kept.Count; i++)
            {
                foreach (var m in kept[i].Mentions)
                {
                    keptOf[KeyOf(m)] = keptIds[i];
                }
            }

            foreach (var e in WindowedCrossDocumentPass.Numbered(kept.Concat(mergedByFamily.GetValueOrDefault(family) ?? [])))
            {
                var first = KeyOf(e.Mentions[0]);
                if (keptOf.TryGetValue(first, out var keptId))
                {
                    if (keptId != e.Id)
                    {
                        // Numbered again: written under its new id, the old one dropped.
                        work.Changed.Add(e);
                        work.Touched.Add(keptId);
                    }

                    continue;
                }

                // Merged again: unchanged when one stored event, of the same id and not short of an account, held exactly these.
                var olds = e.Mentions.Select(m => before.GetValueOrDefault(KeyOf(m))).Distinct().ToList();
                if (olds is [{ } old] && old == e.Id && held[old] == e.Mentions.Count && !work.Lost.Contains(old))
                {
                    continue;
                }

                work.Changed.Add(e);
                work.Touched.UnionWith(olds.OfType<string>());
            }
        }
    }

    /// <summary>The id stem of an undated event: its type and its place or first party (<see cref="MergeGroups.BaseId(Event, EventMention)"/>).</summary>
    private static string StemOf(Event e) => MergeGroups.BaseId(e, [.. e.Mentions.Take(1).DefaultIfEmpty(new EventMention
    {
        Key = "", DocumentId = "", Type = e.Type, Actors = e.Actors, Targets = e.Targets, Span = default, Quote = "", Trigger = "",
    })]);

    private void MergeUndated(IMergeSource source, IReadOnlyList<EventMention> current, IReadOnlyList<Event> lostEvents, Work work)
    {
        var fresh = current.Where(m => m.Date is null).Select(m => _merger.Merge([m]).Events[0]).ToList();
        var stems = fresh.Concat(lostEvents.Where(e => e.Date is null)).Select(e => (e.Type, Stem: StemOf(e))).Distinct().OrderBy(s => s.Type).ThenBy(s => s.Stem, StringComparer.Ordinal);
        foreach (var (type, stem) in stems)
        {
            // Every undated mention of the stem: those stored events hold and those of the changed documents.
            var stored = source.ReadUndatedEvents(type, stem).Where(e => StemOf(e) == stem).ToList();
            var storedOf = stored.SelectMany(e => e.Mentions.Select(m => (Key: KeyOf(m), e.Id))).ToDictionary(x => x.Key, x => x.Id);
            var wanted = storedOf.Keys.Concat(fresh.Where(e => e.Type == type && StemOf(e) == stem).Select(e => KeyOf(e.Mentions[0]))).ToHashSet();
            var mentions = source.ReadUndatedEventMentions([.. wanted.Select(k => k.Doc).Distinct(StringComparer.Ordinal)])
                .Where(m => wanted.Contains(KeyOf(m)))
                // Within a document by position, ties in document order (a stable sort), as the full pass numbers them.
                .GroupBy(m => m.DocumentId, StringComparer.Ordinal).SelectMany(d => d.OrderBy(m => m.Span.Start));
            var n = 0;
            foreach (var m in mentions)
            {
                n++;
                var e = _merger.Merge([m]).Events[0] with { Id = n == 1 ? stem : $"{stem}-{n}" };
                var old = storedOf.GetValueOrDefault(KeyOf(m));
                if (old == e.Id && !work.Lost.Contains(old))
                {
                    continue;
                }

                work.Changed.Add(e);
                if (old is not null)
                {
                    work.Touched.Add(old);
                }
            }
        }
    }

    /// <summary>
    /// Blame and answers, found again from the claims that take part (the changed documents judged first), beside the
    /// contradictions about their events (a pair one of those sets side by side is not answered again).
    /// </summary>
    private void BetweenClaims(IMergeSource source, List<string> documents)
    {
        for (var start = 0; start < documents.Count; start += DocumentPage)
        {
            var page = documents.GetRange(start, Math.Min(DocumentPage, documents.Count - start));
            StoredMerge.RecordBetweenClaims(source, page, source.ReadClaims(page), _contradictions);
        }

        var claims = source.ReadBetweenClaims();
        var events = claims.Where(c => c.EventId is not null).Select(c => c.EventId!).ToHashSet(StringComparer.Ordinal);
        var stored = source.ReadContradictions([ContradictionAttribute.Responsibility, ContradictionAttribute.Occurred], events);
        var found = new ContradictionSet();
        found.AddRange(stored.Where(x => !ContradictionFinder.IsBetweenClaims(x) && x.EventId is not null && events.Contains(x.EventId)));
        var aboutEvents = found.Count;
        _contradictions.FindBetweenClaims([.. claims.Select(c => (c, c.EventId))], found);
        source.UpdateContradictions([.. stored.Where(ContradictionFinder.IsBetweenClaims).Select(x => x.Id)], found.GetRange(aboutEvents, found.Count - aboutEvents));
    }
}
