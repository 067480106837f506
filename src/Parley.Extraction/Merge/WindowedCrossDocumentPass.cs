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
/// <para>Contradictions about an event are found and stored as its event is written, and let go (only their ids and
/// the answered pairs they name are kept: see <see cref="ContradictionSet.Release"/>); those between claims (blame,
/// answers) from a final read of the claims that take part in them. The stored ones no longer found are removed last.</para>
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

    /// <summary>
    /// The most mentions a window holds, as far as the days allow (a window reads whole days), and so the longest
    /// chain (<see cref="MergeGroups"/>) merged in one piece. A longer chain, or one that reading its next day would take
    /// past the cap, is cut by day: its mentions starting by the window's last day are merged, the events that may
    /// still take a later mention (every member but broad ones reaching that day) go back, as mentions, into the next
    /// window, and the rest are final. The one place where the pass may differ from <see cref="CrossDocumentPass"/>:
    /// over a whole chain the merger takes a later day's single-day mention before an earlier longer one, and its
    /// first-fit choice can then differ.
    /// </summary>
    public int ChainCap { get; init; } = 50_000;

    /// <summary>Chains longer than <see cref="ChainCap"/> that the last run cut, counting each cut.</summary>
    public int ChainCuts { get; private set; }

    /// <summary>Documents read together for the undated mentions and the claims.</summary>
    public int DocumentPage { get; init; } = 500;

    /// <summary>The most mentions one window read (the pass's memory follows it).</summary>
    public int LargestWindow { get; private set; }

    /// <summary>
    /// The most merged mentions the last run held at once in events waiting for their ids (an event is numbered once
    /// every event whose id may clash with it is merged: by the end of its day, month or year).
    /// </summary>
    public int MostWaiting { get; private set; }

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
        // Only their numbers are kept, as runs of consecutive numbers: a first ingest of a big folder is one run, not a
        // change a document.
        var changes = source.ReadChangeRuns();
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
        Store(source, found);
        source.RemoveContradictionsExcept(found.IdsTaken);
        _clock.Stop("contradictions");
        source.ClearChangeRuns(changes);
        source.WriteMergeState(StoredMerge.FingerprintName, _fingerprint);
        return events;
    }

    /// <summary>
    /// An event merged but not yet numbered: its members in the merger's order, as mentions while the events waiting
    /// hold fewer than <see cref="ChainCap"/>, otherwise as their keys (document id, key), read back when it is written
    /// (so however many events wait for their ids, they hold at most that many mentions); what its numbering reads
    /// (see <see cref="Numbering"/>); the day, month or year its id names (<see cref="IdPrefix"/>); and the day after which
    /// no mention still unread can clash with it.
    /// </summary>
    private sealed record Unnumbered(List<EventMention>? Members, MemberKey[]? Keys, Numbering Numbering, IdPrefix Prefix, LocalDate SettledAfter);

    /// <summary>
    /// The day, month or year an event's id begins with (a range of days, and anything broader than a month, is named by
    /// its first year): events of one type whose ids may clash share it.
    /// </summary>
    private readonly record struct IdPrefix(DatePrecision Precision, LocalDate From)
    {
        public static IdPrefix Of(DateRange date) => date.Precision switch
        {
            DatePrecision.Day => new(DatePrecision.Day, date.Earliest),
            DatePrecision.Month => new(DatePrecision.Month, date.Earliest.With(DateAdjusters.StartOfMonth)),
            _ => YearOf(date.Earliest),
        };

        public static IdPrefix YearOf(LocalDate day) => new(DatePrecision.Year, new LocalDate(day.Year, 1, 1));
    }

    /// <summary>Where a mention comes in the merger's order: its date's length in days, its document and its position.</summary>
    private readonly record struct MergerPlace(int Length, string Document, int Start)
    {
        public static MergerPlace Of(EventMention m) => new(m.Date?.LengthInDays ?? int.MaxValue, m.DocumentId, m.Span.Start);
    }

    /// <summary>
    /// What numbering reads of an event: the id before numbering, where its first mention in the merger's order comes,
    /// that mention's place among the event's mentions, and how many it has.
    /// </summary>
    private readonly record struct Numbering(string BaseId, MergerPlace First, int FirstAt, int Count)
    {
        public static Numbering Of(Event e)
        {
            var first = 0;
            var place = MergerPlace.Of(e.Mentions[0]);
            for (var i = 1; i < e.Mentions.Count; i++)
            {
                var next = MergerPlace.Of(e.Mentions[i]);
                if (InMergerOrder(next, i, place, first) < 0)
                {
                    (place, first) = (next, i);
                }
            }

            return new Numbering(MergeGroups.BaseId(e, e.Mentions[first]), place, first, e.Mentions.Count);
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
        var waitingMentions = 0;
        // Of which held as mentions, not keys.
        var heldMentions = 0;
        var written = 0;
        // Every mention not yet merged starts after `before`; every mention starting by `readUntil` has been read.
        var before = first.PlusDays(-1);
        var readUntil = before;
        var days = Math.Max(1, FirstWindowDays);
        // Set when reading even the next day a mention starts on would take the window past ChainCap: the window's
        // open chains are cut where they are, with nothing more read.
        var cutNow = false;
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
            // Groups still open, kept as they are (lists of indexes): a long chain is not copied while it grows; and
            // the events of cut chains that go on with the next window.
            var openGroups = new List<List<int>>();
            var openEvents = new List<List<EventMention>>();
            var closed = 0;
            foreach (var group in groups)
            {
                // A broad member that restates nothing reaches no later start day: a range of years (by its days) does
                // not hold its group, and the events waiting for their ids behind it, open for years.
                var last = group.Max(i => MergeGroups.Reach(ordered[i]));
                if (last >= until && group.Count < ChainCap && !cutNow)
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
                var cut = last >= until;
                ChainCuts += cut ? 1 : 0;
                foreach (var gathered in _merger.GatherEvents(members))
                {
                    if (cut && MayGrowAfter(gathered, until))
                    {
                        // A piece of a chain too long to merge whole: this event's members go on with the next window.
                        var start = gathered.Min(m => m.Date!.Value.Earliest);
                        open = open is null || start < open ? start : open;
                        openEvents.Add(gathered);
                        continue;
                    }

                    // Built here only for what numbering and settling read; built again when written.
                    var e = EventMerger.BuildEvent(gathered);
                    var hold = heldMentions + gathered.Count <= ChainCap;
                    waiting.Add(hold
                        ? new Unnumbered(gathered, null, Numbering.Of(e), IdPrefix.Of(e.Date!.Value), SettledAfter(e.Date!.Value))
                        : new Unnumbered(null, [.. gathered.Select(MemberKey.Of)], Numbering.Of(e), IdPrefix.Of(e.Date!.Value), SettledAfter(e.Date!.Value)));
                    waitingMentions += gathered.Count;
                    heldMentions += hold ? gathered.Count : 0;
                }

                _clock.Stop("merge");
            }

            cutNow = false;
            if (closed == 0 && window.Count > 0)
            {
                // One group spans the whole window: widen it until the group ends inside (or is long enough to cut),
                // at least to the next day a mention starts on or, with none before it, past the groups' end: a window
                // that reads nothing new would only split the same mentions again.
                carried = window;
                var end = ordered.Max(MergeGroups.Reach).PlusDays(1);
                var reach = source.NextMentionStart(type, until) is { } start && start < end ? start : end;
                if (window.Count + source.CountEventMentions(type, until.PlusDays(1), reach) > ChainCap)
                {
                    cutNow = true;
                    days = Period.DaysBetween(before, until);
                    continue;
                }

                var least = Period.DaysBetween(before, reach);
                days = Fitted(source, type, before, until, Math.Max(Widened(days, window.Count), least), least, window.Count);
                continue;
            }

            var stillOpen = new HashSet<EventMention>(openGroups.SelectMany(g => g.Select(i => ordered[i])).Concat(openEvents.SelectMany(e => e)), ReferenceEqualityComparer.Instance);
            carried = stillOpen.Count == 0 ? [] : [.. window.Where(w => stillOpen.Contains(w.Mention))];
            var unread = source.NextMentionStart(type, until);
            var next = unread;
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
                days = Widened(days, window.Count);
            }
            else
            {
                days = window.Count > WindowMentions && days > 1 ? days / 2 : window.Count < WindowMentions / 4 ? Math.Min(Widened(days, window.Count), 3660) : days;
            }

            before = nextBefore;
            // A window reaches past the days already read: the carried groups reach their end.
            if (before.PlusDays(days) <= readUntil)
            {
                days += Period.DaysBetween(before, readUntil);
            }

            days = Fitted(source, type, before, readUntil, days, Math.Max(1, Period.DaysBetween(before, readUntil) + 1), carried.Count);

            // Events no event still to come can clash with are complete: number and write them. An event still to come
            // holds a mention not yet read (starting on the next unread day or later, so its id names that day or a later
            // one) or one carried in an open group; its id then names the carried mention's own day, month or year, or
            // (spanning days from it) its year. So an open group (a year by its wording stays open to its last day, for
            // the mentions of its document it may restate) holds back only the events whose ids may name what it holds,
            // not every event after its first day.
            MostWaiting = Math.Max(MostWaiting, waitingMentions);
            var readAll = unread?.PlusDays(-1) ?? LocalDate.MaxIsoValue;
            var stillNamed = carried.SelectMany(c => new[] { IdPrefix.Of(c.Mention.Date!.Value), IdPrefix.YearOf(c.Mention.Date!.Value.Earliest) }).ToHashSet();
            bool Settled(Unnumbered u) => u.SettledAfter <= readAll && !stillNamed.Contains(u.Prefix);
            var settled = waiting.Where(Settled).ToList();
            if (settled.Count > 0)
            {
                waiting.RemoveAll(Settled);
                waitingMentions -= settled.Sum(u => u.Numbering.Count);
                heldMentions -= settled.Sum(u => u.Members?.Count ?? 0);
                written += WriteNumbered(source, settled, found);
            }
        }

        MostWaiting = Math.Max(MostWaiting, waitingMentions);
        return written + WriteNumbered(source, waiting, found);
    }

    /// <summary>
    /// Whether an event of a chain cut after <paramref name="until"/> may still take a mention starting later: every
    /// member but the broad ones (a year or more, which take only their own range or start day, or go with a mention
    /// they restate) reaches that day, since a member must overlap a newcomer's days or lie a day from them.
    /// </summary>
    private static bool MayGrowAfter(List<EventMention> members, LocalDate until)
    {
        var narrow = false;
        foreach (var m in members)
        {
            if (MergeGroups.IsBroad(m))
            {
                continue;
            }

            if (m.Date!.Value.Latest < until)
            {
                return false;
            }

            narrow = true;
        }

        return narrow;
    }

    /// <summary>
    /// The days of a window widened because one group spans it: doubled, but by the mentions a day held so far no
    /// further than about <see cref="ChainCap"/> mentions, so a long chain is read in pieces it can be cut into.
    /// </summary>
    private int Widened(int days, int mentions)
    {
        if (mentions * 2L <= ChainCap)
        {
            return days * 2;
        }

        return days + Math.Max(1, (int)((long)days * Math.Max(0, ChainCap - mentions) / mentions));
    }

    /// <summary>
    /// <paramref name="days"/> for the window after <paramref name="before"/>, or fewer (down to <paramref name="least"/>)
    /// so that the <paramref name="carried"/> mentions and those it reads after <paramref name="readUntil"/> stay within
    /// <see cref="ChainCap"/>, as far as the store's count of mentions a day allows.
    /// </summary>
    private int Fitted(IMergeSource source, EventType type, LocalDate before, LocalDate readUntil, int days, int least, int carried)
    {
        var from = (readUntil > before ? readUntil : before).PlusDays(1);
        bool Fits(int d) => carried + source.CountEventMentions(type, from, before.PlusDays(d)) <= ChainCap;
        if (days <= least || Fits(days))
        {
            return Math.Max(days, least);
        }

        var (low, high) = (least, days);
        while (high - low > 1)
        {
            var mid = low + ((high - low) / 2);
            (low, high) = Fits(mid) ? (mid, high) : (low, mid);
        }

        return low;
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
    private static int InMergerOrder(MergerPlace a, int aIndex, MergerPlace b, int bIndex)
    {
        var byLength = a.Length.CompareTo(b.Length);
        if (byLength != 0)
        {
            return byLength;
        }

        var byDocument = string.CompareOrdinal(a.Document, b.Document);
        if (byDocument != 0)
        {
            return byDocument;
        }

        var byPosition = a.Start.CompareTo(b.Start);
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
    /// built from its members (read back by key where only their keys were kept) only for its part: the events, claims
    /// read back and rows written for a long chain are never held at once. An event of more mentions than a part is
    /// written alone, in parts of that many (<see cref="StoredMerge.WriteInParts"/>).
    /// </summary>
    private int WriteNumbered(IMergeSource source, List<Unnumbered> events, ContradictionSet found)
    {
        var written = 0;
        var part = new List<(Unnumbered Event, string Id)>();
        var mentions = 0;
        foreach (var (i, id) in NumberingOrder([.. events.Select(u => u.Numbering)]))
        {
            if (part.Count > 0 && mentions + events[i].Numbering.Count > WriteMentions)
            {
                written += Write(source, Built(source, part), found);
                part = [];
                mentions = 0;
            }

            if (events[i].Numbering.Count > WriteMentions)
            {
                WriteInParts(source, events[i], id, found);
                written++;
                continue;
            }

            part.Add((events[i], id));
            mentions += events[i].Numbering.Count;
        }

        return written + Write(source, Built(source, part), found);
    }

    /// <summary>The events of one part, each built from its members as the store holds them, in the merger's order.</summary>
    private List<Event> Built(IMergeSource source, List<(Unnumbered Event, string Id)> part)
    {
        if (part.Count == 0)
        {
            return [];
        }

        _clock.Start();
        var keys = part.SelectMany(p => p.Event.Keys ?? []).Select(k => (k.Doc, k.Key)).ToList();
        var byKey = keys.Count == 0 ? [] : source.ReadEventMentionsByKey(keys).ToDictionary(m => (m.DocumentId, m.Key));
        _clock.Stop("read back");
        return [.. part.Select(p => EventMerger.BuildEvent(p.Event.Members ?? [.. p.Event.Keys!.Select(k => byKey[(k.Doc, k.Key)])]) with { Id = p.Id })];
    }

    /// <summary>Writes one event of more mentions than a part, a part at a time, its members read back by key where only their keys were kept.</summary>
    private void WriteInParts(IMergeSource source, Unnumbered u, string id, ContradictionSet found)
    {
        _clock.Start();
        var keys = u.Keys ?? [.. u.Members!.Select(MemberKey.Of)];
        List<EventMention> Members(int[] places)
        {
            if (u.Members is { } members)
            {
                return [.. places.Select(i => members[i])];
            }

            var read = source.ReadEventMentionsByKey([.. places.Select(i => (keys[i].Doc, keys[i].Key))]).ToDictionary(m => (m.DocumentId, m.Key));
            return [.. places.Select(i => read[(keys[i].Doc, keys[i].Key)])];
        }

        StoredMerge.WriteInParts(source, id, keys, Members, WriteMentions, found, _noneStored);
        Store(source, found);
        _clock.Stop("write");
    }

    /// <summary>Writes numbered events, links their claims to them and finds the contradictions about them.</summary>
    private int Write(IMergeSource source, List<Event> events, ContradictionSet found)
    {
        _clock.Start();
        var written = StoredMerge.Write(source, events, _contradictions, found, _noneStored);
        Store(source, found);
        _clock.Stop("write");
        return written;
    }

    /// <summary>
    /// Stores the contradictions found since the last call and lets them go: a contradiction about an event is final once
    /// its event is written, so the pass holds none of them until it ends (an event's "occurred" dispute can name every
    /// claim about it).
    /// </summary>
    private static void Store(IMergeSource source, ContradictionSet found)
    {
        if (found.Count > 0)
        {
            source.UpdateContradictions([], found);
            found.Release();
        }
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
            // Held until every page is read, so without their quotes (Lean).
            kept.AddRange(StoredMerge.RecordBetweenClaims(source, page, source.ReadClaims(page), _contradictions).Select(c => (_contradictions.Lean(c), c.EventId)));
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
