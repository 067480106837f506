using NodaTime;
using Parley.Merge;
using Parley.Model;
using Parley.Packs;
using Parley.Time;

namespace Parley.Extraction.Merge;

/// <summary>
/// The cross-document pass over a store too big to hold: the same events, ids, claim links and contradictions as
/// <see cref="CrossDocumentPass"/> over every mention and claim, computed from one window of the store at a time.
/// </summary>
/// <remarks>
/// <para>Events: mentions merge only within a group of one type whose dates chain together (<see cref="MergeGroups"/>),
/// and every mention a member can join overlaps the member's days widened by one. So each type is swept by start day:
/// a window reads the unmerged mentions starting up to some day and merges every group in it that ends before that
/// day (nothing outside the window can join such a group); a group reaching the window's edge waits for the next,
/// wider window. Memory is one window, however big the store.</para>
/// <para>Ids: the merger numbers clashing ids ("-2", "-3") in its order; clashing ids share their type and date
/// prefix (day, month or year), so an event is numbered once the sweep has passed the end of its prefix's day,
/// month or year, with every event that can clash with it at hand. Undated mentions merge with nothing and are
/// numbered in document order.</para>
/// <para>Contradictions about an event are found as its event is written; those between claims (blame, answers)
/// from a final read of the claims that take part in them.</para>
/// </remarks>
public sealed class WindowedCrossDocumentPass(DomainPack pack)
{
    private readonly EventMerger _merger = new(place => pack.Find(place)?.In);
    private readonly ContradictionFinder _contradictions = new(pack.Words("blame_words"));
    private readonly string _fingerprint = StoredMerge.Fingerprint(pack);

    /// <summary>Days the first window of a sweep spans; later ones widen or narrow to hold about <see cref="WindowMentions"/>.</summary>
    public int FirstWindowDays { get; init; } = 32;

    /// <summary>About how many mentions a window reads.</summary>
    public int WindowMentions { get; init; } = 4000;

    /// <summary>About how many mentions' events are written together (their claims are read back with them).</summary>
    public int WriteMentions { get; init; } = 4000;

    /// <summary>
    /// A window of at least this many mentions, bigger than any before it, is read into a compacted heap (the garbage
    /// of the windows before it, mostly large lists, collected and moved first).
    /// </summary>
    public int CompactFrom { get; init; } = 32_000;

    /// <summary>Documents read together for the undated mentions and the claims.</summary>
    public int DocumentPage { get; init; } = 500;

    /// <summary>The most mentions one window read (the pass's memory follows it).</summary>
    public int LargestWindow { get; private set; }

    /// <summary>Windows read by the last run.</summary>
    public int Windows { get; private set; }

    /// <summary>Dated mentions read by the last run, counting a mention read again by a later window each time.</summary>
    public long MentionsRead { get; private set; }

    /// <summary>Process CPU time of each part of the last run (read, split, merge, write, undated, between-claims).</summary>
    public IReadOnlyDictionary<string, TimeSpan> PartTimes => _clock.Parts;

    private readonly PartClock _clock = new();

    // Whether the store held no event when the run began.
    private bool _noneStored;

    /// <summary>Merges everything <paramref name="source"/> holds and writes the results back to it; returns the number of events.</summary>
    public int Run(IMergeSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        // The changes stored so far are all merged by this pass; those stored while it runs wait for the next.
        // Only their numbers are kept: one a document stored, so a first ingest of a big folder holds one each.
        var changes = source.ReadChanges().Select(c => c.Seq).ToList();
        // A store with no event yet (a first ingest): each mention is merged once, so none of them is linked already.
        _noneStored = source.CountEvents() == 0;
        var found = new ContradictionSet();
        var events = 0;
        foreach (var type in Enum.GetValues<EventType>())
        {
            var segments = new List<(LocalDate First, LocalDate Last)>();
            events += Sweep(source, type, found, segments);
            source.ReplaceBlocks(type, null, null, StoredMerge.Union(segments));
        }

        _clock.Start();
        events += Undated(source, found);
        source.RemoveUnlinked();
        _clock.Stop("undated");
        BetweenClaims(source, found);
        _clock.Stop("between-claims");
        source.ReplaceContradictions(found);
        _clock.Stop("contradictions");
        source.ClearChanges(changes);
        source.WriteMergeState(StoredMerge.FingerprintName, _fingerprint);
        return events;
    }

