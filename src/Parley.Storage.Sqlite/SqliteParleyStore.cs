using System.Globalization;
using Microsoft.Data.Sqlite;
using Parley.Model;

namespace Parley.Storage.Sqlite;

/// <summary>
/// The record in one SQLite file (WAL journal, foreign keys on, a busy timeout). The schema comes from the
/// numbered migrations embedded in this assembly. One instance holds one connection and is not meant to be
/// shared between threads.
/// </summary>
public sealed class SqliteParleyStore : IParleyStore
{
    /// <summary>The file used when none is given.</summary>
    public const string DefaultFileName = "parley.db";

    private readonly SqliteConnection _connection;
    private readonly SqliteStoreOptions _options;
    private DocumentWriter? _writer;

    /// <summary>
    /// Opens (or creates) the database at <paramref name="path"/> without migrating it; most callers want
    /// <see cref="Open"/>. Throws <see cref="StoreException"/> naming the file when it cannot be used.
    /// </summary>
    public SqliteParleyStore(string path = DefaultFileName, SqliteStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _options = options ?? SqliteStoreOptions.Default;
        Location = Path.GetFullPath(path);
        if (!_options.CreateIfMissing && !File.Exists(Location))
        {
            throw new StoreException(Location, Directory.Exists(Location)
                ? "this is a folder, not a database file; pass --db with a file path"
                : "no database here; run 'parley ingest' first or pass --db with the path of one") { IsOpenFailure = true };
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Location,
            Mode = _options.CreateIfMissing ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = false,
            ForeignKeys = true,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(_options.BusyTimeout.TotalSeconds)),
        };
        _connection = new SqliteConnection(builder.ToString());
        try
        {
            _connection.Open();
            Execute($"PRAGMA busy_timeout = {(int)_options.BusyTimeout.TotalMilliseconds}");
            var mode = Convert.ToString(Scalar("PRAGMA journal_mode = WAL"), CultureInfo.InvariantCulture);
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new StoreException(Location, $"the database cannot use write-ahead logging (journal mode stays '{mode}')") { IsOpenFailure = true };
            }

