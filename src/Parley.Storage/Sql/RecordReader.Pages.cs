using System.Globalization;
using Parley.Model;
using Parley.Time;

namespace Parley.Storage.Sql;

/// <summary>
/// The command line's reads: one event's claims, an actor's counts, the sources and the contradictions of a slice and a
/// brief's key events, each from the indexes or an aggregate, so a command reads what it prints and not the record.
/// </summary>
internal sealed partial class RecordReader
{
    /// <summary>The claims about these events, in document order.</summary>
    public List<Claim> ReadClaimsAbout(IReadOnlyCollection<string> eventIds) =>
        InDocumentOrder(ByIds(eventIds, list => $"SELECT {ClaimColumns}, seq FROM claims WHERE event_id IN ({list})", r => (Claim: ReadClaim(r), Seq: r.GetInt32(14))));

    /// <summary>The claims with these ids, in document order.</summary>
    public List<Claim> ReadClaimsById(IReadOnlyCollection<string> claimIds) =>
        InDocumentOrder(ByIds(claimIds, list => $"SELECT {ClaimColumns}, seq FROM claims WHERE id IN ({list})", r => (Claim: ReadClaim(r), Seq: r.GetInt32(14))));

    /// <summary>Claims as the whole record lists them: by document id (ordinal), then their order in the document.</summary>
    private static List<Claim> InDocumentOrder(List<(Claim Claim, int Seq)> rows) =>
        [.. rows.OrderBy(x => x.Claim.DocumentId, StringComparer.Ordinal).ThenBy(x => x.Seq).Select(x => x.Claim)];

    /// <summary>Up to <paramref name="count"/> event ids each side of <paramref name="eventId"/>, from the primary key.</summary>
    public List<string> ReadEventIdsNear(string eventId, int count)
    {
        (string, object)[] id = [("@id", eventId)];
        var below = Query($"SELECT id FROM events WHERE {O("id")} < @id ORDER BY {O("id")} DESC LIMIT {Number(count)}", r => r.GetString(0), id);
        var above = Query($"SELECT id FROM events WHERE {O("id")} >= @id ORDER BY {O("id")} LIMIT {Number(count)}", r => r.GetString(0), id);
        below.Reverse();
        return [.. below, .. above];
    }

    /// <summary>The filtered events by type.</summary>
    public Dictionary<EventType, int> ReadEventTypeCounts(RecordFilter filter)
    {
        // One actor or one topic alone (an actor's page): from the side table's (key, type, ...) index, which carries the
        // type; counted as CountEvents counts them (what the last merge wrote).
        var (sql, parameters) = filter with { Actor = null } == RecordFilter.All && filter.Actor is not null ? ("SELECT type, count(*) FROM event_actors WHERE entity_id = @key GROUP BY type", [("@key", (object)filter.Actor!)])
            : filter with { Topic = null } == RecordFilter.All && filter.Topic is not null ? ("SELECT type, count(*) FROM event_topics WHERE topic = @key GROUP BY type", [("@key", (object)filter.Topic)])
            : Selection(filter) is var (selection, selected) ? ($"SELECT f.type, count(*) FROM {selection} GROUP BY f.type", selected) : default;
        var counts = new Dictionary<EventType, int>();
        foreach (var (type, count) in Query(sql, r => (r.GetString(0), Int(r, 1)), parameters))
        {
            if (EventTypes.Parse(type) is { } parsed)
            {
                counts[parsed] = count;
            }
        }

        return counts;
    }

