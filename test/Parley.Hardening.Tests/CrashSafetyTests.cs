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

        // A clean run on a throwaway store times the kill window; on a fast machine the corpus grows until a run
        // lasts long enough to be killed in the middle of its writes.
        var duration = Timed(corpus);
        for (var growth = 1; duration < TimeSpan.FromSeconds(3) && growth <= 4; growth++)
        {
            documents += GeneratedCorpus.Write(corpus, documents, seed: 8 + growth, prefix: $"more{growth}");
            duration = Timed(corpus);
        }

        var crashed = _temp.File("crashed.db");
        var window = duration.TotalMilliseconds;
        var killed = 0;
        var attempts = 0;
        output.WriteLine($"{documents} documents; a clean run takes {duration.TotalMilliseconds:F0} ms");
        while (killed < kills && attempts++ < kills * 4)
        {
            // Some documents change between runs (not before the first), so later runs replace documents as well as add them.
            var edited = killed == 0 ? 0 : GeneratedCorpus.Edit(corpus, 0.15, random);
            var delay = random.Next((int)(window * 0.1), Math.Max((int)(window * 0.1) + 1, (int)(window * 0.9)));
            using var run = ParleyProcess.Start(Ingest(corpus, crashed));
            bool stopped;
            if (killed == 0)
            {
                // The first kill waits for part of the corpus to be stored, so it lands inside the document writes
                // whatever the machine's speed.
                var target = (long)(documents * (0.1 + (random.NextDouble() * 0.6)));
                var clock = Stopwatch.StartNew();
                while (!run.HasExited && StoredSoFar(crashed) < target)
                {
                    Thread.Sleep(5);
                }

                delay = (int)clock.ElapsedMilliseconds;
                stopped = run.Kill();
            }
            else
            {
                Thread.Sleep(delay);
                stopped = run.Kill();
            }

            if (!stopped)
            {
                // Resumed runs skip what is stored already and end sooner.
                window = Math.Max(400, window * 0.7);
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

    private TimeSpan Timed(string corpus)
    {
        var store = _temp.File($"timing-{Guid.NewGuid():N}.db");
        var clock = Stopwatch.StartNew();
        var run = ParleyProcess.Run(Ingest(corpus, store));
        Assert.True(run.Exit == 0, $"the timing run failed ({run.Exit}): {run.Errors}{run.Output}");
        return clock.Elapsed;
    }

    /// <summary>Documents stored while a run writes; 0 until the store and its tables exist.</summary>
    private static long StoredSoFar(string db)
    {
        try
        {
            return Stored(db);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0;
        }
    }

    private static string[] Ingest(string corpus, string db) => ["ingest", corpus, "--db", db, "--pack", ParleyProcess.Pack, "--quiet"];

    private static long Stored(string db) => File.Exists(db) ? StoreInspection.Count(db, "SELECT count(*) FROM documents") : 0;

    public void Dispose() => _temp.Dispose();
}
