using System.Globalization;
using BenchmarkDotNet.Running;

namespace Parley.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/Parley.Benchmarks -- --filter '*'</c>; with
/// <c>-- --cpu-time [rounds]</c>, the linking benchmarks timed by their thread's CPU time, with
/// <c>-- --cpu-time [rounds] stages</c> each pipeline stage and the whole pipeline (<see cref="CpuTimeRunner"/>).
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static void Main(string[] args)
    {
        if (args is ["--cpu-time", ..])
        {
            CpuTimeRunner.Run(
                args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15,
                stages: args.Contains("stages", StringComparer.Ordinal),
                only: [.. args.Skip(2).Where(a => a != "stages")]);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
