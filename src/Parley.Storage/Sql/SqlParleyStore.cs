using System.Data;
using System.Data.Common;
using System.Globalization;
using Parley.Model;
using Parley.Storage.Schema;

namespace Parley.Storage.Sql;

/// <summary>
/// The record in a SQL database, written once for every backend: the statements here and in the writers and
/// readers beside it are the SQL both SQLite and PostgreSQL understand, and a backend (SQLite, PostgreSQL)
/// supplies only what differs: how to open, lock, search, and word its errors. The schema comes from
/// <see cref="SchemaScripts"/>. One instance holds one connection and is not meant to be shared between threads.
/// </summary>
public abstract class SqlParleyStore : IParleyStore
{
    /// <summary>Migrates a freshly opened store, disposing of it when the migration fails.</summary>
    protected static TStore Migrated<TStore>(TStore store)
        where TStore : SqlParleyStore
    {
        ArgumentNullException.ThrowIfNull(store);
        try
        {
            store.Migrate();
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>How many times a write that lost a deadlock or a serialization race is tried in all.</summary>
    private const int WriteAttempts = 5;

    private DocumentWriter? _writer;

    /// <summary>The read transaction that commands join when none is given (SQLite insists on it).</summary>
    private DbTransaction? _reading;

    /// <summary>Wraps an open <paramref name="connection"/>; the store owns and disposes it.</summary>
    protected SqlParleyStore(DbConnection connection, string location)
    {
        ArgumentNullException.ThrowIfNull(connection);
        Connection = connection;
        Location = location;
    }

    /// <summary>The open connection.</summary>
    protected internal DbConnection Connection { get; }

    /// <inheritdoc />
    public string Location { get; }

    /// <summary>Which rendering of the schema this backend applies.</summary>
    protected internal abstract SqlBackend Backend { get; }

    /// <summary>What to say about a database that has tables but no Parley schema.</summary>
    protected abstract string ForeignDatabaseProblem { get; }

    /// <summary>A SELECT of one number: the total UTF-8 size of <c>documents.text</c>.</summary>
    protected internal abstract string TextBytesSql { get; }

    /// <summary>A SELECT of (id, title) of the documents matching <c>@query</c>, best first, at most <c>@limit</c>.</summary>
    protected internal abstract string SearchSql { get; }

    /// <summary>
    /// A SELECT of (id, title, matched) of the documents matching <c>@query</c>: the <c>@candidates</c> most recently
    /// stored matches (highest <c>seq</c>) ranked best first, ties newest first, at most <c>@limit</c> rows; matched
    /// counts the matches up to <c>@candidates + 1</c>, so a value above <c>@candidates</c> says some went unranked.
    /// </summary>
    protected internal abstract string NewestSearchSql { get; }

    /// <summary>
    /// A condition on a row of <c>claims</c> that holds when its quote matches the full-text query <c>@query</c>
    /// (made by <see cref="ClaimQuoteQuery"/>): the claims' full-text index (schema version 12).
    /// </summary>
    protected internal abstract string ClaimQuoteMatchSql { get; }

    /// <summary>The backend's full-text query for quotes holding every one of <paramref name="tokens"/> (letters and digits only), each as a word or a word's start.</summary>
    protected internal abstract string ClaimQuoteQuery(IReadOnlyList<string> tokens);

    /// <summary>Turns a driver error into a <see cref="StoreException"/> naming the location and what to do.</summary>
    protected abstract StoreException Translate(DbException error, string doing);

    /// <summary>True for an error worth trying the whole transaction again for (a deadlock, a serialization race).</summary>
    protected virtual bool IsTransient(DbException error) => false;

    /// <summary>True when the schema_version table exists.</summary>
    protected internal abstract bool SchemaTableExists(DbTransaction? transaction);

    /// <summary>Names of the tables in the database (in the store's schema), to recognise another program's database.</summary>
    protected internal abstract IReadOnlyList<string> UserTables();

    /// <summary>
    /// A FROM item, aliased <paramref name="alias"/>, of the strings of the JSON array in <paramref name="column"/>,
    /// each as <c>alias.value</c>.
    /// </summary>
    protected internal virtual string JsonTextElements(string column, string alias) => $"json_each({column}) {alias}";

    /// <summary>A column in ORDER BY, compared byte by byte (as SQLite does) whatever the database's collation.</summary>
    protected internal virtual string Ordered(string column) => column;

    /// <summary>Starts a write transaction.</summary>
    protected internal virtual DbTransaction BeginWrite() => Connection.BeginTransaction();

    /// <summary>Starts a read transaction in which several statements see one state of the database.</summary>
    protected internal virtual DbTransaction BeginRead() => Connection.BeginTransaction(IsolationLevel.RepeatableRead);

    /// <summary>Serialises writers of one document id across connections, when the backend needs it.</summary>
    protected internal virtual void LockDocument(DbTransaction transaction, string documentId)
    {
    }

    /// <summary>Serialises the replacement of the merged results across connections, when the backend needs it.</summary>
    protected internal virtual void LockMerged(DbTransaction transaction)
    {
    }

    /// <summary>
    /// Runs at the start of a read transaction that reads a page of events or of search hits (at most
    /// <paramref name="limit"/>, fewer than all): a backend whose planner would spend more starting parallel workers than
    /// the page costs, or would reuse for one filter the plan it made for another, says so here.
    /// </summary>
    protected internal virtual void BeginPageRead(DbTransaction transaction, int limit)
    {
    }

    private void PageRead(int limit)
    {
        if (limit < int.MaxValue && _reading is { } tx)
        {
            BeginPageRead(tx, limit);
        }
    }

    /// <summary>Serialises migrations across connections, when the backend needs it.</summary>
    protected internal virtual void LockSchema(DbTransaction transaction)
    {
    }

    /// <summary>
    /// Runs after the merged results were replaced and committed: a backend whose planner needs fresh statistics
    /// gathers them here (a merge can replace every row of the event tables at once).
    /// </summary>
    protected internal virtual void AfterMerge()
    {
    }

    /// <inheritdoc />
    public int SchemaVersion => Guard("reading the schema version", () => Migrator.CurrentVersion(this));

    /// <inheritdoc />
    public void Migrate() => Guard("applying migrations", () =>
    {
        var current = Migrator.CurrentVersion(this);
        // Read the version again when tables are there: another process may have just created the schema.
        if (current == 0 && UserTables().Count > 0 && (current = Migrator.CurrentVersion(this)) == 0)
        {
            throw new StoreException(Location, ForeignDatabaseProblem) { IsOpenFailure = true };
        }

        if (current > SchemaScripts.LatestVersion)
        {
            throw new StoreException(Location, $"the database was written by a newer Parley (schema {current}; this build knows up to {SchemaScripts.LatestVersion}); use a newer parley") { IsOpenFailure = true };
        }

        return current == SchemaScripts.LatestVersion ? 0 : Migrator.Apply(this);
    });

    /// <inheritdoc />
    public string? GetContentHash(string documentId) => Guard("reading a document's hash", () => Writer.ContentHash(_reading, documentId));

    /// <summary>The kept statements that write documents (made on first use).</summary>
    private DocumentWriter Writer => _writer ??= new DocumentWriter(s => CreateRowCommand(s.Sql, s.ParameterNames), StoredTextIndexSql);

    /// <summary>
    /// Statements that add stored documents (the JSON array of ids <c>@ids</c>) and their claims' quotes to the
    /// full-text indexes, run once a write transaction before it commits; none (the default) when the database
    /// keeps its full-text indexes by itself.
    /// </summary>
    protected internal virtual IReadOnlyList<string> StoredTextIndexSql => [];

    /// <summary>
    /// A statement on the store's connection kept for many rows (the document writer's inserts); a backend may
    /// return one that skips ADO.NET's per-run work.
    /// </summary>
    protected internal virtual IRowCommand CreateRowCommand(string sql, string[] parameterNames) => new RowCommand(Connection, null, sql, parameterNames);

    /// <summary>
    /// Writes <paramref name="rows"/> into <paramref name="table"/>'s <paramref name="columns"/> inside
    /// <paramref name="transaction"/>, for a bulk load: here an insert a row through a kept statement; a backend with a
    /// faster way in (PostgreSQL's binary COPY) overrides it. The values are those the ordinary inserts bind.
    /// </summary>
    protected internal virtual void CopyRows(DbTransaction transaction, string table, IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var statement = RowStatement.Insert(table, [.. columns]);
        using var insert = CreateRowCommand(statement.Sql, statement.ParameterNames);
        insert.Transaction = transaction;
        foreach (var row in rows)
        {
            insert.Run(row);
        }
    }

    /// <summary>
    /// Runs <paramref name="write"/> in a write transaction and commits it, telling the document writer whether
    /// its writes were committed; tried again when it loses a race to another writer.
    /// </summary>
    private T WriteTransaction<T>(Func<DbTransaction, T> write) => Retrying(() =>
    {
        try
        {
            T result;
            using (var tx = BeginWrite())
            {
                result = write(tx);
                _writer?.IndexStoredText(tx);
                tx.Commit();
            }

            _writer?.Committed();
            return result;
        }
        catch
        {
            _writer?.RolledBack();
            throw;
        }
    });

    /// <inheritdoc />
    public SaveOutcome Save(DocumentExtraction extraction) => Save(extraction, extraction.Document.ContentHash);

    /// <inheritdoc />
    public SaveOutcome Save(DocumentExtraction extraction, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        ArgumentException.ThrowIfNullOrEmpty(contentHash);
        var id = extraction.Document.Id;
        return Guard($"storing document '{id}'", () => WriteTransaction(tx => SaveIn(tx, extraction, contentHash)));
    }

    /// <inheritdoc />
    public IReadOnlyList<SaveOutcome> SaveBatch(IReadOnlyList<(DocumentExtraction Extraction, string ContentHash)> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return [];
        }

        foreach (var (extraction, hash) in batch)
        {
            ArgumentNullException.ThrowIfNull(extraction);
            ArgumentException.ThrowIfNullOrEmpty(hash);
        }

        // In id order, so concurrent batches take the per-document locks in one order.
        var order = Enumerable.Range(0, batch.Count).OrderBy(i => batch[i].Extraction.Document.Id, StringComparer.Ordinal).ToList();
        var first = batch[order[0]].Extraction.Document.Id;
        return Guard($"storing {batch.Count} documents from '{first}'", () => WriteTransaction(tx =>
        {
            var outcomes = new SaveOutcome[batch.Count];
            foreach (var i in order)
            {
                outcomes[i] = SaveIn(tx, batch[i].Extraction, batch[i].ContentHash);
            }

            return outcomes;
        }));
    }

    /// <inheritdoc />
    public bool DeleteDocument(string documentId)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        return Guard($"deleting document '{documentId}'", () => WriteTransaction(tx =>
        {
            LockDocument(tx, documentId);
            if (Writer.ContentHash(tx, documentId) is null)
            {
                return false;
            }

            Writer.Delete(tx, documentId);
            return true;
        }));
    }

