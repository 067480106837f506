using System.Text.Json;
using Parley.Extraction.Time;
using Parley.Time;
using Xunit.Abstractions;

namespace Parley.Extraction.Tests.Time;

/// <summary>Skips a test when the shared gold data is not next to the repository.</summary>
public sealed class GoldFactAttribute : FactAttribute
{
    public GoldFactAttribute()
    {
        if (GoldPublicationTests.SharedDirectory() is null)
        {
            Skip = "The shared gold data (../shared or PARLEY_SHARED) is not available.";
        }
    }
}

/// <summary>
/// Compares the publication ranges inferred for the documents that print no full date against what the
/// annotators inferred. Calibration only: the rules never see these texts.
/// </summary>
public sealed class GoldPublicationTests(ITestOutputHelper output)
{
    // The gold documents whose text prints no publication date with its year (read by hand); the rest carry
    // a dateline the reader takes as printed.
    private static readonly string[] Undated =
    [
        "001_c2b352ca7ff4f54c", "003_f16faa07c1e49bfc", "004_cf7fc34495c0d9eb",
        "d04", "d08", "d09", "d10", "d11", "d13", "d17", "d18", "d19",
    ];

    internal static string? SharedDirectory()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("PARLEY_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment) && File.Exists(Path.Combine(fromEnvironment, "gold", "seeds.json")))
        {
            return fromEnvironment;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (File.Exists(Path.Combine(candidate, "gold", "seeds.json")))
            {
                return candidate;
            }
        }

        return null;
    }

    private static List<(string Id, string Path, DateRange? Gold)> Documents(string shared)
    {
        var list = new List<(string, string, DateRange?)>();
        foreach (var (gold, corpus) in new[] { ("seeds.json", "seeds"), ("dev.json", "dev") })
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(shared, "gold", gold)));
            foreach (var doc in json.RootElement.GetProperty("documents").EnumerateArray())
            {
                var id = doc.GetProperty("id").GetString()!;
                DateRange? range = null;
                if (doc.GetProperty("published") is { ValueKind: JsonValueKind.Object } p &&
                    DateRange.ParseIso(p.GetProperty("earliest").GetString()) is { } e &&
                    DateRange.ParseIso(p.GetProperty("latest").GetString()) is { } l)
                {
                    range = new DateRange(e, l, DatePrecision.Days);
                }

                list.Add((id, Path.Combine(shared, "corpus", corpus, id + ".txt"), range));
            }
        }

        return list;
    }

    [GoldFact]
    public void Inferred_publication_ranges_overlap_the_gold_for_undated_documents()
    {
        var recognizer = new TimeExpressionRecognizer();
        var docs = Documents(SharedDirectory()!);
        int overlap = 0, exact = 0, nulls = 0, total = 0;
        foreach (var (id, path, gold) in docs.Where(d => Undated.Contains(d.Id)))
        {
            total++;
            var inferred = recognizer.InferPublication(File.ReadAllText(path));
            var hit = inferred is { } r && gold is { } g && r.Overlaps(g);
            var same = inferred is { } r2 && gold is { } g2 && r2.Earliest == g2.Earliest && r2.Latest == g2.Latest;
            overlap += hit ? 1 : 0;
            exact += same ? 1 : 0;
            nulls += inferred is null ? 1 : 0;
            output.WriteLine($"{id,-22} gold {Show(gold),-24} inferred {Show(inferred),-24} {(same ? "exact" : hit ? "overlap" : "MISS")}");
        }

        output.WriteLine($"undated: {overlap}/{total} overlap, {exact}/{total} exact, {nulls} left null");

        // Every document treated as undated: does the inferred range hold the printed (or inferred) gold start?
        var holds = docs.Count(d => recognizer.InferPublication(File.ReadAllText(d.Path)) is { } r && d.Gold is { } g && r.Overlaps(g));
        output.WriteLine($"all documents as if undated: {holds}/{docs.Count} overlap the gold");

        Assert.True(overlap >= 10, $"only {overlap} of {total} undated documents overlap the gold");
    }

    private static string Show(DateRange? r) =>
        r is not { } x ? "null" : x.IsSingleDay ? DateRange.Iso(x.Earliest) : $"{DateRange.Iso(x.Earliest)}..{DateRange.Iso(x.Latest)}";
}
