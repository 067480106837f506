using System.Data.Common;
using Parley.Model;
using Parley.Text;
using Parley.Time;

namespace Parley.Storage.Sql;

/// <summary>
/// Reads stored rows back into the model, with SQL both backends accept; text sort keys go through
/// <see cref="SqlParleyStore.Ordered"/> so every backend returns the same order.
/// </summary>
internal sealed partial class RecordReader(SqlParleyStore store)
{

    private const string DocumentColumns = """
        id, title, outlet, authors, published_earliest, published_latest, published_precision, published_inferred,
        url, source, format, text
        """;

    internal const string EventMentionColumns = """
        m.doc_id, m.key, m.type, m.status, m.date_earliest, m.date_latest, m.date_precision, m.place,
        m.actors, m.targets, m.mediators, m.topics, m.quantities, m.start, m."end", m.quote, m.via, m.trigger
        """;

    internal const string ClaimColumns = """
        id, doc_id, start, "end", quote, speaker, via, stance, event_key, event_id, topics, "values", answers, source
        """;

    private const string PositionColumns = """
        doc_id, actor, topic, stance, start, "end", quote, date_earliest, date_latest, date_precision
        """;

    public IReadOnlyList<DocumentExtraction> ReadExtractions()
    {
        var documents = Query($"SELECT {DocumentColumns} FROM documents ORDER BY {O("id")}", ReadDocument);
        var entities = ReadEntities().ToDictionary(e => e.Id, StringComparer.Ordinal);
        var docEntities = Group(Query($"SELECT doc_id, entity_id FROM document_entities ORDER BY {O("doc_id")}, {O("entity_id")}",
            r => (Doc: r.GetString(0), Entity: r.GetString(1))), x => x.Doc);
        var mentions = Group(Query($"SELECT doc_id, entity_id, start, \"end\", text FROM mentions ORDER BY {O("doc_id")}, start, rowid",
            r => (Doc: r.GetString(0), Mention: new EntityMention(r.GetString(1), new CharSpan(r.GetInt32(2), r.GetInt32(3)), r.GetString(4)))), x => x.Doc);
        var roles = Group(Query($"SELECT doc_id, entity_id, title, \"of\", \"from\", until FROM entity_roles ORDER BY {O("doc_id")}, seq",
            r => (Doc: r.GetString(0), Entity: r.GetString(1), Role: new EntityRole(r.GetString(2), Str(r, 3), Str(r, 4), Str(r, 5), r.GetString(0)))), x => x.Doc);
        var times = Group(Query($"SELECT doc_id, start, \"end\", text, earliest, latest, precision, anchored, duration FROM time_expressions ORDER BY {O("doc_id")}, start, rowid",
            r => (Doc: r.GetString(0), Time: new TimeExpression(new CharSpan(r.GetInt32(1), r.GetInt32(2)), r.GetString(3),
                JsonColumns.ReadDate(r.GetString(4), r.GetString(5), r.GetString(6))!.Value, r.GetInt32(7) != 0, r.GetInt32(8) != 0))), x => x.Doc);
        var events = Group(Query($"SELECT {EventMentionColumns} FROM event_mentions m ORDER BY {O("m.doc_id")}, m.seq", ReadEventMention), x => x.DocumentId);
        var claims = Group(Query($"SELECT {ClaimColumns} FROM claims ORDER BY {O("doc_id")}, seq", ReadClaim), x => x.DocumentId);
        var positions = Group(Query($"SELECT {PositionColumns} FROM positions ORDER BY {O("doc_id")}, seq", ReadPosition), x => x.DocumentId);

        return documents.Select(d => new DocumentExtraction
        {
            Document = d,
            Entities = [.. Get(docEntities, d.Id).Select(x => entities.GetValueOrDefault(x.Entity)).OfType<Entity>()],
            Mentions = [.. Get(mentions, d.Id).Select(x => x.Mention)],
            Roles = [.. Get(roles, d.Id).Select(x => (x.Entity, x.Role))],
            TimeExpressions = [.. Get(times, d.Id).Select(x => x.Time)],
            Events = Get(events, d.Id),
            Claims = Get(claims, d.Id),
            Positions = Get(positions, d.Id),
        }).ToList();
    }

    /// <summary>Every event mention and every claim, in document order: all the cross-document pass reads.</summary>
    public (IReadOnlyList<EventMention> Mentions, IReadOnlyList<Claim> Claims) ReadMergeInputs()
    {
        var events = Query($"SELECT {EventMentionColumns} FROM event_mentions m ORDER BY {O("m.doc_id")}, m.seq", ReadEventMention);
        var claims = Query($"SELECT {ClaimColumns} FROM claims ORDER BY {O("doc_id")}, seq", ReadClaim);
        return (events, claims);
    }

    /// <summary>Each merged mention's event id, from the links the last pass stored.</summary>
    public IReadOnlyDictionary<(string Doc, string Key), string> ReadEventLinks()
    {
        var links = new Dictionary<(string Doc, string Key), string>();
        foreach (var (doc, key, eventId) in Query("SELECT doc_id, mention_key, event_id FROM event_links", r => (r.GetString(0), r.GetString(1), r.GetString(2))))
        {
            links[(doc, key)] = eventId;
        }

        return links;
    }

