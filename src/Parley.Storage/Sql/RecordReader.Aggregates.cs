using System.Data.Common;
using System.Globalization;
using Parley.Model;
using Parley.Time;

namespace Parley.Storage.Sql;

/// <summary>
/// The workbench's summary reads (schema version 12): counts by outlet, place, actor and topic, the actor network's
/// links, a page of documents and the quote search, each an aggregate or a keyset page in SQL instead of a walk over
/// the whole record.
/// </summary>
internal sealed partial class RecordReader
{
    private const string OutletKey = "CASE WHEN d.outlet IS NULL OR trim(d.outlet) = '' THEN '' ELSE d.outlet END";

    /// <summary>Every outlet's counts and its first events that no other outlet reports.</summary>
    public List<OutletSummary> ReadOutletSummaries(int aloneShown)
    {
        var documents = Counts($"SELECT {OutletKey}, count(*) FROM documents d GROUP BY {OutletKey}");
        var claims = Counts($"SELECT {OutletKey}, count(*) FROM claims c JOIN documents d ON d.id = c.doc_id GROUP BY {OutletKey}");
        // Each from its own index: the outlet's rows in timeline order, and those of the events only it reports
        // (the rows marked sole, indexed apart since version 18).
        var events = Counts("SELECT outlet, count(*) FROM event_outlets GROUP BY outlet");
        var alone = Counts("SELECT outlet, count(*) FROM event_outlets WHERE sole = 1 GROUP BY outlet");
        return [.. documents.Select(d =>
            {
                var first = alone.GetValueOrDefault(d.Key) == 0 || aloneShown <= 0 ? [] : Dated(aloneShown, (condition, count) => Query($"""
                    SELECT e.id, e.type, e.date_earliest FROM event_outlets o CROSS JOIN events e
                    WHERE o.outlet = @outlet AND o.sole = 1 AND {condition.Replace("{date}", "o.date_earliest", StringComparison.Ordinal)} AND e.id = o.event_id
                    ORDER BY o.date_earliest, {O("o.event_id")} LIMIT {Number(count)}
                    """, ReadStub, [("@outlet", d.Key)]));
                return new OutletSummary(d.Key, d.Value, events.GetValueOrDefault(d.Key), claims.GetValueOrDefault(d.Key), alone.GetValueOrDefault(d.Key), first);
            })
            .OrderByDescending(o => o.Documents).ThenBy(o => o.Outlet, StringComparer.Ordinal)];
    }

    /// <summary>The filtered events by place, and how many the filter selects.</summary>
    public PlaceCounts ReadPlaceCounts(RecordFilter filter)
    {
        List<(string? Place, int Events, int Disputed)> rows;
        if (filter.IsAll)
        {
            // Straight from the place index, and the disputed events (a few percent) by their event's place.
            var disputed = Counts("SELECT e.place, count(*) FROM disputed_events x CROSS JOIN events e WHERE e.id = x.event_id AND e.place IS NOT NULL GROUP BY e.place");
            rows = [.. Query("SELECT place, count(*) FROM events GROUP BY place", r => (Str(r, 0), Int(r, 1)))
                .Select(x => (x.Item1, x.Item2, x.Item1 is null ? 0 : disputed.GetValueOrDefault(x.Item1)))];
        }
        else
        {
            var (selection, parameters) = Selection(filter);
            rows = Query($"""
                SELECT f.place, count(*), sum(CASE WHEN EXISTS (SELECT 1 FROM disputed_events x WHERE x.event_id = f.id) THEN 1 ELSE 0 END)
                FROM {selection} GROUP BY f.place
                """, r => (Str(r, 0), Int(r, 1), r.IsDBNull(2) ? 0 : Int(r, 2)), parameters);
        }

        return new PlaceCounts(
            [.. rows.Where(x => x.Place is not null).Select(x => new PlaceCount(x.Place!, x.Events, x.Disputed))
                .OrderByDescending(p => p.Events).ThenBy(p => p.Place, StringComparer.Ordinal)],
            rows.Sum(x => x.Events));
    }

