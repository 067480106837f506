using System.Diagnostics;

namespace Parley.Hardening.Tests;

/// <summary>The built CLI (<c>parley.dll</c>) run as a child process, the way an analyst runs it.</summary>
public static class ParleyProcess
{
    /// <summary>The parley.dll beside the tests (the CLI is a project reference) or in the CLI project's own output.</summary>
    public static string Dll { get; } = FindDll();

    /// <summary>The repository root (the folder holding Parley.slnx).</summary>
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>The domain pack the runs use.</summary>
    public static string Pack => Path.Combine(RepoRoot, "data", "packs", "karabakh");

    /// <summary>Starts parley with <paramref name="args"/>; output and errors are collected.</summary>
    public static Running Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["NO_COLOR"] = "1";
        info.Environment.Remove("PARLEY_DB");
        return new Running(Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    /// <summary>Runs parley to the end (at most <paramref name="timeout"/>).</summary>
    public static (int Exit, string Output, string Errors) Run(TimeSpan timeout, params string[] args)
    {
        using var running = Start(args);
        return running.Wait(timeout);
    }

    /// <summary>Runs parley to the end (at most five minutes).</summary>
    public static (int Exit, string Output, string Errors) Run(params string[] args) => Run(TimeSpan.FromMinutes(5), args);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("the repository root (Parley.slnx) is not above " + AppContext.BaseDirectory);
    }

    private static string FindDll()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "parley.dll");
        if (File.Exists(beside) && File.Exists(Path.Combine(AppContext.BaseDirectory, "parley.runtimeconfig.json")))
        {
            return beside;
        }

        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        var built = Path.Combine(FindRoot(), "src", "Parley.Cli", "bin", configuration, "net10.0", "parley.dll");
        return File.Exists(built) ? built : throw new InvalidOperationException($"parley.dll not found beside the tests or at {built}; build src/Parley.Cli");
    }

    /// <summary>A parley process: its output is read as it comes so a full pipe never blocks it.</summary>
    public sealed class Running : IDisposable
    {
        private readonly Process _process;
        private readonly Task<string> _output;
        private readonly Task<string> _errors;

        internal Running(Process process)
        {
            _process = process;
            _output = process.StandardOutput.ReadToEndAsync();
            _errors = process.StandardError.ReadToEndAsync();
        }

        public bool HasExited => _process.HasExited;

        public int Id => _process.Id;

        /// <summary>Kills the process (SIGKILL) and its children; false when it had already ended.</summary>
        public bool Kill()
        {
            if (_process.HasExited)
            {
                return false;
            }

            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
            return true;
        }

        public (int Exit, string Output, string Errors) Wait(TimeSpan timeout)
        {
            if (!_process.WaitForExit(timeout))
            {
                Kill();
                throw new TimeoutException($"parley did not finish within {timeout}; errors so far: {_errors.Result}");
            }

            _process.WaitForExit();
            return (_process.ExitCode, _output.Result, _errors.Result);
        }

        public void Dispose()
        {
            Kill();
            _process.Dispose();
        }
    }
}
