using System.CommandLine;
using Parley.Storage;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley copy --from DB --to DB</c>: moves a whole store between backends (SQLite file ↔ PostgreSQL).</summary>
internal static class CopyCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Option<string>("--from") { Description = "The store to read: a SQLite file or a PostgreSQL connection", Required = true, HelpName = "DB" };
        var to = new Option<string>("--to") { Description = "The store to fill: a new SQLite file or an empty PostgreSQL database", Required = true, HelpName = "DB" };
        var command = new Command("copy", "Copy a whole store to another (e.g. a SQLite file to a shared PostgreSQL server)") { from, to };
        command.SetAction(result => Run(context, result.GetValue(from)!, result.GetValue(to)!));
        return command;
    }

    public static int Run(CliContext context, string from, string to)
    {
        if (string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(to))
        {
            context.Error("--from and --to each need a SQLite file path or a PostgreSQL connection");
            return ExitCodes.Usage;
        }

        using var source = CommonOptions.OpenStore(context, from, createIfMissing: false);
        if (source is null)
        {
            return ExitCodes.Usage;
        }

        using var target = CommonOptions.OpenStore(context, to, createIfMissing: true);
        if (target is null)
        {
            return ExitCodes.Usage;
        }

        if (string.Equals(source.Location, target.Location, StringComparison.Ordinal))
        {
            context.Error($"{source.Location}: --from and --to name the same store");
            return ExitCodes.Usage;
        }

        try
        {
            var stats = StoreCopier.Copy(source, target);
            context.Console.Write(StatsCommand.ToTable(stats));
            context.Line("Copied", $"{stats.Documents} documents and {stats.Events} merged events from {source.Location} to {target.Location}");
            return ExitCodes.Ok;
        }
        catch (StoreException ex)
        {
            context.Error(ex.Message + (ex.IsOpenFailure ? "" : $" (the copy in {target.Location} is incomplete; empty it and copy again)"));
            return ex.IsOpenFailure ? ExitCodes.Usage : ExitCodes.Failures;
        }
    }
}
