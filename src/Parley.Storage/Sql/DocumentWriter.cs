using System.Globalization;
using System.Data.Common;
using Parley.Model;

namespace Parley.Storage.Sql;

/// <summary>
/// Writes one document and everything extracted from it, inside the caller's transaction. The statements are
/// prepared once a connection and kept: preparing them again for every document (SQLite's full-text trigger
/// included) cost more than the writes themselves. The SQL is what SQLite and PostgreSQL both accept.
/// </summary>
/// <remarks>
/// Most documents name the same few dozen pack entities, and upserting each of them again with its aliases and
/// roles was a fifth of the rows written. The writer remembers the entity rows it wrote in committed transactions
/// and skips an upsert that would write the same values again; what it wrote in a transaction is remembered only
/// once the caller reports the commit (<see cref="Committed"/>), so a rolled-back write is never taken as stored.
/// Entities are never deleted, so a remembered row stays true for this connection's lifetime; another process
/// upserting the same id in between is last-writer-wins either way.
/// </remarks>
/// <param name="prepare">Makes the kept command of a statement.</param>
/// <param name="textIndexSql">
/// Statements that add the stored documents named by the JSON array <c>@ids</c> to the backend's full-text indexes
/// (<see cref="SqlParleyStore.StoredTextIndexSql"/>); none when the database keeps them by itself.
/// </param>
internal sealed class DocumentWriter(Func<RowStatement, IRowCommand> prepare, IReadOnlyList<string> textIndexSql) : IDisposable
{
    // Built once: building each statement's SQL again for every document was a few percent of the writer's time.
    private static readonly RowStatement InsertDocument = RowStatement.Insert("documents", "id", "title", "outlet", "authors", "published_earliest", "published_latest", "published_precision",
            "published_inferred", "url", "source", "format", "content_hash", "text", "ingested_at");

    private static readonly RowStatement InsertPending = RowStatement.Insert("merge_pending", "doc_id");

    private static readonly RowStatement InsertMention = RowStatement.Insert("mentions", "doc_id", "entity_id", "start", "end", "text");

    private static readonly RowStatement InsertRole = RowStatement.Insert("entity_roles", "doc_id", "seq", "entity_id", "title", "of", "from", "until");

    private static readonly RowStatement InsertTime = RowStatement.Insert("time_expressions", "doc_id", "start", "end", "text", "earliest", "latest", "precision", "anchored", "duration");

    private static readonly RowStatement InsertEventMention = RowStatement.Insert("event_mentions", "doc_id", "key", "seq", "type", "status", "date_earliest", "date_latest", "date_precision", "place",
            "actors", "targets", "mediators", "topics", "quantities", "start", "end", "quote", "via", "trigger");

    private static readonly RowStatement InsertClaim = RowStatement.Insert("claims", "id", "doc_id", "seq", "start", "end", "quote", "speaker", "via", "stance", "event_key", "event_id", "topics", "values", "answers", "source");

    private static readonly RowStatement InsertPosition = RowStatement.Insert("positions", "doc_id", "seq", "actor", "topic", "stance", "start", "end", "quote", "date_earliest", "date_latest", "date_precision");

    private readonly Dictionary<string, IRowCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>Entity rows (their column values joined, and the entity they came from) upserted in committed transactions, by id.</summary>
    private readonly Dictionary<string, (string Row, Entity From)> _writtenEntities = new(StringComparer.Ordinal);

    /// <summary>Entity rows upserted in the open transaction: remembered on commit, forgotten on rollback.</summary>
    private readonly Dictionary<string, (string Row, Entity From)> _pendingEntities = new(StringComparer.Ordinal);

    /// <summary>Documents inserted in the open transaction and not yet added to the full-text indexes.</summary>
    private readonly List<string> _unindexed = [];

    private DbTransaction? _tx;

    /// <summary>The caller committed the transaction the writes since the last call belong to.</summary>
    public void Committed()
    {
        foreach (var (id, row) in _pendingEntities)
        {
            _writtenEntities[id] = row;
        }

        _pendingEntities.Clear();
    }

    /// <summary>The caller rolled back (or abandoned) the transaction: nothing written since the last commit holds.</summary>
    public void RolledBack()
    {
        _pendingEntities.Clear();
        _unindexed.Clear();
    }

