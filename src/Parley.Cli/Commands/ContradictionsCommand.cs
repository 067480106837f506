using System.CommandLine;
using System.Globalization;
using Parley.Export.Views;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley contradictions [filters] [--json] [--db FILE]</c>: where accounts disagree, with each side's quote.</summary>
internal static class ContradictionsCommand
{
    /// <summary>Contradictions on a page unless --limit says otherwise.</summary>
    public const int DefaultLimit = 100;

    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var json = CommonOptions.Json("Print the contradictions as JSON");
        var limit = new Option<int>("--limit", "-n") { Description = $"Show at most this many contradictions (default {DefaultLimit})", HelpName = "N", DefaultValueFactory = _ => DefaultLimit };
        var after = new Option<string?>("--after") { Description = "Start after this contradiction id (the last one of the previous page)", HelpName = "ID" };
        var filters = new FilterOptions();
        var command = new Command("contradictions", "List where sources disagree, each side with its quote, a page at a time") { db, json, limit, after };
        filters.AddTo(command);
        // A page by id straight from the store, with only the events, claims and documents its quotes need.
        command.SetAction(result => RecordAccess.RunFiltered(context, result.GetValue(db), filters.Read(result), RecordAccess.NoEvents, (store, filter) =>
        {
            var size = result.GetValue(limit);
            if (size < 1)
            {
                context.Error("--limit must be at least 1");
                return ExitCodes.Usage;
            }

            var page = SliceReads.ReadContradictions(store, filter, size, result.GetValue(after));
            var next = page.NextAfter is { } last
                ? $"parley contradictions {TimelineCommand.Arguments(filters.Read(result), result.GetValue(db), size == DefaultLimit ? null : size.ToString(CultureInfo.InvariantCulture))}--after {TimelineCommand.Quote(last)}"
                : null;
            if (result.GetValue(json))
            {
                ViewOutput.WriteJson(context, page.Contradictions);
                if (next is not null)
                {
                    // Standard error, so the standard output stays one JSON array.
                    Console.Error.WriteLine($"{page.Contradictions.Count} contradictions shown; more follow: {next}");
                }
            }
            else
            {
                Print(context, page.Contradictions, "No contradictions in the record.");
                if (next is not null)
                {
                    context.Console.MarkupLine($"{page.Contradictions.Count} contradictions shown; more follow. Next page: [yellow]{Markup.Escape(next)}[/]");
                }
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    public static void Print(CliContext context, IReadOnlyList<ContradictionView> list, string whenEmpty)
    {
        if (list.Count == 0)
        {
            context.Line(null, whenEmpty);
            return;
        }

        var table = new Table().RoundedBorder().AddColumn("id").AddColumn("event").AddColumn("on").AddColumn("value").AddColumn("who").AddColumn("quote (outlet, date)");
        foreach (var x in list)
        {
            var first = true;
            foreach (var side in x.Sides)
            {
                table.Row(first ? x.Id : "", first ? (x.Event is null ? "-" : $"{x.Event.Id}\n{x.Event.Type}, {x.Event.Date ?? "undated"}") : "", first ? x.Attribute : "",
                    side.Value, side.Speaker ?? "-", side.Citation is null ? "(account not in the record)" : $"\u201c{side.Citation.Quote}\u201d ({side.Citation.Label})");
                first = false;
            }
        }

        context.Console.Write(table);
    }
}
