using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Parley.Cli.Bench;

/// <summary>
/// Builds a corpus of any size at run time by recombining the sentences of a small source corpus (seeded, so the
/// same arguments give the same corpus): JSONL files of <see cref="DocumentsPerFile"/> articles each, written
/// straight to disk so the corpus never sits in memory.
/// </summary>
internal static partial class ScaleCorpus
{
    public const int DocumentsPerFile = 500;

    /// <summary>The sentences of the .txt and .md files under <paramref name="folder"/> (front matter skipped).</summary>
    public static IReadOnlyList<string> Sentences(string folder)
    {
        var sentences = new List<string>();
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

    /// <summary>Writes <paramref name="documents"/> articles under <paramref name="folder"/>; returns the bytes of article text.</summary>
    public static long Write(string folder, int documents, IReadOnlyList<string> sentences, int seed = 7)
    {
        if (sentences.Count == 0)
        {
            throw new InvalidOperationException("the source corpus has no sentences to recombine");
        }

        var random = new Random(seed);
        long textBytes = 0;
        var text = new StringBuilder();
        for (var file = 0; file * DocumentsPerFile < documents; file++)
        {
            using var writer = new StreamWriter(Path.Combine(folder, $"scale-{file:00000}.jsonl"), append: false, new UTF8Encoding(false));
            for (var i = file * DocumentsPerFile; i < Math.Min(documents, (file + 1) * DocumentsPerFile); i++)
            {
                text.Clear();
                var count = random.Next(8, 20);
                for (var s = 0; s < count; s++)
                {
                    text.Append(sentences[random.Next(sentences.Count)]).Append(s % 4 == 3 ? "\n\n" : " ");
                }

                var published = new DateOnly(2020, 1, 1).AddDays(random.Next(0, 6 * 365));
                var article = text.ToString().Trim();
                textBytes += Encoding.UTF8.GetByteCount(article);
                writer.WriteLine(JsonSerializer.Serialize(new
                {
                    id = "scale-" + i.ToString("0000000", CultureInfo.InvariantCulture),
                    title = "Scale article " + i.ToString(CultureInfo.InvariantCulture),
                    published = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    text = article,
                }));
            }
        }

        return textBytes;
    }

    [GeneratedRegex(@"(?<=[.!?][""”’]?)\s+(?=[A-Z""“])")]
    private static partial Regex SentenceBreak();
}
