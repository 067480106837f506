using System.CommandLine;
using System.Globalization;
using Parley.Export.Views;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley actor NAME [--json] [--db FILE]</c>: an actor's roles, events and positions.</summary>
internal static class ActorCommand
{
    /// <summary>Events listed when --limit is not given: a screen's worth; an actor of a large store has thousands.</summary>
    private const int DefaultLimit = 200;

    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The actor's name, an alias or its id" };
        var db = CommonOptions.Database();
        var json = CommonOptions.Json("Print the profile as JSON");
        var limit = new Option<int>("--limit") { Description = "Most events to list (then how many more, by type)", DefaultValueFactory = _ => DefaultLimit, HelpName = "N" };
        var command = new Command("actor", "Show an actor's roles, events and positions") { name, db, json, limit };
        // Reads the actor's first events, its positions and counts, not the record.
        command.SetAction(result => RecordAccess.WithStore(context, result.GetValue(db), store =>
        {
            if (result.GetValue(limit) < 1)
            {
                context.Error("--limit must be at least 1");
                return ExitCodes.Usage;
            }

            if (SliceReads.ReadActor(store, result.GetValue(name)!, result.GetValue(limit), out var profile) is { } problem)
            {
                context.Error(problem.Message);
                return ExitCodes.Usage;
            }

            if (result.GetValue(json))
            {
                ViewOutput.WriteJson(context, profile);
            }
            else
            {
                Print(context, profile!);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void Print(CliContext context, ActorProfile p)
    {
        var facts = new Grid().AddColumn().AddColumn();
        facts.AddRow(new Spectre.Console.Text("id"), new Spectre.Console.Text(p.Id));
        facts.AddRow(new Spectre.Console.Text("kind"), new Spectre.Console.Text(p.Kind));
        facts.AddRow(new Spectre.Console.Text("also called"), new Spectre.Console.Text(string.Join(", ", p.Aliases.Take(8)) + (p.Aliases.Count > 8 ? ", ..." : "")));
        facts.AddRow(new Spectre.Console.Text("named in"), new Spectre.Console.Text($"{p.Mentions.ToString(CultureInfo.InvariantCulture)} documents"));
        context.Console.Write(new Panel(facts).Header(new PanelHeader(Markup.Escape(p.Name))).RoundedBorder());

        if (p.Roles.Count > 0)
        {
            var roles = new Table().RoundedBorder().Title("roles").AddColumn("title").AddColumn("of").AddColumn("from").AddColumn("until").AddColumn("source");
            foreach (var r in p.Roles)
            {
                roles.Row(r.Title, r.Of ?? "-", r.From ?? "-", r.Until ?? "-", r.DocumentId ?? "domain pack");
            }

            context.Console.Write(roles);
        }

        var events = new Table().RoundedBorder().Title("events").AddColumn("date").AddColumn("as").AddColumn("type").AddColumn("place").AddColumn("with").AddColumn("event id");
        foreach (var (role, e) in p.Events.Select(x => (x.Role, x.Event)))
        {
            var others = e.Actors.Concat(e.Targets).Concat(e.Mediators).Where(n => n != p.Name).Distinct();
            events.Row(e.Date ?? "undated", role, e.Type, e.Place ?? "-", string.Join(", ", others), e.Id);
        }

        context.Console.Write(events);
        if (p.EventsNotShown is > 0 and var more)
        {
            var types = string.Join(", ", (p.EventTypes ?? new Dictionary<string, int>()).Select(kv => $"{kv.Key} {kv.Value.ToString(CultureInfo.InvariantCulture)}"));
            context.Line(null, $"... and {more.ToString(CultureInfo.InvariantCulture)} more events (all of them by type: {types}); 'parley timeline --actor {p.Id}' lists them all");
        }

        var positions = new Table().RoundedBorder().Title("positions").AddColumn("topic").AddColumn("stances, earliest first").AddColumn("moved");
        foreach (var track in p.Positions)
        {
            positions.Row(track.Topic, string.Join(" \u2192 ", track.Steps.Select(s => $"{s.Detail} ({s.Date ?? "undated"}, {s.Citation.Outlet ?? s.Citation.DocumentId})")), track.Moved ? "yes" : "no");
        }

        context.Console.Write(positions);
    }
}
