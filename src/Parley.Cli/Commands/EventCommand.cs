using System.CommandLine;
using Parley.Export.Views;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley event ID [--json] [--db FILE]</c>: every account of one event side by side, and where they disagree.</summary>
internal static class EventCommand
{
    private const int AccountsPerTable = 4;

    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("ID") { Description = "The event id (as timeline and the exports show it)" };
        var db = CommonOptions.Database();
        var json = CommonOptions.Json("Print the event as JSON");
        var command = new Command("event", "Show the accounts of one event side by side, with their contradictions") { id, db, json };
        // Reads the one event, its claims and contradictions and the documents they cite, not the record.
        command.SetAction(result => RecordAccess.WithStore(context, result.GetValue(db), store =>
        {
            var eventId = result.GetValue(id)!.Trim();
            if (SliceReads.ReadEventDetail(store, eventId, out var suggestion) is not { } detail)
            {
                context.Error($"no event '{eventId}' in the record" + (suggestion is null ? "; run 'parley timeline' for the ids" : $"; did you mean '{suggestion}'?"));
                return ExitCodes.Usage;
            }

            if (result.GetValue(json))
            {
                ViewOutput.WriteJson(context, detail);
                return ExitCodes.Ok;
            }

            Print(context, detail);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void Print(CliContext context, EventDetail detail)
    {
        var e = detail.Event;
        var facts = new Grid().AddColumn().AddColumn();
        facts.AddRow(new Spectre.Console.Text("event"), new Spectre.Console.Text(e.Id));
        facts.AddRow(new Spectre.Console.Text("type"), new Spectre.Console.Text($"{e.Type} ({e.Status})"));
        facts.AddRow(new Spectre.Console.Text("date"), new Spectre.Console.Text(e.Date ?? "undated"));
        facts.AddRow(new Spectre.Console.Text("place"), new Spectre.Console.Text(e.Place ?? "-"));
        facts.AddRow(new Spectre.Console.Text("actors"), new Spectre.Console.Text(ViewOutput.Names(e.Actors)));
        facts.AddRow(new Spectre.Console.Text("targets"), new Spectre.Console.Text(ViewOutput.Names(e.Targets)));
        facts.AddRow(new Spectre.Console.Text("mediators"), new Spectre.Console.Text(ViewOutput.Names(e.Mediators)));
        facts.AddRow(new Spectre.Console.Text("topics"), new Spectre.Console.Text(ViewOutput.Names(e.Topics)));
        facts.AddRow(new Spectre.Console.Text("figures"), new Spectre.Console.Text(ViewOutput.Names(e.Quantities)));
        context.Console.Write(new Panel(facts).Header("event").RoundedBorder());

        foreach (var chunk in detail.Accounts.Chunk(AccountsPerTable))
        {
            var table = new Table().RoundedBorder().AddColumn("");
            foreach (var a in chunk)
            {
                table.AddColumn(new TableColumn(new Spectre.Console.Text(a.Citation.Label)));
            }

            void Line(string name, Func<AccountView, string?> value) =>
                table.AddRow([ViewOutput.Cell(name), .. chunk.Select(a => ViewOutput.Cell(value(a)))]);
            Line("document", a => a.Citation.DocumentId);
            Line("status", a => a.Status);
            Line("date", a => a.Date ?? "-");
            Line("place", a => a.Place ?? "-");
            Line("actors", a => ViewOutput.Names(a.Actors));
            Line("targets", a => ViewOutput.Names(a.Targets));
            Line("figures", a => ViewOutput.Names(a.Quantities));
            Line("via", a => a.Via ?? "-");
            Line("quote", a => $"\u201c{a.Citation.Quote}\u201d");
            Line("claims", a => string.Join("\n", a.Claims.Select(c => $"{c.Speaker ?? c.Via ?? "unattributed"} {c.Stance}: \u201c{c.Citation.Quote}\u201d")));
            context.Console.Write(table);
        }

        ContradictionsCommand.Print(context, detail.Contradictions, "No contradictions between these accounts.");
    }
}
