using System.CommandLine;
using Parley.Cli.Storage;
using Parley.Packs;
using Parley.Storage;
using Parley.Storage.Sqlite;
using Spectre.Console;

namespace Parley.Cli;

/// <summary>Options several commands share, and how their values are resolved.</summary>
internal static class CommonOptions
{
    /// <summary>The environment variable that names the database when --db is not given.</summary>
    public const string DatabaseVariable = "PARLEY_DB";

    public static Option<string?> Database() => new("--db")
    {
        Description = $"Database: a SQLite file, or a PostgreSQL server as 'Host=…;Port=…;Username=…;Database=…' or 'postgresql://user@host:port/db' (default: ${DatabaseVariable}, else ./{SqliteParleyStore.DefaultFileName})",
        HelpName = "FILE|CONNECTION",
    };

    public static Option<string?> Pack() => new("--pack")
    {
        Description = $"Domain pack folder (default: the '{PackLocator.DefaultPackName}' pack shipped with parley)",
        HelpName = "DIR",
    };

    public static Option<bool> Json(string description) => new("--json") { Description = description };

    /// <summary>The database (a file path or a PostgreSQL connection): --db, else $PARLEY_DB, else ./parley.db; null (after an error) when blank.</summary>
    public static string? ResolveDatabase(CliContext context, string? option)
    {
        var path = option ?? context.GetEnvironmentVariable(DatabaseVariable);
        if (path is null)
        {
            return SqliteParleyStore.DefaultFileName;
        }

        if (string.IsNullOrWhiteSpace(path))
        {
            context.Error(option is null ? $"${DatabaseVariable} is set but empty; unset it or give a file path" : "--db needs a file path");
            return null;
        }

        return path;
    }

    /// <summary>Opens the store, printing the problem and returning null when it cannot be used.</summary>
    public static IParleyStore? OpenStore(CliContext context, string path, bool createIfMissing)
    {
        try
        {
            return StoreFactory.Open(path, createIfMissing);
        }
        catch (StoreException ex)
        {
            context.Error(ex.Message);
            return null;
        }
    }

    /// <summary>Loads the pack from --pack or the default location, printing the problems and returning null when it cannot be used.</summary>
    public static DomainPack? LoadPack(CliContext context, string? option)
    {
        var folder = option ?? PackLocator.Find();
        if (folder is null)
        {
            context.Error($"no domain pack found (looked for packs/{PackLocator.DefaultPackName} next to parley and data/packs/{PackLocator.DefaultPackName} above the current folder); pass --pack DIR");
            return null;
        }

        try
        {
            return DomainPack.Load(folder);
        }
        catch (PackException ex)
        {
            context.Error($"the domain pack in '{folder}' cannot be used:");
            foreach (var problem in ex.Problems.Take(10))
            {
                context.Line(null, "  " + problem);
            }

            if (ex.Problems.Count > 10)
            {
                context.Console.WriteLine($"  ... and {ex.Problems.Count - 10} more");
            }

            context.Console.WriteLine($"Run 'parley pack check {folder}' for the full list.");
            return null;
        }
    }
}
