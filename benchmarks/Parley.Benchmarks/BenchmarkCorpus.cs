using System.Text;
using System.Text.RegularExpressions;
using Parley.Model;
using Parley.Packs;

namespace Parley.Benchmarks;

/// <summary>
/// The text the extraction benchmarks read: articles of 8 to 20 sentences recombined (seeded, so every run
/// reads the same) from the repository's samples, or from the .txt/.md files of the folder named by
/// <c>PARLEY_BENCH_SOURCE</c>, until they hold about 1 MB of UTF-8 text.
/// </summary>
public static partial class BenchmarkCorpus
{
    /// <summary>Target size of the corpus in bytes of UTF-8 text.</summary>
    public const int TargetBytes = 1_000_000;

    private static readonly Lazy<DomainPack> LazyPack = new(() =>
        DomainPack.Load(PackLocator.Find() ?? throw new InvalidOperationException("pack not found")));

    private static readonly Lazy<IReadOnlyList<Document>> LazyDocuments = new(Build);

    /// <summary>The domain pack the pipeline uses.</summary>
    public static DomainPack Pack => LazyPack.Value;

    /// <summary>The articles.</summary>
    public static IReadOnlyList<Document> Documents => LazyDocuments.Value;

    /// <summary>Bytes of UTF-8 article text in <see cref="Documents"/>, the numerator of every MB/s figure.</summary>
    public static long Bytes => Documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));

    private static List<Document> Build()
    {
        var source = Environment.GetEnvironmentVariable("PARLEY_BENCH_SOURCE") is { Length: > 0 } folder
            ? folder
            : Path.Combine(AppContext.BaseDirectory, "samples");
        var sentences = Sentences(source);
        if (sentences.Count == 0)
        {
            // No source at hand: a few sentences of our own keep the benchmark runnable.
            sentences.Add("Foreign Minister Ararat Mirzoyan met Jeyhun Bayramov in Washington on May 1, 2023.");
            sentences.Add("Baku said the talks were constructive, according to the ministry.");
            sentences.Add("The sides discussed the opening of transport links and the release of detainees.");
        }

        var random = new Random(7);
        var documents = new List<Document>();
        var text = new StringBuilder();
        long bytes = 0;
        while (bytes < TargetBytes)
        {
            text.Clear();
            var count = random.Next(8, 21);
            for (var s = 0; s < count; s++)
            {
                text.Append(sentences[random.Next(sentences.Count)]).Append(s % 4 == 3 ? "\n\n" : " ");
            }

            var article = text.ToString().Trim();
            bytes += Encoding.UTF8.GetByteCount(article);
            var published = new DateOnly(2020, 1, 1).AddDays(random.Next(0, 6 * 365));
            documents.Add(new Document
            {
                Id = $"bench-{documents.Count:00000}",
                Text = article,
                Published = Time.DateRange.Day(published.Year, published.Month, published.Day),
            });
        }

        return documents;
    }

    private static List<string> Sentences(string folder)
    {
        var sentences = new List<string>();
        if (!Directory.Exists(folder))
        {
            return sentences;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                     .Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            if (text.StartsWith("---", StringComparison.Ordinal) && text.IndexOf("\n---", 3, StringComparison.Ordinal) is var end and > 0)
            {
                text = text[(end + 4)..];
            }

            sentences.AddRange(SentenceBreak().Split(text.ReplaceLineEndings(" ")).Select(s => s.Trim()).Where(s => s.Length >= 20 && !s.StartsWith('#')));
        }

        return sentences;
    }

    [GeneratedRegex(@"(?<=[.!?][""”’]?)\s+(?=[A-Z""“])")]
    private static partial Regex SentenceBreak();
}
