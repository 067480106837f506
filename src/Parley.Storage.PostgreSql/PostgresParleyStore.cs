using System.Data.Common;
using System.Net.Sockets;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using Parley.Storage.Schema;
using Parley.Storage.Sql;

namespace Parley.Storage.PostgreSql;

/// <summary>
/// The record in a PostgreSQL database, shared by a team: the statements are those of every SQL backend
/// (<see cref="SqlParleyStore"/>); this class connects through Npgsql, searches with a tsvector column, and
/// serialises concurrent writers of one document (and of the merged results) with advisory locks so several
/// <c>parley ingest</c> processes can write at once. The tables live in the connection's schema (Npgsql's
/// <c>Search Path</c>, else <c>public</c>). One instance holds one connection and is not meant to be shared
/// between threads.
/// </summary>
public sealed class PostgresParleyStore : SqlParleyStore
{
    // Advisory lock classes (first key of pg_advisory_xact_lock(int, int)); the numbers only need to be Parley's own.
    private const int DocumentLock = 72_701;
    private const int MergedLock = 72_702;
    private const int SchemaLock = 72_703;

    /// <summary>
    /// Connects to the database named by <paramref name="connectionString"/> (keyword form or <c>postgresql://</c>
    /// URI) without migrating it; most callers want <see cref="Open"/>. Throws <see cref="StoreException"/> saying
    /// what is wrong when it cannot be used.
    /// </summary>
    public PostgresParleyStore(string connectionString)
        : this(Settings(connectionString))
    {
    }

    private PostgresParleyStore(NpgsqlConnectionStringBuilder settings)
        : base(Connect(settings), PostgresConnectionString.Describe(settings))
    {
    }

    /// <summary>Connects and applies any pending migration.</summary>
    public static PostgresParleyStore Open(string connectionString)
    {
        var store = new PostgresParleyStore(connectionString);
        return Migrated(store);
    }

    /// <inheritdoc />
    protected override SqlBackend Backend => SqlBackend.PostgreSql;

    /// <inheritdoc />
    protected override string ForeignDatabaseProblem =>
        "this PostgreSQL schema belongs to another program (it has tables but no Parley schema); pass --db with another database or Search Path";

    /// <inheritdoc />
    protected override string TextBytesSql => "SELECT coalesce(sum(octet_length(text)), 0) FROM documents";

    /// <inheritdoc />
    protected override string SearchSql => """
        SELECT id, title FROM documents, websearch_to_tsquery('simple', @query) q
        WHERE search @@ q ORDER BY ts_rank(search, q) DESC, id COLLATE "C" LIMIT @limit
        """;

    /// <inheritdoc />
    /// <remarks>
    /// The query is written out where it is matched, not read from a CTE: planned for its value (see
    /// <see cref="BeginPageRead"/>), it is then a constant whose words the planner finds in the column's statistics, and
    /// it walks the documents newest first for a common word (stopping after the candidates) but gathers a rare word's
    /// few matches from the text index. Behind a CTE every query was judged to match 500 documents at 1M, so a word in
    /// every document gathered and sorted all 100,000 (250 ms, against 9 ms).
    /// </remarks>
    protected override string NewestSearchSql => """
        WITH found AS MATERIALIZED (
            SELECT d.seq, d.id, d.title, d.search FROM documents d
            WHERE d.search @@ websearch_to_tsquery('simple', @query) ORDER BY d.seq DESC LIMIT @candidates + 1)
        SELECT f.id, f.title, (SELECT count(*) FROM found) AS matched
        FROM (SELECT * FROM found ORDER BY seq DESC LIMIT @candidates) f
        ORDER BY ts_rank(f.search, websearch_to_tsquery('simple', @query)) DESC, f.seq DESC LIMIT @limit
        """;

    /// <inheritdoc />
    protected override string ClaimQuoteMatchSql => "quote_search @@ to_tsquery('simple', @query)";

    /// <inheritdoc />
    /// <remarks>Each token a prefix match (<c>:*</c>), all of them joined by AND.</remarks>
    protected override string ClaimQuoteQuery(IReadOnlyList<string> tokens) => string.Join(" & ", tokens.Select(t => t + ":*"));

    /// <inheritdoc />
    protected override string JsonTextElements(string column, string alias) => $"jsonb_array_elements_text({column}::jsonb) {alias}(value)";

    /// <inheritdoc />
    protected override string Ordered(string column) => column + " COLLATE \"C\"";

