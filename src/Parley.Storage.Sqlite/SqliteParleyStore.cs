using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Parley.Storage.Schema;
using Parley.Storage.Sql;

namespace Parley.Storage.Sqlite;

/// <summary>
/// The record in one SQLite file (WAL journal, foreign keys on, a busy timeout), with FTS5 for full-text search.
/// The statements are shared with every SQL backend (<see cref="SqlParleyStore"/>); this class opens the file and
/// supplies what only SQLite says its own way. One instance holds one connection and is not meant to be shared
/// between threads.
/// </summary>
public sealed class SqliteParleyStore : SqlParleyStore
{
    /// <summary>The file used when none is given.</summary>
    public const string DefaultFileName = "parley.db";

    private readonly SqliteStoreOptions _options;

    /// <summary>
    /// Opens (or creates) the database at <paramref name="path"/> without migrating it; most callers want
    /// <see cref="Open"/>. Throws <see cref="StoreException"/> naming the file when it cannot be used.
    /// </summary>
    public SqliteParleyStore(string path = DefaultFileName, SqliteStoreOptions? options = null)
        : base(Connect(FullPath(path), options ?? SqliteStoreOptions.Default), FullPath(path))
    {
        _options = options ?? SqliteStoreOptions.Default;
    }

    /// <summary>Opens the database at <paramref name="path"/> and applies any pending migration.</summary>
    public static SqliteParleyStore Open(string path = DefaultFileName, SqliteStoreOptions? options = null)
    {
        var store = new SqliteParleyStore(path, options);
        return Migrated(store);
    }

    /// <inheritdoc />
    protected override SqlBackend Backend => SqlBackend.Sqlite;

    /// <inheritdoc />
    protected override string ForeignDatabaseProblem =>
        "this SQLite database belongs to another program (it has tables but no Parley schema); pass --db with another path";

    /// <inheritdoc />
    protected override string TextBytesSql => "SELECT coalesce(sum(length(CAST(text AS BLOB))), 0) FROM documents";

    /// <inheritdoc />
    protected override string SearchSql => """
        SELECT d.id, d.title FROM documents_fts f JOIN documents d ON d.seq = f.rowid
        WHERE documents_fts MATCH @query ORDER BY rank LIMIT @limit
        """;

    /// <inheritdoc />
    /// <remarks>FTS5 walks the matches newest first without sorting and computes bm25 only for the rows it returns.</remarks>
    protected override string NewestSearchSql => """
        WITH found AS MATERIALIZED (
            SELECT rowid AS seq, rank FROM documents_fts WHERE documents_fts MATCH @query ORDER BY rowid DESC LIMIT @candidates + 1)
        SELECT d.id, d.title, (SELECT count(*) FROM found) AS matched
        FROM (SELECT seq, rank FROM found ORDER BY seq DESC LIMIT @candidates) f JOIN documents d ON d.seq = f.seq
        ORDER BY f.rank, f.seq DESC LIMIT @limit
        """;

    /// <inheritdoc />
    protected override string ClaimQuoteMatchSql => "rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH @query)";

    /// <inheritdoc />
    /// <remarks>Each token an FTS5 string with a prefix star: a word, or the start of one; all of them must match.</remarks>
    protected override string ClaimQuoteQuery(IReadOnlyList<string> tokens) => string.Join(' ', tokens.Select(t => "\"" + t + "\"*"));

    /// <inheritdoc />
    /// <remarks>
    /// What the insert triggers did a row at a time before schema version 13. In rowid order: FTS5 writes its pending
    /// terms out as a new segment whenever a row's id is below the last one's, and the claims' index hands them out by
    /// (document, event key), so unordered each document's claims made segments for later merges to rewrite (this
    /// statement took 0.84 of the writer's 5.5 CPU s on 5,000 bench documents; 0.27 in order).
    /// </remarks>
    protected override IReadOnlyList<string> StoredTextIndexSql { get; } =
    [
        "INSERT INTO documents_fts(rowid, title, text) SELECT seq, coalesce(title, ''), text FROM documents WHERE id IN (SELECT value FROM json_each(@ids)) ORDER BY seq",
        "INSERT INTO claims_fts(rowid, quote) SELECT rowid, quote FROM claims WHERE doc_id IN (SELECT value FROM json_each(@ids)) ORDER BY rowid",
    ];

