using Parley.Cli;
using Spectre.Console.Testing;

namespace Parley.Cli.Tests;

/// <summary>Runs parley commands against a <see cref="TestConsole"/> in a temp folder of their own.</summary>
public sealed class CliHarness : IDisposable
{
    public CliHarness() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "parley-cli-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>The environment the commands see (empty: PARLEY_DB unset).</summary>
    public Dictionary<string, string> Environment { get; } = [];

    public static string TestPack => Path.Combine(AppContext.BaseDirectory, "Fixtures", "pack");

    public string Db => Path.Combine(Root, "parley.db");

    public string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>Writes a file under the root and returns its path.</summary>
    public string Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public (int Exit, string Output) Run(params string[] args)
    {
        var console = new TestConsole().Width(400);
        var context = new CliContext(console, name => Environment.TryGetValue(name, out var v) ? v : null);
        var exit = ParleyCli.Run(args, context);
        return (exit, console.Output);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
