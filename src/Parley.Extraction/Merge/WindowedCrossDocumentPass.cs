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

    /// <summary>Documents read together for the undated mentions and the claims.</summary>
    public int DocumentPage { get; init; } = 500;

    /// <summary>The most mentions one window read (the pass's memory follows it).</summary>
    public int LargestWindow { get; private set; }

    /// <summary>Merges everything <paramref name="source"/> holds and writes the results back to it; returns the number of events.</summary>
    public int Run(IMergeSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        // The changes stored so far are all merged by this pass; those stored while it runs wait for the next.
        var changes = source.ReadChanges();
        var found = new ContradictionSet();
        var events = 0;
        foreach (var type in Enum.GetValues<EventType>())
        {
            var segments = new List<(LocalDate First, LocalDate Last)>();
            events += Sweep(source, type, found, segments);
            source.ReplaceBlocks(type, null, null, StoredMerge.Union(segments));
        }

        events += Undated(source, found);
        source.RemoveUnlinked();
        BetweenClaims(source, found);
        source.ReplaceContradictions(found);
        source.ClearChanges([.. changes.Select(c => c.Seq)]);
        source.WriteMergeState(StoredMerge.FingerprintName, _fingerprint);
        return events;
    }

    /// <summary>An event merged but not yet numbered, with its mentions in the merger's order and the day after which no event can clash with it.</summary>
    private sealed record Unnumbered(Event Event, LocalDate SettledAfter);

    private int Sweep(IMergeSource source, EventType type, ContradictionSet found, List<(LocalDate First, LocalDate Last)> segments)
    {
        if (source.NextMentionStart(type, null) is not { } first)
        {
            return 0;
        }

        // Mentions already merged that a later window may read again (they start after its first day), with their last day.
        var merged = new Dictionary<(string Doc, string Key), LocalDate>();
        var waiting = new List<Unnumbered>();
        var written = 0;
        // Every mention not yet merged starts after `before`.
        var before = first.PlusDays(-1);
        var days = Math.Max(1, FirstWindowDays);
        while (true)
        {
            var until = before.PlusDays(days);
            var read = source.ReadEventMentions(type, before.PlusDays(1), until);
            LargestWindow = Math.Max(LargestWindow, read.Count);
            var fresh = read.Where(m => !merged.ContainsKey((m.DocumentId, m.Key))).ToList();
            var (ordered, groups) = MergeGroups.Split(fresh);
            LocalDate? open = null;
            var closed = 0;
            foreach (var group in groups)
            {
                var members = group.Select(i => ordered[i]).ToList();
                var last = members.Max(m => m.Date!.Value.Latest);
                if (last >= until)
                {
                    // It may reach mentions starting after the window: merged in a later one.
                    var start = members.Min(m => m.Date!.Value.Earliest);
                    open = open is null || start < open ? start : open;
                    continue;
                }

                closed++;
                segments.Add(StoredMerge.Segment(members));
                foreach (var e in _merger.Merge(members).Events)
                {
                    waiting.Add(new Unnumbered(e, SettledAfter(e.Date!.Value)));
                }

                foreach (var m in members)
                {
                    merged[(m.DocumentId, m.Key)] = m.Date!.Value.Latest;
                }
            }

            if (closed == 0 && fresh.Count > 0)
            {
                // One group spans the whole window: widen it until the group ends inside.
                days *= 2;
                continue;
            }

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
                days = read.Count > WindowMentions && days > 1 ? days / 2 : read.Count < WindowMentions / 4 ? Math.Min(days * 2, 3660) : days;
            }

            before = nextBefore;
            foreach (var key in merged.Where(p => p.Value < before).Select(p => p.Key).ToList())
            {
                merged.Remove(key);
            }

            // Events whose clash peers all lie before the next mention's start are complete: number and write them.
            var settled = waiting.Where(u => u.SettledAfter <= before).ToList();
            if (settled.Count > 0)
            {
                waiting.RemoveAll(u => u.SettledAfter <= before);
                written += Write(source, Numbered(settled.Select(u => u.Event)), found);
            }
        }

        return written + Write(source, Numbered(waiting.Select(u => u.Event)), found);
    }

    /// <summary>The last day of the day, month or year an event's id names: an event that may take the same id starts by then.</summary>
    private static LocalDate SettledAfter(DateRange date) => date.Precision switch
    {
        DatePrecision.Day => date.Earliest,
        DatePrecision.Month => date.Earliest.With(DateAdjusters.EndOfMonth),
        _ => new LocalDate(date.Earliest.Year, 12, 31),
    };

    /// <summary>Events given the ids one pass over every mention gives them (see <see cref="MergeGroups.Combine"/>).</summary>
    internal static List<Event> Numbered(IEnumerable<Event> events)
    {
        var list = events.ToList();
        if (list.Count == 0)
        {
            return list;
        }

        // The merger's order over these events' mentions: shortest date, document id, position, then document order.
        var ordered = list.SelectMany(e => e.Mentions)
            .Select((m, i) => (Mention: m, Index: i))
            .OrderBy(x => x.Mention.Date?.LengthInDays ?? int.MaxValue)
            .ThenBy(x => x.Mention.DocumentId, StringComparer.Ordinal)
            .ThenBy(x => x.Mention.Span.Start)
            .ThenBy(x => x.Index)
            .Select(x => x.Mention)
            .ToList();
        var rankOf = new Dictionary<(string Doc, string Key), int>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            rankOf[(ordered[i].DocumentId, ordered[i].Key)] = i;
        }

        return MergeGroups.Combine(ordered, [(list, new Dictionary<(string Doc, string Key), string>())], rankOf).Events;
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

    /// <summary>Writes numbered events, links their claims to them and finds the contradictions about them.</summary>
    private int Write(IMergeSource source, List<Event> events, ContradictionSet found) =>
        StoredMerge.Write(source, events, _contradictions, found);

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
}
