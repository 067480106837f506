using System.CommandLine;
using Parley.Cli.Ingest;
using Parley.Cli.Sources;
using Parley.Storage;
using Parley.Storage.Sqlite;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley demo [--db FILE] [--pack DIR]</c>: ingests the shipped sample articles into a fresh database.</summary>
internal static class DemoCommand
{
    /// <summary>The database the demo uses unless told otherwise.</summary>
    public static string DefaultDatabase => Path.Combine(Path.GetTempPath(), "parley-demo.db");

    public static Command Create(CliContext context)
    {
        var db = new Option<string?>("--db") { Description = "Database to create (deleted first; default: parley-demo.db in the temp folder)", HelpName = "FILE" };
        var pack = CommonOptions.Pack();
        var command = new Command("demo", "Ingest the sample articles shipped with parley into a fresh database and show what was stored") { db, pack };
        command.SetAction(result => Run(context, result.GetValue(db), result.GetValue(pack)));
        return command;
    }

    /// <summary>The samples folder: next to the program, or data/samples above the current folder.</summary>
    public static string? FindSamples()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            var shipped = Path.Combine(start, "samples");
            if (Directory.Exists(shipped))
            {
                return shipped;
            }

            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data", "samples");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    public static int Run(CliContext context, string? dbOption, string? packOption)
    {
        if (dbOption is not null && string.IsNullOrWhiteSpace(dbOption))
        {
            context.Error("--db needs a file path");
            return ExitCodes.Usage;
        }

        if (dbOption is not null && Storage.StoreFactory.IsServer(dbOption))
        {
            context.Error("the demo builds a fresh SQLite file and deletes the old one; give --db a file path (fill a PostgreSQL store with 'parley ingest --db ...')");
            return ExitCodes.Usage;
        }

        var samples = FindSamples();
        if (samples is null)
        {
            context.Error("the sample articles were not found (looked for samples/ next to parley and data/samples above the current folder)");
            return ExitCodes.Failures;
        }

        var pack = CommonOptions.LoadPack(context, packOption);
        if (pack is null)
        {
            return ExitCodes.Usage;
        }

        var dbPath = Path.GetFullPath(dbOption ?? DefaultDatabase);
        if (!StartFresh(context, dbPath))
        {
            return ExitCodes.Usage;
        }

        using var store = CommonOptions.OpenStore(context, dbPath, createIfMissing: true);
        if (store is null)
        {
            return ExitCodes.Usage;
        }

        context.Line("Ingesting the sample articles in", $"{samples} with the {pack.Info.Name} pack");
        var display = context.CanShowProgress ? IngestDisplay.Progress : IngestDisplay.Lines;
        var summary = new IngestRunner(context, DocumentSources.Create(pack), pack, store).Run([samples], display);
        IngestCommand.Report(context, summary, display, quiet: false, json: false);

        context.Console.WriteLine();
        context.Console.MarkupLine("[bold]What the database holds[/]");
        context.Console.Write(StatsCommand.ToTable(store.GetStats()));
        var export = Path.GetFullPath("parley-demo.json");
        // Unwrapped, so the paths and commands can be copied whatever the terminal width.
        context.Line("Database:", dbPath);
        context.Line("Export it with:", $"parley export --format parley --out {Quote(export)} --db {Quote(dbPath)}");
        context.Line("Counts again:  ", $"parley stats --db {Quote(dbPath)}");
        return summary.ExitCode;
    }

    private static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;

    /// <summary>Deletes an earlier demo database; refuses a file that is not a Parley database.</summary>
    private static bool StartFresh(CliContext context, string dbPath)
    {
        if (Directory.Exists(dbPath))
        {
            context.Error($"{dbPath}: this is a folder, not a database file; pass --db with a file path");
            return false;
        }

        if (File.Exists(dbPath))
        {
            try
            {
                using var existing = SqliteParleyStore.Open(dbPath, new SqliteStoreOptions { CreateIfMissing = false });
            }
            catch (StoreException ex)
            {
                context.Error($"{ex.Message} (the demo only replaces a Parley database)");
                return false;
            }
        }

        foreach (var file in new[] { dbPath, dbPath + "-wal", dbPath + "-shm" })
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }

        return true;
    }
}
