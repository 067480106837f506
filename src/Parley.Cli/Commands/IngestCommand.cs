using System.CommandLine;
using Parley.Cli.Ingest;
using Parley.Cli.Sources;
using Parley.Cli.Storage;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley ingest PATH... [--db FILE] [--pack DIR] [--quiet] [--json]</c></summary>
internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files or folders to read (folders are searched recursively)",
            Arity = ArgumentArity.OneOrMore,
        };
        paths.Validators.Add(result =>
        {
            // A list argument would otherwise swallow a mistyped option as a path.
            foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value[0] == '-'))
            {
                result.AddError($"Unrecognized option '{token.Value}' (a path starting with '-' can be given as ./{token.Value}).");
            }
        });
        var db = CommonOptions.Database();
        var pack = CommonOptions.Pack();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar and no summary; failures are still printed" };
        var json = CommonOptions.Json("Print the summary as JSON (and nothing else)");
        var fullMerge = new Option<bool>("--full-merge")
        {
            Description = "Merge every event mention and claim of the store again, not only what changed (for recovery; 'parley merge --full' does it alone)",
        };
        var command = new Command("ingest", "Read documents, extract what they report, and store it")
        {
            paths, db, pack, quiet, json, fullMerge,
        };
        command.SetAction(result => Run(
            context,
            result.GetValue(paths) ?? [],
            result.GetValue(db),
            result.GetValue(pack),
            result.GetValue(quiet),
            result.GetValue(json),
            result.GetValue(fullMerge)));
        return command;
    }

    public static int Run(CliContext context, IReadOnlyList<string> paths, string? dbOption, string? packOption, bool quiet, bool json, bool fullMerge = false)
    {
        var display = json ? IngestDisplay.Silent
            : context.CanShowProgress && !quiet ? IngestDisplay.Progress
            : IngestDisplay.Lines;
        var summary = Ingest(context, paths, dbOption, packOption, createIfMissing: true, fullMerge, display);
        if (summary is null)
        {
            return ExitCodes.Usage;
        }

        Report(context, summary, display, quiet, json);
        return summary.ExitCode;
    }

    /// <summary>
    /// Ingests <paramref name="paths"/> (none for a merge alone) into the store <paramref name="dbOption"/> names,
    /// then runs the cross-document pass; null, after printing why, when the store or the pack cannot be had.
    /// </summary>
    internal static IngestSummary? Ingest(CliContext context, IReadOnlyList<string> paths, string? dbOption, string? packOption, bool createIfMissing, bool fullMerge, IngestDisplay display)
    {
        var dbPath = CommonOptions.ResolveDatabase(context, dbOption);
        if (dbPath is null)
        {
            return null;
        }

        var pack = CommonOptions.LoadPack(context, packOption);
        if (pack is null)
        {
            return null;
        }

        // Two ingests (or merges) on one SQLite file take turns; a PostgreSQL server lets several write at once.
        using var turn = StoreFactory.IsServer(dbPath) ? null : IngestLock.Acquire(dbPath, message => System.Console.Error.WriteLine("parley: " + message));
        using var store = CommonOptions.OpenStore(context, dbPath, createIfMissing);
        if (store is null)
        {
            return null;
        }

        using var lookup = OpenLookup(dbPath);
        return new IngestRunner(context, DocumentSources.Create(pack), pack, store) { FullMerge = fullMerge, Lookup = lookup }.Run(paths, display);
    }

    /// <summary>
    /// A second connection to the store at <paramref name="location"/>, opened after the first (so migrated), for
    /// the reader's stored-hash checks (<see cref="IngestRunner.Lookup"/>); null when it cannot be had, and the
    /// checks then share the writer's connection.
    /// </summary>
    internal static Parley.Storage.IParleyStore? OpenLookup(string location)
    {
        try
        {
            return StoreFactory.OpenLookup(location);
        }
        catch (Parley.Storage.StoreException)
        {
            return null;
        }
    }

    /// <summary>Prints the failures (when not printed yet) and the summary.</summary>
    public static void Report(CliContext context, IngestSummary summary, IngestDisplay display, bool quiet, bool json)
    {
        if (json)
        {
            context.WriteRaw(summary.ToJson());
            return;
        }

        if (display == IngestDisplay.Progress)
        {
            foreach (var failure in summary.Failures)
            {
                IngestRunner.PrintFailure(context, failure);
            }
        }

        if (quiet)
        {
            return;
        }

        context.Console.Write(summary.ToTable());
        context.Line("Stored in", $"{summary.Database}; {summary.Events} merged events.");
    }
}