    /// <summary>
    /// An event merged but not yet numbered: its members in the merger's order (the event is built from them again when
    /// it is written, so a long chain's events are not all held at once), what its numbering reads (see
    /// <see cref="Numbering"/>), and the day after which no event can clash with it.
    /// </summary>
    private sealed record Unnumbered(List<EventMention> Members, Numbering Numbering, LocalDate SettledAfter);

    /// <summary>
    /// What numbering reads of an event: the id before numbering, its first mention in the merger's order, that
    /// mention's place among the event's mentions, and how many it has.
    /// </summary>
    private readonly record struct Numbering(string BaseId, EventMention First, int FirstAt, int Count)
    {
        public static Numbering Of(Event e)
        {
            EventMention? first = null;
            var at = 0;
            for (var i = 0; i < e.Mentions.Count; i++)
            {
                if (first is null || InMergerOrder(e.Mentions[i], i, first, at) < 0)
                {
                    (first, at) = (e.Mentions[i], i);
                }
            }

            return new Numbering(MergeGroups.BaseId(e, first!), first!, at, e.Mentions.Count);
        }
    }

    private int Sweep(IMergeSource source, EventType type, ContradictionSet found, List<(LocalDate First, LocalDate Last)> segments)
    {
        if (source.NextMentionStart(type, null) is not { } first)
        {
            return 0;
        }

        // The mentions of groups still open (they reach the last window's edge), in document order: the next window
        // takes them as they are and reads only the days after the last one read, so no mention is read twice.
        var carried = new List<(EventMention Mention, int Seq)>();
        var waiting = new List<Unnumbered>();
        var written = 0;
        // Every mention not yet merged starts after `before`; every mention starting by `readUntil` has been read.
        var before = first.PlusDays(-1);
        var readUntil = before;
        var days = Math.Max(1, FirstWindowDays);
        while (true)
        {
            var until = before.PlusDays(days);
            _clock.Start();
            var read = source.ReadEventMentionsWithSeq(type, (readUntil > before ? readUntil : before).PlusDays(1), until);
            _clock.Stop("read");
            readUntil = until;
            var window = InDocumentOrder(carried, read);
            if (window.Count > LargestWindow && window.Count >= CompactFrom)
            {
                // A window bigger than any before, read while the last one's lists (large objects, which the collector
                // does not move unless asked) are garbage: compact them away first, so the heap grows by one window.
                System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            }

            LargestWindow = Math.Max(LargestWindow, window.Count);
            Windows++;
            MentionsRead += read.Count;
            var (ordered, groups) = MergeGroups.Split(window.Select(w => w.Mention));
            _clock.Stop("split");
            LocalDate? open = null;
            // Groups still open, kept as they are (lists of indexes): a long chain is not copied while it grows.
            var openGroups = new List<List<int>>();
            var closed = 0;
            foreach (var group in groups)
            {
                var last = group.Max(i => ordered[i].Date!.Value.Latest);
                if (last >= until)
                {
                    // It may reach mentions starting after the window: merged in a later one.
                    var start = group.Min(i => ordered[i].Date!.Value.Earliest);
                    open = open is null || start < open ? start : open;
                    openGroups.Add(group);
                    continue;
                }

                closed++;
                var members = group.Select(i => ordered[i]).ToList();
                segments.Add(StoredMerge.Segment(members));
                _clock.Start();
                foreach (var gathered in _merger.GatherEvents(members))
                {
                    // Built here only for what numbering and settling read; built again when written.
                    var e = EventMerger.BuildEvent(gathered);
                    waiting.Add(new Unnumbered(gathered, Numbering.Of(e), SettledAfter(e.Date!.Value)));
                }

                _clock.Stop("merge");
            }

            if (closed == 0 && window.Count > 0)
            {
                // One group spans the whole window: widen it until the group ends inside.
                carried = window;
                days *= 2;
                continue;
            }

            var stillOpen = new HashSet<EventMention>(openGroups.SelectMany(g => g.Select(i => ordered[i])), ReferenceEqualityComparer.Instance);
            carried = stillOpen.Count == 0 ? [] : [.. window.Where(w => stillOpen.Contains(w.Mention))];
            var next = source.NextMentionStart(type, until);
            if (open is not null && (next is null || open < next))
            {
                next = open;
            }

            if (next is null)
            {
                break;
            }

            var nextBefore = next.Value.PlusDays(-1);
            if (nextBefore == before)
            {
                days *= 2;
            }
            else
            {
                days = window.Count > WindowMentions && days > 1 ? days / 2 : window.Count < WindowMentions / 4 ? Math.Min(days * 2, 3660) : days;
            }

            before = nextBefore;
            // A window reaches past the days already read: the carried groups reach their end.
            if (before.PlusDays(days) <= readUntil)
            {
                days += Period.DaysBetween(before, readUntil);
            }

            // Events whose clash peers all lie before the next mention's start are complete: number and write them.
            var settled = waiting.Where(u => u.SettledAfter <= before).ToList();
            if (settled.Count > 0)
            {
                waiting.RemoveAll(u => u.SettledAfter <= before);
                written += WriteNumbered(source, settled, found);
            }
        }

        return written + WriteNumbered(source, waiting, found);
    }

