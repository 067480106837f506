using System.Data.Common;
using Parley.Model;

namespace Parley.Storage.Sql;

/// <summary>
/// Replaces the cross-document results inside the caller's transaction. What ends up stored is exactly the
/// results given, but only rows that differ are written: a new batch of documents changes a few events among
/// many, and rewriting them all (with their links and filter rows) cost more than the merge itself.
/// </summary>
internal static class MergedWriter
{
    public static void Replace(DbConnection connection, DbTransaction tx, IReadOnlyList<Event> events,
        IReadOnlyList<Contradiction> contradictions, IReadOnlyDictionary<string, string> claimEventIds)
    {
        ReplaceEvents(connection, tx, events);
        ReplaceContradictions(connection, tx, contradictions);
        ReplaceClaimLinks(connection, tx, claimEventIds);
    }

    /// <summary>An event's row and its accounts, as stored: equal values mean nothing to write.</summary>
    internal sealed record EventRow(string Type, string Status, string? DateEarliest, string? DateLatest, string? DatePrecision, string? Place,
        string Actors, string Targets, string Mediators, string Topics, string Quantities, string Links);

    internal static EventRow RowOf(Event e)
    {
        var d = JsonColumns.Date(e.Date);
        return new EventRow(e.Type.ToWire(), e.Status.ToWire(), d.Earliest as string, d.Latest as string, d.Precision as string, e.Place,
            JsonColumns.Strings(e.Actors), JsonColumns.Strings(e.Targets), JsonColumns.Strings(e.Mediators),
            JsonColumns.Strings(e.Topics), JsonColumns.Quantities(e.Quantities), Links(e.Mentions.Select(m => (m.DocumentId, m.Key))));
    }

    // Document ids and mention keys joined with characters neither holds, so two lists are equal only when their accounts are.
    internal static string Links(IEnumerable<(string Doc, string Key)> links) => string.Join('\u001e', links.Select(l => l.Doc + '\u001f' + l.Key));

