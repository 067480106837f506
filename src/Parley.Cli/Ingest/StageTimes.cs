using System.Runtime.InteropServices;

namespace Parley.Cli.Ingest;

/// <summary>
/// The CPU time each ingest stage spent, summed over the threads that ran it: on a shared machine wall time
/// says more about the neighbours than about the code. Measured with the thread's own CPU clock on Linux;
/// elsewhere with wall time, which overstates a stage that waits.
/// </summary>
internal sealed class StageTimes
{
    private long _read;
    private long _check;
    private long _extract;
    private long _write;
    private long _merge;
    private long _mergeRead;
    private long _mergeWrite;

    /// <summary>Reading inputs and finding printed metadata.</summary>
    public TimeSpan Read => Ticks(_read);

    /// <summary>Asking the store for each document's stored hash.</summary>
    public TimeSpan Check => Ticks(_check);

    /// <summary>The extraction pipeline, summed over its workers.</summary>
    public TimeSpan Extract => Ticks(_extract);

    /// <summary>Storing documents and their extraction.</summary>
    public TimeSpan Write => Ticks(_write);

    /// <summary>The cross-document pass: reading its inputs, merging, storing the results.</summary>
    public TimeSpan Merge => Ticks(_merge);

    /// <summary>Of the cross-document pass, reading its inputs from the store.</summary>
    public TimeSpan MergeRead => Ticks(_mergeRead);

    /// <summary>Of the cross-document pass, storing what changed.</summary>
    public TimeSpan MergeWrite => Ticks(_mergeWrite);

    /// <summary>True when the figures are CPU time, false when they are wall time.</summary>
    public static bool IsCpuTime { get; } = OperatingSystem.IsLinux();

    public void AddRead(long since) => Interlocked.Add(ref _read, Now() - since);

    public void AddCheck(long since) => Interlocked.Add(ref _check, Now() - since);

    public void AddExtract(long since) => Interlocked.Add(ref _extract, Now() - since);

    public void AddWrite(long since) => Interlocked.Add(ref _write, Now() - since);

    public void AddMerge(long since) => Interlocked.Add(ref _merge, Now() - since);

    public void AddMergeRead(long since) => Interlocked.Add(ref _mergeRead, Now() - since);

    public void AddMergeWrite(long since) => Interlocked.Add(ref _mergeWrite, Now() - since);

    /// <summary>The calling thread's clock, in nanoseconds.</summary>
    public static long Now()
    {
        if (IsCpuTime && clock_gettime(ThreadCpuClock, out var spec) == 0)
        {
            return (spec.Seconds * 1_000_000_000L) + spec.Nanoseconds;
        }

        return (long)(System.Diagnostics.Stopwatch.GetTimestamp() * (1e9 / System.Diagnostics.Stopwatch.Frequency));
    }

    private static TimeSpan Ticks(long nanoseconds) => TimeSpan.FromTicks(nanoseconds / 100);

    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", SetLastError = false)]
    private static extern int clock_gettime(int clock, out TimeSpec spec);
}