    /// <summary>
    /// Mentions carried from earlier windows and those just read, in the order one read of them all gives (document
    /// id, then the document's own order): the merger breaks ties by that order.
    /// </summary>
    private static List<(EventMention Mention, int Seq)> InDocumentOrder(List<(EventMention Mention, int Seq)> carried, IReadOnlyList<(EventMention Mention, int Seq)> read)
    {
        if (carried.Count == 0)
        {
            return [.. read];
        }

        var result = new List<(EventMention Mention, int Seq)>(carried.Count + read.Count);
        int i = 0, j = 0;
        while (i < carried.Count && j < read.Count)
        {
            var byDocument = string.CompareOrdinal(carried[i].Mention.DocumentId, read[j].Mention.DocumentId);
            result.Add(byDocument < 0 || (byDocument == 0 && carried[i].Seq < read[j].Seq) ? carried[i++] : read[j++]);
        }

        for (; i < carried.Count; i++)
        {
            result.Add(carried[i]);
        }

        for (; j < read.Count; j++)
        {
            result.Add(read[j]);
        }

        return result;
    }

    /// <summary>The last day of the day, month or year an event's id names: an event that may take the same id starts by then.</summary>
    private static LocalDate SettledAfter(DateRange date) => date.Precision switch
    {
        DatePrecision.Day => date.Earliest,
        DatePrecision.Month => date.Earliest.With(DateAdjusters.EndOfMonth),
        _ => new LocalDate(date.Earliest.Year, 12, 31),
    };

    /// <summary>
    /// Events given the ids one pass over every mention gives them (see <see cref="MergeGroups.Combine"/>): in the order
    /// of each event's first mention in the merger's order (shortest date, document id, position, then the order the
    /// mentions come in here), numbered "-2", "-3", … in that order where ids clash.
    /// </summary>
    /// <remarks>
    /// Only each event's first mention is kept, not a rank for every mention: a chain of a hundred thousand mentions
    /// is numbered at once. A (document, key) pair names one mention (the store's key), so this is the order a rank of
    /// every mention gives.
    /// </remarks>
    internal static List<Event> Numbered(IEnumerable<Event> events)
    {
        var list = events.ToList();
        var result = new List<Event>(list.Count);
        foreach (var (i, id) in NumberingOrder([.. list.Select(Numbering.Of)]))
        {
            result.Add(list[i] with { Id = id });
        }

        return result;
    }

    /// <summary>
    /// The events of <paramref name="events"/> (by their place in it) in the order <see cref="Numbered"/> gives, each
    /// with its numbered id; ties between first mentions go by the order the events' mentions come in here.
    /// </summary>
    private static List<(int Index, string Id)> NumberingOrder(List<Numbering> events)
    {
        var at = new int[events.Count];
        var index = 0;
        for (var i = 0; i < events.Count; i++)
        {
            at[i] = index + events[i].FirstAt;
            index += events[i].Count;
        }

        var order = Enumerable.Range(0, events.Count).ToArray();
        Array.Sort(order, (a, b) => InMergerOrder(events[a].First, at[a], events[b].First, at[b]));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        return [.. order.Select(i => (i, MergeGroups.Unique(events[i].BaseId, ids)))];
    }

