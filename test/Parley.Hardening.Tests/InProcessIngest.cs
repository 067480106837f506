using Parley.Cli;
using Parley.Cli.Ingest;
using Parley.Cli.Sources;
using Parley.Packs;
using Parley.Storage;
using Parley.Storage.Sqlite;
using Spectre.Console.Testing;

namespace Parley.Hardening.Tests;

/// <summary>The CLI's ingest runner in this process, on a store opened with test-only options (size cap, busy timeout).</summary>
public static class InProcessIngest
{
    private static readonly Lazy<DomainPack> LoadedPack = new(() => DomainPack.Load(ParleyProcess.Pack));

    internal static IngestSummary Run(string db, SqliteStoreOptions options, params string[] paths)
    {
        using var store = SqliteParleyStore.Open(db, options);
        var context = new CliContext(new TestConsole(), _ => null);
        return new IngestRunner(context, DocumentSources.Create(LoadedPack.Value), LoadedPack.Value, store).Run(paths, IngestDisplay.Silent);
    }

    internal static IngestSummary Run(string db, params string[] paths) => Run(db, SqliteStoreOptions.Default, paths);

    /// <summary>Rows per (table, document) of every table that holds a document's extractions.</summary>
    public static Dictionary<string, long> RowsPerDocument(string db)
    {
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        foreach (var table in new[] { "documents", "document_entities", "mentions", "entity_roles", "time_expressions", "event_mentions", "claims", "positions" })
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = table == "documents"
                ? "SELECT id, length(text) FROM documents"
                : $"SELECT doc_id, count(*) FROM {table} GROUP BY doc_id";
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                rows[$"{table}/{reader.GetString(0)}"] = reader.GetInt64(1);
            }
        }

        return rows;
    }

    /// <summary>The ids of the stored documents.</summary>
    public static HashSet<string> DocumentIds(string db) =>
        [.. RowsPerDocument(db).Keys.Where(k => k.StartsWith("documents/", StringComparison.Ordinal)).Select(k => k["documents/".Length..])];
}