    /// <summary>The strongest links of the actor network among the filtered events, from the events' stored pairs.</summary>
    public NetworkCounts ReadNetwork(RecordFilter filter, int maxLinks, int eventsShown)
    {
        if (!filter.IsAll)
        {
            return FilteredNetwork(filter, maxLinks, eventsShown);
        }

        var parameters = new List<(string, object)>();
        const string pairs = "SELECT event_id, a, b, relation, date_earliest, type FROM event_pairs";

        var top = Query($"""
            WITH src AS ({pairs})
            SELECT a, b, relation, count(*) AS n FROM src GROUP BY a, b, relation
            ORDER BY n DESC, {O("a")}, {O("b")}, {O("relation")} LIMIT {Number(maxLinks)}
            """, r => (A: r.GetString(0), B: r.GetString(1), Relation: r.GetString(2), Events: Int(r, 3)), parameters);
        if (top.Count == 0)
        {
            return new NetworkCounts([], new Dictionary<string, int>(StringComparer.Ordinal));
        }

        var first = new Dictionary<(string, string, string), List<EventStub>>();
        if (eventsShown > 0)
        {
            // Each link's first events straight from its index (a, b, relation, date, id).
            foreach (var link in top)
            {
                first[(link.A, link.B, link.Relation)] = Dated(eventsShown, (condition, count) => Query($"""
                    SELECT event_id, type, date_earliest FROM event_pairs WHERE a = @a AND b = @b AND relation = @relation
                    AND {condition.Replace("{date}", "date_earliest", StringComparison.Ordinal)} ORDER BY date_earliest, {O("event_id")} LIMIT {Number(count)}
                    """, ReadStub, [("@a", link.A), ("@b", link.B), ("@relation", link.Relation)]));
            }
        }

        // Each actor's distinct events over the links kept.
        var links = string.Join(", ", top.Select((_, n) => $"(@la{Number(n)}, @lb{Number(n)}, @lr{Number(n)})"));
        var linkParameters = top.SelectMany((l, n) => new (string, object)[] { ($"@la{Number(n)}", l.A), ($"@lb{Number(n)}", l.B), ($"@lr{Number(n)}", l.Relation) });
        var actors = Counts($"""
            WITH src AS ({pairs}),
            kept (a, b, relation) AS (VALUES {links}),
            ends AS (
                SELECT s.a AS actor, s.event_id FROM src s JOIN kept k ON k.a = s.a AND k.b = s.b AND k.relation = s.relation
                UNION ALL
                SELECT s.b, s.event_id FROM src s JOIN kept k ON k.a = s.a AND k.b = s.b AND k.relation = s.relation)
            SELECT actor, count(DISTINCT event_id) FROM ends GROUP BY actor
            """, [.. parameters, .. linkParameters]);
        return new NetworkCounts(
            [.. top.Select(l => new NetworkLink(l.A, l.B, l.Relation, l.Events, first.GetValueOrDefault((l.A, l.B, l.Relation)) ?? []))],
            actors);
    }

    /// <summary>
    /// The network of the filtered events: their pairs read in one pass (the filter has already narrowed them) and
    /// counted here, where three passes of SQL would each walk the filter again.
    /// </summary>
    private NetworkCounts FilteredNetwork(RecordFilter filter, int maxLinks, int eventsShown)
    {
        var (selection, parameters) = Selection(filter);
        var links = new Dictionary<(string A, string B, string Relation), List<EventStub>>();
        foreach (var (key, stub) in Query($"""
            SELECT p.a, p.b, p.relation, p.event_id, p.type, p.date_earliest FROM {selection} JOIN event_pairs p ON p.event_id = f.id
            """, r => ((r.GetString(0), r.GetString(1), r.GetString(2)), ReadStub(r, 3)), parameters))
        {
            if (!links.TryGetValue(key, out var list))
            {
                links[key] = list = [];
            }

            list.Add(stub);
        }

        return NetworkCounts.Of(links, maxLinks, eventsShown);
    }

