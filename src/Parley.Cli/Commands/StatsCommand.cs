using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parley.Storage;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley stats [--db FILE] [--json]</c></summary>
internal static class StatsCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var json = CommonOptions.Json("Print the counts as JSON");
        var command = new Command("stats", "Count what the database holds") { db, json };
        command.SetAction(result => Run(context, result.GetValue(db), result.GetValue(json)));
        return command;
    }

    public static int Run(CliContext context, string? dbOption, bool json)
    {
        return RecordAccess.WithStore(context, dbOption, store =>
        {
            var stats = store.GetStats();
            if (json)
            {
                context.WriteRaw(ToJson(stats, store.Location));
            }
            else
            {
                context.Console.Write(ToTable(stats));
                context.Console.MarkupLine($"in [blue]{Markup.Escape(store.Location)}[/]");
            }

            return ExitCodes.Ok;
        });
    }

    public static Table ToTable(StoreStats s)
    {
        var table = new Table().RoundedBorder().AddColumn("what").AddColumn(new TableColumn("count").RightAligned());
        foreach (var (name, value) in Rows(s))
        {
            table.AddRow(name, value);
        }

        return table;
    }

    private static IEnumerable<(string, string)> Rows(StoreStats s)
    {
        static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
        yield return ("documents", N(s.Documents));
        yield return ("entities", N(s.Entities));
        yield return ("entity mentions", N(s.Mentions));
        yield return ("event mentions", N(s.EventMentions));
        yield return ("events (merged)", N(s.Events));
        yield return ("claims", N(s.Claims));
        yield return ("contradictions", N(s.Contradictions));
        yield return ("positions", N(s.Positions));
        yield return ("text (MB)", (s.TextBytes / 1_000_000.0).ToString("0.000", CultureInfo.InvariantCulture));
    }

    private static string ToJson(StoreStats s, string location) => JsonSerializer.Serialize(new
    {
        database = location,
        documents = s.Documents,
        entities = s.Entities,
        mentions = s.Mentions,
        event_mentions = s.EventMentions,
        events = s.Events,
        claims = s.Claims,
        contradictions = s.Contradictions,
        positions = s.Positions,
        text_bytes = s.TextBytes,
    }, CliJson.Indented) + Environment.NewLine;
}
