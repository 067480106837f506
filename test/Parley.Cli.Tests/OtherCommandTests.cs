using System.Text.Json;

namespace Parley.Cli.Tests;

public sealed class OtherCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private void Ingest()
    {
        _cli.Write("in/a.txt", "Armenia and Azerbaijan agreed on a ceasefire on 10 November 2020.\n");
        _cli.Write("in/b.md", "---\ntitle: Prague\noutlet: Parley demo sample\npublished: 2022-10-06\nauthors: [Parley team]\n---\nLeaders met in Prague.\n");
        var (exit, output) = _cli.Run("ingest", _cli.PathOf("in"), "--db", _cli.Db, "--pack", CliHarness.TestPack, "--quiet");
        Assert.True(exit == 0, output);
    }

    [Fact]
    public void Export_writes_valid_parley_json()
    {
        Ingest();
        var outFile = _cli.PathOf("out", "record.json");
        Directory.CreateDirectory(Path.GetDirectoryName(outFile)!);
        var (exit, output) = _cli.Run("export", "--format", "parley", "--out", outFile, "--db", _cli.Db);
        Assert.True(exit == 0, output);
        Assert.Contains(outFile, output, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(File.ReadAllText(outFile));
        Assert.Equal("parley/1", doc.RootElement.GetProperty("format").GetString());
        var docs = doc.RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(["a", "b"], docs.Select(d => d.GetProperty("id").GetString()));
        Assert.Equal("Parley demo sample", docs[1].GetProperty("outlet").GetString());
        Assert.Equal("2022-10-06", docs[1].GetProperty("published").GetProperty("earliest").GetString());
        Assert.Equal(["record.json"], Directory.GetFiles(Path.GetDirectoryName(outFile)!).Select(Path.GetFileName));
    }

    [Fact]
    public void Export_replaces_an_existing_file_whole()
    {
        Ingest();
        var outFile = _cli.Write("record.json", "old content that is not JSON");
        var (exit, _) = _cli.Run("export", "--out", outFile, "--db", _cli.Db);
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(File.ReadAllText(outFile));
        Assert.Equal(2, doc.RootElement.GetProperty("documents").GetArrayLength());
    }

    [Fact]
    public void Export_with_an_unknown_format_is_a_usage_error_and_leaves_no_file()
    {
        Ingest();
        var outDir = _cli.PathOf("out");
        Directory.CreateDirectory(outDir);
        var outFile = Path.Combine(outDir, "record.docx");
        var (exit, output) = _cli.Run("export", "--format", "docx", "--out", outFile, "--db", _cli.Db);
        Assert.Equal(2, exit);
        Assert.Contains("unknown format 'docx'", output, StringComparison.Ordinal);
        Assert.Contains("parley", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(outDir));
    }

    [Fact]
    public void Export_without_out_is_a_usage_error()
    {
        var (exit, output) = _cli.Run("export", "--db", _cli.Db);
        Assert.Equal(2, exit);
        Assert.Contains("--out", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_from_a_missing_database_is_a_usage_error_and_creates_nothing()
    {
        var outFile = _cli.PathOf("record.json");
        var (exit, output) = _cli.Run("export", "--out", outFile, "--db", _cli.Db);
        Assert.Equal(2, exit);
        Assert.Contains("no database here", output, StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.Db));
        Assert.False(File.Exists(outFile));
    }

    [Fact]
    public void Stats_prints_a_table_and_json()
    {
        Ingest();
        var (exit, output) = _cli.Run("stats", "--db", _cli.Db);
        Assert.Equal(0, exit);
        Assert.Matches(@"│\s*documents\s*│\s*2\s*│", output);
        Assert.Contains("contradictions", output, StringComparison.Ordinal);

        var (jsonExit, json) = _cli.Run("stats", "--db", _cli.Db, "--json");
        Assert.Equal(0, jsonExit);
        var root = JsonDocument.Parse(json).RootElement;
        Assert.Equal(2, root.GetProperty("documents").GetInt32());
        Assert.True(root.GetProperty("text_bytes").GetInt64() > 0);
    }

    [Fact]
    public void Pack_check_passes_a_good_pack_with_counts()
    {
        var (exit, output) = _cli.Run("pack", "check", CliHarness.TestPack);
        Assert.True(exit == 0, output);
        Assert.Contains("no problems", output, StringComparison.Ordinal);
        Assert.Matches(@"│\s*state\s*│\s*2\s*│", output);
    }

    [Fact]
    public void Pack_check_prints_file_line_problems_and_fails()
    {
        _cli.Write("badpack/pack.yaml", "pack:\n  id: bad\n  name: Bad\n");
        _cli.Write("badpack/states.yaml", "entities:\n  - id: armenia\n    kind: state\n    name: Armenia\n  - id: x\n    kind: planet\n    name: X\n");
        var (exit, output) = _cli.Run("pack", "check", _cli.PathOf("badpack"));
        Assert.Equal(1, exit);
        Assert.Contains("states.yaml:5: unknown kind 'planet'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_ingests_the_samples_into_a_fresh_database()
    {
        var db = _cli.PathOf("demo.db");
        File.WriteAllText(db, ""); // an empty file is an empty SQLite database: replaced
        var (exit, output) = _cli.Run("demo", "--db", db, "--pack", CliHarness.TestPack);
        Assert.True(exit == 0, output);
        Assert.Matches(@"│\s*documents\s*│\s*8\s*│", output);
        Assert.Contains("Database: " + db, output, StringComparison.Ordinal);
        Assert.Contains("parley export --format parley --out", output, StringComparison.Ordinal);

        // Run twice: the database is fresh each time, so all eight are new again.
        var (again, output2) = _cli.Run("demo", "--db", db, "--pack", CliHarness.TestPack);
        Assert.Equal(0, again);
        Assert.Matches(@"│\s+8\s+│\s+0\s+│\s+0\s+│\s+0\s+│", output2);
    }

    [Fact]
    public void Demo_refuses_to_delete_a_file_that_is_not_a_parley_database()
    {
        var precious = _cli.Write("thesis.db", new string('t', 5000));
        var (exit, output) = _cli.Run("demo", "--db", precious, "--pack", CliHarness.TestPack);
        Assert.Equal(2, exit);
        Assert.Contains("not a SQLite database", output, StringComparison.Ordinal);
        Assert.Equal(5000, new FileInfo(precious).Length);
    }

    [Fact]
    public void Samples_are_shipped_next_to_the_program()
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "samples");
        var files = Directory.GetFiles(samples, "*.md");
        Assert.Equal(8, files.Length);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.StartsWith("---\n", text, StringComparison.Ordinal);
            Assert.Contains("outlet: Parley demo sample", text, StringComparison.Ordinal);
            Assert.Contains("sample: written for the Parley demo; not a news article", text, StringComparison.Ordinal);
            var body = text[(text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];
            var words = body.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.InRange(words, 150, 300);
        }
    }

    [Fact]
    public void No_command_and_help()
    {
        var (exit, output) = _cli.Run();
        Assert.Equal(2, exit);
        Assert.Contains("no command given", output, StringComparison.Ordinal);

        var (helpExit, help) = _cli.Run("--help");
        Assert.Equal(0, helpExit);
        foreach (var command in new[] { "ingest", "export", "stats", "pack", "demo" })
        {
            Assert.Contains(command, help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error()
    {
        var (exit, output) = _cli.Run("frobnicate");
        Assert.Equal(2, exit);
        Assert.Contains("frobnicate", output, StringComparison.Ordinal);
    }
}
