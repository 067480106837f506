using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Parley.Packs;

namespace Parley.Cli.Tests;

/// <summary>
/// The quality gate: the whole pipeline over both labelled corpora, scored by the shared score.py, must not fall
/// more than <see cref="Tolerance"/> below the <c>overall</c> figures committed in <c>test/quality-baseline.json</c>.
/// Raise those figures as quality rises; never lower them to let a change pass.
/// </summary>
public sealed class QualityTests : IDisposable
{
    private const double Tolerance = 0.02;

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [CorpusTheory]
    [InlineData("seeds")]
    [InlineData("dev")]
    public void Overall_score_holds_the_committed_baseline(string corpus)
    {
        var shared = Path.GetDirectoryName(SharedCorpus.Find()!)!;
        var folder = Path.Combine(shared, "corpus", corpus);
        var gold = Path.Combine(shared, "gold", corpus + ".json");
        var pack = PackLocator.Find() ?? throw new InvalidOperationException("the shipped pack was not found");

        var (exit, output) = _cli.Run("ingest", folder, "--db", _cli.Db, "--pack", pack, "--quiet");
        Assert.True(exit == 0, output);
        var export = _cli.PathOf(corpus + ".json");
        (exit, output) = _cli.Run("export", "--format", "parley", "--out", export, "--db", _cli.Db);
        Assert.True(exit == 0, output);

        var scores = Score(Path.Combine(shared, "tools", "score.py"), gold, export, folder);
        var overall = scores.GetProperty("overall").GetDouble();
        var baseline = Baseline(corpus);
        Assert.True(overall >= baseline - Tolerance,
            $"{corpus}: overall {overall.ToString("0.000", CultureInfo.InvariantCulture)} fell more than {Tolerance} below the baseline {baseline.ToString("0.000", CultureInfo.InvariantCulture)}");
    }

    private static JsonElement Score(string script, string gold, string system, string corpus)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { script, gold, system, "--corpus", corpus, "--json" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"score.py failed: {stderr}");
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    private static double Baseline(string corpus)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "test", "quality-baseline.json");
            if (File.Exists(path))
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(path));
                return doc.RootElement.GetProperty(corpus).GetProperty("overall").GetDouble();
            }
        }

        throw new FileNotFoundException("test/quality-baseline.json not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A theory that is skipped, and says so, when <c>shared/corpus</c> is not above the test folder.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (SharedCorpus.Find() is null)
        {
            Skip = $"shared/corpus not found above {AppContext.BaseDirectory}";
        }
    }
}