    /// <inheritdoc />
    protected override bool SchemaTableExists(DbTransaction? transaction)
    {
        using var cmd = Command("SELECT to_regclass('schema_version') IS NOT NULL", transaction);
        return cmd.ExecuteScalar() is true;
    }

    /// <inheritdoc />
    protected override IReadOnlyList<string> UserTables()
    {
        using var cmd = Command("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name", null);
        using var reader = cmd.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <inheritdoc />
    protected override void LockDocument(DbTransaction transaction, string documentId) =>
        Lock(transaction, "SELECT pg_advisory_xact_lock(@class, hashtext(@id))", ("@class", DocumentLock), ("@id", documentId));

    /// <inheritdoc />
    protected override void LockMerged(DbTransaction transaction) =>
        Lock(transaction, "SELECT pg_advisory_xact_lock(@class, 0)", ("@class", MergedLock));

    /// <inheritdoc />
    protected override void LockSchema(DbTransaction transaction) =>
        Lock(transaction, "SELECT pg_advisory_xact_lock(@class, 0)", ("@class", SchemaLock));

    /// <inheritdoc />
    /// <remarks>
    /// Autovacuum analyzes a changed table only some time later; until then the planner reads a freshly merged million
    /// events with the statistics of the store before the merge (a timeline page took 1.5 s instead of 15 ms after
    /// the fill of `parley bench query --events 100000`).
    /// </remarks>
    protected override void AfterMerge()
    {
        using var tx = Connection.BeginTransaction();
        // The events' dates are analyzed with 1,000 buckets, as their columns say (schema version 16): a month's
        // first page is then judged at its size and read by walking the timeline index in order.
        using (var events = Command("ANALYZE events", tx))
        {
            events.CommandTimeout = 0;
            events.ExecuteNonQuery();
        }

        using (var others = Command("ANALYZE event_links, event_actors, event_topics, event_actor_topics, event_outlets, disputed_events, contradiction_dates, contradictions, event_pairs", tx))
        {
            others.CommandTimeout = 0;
            others.ExecuteNonQuery();
        }

        tx.Commit();
    }

    /// <summary>Each table's column types (<c>udt_name</c>: int4, int8, text), read once for the bulk loads.</summary>
    private readonly Dictionary<string, Dictionary<string, string>> _columnTypes = new(StringComparer.Ordinal);

    /// <inheritdoc />
    /// <remarks>
    /// Binary COPY: one statement streams all the rows (the per-row inserts ran at ~400 events a second, a round trip
    /// and a plan each). Binary values must be of the column's exact type, so each is converted to it here: the writers
    /// bind ints and longs to INTEGER columns alike, and an insert casts them where COPY would not. Triggers and
    /// generated columns (the documents' search vector) run as they do for an insert.
    /// </remarks>
    protected override void CopyRows(DbTransaction transaction, string table, IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var types = ColumnTypes(transaction, table);
        var kinds = columns.Select(c => types.TryGetValue(c, out var type) ? type switch
        {
            "int4" => NpgsqlDbType.Integer,
            "int8" => NpgsqlDbType.Bigint,
            "text" => NpgsqlDbType.Text,
            _ => throw new NotSupportedException($"{table}.{c}: a bulk load cannot copy a {type} column"),
        } : throw new InvalidOperationException($"{table} has no column '{c}'")).ToArray();
        using var import = ((NpgsqlConnection)Connection).BeginBinaryImport(
            $"COPY {table} ({string.Join(", ", columns.Select(c => "\"" + c + "\""))}) FROM STDIN (FORMAT BINARY)");
        // Tens of thousands of rows a copy, each checked against its foreign keys: more than a command's 30 s on a busy server.
        import.Timeout = TimeSpan.FromHours(1);
        foreach (var row in rows)
        {
            import.StartRow();
            for (var i = 0; i < kinds.Length; i++)
            {
                switch (row[i])
                {
                    case null or DBNull:
                        import.WriteNull();
                        break;
                    case var value when kinds[i] == NpgsqlDbType.Integer:
                        import.Write(Convert.ToInt32(value, CultureInfo.InvariantCulture), NpgsqlDbType.Integer);
                        break;
                    case var value when kinds[i] == NpgsqlDbType.Bigint:
                        import.Write(Convert.ToInt64(value, CultureInfo.InvariantCulture), NpgsqlDbType.Bigint);
                        break;
                    case var value:
                        import.Write(Convert.ToString(value, CultureInfo.InvariantCulture)!, NpgsqlDbType.Text);
                        break;
                }
            }
        }

        import.Complete();
    }

    /// <inheritdoc />
    /// <remarks>
    /// A page reads ~100 rows, and starting workers cost more: at 1M the outlet page's prepared (generic) plan judged
    /// the probe of the accounts' outlet to keep one row in 20 and gathered from two workers, 90–190 ms, against
    /// 10–20 ms in one process. Each statement is also planned for its own values (Npgsql prepares the statements a
    /// connection repeats, and after five runs the server may keep one generic plan): whether to walk an index in order
    /// and stop, or to gather the matches and sort them, depends on how many rows the values select. At 1M the generic
    /// plan of the newest-first search walked all 100,000 documents for a word in one of them (50–140 ms, against 2 ms
    /// gathering its matches from the text index), and that of a type and status from a day gathered and sorted the
    /// day's 1,000–1,800 matches (45–80 ms, against 1–8 ms walking their index). For this transaction only, so whole
    /// reads keep their parallel plans and the writers their prepared ones.
    /// </remarks>
    protected override void BeginPageRead(DbTransaction transaction, int limit)
    {
        using var cmd = Command("SELECT set_config('max_parallel_workers_per_gather', '0', true), set_config('plan_cache_mode', 'force_custom_plan', true)", transaction);
        cmd.ExecuteNonQuery();
    }

    /// <inheritdoc />
    protected override void GatherLoadedStatistics(DbTransaction transaction)
    {
        using var cmd = Command("ANALYZE documents, events, event_links", transaction);
        cmd.CommandTimeout = 0;
        cmd.ExecuteNonQuery();
    }

    /// <inheritdoc />
    protected override IReadOnlyList<(string Name, string Create)> RebuildableIndexes(DbTransaction transaction)
    {
        using var cmd = Command("""
            SELECT quote_ident(c.relname), pg_get_indexdef(i.indexrelid) FROM pg_index i
            JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
            WHERE t.relnamespace = current_schema()::regnamespace
              AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
            ORDER BY c.relname
            """, transaction);
        using var reader = cmd.ExecuteReader();
        var indexes = new List<(string, string)>();
        while (reader.Read())
        {
            indexes.Add((reader.GetString(0), reader.GetString(1)));
        }

        return indexes;
    }

    private Dictionary<string, string> ColumnTypes(DbTransaction transaction, string table)
    {
        if (!_columnTypes.TryGetValue(table, out var types))
        {
            types = new Dictionary<string, string>(StringComparer.Ordinal);
            using var cmd = Command("SELECT column_name, udt_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table",
                transaction, ("@table", table));
            using (var reader = cmd.ExecuteReader())
            {
                while (reader.Read())
                {
                    types[reader.GetString(0)] = reader.GetString(1);
                }
            }

            _columnTypes[table] = types;
        }

        return types;
    }

    /// <inheritdoc />
    protected override bool IsTransient(DbException error) =>
        error is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure };

    /// <inheritdoc />
    protected override StoreException Translate(DbException error, string doing) => PostgresErrors.Translate(Location, error, doing);

    private void Lock(DbTransaction transaction, string sql, params (string, object?)[] parameters)
    {
        using var cmd = Command(sql, transaction, parameters);
        cmd.ExecuteNonQuery();
    }

    private static NpgsqlConnectionStringBuilder Settings(string connectionString)
    {
        try
        {
            var settings = PostgresConnectionString.Parse(connectionString);
            if (string.IsNullOrEmpty(settings.ApplicationName))
            {
                settings.ApplicationName = "parley";
            }

            if (settings.MaxAutoPrepare == 0)
            {
                // The writers run the same few statements for every row: let the server plan them once.
                settings.MaxAutoPrepare = 32;
            }

            return settings;
        }
        catch (FormatException ex)
        {
            throw new StoreException("PostgreSQL", ex.Message, ex) { IsOpenFailure = true };
        }
    }

    private static NpgsqlConnection Connect(NpgsqlConnectionStringBuilder settings)
    {
        var connection = new NpgsqlConnection(settings.ConnectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch (Exception ex) when (ex is DbException or SocketException or TimeoutException)
        {
            connection.Dispose();
            throw PostgresErrors.Translate(PostgresConnectionString.Describe(settings), ex, "connecting", opening: true);
        }
    }
}