    /// <summary>How many distinct documents name each of these entities.</summary>
    public Dictionary<string, int> ReadMentionDocumentCounts(IReadOnlyCollection<string> entityIds) =>
        ByIds(entityIds, list => $"SELECT entity_id, count(DISTINCT doc_id) FROM mentions WHERE entity_id IN ({list}) GROUP BY entity_id",
            r => (r.GetString(0), Int(r, 1)))
        .ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);

    /// <summary>
    /// Every outlet's counts over the filtered events: its documents (all of them), the claims about those events, the
    /// events it reports and those only it reports, with the first of these in timeline order.
    /// </summary>
    public List<OutletSummary> ReadOutletSummaries(RecordFilter filter, int aloneShown)
    {
        var (selection, parameters) = Selection(filter);
        var documents = Counts($"SELECT {OutletKey}, count(*) FROM documents d GROUP BY {OutletKey}");
        var claims = Counts($"SELECT {OutletKey}, count(*) FROM {selection} JOIN claims c ON c.event_id = f.id JOIN documents d ON d.id = c.doc_id GROUP BY {OutletKey}", parameters);
        // The events each outlet reports and those only it reports (its rows marked sole, version 18), in one pass.
        var events = new Dictionary<string, int>(StringComparer.Ordinal);
        var alone = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (outlet, all, sole) in Query($"SELECT o.outlet, count(*), sum(o.sole) FROM {selection} JOIN event_outlets o ON o.event_id = f.id GROUP BY o.outlet",
            r => (r.GetString(0), Int(r, 1), Int(r, 2)), parameters))
        {
            events[outlet] = all;
            if (sole > 0)
            {
                alone[outlet] = sole;
            }
        }

        // Each outlet's first events only it reports, in timeline order (dated by day and id, then the undated by id):
        // numbered per outlet in the database, so only the shown ones come back.
        var first = new Dictionary<string, List<EventStub>>(StringComparer.Ordinal);
        if (aloneShown > 0 && alone.Count > 0)
        {
            foreach (var (outlet, stub) in Query($"""
                SELECT outlet, id, type, date_earliest FROM (
                    SELECT o.outlet, f.id, f.type, f.date_earliest,
                           row_number() OVER (PARTITION BY o.outlet ORDER BY CASE WHEN f.date_earliest IS NULL THEN 1 ELSE 0 END, f.date_earliest, {O("f.id")}) AS n
                    FROM {selection} JOIN event_outlets o ON o.event_id = f.id WHERE o.sole = 1) numbered
                WHERE n <= {Number(aloneShown)} ORDER BY {O("outlet")}, n
                """, r => (r.GetString(0), ReadStub(r, 1)), parameters))
            {
                if (!first.TryGetValue(outlet, out var list))
                {
                    first[outlet] = list = [];
                }

                list.Add(stub);
            }
        }

        return [.. documents.Select(d => new OutletSummary(d.Key, d.Value, events.GetValueOrDefault(d.Key), claims.GetValueOrDefault(d.Key), alone.GetValueOrDefault(d.Key),
                first.GetValueOrDefault(d.Key) ?? []))
            .OrderByDescending(o => o.Documents).ThenBy(o => o.Outlet, StringComparer.Ordinal)];
    }

    /// <summary>
    /// A page of contradictions by id: every one when nothing is filtered, else those about the filtered events (read
    /// among the disputed events, a few in a hundred).
    /// </summary>
    public List<Contradiction> ReadContradictionList(RecordFilter filter, int limit, string? afterId)
    {
        var where = new WhereClause();
        if (!filter.IsAll)
        {
            var (selection, parameters) = Selection(filter with { DisputedOnly = true });
            where.Conditions.Add($"x.event_id IN (SELECT f.id FROM {selection})");
            where.Parameters.AddRange(parameters);
        }

        where.Add($"{O("x.id")} > @after_x", "@after_x", afterId);
        return Query($"SELECT x.id, x.event_id, x.attribute, x.claims, x.\"values\" FROM contradictions x {where.Sql} ORDER BY {O("x.id")} LIMIT {Number(limit)}",
            ReadContradiction, where.Parameters);
    }

    /// <summary>How many contradictions <see cref="ReadContradictionList"/> pages through: all, or those about the filtered events.</summary>
    public int CountContradictions(RecordFilter filter)
    {
        if (filter.IsAll)
        {
            return Query("SELECT count(*) FROM contradictions", r => Int(r, 0))[0];
        }

        var (selection, parameters) = Selection(filter with { DisputedOnly = true });
        return Query($"SELECT count(*) FROM contradictions x WHERE x.event_id IN (SELECT f.id FROM {selection})", r => Int(r, 0), parameters)[0];
    }

    /// <summary>
    /// The filtered events dated wholly inside the filter's period, most reporting documents first (the distinct
    /// documents of their accounts), then by earliest day and id.
    /// </summary>
    public List<string> ReadMostReportedEvents(RecordFilter filter, int limit)
    {
        var (selection, parameters) = Selection(filter);
        var inside = "f.date_earliest IS NOT NULL";
        if (filter.Period is { } period)
        {
            inside += " AND f.date_earliest >= @inside_from AND f.date_latest <= @inside_to";
            parameters.Add(("@inside_from", DateRange.Iso(period.Earliest)));
            parameters.Add(("@inside_to", DateRange.Iso(period.Latest)));
        }

        return Query($"""
            SELECT f.id FROM {selection} JOIN event_links l ON l.event_id = f.id WHERE {inside}
            GROUP BY f.id, f.date_earliest ORDER BY count(DISTINCT l.doc_id) DESC, f.date_earliest, {O("f.id")} LIMIT {Number(limit)}
            """, r => r.GetString(0), parameters);
    }

    /// <summary>
    /// A page of the named entities by id, with their mentions and their roles from the documents: what
    /// <see cref="ReadEntitiesWithMentions"/> gives, a page at a time.
    /// </summary>
    public List<EntityWithMentions> ReadEntityPage(int limit, string? afterId)
    {
        var where = new WhereClause();
        where.Conditions.Add("EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id)");
        where.Add($"{O("e.id")} > @after", "@after", afterId);
        var entities = Query($"SELECT e.id, e.kind, e.name, e.aliases, e.roles, e.geo, e.attributes, e.discovered FROM entities e {where.Sql} ORDER BY {O("e.id")} LIMIT {Number(limit)}",
            ReadEntityRow, where.Parameters);
        var ids = entities.Select(e => e.Id).ToList();
        var roles = Group(ByIds(ids, list => $"SELECT doc_id, entity_id, title, \"of\", \"from\", until, seq FROM entity_roles WHERE entity_id IN ({list})",
                r => (Doc: r.GetString(0), Entity: r.GetString(1), Seq: r.GetInt32(6), Role: new EntityRole(r.GetString(2), Str(r, 3), Str(r, 4), Str(r, 5), r.GetString(0))))
            .OrderBy(x => x.Doc, StringComparer.Ordinal).ThenBy(x => x.Seq).ToList(), x => x.Entity);
        // By entity, document, place and then the order stored, as the whole record reads them.
        var mentions = Group(ByIds(ids, list => $"SELECT entity_id, doc_id, start, \"end\", text, rowid FROM mentions WHERE entity_id IN ({list})",
                r => (Entity: r.GetString(0), Doc: r.GetString(1), Start: r.GetInt32(2), Row: Convert.ToInt64(r.GetValue(5), CultureInfo.InvariantCulture),
                    Mention: new DocumentMention(r.GetString(1), new EntityMention(r.GetString(0), new Text.CharSpan(r.GetInt32(2), r.GetInt32(3)), r.GetString(4)))))
            .OrderBy(x => x.Doc, StringComparer.Ordinal).ThenBy(x => x.Start).ThenBy(x => x.Row).ToList(), x => x.Entity);
        return [.. entities.Select(e => new EntityWithMentions(e with { Roles = [.. e.Roles, .. Get(roles, e.Id).Select(x => x.Role)] }, [.. Get(mentions, e.Id).Select(x => x.Mention)]))];
    }

    /// <summary>The entities with at least one mention, by id, with their own roles only (from the mentions' entity index).</summary>
    public List<Entity> ReadNamedEntities() =>
        Query($"SELECT e.id, e.kind, e.name, e.aliases, e.roles, e.geo, e.attributes, e.discovered FROM entities e WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id) ORDER BY {O("e.id")}",
            ReadEntityRow);

    /// <summary>A page of the claims (of the filtered events when filtered) in document order, from the (document, seq) key.</summary>
    public List<StoredClaim> ReadClaimPage(RecordFilter filter, int limit, ClaimKey? after)
    {
        var where = new WhereClause();
        if (!filter.IsAll)
        {
            var (selection, parameters) = Selection(filter);
            where.Conditions.Add($"c.event_id IN (SELECT f.id FROM {selection})");
            where.Parameters.AddRange(parameters);
        }

        if (after is { } a)
        {
            where.Conditions.Add($"({O("c.doc_id")} > @after_doc OR (c.doc_id = @after_doc AND c.seq > @after_seq))");
            where.Parameters.Add(("@after_doc", a.DocumentId));
            where.Parameters.Add(("@after_seq", a.Seq));
        }

        var columns = string.Join(", ", ClaimColumns.Split(',').Select(c => "c." + c.Trim()));
        return Query($"SELECT {columns}, c.seq FROM claims c {where.Sql} ORDER BY {O("c.doc_id")}, c.seq LIMIT {Number(limit)}",
            r => new StoredClaim(ReadClaim(r), new ClaimKey(r.GetString(1), r.GetInt32(14))), where.Parameters);
    }
}
