using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley sources [filters] [--json] [--db FILE]</c>: per outlet, its documents, claims and the events only it reports.</summary>
internal static class SourcesCommand
{
    private const int SoleEventsShown = 5;

    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var json = CommonOptions.Json("Print the outlets as JSON");
        var filters = new FilterOptions();
        var command = new Command("sources", "Per outlet: documents, claims, events reported and events it alone reports") { db, json };
        filters.AddTo(command);
        command.SetAction(result => RecordAccess.Run(context, result.GetValue(db), filters.Read(result), RecordAccess.NoEvents, query =>
        {
            var sources = query.View.Sources();
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
                var shown = string.Join("\n", s.SoleEvents.Take(SoleEventsShown)) + (s.SoleEvents.Count > SoleEventsShown ? $"\n... and {s.SoleEvents.Count - SoleEventsShown} more" : "");
                table.Row(s.Outlet, N(s.Documents), N(s.Claims), N(s.Events), N(s.SoleEvents.Count), shown);
            }

            context.Console.Write(table);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