    private SaveOutcome SaveIn(DbTransaction tx, DocumentExtraction extraction, string contentHash)
    {
        var id = extraction.Document.Id;
        LockDocument(tx, id);
        var stored = Writer.ContentHash(tx, id);
        if (stored == contentHash)
        {
            return SaveOutcome.Unchanged;
        }

        if (stored is not null)
        {
            Writer.Delete(tx, id);
        }

        Writer.Insert(tx, extraction, contentHash);
        return stored is null ? SaveOutcome.New : SaveOutcome.Replaced;
    }

    /// <inheritdoc />
    public IReadOnlyList<DocumentExtraction> ReadExtractions() =>
        Guard("reading the extractions", () => ReadSnapshot(() => new RecordReader(this).ReadExtractions()));

    /// <inheritdoc />
    public (IReadOnlyList<EventMention> Mentions, IReadOnlyList<Claim> Claims) ReadMergeInputs() =>
        Guard("reading the event mentions and claims", () => ReadSnapshot(() => new RecordReader(this).ReadMergeInputs()));

    /// <inheritdoc />
    public IReadOnlyDictionary<(string Doc, string Key), string> ReadEventLinks() =>
        Guard("reading the merged events' links", () => ReadSnapshot(() => new RecordReader(this).ReadEventLinks()));

