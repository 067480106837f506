using Microsoft.Data.Sqlite;

namespace Parley.Hardening.Tests;

/// <summary>Looks into a SQLite store from outside Parley, as a check of what Parley left behind.</summary>
public static class StoreInspection
{
    /// <summary>The result of <c>PRAGMA integrity_check</c> ("ok" when the file is sound).</summary>
    public static string IntegrityCheck(string db) => Scalar(db, "PRAGMA integrity_check");

    /// <summary>Rows that break a foreign key (0 when every extraction belongs to a stored document).</summary>
    public static long ForeignKeyViolations(string db) => Count(db, "SELECT count(*) FROM pragma_foreign_key_check");

    /// <summary>A count query's answer.</summary>
    public static long Count(string db, string sql) => Convert.ToInt64(Scalar(db, sql), System.Globalization.CultureInfo.InvariantCulture);

    private static string Scalar(string db, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToString(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    /// <summary>The store exported as parley/1 JSON by the CLI.</summary>
    public static byte[] Export(string db, string folder)
    {
        var output = Path.Combine(folder, "export-" + Guid.NewGuid().ToString("N")[..8] + ".json");
        var (exit, _, errors) = ParleyProcess.Run("export", "--format", "parley", "--out", output, "--db", db);
        Assert.True(exit == 0, $"export of {db} failed ({exit}): {errors}");
        return File.ReadAllBytes(output);
    }
}

/// <summary>A fresh folder under the system temp path, deleted with the test.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "parley-hard-" + Guid.NewGuid().ToString("N")[..12]);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
