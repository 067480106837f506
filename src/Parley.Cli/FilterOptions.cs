using System.CommandLine;
using Parley.Export.Views;
using Parley.Model;

namespace Parley.Cli;

/// <summary>The record filters several commands share: --from, --to, --type, --actor, --topic.</summary>
internal sealed class FilterOptions
{
    public Option<string?> From { get; } = new("--from") { Description = "Events on or after this day (YYYY, YYYY-MM or YYYY-MM-DD)", HelpName = "DATE" };

    public Option<string?> To { get; } = new("--to") { Description = "Events on or before this day (a month or year means its last day)", HelpName = "DATE" };

    public Option<string?> Type { get; } = new("--type") { Description = $"Events of this type ({string.Join(", ", EventTypes.All.Select(t => t.ToWire()))})", HelpName = "TYPE" };

    public Option<string?> Actor { get; } = new("--actor") { Description = "Events where this actor (name, alias or id) acts, is targeted or mediates", HelpName = "NAME" };

    public Option<string?> Topic { get; } = new("--topic") { Description = "Events on this topic (a topic id, e.g. lachin-corridor)", HelpName = "TOPIC" };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(From);
        command.Options.Add(To);
        command.Options.Add(Type);
        command.Options.Add(Actor);
        command.Options.Add(Topic);
    }

    public FilterInput Read(ParseResult result) =>
        new(result.GetValue(From), result.GetValue(To), result.GetValue(Type), result.GetValue(Actor), result.GetValue(Topic));
}
