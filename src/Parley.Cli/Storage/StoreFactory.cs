using Parley.Storage;
using Parley.Storage.PostgreSql;
using Parley.Storage.Sqlite;

namespace Parley.Cli.Storage;

/// <summary>
/// The one place that turns a <c>--db</c> value into a store: a PostgreSQL connection string (Npgsql keywords,
/// <c>Host=…;Port=…;Username=…;Database=…</c>) or a <c>postgresql://</c> URI opens the shared server; anything else
/// is a SQLite file path, the default.
/// </summary>
internal static class StoreFactory
{
    /// <summary>True when <paramref name="location"/> names a PostgreSQL server rather than a file.</summary>
    public static bool IsServer(string location) => PostgresConnectionString.Recognizes(location);

    /// <summary>
    /// Opens and migrates the store at <paramref name="location"/>. <paramref name="createIfMissing"/> applies to
    /// files; a server database must exist (its schema is created on first use). Throws <see cref="StoreException"/>.
    /// </summary>
    public static IParleyStore Open(string location, bool createIfMissing) =>
        IsServer(location)
            ? PostgresParleyStore.Open(location)
            : SqliteParleyStore.Open(location, new SqliteStoreOptions { CreateIfMissing = createIfMissing });

    /// <summary>
    /// Opens the existing store at <paramref name="location"/> once more, for a connection that only looks rows up by key
    /// beside the one that writes. On a file it keeps SQLite's own 2 MB page cache and leaves <c>PRAGMA optimize</c> to
    /// the writer's connection: run on this one as an ingest closed, the analysis of every table the ingest filled went
    /// through a second 32 MB cache, and was the ingest's peak memory.
    /// </summary>
    public static IParleyStore OpenLookup(string location) =>
        IsServer(location)
            ? PostgresParleyStore.Open(location)
            : SqliteParleyStore.Open(location, new SqliteStoreOptions { CreateIfMissing = false, PageCacheKibibytes = 2 * 1024, OptimizeOnClose = false });
}
