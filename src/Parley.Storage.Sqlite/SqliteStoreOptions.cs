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
}
