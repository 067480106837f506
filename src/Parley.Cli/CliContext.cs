using Spectre.Console;

namespace Parley.Cli;

/// <summary>What a command needs from its surroundings: where to print, and the environment to read.</summary>
/// <param name="Console">Where output goes (a <c>TestConsole</c> in tests).</param>
/// <param name="GetEnvironmentVariable">Reads an environment variable (replaced in tests).</param>
internal sealed record CliContext(IAnsiConsole Console, Func<string, string?> GetEnvironmentVariable)
{
    /// <summary>The real console and environment.</summary>
    public static CliContext System { get; } = new(AnsiConsole.Console, Environment.GetEnvironmentVariable);

    /// <summary>True when a live progress display makes sense: an interactive terminal, not redirected.</summary>
    public bool CanShowProgress => Console.Profile.Capabilities.Interactive && Console.Profile.Capabilities.Ansi;

    /// <summary>Writes raw text, unwrapped and unstyled (JSON output).</summary>
    public void WriteRaw(string text)
    {
        var writer = Console.Profile.Out.Writer;
        writer.Write(text);
        writer.Flush();
    }

    /// <summary>Prints a one-line error.</summary>
    public void Error(string message) => Line("[red]error:[/]", message);

    /// <summary>
    /// Prints a styled prefix and then <paramref name="text"/> unwrapped, so a path or a <c>file:line:</c> stays on
    /// one line whatever the terminal width (editors and grep read these lines).
    /// </summary>
    public void Line(string? markupPrefix, string text)
    {
        if (markupPrefix is not null)
        {
            Console.Markup(markupPrefix + " ");
        }

        WriteRaw(text + Environment.NewLine);
    }
}

/// <summary>Exit codes of every command.</summary>
internal static class ExitCodes
{
    /// <summary>All went well.</summary>
    public const int Ok = 0;

    /// <summary>Some inputs failed (the rest was done), or a check found problems.</summary>
    public const int Failures = 1;

    /// <summary>The command line was wrong: unknown option, missing argument, unusable --db or --pack.</summary>
    public const int Usage = 2;
}

/// <summary>Shared JSON settings for command output.</summary>
internal static class CliJson
{
    /// <summary>Indented output.</summary>
    public static System.Text.Json.JsonSerializerOptions Indented { get; } = new() { WriteIndented = true };
}