    public ParleyRecord ReadRecord(RecordFilter filter)
    {
        var documents = Query($"SELECT {DocumentColumns} FROM documents ORDER BY {O("id")}", ReadDocument);
        var events = ReadEvents(filter, int.MaxValue);
        var eventIds = events.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var claims = Query($"SELECT {ClaimColumns} FROM claims ORDER BY {O("doc_id")}, seq", ReadClaim);
        var contradictions = Query($"SELECT id, event_id, attribute, claims, \"values\" FROM contradictions ORDER BY {O("id")}", ReadContradiction);
        var positions = Query($"SELECT {PositionColumns} FROM positions ORDER BY {O("doc_id")}, seq", ReadPosition);
        if (!filter.IsAll)
        {
            claims = [.. claims.Where(c => c.EventId is not null && eventIds.Contains(c.EventId))];
            contradictions = [.. contradictions.Where(x => x.EventId is not null && eventIds.Contains(x.EventId))];
            positions = [.. positions.Where(p =>
                (filter.Actor is null || p.Actor == filter.Actor) &&
                (filter.Topic is null || p.Topic == filter.Topic) &&
                (filter.Period is null || (p.Date is { } d && d.Overlaps(filter.Period.Value))))];
        }

        return new ParleyRecord
        {
            Documents = documents,
            Entities = ReadEntitiesWithMentions(),
            Events = events,
            Claims = claims,
            Contradictions = contradictions,
            Positions = positions,
        };
    }

    private List<EntityWithMentions> ReadEntitiesWithMentions()
    {
        var entities = ReadEntities().ToDictionary(e => e.Id, StringComparer.Ordinal);
        var docRoles = Group(Query($"SELECT doc_id, entity_id, title, \"of\", \"from\", until FROM entity_roles ORDER BY {O("doc_id")}, seq",
            r => (Entity: r.GetString(1), Role: new EntityRole(r.GetString(2), Str(r, 3), Str(r, 4), Str(r, 5), r.GetString(0)))), x => x.Entity);
        var mentions = Query($"SELECT entity_id, doc_id, start, \"end\", text FROM mentions ORDER BY {O("entity_id")}, {O("doc_id")}, start, rowid",
            r => (Entity: r.GetString(0), Mention: new DocumentMention(r.GetString(1), new EntityMention(r.GetString(0), new CharSpan(r.GetInt32(2), r.GetInt32(3)), r.GetString(4)))));
        var result = new List<EntityWithMentions>();
        foreach (var group in mentions.GroupBy(m => m.Entity, StringComparer.Ordinal))
        {
            if (!entities.TryGetValue(group.Key, out var entity))
            {
                continue;
            }

            var roles = entity.Roles.Concat(Get(docRoles, entity.Id).Select(x => x.Role)).ToList();
            result.Add(new EntityWithMentions(entity with { Roles = roles }, [.. group.Select(g => g.Mention)]));
        }

        return result;
    }

    /// <summary>Days an event's date may span and still bound a period query by itself (a year-precision date spans 364 or 365).</summary>
    private const long ShortSpan = 366;

    /// <summary>The merged events the filter selects, in timeline order (date, then id), at most <paramref name="limit"/>.</summary>
    public List<Event> ReadEvents(RecordFilter filter, int limit) => ReadEvents(filter, limit, null)!;

    /// <summary>
    /// The merged events the filter selects, in timeline order (dated ones by earliest day, then id; undated ones last,
    /// by id), at most <paramref name="limit"/>, starting after the event <paramref name="afterEventId"/> when given:
    /// a keyset page, so page 1000 costs what page 1 does. Null when the store holds no event with that id.
    /// </summary>
    public List<Event>? ReadEvents(RecordFilter filter, int limit, string? afterEventId)
    {
        (string? Date, string Id)? cursor = null;
        if (afterEventId is not null)
        {
            var found = Query("SELECT date_earliest FROM events WHERE id = @after_id", r => Str(r, 0), [("@after_id", afterEventId)]);
            if (found.Count == 0)
            {
                return null;
            }

            cursor = (found[0], afterEventId);
        }

        // Dated events first, read in order from the date indexes; then, when the page has room, the undated ones by id
        // (both backends put them last, whatever their own order of nulls). {date} and {id} are the driving row's.
        var rows = new List<EventRow>();
        if (cursor is not { Date: null })
        {
            var part = new List<(string, object)>();
            var condition = "{date} IS NOT NULL";
            if (cursor is { Date: { } afterDate })
            {
                // The first term bounds the index range; the second settles the ties on the cursor's day by id.
                condition += $" AND {{date}} >= @after_date AND ({{date}} > @after_date OR {O("{id}")} > @after_id)";
                part.Add(("@after_date", afterDate));
                part.Add(("@after_id", cursor.Value.Id));
            }

            rows.AddRange(ReadEventRows(filter, limit, condition, part));
        }

        if (filter.Period is null && rows.Count < limit)
        {
            var part = new List<(string, object)>();
            var condition = "{date} IS NULL";
            if (cursor is { Date: null })
            {
                condition += $" AND {O("{id}")} > @after_id";
                part.Add(("@after_id", cursor.Value.Id));
            }

            rows.AddRange(ReadEventRows(filter, limit == int.MaxValue ? limit : limit - rows.Count, condition, part));
        }

        return WithAccounts(rows, filter.IsAll && limit == int.MaxValue && cursor is null);
    }

