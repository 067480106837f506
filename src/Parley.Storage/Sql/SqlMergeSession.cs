using System.Data.Common;
using System.Text;
using NodaTime;
using Parley.Merge;
using Parley.Model;
using Parley.Time;

namespace Parley.Storage.Sql;

/// <summary>
/// <see cref="IMergeSession"/> over a SQL store: every statement runs in one write transaction taken when the
/// session starts (with the merge lock, where the backend has one), so the pass sees one state of the store and
/// its writes appear together. Lists of ids go to the database in chunks small enough for either backend.
/// </summary>
internal sealed class SqlMergeSession : IMergeSession
{
    /// <summary>Ids bound in one IN list (SQLite allows 32,766 parameters, PostgreSQL 65,535).</summary>
    private const int Chunk = 500;

    /// <summary>
    /// An event mention's columns without its quote: the pass never reads it (events keep their accounts as links), and
    /// it is most of a mention's size.
    /// </summary>
    private static readonly string MentionColumnsWithoutQuote = RecordReader.EventMentionColumns.Replace("m.quote", "'' AS quote", StringComparison.Ordinal);

    private readonly SqlParleyStore _store;
    private readonly DbTransaction _tx;
    private readonly SharedMentionReader _shared = new();
    private bool _committed;

    public SqlMergeSession(SqlParleyStore store)
    {
        _store = store;
        _tx = store.BeginWrite();
        try
        {
            store.LockMerged(_tx);
        }
        catch
        {
            _tx.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A statement run a row at a time in the session's transaction, through the backend's kept-statement command (on
    /// SQLite bound by position on the native handle: ADO.NET's per-run binding by name cost more than the inserts).
    /// </summary>
    private IRowCommand Row(RowStatement statement)
    {
        var command = _store.CreateRowCommand(statement.Sql, statement.ParameterNames);
        command.Transaction = _tx;
        return command;
    }

    public IReadOnlyList<EventMention> ReadEventMentions(EventType type, LocalDate from, LocalDate to) =>
        Guard("reading the event mentions of a stretch of dates", () => Query($"""
            SELECT {MentionColumnsWithoutQuote} FROM event_mentions m
            WHERE m.type = @type AND m.date_earliest >= @from AND m.date_earliest <= @to
            ORDER BY {_store.Ordered("m.doc_id")}, m.seq
            """, RecordReader.ReadEventMention, [("@type", type.ToWire()), ("@from", DateRange.Iso(from)), ("@to", DateRange.Iso(to))]));

    public IReadOnlyList<(EventMention Mention, int Seq)> ReadEventMentionsWithSeq(EventType type, LocalDate from, LocalDate to) =>
        Guard("reading the event mentions of a stretch of dates", () => Query($"""
            SELECT {MentionColumnsWithoutQuote}, m.seq FROM event_mentions m
            WHERE m.type = @type AND m.date_earliest >= @from AND m.date_earliest <= @to
            ORDER BY {_store.Ordered("m.doc_id")}, m.seq
            """, r => (_shared.ReadEventMention(r), Convert.ToInt32(r.GetValue(18), System.Globalization.CultureInfo.InvariantCulture)),
            [("@type", type.ToWire()), ("@from", DateRange.Iso(from)), ("@to", DateRange.Iso(to))]));

    public int CountEventMentions(EventType type, LocalDate from, LocalDate to) => Guard("counting the event mentions of a stretch of dates", () =>
    {
        using var cmd = Command("SELECT count(*) FROM event_mentions WHERE type = @type AND date_earliest >= @from AND date_earliest <= @to",
            ("@type", type.ToWire()), ("@from", DateRange.Iso(from)), ("@to", DateRange.Iso(to)));
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    });

    public IReadOnlyList<EventMention> ReadEventMentionsByKey(IReadOnlyCollection<(string Doc, string Key)> mentions) =>
        Guard("reading event mentions by key", () => ByPairs([.. mentions], list => $"""
            SELECT {MentionColumnsWithoutQuote} FROM (VALUES {list}) AS w
            JOIN event_mentions m ON m.doc_id = w.column1 AND m.key = w.column2
            """, r => _shared.ReadEventMention(r)));

    public LocalDate? NextMentionStart(EventType type, LocalDate? after) => Guard("reading the event mentions' dates", () =>
    {
        using var cmd = after is null
            ? Command("SELECT min(date_earliest) FROM event_mentions WHERE type = @type AND date_earliest IS NOT NULL", ("@type", type.ToWire()))
            : Command("SELECT min(date_earliest) FROM event_mentions WHERE type = @type AND date_earliest > @after",
                ("@type", type.ToWire()), ("@after", DateRange.Iso(after.Value)));
        return cmd.ExecuteScalar() is string day ? DateRange.ParseIso(day) : null;
    });

    public IReadOnlyList<string> ReadDocumentIds(string? after, int limit) => Guard("reading document ids", () => after is null
        ? Query($"SELECT id FROM documents ORDER BY {_store.Ordered("id")} LIMIT @limit", r => r.GetString(0), [("@limit", limit)])
        : Query($"SELECT id FROM documents WHERE {_store.Ordered("id")} > @after ORDER BY {_store.Ordered("id")} LIMIT @limit",
            r => r.GetString(0), [("@after", after), ("@limit", limit)]));

    public IReadOnlyList<EventMention> ReadUndatedEventMentions(IReadOnlyCollection<string> documentIds) =>
        Guard("reading the undated event mentions", () => ByDocuments(documentIds, list =>
            $"SELECT {MentionColumnsWithoutQuote} FROM event_mentions m WHERE m.date_earliest IS NULL AND m.doc_id IN ({list}) ORDER BY {_store.Ordered("m.doc_id")}, m.seq",
            RecordReader.ReadEventMention));

    public IReadOnlyList<Claim> ReadClaims(IReadOnlyCollection<string> documentIds) =>
        Guard("reading claims", () => ByDocuments(documentIds, list =>
            $"SELECT {RecordReader.ClaimColumns} FROM claims WHERE doc_id IN ({list}) ORDER BY {_store.Ordered("doc_id")}, seq",
            RecordReader.ReadClaim));

    public IReadOnlyDictionary<(string Doc, string Key), string> ReadEventLinks(IReadOnlyCollection<(string Doc, string Key)> mentions) =>
        Guard("reading the merged events' links", () =>
        {
            // The wanted pairs joined to the links' (document, key) index: only these mentions' rows, not every link of
            // every document they come from (a large group's mentions come from most documents of the store).
            var links = new Dictionary<(string Doc, string Key), string>();
            foreach (var (doc, key, eventId) in ByPairs([.. mentions.Distinct()], list => $"""
                SELECT l.doc_id, l.mention_key, l.event_id FROM (VALUES {list}) AS w
                JOIN event_links l ON l.doc_id = w.column1 AND l.mention_key = w.column2
                """, r => (r.GetString(0), r.GetString(1), r.GetString(2))))
            {
                links[(doc, key)] = eventId;
            }

            return links;
        });

    public IReadOnlyList<(Claim Claim, string EventId)> ReadEventClaims(IReadOnlyCollection<string> eventIds) =>
        Guard("reading the claims about merged events", () => ByIds([.. eventIds.Distinct(StringComparer.Ordinal)], list => $"""
            SELECT c.id, c.doc_id, c.start, c."end", '' AS quote, c.speaker, c.via, c.stance, c.event_key, c.event_id, '[]' AS topics,
              c."values", c.answers, c.source, l.event_id
            FROM event_links l JOIN claims c ON c.doc_id = l.doc_id AND c.event_key = l.mention_key
            WHERE l.event_id IN ({list}) ORDER BY l.event_id, {_store.Ordered("c.doc_id")}, c.seq
            """, r => (RecordReader.ReadClaim(r), r.GetString(14))));

    public IReadOnlyList<Claim> ReadEventClaimsIn(string eventId, IReadOnlyCollection<string> documentIds) =>
        Guard("reading the claims about a merged event", () => ByDocuments(documentIds, list => $"""
            SELECT c.id, c.doc_id, c.start, c."end", '' AS quote, c.speaker, c.via, c.stance, c.event_key, c.event_id, '[]' AS topics,
              c."values", c.answers, c.source
            FROM event_links l JOIN claims c ON c.doc_id = l.doc_id AND c.event_key = l.mention_key
            WHERE l.event_id = @event AND l.doc_id IN ({list}) ORDER BY {_store.Ordered("c.doc_id")}, c.seq
            """, RecordReader.ReadClaim, [("@event", eventId)]));

    public void WriteEventInParts(IReadOnlyCollection<string> replaced, Event e, IEnumerable<IReadOnlyList<(string Doc, string Key)>> links) =>
        Guard("storing a merged event in parts", () =>
        {
            // Written again even when stored alike: telling so would take its stored links whole.
            using (var delete = Row(RowStatement.Of("DELETE FROM events WHERE id = @id", "@id")))
            {
                foreach (var id in replaced.Append(e.Id).Distinct(StringComparer.Ordinal))
                {
                    delete.Run(id);
                }
            }

            using var inserter = new MergedWriter.EventInserter(Row, outletsPerEvent: true);
            inserter.Insert(e, links);
            return 0;
        });

    public void WriteEvents(IReadOnlyCollection<string> replaced, IReadOnlyList<Event> events) => Guard("storing merged events", () =>
    {
        var ids = events.Select(e => e.Id).Concat(replaced).Distinct(StringComparer.Ordinal).ToList();
        var storedLinks = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        foreach (var (id, doc, key) in ByIds(ids, list => $"SELECT event_id, doc_id, mention_key FROM event_links WHERE event_id IN ({list}) ORDER BY event_id, seq",
            r => (r.GetString(0), r.GetString(1), r.GetString(2))))
        {
            if (!storedLinks.TryGetValue(id, out var l))
            {
                storedLinks[id] = l = [];
            }

            l.Add((doc, key));
        }

        var stored = new Dictionary<string, MergedWriter.EventRow>(StringComparer.Ordinal);
        foreach (var (id, row) in ByIds(ids, list => $"""
            SELECT id, type, status, date_earliest, date_latest, date_precision, place, actors, targets, mediators, topics, quantities FROM events WHERE id IN ({list})
            """, r =>
            {
                string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
                var id = r.GetString(0);
                return (id, new MergedWriter.EventRow(r.GetString(1), r.GetString(2), Text(3), Text(4), Text(5), Text(6), r.GetString(7),
                    r.GetString(8), r.GetString(9), r.GetString(10), r.GetString(11), MergedWriter.Links(storedLinks.GetValueOrDefault(id) ?? [])));
            }))
        {
            stored[id] = row;
        }

        var wanted = events.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        using var delete = Row(RowStatement.Of("DELETE FROM events WHERE id = @id", "@id"));
        foreach (var id in replaced.Where(id => !wanted.Contains(id) && stored.ContainsKey(id)).Distinct(StringComparer.Ordinal))
        {
            delete.Run(id);
        }

        var changed = new List<Event>();
        foreach (var e in events)
        {
            if (stored.TryGetValue(e.Id, out var old))
            {
                if (old == MergedWriter.RowOf(e))
                {
                    continue;
                }

                delete.Run(e.Id);
            }

            changed.Add(e);
        }

        MergedWriter.InsertEvents(Row, changed, outletsPerEvent: true);
        return 0;
    });

    public void WriteClaimEvents(IReadOnlyCollection<KeyValuePair<string, string?>> claimEvents) => Guard("storing the claims' events", () =>
    {
        using var update = Row(RowStatement.Of("UPDATE claims SET event_id = @event WHERE id = @id", "@event", "@id"));
        foreach (var (claimId, eventId) in claimEvents)
        {
            update.Run(eventId, claimId);
        }

        return 0;
    });

    public void RemoveUnlinked() => Guard("removing merged events left without accounts", () =>
    {
        Execute("DELETE FROM events WHERE NOT EXISTS (SELECT 1 FROM event_links l WHERE l.event_id = events.id)");
        Execute("""
            UPDATE claims SET event_id = NULL WHERE event_id IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM event_links l WHERE l.doc_id = claims.doc_id AND l.mention_key = claims.event_key)
            """);
        return 0;
    });

    public void ReplaceContradictions(IReadOnlyList<Contradiction> contradictions) => Guard("storing contradictions", () =>
    {
        MergedWriter.ReplaceContradictions(_store.Connection, _tx, contradictions);
        return 0;
    });

    public void RemoveContradictionsExcept(IReadOnlySet<string> kept) => Guard("removing contradictions no longer found", () =>
    {
        // Only the ids not kept are held (read to the end before any is deleted): none on a fresh store.
        var stale = new List<string>();
        using (var read = Command("SELECT id FROM contradictions"))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                var id = reader.GetString(0);
                if (!kept.Contains(id))
                {
                    stale.Add(id);
                }
            }
        }

        using var delete = Row(RowStatement.Of("DELETE FROM contradictions WHERE id = @id", "@id"));
        foreach (var id in stale)
        {
            delete.Run(id);
        }

        return 0;
    });

    public IReadOnlyList<MergeChange> ReadChanges() => Guard("reading the changes since the last merge", () => Query(
        "SELECT seq, doc_id, type, date_earliest, date_latest, date_precision, event_id FROM merge_pending ORDER BY seq",
        r =>
        {
            string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
            return new MergeChange(Convert.ToInt64(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), r.GetString(1),
                Text(2) is { } type ? EventTypes.Parse(type) : null, JsonColumns.ReadDate(Text(3), Text(4), Text(5)), Text(6));
        }, []));

    public void ClearChanges(IReadOnlyCollection<long> seqs) => Guard("clearing the changes merged", () =>
    {
        using var delete = Row(RowStatement.Of("DELETE FROM merge_pending WHERE seq = @seq", "@seq"));
        foreach (var seq in seqs)
        {
            delete.Run(seq);
        }

        return 0;
    });

    public IReadOnlyList<(long First, long Last)> ReadChangeRuns() => Guard("reading the changes since the last merge", () =>
    {
        var runs = new List<(long First, long Last)>();
        using var cmd = Command("SELECT seq FROM merge_pending ORDER BY seq");
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var seq = Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture);
            if (runs.Count > 0 && runs[^1].Last + 1 == seq)
            {
                runs[^1] = (runs[^1].First, seq);
            }
            else
            {
                runs.Add((seq, seq));
            }
        }

        return (IReadOnlyList<(long First, long Last)>)runs;
    });

    public void ClearChangeRuns(IReadOnlyCollection<(long First, long Last)> runs) => Guard("clearing the changes merged", () =>
    {
        // Every number of a run was read, so deleting the run deletes exactly the rows read.
        using var delete = Row(RowStatement.Of("DELETE FROM merge_pending WHERE seq >= @first AND seq <= @last", "@first", "@last"));
        foreach (var (first, last) in runs)
        {
            delete.Run(first, last);
        }

        return 0;
    });

    public string? ReadMergeState(string name) => Guard("reading the merge state", () =>
    {
        using var cmd = Command("SELECT value FROM merge_state WHERE name = @name", ("@name", name));
        return cmd.ExecuteScalar() as string;
    });

    public void WriteMergeState(string name, string value) => Guard("storing the merge state", () =>
    {
        using var delete = Command("DELETE FROM merge_state WHERE name = @name", ("@name", name));
        delete.ExecuteNonQuery();
        using var insert = Command("INSERT INTO merge_state (name, value) VALUES (@name, @value)", ("@name", name), ("@value", value));
        return insert.ExecuteNonQuery();
    });

    public IReadOnlyList<EventMention> ReadDocumentEventMentions(IReadOnlyCollection<string> documentIds) =>
        Guard("reading the changed documents' event mentions", () => ByDocuments(documentIds, list =>
            $"SELECT {MentionColumnsWithoutQuote} FROM event_mentions m WHERE m.doc_id IN ({list}) ORDER BY {_store.Ordered("m.doc_id")}, m.seq",
            RecordReader.ReadEventMention));

    public IReadOnlyList<(LocalDate First, LocalDate Last)> ReadBlocks(EventType type, LocalDate from, LocalDate to) =>
        Guard("reading the merge blocks", () =>
        {
            // Blocks never overlap: the only one starting before `from` that can reach it is the last to start by then.
            var rows = Query("""
                SELECT first_day, last_day FROM merge_blocks
                WHERE type = @type AND first_day <= @to
                  AND first_day >= coalesce((SELECT max(first_day) FROM merge_blocks WHERE type = @type AND first_day <= @from), '')
                ORDER BY first_day
                """, r => (First: DateRange.ParseIso(r.GetString(0))!.Value, Last: DateRange.ParseIso(r.GetString(1))!.Value),
                [("@type", type.ToWire()), ("@from", DateRange.Iso(from)), ("@to", DateRange.Iso(to))]);
            return (IReadOnlyList<(LocalDate, LocalDate)>)[.. rows.Where(b => b.Last >= from)];
        });

    public void ReplaceBlocks(EventType type, LocalDate? from, LocalDate? to, IReadOnlyList<(LocalDate First, LocalDate Last)> blocks) =>
        Guard("storing the merge blocks", () =>
        {
            using (var delete = from is null || to is null
                ? Command("DELETE FROM merge_blocks WHERE type = @type", ("@type", type.ToWire()))
                : Command("DELETE FROM merge_blocks WHERE type = @type AND first_day >= @from AND first_day <= @to",
                    ("@type", type.ToWire()), ("@from", DateRange.Iso(from.Value)), ("@to", DateRange.Iso(to.Value))))
            {
                delete.ExecuteNonQuery();
            }

            using var insert = Row(RowStatement.Of("INSERT INTO merge_blocks (type, first_day, last_day) VALUES (@type, @first, @last)",
                "@type", "@first", "@last"));
            foreach (var (first, last) in blocks)
            {
                insert.Run(type.ToWire(), DateRange.Iso(first), DateRange.Iso(last));
            }

            return 0;
        });

    public IReadOnlyList<Event> ReadEvents(IReadOnlyCollection<string> ids, bool withAccounts) => Guard("reading merged events", () =>
    {
        var rows = ByIds(ids.Distinct(StringComparer.Ordinal).ToList(), list => $"SELECT {EventColumns} FROM events e WHERE e.id IN ({list})", ReadEventRow);
        return withAccounts ? WithAccounts(rows, keepUnlinked: true) : rows;
    });

    public IReadOnlyList<Event> ReadDatedEvents(EventType type, LocalDate from, LocalDate to) => Guard("reading merged events", () =>
        (IReadOnlyList<Event>)Query($"SELECT {EventColumns} FROM events e WHERE e.type = @type AND e.date_earliest >= @from AND e.date_earliest <= @to",
            ReadEventRow, [("@type", type.ToWire()), ("@from", DateRange.Iso(from)), ("@to", DateRange.Iso(to))]));

    public IReadOnlyList<Event> ReadUndatedEvents(EventType type, string stem) => Guard("reading merged events", () =>
        WithAccounts(Query($"""
            SELECT {EventColumns} FROM events e WHERE e.type = @type AND e.date_earliest IS NULL
              AND (e.id = @stem OR ({_store.Ordered("e.id")} > @low AND {_store.Ordered("e.id")} < @high))
            """, ReadEventRow, [("@type", type.ToWire()), ("@stem", stem), ("@low", stem + "-"), ("@high", stem + ".")])));

    public void RemoveUnlinkedEvents(IReadOnlyCollection<string> ids) => Guard("removing merged events left without accounts", () =>
    {
        using var delete = Row(RowStatement.Of(
            "DELETE FROM events WHERE id = @id AND NOT EXISTS (SELECT 1 FROM event_links l WHERE l.event_id = @id)", "@id"));
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            delete.Run(id);
        }

        return 0;
    });

    public int CountEvents() => Guard("counting merged events", () =>
    {
        using var cmd = Command("SELECT count(*) FROM events");
        return Convert.ToInt32(cmd.ExecuteScalar() ?? 0, System.Globalization.CultureInfo.InvariantCulture);
    });

    public IReadOnlyList<Contradiction> ReadContradictions(IReadOnlyCollection<ContradictionAttribute> attributes, IReadOnlyCollection<string> eventIds) =>
        Guard("reading contradictions", () =>
        {
            const string Columns = "SELECT id, event_id, attribute, claims, \"values\" FROM contradictions";
            var rows = ByIds([.. attributes.Select(a => a.ToWire()).Distinct(StringComparer.Ordinal)], list => $"{Columns} WHERE attribute IN ({list})", RecordReader.ReadContradiction);
            rows.AddRange(ByIds([.. eventIds.Distinct(StringComparer.Ordinal)], list => $"{Columns} WHERE event_id IN ({list})", RecordReader.ReadContradiction));
            return (IReadOnlyList<Contradiction>)[.. rows.DistinctBy(x => x.Id, StringComparer.Ordinal)];
        });

    public void UpdateContradictions(IReadOnlyCollection<string> remove, IReadOnlyList<Contradiction> add) => Guard("storing contradictions", () =>
    {
        var ids = remove.Concat(add.Select(x => x.Id)).Distinct(StringComparer.Ordinal).ToList();
        var stored = ByIds(ids, list => $"SELECT id, event_id, attribute, claims, \"values\" FROM contradictions WHERE id IN ({list})", RecordReader.ReadContradiction)
            .ToDictionary(x => x.Id, Row, StringComparer.Ordinal);
        var wanted = add.Select(x => x.Id).ToHashSet(StringComparer.Ordinal);
        using var delete = Row(RowStatement.Of("DELETE FROM contradictions WHERE id = @id", "@id"));
        foreach (var id in remove.Where(id => !wanted.Contains(id) && stored.ContainsKey(id)).Distinct(StringComparer.Ordinal))
        {
            delete.Run(id);
        }

        using var insert = Row(RowStatement.Of(
            "INSERT INTO contradictions (id, event_id, attribute, claims, \"values\") VALUES (@id, @event, @attribute, @claims, @values)",
            "@id", "@event", "@attribute", "@claims", "@values"));
        foreach (var x in add)
        {
            var row = Row(x);
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

        return 0;
    });

    public void ReplaceBetweenClaims(IReadOnlyCollection<string> documentIds, IReadOnlyCollection<(string ClaimId, string DocumentId)> claims) =>
        Guard("storing the claims compared across documents", () =>
        {
            using (var delete = Row(RowStatement.Of("DELETE FROM merge_between_claims WHERE doc_id = @doc", "@doc")))
            {
                foreach (var doc in documentIds.Distinct(StringComparer.Ordinal))
                {
                    delete.Run(doc);
                }
            }

            using var insert = Row(RowStatement.Of("INSERT INTO merge_between_claims (claim_id, doc_id) VALUES (@claim, @doc)", "@claim", "@doc"));
            foreach (var (claim, doc) in claims.DistinctBy(c => c.ClaimId, StringComparer.Ordinal))
            {
                insert.Run(claim, doc);
            }

            return 0;
        });

    public IReadOnlyList<Claim> ReadBetweenClaims() => Guard("reading the claims compared across documents", () => Query($"""
        SELECT {RecordReader.ClaimColumns} FROM claims WHERE id IN (SELECT claim_id FROM merge_between_claims)
        ORDER BY {_store.Ordered("doc_id")}, seq
        """, RecordReader.ReadClaim, []));

    private static (string? EventId, string Attribute, string Claims, string Values) Row(Contradiction x) =>
        (x.EventId, x.Attribute.ToWire(), JsonColumns.Strings(x.ClaimIds), JsonColumns.Strings(x.Values));

    private const string EventColumns =
        "e.id, e.type, e.status, e.date_earliest, e.date_latest, e.date_precision, e.place, e.actors, e.targets, e.mediators, e.topics, e.quantities";

    private static Event ReadEventRow(DbDataReader r)
    {
        string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        return new Event
        {
            Id = r.GetString(0),
            Type = EventTypes.Parse(r.GetString(1)) ?? throw new InvalidDataException($"Unknown event type '{r.GetString(1)}' in the store."),
            Status = EventStatuses.Parse(r.GetString(2)) ?? EventStatus.Occurred,
            Date = JsonColumns.ReadDate(Text(3), Text(4), Text(5)),
            Place = Text(6),
            Actors = JsonColumns.ReadStrings(r.GetString(7)),
            Targets = JsonColumns.ReadStrings(r.GetString(8)),
            Mediators = JsonColumns.ReadStrings(r.GetString(9)),
            Topics = JsonColumns.ReadStrings(r.GetString(10)),
            Quantities = JsonColumns.ReadQuantities(r.GetString(11)),
            Mentions = [],
        };
    }

    /// <summary>The events with the accounts they hold (in their stored order, without quotes); those holding none are left out unless <paramref name="keepUnlinked"/>.</summary>
    private List<Event> WithAccounts(List<Event> rows, bool keepUnlinked = false)
    {
        var accounts = ByIds(rows.Select(e => e.Id).ToList(), list => $"""
            SELECT l.event_id, {MentionColumnsWithoutQuote} FROM event_links l JOIN event_mentions m ON m.doc_id = l.doc_id AND m.key = l.mention_key
            WHERE l.event_id IN ({list}) ORDER BY l.event_id, l.seq
            """, r => (Event: r.GetString(0), Mention: RecordReader.ReadEventMention(r, 1)))
            .GroupBy(x => x.Event, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Mention).ToList(), StringComparer.Ordinal);
        return [.. rows.Where(e => keepUnlinked || accounts.ContainsKey(e.Id)).Select(e => e with { Mentions = accounts.GetValueOrDefault(e.Id) ?? [] })];
    }

    public void Commit() => Guard("committing the merged events", () =>
    {
        DerivedRows.Refresh(_store, _tx);
        _tx.Commit();
        _committed = true;
        _store.AfterMerge();
        return 0;
    });

    public void Dispose()
    {
        if (!_committed)
        {
            try
            {
                _tx.Rollback();
            }
            catch (DbException)
            {
                // The connection already gave the transaction up; there is nothing left to undo.
            }
        }

        _tx.Dispose();
    }

    private List<T> ByDocuments<T>(IReadOnlyCollection<string> documentIds, Func<string, string> sql, Func<DbDataReader, T> read,
        params (string Name, object? Value)[] parameters)
    {
        // Ordinal chunks, each read in order: the concatenation is in document order too.
        var sorted = documentIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return ByIds(sorted, sql, read, parameters);
    }

    private List<T> ByIds<T>(IReadOnlyList<string> ids, Func<string, string> sql, Func<DbDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        var rows = new List<T>();
        for (var start = 0; start < ids.Count; start += Chunk)
        {
            var chunk = ids.Skip(start).Take(Chunk).ToList();
            var list = string.Join(", ", chunk.Select((_, i) => "@i" + i));
            rows.AddRange(Query(sql(list), read, chunk.Select((id, i) => ("@i" + i, (object?)id)).Concat(parameters)));
        }

        return rows;
    }

    private List<T> ByPairs<T>(IReadOnlyList<(string First, string Second)> pairs, Func<string, string> sql, Func<DbDataReader, T> read)
    {
        var rows = new List<T>();
        for (var start = 0; start < pairs.Count; start += Chunk)
        {
            var chunk = pairs.Skip(start).Take(Chunk).ToList();
            var list = string.Join(", ", chunk.Select((_, i) => $"(@a{i}, @b{i})"));
            rows.AddRange(Query(sql(list), read, chunk.SelectMany((p, i) => new[] { ("@a" + i, (object?)p.First), ("@b" + i, (object?)p.Second) })));
        }

        return rows;
    }

    private List<T> Query<T>(string sql, Func<DbDataReader, T> read, IEnumerable<(string Name, object? Value)> parameters)
    {
        using var cmd = Command(sql, [.. parameters]);
        using var reader = cmd.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private void Execute(string sql)
    {
        using var cmd = Command(sql);
        cmd.ExecuteNonQuery();
    }

    private DbCommand Command(string sql, params (string Name, object? Value)[] parameters) => _store.Command(sql, _tx, parameters);

    private T Guard<T>(string doing, Func<T> action) => _store.Guarded(doing, action);
}
