using System.Text.Json.Nodes;
using Npgsql;
using Parley.Cli.Storage;
using Parley.Packs;

namespace Parley.Cli.Tests;

/// <summary>
/// The incremental cross-document pass leaves a store as a fresh full ingest of the same documents would: two corpora
/// ingested one after the other (either order), a document replaced, another deleted, exported byte for byte as one
/// ingest of what is left; on SQLite and, when <c>PARLEY_TEST_PG</c> names a server, PostgreSQL.
/// </summary>
public sealed class IncrementalIngestTests : IDisposable
{
    private readonly CliHarness _cli = new();
    private readonly List<string> _schemas = [];

    // Written for these tests: an account of a meeting on a day most corpora report on, and another of a clash.
    private const string AddedText =
        "\n\nOn 14 March 2023 the foreign ministers of Armenia and Azerbaijan met in Brussels to discuss the peace treaty, " +
        "the ministry said. Two soldiers were killed in a clash on the border on 12 September 2022, the defence ministry said.\n";

    public void Dispose()
    {
        _cli.Dispose();
        if (_schemas.Count == 0)
        {
            return;
        }

        using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(PostgresVariable));
        connection.Open();
        foreach (var schema in _schemas)
        {
            using var drop = connection.CreateCommand();
            drop.CommandText = $"DROP SCHEMA IF EXISTS {schema} CASCADE";
            drop.ExecuteNonQuery();
        }
    }

    private const string PostgresVariable = "PARLEY_TEST_PG";

    private static string PackPath => PackLocator.Find() ?? CliHarness.TestPack;

    [CorpusFact]
    public void Seeds_then_dev_with_a_replaced_and_a_deleted_document_equal_one_fresh_ingest_on_sqlite() =>
        AssertIncrementalEqualsFresh(Sqlite, Files("seeds"), Files("dev"));

    [CorpusFact]
    public void Dev_then_seeds_with_a_replaced_and_a_deleted_document_equal_one_fresh_ingest_on_sqlite() =>
        AssertIncrementalEqualsFresh(Sqlite, Files("dev"), Files("seeds"));

    [Fact]
    public void The_samples_in_two_halves_equal_one_fresh_ingest_on_sqlite()
    {
        var samples = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(samples.Count >= 4, "the shipped samples are missing");
        // Interleaved halves: the later one's documents sort among the earlier one's.
        AssertIncrementalEqualsFresh(Sqlite, [.. samples.Where((_, i) => i % 2 == 1)], [.. samples.Where((_, i) => i % 2 == 0)]);
    }

    [Fact]
    public void A_scale_corpus_in_two_halves_equals_one_fresh_ingest_on_sqlite()
    {
        var (first, second) = ScaleHalves();
        AssertIncrementalEqualsFresh(Sqlite, [first], [second]);
    }

    [SkippableFact]
    public void Seeds_and_dev_in_either_order_equal_one_fresh_ingest_on_postgresql()
    {
        Skip.If(string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable)), $"{PostgresVariable} is not set");
        Skip.If(SharedCorpus.Find() is null, "shared/corpus not found");
        AssertIncrementalEqualsFresh(Postgres, Files("seeds"), Files("dev"));
        AssertIncrementalEqualsFresh(Postgres, Files("dev"), Files("seeds"));
    }

    [SkippableFact]
    public void A_scale_corpus_in_two_halves_equals_one_fresh_ingest_on_postgresql()
    {
        Skip.If(string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable)), $"{PostgresVariable} is not set");
        var (first, second) = ScaleHalves();
        AssertIncrementalEqualsFresh(Postgres, [second], [first]);
    }

    [Fact]
    public void A_store_with_nothing_changed_is_merged_incrementally_without_writing()
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "samples");
        var db = _cli.PathOf("unchanged.db");
        Assert.Equal("full", Ingest(db, samples).Pass);
        var before = Export(db, "unchanged-before.json");
        var merge = Json(_cli.Run("merge", "--db", db, "--pack", PackPath, "--json"));
        Assert.Equal("incremental", merge["merge"]!["pass"]!.GetValue<string>());
        Assert.Equal(before, Export(db, "unchanged-after.json"));

        // --full is the way back to a pass over everything; it finds the same.
        var full = Json(_cli.Run("merge", "--db", db, "--pack", PackPath, "--full", "--json"));
        Assert.Equal("full", full["merge"]!["pass"]!.GetValue<string>());
        Assert.Equal(before, Export(db, "unchanged-full.json"));
    }

    /// <summary>
    /// Ingests <paramref name="first"/> then <paramref name="second"/> (copies of them) into one store, replaces one
    /// document of the first, deletes one of the second and merges; then ingests what is left into a fresh store in one
    /// go, and asserts the exports are the same bytes (and the same again after a forced full pass).
    /// </summary>
    private void AssertIncrementalEqualsFresh(Func<string, string> store, IReadOnlyList<string> first, IReadOnlyList<string> second)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var a = Copy(first, $"a-{run}");
        var b = Copy(second, $"b-{run}");
        var incremental = store($"inc{run}");

        Assert.Equal("full", Ingest(incremental, a).Pass);
        var added = Ingest(incremental, b);
        Assert.Equal("incremental", added.Pass);

        // A document of the first corpus changes (a sentence of ours added): ingesting it again replaces it.
        ChangeOneDocument(a);
        var replaced = Ingest(incremental, a);
        Assert.Equal(1, replaced.Replaced);
        Assert.Equal("incremental", replaced.Pass);

        // A document of the second corpus is deleted from the store (and from what the fresh store ingests).
        var deleted = RemoveOneDocument(b);
        using (var opened = StoreFactory.Open(incremental, createIfMissing: false))
        {
            Assert.True(opened.DeleteDocument(deleted), $"document '{deleted}' was not stored");
        }

        var merge = Json(_cli.Run("merge", "--db", incremental, "--pack", PackPath, "--json"));
        Assert.Equal("incremental", merge["merge"]!["pass"]!.GetValue<string>());

        var fresh = store($"fresh{run}");
        Assert.Equal("full", Ingest(fresh, a, b).Pass);
        var expected = Export(fresh, $"fresh-{run}.json");
        Assert.Contains("\"contradictions\"", expected, StringComparison.Ordinal);
        Assert.DoesNotContain($"\"{deleted}\"", expected, StringComparison.Ordinal);
        Assert.Equal(expected, Export(incremental, $"inc-{run}.json"));

        var full = Json(_cli.Run("merge", "--db", incremental, "--pack", PackPath, "--full", "--json"));
        Assert.Equal("full", full["merge"]!["pass"]!.GetValue<string>());
        Assert.Equal(expected, Export(incremental, $"inc-full-{run}.json"));
    }

    private string Sqlite(string name) => _cli.PathOf(name + ".db");

    /// <summary>A fresh schema on the test server, dropped after the test.</summary>
    private string Postgres(string name)
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable)!;
        var schema = $"parley_inc_{name}_{Guid.NewGuid().ToString("N")[..8]}".ToLowerInvariant();
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = $"CREATE SCHEMA {schema}";
            create.ExecuteNonQuery();
        }

        _schemas.Add(schema);
        return new NpgsqlConnectionStringBuilder(server) { SearchPath = schema, Pooling = false }.ConnectionString;
    }

    private static List<string> Files(string corpus) =>
        [.. Directory.GetFiles(Path.Combine(SharedCorpus.Find()!, corpus)).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    /// <summary>A small scale corpus from <c>parley bench corpus</c> (its first 200 articles), dealt into two files.</summary>
    private (string First, string Second) ScaleHalves()
    {
        var folder = _cli.PathOf("scale");
        Assert.Equal(0, _cli.Run("bench", "corpus", "--out", folder, "--mb", "1").Exit);
        var lines = Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal).SelectMany(File.ReadLines).Where(l => l.Length > 0).Take(200).ToList();
        Assert.True(lines.Count > 50, $"the scale corpus has {lines.Count} articles");
        var first = _cli.Write("scale-halves/first.jsonl", string.Join('\n', lines.Where((_, i) => i % 2 == 0)) + "\n");
        var second = _cli.Write("scale-halves/second.jsonl", string.Join('\n', lines.Where((_, i) => i % 2 == 1)) + "\n");
        return (first, second);
    }

    private string Copy(IReadOnlyList<string> files, string folder)
    {
        var target = _cli.PathOf(folder);
        Directory.CreateDirectory(target);
        foreach (var file in files)
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }

    /// <summary>Adds our sentences to the second document of <paramref name="folder"/> (a file, or a JSONL line).</summary>
    private static void ChangeOneDocument(string folder)
    {
        var file = Directory.GetFiles(folder).Order(StringComparer.Ordinal).First();
        if (file.EndsWith(".jsonl", StringComparison.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            var article = JsonNode.Parse(lines[1])!.AsObject();
            article["text"] = article["text"]!.GetValue<string>() + AddedText;
            lines[1] = article.ToJsonString();
            File.WriteAllLines(file, lines);
            return;
        }

        var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList();
        File.AppendAllText(files[Math.Min(1, files.Count - 1)], AddedText);
    }

    /// <summary>Removes a document from the middle of <paramref name="folder"/>; returns its id.</summary>
    private static string RemoveOneDocument(string folder)
    {
        var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList();
        if (files[0].EndsWith(".jsonl", StringComparison.Ordinal))
        {
            var lines = File.ReadAllLines(files[0]).ToList();
            var middle = lines.Count / 2;
            var id = JsonNode.Parse(lines[middle])!["id"]!.GetValue<string>();
            lines.RemoveAt(middle);
            File.WriteAllLines(files[0], lines);
            return id;
        }

        var file = files[files.Count / 2];
        File.Delete(file);
        return Path.GetFileNameWithoutExtension(file);
    }

    private (string Pass, int Replaced) Ingest(string db, params string[] paths)
    {
        var summary = Json(_cli.Run(["ingest", .. paths, "--db", db, "--pack", PackPath, "--json"]));
        return (summary["merge"]!["pass"]!.GetValue<string>(), summary["replaced"]!.GetValue<int>());
    }

    private static JsonNode Json((int Exit, string Output) run)
    {
        Assert.True(run.Exit == 0, run.Output);
        return JsonNode.Parse(run.Output[run.Output.IndexOf('{', StringComparison.Ordinal)..])!;
    }

    private string Export(string db, string name)
    {
        var path = _cli.PathOf(name);
        var (exit, output) = _cli.Run("export", "--format", "parley", "--out", path, "--db", db);
        Assert.True(exit == 0, output);
        return File.ReadAllText(path);
    }
}
