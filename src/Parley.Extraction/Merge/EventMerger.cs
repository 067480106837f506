using System.Text;
using NodaTime;
using Parley.Model;
using Parley.Packs;
using Parley.Time;

namespace Parley.Extraction.Merge;

/// <summary>
/// Gathers event mentions of the same happening into one event: same type, dates that overlap (or single
/// days one apart, which the contradiction finder then reports) and are not a span of years, compatible places, and
/// a shared party (one cast holding the other when one account spans more than a month) or, within a month's days,
/// one place. A hypothetical account joins another only with the same days and a shared party.
/// </summary>
public sealed class EventMerger
{
    private readonly Func<string, string?> _containerOf;

    // Made once: a method group passed as a delegate allocates at every call.
    private readonly Func<string, string, bool> _nested;

    /// <summary>Creates a merger that knows no place hierarchy: only equal places are compatible.</summary>
    public EventMerger()
        : this(_ => null)
    {
    }

    /// <summary>
    /// Creates a merger; <paramref name="containerOf"/> gives the place a place lies in ("khojaly" → its district),
    /// so "in Khojaly" and "in the Khojaly district" can tell of one happening.
    /// </summary>
    public EventMerger(Func<string, string?> containerOf)
    {
        _containerOf = containerOf;
        _nested = Nested;
    }

    /// <summary>Merged events and, for each mention (document id, key), the id of its event.</summary>
    public (List<Event> Events, Dictionary<(string Doc, string Key), string> EventOf) Merge(IEnumerable<EventMention> mentions) =>
        Merge(mentions, null);

    /// <summary>
    /// The events <see cref="Merge(IEnumerable{EventMention})"/> builds, without the map from each mention to its event
    /// (the events hold their mentions): a chain of a hundred thousand mentions needs no second index of them.
    /// </summary>
    public List<Event> MergeEvents(IEnumerable<EventMention> mentions) => Merge(mentions, null, withLinks: false).Events;

    /// <summary>
    /// The members of each event <see cref="MergeEvents"/> builds, in its order, each list in the merger's order; not
    /// the events: <see cref="BuildEvent"/> builds one from its list when it is wanted, so a caller merging a chain of
    /// a hundred thousand mentions need not hold all its events at once.
    /// </summary>
    public List<List<EventMention>> GatherEvents(List<EventMention> mentions) => Gather(mentions, null);

    /// <summary>The event <see cref="MergeEvents"/> builds from the members <see cref="GatherEvents"/> gave (its id not yet numbered).</summary>
    public static Event BuildEvent(List<EventMention> members) => Build(members, new HashSet<string>(StringComparer.Ordinal));

    /// <summary>
    /// The events <see cref="Merge(IEnumerable{EventMention})"/> builds when it gathers the mentions as
    /// <paramref name="knownEvent"/> says (each mention's event as an earlier merge of the same mentions stored it),
    /// without comparing them again: the events, their member order and so their ids come out as that merge made them.
    /// </summary>
    public (List<Event> Events, Dictionary<(string Doc, string Key), string> EventOf) Regroup(
        IEnumerable<EventMention> mentions, Func<EventMention, string> knownEvent)
    {
        ArgumentNullException.ThrowIfNull(knownEvent);
        return Merge(mentions, knownEvent);
    }

    private (List<Event> Events, Dictionary<(string Doc, string Key), string> EventOf) Merge(IEnumerable<EventMention> mentions, Func<EventMention, string>? knownEvent, bool withLinks = true)
    {
        // A list given is read as it is, not copied: the windowed pass hands over a chain of a hundred thousand.
        var gathered = Gather(mentions as List<EventMention> ?? mentions.ToList(), knownEvent);
        var events = new List<Event>();
        var eventOf = new Dictionary<(string, string), string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < gathered.Count; i++)
        {
            // Each cluster's list goes once its event is built (the event keeps its own): a long chain's are not all held twice.
            var c = gathered[i];
            gathered[i] = null!;
            var e = Build(c, ids);
            events.Add(e);
            if (!withLinks)
            {
                continue;
            }

            foreach (var m in c)
            {
                eventOf[(m.DocumentId, m.Key)] = e.Id;
            }
        }

