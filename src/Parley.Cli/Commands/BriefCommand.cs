using System.CommandLine;
using System.Text;
using Parley.Export.Brief;
using Parley.Export.Views;
using Parley.Storage;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley brief --from D --to D [--topic T] [--format md|html] [--out FILE] [--db FILE]</c></summary>
internal static class BriefCommand
{
    private static readonly IBriefRenderer[] Renderers = [new MarkdownBriefRenderer(), new HtmlBriefRenderer()];

    public static Command Create(CliContext context)
    {
        var filters = new FilterOptions();
        filters.From.Required = true;
        filters.To.Required = true;
        var format = new Option<string>("--format", "-f") { Description = "md or html", DefaultValueFactory = _ => "md", HelpName = "FORMAT" };
        var output = new Option<string?>("--out", "-o") { Description = "File to write (default: print it)", HelpName = "FILE" };
        var db = CommonOptions.Database();
        var command = new Command("brief", "Write a situation brief for a period: key events, disagreements and positions, every statement cited")
        {
            filters.From, filters.To, filters.Topic, format, output, db,
        };
        command.SetAction(result =>
        {
            var input = new FilterInput(result.GetValue(filters.From), result.GetValue(filters.To), Topic: result.GetValue(filters.Topic));
            return Run(context, input, result.GetValue(format) ?? "md", result.GetValue(output), result.GetValue(db));
        });
        return command;
    }

    public static int Run(CliContext context, FilterInput input, string formatName, string? outPath, string? dbOption)
    {
        var renderer = Renderers.FirstOrDefault(r => string.Equals(r.Name, formatName.Trim(), StringComparison.OrdinalIgnoreCase));
        if (renderer is null)
        {
            context.Error($"unknown brief format '{formatName}'; known formats: {string.Join(", ", Renderers.Select(r => r.Name))}");
            return ExitCodes.Usage;
        }

        string? target = null;
        if (outPath is not null && (target = AtomicFile.CheckTarget(context, outPath)) is null)
        {
            return ExitCodes.Usage;
        }

        // The key events ranked in the store, the first contradictions and the period's positions: never the record.
        var builder = new BriefBuilder();
        BriefSlice? slice = null;
        bool Empty(IParleyStore store, RecordFilter filter) => (slice = SliceReads.ReadBrief(store, filter, builder.MaxEvents)) is null;
        return RecordAccess.RunFiltered(context, dbOption, input, Empty, (store, filter) =>
        {
            slice ??= SliceReads.ReadBrief(store, filter, builder.MaxEvents) ?? new BriefSlice(new RecordView(new Parley.Model.ParleyRecord()), 0);
            var period = filter.Period!.Value;
            var brief = builder.Build(slice.View, period, filter.Topic, slice.Contradictions);
            if (target is null)
            {
                using var text = new StringWriter();
                renderer.Render(brief, text);
                context.WriteRaw(text.ToString());
                return ExitCodes.Ok;
            }

            try
            {
                AtomicFile.Write(target, stream =>
                {
                    using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
                    renderer.Render(brief, writer);
                });
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or StoreException)
            {
                context.Error($"{target}: the brief was not written: {ex.Message}");
                return ExitCodes.Failures;
            }

            context.Console.MarkupLine($"Wrote a brief of {brief.Sections.Sum(s => s.Statements.Count)} statements citing {brief.Citations.Count} quotes to [blue]{Markup.Escape(target)}[/]");
            return ExitCodes.Ok;
        });
    }
}
