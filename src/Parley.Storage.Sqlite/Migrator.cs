using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Parley.Storage.Sqlite;

/// <summary>One numbered schema change, read from an embedded <c>Migrations/NNNN_name.sql</c>.</summary>
/// <param name="Version">The number.</param>
/// <param name="Name">The file name.</param>
/// <param name="Sql">The script.</param>
internal sealed record Migration(int Version, string Name, string Sql);

/// <summary>
/// Applies the embedded migrations not yet recorded in <c>schema_version</c>, in order, in one transaction:
/// either every pending migration is applied or none is.
/// </summary>
internal static partial class Migrator
{
    private static readonly Lazy<IReadOnlyList<Migration>> Embedded = new(LoadEmbedded);

    /// <summary>Every migration this build carries, in order.</summary>
    public static IReadOnlyList<Migration> All => Embedded.Value;

    /// <summary>The schema version this build writes.</summary>
    public static int LatestVersion => All.Count == 0 ? 0 : All[^1].Version;

    /// <summary>The version recorded in the database; 0 for a database without the table.</summary>
    public static int CurrentVersion(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var exists = connection.CreateCommand();
        exists.Transaction = transaction;
        exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'";
        if (Convert.ToInt64(exists.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            return 0;
        }

        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version";
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Names of the user tables in the database.</summary>
    public static IReadOnlyList<string> Tables(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        using var reader = cmd.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <summary>Applies what is pending; returns the number of migrations applied.</summary>
    public static int Apply(SqliteConnection connection)
    {
        using var tx = connection.BeginTransaction();
        using (var create = connection.CreateCommand())
        {
            create.Transaction = tx;
            create.CommandText = """
                CREATE TABLE IF NOT EXISTS schema_version (
                    version    INTEGER PRIMARY KEY,
                    name       TEXT NOT NULL,
                    applied_at TEXT NOT NULL
                )
                """;
            create.ExecuteNonQuery();
        }

        var current = CurrentVersion(connection, tx);
        var applied = 0;
        foreach (var migration in All.Where(m => m.Version > current))
        {
            using (var script = connection.CreateCommand())
            {
                script.Transaction = tx;
                script.CommandText = migration.Sql;
                script.ExecuteNonQuery();
            }

            using var record = connection.CreateCommand();
            record.Transaction = tx;
            record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES ($version, $name, $at)";
            record.Parameters.AddWithValue("$version", migration.Version);
            record.Parameters.AddWithValue("$name", migration.Name);
            record.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            record.ExecuteNonQuery();
            applied++;
        }

        tx.Commit();
        return applied;
    }

    private static List<Migration> LoadEmbedded()
    {
        var assembly = typeof(Migrator).Assembly;
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = ResourceName().Match(resource);
            if (!match.Success)
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Embedded migration '{resource}' cannot be read.");
            using var reader = new StreamReader(stream);
            var version = int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture);
            migrations.Add(new Migration(version, match.Groups["name"].Value + ".sql", reader.ReadToEnd()));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException(
                    $"Migrations must be numbered 1, 2, 3... without gaps or repeats; found {string.Join(", ", migrations.Select(m => m.Name))}.");
            }
        }

        return migrations;
    }

    [GeneratedRegex(@"\.Migrations\.(?<name>(?<version>\d{4})_[A-Za-z0-9_]+)\.sql$")]
    private static partial Regex ResourceName();
}