        return (events, eventOf);
    }

    /// <summary>
    /// The members of each cluster, in the order the clusters came into being: the index and what each cluster
    /// accepts are let go here, before the events are built.
    /// </summary>
    private List<List<EventMention>> Gather(List<EventMention> all, Func<EventMention, string>? knownEvent)
    {
        var restates = Restatements(all);
        var clusters = new List<Cluster>();
        // Only a mention some coarse one restates needs its cluster found again.
        var restated = new HashSet<EventMention>(restates.Values, ReferenceEqualityComparer.Instance);
        var clusterOf = new Dictionary<EventMention, Cluster>(ReferenceEqualityComparer.Instance);
        var known = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        var index = new ClusterIndex();
        // Sorted into a list first: the sort's keys are let go before the clusters grow.
        foreach (var m in MergeGroups.InMergerOrder(all.Where(m => !restates.ContainsKey(m))).ToList())
        {
            // Clusters come into being in the same order either way: when their first member (in this order) arrives.
            var home = knownEvent is null
                ? index.FirstAccepting(m, _nested)
                : known.GetValueOrDefault(knownEvent(m));
            if (home is null)
            {
                home = new Cluster(m.Type, clusters.Count);
                clusters.Add(home);
                if (knownEvent is not null)
                {
                    known[knownEvent(m)] = home;
                }
                else
                {
                    index.Add(home, m);
                }
            }

            home.Add(m);
            if (knownEvent is null)
            {
                index.Joined(home, m);
            }

            if (restated.Contains(m))
            {
                clusterOf[m] = home;
            }
        }

        // A coarse restatement goes with the mention it restates, and adds nothing to what the cluster accepts.
        foreach (var (m, narrower) in restates)
        {
            var target = narrower;
            for (var steps = 0; restates.TryGetValue(target, out var next) && steps < 8; steps++)
            {
                target = next;
            }

            if (clusterOf.TryGetValue(target, out var home))
            {
                home.Members.Add(m);
            }
            else
            {
                var alone = new Cluster(m.Type, clusters.Count);
                alone.Add(m);
                clusters.Add(alone);
            }
        }

        return [.. clusters.Select(c => c.Members)];
    }

    /// <summary>
    /// "Fighting flared in 2021; the worst clashes came in May": a document that tells of a happening once by its year
    /// and once more narrowly is telling of one happening. A mention dated a year or more restates the same-type
    /// mention of its document that lies inside it and could be the same happening, when all such mentions share
    /// one date; with two dates inside it, which one it restates is unknown, so it stays on its own.
    /// </summary>
    private static Dictionary<EventMention, EventMention> Restatements(List<EventMention> mentions)
    {
        var result = new Dictionary<EventMention, EventMention>(ReferenceEqualityComparer.Instance);
        foreach (var group in mentions.GroupBy(m => (m.DocumentId, m.Type)))
        {
            var members = group.ToList();
            foreach (var m in members)
            {
                if (!MergeGroups.MayRestate(m) || m.Date is not { } coarse)
                {
                    continue;
                }

                var inside = members
                    .Where(n => n.Date is { } d && d.LengthInDays < coarse.LengthInDays && coarse.Earliest <= d.Earliest && d.Latest <= coarse.Latest && MaySame(m, n))
                    .OrderBy(n => n.Span.Start)
                    .ToList();
                if (inside.Count > 0 && inside.All(n => n.Date == inside[0].Date))
                {
                    result[m] = inside[0];
                }
            }
        }

        return result;
    }

    // Within one document: not one denied and the other told, no two different places, no two disjoint casts.
    private static bool MaySame(EventMention a, EventMention b) =>
        (a.Status == EventStatus.Denied) == (b.Status == EventStatus.Denied) && !IsSeparate(a) && !IsSeparate(b) &&
        (a.Place is null || b.Place is null || a.Place == b.Place) &&
        (a.Actors.Count + a.Targets.Count == 0 || b.Actors.Count + b.Targets.Count == 0 ||
         a.Actors.Concat(a.Targets).Intersect(b.Actors.Concat(b.Targets)).Any());

    // "A separate meeting": the document itself says this is not the happening it told of before.
    private static bool IsSeparate(EventMention m) => m.Trigger.StartsWith("separate ", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when two mentions may tell of the same happening (equal places only).</summary>
    public static bool Compatible(EventMention a, EventMention b) => Compatible(a, b, (x, y) => x == y);

    /// <summary>True when one place lies in the other (or they are the same).</summary>
    public bool Nested(string a, string b) => a == b || Contains(a, b) || Contains(b, a);

    private bool Contains(string outer, string inner) => PlaceNesting.Within(_containerOf, inner, outer);

    /// <summary>True when two mentions may tell of the same happening, with <paramref name="samePlace"/> deciding place compatibility.</summary>
    public static bool Compatible(EventMention a, EventMention b, Func<string, string, bool> samePlace) =>
        Compatible(a, b, a.DocumentId == b.DocumentId, samePlace);

    /// <summary>
    /// The test of <see cref="Compatible(EventMention, EventMention, Func{string, string, bool})"/>, which depends on
    /// the documents only through whether they are the same one.
    /// </summary>
    private static bool Compatible(EventMention a, EventMention b, bool sameDocument, Func<string, string, bool> samePlace)
    {
        // One document that reports an event and denies it elsewhere is telling of two things.
        var deniedInOneOnly = (a.Status == EventStatus.Denied) != (b.Status == EventStatus.Denied);
        if (a.Type != b.Type || ((deniedInOneOnly || IsSeparate(a) || IsSeparate(b)) && sameDocument))
        {
            return false;
        }

        if (a.Date is null || b.Date is null)
        {
            return false;
        }

        var da = a.Date.Value;
        var db = b.Date.Value;
        var close = da.Overlaps(db) || (da.IsSingleDay && db.IsSingleDay && Math.Abs(NodaTime.Period.DaysBetween(da.Earliest, db.Earliest)) <= 1 && !sameDocument);
        if (!close)
        {
            return false;
        }

        // Broad ranges (a year, a decade, "since the 2020 war" to the day of writing) only merge with each other when
        // they are the same range, or when both run from one named day ("since December 12" in two reports written
        // months apart): that a span of years holds some day is no evidence that the two tell of one happening.
        var sameStartDay = da.Earliest == db.Earliest && da.Earliest.Day != 1;
        if ((IsBroad(da) || IsBroad(db)) && !(da == db) && !sameStartDay)
        {
            return false;
        }

        // A conditional or speculative account ("would agree only if …") tells of no happening of its own; it is an
        // account of one only when it names it exactly: the same days and one of its parties.
        var hypotheticalInOne = (a.Status == EventStatus.Hypothetical) != (b.Status == EventStatus.Hypothetical);
        if (hypotheticalInOne && !(da == db && SharesParty(a, b)))
        {
            return false;
        }

        // A happening still to come ("agreed to meet again in the coming weeks") and one told as done are one only when
        // the days of one hold the other's: days that merely touch (the day of writing) are two happenings.
        var plannedInOne = (a.Status == EventStatus.Planned) != (b.Status == EventStatus.Planned);
        if (plannedInOne && !(Holds(da, db) || Holds(db, da)))
        {
            return false;
        }

        // Rival accounts of one clash on one day (or night), each side saying the other struck it ("Azerbaijani forces attacked a post
        // near Sotk"; "Armenian units opened fire near Kelbajar"), are one happening whose place the accounts dispute.
        // So, in one report, are its accounts of clashes on one day, mirrored or between the same parties ("Armenia's
        // ministry said … near Tegh. Azerbaijan's ministry said … in the Lachin district.").
        if (a.Type == EventType.ArmedClash && WithinANight(da, db) && (Mirrored(a, b) || (sameDocument && SharesParty(a, b))))
        {
            return true;
        }

        if (a.Place is not null && b.Place is not null && !samePlace(a.Place, b.Place))
        {
            return false;
        }

        // A route closed, a checkpoint set up or a supply cut on one named day is one happening, whoever each
        // account says did it: the casts differ because the accounts blame differently.
        if (a.Type is EventType.Blockade or EventType.Checkpoint or EventType.SupplyCut && da.IsSingleDay && da == db)
        {
            return true;
        }

        var samePlaces = a.Place is not null && b.Place is not null && samePlace(a.Place, b.Place);
        var eitherEmpty = a.Actors.Count + a.Targets.Count == 0 || b.Actors.Count + b.Targets.Count == 0;
        if (!eitherEmpty)
        {
            // Both name who took part: they must share a party, or tell of one place within a month's days (accounts
            // that blame differently); and when two reports differ in their days, one spanning more than a month, a
            // lone shared party is what a season of reporting on two sides always has, so one cast must hold the other.
            var sameOrNarrow = da == db || (!LongerThanAMonth(da) && !LongerThanAMonth(db));
            // (People of one document who move are who the flight is: two named groups on different days, "65,000 residents
            // since the 19th" and "17 patients the Red Cross moved on Tuesday", are two movements, not two accounts of one;
            // told of the same days, they may be one flight whose movers the sentences name differently.)
            if (!SharesParty(a, b))
            {
                return samePlaces && sameOrNarrow && !(sameDocument && a.Type == EventType.Displacement && da != db);
            }

            return sameDocument || sameOrNarrow || CastWithin(a, b) || CastWithin(b, a);
        }

        // Within one document, a mention naming no one that falls inside another's days ("on Saturday" within
        // "this week") tells of the same happening.
        var nested = sameDocument && (da.Contains(db.Earliest) && da.Contains(db.Latest) || db.Contains(da.Earliest) && db.Contains(da.Latest));
        return (da.IsSingleDay && db.IsSingleDay) || nested || samePlaces;
    }

    // Longer than the 31 days that one shared party may tie to another account of other days. Compared by adding
    // days, not by counting them: the merger asks this millions of times on a big store.
    private static bool LongerThanAMonth(DateRange date) => date.Earliest.PlusDays(31) <= date.Latest;

    /// <summary>True when every day of <paramref name="inner"/> lies within <paramref name="outer"/>.</summary>
    private static bool Holds(DateRange outer, DateRange inner) => outer.Earliest <= inner.Earliest && inner.Latest <= outer.Latest;

    /// <summary>A range of a year or more, or longer than a year whatever its wording ("since the 2020 war").</summary>
    internal static bool IsBroad(DateRange date) => date.Precision >= DatePrecision.Year || date.Earliest.PlusYears(1) < date.Latest;

    // Whether every party a names (actor or target) is among b's.
    private static bool CastWithin(EventMention a, EventMention b) => AllIn(a.Actors, b) && AllIn(a.Targets, b);

    private static bool AllIn(IReadOnlyList<string> parties, EventMention b)
    {
        for (var i = 0; i < parties.Count; i++)
        {
            if (!Has(b.Actors, parties[i]) && !Has(b.Targets, parties[i]))
            {
                return false;
            }
        }

        return true;
    }

    // One day each, the same; or a night running into the next day ("on the night of September 12-13") and a day of it.
    private static bool WithinANight(DateRange a, DateRange b) =>
        a.Overlaps(b) && a.Earliest.PlusDays(1) >= a.Latest && b.Earliest.PlusDays(1) >= b.Latest;

    // Each names who struck and no party struck in both; and one account's attackers are among those the other says were
    // struck, or, neither naming whom it struck, each names one party ("Azerbaijani troops shelled a post near Kut";
    // "Armenian forces shelled positions near Kalbajar").
    private static bool Mirrored(EventMention a, EventMention b) =>
        a.Actors.Count > 0 && b.Actors.Count > 0 && !a.Actors.Any(x => Has(b.Actors, x)) &&
        ((b.Targets.Count > 0 && a.Actors.All(x => Has(b.Targets, x))) || (a.Targets.Count > 0 && b.Actors.All(x => Has(a.Targets, x))) ||
         (a.Targets.Count + b.Targets.Count == 0 && a.Actors.Count == 1 && b.Actors.Count == 1));

    // Whether one of a's actors or targets is among b's: the merger asks this millions of times on a big store, so
    // it walks the short lists rather than building sets.
    private static bool SharesParty(EventMention a, EventMention b) =>
        AnyIn(a.Actors, b) || AnyIn(a.Targets, b);

    private static bool AnyIn(IReadOnlyList<string> parties, EventMention b)
    {
        for (var i = 0; i < parties.Count; i++)
        {
            if (Has(b.Actors, parties[i]) || Has(b.Targets, parties[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Has(IReadOnlyList<string> parties, string party)
    {
        for (var i = 0; i < parties.Count; i++)
        {
            if (string.Equals(parties[i], party, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The clusters a mention may join, by type and by the start day of their first member, so a mention is tried
    /// only against clusters whose days come within a day of its own (every member must, see
    /// <see cref="Compatible(EventMention, EventMention, bool, Func{string, string, bool})"/>) instead of against
    /// every cluster so far. Candidates are tried in creation order, so the cluster chosen is the one a search of
    /// every cluster would choose.
    /// </summary>
    /// <remarks>
    /// Many mentions share everything the test reads but their document (their <see cref="MentionKind"/>: a big store
    /// retells the same happening thousands of times). For a kind seen more than once, a <see cref="KindView"/> keeps
    /// the clusters that may take a mention of that kind from any document, and drops for good those that can never
    /// take one (a member whose days or cast rule it out) or only from the one document they already hold (a member
    /// that accepts it only from its own document, "this week" and "on Saturday" in one report): those are found
    /// again through the mention's document. Without it, a kind that merges only within its document (a range of
    /// days naming no one) made a cluster per document and each newcomer was tried against all of them.
    /// </remarks>
    private sealed class ClusterIndex
    {
        private readonly Dictionary<EventType, ByDay> _byType = [];
        private readonly List<Cluster> _candidates = [];
        private readonly Dictionary<MentionKind, KindView?> _views = [];
        // A document's clusters: one held as it is, a list from the second on (most documents of a long chain have one).
        private readonly Dictionary<string, object> _ofDocument = new(StringComparer.Ordinal);

        // The highest cluster order filed so far.
        private int _last = -1;

        // Marks a cluster already gathered for the current mention, so one held twice is tried once.
        private int _stamp;

        private sealed class ByDay
        {
            public SortedSet<LocalDate> Days { get; } = [];

            public Dictionary<LocalDate, List<Cluster>> Clusters { get; } = [];

            // The longest first member so far: a cluster starting this many days before a mention may still reach it.
            public int LongestFirst { get; set; }
        }

        /// <summary>
        /// What one kind of mention has learnt: every cluster filed up to <see cref="Seen"/> (in creation order) that
        /// lies within reach and may take a mention of this kind from any document is in <see cref="Open"/>, in order.
        /// </summary>
        private sealed class KindView
        {
            public int Seen { get; set; } = -1;

            public List<Cluster> Open { get; } = [];
        }

        /// <summary>Files a new cluster under its first member's type and start day (an undated one accepts nothing).</summary>
        public void Add(Cluster cluster, EventMention first)
        {
            if (first.Date is not { } date)
            {
                return;
            }

            if (!_byType.TryGetValue(first.Type, out var byDay))
            {
                _byType[first.Type] = byDay = new ByDay();
            }

            if (!byDay.Clusters.TryGetValue(date.Earliest, out var list))
            {
                byDay.Clusters[date.Earliest] = list = [];
                byDay.Days.Add(date.Earliest);
            }

            list.Add(cluster);
            cluster.FirstStart = date.Earliest;
            byDay.LongestFirst = Math.Max(byDay.LongestFirst, date.LengthInDays);
            _last = Math.Max(_last, cluster.Order);
        }

        /// <summary>Notes that <paramref name="cluster"/> holds a member from <paramref name="m"/>'s document.</summary>
        public void Joined(Cluster cluster, EventMention m)
        {
            if (m.Date is null)
            {
                return;
            }

            if (!_ofDocument.TryGetValue(m.DocumentId, out var held))
            {
                _ofDocument[m.DocumentId] = cluster;
            }
            else if (held is List<Cluster> list)
            {
                if (!list.Contains(cluster))
                {
                    list.Add(cluster);
                }
            }
            else if (held != cluster)
            {
                _ofDocument[m.DocumentId] = new List<Cluster> { (Cluster)held, cluster };
            }
        }

        /// <summary>The first cluster, in creation order, of the mention's type that accepts it; null when none does.</summary>
        public Cluster? FirstAccepting(EventMention m, Func<string, string, bool> samePlace)
        {
            // Compatible holds no undated mention with any other, so an undated one joins nothing.
            if (m.Date is not { } date || !_byType.TryGetValue(m.Type, out var byDay))
            {
                return null;
            }

            // A first member that overlaps the mention's days widened by one starts no earlier than this.
            var from = date.Earliest.PlusDays(-byDay.LongestFirst);
            var to = date.Latest.PlusDays(1);
            var kind = MentionKind.Of(m);
            if (!_views.TryGetValue(kind, out var view))
            {
                // A kind seen once is searched as before; only one seen again keeps a view, so a store of mentions
                // that each differ holds no view for each.
                _views[kind] = null;
                return FirstInDays(m, byDay, from, to, -1, null, samePlace);
            }

            if (view is null)
            {
                _views[kind] = view = new KindView();
            }

            // Clusters up to view.Seen: those open to the kind, and those holding a member from the mention's document.
            _stamp++;
            _candidates.Clear();
            foreach (var c in view.Open)
            {
                c.Stamp = _stamp;
                _candidates.Add(c);
            }

            if (_ofDocument.TryGetValue(m.DocumentId, out var ofDocument))
            {
                if (ofDocument is List<Cluster> list)
                {
                    foreach (var c in list)
                    {
                        AddOfDocument(c, m, view, from, to);
                    }
                }
                else
                {
                    AddOfDocument((Cluster)ofDocument, m, view, from, to);
                }
            }

            _candidates.Sort(static (x, y) => x.Order.CompareTo(y.Order));
            Cluster? found = null;
            var closed = false;
            foreach (var c in _candidates)
            {
                if (c.MayReach(date) && c.Accepts(m, samePlace))
                {
                    found = c;
                    break;
                }

                // Out of reach or closed to the kind for good: the view lets it go (found again by document if need be).
                if (!c.MayReach(date) || c.StandingToward(m, samePlace) != Standing.Open)
                {
                    c.Closed = true;
                    closed = true;
                }
            }

            if (closed)
            {
                view.Open.RemoveAll(c => c.Closed);
                foreach (var c in _candidates)
                {
                    c.Closed = false;
                }
            }

            return found ?? FirstInDays(m, byDay, from, to, view.Seen, view, samePlace);
        }

        /// <summary>A cluster holding a member from the mention's document, as a candidate when the view has passed it and it lies within reach.</summary>
        private void AddOfDocument(Cluster c, EventMention m, KindView view, LocalDate from, LocalDate to)
        {
            if (c.Stamp != _stamp && c.Type == m.Type && c.Order <= view.Seen && c.FirstStart >= from && c.FirstStart <= to)
            {
                c.Stamp = _stamp;
                _candidates.Add(c);
            }
        }

        /// <summary>
        /// The first cluster filed after <paramref name="after"/> whose first member starts between the days given and
        /// that accepts the mention; the clusters passed on the way are sorted into <paramref name="view"/>.
        /// </summary>
        private Cluster? FirstInDays(EventMention m, ByDay byDay, LocalDate from, LocalDate to, int after, KindView? view, Func<string, string, bool> samePlace)
        {
            var date = m.Date!.Value;
            _candidates.Clear();
            foreach (var day in byDay.Days.GetViewBetween(from, to))
            {
                var list = byDay.Clusters[day];
                // Each day's clusters are in creation order: those filed after `after` are its tail.
                var i = list.Count;
                while (i > 0 && list[i - 1].Order > after)
                {
                    i--;
                }

                for (; i < list.Count; i++)
                {
                    if (list[i].MayReach(date))
                    {
                        _candidates.Add(list[i]);
                    }
                }
            }

            _candidates.Sort(static (x, y) => x.Order.CompareTo(y.Order));
            foreach (var c in _candidates)
            {
                var accepts = c.Accepts(m, samePlace);
                if (view is not null)
                {
                    if (c.StandingToward(m, samePlace) == Standing.Open)
                    {
                        view.Open.Add(c);
                    }

                    if (accepts)
                    {
                        view.Seen = c.Order;
                    }
                }

                if (accepts)
                {
                    return c;
                }
            }

            if (view is not null)
            {
                view.Seen = _last;
            }

            return null;
        }
    }

    /// <summary>How a cluster stands toward every mention of one <see cref="MentionKind"/>, whatever its document.</summary>
    private enum Standing
    {
        /// <summary>It may take one from any document.</summary>
        Open,

        /// <summary>At most from one document it already holds a member from; or from none, ever.</summary>
        Closed,
    }

    /// <summary>
    /// Everything <see cref="Compatible(EventMention, EventMention, bool, Func{string, string, bool})"/> reads of its
    /// second mention except its document: mentions of one kind are accepted or refused alike.
    /// </summary>
    private readonly record struct MentionKind(EventType Type, EventStatus Status, bool Separate, DateRange? Date, string? Place, string Actors, string Targets)
    {
        public static MentionKind Of(EventMention m) =>
            new(m.Type, m.Status, IsSeparate(m), m.Date, m.Place, string.Join('\u001f', m.Actors), string.Join('\u001f', m.Targets));
    }

    /// <summary>
    /// Mentions gathered as one happening. A newcomer must fit every member; members that differ only in their
    /// document are checked once (as from the newcomer's document and as from another), so a happening reported
    /// a thousand times costs one check, not a thousand.
    /// </summary>
    private sealed class Cluster(EventType type, int order)
    {
        // The kinds of member (everything the test reads but the document) with the documents each came from; a list
        // searched in order, not a dictionary keyed by text: a chain of a hundred thousand mentions makes tens of
        // thousands of clusters, most of one or two kinds from one document, and they are all held until it is merged.
        private readonly List<Kind> _kinds = [];

        // The latest start and the earliest end among dated members: a mention must come within a day of both.
        private LocalDate? _latestStart;
        private LocalDate? _earliestEnd;

        public EventType Type { get; } = type;

        /// <summary>Place in the order clusters came into being.</summary>
        public int Order { get; } = order;

        /// <summary>
        /// False when some member's days lie more than a day from <paramref name="date"/>, which
        /// <see cref="Accepts"/> would refuse; true does not mean it accepts.
        /// </summary>
        public bool MayReach(DateRange date) =>
            (_latestStart is null || _latestStart.Value <= date.Latest.PlusDays(1)) &&
            (_earliestEnd is null || _earliestEnd.Value >= date.Earliest.PlusDays(-1));

        public List<EventMention> Members { get; } = [];

        /// <summary>The start day of the first member, under which the index files the cluster.</summary>
        public LocalDate FirstStart { get; set; }

        /// <summary>Scratch marks for the index's search.</summary>
        public int Stamp { get; set; }

        /// <inheritdoc cref="Stamp"/>
        public bool Closed { get; set; }

        /// <summary>
        /// Whether this cluster may take a mention like <paramref name="m"/> from any document: <see cref="Standing.Closed"/>
        /// when some member accepts it only from its own document (the cluster then takes at most that document's), or
        /// not at all. Members only come and their documents only grow, so a closed cluster stays closed.
        /// </summary>
        public Standing StandingToward(EventMention m, Func<string, string, bool> samePlace)
        {
            foreach (var kind in _kinds)
            {
                if (!Compatible(kind.Example, m, sameDocument: false, samePlace))
                {
                    return Standing.Closed;
                }
            }

            return Standing.Open;
        }

        public bool Accepts(EventMention m, Func<string, string, bool> samePlace)
        {
            foreach (var kind in _kinds)
            {
                var fromSame = kind.From(m.DocumentId);
                if (fromSame && !Compatible(kind.Example, m, sameDocument: true, samePlace))
                {
                    return false;
                }

                if ((!fromSame || kind.Documents > 1) && !Compatible(kind.Example, m, sameDocument: false, samePlace))
                {
                    return false;
                }
            }

            return true;
        }

        public void Add(EventMention m)
        {
            Members.Add(m);
            if (m.Date is { } date)
            {
                _latestStart = _latestStart is { } start && start > date.Earliest ? start : date.Earliest;
                _earliestEnd = _earliestEnd is { } end && end < date.Latest ? end : date.Latest;
            }

            foreach (var kind in _kinds)
            {
                if (Kind.Alike(kind.Example, m))
                {
                    kind.Add(m.DocumentId);
                    return;
                }
            }

            _kinds.Add(new Kind(m));
        }
    }

    /// <summary>
    /// The members of a cluster that differ only in their document: the first of them and the documents they came from
    /// (one held as it is, a set only from the second on).
    /// </summary>
    private sealed class Kind(EventMention example)
    {
        private readonly string _first = example.DocumentId;
        private HashSet<string>? _more;

        public EventMention Example { get; } = example;

        /// <summary>How many documents it came from.</summary>
        public int Documents => _more?.Count ?? 1;

        public bool From(string document) => _more?.Contains(document) ?? string.Equals(_first, document, StringComparison.Ordinal);

        public void Add(string document)
        {
            if (_more is null)
            {
                if (string.Equals(_first, document, StringComparison.Ordinal))
                {
                    return;
                }

                _more = new HashSet<string>(StringComparer.Ordinal) { _first };
            }

            _more.Add(document);
        }

        /// <summary>
        /// Whether two mentions are one kind: the same status, date, place, and actors and targets joined by commas
        /// (the text key the clusters were once filed under, compared without building it).
        /// </summary>
        public static bool Alike(EventMention a, EventMention b) =>
            a.Status == b.Status && Nullable.Equals(a.Date, b.Date) && (a.Place ?? "") == (b.Place ?? "") &&
            Joined(a.Actors, b.Actors) && Joined(a.Targets, b.Targets);

        private static bool Joined(IReadOnlyList<string> a, IReadOnlyList<string> b)
        {
            if (ReferenceEquals(a, b))
            {
                return true;
            }

            if (a.Count == b.Count)
            {
                var same = true;
                for (var i = 0; i < a.Count && same; i++)
                {
                    same = string.Equals(a[i], b[i], StringComparison.Ordinal);
                }

                if (same)
                {
                    return true;
                }
            }

            // Lists that differ may still join alike ("a,b" against "a" and "b"): rare, so built only here.
            return string.Equals(string.Join(",", a), string.Join(",", b), StringComparison.Ordinal);
        }
    }

    private static Event Build(List<EventMention> c, HashSet<string> ids)
    {
        var builder = new EventBuilder();
        foreach (var m in c)
        {
            builder.Add(m);
        }

        return builder.Build(ids) with { Mentions = [.. c.OrderBy(m => m.DocumentId, StringComparer.Ordinal).ThenBy(m => m.Span.Start)] };
    }

    /// <summary>An event's id: its day, month or year, type and place or first side, numbered where <paramref name="ids"/> holds it already.</summary>
    internal static string MakeId(DateRange? date, EventType type, string? anchor, HashSet<string> ids)
    {
        var sb = new StringBuilder();
        if (date is not null)
        {
            sb.Append(date.Value.Precision switch
            {
                DatePrecision.Day => DateRange.Iso(date.Value.Earliest),
                DatePrecision.Month => DateRange.Iso(date.Value.Earliest)[..7],
                _ => DateRange.Iso(date.Value.Earliest)[..4],
            }).Append('-');
        }

        sb.Append(type.ToWire().Replace('_', '-'));
        if (anchor is not null)
        {
            sb.Append('-').Append(anchor);
        }

        var id = sb.ToString();
        var unique = id;
        for (var n = 2; !ids.Add(unique); n++)
        {
            unique = $"{id}-{n}";
        }

        return unique;
    }
}
