namespace Parley.Cli.Storage;

/// <summary>
/// One <c>parley ingest</c> at a time on a SQLite store: an exclusive lock on <c>FILE.ingest-lock</c> beside the
/// database, held for the whole run. A second ingest says once that it waits, then waits its turn instead of
/// failing half way on the database's own write lock. The operating system releases the lock when the process
/// ends, however it ends (a killed run never leaves the store locked). Readers (<c>parley serve</c>, views) take
/// no part: the database's write-ahead log lets them read while an ingest writes.
/// </summary>
internal sealed class IngestLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    private readonly FileStream? _file;

    private IngestLock(FileStream? file) => _file = file;

    /// <summary>The lock file of the store at <paramref name="database"/>.</summary>
    public static string PathFor(string database) => Path.GetFullPath(database) + ".ingest-lock";

    /// <summary>
    /// Takes the lock, waiting as long as another process holds it (up to <paramref name="timeout"/>, when given);
    /// <paramref name="waiting"/> is called once, when the wait begins. Null when the wait timed out.
    /// </summary>
    public static IngestLock? Acquire(string database, Action<string> waiting, TimeSpan? timeout = null)
    {
        var path = PathFor(database);
        var started = DateTime.UtcNow;
        var told = false;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive advisory lock (flock) on Unix and a share lock on Windows. The file
                // stays when the run ends: deleting it could let a third process lock a new file while one holds the old.
                return new IngestLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1));
            }
            catch (Exception e) when (e is UnauthorizedAccessException or DirectoryNotFoundException)
            {
                // No lock file can be made here (a read-only folder, a missing one): opening the store reports why.
                return new IngestLock(null);
            }
            catch (IOException) when (File.Exists(path))
            {
                if (!told)
                {
                    waiting($"{Path.GetFullPath(database)}: the store is locked by another process (another parley ingest); waiting for it to finish…");
                    told = true;
                }

                if (timeout is { } limit && DateTime.UtcNow - started > limit)
                {
                    return null;
                }

                Thread.Sleep(Poll);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _file?.Dispose();
}