    /// <summary>
    /// Adds the documents inserted since the last call, and their claims' quotes, to the full-text indexes in
    /// <paramref name="tx"/>: one statement an index for them all, where a statement a row wrote a segment a row.
    /// The caller runs it before committing, so the indexes are committed with the rows they index.
    /// </summary>
    public void IndexStoredText(DbTransaction? tx)
    {
        if (_unindexed.Count == 0)
        {
            return;
        }

        _tx = tx;
        try
        {
            var ids = JsonColumns.Strings(_unindexed);
            foreach (var sql in textIndexSql)
            {
                Command(sql, "@ids").Run(ids);
            }

            _unindexed.Clear();
        }
        finally
        {
            _tx = null;
        }
    }

    /// <summary>The stored content hash of a document in <paramref name="tx"/> (or none), or null when the id is unknown.</summary>
    public string? ContentHash(DbTransaction? tx, string documentId)
    {
        _tx = tx;
        try
        {
            return Command("SELECT content_hash FROM documents WHERE id = @id", "@id").Scalar(documentId) as string;
        }
        finally
        {
            _tx = null;
        }
    }

    /// <summary>
    /// Deletes a document; its extractions go with it (ON DELETE CASCADE). What the cross-document pass must merge
    /// again is noted first (schema version 7): each event mention's type and days and the event that held it.
    /// </summary>
    public void Delete(DbTransaction tx, string documentId)
    {
        // The delete triggers take the document's rows out of the full-text indexes: they must be in them first.
        if (_unindexed.Contains(documentId, StringComparer.Ordinal))
        {
            IndexStoredText(tx);
        }

        _tx = tx;
        try
        {
            Command("""
                INSERT INTO merge_pending (doc_id, type, date_earliest, date_latest, date_precision, event_id)
                SELECT m.doc_id, m.type, m.date_earliest, m.date_latest, m.date_precision, l.event_id
                FROM event_mentions m LEFT JOIN event_links l ON l.doc_id = m.doc_id AND l.mention_key = m.key
                WHERE m.doc_id = @id
                """, "@id").Run(documentId);
            Command("INSERT INTO merge_pending (doc_id) VALUES (@id)", "@id").Run(documentId);
            Command("DELETE FROM documents WHERE id = @id", "@id").Run(documentId);
        }
        finally
        {
            _tx = null;
        }
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }

    private IRowCommand Command(string sql, params string[] parameterNames) => Command(RowStatement.Of(sql, parameterNames));

    private IRowCommand Command(RowStatement statement)
    {
        if (!_commands.TryGetValue(statement.Sql, out var command))
        {
            _commands[statement.Sql] = command = prepare(statement);
        }

        command.Transaction = _tx;
        return command;
    }

    public void Insert(DbTransaction tx, DocumentExtraction extraction, string contentHash)
    {
        _tx = tx;
        try
        {
            InsertAll(extraction, contentHash);
            if (textIndexSql.Count > 0)
            {
                _unindexed.Add(extraction.Document.Id);
            }
        }
        finally
        {
            _tx = null;
        }
    }

    private void InsertAll(DocumentExtraction extraction, string contentHash)
    {
        var doc = extraction.Document;
        var published = JsonColumns.Date(doc.Published);
        var insert = Command(InsertDocument);
        insert.Run(doc.Id, doc.Title, doc.Outlet, JsonColumns.Strings(doc.Authors), published.Earliest, published.Latest, published.Precision,
            doc.PublishedInferred ? 1 : 0, doc.Url, doc.Source, doc.Format, contentHash, doc.Text,
            DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));