    /// <summary>Events, claims, positions and mentions of each entity (of every one when <paramref name="entityIds"/> is null).</summary>
    public List<ActorCounts> ReadActorCounts(IReadOnlyCollection<string>? entityIds)
    {
        Dictionary<string, int> Count(string table, string column, string? where = null) => entityIds is null
            ? Counts($"SELECT {column}, count(*) FROM {table} WHERE {column} IS NOT NULL{where} GROUP BY {column}")
            : ByIds(entityIds, list => $"SELECT {column}, count(*) FROM {table} WHERE {column} IN ({list}){where} GROUP BY {column}", r => (r.GetString(0), Int(r, 1)))
                .ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);
        var events = Count("event_actors", "entity_id");
        var claims = Count("claims", "speaker");
        var positions = Count("positions", "actor");
        var mentions = Count("mentions", "entity_id");
        return [.. events.Keys.Concat(claims.Keys).Concat(positions.Keys).Concat(mentions.Keys).Distinct(StringComparer.Ordinal)
            .Select(id => new ActorCounts(id, events.GetValueOrDefault(id), claims.GetValueOrDefault(id), positions.GetValueOrDefault(id), mentions.GetValueOrDefault(id)))];
    }

    /// <summary>Every topic's events, claims, positions and parties.</summary>
    public List<TopicCounts> ReadTopicCounts()
    {
        var events = Counts("SELECT topic, count(*) FROM event_topics GROUP BY topic");
        var claims = Counts($"SELECT j.value, count(DISTINCT c.id) FROM claims c, {store.JsonTextElements("c.topics", "j")} GROUP BY j.value");
        var positions = Query("SELECT topic, count(*), count(DISTINCT actor) FROM positions GROUP BY topic", r => (Topic: r.GetString(0), Count: Int(r, 1), Parties: Int(r, 2)))
            .ToDictionary(x => x.Topic, StringComparer.Ordinal);
        return [.. events.Keys.Concat(claims.Keys).Concat(positions.Keys).Distinct(StringComparer.Ordinal)
            .Select(t => new TopicCounts(t, events.GetValueOrDefault(t), claims.GetValueOrDefault(t),
                positions.TryGetValue(t, out var p) ? p.Count : 0, positions.TryGetValue(t, out var q) ? q.Parties : 0))];
    }

    /// <summary>How many merged events (with an account) the filter selects.</summary>
    public int CountEvents(RecordFilter filter)
    {
        if (filter.IsAll)
        {
            return Query("SELECT count(*) FROM events e WHERE EXISTS (SELECT 1 FROM event_links l WHERE l.event_id = e.id)", r => Int(r, 0))[0];
        }

        // One actor, topic or place alone (the actor and topic pages): counted from the index that leads with it. Like the
        // merged results' other side tables these hold what the last merge wrote; an event whose every account was
        // replaced since is counted until the next merge.
        if (filter with { Actor = null } == RecordFilter.All || filter with { Topic = null } == RecordFilter.All || filter with { Place = null } == RecordFilter.All)
        {
            var (sql, value) = filter.Actor is { } actor ? ("SELECT count(*) FROM event_actors WHERE entity_id = @key", actor)
                : filter.Topic is { } topic ? ("SELECT count(*) FROM event_topics WHERE topic = @key", topic)
                : ("SELECT count(*) FROM events WHERE place = @key", filter.Place!);
            return Query(sql, r => Int(r, 0), [("@key", value)])[0];
        }

        var (selection, parameters) = Selection(filter);
        return Query($"SELECT count(*) FROM {selection}", r => Int(r, 0), parameters)[0];
    }

    /// <summary>The claims the backend's full-text condition on <c>@query</c> selects, by id.</summary>
    public List<Claim> SearchClaimQuotes(string matches, string query, int limit) =>
        Query($"SELECT {ClaimColumns} FROM claims WHERE {matches} ORDER BY {O("id")} LIMIT {Number(limit)}", ReadClaim, [("@query", query)]);

    /// <summary>A keyset page, by id, of the documents the filter selects.</summary>
    public List<Document> ReadDocumentPage(DocumentFilter filter, int limit, string? afterDocumentId)
    {
        var where = new WhereClause();

        if (filter.Outlet is { } outlet)
        {
            // The outlet's spellings (ignoring case) among the few distinct ones, so the outlet's index finds its documents.
            var names = Query("SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL", r => r.GetString(0))
                .Where(o => string.Equals(o, outlet, StringComparison.OrdinalIgnoreCase)).ToList();
            where.Conditions.Add(names.Count == 0 ? "1 = 0" : "outlet IN (" + string.Join(", ", names.Select((_, n) => "@o" + Number(n))) + ")");
            where.Parameters.AddRange(names.Select((name, n) => ("@o" + Number(n), (object)name)));
        }

        where.Add("published_latest >= @from", "@from", filter.From is { } from ? DateRange.Iso(from) : null);
        where.Add("published_earliest <= @to", "@to", filter.To is { } to ? DateRange.Iso(to) : null);
        where.Add($"{O("id")} > @after", "@after", afterDocumentId);
        return Query($"SELECT {DocumentColumns} FROM documents {where.Sql} ORDER BY {O("id")} LIMIT {Number(limit)}", ReadDocument, where.Parameters);
    }

    /// <summary>The filtered events as a FROM item aliased <c>f</c> (columns as in the events table), and its parameters.</summary>
    private (string Sql, List<(string, object)> Parameters) Selection(RecordFilter filter)
    {
        // Only the columns the aggregates use: the JSON lists are not read.
        var (sql, parameters) = EventRowsSql(filter, int.MaxValue, "1 = 1", [], "e.id, e.place, e.date_earliest, e.date_latest, e.type");
        return ($"({sql}) f", parameters);
    }

    /// <summary>
    /// Up to <paramref name="limit"/> rows in timeline order: the dated ones first (<c>{date} IS NOT NULL</c>), then the
    /// undated, each read by <paramref name="read"/> with its condition and how many rows it may add.
    /// </summary>
    private static List<EventStub> Dated(int limit, Func<string, int, List<EventStub>> read)
    {
        var rows = read("{date} IS NOT NULL", limit);
        if (rows.Count < limit)
        {
            rows.AddRange(read("{date} IS NULL", limit - rows.Count));
        }

        return rows;
    }

    private static EventStub ReadStub(DbDataReader r) => ReadStub(r, 0);

    private static EventStub ReadStub(DbDataReader r, int o) =>
        new(r.GetString(o), EventTypes.Parse(r.GetString(o + 1)) ?? throw new InvalidDataException($"Unknown event type '{r.GetString(o + 1)}' in the store."), Str(r, o + 2) is { } day ? DateRange.ParseIso(day) : null);

    private Dictionary<string, int> Counts(string sql, IEnumerable<(string Name, object Value)>? parameters = null)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, count) in Query(sql, r => (Str(r, 0), Int(r, 1)), parameters))
        {
            if (key is not null)
            {
                counts[key] = count;
            }
        }

        return counts;
    }

    private static int Int(DbDataReader r, int i) => Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
