using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace Parley.Hardening.Tests;

/// <summary>
/// SIGKILL in the middle of <c>parley ingest</c>, again and again, then one run to the end: the store must be sound
/// and hold exactly what one clean run stores. The suite kills 5 times; <c>PARLEY_CRASH_KILLS=N</c> kills N times
/// (and <c>PARLEY_CRASH_DOCS=N</c> sizes the corpus) for the long run.
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _temp = new();

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;

    [Fact]
    public void Killed_ingests_resumed_to_the_end_store_exactly_what_a_clean_run_stores()
    {
        var kills = Setting("PARLEY_CRASH_KILLS", 5);
        var corpus = _temp.File("corpus");
        var documents = GeneratedCorpus.Write(corpus, Setting("PARLEY_CRASH_DOCS", 300), seed: 8);

        var clean = _temp.File("clean.db");
        var clock = Stopwatch.StartNew();
        var first = ParleyProcess.Run("ingest", corpus, "--db", clean, "--pack", ParleyProcess.Pack, "--quiet");
        var cleanRun = clock.Elapsed;
        Assert.True(first.Exit == 0, $"the clean run failed ({first.Exit}): {first.Errors}{first.Output}");
        Assert.Equal(documents, StoreInspection.Count(clean, "SELECT count(*) FROM documents"));

        var crashed = _temp.File("crashed.db");
        var seed = Setting("PARLEY_CRASH_SEED", Environment.TickCount & 0x7FFFFFFF);
        var random = new Random(seed);
        var killed = 0;
        var attempts = 0;
        while (killed < kills && attempts++ < kills * 3)
        {
            // Anywhere from start-up to the end of a clean run; a run that ends first is not counted.
            var delay = TimeSpan.FromMilliseconds(random.Next(200, (int)Math.Max(400, cleanRun.TotalMilliseconds)));
            using var run = ParleyProcess.Start("ingest", corpus, "--db", crashed, "--pack", ParleyProcess.Pack, "--quiet");
            Thread.Sleep(delay);
            if (run.Kill())
            {
                killed++;
                var stored = File.Exists(crashed) ? StoreInspection.Count(crashed, "SELECT count(*) FROM documents") : 0;
                output.WriteLine($"kill {killed} after {delay.TotalMilliseconds:0} ms: {stored} of {documents} documents stored");
                Assert.Equal("ok", StoreInspection.IntegrityCheck(crashed));
            }
        }

        output.WriteLine($"seed {seed}: {killed} kills survived in {attempts} runs; clean run {cleanRun.TotalSeconds:0.0} s");
        Assert.True(killed >= Math.Min(kills, 3), $"only {killed} runs could be killed before they ended");

        var last = ParleyProcess.Run("ingest", corpus, "--db", crashed, "--pack", ParleyProcess.Pack, "--quiet");
        Assert.True(last.Exit == 0, $"the resumed run failed ({last.Exit}): {last.Errors}{last.Output}");

        Assert.Equal("ok", StoreInspection.IntegrityCheck(crashed));
        Assert.Equal(0, StoreInspection.ForeignKeyViolations(crashed));
        Assert.Equal(documents, StoreInspection.Count(crashed, "SELECT count(*) FROM documents"));
        Assert.Equal(documents, StoreInspection.Count(crashed, "SELECT count(DISTINCT id) FROM documents"));
        // Same documents, same extractions, same merged events and contradictions, byte for byte.
        var expected = StoreInspection.Export(clean, _temp.Path);
        var actual = StoreInspection.Export(crashed, _temp.Path);
        Assert.True(expected.AsSpan().SequenceEqual(actual), $"the resumed store's export differs from the clean run's (seed {seed})");
    }

    public void Dispose() => _temp.Dispose();
}