    private static void ReplaceEvents(DbConnection connection, DbTransaction tx, IReadOnlyList<Event> events)
    {
        var stored = new Dictionary<string, EventRow>(StringComparer.Ordinal);
        var storedLinks = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        using (var read = Command(connection, tx, "SELECT event_id, doc_id, mention_key FROM event_links ORDER BY event_id, seq"))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                var id = reader.GetString(0);
                if (!storedLinks.TryGetValue(id, out var list))
                {
                    storedLinks[id] = list = [];
                }

                list.Add((reader.GetString(1), reader.GetString(2)));
            }
        }

        using (var read = Command(connection, tx, """
            SELECT id, type, status, date_earliest, date_latest, date_precision, place, actors, targets, mediators, topics, quantities FROM events
            """))
        using (var reader = read.ExecuteReader())
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            while (reader.Read())
            {
                var id = reader.GetString(0);
                stored[id] = new EventRow(reader.GetString(1), reader.GetString(2), Text(3), Text(4), Text(5), Text(6), reader.GetString(7),
                    reader.GetString(8), reader.GetString(9), reader.GetString(10), reader.GetString(11),
                    Links(storedLinks.GetValueOrDefault(id) ?? []));
            }
        }

        var wanted = new HashSet<string>(events.Select(e => e.Id), StringComparer.Ordinal);
        using var delete = new RowCommand(connection, tx, "DELETE FROM events WHERE id = @id", "@id");
        // Links, actor and topic rows go with their event (ON DELETE CASCADE).
        foreach (var id in stored.Keys.Where(id => !wanted.Contains(id)))
        {
            delete.Run(id);
        }

        var changed = new List<Event>();
        foreach (var e in events)
        {
            if (stored.TryGetValue(e.Id, out var old))
            {
                if (old == RowOf(e))
                {
                    continue;
                }

                delete.Run(e.Id);
            }

            changed.Add(e);
        }

        InsertEvents(connection, tx, changed);
    }

    /// <summary>
    /// The outlets of events' accounts ('' for a document without one), so the outlet filter walks its own rows in
    /// timeline order (version 11): of the events <paramref name="where"/> selects from <c>event_links l</c>, all of an
    /// event's rows at once, each marked when its outlet is the event's only one (version 18).
    /// </summary>
    internal static string InsertOutletsSql(string where) => $"""
        INSERT INTO event_outlets (event_id, outlet, date_earliest, sole)
            SELECT event_id, outlet, date_earliest, CASE WHEN count(*) OVER (PARTITION BY event_id) = 1 THEN 1 ELSE 0 END FROM (
                SELECT DISTINCT l.event_id, CASE WHEN d.outlet IS NULL OR trim(d.outlet) = '' THEN '' ELSE d.outlet END AS outlet, e.date_earliest
                FROM event_links l JOIN documents d ON d.id = l.doc_id JOIN events e ON e.id = l.event_id WHERE {where}) u
        """;

    /// <summary>Inserts events (none of them stored) with their accounts and the rows behind the actor and topic filters.</summary>
    internal static void InsertEvents(DbConnection connection, DbTransaction tx, IReadOnlyList<Event> events) =>
        InsertEvents(s => new RowCommand(connection, tx, s.Sql, s.ParameterNames), events, outletsPerEvent: true);

    /// <summary>
    /// Inserts events as <see cref="InsertEvents(DbConnection, DbTransaction, IReadOnlyList{Event})"/> does through the
    /// commands <paramref name="prepare"/> makes (disposed here); without <paramref name="outletsPerEvent"/> the
    /// caller fills <c>event_outlets</c> for all of them at once (<see cref="InsertOutletsSql"/>), after their links.
    /// </summary>
    internal static void InsertEvents(Func<RowStatement, IRowCommand> prepare, IReadOnlyList<Event> events, bool outletsPerEvent)
    {
        using var inserter = new EventInserter(prepare, outletsPerEvent);
        foreach (var e in events)
        {
            inserter.Insert(e, [[.. e.Mentions.Select(m => (m.DocumentId, m.Key))]]);
        }
    }

    /// <summary>Inserts events (none of them stored) with their accounts and filter rows through kept statements.</summary>
    internal sealed class EventInserter : IDisposable
    {
        private readonly IRowCommand _insert;
        private readonly IRowCommand _link;
        private readonly IRowCommand _actor;
        private readonly IRowCommand _topic;
        private readonly IRowCommand _pair;
        private readonly IRowCommand _network;
        private readonly IRowCommand? _outlets;

        /// <summary>Prepares the statements; without <paramref name="outletsPerEvent"/> the caller fills <c>event_outlets</c>.</summary>
        public EventInserter(Func<RowStatement, IRowCommand> prepare, bool outletsPerEvent)
        {
            _insert = prepare(RowStatement.Insert("events",
                "id", "type", "status", "date_earliest", "date_latest", "date_precision", "date_span", "place", "actors", "targets", "mediators", "topics", "quantities"));
            _link = prepare(RowStatement.Insert("event_links", "event_id", "seq", "doc_id", "mention_key"));
            _actor = prepare(RowStatement.Insert("event_actors", "event_id", "entity_id", "date_earliest", "type"));
            _topic = prepare(RowStatement.Insert("event_topics", "event_id", "topic", "date_earliest", "type"));
            _pair = prepare(RowStatement.Insert("event_actor_topics", "event_id", "entity_id", "topic", "date_earliest", "type"));
            // The actor pairs the event links in the network (version 12).
            _network = prepare(RowStatement.Insert("event_pairs", "event_id", "a", "b", "relation", "date_earliest", "type"));
            _outlets = outletsPerEvent ? prepare(RowStatement.Of(InsertOutletsSql("l.event_id = @event"), "@event")) : null;
        }

        /// <summary>
        /// Inserts <paramref name="e"/> with the accounts <paramref name="links"/> gives part after part (its
        /// <see cref="Event.Mentions"/> unread), each part taken once the one before is stored.
        /// </summary>
        public void Insert(Event e, IEnumerable<IReadOnlyList<(string Doc, string Key)>> links)
        {
            var d = JsonColumns.Date(e.Date);
            var (dateEarliest, type) = (d.Earliest as string, e.Type.ToWire());
            // Days from the earliest to the latest possible day: what bounds a period query (schema version 5).
            object? span = e.Date is { } date ? (long)NodaTime.Period.DaysBetween(date.Earliest, date.Latest) : null;
            _insert.Run(e.Id, type, e.Status.ToWire(), dateEarliest, d.Latest as string, d.Precision as string, span, e.Place,
                JsonColumns.Strings(e.Actors), JsonColumns.Strings(e.Targets), JsonColumns.Strings(e.Mediators),
                JsonColumns.Strings(e.Topics), JsonColumns.Quantities(e.Quantities));
            // The indexed side tables behind the actor and topic filters, with the date that orders them (version 6) and
            // the type that narrows them (version 8).
            var entities = e.Actors.Concat(e.Targets).Concat(e.Mediators).Distinct(StringComparer.Ordinal).ToList();
            var topics = e.Topics.Distinct(StringComparer.Ordinal).ToList();
            foreach (var entity in entities)
            {
                _actor.Run(e.Id, entity, dateEarliest, type);
            }

            foreach (var t in topics)
            {
                _topic.Run(e.Id, t, dateEarliest, type);
            }

            // Each (actor, topic) pair, so actor + topic walks only the events with both (version 9).
            foreach (var entity in entities)
            {
                foreach (var t in topics)
                {
                    _pair.Run(e.Id, entity, t, dateEarliest, type);
                }
            }

            foreach (var (a, b, relation) in EventPairs.Of(e))
            {
                _network.Run(e.Id, a, b, relation, dateEarliest, type);
            }

            var seq = 0;
            foreach (var part in links)
            {
                foreach (var (doc, key) in part)
                {
                    _link.Run(e.Id, seq++, doc, key);
                }
            }

            _outlets?.Run(e.Id);
        }

        public void Dispose()
        {
            _insert.Dispose();
            _link.Dispose();
            _actor.Dispose();
            _topic.Dispose();
            _pair.Dispose();
            _network.Dispose();
            _outlets?.Dispose();
        }
    }

    internal static void ReplaceContradictions(DbConnection connection, DbTransaction tx, IReadOnlyList<Contradiction> contradictions)
    {
        var stored = new Dictionary<string, (string?, string, string, string)>(StringComparer.Ordinal);
        using (var read = Command(connection, tx, "SELECT id, event_id, attribute, claims, \"values\" FROM contradictions"))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                stored[reader.GetString(0)] = (reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4));
            }
        }

        var wanted = new HashSet<string>(contradictions.Select(x => x.Id), StringComparer.Ordinal);
        using var delete = new RowCommand(connection, tx, "DELETE FROM contradictions WHERE id = @id", "@id");
        foreach (var id in stored.Keys.Where(id => !wanted.Contains(id)))
        {
            delete.Run(id);
        }

        using var insert = new RowCommand(connection, tx, InsertContradiction.Sql, InsertContradiction.ParameterNames);
        foreach (var x in contradictions)
        {
            var row = ContradictionRow(x);
            if (stored.TryGetValue(x.Id, out var old))
            {
                if (old == row)
                {
                    continue;
                }

                delete.Run(x.Id);
            }

            insert.Run(x.Id, row.EventId, row.Attribute, row.Claims, row.Values);
        }
    }

    /// <summary>The statement that stores a contradiction, one value a column of <see cref="ContradictionRow"/> after the id.</summary>
    internal static RowStatement InsertContradiction { get; } = RowStatement.Insert("contradictions", "id", "event_id", "attribute", "claims", "values");

    /// <summary>A contradiction's stored columns after its id.</summary>
    internal static (string? EventId, string Attribute, string Claims, string Values) ContradictionRow(Contradiction x) =>
        (x.EventId, x.Attribute.ToWire(), JsonColumns.Strings(x.ClaimIds), JsonColumns.Strings(x.Values));

    internal static void ReplaceClaimLinks(DbConnection connection, DbTransaction tx, IReadOnlyDictionary<string, string> claimEventIds)
    {
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var read = Command(connection, tx, "SELECT id, event_id FROM claims WHERE event_id IS NOT NULL"))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                stored[reader.GetString(0)] = reader.GetString(1);
            }
        }

        using var update = new RowCommand(connection, tx, "UPDATE claims SET event_id = @event WHERE id = @id", "@event", "@id");
        foreach (var (claimId, _) in stored.Where(s => !claimEventIds.ContainsKey(s.Key)))
        {
            update.Run(null, claimId);
        }

        foreach (var (claimId, eventId) in claimEventIds)
        {
            if (stored.GetValueOrDefault(claimId) != eventId)
            {
                update.Run(eventId, claimId);
            }
        }
    }

    private static DbCommand Command(DbConnection connection, DbTransaction tx, string sql)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return cmd;
    }
}
