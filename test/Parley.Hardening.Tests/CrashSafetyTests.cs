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
        var seed = Setting("PARLEY_CRASH_SEED", Environment.TickCount & 0x7FFFFFFF);
        var random = new Random(seed);

        // A first run times the kill window.
        var crashed = _temp.File("crashed.db");
        var clock = Stopwatch.StartNew();
        using (var timing = ParleyProcess.Start(Ingest(corpus, crashed)))
        {
            // Killed half way: the first kill of the series, inside the writes.
            Thread.Sleep(random.Next(1500, 4000));
            Assert.True(timing.Kill(), "the first run ended before it could be killed");
        }

        var killed = 1;
        var attempts = 1;
        var window = clock.Elapsed.TotalMilliseconds * 2;
        output.WriteLine($"kill 1 after {clock.ElapsedMilliseconds} ms: {Stored(crashed)} of {documents} documents stored");
        while (killed < kills && attempts++ < kills * 4)
        {
            // Some documents change between runs, so later runs replace documents as well as add them.
            var edited = GeneratedCorpus.Edit(corpus, 0.15, random);
            var delay = random.Next(300, (int)window);
            using var run = ParleyProcess.Start(Ingest(corpus, crashed));
            Thread.Sleep(delay);
            if (!run.Kill())
            {
                window = Math.Max(600, window * 0.7);
                continue;
            }

            killed++;
            output.WriteLine($"kill {killed} after {delay} ms ({edited} files edited before the run): {Stored(crashed)} of {documents} documents stored");
            // On a loaded machine a kill can land before the process has even created the store.
            if (File.Exists(crashed))
            {
                Assert.Equal("ok", StoreInspection.IntegrityCheck(crashed));
            }
        }

        output.WriteLine($"seed {seed}: {killed} kills survived in {attempts} runs");
        Assert.True(killed >= Math.Min(kills, 3), $"only {killed} runs could be killed before they ended");

        var last = ParleyProcess.Run(Ingest(corpus, crashed));
        Assert.True(last.Exit == 0, $"the resumed run failed ({last.Exit}): {last.Errors}{last.Output}");

        var clean = _temp.File("clean.db");
        var once = ParleyProcess.Run(Ingest(corpus, clean));
        Assert.True(once.Exit == 0, $"the clean run failed ({once.Exit}): {once.Errors}{once.Output}");

        Assert.Equal("ok", StoreInspection.IntegrityCheck(crashed));
        Assert.Equal(0, StoreInspection.ForeignKeyViolations(crashed));
        Assert.Equal(documents, Stored(crashed));
        Assert.Equal(documents, StoreInspection.Count(crashed, "SELECT count(DISTINCT id) FROM documents"));
        // Same documents (the edited versions), same extractions, same merged events and contradictions, byte for byte.
        var expected = StoreInspection.Export(clean, _temp.Path);
        var actual = StoreInspection.Export(crashed, _temp.Path);
        Assert.True(expected.AsSpan().SequenceEqual(actual), $"the resumed store's export differs from a clean run's (seed {seed})");
    }

    private static string[] Ingest(string corpus, string db) => ["ingest", corpus, "--db", db, "--pack", ParleyProcess.Pack, "--quiet"];

    private static long Stored(string db) => File.Exists(db) ? StoreInspection.Count(db, "SELECT count(*) FROM documents") : 0;

    public void Dispose() => _temp.Dispose();
}
