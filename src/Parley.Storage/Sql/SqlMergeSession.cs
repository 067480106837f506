using System.Data.Common;
using System.Text;
using NodaTime;
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

    public IReadOnlyList<EventMention> ReadEventMentions(EventType type, LocalDate from, LocalDate to) =>
        Guard("reading the event mentions of a stretch of dates", () => Query($"""
            SELECT {MentionColumnsWithoutQuote} FROM event_mentions m
            WHERE m.type = @type AND m.date_earliest >= @from AND m.date_earliest <= @to
            ORDER BY {_store.Ordered("m.doc_id")}, m.seq
            """, RecordReader.ReadEventMention, [("@type", type.ToWire()), ("@from", DateRange.Iso(from)), ("@to", DateRange.Iso(to))]));

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
            var wanted = mentions.ToHashSet();
            var links = new Dictionary<(string Doc, string Key), string>();
            foreach (var (doc, key, eventId) in ByDocuments(mentions.Select(m => m.Doc).Distinct(StringComparer.Ordinal).ToList(),
                list => $"SELECT doc_id, mention_key, event_id FROM event_links WHERE doc_id IN ({list})",
                r => (r.GetString(0), r.GetString(1), r.GetString(2))))
            {
                if (wanted.Contains((doc, key)))
                {
                    links[(doc, key)] = eventId;
                }
            }

            return links;
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
        using var delete = new RowCommand(_store.Connection, _tx, "DELETE FROM events WHERE id = @id", "@id");
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

        MergedWriter.InsertEvents(_store.Connection, _tx, changed);
        return 0;
    });

    public void WriteClaimEvents(IReadOnlyCollection<KeyValuePair<string, string?>> claimEvents) => Guard("storing the claims' events", () =>
    {
        using var update = new RowCommand(_store.Connection, _tx, "UPDATE claims SET event_id = @event WHERE id = @id", "@event", "@id");
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

    public void Commit() => Guard("committing the merged events", () =>
    {
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

    private List<T> ByDocuments<T>(IReadOnlyCollection<string> documentIds, Func<string, string> sql, Func<DbDataReader, T> read)
    {
        // Ordinal chunks, each read in order: the concatenation is in document order too.
        var sorted = documentIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return ByIds(sorted, sql, read);
    }

    private List<T> ByIds<T>(IReadOnlyList<string> ids, Func<string, string> sql, Func<DbDataReader, T> read)
    {
        var rows = new List<T>();
        for (var start = 0; start < ids.Count; start += Chunk)
        {
            var chunk = ids.Skip(start).Take(Chunk).ToList();
            var list = string.Join(", ", chunk.Select((_, i) => "@i" + i));
            rows.AddRange(Query(sql(list), read, chunk.Select((id, i) => ("@i" + i, (object?)id))));
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