        // The cross-document pass merges again what this document touches (schema version 7).
        Command(InsertPending).Run(doc.Id);
        InsertEntities(extraction);
        InsertMentions(extraction);
        InsertTimes(extraction);
        InsertEvents(extraction);
        InsertClaims(extraction);
        InsertPositions(extraction);
    }

    private void InsertEntities(DocumentExtraction extraction)
    {
        // A pack entity keeps its pack data: a discovered entity of the same id does not overwrite it.
        var upsert = Command("""
            INSERT INTO entities (id, kind, name, aliases, roles, geo, attributes, discovered)
            VALUES (@id, @kind, @name, @aliases, @roles, @geo, @attributes, @discovered)
            ON CONFLICT (id) DO UPDATE SET
                kind = excluded.kind, name = excluded.name, aliases = excluded.aliases, roles = excluded.roles,
                geo = excluded.geo, attributes = excluded.attributes, discovered = excluded.discovered
            WHERE NOT (entities.discovered = 0 AND excluded.discovered = 1)
            """, "@id", "@kind", "@name", "@aliases", "@roles", "@geo", "@attributes", "@discovered");
        var link = Command(
            "INSERT INTO document_entities (doc_id, entity_id) VALUES (@doc, @entity) ON CONFLICT DO NOTHING", "@doc", "@entity");
        // In id order, so concurrent writers lock shared entity rows in one order and never deadlock.
        foreach (var e in extraction.Entities.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            var known = _pendingEntities.TryGetValue(e.Id, out var written) || _writtenEntities.TryGetValue(e.Id, out written);
            // The very entity object written before (a pack's entities are shared by every document that names
            // them) holds the same values: no need to serialise its columns again to find that out.
            if (known && ReferenceEquals(written.From, e))
            {
                link.Run(extraction.Document.Id, e.Id);
                continue;
            }

            object?[] values = [e.Id, e.Kind.ToWire(), e.Name, JsonColumns.Strings(e.Aliases), JsonColumns.Roles(e.Roles), JsonColumns.Geo(e.Geo),
                JsonColumns.Dictionary(e.Attributes), e.Discovered ? 1 : 0];
            // The same upsert again changes nothing: the row holds these values, or a pack row this one may not replace.
            var row = string.Join('\u001f', values);
            if (known && written.Row == row)
            {
                link.Run(extraction.Document.Id, e.Id);
                continue;
            }

            upsert.Run(values);
            _pendingEntities[e.Id] = (row, e);
            link.Run(extraction.Document.Id, e.Id);
        }
    }

    private void InsertMentions(DocumentExtraction extraction)
    {
        var docId = extraction.Document.Id;
        var mention = Command(InsertMention);
        foreach (var m in extraction.Mentions)
        {
            mention.Run(docId, m.EntityId, m.Span.Start, m.Span.End, m.Text);
        }

        var role = Command(InsertRole);
        var seq = 0;
        foreach (var (entityId, r) in extraction.Roles)
        {
            role.Run(docId, seq++, entityId, r.Title, r.Of, r.From, r.Until);
        }
    }

    private void InsertTimes(DocumentExtraction extraction)
    {
        var time = Command(InsertTime);
        foreach (var t in extraction.TimeExpressions)
        {
            var d = JsonColumns.Date(t.Range);
            time.Run(extraction.Document.Id, t.Span.Start, t.Span.End, t.Text, d.Earliest, d.Latest, d.Precision, t.IsAnchored ? 1 : 0, t.IsDuration ? 1 : 0);
        }
    }

    private void InsertEvents(DocumentExtraction extraction)
    {
        var ev = Command(InsertEventMention);
        var seq = 0;
        foreach (var m in extraction.Events)
        {
            if (m.DocumentId != extraction.Document.Id)
            {
                throw new ArgumentException($"Event mention '{m.Key}' belongs to document '{m.DocumentId}', not '{extraction.Document.Id}'.", nameof(extraction));
            }

            var d = JsonColumns.Date(m.Date);
            ev.Run(m.DocumentId, m.Key, seq++, m.Type.ToWire(), m.Status.ToWire(), d.Earliest, d.Latest, d.Precision, m.Place,
                JsonColumns.Strings(m.Actors), JsonColumns.Strings(m.Targets), JsonColumns.Strings(m.Mediators), JsonColumns.Strings(m.Topics),
                JsonColumns.Quantities(m.Quantities), m.Span.Start, m.Span.End, m.Quote, m.Via, m.Trigger);
        }
    }

    private void InsertClaims(DocumentExtraction extraction)
    {
        var claim = Command(InsertClaim);
        var seq = 0;
        foreach (var c in extraction.Claims)
        {
            if (c.DocumentId != extraction.Document.Id)
            {
                throw new ArgumentException($"Claim '{c.Id}' belongs to document '{c.DocumentId}', not '{extraction.Document.Id}'.", nameof(extraction));
            }

            claim.Run(c.Id, c.DocumentId, seq++, c.Span.Start, c.Span.End, c.Quote, c.Speaker, c.Via, c.Stance.ToWire(), c.EventKey, c.EventId,
                JsonColumns.Strings(c.Topics), JsonColumns.ClaimValues(c.Values), c.Answers, c.Source);
        }
    }

    private void InsertPositions(DocumentExtraction extraction)
    {
        var position = Command(InsertPosition);
        var seq = 0;
        foreach (var p in extraction.Positions)
        {
            if (p.DocumentId != extraction.Document.Id)
            {
                throw new ArgumentException($"A position belongs to document '{p.DocumentId}', not '{extraction.Document.Id}'.", nameof(extraction));
            }

            var d = JsonColumns.Date(p.Date);
            position.Run(p.DocumentId, seq++, p.Actor, p.Topic, p.Stance.ToDetail(), p.Span.Start, p.Span.End, p.Quote, d.Earliest, d.Latest, d.Precision);
        }
    }
}
