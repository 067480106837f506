using System.CommandLine;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley timeline [--from D] [--to D] [--type T] [--actor A] [--topic T] [--json] [--db FILE]</c></summary>
internal static class TimelineCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var json = CommonOptions.Json("Print the events as JSON");
        var filters = new FilterOptions();
        var command = new Command("timeline", "List the events in date order") { db, json };
        filters.AddTo(command);
        command.SetAction(result => RecordAccess.Run(context, result.GetValue(db), filters.Read(result), RecordAccess.NoEvents, query =>
        {
            var events = query.View.Timeline();
            if (result.GetValue(json))
            {
                ViewOutput.WriteJson(context, events);
                return ExitCodes.Ok;
            }

            var table = new Table().RoundedBorder()
                .AddColumn("date").AddColumn("type").AddColumn("place").AddColumn("actors").AddColumn("targets / mediators")
                .AddColumn(new TableColumn("sources").RightAligned()).AddColumn("disputed").AddColumn("event id");
            foreach (var e in events)
            {
                var others = string.Join("; ", new[] { ViewOutput.Names(e.Targets), e.Mediators.Count > 0 ? "mediated by " + ViewOutput.Names(e.Mediators) : "" }.Where(s => s.Length > 0));
                table.Row(e.Date ?? "undated", e.Status == "occurred" ? e.Type : $"{e.Type} ({e.Status})", e.Place, ViewOutput.Names(e.Actors), others,
                    e.Sources.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Contradicted ? "yes" : "", e.Id);
            }

            context.Console.Write(table);
            context.Console.MarkupLine($"{events.Count} events. Run [yellow]parley event ID[/] for the accounts of one.");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