    /// <summary>
    /// The merger's order (<see cref="MergeGroups.InMergerOrder"/>: shortest date, document id, position), ties by the
    /// order the mentions were given in; a comparison of two mentions, since only each event's first is ranked.
    /// </summary>
    private static int InMergerOrder(EventMention a, int aIndex, EventMention b, int bIndex)
    {
        var byLength = (a.Date?.LengthInDays ?? int.MaxValue).CompareTo(b.Date?.LengthInDays ?? int.MaxValue);
        if (byLength != 0)
        {
            return byLength;
        }

        var byDocument = string.CompareOrdinal(a.DocumentId, b.DocumentId);
        if (byDocument != 0)
        {
            return byDocument;
        }

        var byPosition = a.Span.Start.CompareTo(b.Span.Start);
        return byPosition != 0 ? byPosition : aIndex.CompareTo(bIndex);
    }

    /// <summary>Mentions without a date: an event each, numbered in the merger's order (document id, then position).</summary>
    private int Undated(IMergeSource source, ContradictionSet found)
    {
        var taken = new Dictionary<string, int>(StringComparer.Ordinal);
        var written = 0;
        string? after = null;
        while (source.ReadDocumentIds(after, DocumentPage) is { Count: > 0 } page)
        {
            after = page[^1];
            var events = new List<Event>();
            // Within a document by position, ties in document order (a stable sort).
            foreach (var m in source.ReadUndatedEventMentions(page).GroupBy(m => m.DocumentId).SelectMany(d => d.OrderBy(m => m.Span.Start)))
            {
                var e = _merger.Merge([m]).Events[0];
                var stem = MergeGroups.BaseId(e, [m]);
                var n = taken.GetValueOrDefault(stem) + 1;
                taken[stem] = n;
                events.Add(e with { Id = n == 1 ? stem : $"{stem}-{n}" });
            }

            written += Write(source, events, found);
        }

        return written;
    }

    /// <summary>
    /// Numbers events and writes them a part of at most <see cref="WriteMentions"/> mentions at a time, in order, each
    /// built from its members only for its part: the events, the claims read back and the rows written for a long
    /// chain are never held at once.
    /// </summary>
    private int WriteNumbered(IMergeSource source, List<Unnumbered> events, ContradictionSet found)
    {
        var written = 0;
        var part = new List<Event>();
        var mentions = 0;
        foreach (var (i, id) in NumberingOrder([.. events.Select(u => u.Numbering)]))
        {
            if (part.Count > 0 && mentions + events[i].Numbering.Count > WriteMentions)
            {
                written += Write(source, part, found);
                part = [];
                mentions = 0;
            }

            part.Add(EventMerger.BuildEvent(events[i].Members) with { Id = id });
            mentions += events[i].Numbering.Count;
        }

        return written + Write(source, part, found);
    }

    /// <summary>Writes numbered events, links their claims to them and finds the contradictions about them.</summary>
    private int Write(IMergeSource source, List<Event> events, ContradictionSet found)
    {
        _clock.Start();
        var written = StoredMerge.Write(source, events, _contradictions, found, _noneStored);
        _clock.Stop("write");
        return written;
    }

    /// <summary>Blame and answers: read page by page, keeping only the claims that take part (and those answered).</summary>
    private void BetweenClaims(IMergeSource source, ContradictionSet found)
    {
        var kept = new List<(Claim, string?)>();
        string? after = null;
        while (source.ReadDocumentIds(after, DocumentPage) is { Count: > 0 } page)
        {
            after = page[^1];
            // Recorded, so an incremental pass reads only these claims again.
            kept.AddRange(StoredMerge.RecordBetweenClaims(source, page, source.ReadClaims(page), _contradictions).Select(c => (c, c.EventId)));
        }

        _contradictions.FindBetweenClaims(kept, found);
    }

    /// <summary>Process CPU time spent in each part of a run: where the pass's time goes as the store grows.</summary>
    private sealed class PartClock
    {
        private readonly Dictionary<string, TimeSpan> _parts = new(StringComparer.Ordinal);
        private TimeSpan _since;

        public IReadOnlyDictionary<string, TimeSpan> Parts => _parts;

        /// <summary>Starts timing the next part.</summary>
        public void Start() => _since = Environment.CpuUsage.TotalTime;

        /// <summary>Adds the time since the last start or stop to <paramref name="part"/>, and starts the next.</summary>
        public void Stop(string part)
        {
            var now = Environment.CpuUsage.TotalTime;
            _parts[part] = _parts.GetValueOrDefault(part) + (now - _since);
            _since = now;
        }
    }
}
