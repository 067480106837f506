using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Parley.Storage.PostgreSql;
using Parley.Storage.Sqlite;

namespace Parley.Storage.Tests;

/// <summary>One empty store location for one test, on one backend, and raw SQL access to check what it wrote.</summary>
public abstract class StoreBackend : IDisposable
{
    /// <summary>The store at this test's location, migrated.</summary>
    public abstract IParleyStore Open();

    /// <summary>A connection string or path another process (or connection) would use to reach the same store.</summary>
    public abstract string Location { get; }

    /// <summary>A raw connection to the store's database, outside the store.</summary>
    public abstract DbConnection Connect();

    /// <summary>Runs a scalar query outside the store.</summary>
    public long Count(string sql)
    {
        using var c = Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Every row <paramref name="sql"/> gives, outside the store, as text (column=value), sorted; the time of storing left
    /// out (two stores filled alike differ in it by a few ms).
    /// </summary>
    public List<string> Rows(string sql)
    {
        using var connection = Connect();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        using var reader = cmd.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Where(i => reader.GetName(i) != "ingested_at")
                .Select(i => reader.GetName(i) + "=" + (reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)))));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>Runs a statement outside the store.</summary>
    public void Execute(string sql)
    {
        using var c = Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    public abstract void Dispose();
}

/// <summary>A SQLite file in a fresh temp folder.</summary>
public sealed class SqliteBackend : StoreBackend
{
    private readonly TempFolder _temp = new();

    public TempFolder Folder => _temp;

    public override string Location => _temp.File("parley.db");

    public override IParleyStore Open() => SqliteParleyStore.Open(Location);

    public override DbConnection Connect()
    {
        var c = new SqliteConnection($"Data Source={Location};Pooling=false");
        c.Open();
        return c;
    }

    public override void Dispose() => _temp.Dispose();
}

/// <summary>
/// A fresh schema in the PostgreSQL database named by <c>PARLEY_TEST_PG</c> (started by
/// <c>scripts/pg-test-server.sh</c>), dropped after the test. Skips the test when the variable is unset.
/// </summary>
public sealed class PostgresBackend : StoreBackend
{
    /// <summary>The variable naming the test server.</summary>
    public const string Variable = "PARLEY_TEST_PG";

    private readonly string _schema = "parley_test_" + Guid.NewGuid().ToString("N")[..12];
    private readonly NpgsqlConnectionStringBuilder _settings;
    private readonly Lock _creating = new();
    private bool _created;

    public PostgresBackend()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server) && Environment.GetEnvironmentVariable("PARLEY_TEST_PG_REQUIRED") == "1")
        {
            Assert.Fail($"{Variable} is not set but PARLEY_TEST_PG_REQUIRED=1 (.ci/run): the PostgreSQL server did not start");
        }

        Skip.If(string.IsNullOrWhiteSpace(server),
            $"{Variable} is not set: start a server with 'eval \"$(scripts/pg-test-server.sh start)\"' (as .ci/run does) to run the PostgreSQL tests");
        _settings = new NpgsqlConnectionStringBuilder(server) { SearchPath = _schema, Pooling = false };
    }

    public string Schema => _schema;

    public override string Location => _settings.ConnectionString;

    public override IParleyStore Open()
    {
        EnsureSchema();
        return PostgresParleyStore.Open(Location);
    }

    public override DbConnection Connect()
    {
        EnsureSchema();
        var c = new NpgsqlConnection(Location);
        c.Open();
        return c;
    }

    /// <summary>The test server's settings with another database or user, for error tests.</summary>
    public NpgsqlConnectionStringBuilder Settings()
    {
        EnsureSchema();
        return new(_settings.ConnectionString);
    }

    public override void Dispose()
    {
        if (!_created)
        {
            return;
        }

        using var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_settings.ConnectionString) { SearchPath = null }.ConnectionString);
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"DROP SCHEMA IF EXISTS {_schema} CASCADE";
        cmd.ExecuteNonQuery();
    }

    private void EnsureSchema()
    {
        using var _ = _creating.EnterScope();
        if (_created)
        {
            return;
        }

        using var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_settings.ConnectionString) { SearchPath = null }.ConnectionString);
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"CREATE SCHEMA {_schema}";
        cmd.ExecuteNonQuery();
        _created = true;
    }
}
