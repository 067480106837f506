using System.CommandLine;
using Parley.Cli.Commands;
using Parley.Export;
using Spectre.Console;

namespace Parley.Cli;

/// <summary>Builds the command tree and runs it: parse, call, print.</summary>
internal static class ParleyCli
{
    /// <summary>Runs the command line against <paramref name="context"/>; returns the exit code.</summary>
    public static int Run(string[] args, CliContext context)
    {
        var root = BuildRoot(context);
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                context.Error(error.Message);
            }

            context.Console.MarkupLine("Run [yellow]parley --help[/] for usage.");
            return ExitCodes.Usage;
        }

        var writer = context.Console.Profile.Out.Writer;
        return result.Invoke(new InvocationConfiguration { Output = writer, Error = writer, EnableDefaultExceptionHandler = false });
    }

    /// <summary>Runs against the real console and environment.</summary>
    public static int Run(string[] args) => Run(args, CliContext.System);

    public static RootCommand BuildRoot(CliContext context)
    {
        var exporters = ExporterRegistry.CreateDefault();
        var root = new RootCommand("Parley: reads news on the Armenia–Azerbaijan peace process into an evidence-backed record")
        {
            IngestCommand.Create(context),
            MergeCommand.Create(context),
            ExportCommand.Create(context, exporters),
            TimelineCommand.Create(context),
            EventCommand.Create(context),
            ActorCommand.Create(context),
            ContradictionsCommand.Create(context),
            SourcesCommand.Create(context),
            BriefCommand.Create(context),
            StatsCommand.Create(context),
            PackCommand.Create(context),
            DemoCommand.Create(context),
            CopyCommand.Create(context),
            BenchCommand.Create(context),
            ServeCommand.Create(context),
        };
        root.SetAction(_ =>
        {
            context.Error("no command given");
            context.Console.MarkupLine("Commands: ingest, export, timeline, event, actor, contradictions, sources, brief, stats, pack check, demo, copy, bench, serve. Run [yellow]parley --help[/] for usage.");
            return ExitCodes.Usage;
        });
        return root;
    }
}
