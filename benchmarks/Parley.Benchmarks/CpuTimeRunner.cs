using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Parley.Benchmarks;

/// <summary>
/// Times <see cref="LinkingBenchmarks"/> by the CPU time of the thread that runs them instead of by the clock,
/// for a shared, loaded machine where wall times mostly measure the neighbours: <c>-- --cpu-time [rounds]</c>;
/// <c>-- --cpu-time [rounds] stages</c> times each stage of the default pipeline (as <see cref="StageBenchmarks"/>
/// does) and the whole pipeline instead; names after <c>stages</c> (a stage's name or <c>AllStages</c>), or after the
/// rounds without it (a linking benchmark's name), time only those, e.g. for a profiler.
/// Each benchmark runs a few times to warm up, then <c>rounds</c> times (default 15); it prints the median and the
/// best round in ms, the bytes the thread allocated per round and, for the corpus readers, MB of article text per
/// CPU second, then the wall-clock median and best and the collections and GC pause time per round (so a gap
/// between CPU and wall time can be told apart: waiting for a core, or collecting). Linux only (per-thread clock);
/// a background GC thread's work is not counted, the allocating thread's own collections are.
/// </summary>
public static class CpuTimeRunner
{
    private const int WarmupRounds = 3;

    /// <summary>Runs the linking benchmarks, or with <paramref name="stages"/> the pipeline's stages, and prints one line per benchmark.</summary>
    public static void Run(int rounds, bool stages = false, IReadOnlyCollection<string>? only = null)
    {
        if (!OperatingSystem.IsLinux())
        {
            Console.Error.WriteLine("--cpu-time reads the per-thread CPU clock, which this runner only knows on Linux");
            return;
        }

        if (stages)
        {
            RunStages(rounds, only is { Count: > 0 } ? only : null);
            return;
        }

        var bench = new LinkingBenchmarks();
        bench.Setup();
        var megabytes = BenchmarkCorpus.Bytes / 1e6;
        (string Name, double? Megabytes, Action? Setup, Func<int> Body)[] benchmarks =
        [
            ("PackLoadAndIndex", null, null, bench.PackLoadAndIndex),
            ("Tokenize", megabytes, null, bench.Tokenize),
            ("LinkPretokenized", megabytes, bench.Prepare, bench.LinkPretokenized),
            ("SplitTokenizeLink", megabytes, null, bench.SplitTokenizeLink),
        ];
        foreach (var (name, mb, setup, body) in benchmarks)
        {
            if (only is not { Count: > 0 } || only.Contains(name))
            {
                Measure(name, rounds, mb, setup, body);
            }
        }
    }

    // Each stage over analyses the earlier stages filled (untimed), then the whole pipeline over fresh documents.
    private static void RunStages(int rounds, IReadOnlyCollection<string>? only)
    {
        var megabytes = BenchmarkCorpus.Bytes / 1e6;
        foreach (var name in StageBenchmarks.StageNames())
        {
            if (only is not null && !only.Contains(name))
            {
                continue;
            }

            var bench = new StageBenchmarks { Stage = name };
            bench.Setup();
            Measure(name, rounds, megabytes, bench.Prepare, bench.Run);
        }

        if (only is not null && !only.Contains("AllStages"))
        {
            return;
        }

        var all = new ExtractionBenchmarks();
        all.Setup();
        Measure("AllStages", rounds, megabytes, null, all.AllStages);
    }

    private static void Measure(string name, int rounds, double? megabytes, Action? setup, Func<int> body)
    {
        var times = new List<double>();
        var walls = new List<double>();
        var result = 0;
        long allocated = 0;
        var pauses = TimeSpan.Zero;
        var collections = 0;
        for (var r = 0; r < WarmupRounds + rounds; r++)
        {
            setup?.Invoke();
            var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
            var pauseBefore = GC.GetTotalPauseDuration();
            var collectionsBefore = GC.CollectionCount(0);
            var clock = Stopwatch.StartNew();
            var start = ThreadCpuMilliseconds();
            result = body();
            var elapsed = ThreadCpuMilliseconds() - start;
            var wall = clock.Elapsed.TotalMilliseconds;
            allocated = GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
            if (r >= WarmupRounds)
            {
                times.Add(elapsed);
                walls.Add(wall);
                pauses += GC.GetTotalPauseDuration() - pauseBefore;
                collections += GC.CollectionCount(0) - collectionsBefore;
            }
        }

        times.Sort();
        walls.Sort();
        var median = times[times.Count / 2];
        var best = times[0];
        // The wall clock beside the CPU clock says how much of a round was spent waiting for a core (the
        // neighbours' share), and the GC's pauses how much went to collections, whichever thread ran them.
        var waits = string.Create(CultureInfo.InvariantCulture,
            $"  wall median {walls[walls.Count / 2]:F1} best {walls[0]:F1}  GC {collections / (double)rounds:F1}/round, pauses {pauses.TotalMilliseconds / rounds:F1} ms/round");
        var rate = megabytes is { } mb
            ? string.Create(CultureInfo.InvariantCulture, $"  {mb / (median / 1000):F1} MB/CPU-s (best {mb / (best / 1000):F1})")
            : "";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-18} CPU ms median {median,8:F1}  best {best,8:F1}{rate}  alloc {allocated / 1e6,7:F2} MB{waits}  (result {result}, {rounds} rounds, load {LoadAverage()})"));
    }

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private static double ThreadCpuMilliseconds()
    {
        const int ClockThreadCpuTimeId = 3;
        if (ClockGetTime(ClockThreadCpuTimeId, out var ts) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
        }

        return (ts.Seconds * 1000.0) + (ts.Nanoseconds / 1e6);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clockId, out TimeSpec time);
}
