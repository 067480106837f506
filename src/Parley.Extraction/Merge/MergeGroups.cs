using System.Text;
using Parley.Model;
using Parley.Time;

namespace Parley.Extraction.Merge;

/// <summary>
/// Splits event mentions into groups that can never share an event, so the merger (which compares each mention
/// with every event built so far) runs on each small group instead of on the whole store. Two mentions can only
/// merge when their types are equal and their dates overlap or lie a day apart (see
/// <see cref="EventMerger.Compatible(EventMention, EventMention, Func{string, string, bool})"/>), and a range of a
/// year or more only with the same range or one starting on the same named day; a group is a chain of such date
/// ranges of one type, and a mention without a date is a group of its own.
/// </summary>
/// <remarks>
/// The merger places each mention, in one fixed order, in the first event whose mentions all accept it; a
/// mention never accepts one from another group, so each group's events come out the same whether it is merged
/// alone or with the rest. What does depend on the rest is restored by <see cref="Combine"/>: the order of the
/// events (the order in which their first mention comes) and the numbering of events whose ids would clash.
/// </remarks>
internal static class MergeGroups
{
    /// <summary>
    /// <paramref name="mentions"/> in the order the merger takes them: shortest date first (undated last), then
    /// document id, then position; ties in the order given.
    /// </summary>
    internal static IOrderedEnumerable<EventMention> InMergerOrder(IEnumerable<EventMention> mentions) =>
        mentions.OrderBy(m => m.Date?.LengthInDays ?? int.MaxValue).ThenBy(m => m.DocumentId, StringComparer.Ordinal).ThenBy(m => m.Span.Start);

    /// <summary>
    /// The mentions in the merger's order (shortest date first, then document id, then position; ties in the
    /// order given), and the groups as lists of indexes into that order, each in that order.
    /// </summary>
    public static (List<EventMention> Ordered, List<List<int>> Groups) Split(IEnumerable<EventMention> mentions)
    {
        // The same ordering as EventMerger.Merge, so a mention's index here is its place in the merger's pass.
        var ordered = InMergerOrder(mentions).ToList();
        var parent = Enumerable.Range(0, ordered.Count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
            {
                i = parent[i] = parent[parent[i]];
            }

            return i;
        }

        void Union(int a, int b) => parent[Find(a)] = Find(b);

        // Unions every member of each list with its first.
        void UnionAll<TKey>(IEnumerable<IGrouping<TKey, int>> lists)
        {
            foreach (var list in lists)
            {
                var first = list.First();
                foreach (var i in list)
                {
                    Union(first, i);
                }
            }
        }

        foreach (var ofType in Enumerable.Range(0, ordered.Count).GroupBy(i => ordered[i].Type))
        {
            var dated = ofType.Where(i => ordered[i].Date is not null).ToList();

            // A range of a year or more (by its wording or its days) merges only with the same range, or with one
            // starting on the same named day (not the 1st): it stays out of the sweep, which would chain a year's worth
            // of happenings through it.
            var narrow = dated.Where(i => !IsBroad(ordered[i])).ToList();
            narrow.Sort((a, b) => ordered[a].Date!.Value.Earliest.CompareTo(ordered[b].Date!.Value.Earliest) is var c && c != 0 ? c : a.CompareTo(b));
            int? chain = null;
            NodaTime.LocalDate reach = default;
            foreach (var i in narrow)
            {
                // Sweep by start day: a range starting later than a day after the chain's end cannot reach it.
                var date = ordered[i].Date!.Value;
                if (chain is null || date.Earliest > reach)
                {
                    chain = i;
                    reach = date.Latest.PlusDays(1);
                }

                Union(chain.Value, i);
                var end = date.Latest.PlusDays(1);
                if (end > reach)
                {
                    reach = end;
                }
            }

            UnionAll(dated.GroupBy(i => ordered[i].Date!.Value));
            UnionAll(dated.Where(i => ordered[i].Date!.Value.Earliest.Day != 1).GroupBy(i => ordered[i].Date!.Value.Earliest));

            // A year or more by its wording may restate a narrower mention of its document (EventMerger.Restatements),
            // judged against every mention of its document and type inside it: they stay in one group.
            foreach (var ofDocument in dated.GroupBy(i => ordered[i].DocumentId, StringComparer.Ordinal))
            {
                foreach (var broad in ofDocument.Where(i => MayRestate(ordered[i])))
                {
                    var range = ordered[broad].Date!.Value;
                    foreach (var i in ofDocument.Where(i => ordered[i].Date!.Value is var d && range.Earliest <= d.Earliest && d.Latest <= range.Latest))
                    {
                        Union(broad, i);
                    }
                }
            }
        }

        // A mention without a date merges with nothing: it is a group of its own, as it is a set of its own here.
        var groups = Enumerable.Range(0, ordered.Count).GroupBy(Find).Select(g => g.ToList()).ToList();
        foreach (var group in groups)
        {
            group.Sort();
        }

        return (ordered, groups);
    }

