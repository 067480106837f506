using System.CommandLine;
using Parley.Export;
using Parley.Export.Views;
using Parley.Storage;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley export --format NAME --out FILE [--from D] [--to D] [--type T] [--actor A] [--topic T] [--db FILE]</c></summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context, ExporterRegistry exporters)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", exporters.Names)}",
            DefaultValueFactory = _ => "parley",
            HelpName = "NAME",
        };
        var output = new Option<string>("--out", "-o") { Description = "File to write (replaced whole, never left half-written)", Required = true, HelpName = "FILE" };
        var db = CommonOptions.Database();
        var filters = new FilterOptions();
        var command = new Command("export", "Write the stored record (or a filtered slice of it) in an interchange format") { format, output, db };
        filters.AddTo(command);
        command.SetAction(result => Run(context, exporters, result.GetValue(format) ?? "parley", result.GetValue(output)!, result.GetValue(db), filters.Read(result)));
        return command;
    }

    public static int Run(CliContext context, ExporterRegistry exporters, string formatName, string outPath, string? dbOption, FilterInput? filters = null)
    {
        var exporter = exporters.Find(formatName);
        if (exporter is null)
        {
            context.Error($"unknown format '{formatName}'; known formats: {string.Join(", ", exporters.Names)}");
            return ExitCodes.Usage;
        }

        if (AtomicFile.CheckTarget(context, outPath) is not { } target)
        {
            return ExitCodes.Usage;
        }

        return RecordAccess.RunFiltered(context, dbOption, filters ?? new FilterInput(), RecordAccess.NoEvents, (store, filter) =>
        {
            // Every format is written as it is read, a page at a time: parley/1 walks each list once, the others walk
            // the events with a view of each page's documents and contradictions (StreamedRecord.Walk).
            var record = StreamedRecord.Open(store, filter);
            try
            {
                AtomicFile.Write(target, stream => exporter.Write(record, stream));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or StoreException)
            {
                context.Error($"{target}: the export was not written: {ex.Message}");
                return ExitCodes.Failures;
            }

            // The event formats read only the events (and what names them), so only those are counted.
            context.Console.MarkupLine(exporter is ParleyJsonExporter
                ? $"Wrote {StreamedRecord.Enumerated(record.Documents)} documents, {StreamedRecord.Enumerated(record.Entities)} entities, {StreamedRecord.Enumerated(record.Events)} events, " +
                  $"{StreamedRecord.Enumerated(record.Claims)} claims, {StreamedRecord.Enumerated(record.Contradictions)} contradictions, {StreamedRecord.Enumerated(record.Positions)} positions " +
                  $"as {Markup.Escape(exporter.Name)} to [blue]{Markup.Escape(target)}[/]"
                : $"Wrote the slice's {StreamedRecord.Enumerated(record.Events)} events as {Markup.Escape(exporter.Name)} to [blue]{Markup.Escape(target)}[/]");
            return ExitCodes.Ok;
        });
    }
}