    /// <inheritdoc />
    protected override IRowCommand CreateRowCommand(string sql, string[] parameterNames) =>
        new SqliteRowCommand((SqliteConnection)Connection, sql, parameterNames);

    /// <inheritdoc />
    protected override IReadOnlyList<(string Name, string Create)> RebuildableIndexes(DbTransaction transaction)
    {
        // SQLite's own indexes (primary keys, UNIQUE) have no SQL and stay; so do the full-text table's.
        using var cmd = Command("SELECT '\"' || name || '\"', sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name", transaction);
        using var reader = cmd.ExecuteReader();
        var indexes = new List<(string, string)>();
        while (reader.Read())
        {
            indexes.Add((reader.GetString(0), reader.GetString(1)));
        }

        return indexes;
    }

    /// <inheritdoc />
    protected override DbTransaction BeginRead() => ((SqliteConnection)Connection).BeginTransaction(deferred: true);

    /// <inheritdoc />
    protected override bool SchemaTableExists(DbTransaction? transaction)
    {
        using var cmd = Command("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'", transaction);
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    /// <inheritdoc />
    protected override IReadOnlyList<string> UserTables()
    {
        using var cmd = Command("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", null);
        using var reader = cmd.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <inheritdoc />
    protected override StoreException Translate(DbException error, string doing) =>
        error is SqliteException sqlite ? SqliteErrors.Translate(Location, sqlite, _options.BusyTimeout, doing) : new StoreException(Location, $"{doing}: {error.Message}", error);

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && _options.OptimizeOnClose && Connection.State == System.Data.ConnectionState.Open)
        {
            try
            {
                using var cmd = Command("PRAGMA optimize", null);
                cmd.ExecuteNonQuery();
            }
            catch (SqliteException)
            {
                // Only a hint to the query planner; never worth failing a close for.
            }
        }

        base.Dispose(disposing);
    }

    private static string FullPath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Path.GetFullPath(path);
    }

    private static SqliteConnection Connect(string location, SqliteStoreOptions options)
    {
        if (!options.CreateIfMissing && !File.Exists(location))
        {
            throw new StoreException(location, Directory.Exists(location)
                ? "this is a folder, not a database file; pass --db with a file path"
                : "no database here; run 'parley ingest' first or pass --db with the path of one") { IsOpenFailure = true };
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = location,
            Mode = options.CreateIfMissing ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = false,
            ForeignKeys = true,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)),
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, $"PRAGMA busy_timeout = {(int)options.BusyTimeout.TotalMilliseconds}");
            var mode = Convert.ToString(Scalar(connection, "PRAGMA journal_mode = WAL"), CultureInfo.InvariantCulture);
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new StoreException(location, $"the database cannot use write-ahead logging (journal mode stays '{mode}')") { IsOpenFailure = true };
            }

            Execute(connection, "PRAGMA foreign_keys = ON");
            Execute(connection, "PRAGMA synchronous = NORMAL");
            // A negative cache_size is in KiB (see SqliteStoreOptions.PageCacheKibibytes for why 32 MB by default).
            Execute(connection, $"PRAGMA cache_size = -{options.PageCacheKibibytes.ToString(CultureInfo.InvariantCulture)}");
            if (options.MaxPageCount is { } pages)
            {
                Execute(connection, $"PRAGMA max_page_count = {pages.ToString(CultureInfo.InvariantCulture)}");
            }

            return connection;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw SqliteErrors.Translate(location, ex, options.BusyTimeout, "opening");
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }
}
