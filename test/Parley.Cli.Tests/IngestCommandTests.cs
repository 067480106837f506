using System.Text.Json;

namespace Parley.Cli.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private string Corpus()
    {
        _cli.Write("in/ceasefire.txt", "Armenia and Azerbaijan agreed on a ceasefire on 10 November 2020.\n");
        _cli.Write("in/prague.txt", "Leaders met in Prague on 6 October 2022, the European Council said.\n");
        _cli.Write("in/nested/blockade.txt", "The Lachin road was blocked on 12 December 2022, Armenian officials said.\n");
        _cli.Write("in/notes.json", "{}"); // not a document format: ignored inside a folder
        return _cli.PathOf("in");
    }

    private JsonElement IngestJson(params string[] paths)
    {
        var (exit, output) = _cli.Run(["ingest", .. paths, "--db", _cli.Db, "--pack", CliHarness.TestPack, "--json"]);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement.Clone();
        Assert.Equal(root.GetProperty("failed").GetInt32() > 0 ? 1 : 0, exit);
        return root;
    }

    [Fact]
    public void Ingesting_a_folder_stores_every_document_and_prints_a_summary()
    {
        var (exit, output) = _cli.Run("ingest", Corpus(), "--db", _cli.Db, "--pack", CliHarness.TestPack);
        Assert.True(exit == 0, output);
        Assert.Contains("new", output, StringComparison.Ordinal);
        Assert.Contains("unchanged", output, StringComparison.Ordinal);
        Assert.Contains("MB/s", output, StringComparison.Ordinal);
        Assert.Matches(@"│\s+3\s+│\s+0\s+│\s+0\s+│\s+0\s+│", output);
        Assert.Contains(_cli.Db, output, StringComparison.Ordinal);
        Assert.DoesNotContain("failed:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_summary_counts_new_then_unchanged_then_replaced()
    {
        var folder = Corpus();
        var first = IngestJson(folder);
        Assert.Equal(3, first.GetProperty("new").GetInt32());
        Assert.Equal(0, first.GetProperty("failed").GetInt32());
        Assert.Equal(_cli.Db, first.GetProperty("database").GetString());

        var second = IngestJson(folder);
        Assert.Equal(0, second.GetProperty("new").GetInt32());
        Assert.Equal(3, second.GetProperty("unchanged").GetInt32());

        File.AppendAllText(Path.Combine(folder, "prague.txt"), "A peace treaty was discussed.\n");
        var third = IngestJson(folder);
        Assert.Equal(1, third.GetProperty("replaced").GetInt32());
        Assert.Equal(2, third.GetProperty("unchanged").GetInt32());
        Assert.Equal(0, third.GetProperty("new").GetInt32());
    }

    [Fact]
    public void A_bad_path_fails_with_a_line_naming_it_and_the_rest_is_stored()
    {
        var missing = _cli.PathOf("no-such-file.txt");
        var (exit, output) = _cli.Run("ingest", missing, Corpus(), "--db", _cli.Db, "--pack", CliHarness.TestPack);
        Assert.Equal(1, exit);
        var line = Assert.Single(output.Split('\n'), l => l.Contains("failed:", StringComparison.Ordinal));
        Assert.Contains(missing, line, StringComparison.Ordinal);
        Assert.Contains("no such file or folder", line, StringComparison.Ordinal);

        var (statsExit, stats) = _cli.Run("stats", "--db", _cli.Db, "--json");
        Assert.Equal(0, statsExit);
        Assert.Equal(3, JsonDocument.Parse(stats).RootElement.GetProperty("documents").GetInt32());
    }

    [Fact]
    public void Quiet_prints_failures_but_no_summary()
    {
        var missing = _cli.PathOf("gone");
        var (exit, output) = _cli.Run("ingest", missing, Corpus(), "--db", _cli.Db, "--pack", CliHarness.TestPack, "--quiet");
        Assert.Equal(1, exit);
        Assert.Contains("failed: " + missing + ": no such file or folder", output, StringComparison.Ordinal);
        Assert.DoesNotContain("unchanged", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lists_failures_with_path_and_line()
    {
        _cli.Write("mixed/good.md", "---\ntitle: Good\npublished: 2022-10-06\nauthors: [A, B]\n---\nLeaders met in Prague.\n");
        var badMd = _cli.Write("mixed/bad.md", "---\ntitle: Bad\npublished: sometime\n---\nText.\n");
        var lines = _cli.Write("mixed/feed.jsonl", "{\"id\": \"j1\", \"text\": \"Talks were held in Brussels.\"}\n{not json\n{\"id\": \"j3\", \"text\": \"A convoy reached Stepanakert.\"}\n");
        var summary = IngestJson(_cli.PathOf("mixed"));
        Assert.Equal(3, summary.GetProperty("new").GetInt32());
        var failures = summary.GetProperty("failures").EnumerateArray().ToDictionary(f => f.GetProperty("path").GetString()!);
        Assert.Equal(2, failures.Count);
        Assert.Contains("published", failures[badMd].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, failures[lines].GetProperty("line").GetInt32());
    }

    [Fact]
    public void A_failure_line_names_the_file_and_line()
    {
        var lines = _cli.Write("j/feed.jsonl", "{\"id\": \"j1\", \"text\": \"Talks were held in Brussels.\"}\n[1, 2]\n");
        var (exit, output) = _cli.Run("ingest", lines, "--db", _cli.Db, "--pack", CliHarness.TestPack);
        Assert.Equal(1, exit);
        var line = Assert.Single(output.Split('\n'), l => l.StartsWith("failed:", StringComparison.Ordinal));
        Assert.StartsWith($"failed: {lines}:2: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_files_with_one_id_are_reported()
    {
        _cli.Write("dup/a/same.txt", "First text about the talks.");
        _cli.Write("dup/b/same.txt", "Second text about the talks.");
        var summary = IngestJson(_cli.PathOf("dup"));
        Assert.Equal(1, summary.GetProperty("new").GetInt32());
        var failure = Assert.Single(summary.GetProperty("failures").EnumerateArray());
        Assert.Contains("duplicate document id 'same'", failure.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_a_failure()
    {
        var empty = _cli.Write("e/empty.txt", "  \n");
        var summary = IngestJson(empty);
        Assert.Equal(0, summary.GetProperty("new").GetInt32());
        Assert.Equal(empty, summary.GetProperty("failures")[0].GetProperty("path").GetString());
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var (exit, output) = _cli.Run("ingest", Corpus(), "--db", _cli.Db, "--pack", CliHarness.TestPack, "--frobnicate");
        Assert.Equal(2, exit);
        Assert.Contains("--frobnicate", output, StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.Db));
    }

    [Fact]
    public void A_missing_path_argument_is_a_usage_error()
    {
        var (exit, output) = _cli.Run("ingest", "--db", _cli.Db);
        Assert.Equal(2, exit);
        Assert.Contains("error:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_db_that_is_not_a_database_is_a_usage_error_naming_it()
    {
        var notDb = _cli.Write("notes.db", new string('x', 5000));
        var (exit, output) = _cli.Run("ingest", Corpus(), "--db", notDb, "--pack", CliHarness.TestPack);
        Assert.Equal(2, exit);
        Assert.Contains(notDb, output, StringComparison.Ordinal);
        Assert.Contains("not a SQLite database", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_db_in_a_missing_folder_is_a_usage_error()
    {
        var (exit, output) = _cli.Run("ingest", Corpus(), "--db", _cli.PathOf("nowhere", "x.db"), "--pack", CliHarness.TestPack);
        Assert.Equal(2, exit);
        Assert.Contains("does not exist", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_pack_is_a_usage_error()
    {
        var (exit, output) = _cli.Run("ingest", Corpus(), "--db", _cli.Db, "--pack", _cli.PathOf("no-pack"));
        Assert.Equal(2, exit);
        Assert.Contains("pack folder not found", output, StringComparison.Ordinal);
    }

    [Fact]
    public void PARLEY_DB_names_the_database_when_no_option_does()
    {
        var envDb = _cli.PathOf("from-env.db");
        _cli.Environment["PARLEY_DB"] = envDb;
        var (exit, _) = _cli.Run("ingest", Corpus(), "--pack", CliHarness.TestPack, "--quiet");
        Assert.Equal(0, exit);
        Assert.True(File.Exists(envDb));

        // --db wins over the variable.
        var (exit2, _) = _cli.Run("ingest", Corpus(), "--db", _cli.Db, "--pack", CliHarness.TestPack, "--quiet");
        Assert.Equal(0, exit2);
        Assert.True(File.Exists(_cli.Db));
    }
}
