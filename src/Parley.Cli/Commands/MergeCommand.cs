using System.CommandLine;
using Parley.Cli.Ingest;
using Parley.Cli.Sources;
using Parley.Cli.Storage;

namespace Parley.Cli.Commands;

/// <summary><c>parley merge [--full] [--db FILE] [--pack DIR] [--quiet] [--json]</c>: the cross-document pass alone.</summary>
internal static class MergeCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var pack = CommonOptions.Pack();
        var full = new Option<bool>("--full") { Description = "Merge every event mention and claim again, not only what changed since the last pass (recovery)" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No summary; failures are still printed" };
        var json = CommonOptions.Json("Print the summary as JSON (and nothing else)");
        var command = new Command("merge", "Run the cross-document pass (events, claim links, contradictions) over what changed, or with --full over everything")
        {
            db, pack, full, quiet, json,
        };
        command.SetAction(result => Run(context, result.GetValue(db), result.GetValue(pack), result.GetValue(full), result.GetValue(quiet), result.GetValue(json)));
        return command;
    }

    public static int Run(CliContext context, string? dbOption, string? packOption, bool full, bool quiet, bool json)
    {
        // An ingest of nothing: no document is read, and the pass runs as after any ingest.
        var display = json || quiet ? IngestDisplay.Silent : IngestDisplay.Lines;
        var summary = IngestCommand.Ingest(context, [], dbOption, packOption, createIfMissing: false, full, display);
        if (summary is null)
        {
            return ExitCodes.Usage;
        }

        if (json)
        {
            context.WriteRaw(summary.ToJson());
        }
        else if (!quiet)
        {
            context.Line("Merged", $"{summary.Database}: {summary.Events} merged events ({summary.MergePass} pass, {summary.MergeElapsed.TotalSeconds:0.00} s).");
        }
        else
        {
            foreach (var failure in summary.Failures)
            {
                IngestRunner.PrintFailure(context, failure);
            }
        }

        return summary.ExitCode;
    }
}