    /// <summary>
    /// A range the merger calls broad (<see cref="EventMerger.IsBroad(DateRange)"/>: a year or more by its wording, or
    /// longer than a year by its days): it merges only with the same range or one starting on the same named day.
    /// </summary>
    internal static bool IsBroad(EventMention m) => m.Date is { } date && EventMerger.IsBroad(date);

    /// <summary>
    /// A year by its wording ("in 2023"): the merger may take it as restating a narrower mention of its document. A span
    /// of years ("starting in 2020", "since 2020") tells of a period, which holds many happenings and restates none.
    /// </summary>
    internal static bool MayRestate(EventMention m) => m.Date is { Precision: >= DatePrecision.Year } date && date.Earliest.PlusYears(1) > date.Latest;

    /// <summary>
    /// The last day a mention starting later can join a group through <paramref name="m"/> on: its last day (a day more is
    /// counted by the caller) unless it is broad and restates nothing, when only a mention of its own start day can.
    /// </summary>
    internal static NodaTime.LocalDate Reach(EventMention m) => IsBroad(m) && !MayRestate(m) ? m.Date!.Value.Earliest : m.Date!.Value.Latest;

    /// <summary>
    /// Puts the events merged group by group into the order a single pass over every mention makes, and gives
    /// them the ids it gives: the id the merger builds, numbered "-2", "-3", … in that order when it clashes.
    /// </summary>
    /// <param name="ordered">The mentions in the merger's order (from <see cref="Split"/>).</param>
    /// <param name="merged">Each group's events and its mention → event map, as the merger returned them.</param>
    /// <param name="rankOf">Each mention's index in <paramref name="ordered"/>, by (document id, key).</param>
    public static (List<Event> Events, Dictionary<(string Doc, string Key), string> EventOf) Combine(
        List<EventMention> ordered,
        IEnumerable<(List<Event> Events, Dictionary<(string Doc, string Key), string> EventOf)> merged,
        Dictionary<(string Doc, string Key), int> rankOf)
    {
        // Each event with the mentions in the order the merger took them; its first one decides its place.
        var events = new List<(Event Event, List<EventMention> Taken)>();
        foreach (var (groupEvents, _) in merged)
        {
            foreach (var e in groupEvents)
            {
                var taken = e.Mentions.Select(m => rankOf[(m.DocumentId, m.Key)]).Order().Select(r => ordered[r]).ToList();
                events.Add((e, taken));
            }
        }

        events.Sort((a, b) => rankOf[(a.Taken[0].DocumentId, a.Taken[0].Key)].CompareTo(rankOf[(b.Taken[0].DocumentId, b.Taken[0].Key)]));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<Event>(events.Count);
        var eventOf = new Dictionary<(string, string), string>();
        foreach (var (e, taken) in events)
        {
            var id = Unique(BaseId(e, taken), ids);
            result.Add(e with { Id = id });
            foreach (var m in taken)
            {
                eventOf[(m.DocumentId, m.Key)] = id;
            }
        }

        return (result, eventOf);
    }

    /// <summary>The merger's id before numbering: date (to its precision), type, and the place or first party.</summary>
    internal static string BaseId(Event e, List<EventMention> taken) => BaseId(e, taken[0]);

    /// <summary>The merger's id before numbering, given the event's first mention in the merger's order.</summary>
    internal static string BaseId(Event e, EventMention first)
    {
        var anchor = e.Place ?? (first.Actors.Count > 0 ? first.Actors[0] : first.Targets.Count > 0 ? first.Targets[0] : null);
        var sb = new StringBuilder();
        if (e.Date is { } date)
        {
            sb.Append(date.Precision switch
            {
                DatePrecision.Day => DateRange.Iso(date.Earliest),
                DatePrecision.Month => DateRange.Iso(date.Earliest)[..7],
                _ => DateRange.Iso(date.Earliest)[..4],
            }).Append('-');
        }

        sb.Append(e.Type.ToWire().Replace('_', '-'));
        if (anchor is not null)
        {
            sb.Append('-').Append(anchor);
        }

        return sb.ToString();
    }

    /// <summary><paramref name="id"/>, or the first of "-2", "-3", … after it not yet in <paramref name="ids"/>; added to them.</summary>
    internal static string Unique(string id, HashSet<string> ids)
    {
        var unique = id;
        for (var n = 2; !ids.Add(unique); n++)
        {
            unique = $"{id}-{n}";
        }

        return unique;
    }
}
