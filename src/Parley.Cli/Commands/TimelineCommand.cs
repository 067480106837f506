using System.CommandLine;
using System.Globalization;
using Parley.Export.Views;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley timeline [--from D] [--to D] [--type T] [--actor A] [--topic T] [--limit N] [--after ID] [--json] [--db FILE]</c>:
/// one page of the events in date order, read from the store's indexes (a page costs the same on any size of store);
/// <c>--after</c> the last id of a page gives the next one.
/// </summary>
internal static class TimelineCommand
{
    /// <summary>Events on a page unless <c>--limit</c> says otherwise.</summary>
    public const int DefaultLimit = 100;

    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var json = CommonOptions.Json("Print the events as JSON");
        var limit = new Option<int>("--limit", "-n")
        {
            Description = $"Show at most this many events (default {DefaultLimit}; 0 shows them all)",
            HelpName = "N",
            DefaultValueFactory = _ => DefaultLimit,
        };
        limit.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--limit: give 0 (all events) or a positive number of events");
            }
        });
        var after = new Option<string?>("--after") { Description = "Start after this event id (the last one of the previous page)", HelpName = "EVENT-ID" };
        var filters = new FilterOptions();
        var command = new Command("timeline", "List the events in date order, a page at a time") { db, json, limit, after };
        filters.AddTo(command);
        command.SetAction(result =>
        {
            var input = filters.Read(result);
            if (RecordQuery.TryParse(input, out _) is { } early)
            {
                // Checked before the database is opened, so a bad date is reported as such even without a store.
                context.Error($"--{early.Field}: {early.Message}");
                return ExitCodes.Usage;
            }

            var afterId = result.GetValue(after);
            return RecordAccess.WithStore(context, result.GetValue(db), store =>
            {
                if (RecordQuery.ReadTimeline(store, input, result.GetValue(limit), afterId, out var page) is { } problem)
                {
                    context.Error($"--{problem.Field}: {problem.Message}");
                    return ExitCodes.Usage;
                }

                var events = page!.Events;
                if (events.Count == 0 && afterId is null && !input.IsEmpty)
                {
                    context.Error($"nothing in {store.Location} matches {input.Describe()}; widen the filters");
                    return ExitCodes.Usage;
                }

                var size = result.GetValue(limit);
                var nextCommand = page.NextAfter is { } next
                    ? $"parley timeline {Arguments(input, result.GetValue(db), size == DefaultLimit ? null : size.ToString(CultureInfo.InvariantCulture))}--after {Quote(next)}"
                    : null;
                if (result.GetValue(json))
                {
                    ViewOutput.WriteJson(context, events);
                    if (nextCommand is not null)
                    {
                        // Standard error, so the standard output stays one JSON array.
                        Console.Error.WriteLine($"{events.Count} events shown; more follow: {nextCommand}");
                    }

                    return ExitCodes.Ok;
                }

                Write(context, events);
                if (nextCommand is null)
                {
                    context.Console.MarkupLine($"{events.Count} events. Run [yellow]parley event ID[/] for the accounts of one.");
                }
                else
                {
                    context.Console.MarkupLine($"{events.Count} events shown; more follow. Next page: [yellow]{Markup.Escape(nextCommand)}[/] (or [yellow]--limit 0[/] for all).");
                }

                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static void Write(CliContext context, IReadOnlyList<EventSummary> events)
    {
        var table = new Table().RoundedBorder()
            .AddColumn("date").AddColumn("type").AddColumn("place").AddColumn("actors").AddColumn("targets / mediators")
            .AddColumn(new TableColumn("sources").RightAligned()).AddColumn("disputed").AddColumn("event id");
        foreach (var e in events)
        {
            var others = string.Join("; ", new[] { ViewOutput.Names(e.Targets), e.Mediators.Count > 0 ? "mediated by " + ViewOutput.Names(e.Mediators) : "" }.Where(s => s.Length > 0));
            table.Row(e.Date ?? "undated", e.Status == "occurred" ? e.Type : $"{e.Type} ({e.Status})", e.Place, ViewOutput.Names(e.Actors), others,
                e.Sources.ToString(CultureInfo.InvariantCulture), e.Contradicted ? "yes" : "", e.Id);
        }

        context.Console.Write(table);
    }

    /// <summary>The filters given, as options to repeat on the next page's command line (each value quoted when it needs it).</summary>
    internal static string Arguments(FilterInput input, string? db, string? limit) =>
        string.Concat(new[]
            {
                ("--from", input.From), ("--to", input.To), ("--type", input.Type), ("--actor", input.Actor), ("--topic", input.Topic), ("--db", db), ("--limit", limit),
            }
            .Where(x => x.Item2 is not null).Select(x => $"{x.Item1} {Quote(x.Item2!)} "));

    /// <summary>A value as a POSIX shell reads it back: bare when safe, else single-quoted.</summary>
    internal static string Quote(string value) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '/')
            ? value
            : "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