    /// <inheritdoc />
    public IMergeSession BeginMerge() => Guard("starting the cross-document pass", () => new SqlMergeSession(this));

    /// <summary>Runs <paramref name="action"/> as <see cref="Guard"/> does, for the store's helpers.</summary>
    internal T Guarded<T>(string doing, Func<T> action) => Guard(doing, action);

    /// <inheritdoc />
    public void ReplaceMerged(IReadOnlyList<Event> events, IReadOnlyList<Contradiction> contradictions, IReadOnlyDictionary<string, string> claimEventIds)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(contradictions);
        ArgumentNullException.ThrowIfNull(claimEventIds);
        Guard("storing the merged events", () => Retrying(() =>
        {
            using var tx = BeginWrite();
            LockMerged(tx);
            MergedWriter.Replace(Connection, tx, events, contradictions, claimEventIds);
            DerivedRows.Refresh(this, tx);
            // Results merged some other way: the next pass cannot build on them, and runs over everything.
            using (var forget = Command("DELETE FROM merge_state", tx))
            {
                forget.ExecuteNonQuery();
            }

            tx.Commit();
            return 0;
        }));
        Guard("gathering the planner's statistics", () =>
        {
            AfterMerge();
            return 0;
        });
    }

    /// <summary>
    /// The indexes a bulk load may drop while it writes and make again after (name, the statement that makes it): those
    /// no constraint stands on. Built once over all the rows, an index costs a sort; kept while a million rows go in
    /// one at a time, it cost most of the load. None here; a backend lists its own.
    /// </summary>
    protected internal virtual IReadOnlyList<(string Name, string Create)> RebuildableIndexes(DbTransaction transaction) => [];

    /// <summary>Rows a bulk load holds in memory before writing them (a few tens of MB).</summary>
    private const int BulkFlushRows = 50_000;

    /// <inheritdoc />
    /// <remarks>
    /// One transaction: the documents and their extractions through the same writer as <see cref="SaveBatch"/> and the
    /// events through the same rows as <see cref="ReplaceMerged"/>, but held and written table by table
    /// (<see cref="BulkRows"/>, <see cref="CopyRows"/>), without the per-document lock and hash look-up an empty store
    /// does not need, and with the outlet rows filled by one statement at the end rather than one an event.
    /// </remarks>
    public void BulkLoad(IReadOnlyList<(DocumentExtraction Extraction, string ContentHash)> documents, IReadOnlyList<Event> events,
        IReadOnlyList<Contradiction> contradictions, IReadOnlyDictionary<string, string> claimEventIds)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(contradictions);
        ArgumentNullException.ThrowIfNull(claimEventIds);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (extraction, hash) in documents)
        {
            ArgumentNullException.ThrowIfNull(extraction);
            ArgumentException.ThrowIfNullOrEmpty(hash);
            if (!ids.Add(extraction.Document.Id))
            {
                throw new ArgumentException($"Document '{extraction.Document.Id}' is given twice.", nameof(documents));
            }
        }

        Guard("bulk-loading the store", () =>
        {
            using var tx = BeginWrite();
            LockMerged(tx);
            using (var count = Command("SELECT (SELECT count(*) FROM (SELECT 1 FROM documents LIMIT 1) d) + (SELECT count(*) FROM (SELECT 1 FROM events LIMIT 1) e)", tx))
            {
                if (Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture) > 0)
                {
                    throw new StoreException(Location, "a bulk load needs an empty store, and this one holds documents or events");
                }
            }

            // The same indexes at the end, made from their own definitions, so the store is as the ordinary path leaves it.
            var indexes = RebuildableIndexes(tx);
            foreach (var (name, _) in indexes)
            {
                Execute($"DROP INDEX {name}", tx);
            }

            using var rows = new BulkRows(this, tx);
            using (var writer = new DocumentWriter(rows.For, StoredTextIndexSql))
            {
                // In id order, as SaveBatch writes a batch; each flush indexes its documents' text after their rows.
                foreach (var (extraction, hash) in documents.OrderBy(d => d.Extraction.Document.Id, StringComparer.Ordinal))
                {
                    writer.Insert(tx, extraction, hash);
                    if (rows.Count >= BulkFlushRows)
                    {
                        writer.IndexStoredText(tx);
                        rows.Flush();
                    }
                }

                writer.IndexStoredText(tx);
                rows.Flush();
            }

            foreach (var chunk in events.Chunk(5_000))
            {
                MergedWriter.InsertEvents(rows.For, chunk, outletsPerEvent: false);
                rows.Flush();
            }

            GatherLoadedStatistics(tx);
            Execute(MergedWriter.InsertOutletsSql("1 = 1"), tx);
            var contradiction = rows.For(MergedWriter.InsertContradiction);
            foreach (var x in contradictions)
            {
                var row = MergedWriter.ContradictionRow(x);
                contradiction.Run(x.Id, row.EventId, row.Attribute, row.Claims, row.Values);
            }

            rows.Flush();
            MergedWriter.ReplaceClaimLinks(Connection, tx, claimEventIds);
            DerivedRows.Refresh(this, tx, unbounded: true);
            // As ReplaceMerged: results merged some other way, so the next pass runs over everything.
            Execute("DELETE FROM merge_state", tx);
            foreach (var (_, create) in indexes)
            {
                Execute(create, tx);
            }

            tx.Commit();
            return 0;
        });
        Guard("gathering the planner's statistics", () =>
        {
            AfterMerge();
            return 0;
        });
    }

    /// <summary>
    /// Runs inside a bulk load once the documents and events are in, before the statements that join them: a backend
    /// whose planner would otherwise plan those joins over empty-table statistics gathers fresh ones here.
    /// </summary>
    protected internal virtual void GatherLoadedStatistics(DbTransaction transaction)
    {
    }

    /// <summary>A bulk load's statement over all the rows: no time limit (an index over a million rows takes a while).</summary>
    private void Execute(string sql, DbTransaction tx)
    {
        using var cmd = Command(sql, tx);
        cmd.CommandTimeout = 0;
        cmd.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public ParleyRecord ReadRecord(RecordFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Guard("reading the record", () => ReadSnapshot(() => new RecordReader(this).ReadRecord(filter)));
    }

    /// <inheritdoc />
    public IReadOnlyList<Event> ReadEvents(RecordFilter filter, int limit = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return Guard("reading the events", () => ReadSnapshot(() =>
        {
            PageRead(limit);
            return new RecordReader(this).ReadEvents(filter, limit);
        }));
    }

    /// <inheritdoc />
    public IReadOnlyList<Event>? ReadEvents(RecordFilter filter, int limit, string? afterEventId)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return Guard("reading the events", () => ReadSnapshot(() =>
        {
            PageRead(limit);
            return new RecordReader(this).ReadEvents(filter, limit, afterEventId);
        }));
    }

    /// <inheritdoc />
    public IReadOnlyList<Contradiction> ReadContradictions(IReadOnlyCollection<string> eventIds)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        return Guard("reading the contradictions", () => ReadSnapshot(() => new RecordReader(this).ReadContradictions(eventIds)));
    }

    /// <inheritdoc />
    public IReadOnlyList<Entity> ReadEntities() => Guard("reading the entities", () => ReadSnapshot(() => new RecordReader(this).ReadEntityList()));

    /// <inheritdoc />
    public IReadOnlyList<DocumentSummary>? ReadDocuments(int limit, string? afterDocumentId) =>
        Guard("reading the documents", () => ReadSnapshot(() => new RecordReader(this).ReadDocuments(limit, afterDocumentId)));

    /// <inheritdoc />
    public EventFacets ReadEventFacets() => Guard("reading the filter values", () => ReadSnapshot(() => new RecordReader(this).ReadEventFacets()));

    /// <inheritdoc />
    public IReadOnlyList<Event> ReadEventsById(IReadOnlyCollection<string> eventIds)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        return Guard("reading events", () => ReadSnapshot(() => new RecordReader(this).ReadEventsById(eventIds)));
    }

    /// <inheritdoc />
    public IReadOnlyList<Document> ReadDocumentsById(IReadOnlyCollection<string> documentIds)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        return Guard("reading documents", () => ReadSnapshot(() => new RecordReader(this).ReadDocumentsById(documentIds)));
    }

    /// <inheritdoc />
    public (DocumentExtraction Extraction, IReadOnlyDictionary<string, string> EventIds)? ReadDocumentExtraction(string documentId)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        return Guard($"reading document '{documentId}'", () => ReadSnapshot(() => new RecordReader(this).ReadDocumentExtraction(documentId)));
    }

    /// <inheritdoc />
    public IReadOnlyList<EventMention> ReadEventMentions(IReadOnlyCollection<(string DocumentId, string Key)> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return Guard("reading event accounts", () => ReadSnapshot(() => new RecordReader(this).ReadEventMentions(keys)));
    }

    /// <inheritdoc />
    public IReadOnlyList<Claim> ReadClaims(ClaimFilter filter, int limit, string? afterClaimId)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return Guard("reading claims", () => ReadSnapshot(() => new RecordReader(this).ReadClaims(filter, limit, afterClaimId)));
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredPosition> ReadPositions(PositionFilter filter, int limit, PositionKey? after)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return Guard("reading positions", () => ReadSnapshot(() => new RecordReader(this).ReadPositions(filter, limit, after)));
    }

    /// <inheritdoc />
    public IReadOnlyList<DatedContradiction>? ReadContradictionPage(ContradictionAttribute? attribute, int limit, string? afterContradictionId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return Guard("reading contradictions", () => ReadSnapshot(() => new RecordReader(this).ReadContradictionPage(attribute, limit, afterContradictionId)));
    }

    /// <inheritdoc />
    public Entity? ReadEntity(string entityId)
    {
        ArgumentNullException.ThrowIfNull(entityId);
        return Guard("reading an entity", () => ReadSnapshot(() => new RecordReader(this).ReadEntity(entityId)));
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, int> ReadMentionCounts(IReadOnlyCollection<string> entityIds)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        return Guard("counting mentions", () => ReadSnapshot(() => new RecordReader(this).ReadMentionCounts(entityIds)));
    }

    /// <inheritdoc />
    public IReadOnlyList<OutletSummary> ReadOutletSummaries(int aloneShown) =>
        Guard("counting by outlet", () => ReadSnapshot(() => new RecordReader(this).ReadOutletSummaries(aloneShown)));

    /// <inheritdoc />
    public PlaceCounts ReadPlaceCounts(RecordFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Guard("counting events by place", () => ReadSnapshot(() => new RecordReader(this).ReadPlaceCounts(filter)));
    }

    /// <inheritdoc />
    public NetworkCounts ReadNetwork(RecordFilter filter, int maxLinks, int eventsShown)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(maxLinks);
        ArgumentOutOfRangeException.ThrowIfNegative(eventsShown);
        return Guard("reading the actor network", () => ReadSnapshot(() => new RecordReader(this).ReadNetwork(filter, maxLinks, eventsShown)));
    }

    /// <inheritdoc />
    public IReadOnlyList<ActorCounts> ReadActorCounts(IReadOnlyCollection<string>? entityIds) =>
        Guard("counting by actor", () => ReadSnapshot(() => new RecordReader(this).ReadActorCounts(entityIds)));

    /// <inheritdoc />
    public IReadOnlyList<TopicCounts> ReadTopicCounts() => Guard("counting by topic", () => ReadSnapshot(() => new RecordReader(this).ReadTopicCounts()));

    /// <inheritdoc />
    public IReadOnlyList<Claim> ReadClaimsAbout(IReadOnlyCollection<string> eventIds)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        return Guard("reading claims", () => ReadSnapshot(() => new RecordReader(this).ReadClaimsAbout(eventIds)));
    }

    /// <inheritdoc />
    public IReadOnlyList<Claim> ReadClaimsById(IReadOnlyCollection<string> claimIds)
    {
        ArgumentNullException.ThrowIfNull(claimIds);
        return Guard("reading claims", () => ReadSnapshot(() => new RecordReader(this).ReadClaimsById(claimIds)));
    }

    /// <inheritdoc />
    public IReadOnlyList<string> ReadEventIdsNear(string eventId, int count)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Guard("reading event ids", () => ReadSnapshot(() => new RecordReader(this).ReadEventIdsNear(eventId, count)));
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<EventType, int> ReadEventTypeCounts(RecordFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Guard("counting events by type", () => ReadSnapshot(() => new RecordReader(this).ReadEventTypeCounts(filter)));
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, int> ReadMentionDocumentCounts(IReadOnlyCollection<string> entityIds)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        return Guard("counting the documents naming entities", () => ReadSnapshot(() => new RecordReader(this).ReadMentionDocumentCounts(entityIds)));
    }

    /// <inheritdoc />
    public IReadOnlyList<OutletSummary> ReadOutletSummaries(RecordFilter filter, int aloneShown)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(aloneShown);
        return filter.IsAll ? ReadOutletSummaries(aloneShown)
            : Guard("counting by outlet", () => ReadSnapshot(() => new RecordReader(this).ReadOutletSummaries(filter, aloneShown)));
    }

    /// <inheritdoc />
    public IReadOnlyList<Contradiction> ReadContradictionList(RecordFilter filter, int limit, string? afterContradictionId)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return Guard("reading contradictions", () => ReadSnapshot(() => new RecordReader(this).ReadContradictionList(filter, limit, afterContradictionId)));
    }

    /// <inheritdoc />
    public IReadOnlyList<Entity> ReadNamedEntities() => Guard("reading the named entities", () => ReadSnapshot(() => new RecordReader(this).ReadNamedEntities()));

    /// <inheritdoc />
    public int CountContradictions(RecordFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Guard("counting contradictions", () => ReadSnapshot(() => new RecordReader(this).CountContradictions(filter)));
    }

    /// <inheritdoc />
    public IReadOnlyList<string> ReadMostReportedEvents(RecordFilter filter, int limit)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return Guard("ranking events by their reports", () => ReadSnapshot(() => new RecordReader(this).ReadMostReportedEvents(filter, limit)));
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityWithMentions> ReadEntityPage(int limit, string? afterEntityId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return Guard("reading the entities", () => ReadSnapshot(() => new RecordReader(this).ReadEntityPage(limit, afterEntityId)));
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredClaim> ReadClaimPage(RecordFilter filter, int limit, ClaimKey? after)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return Guard("reading claims", () => ReadSnapshot(() => new RecordReader(this).ReadClaimPage(filter, limit, after)));
    }

    /// <inheritdoc />
    public int CountEvents(RecordFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Guard("counting events", () => ReadSnapshot(() => new RecordReader(this).CountEvents(filter)));
    }

    /// <inheritdoc />
    public IReadOnlyList<Claim> SearchClaimQuotes(IReadOnlyList<string> words, int limit)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        // Only letters and digits reach the query: the rest separates words, so no input is read as query syntax.
        var tokens = words.SelectMany(w => System.Text.RegularExpressions.Regex.Split(w, @"[^\p{L}\p{N}]+")).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (tokens.Count == 0 || limit == 0)
        {
            return [];
        }

        return Guard("searching the quotes", () => ReadSnapshot(() => new RecordReader(this).SearchClaimQuotes(ClaimQuoteMatchSql, ClaimQuoteQuery(tokens), limit)));
    }

    /// <inheritdoc />
    public IReadOnlyList<Document> ReadDocumentPage(DocumentFilter filter, int limit, string? afterDocumentId)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return Guard("reading documents", () => ReadSnapshot(() => new RecordReader(this).ReadDocumentPage(filter, limit, afterDocumentId)));
    }

    /// <inheritdoc />
    public StoreStats GetStats() => Guard("counting", () => ReadSnapshot(() =>
    {
        long Count(string sql)
        {
            using var cmd = Command(sql, null);
            return Convert.ToInt64(cmd.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
        }

        return new StoreStats(
            Documents: (int)Count("SELECT count(*) FROM documents"),
            Entities: (int)Count("SELECT count(DISTINCT entity_id) FROM mentions"),
            Mentions: (int)Count("SELECT count(*) FROM mentions"),
            EventMentions: (int)Count("SELECT count(*) FROM event_mentions"),
            Events: (int)Count("SELECT count(*) FROM events e WHERE EXISTS (SELECT 1 FROM event_links l WHERE l.event_id = e.id)"),
            Claims: (int)Count("SELECT count(*) FROM claims"),
            Contradictions: (int)Count("SELECT count(*) FROM contradictions"),
            Positions: (int)Count("SELECT count(*) FROM positions"),
            TextBytes: Count(TextBytesSql));
    }));

    /// <summary>
    /// Documents whose title or text match <paramref name="query"/>, best first, as (id, title) pairs. The query
    /// is in the backend's full-text syntax (FTS5 for SQLite, web-search syntax for PostgreSQL); plain words work
    /// in both.
    /// </summary>
    public IReadOnlyList<(string Id, string? Title)> SearchDocuments(string query, int limit = 20)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        return Guard("searching", () =>
        {
            using var cmd = Command(SearchSql, null, ("@query", query), ("@limit", limit));
            using var reader = cmd.ExecuteReader();
            var hits = new List<(string, string?)>();
            while (reader.Read())
            {
                hits.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
            }

            return hits;
        });
    }

    /// <inheritdoc />
    public DocumentSearchResult SearchNewestDocuments(string query, int candidates, int limit = 20)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(candidates);
        return Guard("searching", () => ReadSnapshot(() =>
        {
            // A page of hits: how to find them depends on how common the words are (see BeginPageRead).
            PageRead(limit);
            using var cmd = Command(NewestSearchSql, null, ("@query", query), ("@candidates", candidates), ("@limit", limit));
            using var reader = cmd.ExecuteReader();
            var hits = new List<(string, string?)>();
            var matched = 0L;
            while (reader.Read())
            {
                hits.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
                matched = Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture);
            }

            return new DocumentSearchResult(hits, MoreMatched: matched > candidates);
        }));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Closes the connection.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _writer?.Dispose();
            _writer = null;
            Connection.Dispose();
        }
    }

    /// <summary>A command on the store's connection with its parameters bound.</summary>
    protected internal DbCommand Command(string sql, DbTransaction? transaction, params (string Name, object? Value)[] parameters)
    {
        var cmd = Connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = transaction ?? _reading;
        foreach (var (name, value) in parameters)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            cmd.Parameters.Add(p);
        }

        return cmd;
    }

    /// <summary>Runs <paramref name="action"/>, turning driver errors into <see cref="StoreException"/>s.</summary>
    protected T Guard<T>(string doing, Func<T> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            return action();
        }
        catch (DbException ex)
        {
            throw Translate(ex, doing);
        }
    }

    private T Retrying<T>(Func<T> write)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return write();
            }
            catch (DbException ex) when (attempt < WriteAttempts && IsTransient(ex))
            {
                // Another writer won the race; its work is committed, so this try sees it.
                Thread.Sleep(Random.Shared.Next(5, 20) * attempt);
            }
        }
    }

    /// <summary>Runs several reads in one read transaction so they see one state of the database.</summary>
    private T ReadSnapshot<T>(Func<T> read)
    {
        using var tx = BeginRead();
        _reading = tx;
        try
        {
            var result = read();
            tx.Commit();
            return result;
        }
        finally
        {
            _reading = null;
        }
    }
}
