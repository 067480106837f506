using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Parley.Model;
using Parley.Time;
using Xunit.Abstractions;

namespace Parley.Ingest.Tests;

/// <summary>
/// Reads the shared corpora (never copied into the repository) and checks the printed metadata against the gold
/// documents. Skipped when ../shared is not beside the repository.
/// </summary>
public partial class CorpusTests(ITestOutputHelper output)
{
    [CorpusFact]
    public void Seeds_are_read_verbatim_with_file_names_as_ids()
    {
        var folder = Path.Combine(SharedFolder.Corpus!, "seeds");
        var results = new DocumentIngestor().Read([folder]).ToList();

        Assert.All(results, r => Assert.Null(r.Failure));
        var documents = results.Select(r => r.Document!).ToList();
        Assert.Equal(5, documents.Count);
        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files.Select(Path.GetFileNameWithoutExtension), documents.Select(d => d.Id));
        foreach (var (document, file) in documents.Zip(files))
        {
            Assert.Equal(StrictText(file), document.Text);
            Assert.Equal(file, document.Source);
        }
    }

    [CorpusFact]
    public void Seeds_printed_metadata_matches_the_gold()
    {
        var documents = ReadCorpus("seeds");
        var gold = Gold.Load("seeds");

        var first = documents["000_7777f631ae50d375"];
        Assert.Equal(DateRange.Day(2023, 3, 22), first.Published);
        Assert.Equal(gold["000_7777f631ae50d375"].Title, first.Title);

        var castillo = documents["002_dce4160e76391cf0"];
        Assert.Equal(DateRange.Day(2023, 10, 13), castillo.Published);
        Assert.Contains("Caspian Policy Center", castillo.Outlet);
        Assert.Contains("Nicholas Castillo", castillo.Authors);

        foreach (var (id, expected) in gold)
        {
            var actual = documents[id];
            if (expected.Title is not null)
            {
                Assert.Equal(expected.Title, actual.Title);
            }

            Assert.True(expected.PrintedDateAgrees(actual.Published), $"{id}: published {actual.Published} vs gold {expected.Published}");
            Assert.Equal(expected.Authors, actual.Authors);
        }

        Report("seeds", documents, gold);
    }

    [CorpusFact]
    public void Dev_printed_metadata_accuracy()
    {
        var documents = ReadCorpus("dev");
        var gold = Gold.Load("dev");
        Assert.Equal(gold.Keys.Order(), documents.Keys.Order());

        var (outlets, printed, printedRight, wrongDates) = Report("dev", documents, gold);

        // Floors, not targets: the rules are general and these guard them against regressions.
        Assert.True(outlets >= 18, $"outlets right: {outlets}/20");
        Assert.True(printedRight >= printed - 2, $"printed dates right: {printedRight}/{printed}");
        Assert.Equal(0, wrongDates);
    }

    private (int Outlets, int Printed, int PrintedRight, int WrongDates) Report(string set, Dictionary<string, Document> documents, Dictionary<string, GoldDocument> gold)
    {
        int outlets = 0, printed = 0, printedRight = 0, wrongDates = 0, scored = 0, titles = 0, authors = 0;
        foreach (var (id, expected) in gold.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var actual = documents[id];
            var outletOk = expected.OutletAgrees(actual.Outlet);
            outlets += outletOk ? 1 : 0;
            printed += expected.IsPrintedDay ? 1 : 0;
            printedRight += expected.IsPrintedDay && actual.Published == expected.Published ? 1 : 0;
            wrongDates += expected.PrintedDateAgrees(actual.Published) ? 0 : 1;
            scored += expected.ScorerDateAgrees(actual.Published) ? 1 : 0;
            titles += actual.Title == expected.Title ? 1 : 0;
            authors += actual.Authors.SequenceEqual(expected.Authors) ? 1 : 0;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{id,-22} outlet {(outletOk ? "ok " : "BAD")} {actual.Outlet ?? "-"} (gold {expected.Outlet ?? "-"}); published {actual.Published?.ToString() ?? "-"} (gold {expected.Published?.ToString() ?? "-"})"));
        }

        var n = gold.Count;
        output.WriteLine($"{set}: outlet {outlets}/{n}; printed dates {printedRight}/{printed} exact, {wrongDates} wrong; " +
                         $"published as score.py counts it {scored}/{n}; titles {titles}/{n}; authors {authors}/{n}");
        return (outlets, printed, printedRight, wrongDates);
    }

    private static Dictionary<string, Document> ReadCorpus(string set) =>
        new DocumentIngestor().Read([Path.Combine(SharedFolder.Corpus!, set)])
            .Select(r => r.Document ?? throw new InvalidOperationException(r.Failure!.Message))
            .ToDictionary(d => d.Id);

    private static string StrictText(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        return new UTF8Encoding(false, true).GetString(bytes, start, bytes.Length - start);
    }

    /// <summary>A gold document's metadata (shared/gold/SET.json "documents").</summary>
    private sealed partial record GoldDocument(string? Title, string? Outlet, List<string> Authors, DateRange? Published)
    {
        /// <summary>The gold gives one day: the date is printed in the text.</summary>
        public bool IsPrintedDay => Published is { IsSingleDay: true };

        /// <summary>A printed date must be the gold day; where the gold infers a range, none or one inside it.</summary>
        public bool PrintedDateAgrees(DateRange? found) => Published switch
        {
            null => found is null,
            { IsSingleDay: true } day => found is null || found == day,
            { } range => found is null || range.Contains(found.Value.Earliest),
        };

        /// <summary>As score.py counts a publication date.</summary>
        public bool ScorerDateAgrees(DateRange? found) => Published switch
        {
            null => found is null,
            { IsSingleDay: true } day => found == day,
            { } range => found is { } f && f.Overlaps(range) && (f.Earliest >= range.Earliest || f.Latest <= range.Latest),
        };

        /// <summary>As score.py compares outlets: normalised, one inside the other, or both absent.</summary>
        public bool OutletAgrees(string? found)
        {
            var (g, s) = (Norm(Outlet), Norm(found));
            return g.Length == 0 ? s.Length == 0 : s.Length > 0 && (g.Contains(s, StringComparison.Ordinal) || s.Contains(g, StringComparison.Ordinal));
        }

        private static string Norm(string? text)
        {
            if (text is null)
            {
                return "";
            }

            var decomposed = text.Normalize(NormalizationForm.FormKD);
            var plain = new string([.. decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]);
            var words = NonAlphanumeric().Replace(plain.ToLowerInvariant().Replace("\u2019", "").Replace("'", ""), " ").Trim();
            return words.StartsWith("the ", StringComparison.Ordinal) ? words[4..] : words;
        }

        [GeneratedRegex("[^0-9a-z]+")]
        private static partial Regex NonAlphanumeric();
    }

    private static class Gold
    {
        public static Dictionary<string, GoldDocument> Load(string set)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedFolder.Gold!, set + ".json")));
            return json.RootElement.GetProperty("documents").EnumerateArray().ToDictionary(
                d => d.GetProperty("id").GetString()!,
                d => new GoldDocument(
                    d.GetProperty("title").GetString(),
                    d.GetProperty("outlet").GetString(),
                    [.. d.GetProperty("authors").EnumerateArray().Select(a => a.GetString()!)],
                    d.GetProperty("published") is { ValueKind: JsonValueKind.Object } p
                        ? new DateRange(DateRange.ParseIso(p.GetProperty("earliest").GetString())!.Value,
                                        DateRange.ParseIso(p.GetProperty("latest").GetString())!.Value, DatePrecision.Day)
                        : null));
        }
    }
}