    /// <summary>
    /// The contradictions about the given events, by id: what a page of the timeline needs to mark the disputed
    /// ones, looked up through the event index in chunks.
    /// </summary>
    public List<Contradiction> ReadContradictions(IReadOnlyCollection<string> eventIds)
    {
        var result = new List<Contradiction>();
        foreach (var chunk in eventIds.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var names = chunk.Select((_, n) => "@e" + n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            result.AddRange(Query(
                $"SELECT id, event_id, attribute, claims, \"values\" FROM contradictions WHERE event_id IN ({string.Join(", ", names)}) ORDER BY {O("id")}",
                ReadContradiction, chunk.Select((id, n) => (names[n], (object)id))));
        }

        return [.. result.OrderBy(x => x.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// A keyset page of the documents, newest first (dated ones by earliest day descending, then id; undated ones last,
    /// by id), without their text: read in order from the (published day descending, id) index.
    /// </summary>
    public List<DocumentSummary>? ReadDocuments(int limit, string? afterDocumentId)
    {
        (string? Day, string Id)? cursor = null;
        if (afterDocumentId is not null)
        {
            var found = Query("SELECT published_earliest FROM documents WHERE id = @after_id", r => Str(r, 0), [("@after_id", afterDocumentId)]);
            if (found.Count == 0)
            {
                return null;
            }

            cursor = (found[0], afterDocumentId);
        }

        const string Columns = """
            d.id, d.title, d.outlet, d.published_earliest, d.published_latest, d.published_precision,
                   (SELECT count(*) FROM event_links l WHERE l.doc_id = d.id), (SELECT count(*) FROM claims c WHERE c.doc_id = d.id)
            """;
        List<DocumentSummary> Read(string condition, string order, int count, List<(string, object)> parameters) => Query(
            $"SELECT {Columns} FROM documents d WHERE {condition} ORDER BY {order} LIMIT {count.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
            r => new DocumentSummary(r.GetString(0), Str(r, 1), Str(r, 2), JsonColumns.ReadDate(Str(r, 3), Str(r, 4), Str(r, 5)),
                Convert.ToInt32(r.GetValue(6), System.Globalization.CultureInfo.InvariantCulture), Convert.ToInt32(r.GetValue(7), System.Globalization.CultureInfo.InvariantCulture)),
            parameters);

        return NewestFirstThenUndated("d.published_earliest", "d.id", cursor, limit, Read);
    }

    /// <summary>
    /// A keyset page newest first by the nullable <paramref name="day"/> column, then the undated rows by
    /// <paramref name="id"/>: the rows after <paramref name="cursor"/> (a row's day and id), each part read by
    /// <paramref name="read"/> with its condition, order, row limit and parameters.
    /// </summary>
    private List<T> NewestFirstThenUndated<T>(string day, string id, (string? Day, string Id)? cursor, int limit,
        Func<string, string, int, List<(string, object)>, List<T>> read)
    {
        var rows = new List<T>();
        if (cursor is not { Day: null })
        {
            var parameters = new List<(string, object)>();
            var condition = $"{day} IS NOT NULL";
            if (cursor is { Day: { } afterDay })
            {
                condition += $" AND {day} <= @after_day AND ({day} < @after_day OR {O(id)} > @after_id)";
                parameters.Add(("@after_day", afterDay));
                parameters.Add(("@after_id", cursor.Value.Id));
            }

            rows.AddRange(read(condition, $"{day} DESC, {O(id)}", limit, parameters));
        }

        if (rows.Count < limit)
        {
            var parameters = new List<(string, object)>();
            var condition = $"{day} IS NULL";
            if (cursor is { Day: null })
            {
                condition += $" AND {O(id)} > @after_id";
                parameters.Add(("@after_id", cursor.Value.Id));
            }

            rows.AddRange(read(condition, O(id), limit - rows.Count, parameters));
        }

        return rows;
    }

    /// <summary>
    /// The values the event filters can take, each read from the index that leads with it a value at a time (a loose
    /// index scan: one index seek per distinct value, so the cost follows the values, not the million rows).
    /// </summary>
    public EventFacets ReadEventFacets()
    {
        // Both backends take this recursive form; each step seeks the next value above the last one.
        List<string> Distinct(string table, string column) => Query($"""
            WITH RECURSIVE v(value) AS (
                SELECT min({column}) FROM {table}
                UNION ALL
                SELECT (SELECT min({column}) FROM {table} WHERE {column} > v.value) FROM v WHERE v.value IS NOT NULL
            )
            SELECT value FROM v WHERE value IS NOT NULL
            """, r => r.GetString(0));
        return new EventFacets(Distinct("event_actors", "entity_id"), Distinct("events", "place"), Distinct("event_topics", "topic"), Distinct("documents", "outlet"));
    }

    /// <summary>The stored entities without their mentions: what names the ids of a page and finds an actor by name.</summary>
    public List<Entity> ReadEntityList() => ReadEntities();

    /// <summary>An event's row before its accounts are read.</summary>
    private sealed record EventRow(
        string Id, EventType? Type, EventStatus Status, DateRange? Date, string? Place, IReadOnlyList<string> Actors, IReadOnlyList<string> Targets,
        IReadOnlyList<string> Mediators, IReadOnlyList<string> Topics, IReadOnlyList<Quantity> Quantities);

    /// <summary>
    /// The rows of the events the filter selects that also pass <paramref name="part"/> (a condition on the driving
    /// row's <c>{date}</c> and <c>{id}</c>), in timeline order, at most <paramref name="limit"/>.
    /// </summary>
    private List<EventRow> ReadEventRows(RecordFilter filter, int limit, string part, List<(string, object)> partParameters)
    {
        var (sql, parameters) = EventRowsSql(filter, limit, part, partParameters);
        return Query(sql, ReadEventRow, parameters);
    }

    /// <summary>
    /// The SELECT behind <see cref="ReadEventRows"/> and its parameters: the event rows' columns (<c>id</c>, <c>place</c>,
    /// <c>date_earliest</c>, ... as named in the events table), which the aggregates wrap as a subquery.
    /// </summary>
    private (string Sql, List<(string, object)> Parameters) EventRowsSql(RecordFilter filter, int limit, string part, List<(string, object)> partParameters,
        string columns = EventRowColumns)
    {
        // Conditions name the event's id as {id}: the driving side table's copy of it when one drives, so its probes
        // run before the event's row is read.
        var where = new List<string> { part };
        var parameters = new List<(string, object)>(partParameters);
        string? lowest = null;
        var longOnes = false;
        if (filter.Period is { } period)
        {
            where.Add("e.date_earliest IS NOT NULL AND e.date_earliest <= @until AND e.date_latest >= @since");
            parameters.Add(("@since", DateRange.Iso(period.Earliest)));
            parameters.Add(("@until", DateRange.Iso(period.Latest)));
            // Implied by the overlap, but it bounds the date index from below too: an overlapping event starts at most
            // its span before the period (without a bound '--from 2023' reads the date index from the first event).
            // Spans up to a year bound it; the few longer events are looked up by span and merged in.
            if (Query("SELECT max(date_span) FROM events", r => r.IsDBNull(0) ? (long?)null : r.GetInt64(0)).FirstOrDefault() is { } longest
                && Math.Min(longest, ShortSpan) < period.Earliest.DayOfYear + 365L * (period.Earliest.Year - 2))
            {
                lowest = DateRange.Iso(period.Earliest.PlusDays(-(int)Math.Min(longest, ShortSpan)));
                parameters.Add(("@lowest", lowest));
                longOnes = longest > ShortSpan;
                if (longOnes)
                {
                    parameters.Add(("@short", ShortSpan));
                }
            }
        }

        // One filter drives the query, read in timeline order from its index so a page reads its rows and stops; the
        // others are tests on each driving row (probes of a primary key or an index where they need another table).
        var driver = ChooseDriver(filter);
        if (filter.Type is { } type)
        {
            // The actor's and topic's side tables carry the type (schema version 8): their driving index is then
            // (key, type, date, id), and the event's own column need not be tested again.
            if (driver is not (Driver.Actor or Driver.Topic or Driver.ActorTopic))
            {
                where.Add("e.type = @type");
            }

            parameters.Add(("@type", type.ToWire()));
        }

        if (filter.Actor is { } actor)
        {
            if (driver is not (Driver.Actor or Driver.ActorTopic))
            {
                where.Add(Probe(Driver.Actor, "{id}"));
            }

            parameters.Add(("@actor", actor));
        }

        if (filter.Topic is { } topic)
        {
            if (driver is not (Driver.Topic or Driver.ActorTopic))
            {
                where.Add(Probe(Driver.Topic, "{id}"));
            }

            parameters.Add(("@topic", topic));
        }

        if (filter.Place is { } place)
        {
            where.Add("e.place = @place");
            parameters.Add(("@place", place));
        }

        if (filter.Status is { } status)
        {
            where.Add("e.status = @status");
            parameters.Add(("@status", status.ToWire()));
        }

        if (filter.DisputedOnly && driver != Driver.Disputed)
        {
            where.Add(Probe(Driver.Disputed, "{id}"));
        }

        if (filter.Outlet is { } outlet)
        {
            // Any account of the event in a document of the outlet: the event's links (primary key starts with the
            // event id), then each document by id.
            where.Add(outlet == RecordFilter.UnknownOutlet
                ? "EXISTS (SELECT 1 FROM event_links ol CROSS JOIN documents od WHERE ol.event_id = {id} AND od.id = ol.doc_id AND (od.outlet IS NULL OR trim(od.outlet) = ''))"
                : "EXISTS (SELECT 1 FROM event_links ol CROSS JOIN documents od WHERE ol.event_id = {id} AND od.id = ol.doc_id AND od.outlet = @outlet)");
            parameters.Add(("@outlet", outlet));
            // The key of the outlet's rows in event_outlets (schema version 11).
            parameters.Add(("@outlet_key", outlet == RecordFilter.UnknownOutlet ? "" : outlet));
        }

        var Columns = columns;
        // Only events with at least one account left: a replaced document drops its accounts until the next merge.
        // Nearly always true, so it comes last, after the probes that rule rows out.
        where.Add("EXISTS (SELECT 1 FROM event_links l WHERE l.event_id = {id})");
        string Conditions(string id) => string.Join(" AND ", where).Replace("{id}", id, StringComparison.Ordinal)
            .Replace("{date}", id.StartsWith("d.", StringComparison.Ordinal) ? "d.date_earliest" : "e.date_earliest", StringComparison.Ordinal);
        // The driving rows in timeline order: a side table's (date, event id) is the event's (date, id).
        var typed = filter.Type is null ? "" : " AND d.type = @type";
        var (from, first, order) = driver switch
        {
            Driver.Actor => ("FROM event_actors d CROSS JOIN events e WHERE d.entity_id = @actor" + typed + " AND e.id = d.event_id AND " + Conditions("d.event_id"),
                "d.date_earliest", $" ORDER BY d.date_earliest, {O("d.event_id")}"),
            Driver.Topic => ("FROM event_topics d CROSS JOIN events e WHERE d.topic = @topic" + typed + " AND e.id = d.event_id AND " + Conditions("d.event_id"),
                "d.date_earliest", $" ORDER BY d.date_earliest, {O("d.event_id")}"),
            // Only the events with both, in timeline order, of the type when given (schema version 9).
            Driver.ActorTopic => ("FROM event_actor_topics d CROSS JOIN events e WHERE d.entity_id = @actor AND d.topic = @topic" + typed + " AND e.id = d.event_id AND " + Conditions("d.event_id"),
                "d.date_earliest", $" ORDER BY d.date_earliest, {O("d.event_id")}"),
            // The disputed events and an outlet's, each in timeline order (schema version 11).
            Driver.Disputed => ("FROM disputed_events d CROSS JOIN events e WHERE e.id = d.event_id AND " + Conditions("d.event_id"),
                "d.date_earliest", $" ORDER BY d.date_earliest, {O("d.event_id")}"),
            Driver.Outlet => ("FROM event_outlets d CROSS JOIN events e WHERE d.outlet = @outlet_key AND e.id = d.event_id AND " + Conditions("d.event_id"),
                "d.date_earliest", $" ORDER BY d.date_earliest, {O("d.event_id")}"),
            _ => ("FROM events e WHERE " + Conditions("e.id"), "e.date_earliest", $" ORDER BY e.date_earliest, {O("e.id")}"),
        };
        var limitSql = limit < int.MaxValue ? " LIMIT " + limit.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        // The long events before the bound are few: read through the span index, with the driving filter as a probe.
        var longFilters = Conditions("e.id")
            + (driver is (Driver.Actor or Driver.Topic or Driver.ActorTopic) && filter.Type is not null ? " AND e.type = @type" : "")
            + (driver is { } probed ? " AND " + Probe(probed, "e.id") : "");
        // The period bounds the driving index's date: the side table's copy of it too (the events' own upper bound is
        // among the conditions already; PostgreSQL counts a repeated condition twice and misjudges the rows).
        var bounded = from + (filter.Period is null || first == "e.date_earliest" ? "" : $" AND {first} <= @until") + (lowest is null ? "" : $" AND {first} >= @lowest");
        var sql = !longOnes ? $"SELECT {Columns} {bounded}{order}{limitSql}"
            // Disjoint halves: those starting from the bound (read in order from the date index), and the long events
            // starting before it (few, read through the span index), merged in timeline order.
            : $"""
                SELECT * FROM (
                    SELECT * FROM (SELECT {Columns} {bounded}{order}{limitSql}) recent
                    UNION ALL
                    SELECT * FROM (SELECT {Columns} FROM events e WHERE {longFilters} AND e.date_earliest < @lowest AND e.date_span > @short) long_ones
                ) u ORDER BY u.date_earliest, {O("u.id")}{limitSql}
                """;
        return (sql, parameters);
    }

    private const string EventRowColumns = """
        e.id, e.type, e.status, e.date_earliest, e.date_latest, e.date_precision, e.place,
               e.actors, e.targets, e.mediators, e.topics, e.quantities
        """;

    private static EventRow ReadEventRow(DbDataReader r) => new(
        Id: r.GetString(0),
        Type: EventTypes.Parse(r.GetString(1)),
        Status: EventStatuses.Parse(r.GetString(2)) ?? EventStatus.Occurred,
        Date: JsonColumns.ReadDate(Str(r, 3), Str(r, 4), Str(r, 5)),
        Place: Str(r, 6),
        Actors: JsonColumns.ReadStrings(r.GetString(7)),
        Targets: JsonColumns.ReadStrings(r.GetString(8)),
        Mediators: JsonColumns.ReadStrings(r.GetString(9)),
        Topics: JsonColumns.ReadStrings(r.GetString(10)),
        Quantities: JsonColumns.ReadQuantities(r.GetString(11)));

    /// <summary>The merged events with these ids, with their accounts.</summary>
    public List<Event> ReadEventsById(IReadOnlyCollection<string> eventIds) =>
        WithAccounts(ByIds(eventIds, list => $"SELECT {EventRowColumns} FROM events e WHERE e.id IN ({list})", ReadEventRow), everything: false);

    /// <summary>The documents with these ids, with their text.</summary>
    public List<Document> ReadDocumentsById(IReadOnlyCollection<string> documentIds) =>
        ByIds(documentIds, list => $"SELECT {DocumentColumns} FROM documents WHERE id IN ({list})", ReadDocument);

    /// <summary>One document's mentions, event accounts, claims and positions, and its accounts' merged events by key.</summary>
    public (DocumentExtraction, IReadOnlyDictionary<string, string>)? ReadDocumentExtraction(string documentId)
    {
        (string, object)[] id = [("@doc", documentId)];
        if (Query($"SELECT {DocumentColumns} FROM documents WHERE id = @doc", ReadDocument, id) is not [var document])
        {
            return null;
        }

        var extraction = new DocumentExtraction
        {
            Document = document,
            Mentions = Query("SELECT entity_id, start, \"end\", text FROM mentions WHERE doc_id = @doc ORDER BY start, rowid",
                r => new EntityMention(r.GetString(0), new CharSpan(r.GetInt32(1), r.GetInt32(2)), r.GetString(3)), id),
            Events = Query($"SELECT {EventMentionColumns} FROM event_mentions m WHERE m.doc_id = @doc ORDER BY m.seq", ReadEventMention, id),
            Claims = Query($"SELECT {ClaimColumns} FROM claims WHERE doc_id = @doc ORDER BY seq", ReadClaim, id),
            Positions = Query($"SELECT {PositionColumns} FROM positions WHERE doc_id = @doc ORDER BY seq", ReadPosition, id),
        };
        var eventIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, eventId) in Query("SELECT mention_key, event_id FROM event_links WHERE doc_id = @doc", r => (r.GetString(0), r.GetString(1)), id))
        {
            eventIds.TryAdd(key, eventId);
        }

        return (extraction, eventIds);
    }

    /// <summary>The event accounts with these (document, key) pairs.</summary>
    public List<EventMention> ReadEventMentions(IReadOnlyCollection<(string DocumentId, string Key)> keys)
    {
        var result = new List<EventMention>();
        foreach (var chunk in keys.Distinct().Chunk(250))
        {
            var terms = chunk.Select((_, n) => $"(m.doc_id = @d{n} AND m.key = @k{n})");
            var parameters = chunk.SelectMany((k, n) => new[] { ($"@d{n}", (object)k.DocumentId), ($"@k{n}", (object)k.Key) });
            result.AddRange(Query($"SELECT {EventMentionColumns} FROM event_mentions m WHERE {string.Join(" OR ", terms)}", ReadEventMention, parameters));
        }

        return result;
    }

    /// <summary>A keyset page of the claims the filter selects, by id.</summary>
    public List<Claim> ReadClaims(ClaimFilter filter, int limit, string? afterClaimId)
    {
        var where = new WhereClause();

        where.Add("event_id = @event", "@event", filter.EventId);
        where.Add("speaker = @speaker", "@speaker", filter.Speaker);
        where.Add("doc_id = @doc", "@doc", filter.DocumentId);
        // The topics are a JSON array: the topic's own JSON string, quotes included, found in it (LIKE's wildcards escaped).
        where.Add(@"topics LIKE @topic ESCAPE '\'", "@topic", filter.Topic is { } t
            ? "%" + JsonColumns.Strings([t])[1..^1].Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%"
            : null);
        where.Add($"{O("id")} > @after", "@after", afterClaimId);
        return Query($"SELECT {ClaimColumns} FROM claims {where.Sql} ORDER BY {O("id")} LIMIT {limit.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
            ReadClaim, where.Parameters);
    }

    /// <summary>A keyset page of the positions the filter selects, by document and order in it.</summary>
    public List<StoredPosition> ReadPositions(PositionFilter filter, int limit, PositionKey? after)
    {
        var where = new List<string>();
        var parameters = new List<(string, object)>();
        if (filter.Actor is { } actor)
        {
            where.Add("actor = @actor");
            parameters.Add(("@actor", actor));
        }

        if (filter.Topic is { } topic)
        {
            where.Add("topic = @topic");
            parameters.Add(("@topic", topic));
        }

        if (filter.Stance is { } stance)
        {
            // Stored by the fine-grained name; the filter's is the wire name several of them share.
            var names = Enum.GetValues<PositionStance>().Where(s => s.ToWire() == stance).Select(s => s.ToDetail()).ToList();
            where.Add(names.Count == 0 ? "1 = 0" : "stance IN (" + string.Join(", ", names.Select((_, n) => "@s" + n.ToString(System.Globalization.CultureInfo.InvariantCulture))) + ")");
            parameters.AddRange(names.Select((name, n) => ("@s" + n.ToString(System.Globalization.CultureInfo.InvariantCulture), (object)name)));
        }

        if (filter.Period is { } period)
        {
            where.Add("date_earliest IS NOT NULL AND date_earliest <= @until AND date_latest >= @since");
            parameters.Add(("@since", DateRange.Iso(period.Earliest)));
            parameters.Add(("@until", DateRange.Iso(period.Latest)));
        }

        if (after is { } a)
        {
            where.Add($"({O("doc_id")} > @after_doc OR (doc_id = @after_doc AND seq > @after_seq))");
            parameters.Add(("@after_doc", a.DocumentId));
            parameters.Add(("@after_seq", a.Seq));
        }

        var condition = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
        return Query($"SELECT {PositionColumns}, seq FROM positions {condition} ORDER BY {O("doc_id")}, seq LIMIT {limit.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
            r => new StoredPosition(ReadPosition(r), new PositionKey(r.GetString(0), r.GetInt32(10))), parameters);
    }

    /// <summary>
    /// A keyset page of the contradictions, newest first (undated last, by id), read in order from the contradictions'
    /// dates (schema version 11).
    /// </summary>
    public List<DatedContradiction>? ReadContradictionPage(ContradictionAttribute? attribute, int limit, string? afterId)
    {
        (string? Day, string Id)? cursor = null;
        if (afterId is not null)
        {
            var found = Query("SELECT day FROM contradiction_dates WHERE id = @after_id", r => Str(r, 0), [("@after_id", afterId)]);
            if (found.Count == 0)
            {
                return null;
            }

            cursor = (found[0], afterId);
        }

        var kind = attribute is null ? "" : " AND cd.attribute = @attribute";
        List<DatedContradiction> Read(string condition, string order, int count, List<(string, object)> parameters)
        {
            if (attribute is { } a)
            {
                parameters.Add(("@attribute", a.ToWire()));
            }

            return Query($"""
                SELECT x.id, x.event_id, x.attribute, x.claims, x."values", cd.day FROM contradiction_dates cd CROSS JOIN contradictions x
                WHERE {condition}{kind} AND x.id = cd.id ORDER BY {order} LIMIT {count.ToString(System.Globalization.CultureInfo.InvariantCulture)}
                """, r => new DatedContradiction(ReadContradiction(r), Str(r, 5) is { } day ? DateRange.ParseIso(day) : null), parameters);
        }

        return NewestFirstThenUndated("cd.day", "cd.id", cursor, limit, Read);
    }

    /// <summary>The stored entity with its roles from the documents added.</summary>
    public Entity? ReadEntity(string entityId)
    {
        (string, object)[] id = [("@id", entityId)];
        if (Query("SELECT id, kind, name, aliases, roles, geo, attributes, discovered FROM entities WHERE id = @id", ReadEntityRow, id) is not [var entity])
        {
            return null;
        }

        var roles = Query($"SELECT doc_id, title, \"of\", \"from\", until FROM entity_roles WHERE entity_id = @id ORDER BY {O("doc_id")}, seq",
            r => new EntityRole(r.GetString(1), Str(r, 2), Str(r, 3), Str(r, 4), r.GetString(0)), id);
        return entity with { Roles = [.. entity.Roles, .. roles] };
    }

    /// <summary>How many mentions name each of these entities.</summary>
    public Dictionary<string, int> ReadMentionCounts(IReadOnlyCollection<string> entityIds) =>
        ByIds(entityIds, list => $"SELECT entity_id, count(*) FROM mentions WHERE entity_id IN ({list}) GROUP BY entity_id",
            r => (r.GetString(0), Convert.ToInt32(r.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)))
        .ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);

    /// <summary>Rows of a query over a list of ids, run a chunk of ids at a time (<c>{list}</c> is the chunk's parameters).</summary>
    private List<T> ByIds<T>(IReadOnlyCollection<string> ids, Func<string, string> sql, Func<DbDataReader, T> read)
    {
        var result = new List<T>();
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var names = chunk.Select((_, n) => "@i" + n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            result.AddRange(Query(sql(string.Join(", ", names)), read, chunk.Select((id, n) => (names[n], (object)id))));
        }

        return result;
    }

    /// <summary>The filter whose index a query walks in timeline order.</summary>
    private enum Driver
    {
        Actor,
        Topic,
        /// <summary>An actor and a topic together, from the table of their pairs.</summary>
        ActorTopic,
        /// <summary>The events a contradiction is recorded on.</summary>
        Disputed,
        /// <summary>The events an outlet reports.</summary>
        Outlet,
    }

    /// <summary>
    /// The filter to drive the query from, or null for the events' own indexes: the (actor, topic) pairs' rows, the
    /// actor's or the topic's; else the disputed events' or the outlet's.
    /// </summary>
    private static Driver? ChooseDriver(RecordFilter filter) =>
        // With both an actor and a topic, the table of their pairs holds exactly the events with both, in timeline
        // order, of one type in timeline order too (schema version 9). Without either, the disputed events (one in 50 in
        // the benchmark) before an outlet's (one in 20), each walked in timeline order from its table (version 11).
        filter.Actor is not null && filter.Topic is not null ? Driver.ActorTopic
            : filter.Actor is not null ? Driver.Actor
            : filter.Topic is not null ? Driver.Topic
            : filter.DisputedOnly ? Driver.Disputed
            : filter.Outlet is not null ? Driver.Outlet
            : null;

    /// <summary>The test, on the event id <paramref name="id"/>, of a filter that does not drive the query.</summary>
    private static string Probe(Driver filter, string id) => filter switch
    {
        Driver.Actor => $"EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = {id} AND a.entity_id = @actor)",
        Driver.Topic => $"EXISTS (SELECT 1 FROM event_topics t WHERE t.event_id = {id} AND t.topic = @topic)",
        Driver.ActorTopic => $"EXISTS (SELECT 1 FROM event_actor_topics p WHERE p.event_id = {id} AND p.entity_id = @actor AND p.topic = @topic)",
        Driver.Outlet => $"EXISTS (SELECT 1 FROM event_outlets o WHERE o.event_id = {id} AND o.outlet = @outlet_key)",
        _ => $"EXISTS (SELECT 1 FROM contradictions x WHERE x.event_id = {id})",
    };

    /// <summary>The events of <paramref name="rows"/> with their accounts; <paramref name="everything"/> reads every link at once.</summary>
    private List<Event> WithAccounts(List<EventRow> rows, bool everything)
    {
        // The accounts of the selected events only (all of them when nothing is filtered out), looked up by
        // event id in chunks so the cost follows the result, not the store.
        var links = new Dictionary<string, List<(string Event, EventMention Mention)>>(StringComparer.Ordinal);
        var chunks = everything ? [null] : rows.Select(r => r.Id).Chunk(500).Select(c => (string[]?)c);
        foreach (var chunk in chunks)
        {
            if (chunk is { Length: 0 })
            {
                continue;
            }

            var scope = chunk is null ? "" : "WHERE l.event_id IN (" + string.Join(", ", chunk.Select((_, n) => "@e" + n.ToString(System.Globalization.CultureInfo.InvariantCulture))) + ")";
            var ids = chunk is null ? [] : chunk.Select((id, n) => ("@e" + n.ToString(System.Globalization.CultureInfo.InvariantCulture), (object)id));
            foreach (var (key, list) in Group(Query($"""
                SELECT l.event_id, {EventMentionColumns}
                FROM event_links l JOIN event_mentions m ON m.doc_id = l.doc_id AND m.key = l.mention_key
                {scope}
                ORDER BY {O("l.event_id")}, l.seq
                """, r => (Event: r.GetString(0), Mention: ReadEventMention(r, 1)), ids), x => x.Event))
            {
                links[key] = list;
            }
        }

        var events = new List<Event>();
        foreach (var row in rows)
        {
            var mentions = Get(links, row.Id).Select(x => x.Mention).ToList();
            if (row.Type is not { } eventType || mentions.Count == 0)
            {
                continue; // every account of it was replaced since the last merge
            }

            events.Add(new Event
            {
                Id = row.Id,
                Type = eventType,
                Status = row.Status,
                Date = row.Date,
                Place = row.Place,
                Actors = row.Actors,
                Targets = row.Targets,
                Mediators = row.Mediators,
                Topics = row.Topics,
                Quantities = row.Quantities,
                Mentions = mentions,
            });
        }

        return events;
    }

    private List<Entity> ReadEntities() =>
        Query($"SELECT id, kind, name, aliases, roles, geo, attributes, discovered FROM entities ORDER BY {O("id")}", ReadEntityRow);

    private static Entity ReadEntityRow(DbDataReader r) => new()
        {
            Id = r.GetString(0),
            Kind = EntityKinds.Parse(r.GetString(1)) ?? EntityKind.Organization,
            Name = r.GetString(2),
            Aliases = JsonColumns.ReadStrings(r.GetString(3)),
            Roles = JsonColumns.ReadRoles(r.GetString(4)),
            Geo = JsonColumns.ReadGeo(Str(r, 5)),
            Attributes = JsonColumns.ReadDictionary(r.GetString(6)),
            Discovered = r.GetInt32(7) != 0,
        };

    private static Document ReadDocument(DbDataReader r) => new()
    {
        Id = r.GetString(0),
        Title = Str(r, 1),
        Outlet = Str(r, 2),
        Authors = JsonColumns.ReadStrings(r.GetString(3)),
        Published = JsonColumns.ReadDate(Str(r, 4), Str(r, 5), Str(r, 6)),
        PublishedInferred = r.GetInt32(7) != 0,
        Url = Str(r, 8),
        Source = r.GetString(9),
        Format = r.GetString(10),
        Text = r.GetString(11),
    };

    internal static EventMention ReadEventMention(DbDataReader r) => ReadEventMention(r, 0);

    internal static EventMention ReadEventMention(DbDataReader r, int o) => new()
    {
        DocumentId = r.GetString(o),
        Key = r.GetString(o + 1),
        Type = EventTypes.Parse(r.GetString(o + 2)) ?? throw new InvalidDataException($"Unknown event type '{r.GetString(o + 2)}' in the store."),
        Status = EventStatuses.Parse(r.GetString(o + 3)) ?? EventStatus.Occurred,
        Date = JsonColumns.ReadDate(Str(r, o + 4), Str(r, o + 5), Str(r, o + 6)),
        Place = Str(r, o + 7),
        Actors = JsonColumns.ReadStrings(r.GetString(o + 8)),
        Targets = JsonColumns.ReadStrings(r.GetString(o + 9)),
        Mediators = JsonColumns.ReadStrings(r.GetString(o + 10)),
        Topics = JsonColumns.ReadStrings(r.GetString(o + 11)),
        Quantities = JsonColumns.ReadQuantities(r.GetString(o + 12)),
        Span = new CharSpan(r.GetInt32(o + 13), r.GetInt32(o + 14)),
        Quote = r.GetString(o + 15),
        Via = Str(r, o + 16),
        Trigger = r.GetString(o + 17),
    };

    internal static Claim ReadClaim(DbDataReader r) => new()
    {
        Id = r.GetString(0),
        DocumentId = r.GetString(1),
        Span = new CharSpan(r.GetInt32(2), r.GetInt32(3)),
        Quote = r.GetString(4),
        Speaker = Str(r, 5),
        Via = Str(r, 6),
        Stance = r.GetString(7) == ClaimStance.Denies.ToWire() ? ClaimStance.Denies : ClaimStance.Asserts,
        EventKey = Str(r, 8),
        EventId = Str(r, 9),
        Topics = JsonColumns.ReadStrings(r.GetString(10)),
        Values = JsonColumns.ReadClaimValues(r.GetString(11)),
        Answers = Str(r, 12),
        Source = Str(r, 13),
    };

    internal static Contradiction ReadContradiction(DbDataReader r) => new()
    {
        Id = r.GetString(0),
        EventId = Str(r, 1),
        Attribute = ClaimWire.ParseAttribute(r.GetString(2)) ?? ContradictionAttribute.Occurred,
        ClaimIds = JsonColumns.ReadStrings(r.GetString(3)),
        Values = JsonColumns.ReadStrings(r.GetString(4)),
    };

    private static Position ReadPosition(DbDataReader r) => new()
    {
        DocumentId = r.GetString(0),
        Actor = r.GetString(1),
        Topic = r.GetString(2),
        Stance = PositionStances.Parse(r.GetString(3)) ?? PositionStance.Supports,
        Span = new CharSpan(r.GetInt32(4), r.GetInt32(5)),
        Quote = r.GetString(6),
        Date = JsonColumns.ReadDate(Str(r, 7), Str(r, 8), Str(r, 9)),
    };

    private string O(string column) => store.Ordered(column);

    private static string? Str(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private List<T> Query<T>(string sql, Func<DbDataReader, T> read, IEnumerable<(string Name, object Value)>? parameters = null)
    {
        using var cmd = store.Command(sql, null, [.. (parameters ?? []).Select(p => (p.Name, (object?)p.Value))]);
        using var reader = cmd.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static Dictionary<string, List<T>> Group<T>(List<T> rows, Func<T, string> key)
    {
        var groups = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var k = key(row);
            if (!groups.TryGetValue(k, out var list))
            {
                groups[k] = list = [];
            }

            list.Add(row);
        }

        return groups;
    }

    private static List<T> Get<T>(Dictionary<string, List<T>> groups, string key) => groups.TryGetValue(key, out var list) ? list : [];
}
