using System.Data.Common;
using System.Globalization;
using Parley.Storage.Schema;

namespace Parley.Storage.Sql;

/// <summary>
/// Applies the migrations (rendered for the store's backend) not yet recorded in <c>schema_version</c>, in order,
/// in one transaction: either every pending migration is applied or none is.
/// </summary>
internal static class Migrator
{
    /// <summary>The version recorded in the database; 0 for a database without the table.</summary>
    public static int CurrentVersion(SqlParleyStore store, DbTransaction? transaction = null)
    {
        if (!store.SchemaTableExists(transaction))
        {
            return 0;
        }

        using var cmd = store.Command("SELECT coalesce(max(version), 0) FROM schema_version", transaction);
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Applies what is pending; returns the number of migrations applied.</summary>
    public static int Apply(SqlParleyStore store)
    {
        using var tx = store.BeginWrite();
        store.LockSchema(tx);
        using (var create = store.Command("""
            CREATE TABLE IF NOT EXISTS schema_version (
                version    INTEGER PRIMARY KEY,
                name       TEXT NOT NULL,
                applied_at TEXT NOT NULL
            )
            """, tx))
        {
            create.ExecuteNonQuery();
        }

        var current = CurrentVersion(store, tx);
        var applied = 0;
        foreach (var migration in SchemaScripts.For(store.Backend).Where(m => m.Version > current))
        {
            using (var script = store.Command(migration.Sql, tx))
            {
                // A migration rewrites rows of a large store (version 18 marks a million outlet rows): no time limit.
                script.CommandTimeout = 0;
                script.ExecuteNonQuery();
            }

            using var record = store.Command("INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at)", tx,
                ("@version", migration.Version), ("@name", migration.Name), ("@at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
            record.ExecuteNonQuery();
            applied++;
        }

        tx.Commit();
        return applied;
    }
}
