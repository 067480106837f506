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
    public static long Write(string folder, int documents, IReadOnlyList<string> sentences, int seed = 7) =>
        Write(folder, sentences, seed, (written, _) => written < documents).TextBytes;

    /// <summary>
    /// Writes articles under <paramref name="folder"/> until its files hold <paramref name="fileBytes"/> bytes;
    /// returns how many articles and bytes of article text were written.
    /// </summary>
    public static (int Documents, long TextBytes) WriteBytes(string folder, long fileBytes, IReadOnlyList<string> sentences, int seed = 7) =>
        Write(folder, sentences, seed, (_, bytesOnDisk) => bytesOnDisk < fileBytes);

    /// <summary>
    /// Writes one plain-text article of about <paramref name="bytes"/> bytes (paragraphs of recombined sentences) to
    /// <paramref name="path"/>, streamed to disk; for testing the document size limit with a real article shape.
    /// </summary>
    public static void WriteLarge(string path, long bytes, IReadOnlyList<string> sentences, int seed)
    {
        RequireSentences(sentences);
        var random = new Random(seed);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.Write("Scale long report " + seed.ToString(CultureInfo.InvariantCulture) + "\n\n");
        long written = 0;
        for (var s = 0; written < bytes; s++)
        {
            var sentence = sentences[random.Next(sentences.Count)];
            var separator = s % 6 == 5 ? "\n\n" : " ";
            writer.Write(sentence);
            writer.Write(separator);
            written += Encoding.UTF8.GetByteCount(sentence) + separator.Length;
        }
    }

    private static (int Documents, long TextBytes) Write(string folder, IReadOnlyList<string> sentences, int seed, Func<int, long, bool> more)
    {
        RequireSentences(sentences);
        var random = new Random(seed);
        long textBytes = 0;
        long fileBytes = 0;
        var i = 0;
        var text = new StringBuilder();
        for (var file = 0; more(i, fileBytes); file++)
        {
            using var stream = new FileStream(Path.Combine(folder, $"scale-{file:00000}.jsonl"), FileMode.Create, FileAccess.Write);
            using (var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true))
            {
                for (var inFile = 0; inFile < DocumentsPerFile && more(i, fileBytes + stream.Length); inFile++, i++)
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
                    writer.Flush(); // so stream.Length counts what is written
                }
            }

            fileBytes += stream.Length;
        }

        return (i, textBytes);
    }

    private static void RequireSentences(IReadOnlyList<string> sentences)
    {
        if (sentences.Count == 0)
        {
            throw new InvalidOperationException("the source corpus has no sentences to recombine");
        }
    }

    [GeneratedRegex(@"(?<=[.!?][""”’]?)\s+(?=[A-Z""“])")]
    private static partial Regex SentenceBreak();
}
