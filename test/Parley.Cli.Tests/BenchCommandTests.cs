namespace Parley.Cli.Tests;

/// <summary>The benchmark commands run end to end on small sizes (what they measure is not asserted: timing belongs to benchmarks).</summary>
public sealed class BenchCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Bench_ingest_builds_the_corpus_and_stores_every_article()
    {
        _cli.Write("src/one.md", "---\ntitle: x\n---\nThe foreign ministers met in Geneva on Monday. Both sides called the talks useful.\n");
        _cli.Write("src/two.txt", "A convoy of aid trucks reached the town on Tuesday. Officials said more would follow soon.\n");
        var (exit, output) = _cli.Run("bench", "ingest", "--docs", "30", "--source", _cli.PathOf("src"), "--pack", CliHarness.TestPack);
        Assert.True(exit == 0, output);
        Assert.Contains("Corpus: 30 articles", output, StringComparison.Ordinal);
        Assert.Matches(@"documents stored\s+│\s+30 │", output);
        Assert.Contains("peak RSS (MB)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_query_times_every_kind_of_query()
    {
        var (exit, output) = _cli.Run("bench", "query", "--events", "300", "--queries", "3");
        Assert.True(exit == 0, output);
        Assert.Contains("Stored 300 synthetic events", output, StringComparison.Ordinal);
        Assert.Matches(@"timeline page \(all\)\s+│\s+100 │", output);
        Assert.Contains("p95 ms", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_query_under_load_times_each_query_again_while_a_writer_stores_events()
    {
        var tsv = _cli.PathOf("figures.tsv");
        var (exit, output) = _cli.Run("bench", "query", "--events", "300", "--queries", "3", "--load", "--tsv", tsv);
        Assert.True(exit == 0, output);
        Assert.Contains("load p95 ms", output, StringComparison.Ordinal);
        // The writer stored at least one batch of documents while the second pass ran (it always finishes one).
        Assert.Matches(@"Load: the writer stored [1-9]\d* documents", output);
        var lines = File.ReadAllLines(tsv);
        var timeline = Assert.Single(lines, l => l.StartsWith("timeline page (all)\t", StringComparison.Ordinal)).Split('\t');
        // Name, results, then p50, p95, max, CPU p50 and CPU p95, idle and under load.
        Assert.Equal(12, timeline.Length);
        Assert.Equal("100", timeline[1]);
        Assert.All(timeline[2..], cell => Assert.True(double.Parse(cell, System.Globalization.CultureInfo.InvariantCulture) >= 0, cell));
        Assert.Contains(lines, l => l.StartsWith("an actor's page", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("period: one month, a later page (--after)\t", StringComparison.Ordinal));
    }

    [Fact]
    public void Bench_ingest_without_sentences_is_a_usage_error()
    {
        Directory.CreateDirectory(_cli.PathOf("empty"));
        var (exit, output) = _cli.Run("bench", "ingest", "--docs", "5", "--source", _cli.PathOf("empty"), "--pack", CliHarness.TestPack);
        Assert.Equal(2, exit);
        Assert.Contains("no sentences", output, StringComparison.Ordinal);
    }
}
