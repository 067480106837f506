using Microsoft.Data.Sqlite;

namespace Parley.Storage.Sqlite;

/// <summary>Turns SQLite's error codes into <see cref="StoreException"/>s that say what to do.</summary>
internal static class SqliteErrors
{
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CantOpen = 14;
    private const int Constraint = 19;
    private const int NotADatabase = 26;

    public static StoreException Translate(string path, SqliteException ex, TimeSpan busyTimeout, string? doing = null)
    {
        var prefix = doing is null ? "" : doing + ": ";
        return (ex.SqliteErrorCode & 0xFF) switch
        {
            NotADatabase => new StoreException(path, "the file is not a SQLite database; pass --db with the path of a Parley database or of a new file", ex) { IsOpenFailure = true },
            CantOpen => new StoreException(path, CantOpenReason(path), ex) { IsOpenFailure = true, StopsAllWrites = true },
            ReadOnly => new StoreException(path, prefix + "the database is read-only (a read-only file or folder); choose a writable location with --db", ex) { IsOpenFailure = true, StopsAllWrites = true },
            Busy or Locked => new StoreException(path, prefix + $"the database is locked by another program (waited {busyTimeout.TotalSeconds:0.#} s); let the other parley finish or close it, then try again", ex) { StopsAllWrites = true },
            Corrupt => new StoreException(path, prefix + "the database file is damaged; restore a copy or start a new file with --db", ex) { IsOpenFailure = true, StopsAllWrites = true },
            Full => new StoreException(path, prefix + "the disk is full (or the database reached its size limit); free some space and run again", ex) { StopsAllWrites = true },
            Constraint => new StoreException(path, prefix + "the data breaks a rule of the store (" + ex.Message.Replace("SQLite Error 19: ", "", StringComparison.Ordinal) + "); nothing of it was written", ex),
            _ => new StoreException(path, prefix + ex.Message, ex),
        };
    }

    private static string CantOpenReason(string path)
    {
        if (Directory.Exists(path))
        {
            return "this is a folder, not a database file; pass --db with a file path";
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            return $"the folder '{folder}' does not exist; create it or pass --db with another path";
        }

        return "the file cannot be opened (check that the location is writable); pass --db with another path";
    }
}
