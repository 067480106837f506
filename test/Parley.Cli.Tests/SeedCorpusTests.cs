using System.Text.Json;
using System.Text.RegularExpressions;
using Parley.Packs;

namespace Parley.Cli.Tests;

/// <summary>Finds the project's shared folder (<c>shared/corpus</c>) by walking up from the test's base folder.</summary>
public static class SharedCorpus
{
    public static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>A fact that is skipped, and says so, when <c>shared/corpus</c> is not above the test folder.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (SharedCorpus.Find() is null)
        {
            Skip = $"shared/corpus not found above {AppContext.BaseDirectory}";
        }
    }
}

public sealed class SeedCorpusTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [CorpusFact]
    public void Ingesting_the_seeds_stores_five_documents_and_exports_exact_quotes()
    {
        var seeds = Path.Combine(SharedCorpus.Find()!, "seeds");
        var pack = PackLocator.Find() ?? CliHarness.TestPack;
        var (exit, output) = _cli.Run("ingest", seeds, "--db", _cli.Db, "--pack", pack, "--json");
        Assert.True(exit == 0, output);
        Assert.Equal(5, JsonDocument.Parse(output).RootElement.GetProperty("new").GetInt32());

        var outFile = _cli.PathOf("seeds.json");
        var (exportExit, exportOutput) = _cli.Run("export", "--format", "parley", "--out", outFile, "--db", _cli.Db);
        Assert.True(exportExit == 0, exportOutput);
        using var doc = JsonDocument.Parse(File.ReadAllText(outFile));
        var root = doc.RootElement;

        var expectedIds = Directory.GetFiles(seeds, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(5, expectedIds.Count);
        Assert.Equal(expectedIds, root.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()).Order(StringComparer.Ordinal));

        var texts = expectedIds.ToDictionary(id => id!, id => File.ReadAllText(Path.Combine(seeds, id + ".txt")));
        var quotes = new List<(string Where, string Doc, string Quote)>();
        foreach (var e in root.GetProperty("entities").EnumerateArray())
        {
            quotes.AddRange(e.GetProperty("mentions").EnumerateArray().Select(m => ("entity " + e.GetProperty("id").GetString(), m.GetProperty("doc").GetString()!, m.GetProperty("quote").GetString()!)));
        }

        foreach (var e in root.GetProperty("events").EnumerateArray())
        {
            quotes.AddRange(e.GetProperty("mentions").EnumerateArray().Select(m => ("event " + e.GetProperty("id").GetString(), m.GetProperty("doc").GetString()!, m.GetProperty("quote").GetString()!)));
        }

        foreach (var section in new[] { "claims", "positions" })
        {
            quotes.AddRange(root.GetProperty(section).EnumerateArray().Select(c => (section, c.GetProperty("doc").GetString()!, c.GetProperty("quote").GetString()!)));
        }

        var wrong = quotes.Where(q => !texts.TryGetValue(q.Doc, out var text) || !text.Contains(q.Quote, StringComparison.Ordinal)).ToList();
        Assert.True(wrong.Count == 0, "quotes not found verbatim: " + string.Join("; ", wrong.Take(5).Select(w => $"{w.Where} in {w.Doc}: '{w.Quote}'")));

        foreach (var d in root.GetProperty("documents").EnumerateArray())
        {
            if (d.GetProperty("published").ValueKind == JsonValueKind.Object)
            {
                Assert.Matches(new Regex(@"^\d{4}-\d{2}-\d{2}$"), d.GetProperty("published").GetProperty("earliest").GetString()!);
            }
        }
    }
}
