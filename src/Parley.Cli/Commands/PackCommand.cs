using System.CommandLine;
using System.Globalization;
using Parley.Model;
using Parley.Packs;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley pack check [DIR]</c></summary>
internal static class PackCommand
{
    public static Command Create(CliContext context)
    {
        var dir = new Argument<string?>("DIR")
        {
            Description = $"Pack folder (default: the '{PackLocator.DefaultPackName}' pack shipped with parley)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var check = new Command("check", "Validate a domain pack; each problem is printed as file:line: message") { dir };
        check.SetAction(result => Check(context, result.GetValue(dir)));
        return new Command("pack", "Work with domain packs") { check };
    }

    public static int Check(CliContext context, string? folder)
    {
        folder ??= PackLocator.Find();
        if (folder is null)
        {
            context.Error($"no domain pack found (looked for packs/{PackLocator.DefaultPackName} next to parley and data/packs/{PackLocator.DefaultPackName} above the current folder); pass the folder: parley pack check DIR");
            return ExitCodes.Usage;
        }

        var (pack, problems) = DomainPack.Check(folder);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                context.Line(null, problem.ToString());
            }

            context.Console.MarkupLine($"[red]{problems.Count} problem{(problems.Count == 1 ? "" : "s")}[/] in [blue]{Markup.Escape(folder)}[/]");
            return ExitCodes.Failures;
        }

        var table = new Table().RoundedBorder().AddColumn("kind").AddColumn(new TableColumn("count").RightAligned());
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            table.AddRow(kind.ToWire(), pack!.OfKind(kind).Count().ToString(CultureInfo.InvariantCulture));
        }

        table.AddRow("topics", pack!.Topics.Count.ToString(CultureInfo.InvariantCulture));
        table.AddRow("event types", pack.EventTypes.Count.ToString(CultureInfo.InvariantCulture));
        table.AddRow("episodes", pack.Episodes.Count.ToString(CultureInfo.InvariantCulture));
        table.AddRow("lexicon lists", pack.LexiconLists.Count().ToString(CultureInfo.InvariantCulture));
        context.Console.MarkupLine($"Pack [green]{Markup.Escape(pack.Info.Name)}[/] ({Markup.Escape(pack.Info.Id)}) in [blue]{Markup.Escape(pack.Folder)}[/]: no problems");
        context.Console.Write(table);
        return ExitCodes.Ok;
    }
}
