using System.CommandLine;
using Parley.Export.Views;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley contradictions [filters] [--json] [--db FILE]</c>: where accounts disagree, with each side's quote.</summary>
internal static class ContradictionsCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var json = CommonOptions.Json("Print the contradictions as JSON");
        var filters = new FilterOptions();
        var command = new Command("contradictions", "List where sources disagree, each side with its quote") { db, json };
        filters.AddTo(command);
        command.SetAction(result => RecordAccess.Run(context, result.GetValue(db), filters.Read(result), RecordAccess.NoEvents, query =>
        {
            var list = query.View.Contradictions();
            if (result.GetValue(json))
            {
                ViewOutput.WriteJson(context, list);
            }
            else
            {
                Print(context, list, "No contradictions in the record.");
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
