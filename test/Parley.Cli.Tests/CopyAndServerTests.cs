using Npgsql;

namespace Parley.Cli.Tests;

/// <summary>
/// <c>parley copy</c> and the CLI on a PostgreSQL store. The PostgreSQL tests use the throwaway server named by
/// <c>PARLEY_TEST_PG</c> (scripts/pg-test-server.sh) and are skipped without it.
/// </summary>
public sealed class CopyAndServerTests : IDisposable
{
    private readonly CliHarness _cli = new();
    private readonly List<string> _databases = [];

    public void Dispose()
    {
        foreach (var db in _databases)
        {
            using var c = new NpgsqlConnection(Server()!.ConnectionString);
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"DROP DATABASE IF EXISTS {db} WITH (FORCE)";
            cmd.ExecuteNonQuery();
        }

        _cli.Dispose();
    }

    private static NpgsqlConnectionStringBuilder? Server()
    {
        var text = Environment.GetEnvironmentVariable("PARLEY_TEST_PG");
        return string.IsNullOrWhiteSpace(text) ? null : new NpgsqlConnectionStringBuilder(text) { Pooling = false };
    }

    /// <summary>A new empty database on the test server, as a connection string.</summary>
    private string NewDatabase()
    {
        var server = Server();
        Skip.If(server is null, "PARLEY_TEST_PG is not set: start a server with 'eval \"$(scripts/pg-test-server.sh start)\"'");
        var name = "parley_cli_" + Guid.NewGuid().ToString("N")[..10];
        using (var c = new NpgsqlConnection(server.ConnectionString))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"CREATE DATABASE {name}";
            cmd.ExecuteNonQuery();
        }

        _databases.Add(name);
        return new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name }.ConnectionString;
    }

    private void Ingest(string db, string folder = "in")
    {
        _cli.Write($"{folder}/a.txt", "Armenia and Azerbaijan agreed on a ceasefire on 10 November 2020.\n");
        _cli.Write($"{folder}/b.md", "---\ntitle: Prague\noutlet: Parley demo sample\npublished: 2022-10-06\n---\nArmenia and Azerbaijan agreed on a ceasefire on 10 November 2020, officials said in Prague.\n");
        var (exit, output) = _cli.Run("ingest", _cli.PathOf(folder), "--db", db, "--pack", CliHarness.TestPack, "--quiet");
        Assert.True(exit == 0, output);
    }

    private string Export(string db, string name)
    {
        var file = _cli.PathOf(name);
        var (exit, output) = _cli.Run("export", "--out", file, "--db", db);
        Assert.True(exit == 0, output);
        return File.ReadAllText(file);
    }

    [Fact]
    public void Copy_between_files_gives_the_same_export()
    {
        Ingest(_cli.Db);
        var copy = _cli.PathOf("copy.db");
        var (exit, output) = _cli.Run("copy", "--from", _cli.Db, "--to", copy);
        Assert.True(exit == 0, output);
        Assert.Contains("Copied 2 documents", output, StringComparison.Ordinal);
        Assert.Equal(Export(_cli.Db, "a.json"), Export(copy, "b.json"));

        // The copy keeps the stored hashes: ingesting the same files again changes nothing.
        var (again, json) = _cli.Run("ingest", _cli.PathOf("in"), "--db", copy, "--pack", CliHarness.TestPack, "--json");
        Assert.Equal(0, again);
        Assert.Contains("\"unchanged\": 2", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Copy_refuses_a_target_that_holds_documents()
    {
        Ingest(_cli.Db);
        var other = _cli.PathOf("other.db");
        Ingest(other, "in2");
        var (exit, output) = _cli.Run("copy", "--from", _cli.Db, "--to", other);
        Assert.Equal(2, exit);
        Assert.Contains("already holds 2 documents", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Copy_from_a_missing_file_is_a_usage_error()
    {
        var (exit, output) = _cli.Run("copy", "--from", _cli.PathOf("none.db"), "--to", _cli.PathOf("x.db"));
        Assert.Equal(2, exit);
        Assert.Contains("no database here", output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_store_copied_to_postgresql_and_back_exports_the_same()
    {
        var server = NewDatabase();
        Ingest(_cli.Db);
        var (up, upOutput) = _cli.Run("copy", "--from", _cli.Db, "--to", server);
        Assert.True(up == 0, upOutput);
        var back = _cli.PathOf("back.db");
        var (down, downOutput) = _cli.Run("copy", "--from", server, "--to", back);
        Assert.True(down == 0, downOutput);
        var original = Export(_cli.Db, "a.json");
        Assert.Equal(original, Export(server, "server.json"));
        Assert.Equal(original, Export(back, "back.json"));
    }

    [SkippableFact]
    public void Ingest_into_postgresql_gives_the_same_record_as_into_sqlite()
    {
        var server = NewDatabase();
        Ingest(_cli.Db);
        _cli.Environment["PARLEY_DB"] = server;
        Ingest(server.Replace("Host=", "host=", StringComparison.Ordinal)); // keywords are case-insensitive
        var (exit, stats) = _cli.Run("stats", "--json");
        Assert.Equal(0, exit);
        Assert.Contains("\"documents\": 2", stats, StringComparison.Ordinal);
        Assert.Contains("postgresql://", stats, StringComparison.Ordinal);
        Assert.Equal(Export(_cli.Db, "a.json"), Export(server, "b.json"));
    }

    [SkippableFact]
    public void Four_ingest_runs_at_once_into_one_postgresql_store_lose_and_double_nothing()
    {
        var server = NewDatabase();
        const int Files = 16;
        for (var i = 0; i < Files; i++)
        {
            _cli.Write($"all/n{i:00}.txt", $"Talks number {i} between Armenia and Azerbaijan were held in Prague on {i + 1} October 2022.\n");
        }

        // Four writers, each over an overlapping share of the files (12 of 16, a different four left out).
        var shares = Enumerable.Range(0, 4).Select(w => Enumerable.Range(0, Files).Where(i => i % 4 != w).Select(i => _cli.PathOf("all", $"n{i:00}.txt")).ToArray()).ToList();
        var runs = shares.Select(paths => Task.Run(() => _cli.Run(["ingest", .. paths, "--db", server, "--pack", CliHarness.TestPack, "--json"]))).ToArray();
        Task.WaitAll(runs);
        Assert.All(runs, r => Assert.True(r.Result.Exit == 0, r.Result.Output));
        var created = runs.Sum(r => System.Text.Json.JsonDocument.Parse(r.Result.Output).RootElement.GetProperty("new").GetInt32());
        Assert.Equal(Files, created);

        using var c = new NpgsqlConnection(server);
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT count(*), count(DISTINCT id) FROM documents";
        using var reader = cmd.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal((Files, Files), (reader.GetInt64(0), reader.GetInt64(1)));
    }
}
