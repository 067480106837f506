namespace Parley.Storage.Sqlite;

/// <summary>Settings of a <see cref="SqliteParleyStore"/>.</summary>
public sealed record SqliteStoreOptions
{
    /// <summary>The defaults: create the file when missing, wait up to five seconds for a lock.</summary>
    public static SqliteStoreOptions Default { get; } = new();

    /// <summary>How long a write waits for another connection's lock before it fails.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>When false, a missing file is an error instead of a new, empty database.</summary>
    public bool CreateIfMissing { get; init; } = true;

    /// <summary>
    /// When set, the database may grow to at most this many pages (SQLite's <c>max_page_count</c>) and a write past
    /// it fails as a full disk does; null leaves it unlimited. Tests use it to simulate a full disk.
    /// </summary>
    public long? MaxPageCount { get; init; }

    /// <summary>
    /// The connection's page cache in KiB (SQLite's <c>cache_size</c>): 32 MB by default, since an ingest's inserts land
    /// all over the indexes of a store far larger than SQLite's own 2 MB. A connection that only looks a few rows up
    /// by key needs far less, and each connection's cache fills on its own.
    /// </summary>
    public int PageCacheKibibytes { get; init; } = 32 * 1024;

    /// <summary>
    /// Whether closing the store runs <c>PRAGMA optimize</c>, which may analyze whole tables through the connection's
    /// page cache. A second connection beside the one that writes leaves it to that one: its analysis filled a cache of
    /// its own as the ingest ended, the process's peak memory.
    /// </summary>
    public bool OptimizeOnClose { get; init; } = true;
}
