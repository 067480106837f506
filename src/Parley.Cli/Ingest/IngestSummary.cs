using System.Globalization;
using System.Text.Json;
using Parley.Cli.Sources;
using Spectre.Console;

namespace Parley.Cli.Ingest;

/// <summary>What one ingest run did.</summary>
internal sealed record IngestSummary
{
    public int New { get; init; }

    public int Unchanged { get; init; }

    public int Replaced { get; init; }

    public IReadOnlyList<SourceFailure> Failures { get; init; } = [];

    public long Bytes { get; init; }

    public TimeSpan Elapsed { get; init; }

    public int Events { get; init; }

    /// <summary>Of <see cref="Elapsed"/>, the time the cross-document pass took (read, merge, store).</summary>
    public TimeSpan MergeElapsed { get; init; }

    public string Database { get; init; } = "";

    /// <summary>Which cross-document pass ran: "incremental" (only what changed), "full", or "none".</summary>
    public string MergePass { get; init; } = "none";

    /// <summary>CPU time of the cross-document pass (wall time where the thread's CPU clock is not available).</summary>
    public TimeSpan MergeCpu { get; init; }

    /// <summary>Dated event mentions the incremental pass merged again (0 for the full pass).</summary>
    public int RemergedMentions { get; init; }

    /// <summary>Where the full cross-document pass's time went (null when it did not run).</summary>
    public MergeProfile? MergeProfile { get; init; }

    public double Megabytes => Bytes / 1_000_000.0;

    public double MegabytesPerSecond => Elapsed.TotalSeconds > 0 ? Megabytes / Elapsed.TotalSeconds : 0;

    public int ExitCode => Failures.Count > 0 ? ExitCodes.Failures : ExitCodes.Ok;

    /// <summary>The closing table.</summary>
    public Table ToTable()
    {
        var table = new Table().RoundedBorder()
            .AddColumn("new").AddColumn("unchanged").AddColumn("replaced").AddColumn("failed").AddColumn("time").AddColumn("MB").AddColumn("MB/s");
        foreach (var column in table.Columns)
        {
            column.RightAligned();
        }

        table.AddRow(
            New.ToString(CultureInfo.InvariantCulture),
            Unchanged.ToString(CultureInfo.InvariantCulture),
            Replaced.ToString(CultureInfo.InvariantCulture),
            Failures.Count > 0 ? $"[red]{Failures.Count}[/]" : "0",
            Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s",
            Megabytes.ToString("0.000", CultureInfo.InvariantCulture),
            MegabytesPerSecond.ToString("0.00", CultureInfo.InvariantCulture));
        return table;
    }

    /// <summary>The summary as indented JSON.</summary>
    public string ToJson()
    {
        var payload = new
        {
            @new = New,
            unchanged = Unchanged,
            replaced = Replaced,
            failed = Failures.Count,
            seconds = Math.Round(Elapsed.TotalSeconds, 3),
            megabytes = Math.Round(Megabytes, 6),
            megabytes_per_second = Math.Round(MegabytesPerSecond, 3),
            events = Events,
            merge = new { pass = MergePass, seconds = Math.Round(MergeElapsed.TotalSeconds, 3), cpu_seconds = Math.Round(MergeCpu.TotalSeconds, 3), remerged_mentions = RemergedMentions, profile = MergeProfile?.ToJson() },
            database = Database,
            failures = Failures.Select(f => new { path = f.Path, line = f.Line, reason = f.Reason }).ToList(),
        };
        return JsonSerializer.Serialize(payload, CliJson.Indented) + Environment.NewLine;
    }
}
