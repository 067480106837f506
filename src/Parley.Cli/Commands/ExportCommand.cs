using System.CommandLine;
using Parley.Export;
using Parley.Storage;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley export --format parley --out FILE [--db FILE]</c></summary>
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
        var command = new Command("export", "Write the stored record in an interchange format") { format, output, db };
        command.SetAction(result => Run(context, exporters, result.GetValue(format) ?? "parley", result.GetValue(output)!, result.GetValue(db)));
        return command;
    }

    public static int Run(CliContext context, ExporterRegistry exporters, string formatName, string outPath, string? dbOption)
    {
        var exporter = exporters.Find(formatName);
        if (exporter is null)
        {
            context.Error($"unknown format '{formatName}'; known formats: {string.Join(", ", exporters.Names)}");
            return ExitCodes.Usage;
        }

        if (string.IsNullOrWhiteSpace(outPath) || Directory.Exists(outPath))
        {
            context.Error($"--out needs a file path{(Directory.Exists(outPath) ? $"; '{outPath}' is a folder" : "")}");
            return ExitCodes.Usage;
        }

        var target = Path.GetFullPath(outPath);
        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
        {
            context.Error($"the folder '{folder}' does not exist; create it or choose another --out");
            return ExitCodes.Usage;
        }

        var dbPath = CommonOptions.ResolveDatabase(context, dbOption);
        if (dbPath is null)
        {
            return ExitCodes.Usage;
        }

        using var store = CommonOptions.OpenStore(context, dbPath, createIfMissing: false);
        if (store is null)
        {
            return ExitCodes.Usage;
        }

        var temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var record = store.ReadRecord(RecordFilter.All);
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                exporter.Write(record, stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, target, overwrite: true);
            context.Console.MarkupLine(
                $"Wrote {record.Documents.Count} documents, {record.Entities.Count} entities, {record.Events.Count} events, " +
                $"{record.Claims.Count} claims, {record.Contradictions.Count} contradictions, {record.Positions.Count} positions " +
                $"as {Markup.Escape(exporter.Name)} to [blue]{Markup.Escape(target)}[/]");
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or StoreException)
        {
            context.Error($"{target}: the export was not written: {ex.Message}");
            return ExitCodes.Failures;
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
