using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Parley.Ingest;
using Xunit.Abstractions;

namespace Parley.Hardening.Tests;

/// <summary>
/// The limits of a document's size, a line's length and nesting depth, each a clear error naming the file; and a
/// folder read as a stream, in memory that does not grow with it.
/// </summary>
[Collection(MemoryMeasurement.Name)]
public sealed class LimitsTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _temp = new();

    private const string Sentence = "The foreign ministers met in Brussels on 4 May 2023 to discuss the border. ";

    [Fact]
    public void Each_limit_is_a_clear_error_naming_the_file_and_the_rest_is_stored()
    {
        var corpus = _temp.File("limits");
        Directory.CreateDirectory(corpus);
        var good = Path.Combine(corpus, "good.txt");
        File.WriteAllText(good, Sentence);
        var huge = Path.Combine(corpus, "huge.txt");
        using (var stream = File.Create(huge))
        {
            stream.SetLength(ReaderLimits.DefaultMaxDocumentBytes + 1);
        }

        var longLine = Path.Combine(corpus, "long-line.md");
        File.WriteAllText(longLine, "Title\n\n" + new string('x', ReaderLimits.DefaultMaxLineLength + 1));
        var deepHtml = Path.Combine(corpus, "deep.html");
        File.WriteAllText(deepHtml, "<html><body>" + string.Concat(Enumerable.Repeat("<div>", ReaderLimits.DefaultMaxNestingDepth + 1)) + Sentence + "</body></html>");
        var deepJson = Path.Combine(corpus, "deep.jsonl");
        File.WriteAllText(deepJson, $"{{\"text\":\"{Sentence}\"}}\n{{\"text\":\"{Sentence}\",\"x\":{new string('[', 300)}{new string(']', 300)}}}\n");
        var deepYaml = Path.Combine(corpus, "deep-front.md");
        File.WriteAllText(deepYaml, $"---\ntitle: {new string('[', 300)}{new string(']', 300)}\n---\n{Sentence}");
        var deepFeed = Path.Combine(corpus, "deep.rss");
        File.WriteAllText(deepFeed, "<rss><channel><title>X</title><item><link>https://x.example/1</link><description>" + string.Concat(Enumerable.Repeat("<b>", 300)) + Sentence + "</description></item></channel></rss>");

        var (exit, stdout, errors) = ParleyProcess.Run("ingest", corpus, "--db", _temp.File("limits.db"), "--pack", ParleyProcess.Pack, "--json");
        Assert.True(exit == 1, $"expected exit 1 (some inputs failed), got {exit}: {errors}");
        var summary = JsonDocument.Parse(stdout).RootElement;
        var failures = summary.GetProperty("failures").EnumerateArray()
            .Select(f => (Path: f.GetProperty("path").GetString()!, Line: f.GetProperty("line").ValueKind == JsonValueKind.Number ? f.GetProperty("line").GetInt32() : (int?)null, Reason: f.GetProperty("reason").GetString()!))
            .ToList();
        string ReasonFor(string file, int? line = null) =>
            Assert.Single(failures, f => f.Path.EndsWith(Path.GetFileName(file), StringComparison.Ordinal) && (line is null || f.Line == line)).Reason;

        Assert.Contains("too large", ReasonFor(huge), StringComparison.Ordinal);
        Assert.Contains("over the 4,194,304 limit", ReasonFor(longLine), StringComparison.Ordinal);
        Assert.Contains("HTML elements nested more than 256 levels", ReasonFor(deepHtml), StringComparison.Ordinal);
        Assert.Contains("JSON objects and arrays nested more than 256 levels", ReasonFor(deepJson, 2), StringComparison.Ordinal);
        Assert.Contains("front matter nested more than 256 levels", ReasonFor(deepYaml), StringComparison.Ordinal);
        Assert.Contains("XML elements nested more than 256 levels", ReasonFor(deepFeed), StringComparison.Ordinal);
        Assert.Equal(6, failures.Count);
        // good.txt and the first line of deep.jsonl.
        Assert.Equal(2, summary.GetProperty("new").GetInt32());
    }

    [Fact]
    public void A_folder_is_read_as_a_stream_in_bounded_memory()
    {
        var folder = _temp.File("large");
        const int files = 200;
        var paragraph = string.Concat(Enumerable.Repeat(Sentence, 800)); // about 60 KB a file, 12 MB in all
        for (var i = 0; i < files; i++)
        {
            var sub = Path.Combine(folder, (i / 100).ToString("D2", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(sub);
            File.WriteAllText(Path.Combine(sub, $"a{i:D4}.txt"), $"Report {i}\n\n{paragraph}");
        }

        var totalBytes = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = 0L;
        var read = 0;
        foreach (var result in new DocumentIngestor().Read([folder]))
        {
            Assert.NotNull(result.Document);
            if (++read % 40 == 0)
            {
                // Live memory only: what the reader still holds while the documents read so far are let go.
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
            }
        }

        output.WriteLine($"{read} documents, {totalBytes / 1e6:0.0} MB read; live memory at most {peak / 1e6:0.0} MB above its level after 250 lines");
        Assert.Equal(files, read);
        Assert.True(peak < totalBytes / 5, $"the reader held {peak / 1e6:0.0} MB while reading {totalBytes / 1e6:0.0} MB: it does not stream");
    }

    [Fact]
    public void A_large_jsonl_file_is_read_a_line_at_a_time()
    {
        var file = _temp.File("wire.jsonl");
        var text = string.Concat(Enumerable.Repeat(Sentence, 100));
        using (var writer = new StreamWriter(file))
        {
            for (var i = 0; i < 2000; i++)
            {
                writer.WriteLine(JsonSerializer.Serialize(new { id = $"w{i}", text = $"Line {i}. {text}" }));
            }
        }

        var source = new Parley.Cli.Sources.IngestDocumentSource(null);
        var plan = source.Plan([file]);
        // The baseline is taken after the first lines: bounded caches (the tokenizer's pool of normalised words)
        // fill early and then stay put, while a reader that held every line would keep growing.
        var baseline = 0L;
        var (peak, read) = (0L, 0);
        foreach (var item in source.ReadEach(Assert.Single(plan.Inputs)))
        {
            Assert.NotNull(item.Document);
            if (++read == 250)
            {
                baseline = GC.GetTotalMemory(forceFullCollection: true);
            }
            else if (read % 250 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
            }
        }

        var size = new FileInfo(file).Length;
        output.WriteLine($"{read} lines, {size / 1e6:0.0} MB; live memory at most {peak / 1e6:0.0} MB above its level after 250 lines");
        Assert.Equal(2000, read);
        Assert.True(peak < size / 5, $"{peak / 1e6:0.0} MB held while reading a {size / 1e6:0.0} MB file: the lines are not streamed");
    }

    /// <summary>
    /// The long run: <c>PARLEY_LARGE_FOLDER_MB=1024</c> ingests a generated folder of that size with the CLI and
    /// reports the child's peak memory, which must stay under <c>PARLEY_LARGE_FOLDER_MAX_RSS_MB</c> (default 1,500).
    /// </summary>
    [SkippableFact]
    public void A_large_folder_ingests_in_bounded_memory()
    {
        var megabytes = int.TryParse(Environment.GetEnvironmentVariable("PARLEY_LARGE_FOLDER_MB"), out var mb) ? mb : 0;
        Skip.If(megabytes <= 0, "set PARLEY_LARGE_FOLDER_MB to run (the long run)");
        var limit = int.TryParse(Environment.GetEnvironmentVariable("PARLEY_LARGE_FOLDER_MAX_RSS_MB"), out var max) ? max : 1500;

        var folder = _temp.File("large");
        var written = 0L;
        var seed = 0;
        while (written < megabytes * 1_000_000L)
        {
            var batch = Path.Combine(folder, $"b{seed:D4}");
            GeneratedCorpus.Write(batch, 200, seed: seed, prefix: $"b{seed}");
            written += Directory.EnumerateFiles(batch, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            seed++;
        }

        var clock = Stopwatch.StartNew();
        using var run = ParleyProcess.Start("ingest", folder, "--db", _temp.File("large.db"), "--pack", ParleyProcess.Pack, "--quiet");
        var peakRss = 0L;
        while (!run.HasExited)
        {
            peakRss = Math.Max(peakRss, ResidentBytes(run));
            Thread.Sleep(500);
        }

        var result = run.Wait(TimeSpan.FromHours(6));
        output.WriteLine($"{written / 1e6:0} MB ingested in {clock.Elapsed.TotalMinutes:0.0} min; peak resident memory {peakRss / 1e6:0} MB");
        Assert.Equal(0, result.Exit);
        Assert.True(peakRss < limit * 1_000_000L, $"peak resident memory {peakRss / 1e6:0} MB over {limit} MB");
    }

    private static long ResidentBytes(ParleyProcess.Running run)
    {
        try
        {
            var status = File.ReadAllLines($"/proc/{run.Id}/status");
            var line = status.FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    public void Dispose() => _temp.Dispose();
}

/// <summary>
/// Tests that read the process's live memory run alone: another test allocating at the same time would be counted
/// as memory the reader holds.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurement
{
    /// <summary>The collection's name.</summary>
    public const string Name = "memory measurement";
}