            Execute("PRAGMA foreign_keys = ON");
            Execute("PRAGMA synchronous = NORMAL");
        }
        catch (SqliteException ex)
        {
            _connection.Dispose();
            throw SqliteErrors.Translate(Location, ex, _options.BusyTimeout, "opening");
        }
        catch
        {
            _connection.Dispose();
            throw;
        }
    }

    /// <summary>Opens the database at <paramref name="path"/> and applies any pending migration.</summary>
    public static SqliteParleyStore Open(string path = DefaultFileName, SqliteStoreOptions? options = null)
    {
        var store = new SqliteParleyStore(path, options);
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

    /// <inheritdoc />
    public string Location { get; }

    /// <inheritdoc />
    public int SchemaVersion => Guard("reading the schema version", () => Migrator.CurrentVersion(_connection));

    /// <inheritdoc />
    public void Migrate() => Guard("applying migrations", () =>
    {
        var current = Migrator.CurrentVersion(_connection);
        if (current == 0 && Migrator.Tables(_connection).Count > 0)
        {
            throw new StoreException(Location, "this SQLite database belongs to another program (it has tables but no Parley schema); pass --db with another path") { IsOpenFailure = true };
        }

        if (current > Migrator.LatestVersion)
        {
            throw new StoreException(Location, $"the database was written by a newer Parley (schema {current}; this build knows up to {Migrator.LatestVersion}); use a newer parley") { IsOpenFailure = true };
        }

        return Migrator.Apply(_connection);
    });

    /// <inheritdoc />
    public string? GetContentHash(string documentId) => Guard("reading a document's hash", () =>
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT content_hash FROM documents WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", documentId);
        return cmd.ExecuteScalar() as string;
    });

    /// <inheritdoc />
    public SaveOutcome Save(DocumentExtraction extraction) => Save(extraction, extraction.Document.ContentHash);

    /// <inheritdoc />
    public SaveOutcome Save(DocumentExtraction extraction, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        ArgumentException.ThrowIfNullOrEmpty(contentHash);
        var id = extraction.Document.Id;
        return Guard($"storing document '{id}'", () =>
        {
            using var tx = _connection.BeginTransaction();
            string? stored;
            using (var read = _connection.CreateCommand())
            {
                read.Transaction = tx;
                read.CommandText = "SELECT content_hash FROM documents WHERE id = $id";
                read.Parameters.AddWithValue("$id", id);
                stored = read.ExecuteScalar() as string;
            }

            if (stored == contentHash)
            {
                return SaveOutcome.Unchanged;
            }

            if (stored is not null)
            {
                using var delete = _connection.CreateCommand();
                delete.Transaction = tx;
                delete.CommandText = "DELETE FROM documents WHERE id = $id";
                delete.Parameters.AddWithValue("$id", id);
                delete.ExecuteNonQuery();
            }

            (_writer ??= new DocumentWriter(_connection)).Insert(tx, extraction, contentHash);
            tx.Commit();
            return stored is null ? SaveOutcome.New : SaveOutcome.Replaced;
        });
    }

    /// <inheritdoc />
    public IReadOnlyList<DocumentExtraction> ReadExtractions() =>
        Guard("reading the extractions", () => ReadSnapshot(() => RecordReader.ReadExtractions(_connection)));

    /// <inheritdoc />
    public void ReplaceMerged(IReadOnlyList<Event> events, IReadOnlyList<Contradiction> contradictions, IReadOnlyDictionary<string, string> claimEventIds)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(contradictions);
        ArgumentNullException.ThrowIfNull(claimEventIds);
        Guard("storing the merged events", () =>
        {
            using var tx = _connection.BeginTransaction();
            MergedWriter.Replace(_connection, tx, events, contradictions, claimEventIds);
            tx.Commit();
            return 0;
        });
    }

    /// <inheritdoc />
    public ParleyRecord ReadRecord(RecordFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Guard("reading the record", () => ReadSnapshot(() => RecordReader.ReadRecord(_connection, filter)));
    }

    /// <inheritdoc />
    public StoreStats GetStats() => Guard("counting", () => ReadSnapshot(() =>
    {
        long Count(string sql) => Convert.ToInt64(Scalar(sql) ?? 0L, CultureInfo.InvariantCulture);
        return new StoreStats(
            Documents: (int)Count("SELECT count(*) FROM documents"),
            Entities: (int)Count("SELECT count(DISTINCT entity_id) FROM mentions"),
            Mentions: (int)Count("SELECT count(*) FROM mentions"),
            EventMentions: (int)Count("SELECT count(*) FROM event_mentions"),
            Events: (int)Count("SELECT count(*) FROM events e WHERE EXISTS (SELECT 1 FROM event_links l WHERE l.event_id = e.id)"),
            Claims: (int)Count("SELECT count(*) FROM claims"),
            Contradictions: (int)Count("SELECT count(*) FROM contradictions"),
            Positions: (int)Count("SELECT count(*) FROM positions"),
            TextBytes: Count("SELECT coalesce(sum(length(CAST(text AS BLOB))), 0) FROM documents"));
    }));

    /// <summary>Documents whose title or text match an FTS5 query, best first, as (id, title) pairs.</summary>
    public IReadOnlyList<(string Id, string? Title)> SearchDocuments(string query, int limit = 20)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        return Guard("searching", () =>
        {
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = """
                SELECT d.id, d.title FROM documents_fts f JOIN documents d ON d.seq = f.rowid
                WHERE documents_fts MATCH $query ORDER BY rank LIMIT $limit
                """;
            cmd.Parameters.AddWithValue("$query", query);
            cmd.Parameters.AddWithValue("$limit", limit);
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
    public void Dispose()
    {
        if (_connection.State == System.Data.ConnectionState.Open)
        {
            try
            {
                Execute("PRAGMA optimize");
            }
            catch (SqliteException)
            {
                // Only a hint to the query planner; never worth failing a close for.
            }
        }

        _writer?.Dispose();
        _connection.Dispose();
    }

    /// <summary>Runs several reads in one read transaction so they see one state of the file.</summary>
    private T ReadSnapshot<T>(Func<T> read)
    {
        using var tx = _connection.BeginTransaction(deferred: true);
        var result = read();
        tx.Commit();
        return result;
    }

    private T Guard<T>(string doing, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SqliteException ex)
        {
            throw SqliteErrors.Translate(Location, ex, _options.BusyTimeout, doing);
        }
    }

    private void Execute(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private object? Scalar(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }
}
