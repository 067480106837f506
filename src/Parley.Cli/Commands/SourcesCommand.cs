using System.CommandLine;
using System.Globalization;
using Parley.Export.Views;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley sources [filters] [--json] [--db FILE]</c>: per outlet, its documents, claims and the events only it reports.</summary>
internal static class SourcesCommand
{
    private const int SoleEventsShown = 5;

    /// <summary>Events each outlet alone reports listed by id in JSON unless --limit says otherwise.</summary>
    private const int DefaultLimit = 100;

    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var json = CommonOptions.Json("Print the outlets as JSON");
        var limit = new Option<int>("--limit", "-n") { Description = $"With --json: most events each outlet alone reports to list by id (default {DefaultLimit}; the rest are counted)", HelpName = "N", DefaultValueFactory = _ => DefaultLimit };
        var filters = new FilterOptions();
        var command = new Command("sources", "Per outlet: documents, claims, events reported and events it alone reports") { db, json, limit };
        filters.AddTo(command);
        // Counted by outlet in the store, with each outlet's first events only it reports.
        command.SetAction(result => RecordAccess.RunFiltered(context, result.GetValue(db), filters.Read(result), RecordAccess.NoEvents, (store, filter) =>
        {
            if (result.GetValue(limit) < 0)
            {
                context.Error("--limit must be at least 0");
                return ExitCodes.Usage;
            }

            var sources = SliceReads.ReadSources(store, filter, result.GetValue(json) ? result.GetValue(limit) : SoleEventsShown);
            if (result.GetValue(json))
            {
                ViewOutput.WriteJson(context, sources);
                return ExitCodes.Ok;
            }

            static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
            var table = new Table().RoundedBorder().AddColumn("outlet")
                .AddColumn(new TableColumn("documents").RightAligned()).AddColumn(new TableColumn("claims").RightAligned())
                .AddColumn(new TableColumn("events").RightAligned()).AddColumn(new TableColumn("alone").RightAligned()).AddColumn("events only it reports");
            foreach (var s in sources)
            {
                var sole = s.SoleEvents.Count + (s.MoreSoleEvents ?? 0);
                var shown = string.Join("\n", s.SoleEvents.Take(SoleEventsShown)) + (sole > SoleEventsShown ? $"\n... and {sole - SoleEventsShown} more" : "");
                table.Row(s.Outlet, N(s.Documents), N(s.Claims), N(s.Events), N(sole), shown);
            }

            context.Console.Write(table);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
