using Parley.Export.Views;
using Parley.Storage;

namespace Parley.Cli;

/// <summary>Opens the store and reads the filtered record for a command, printing any problem.</summary>
internal static class RecordAccess
{
    /// <summary>
    /// Runs <paramref name="body"/> with the filter <paramref name="input"/> gives, checked and its actor looked up among
    /// the stored entities, without reading the record: each command reads what it prints. Returns 2 when the database or
    /// a filter cannot be used, or when filters were given and <paramref name="isEmpty"/> says they select nothing.
    /// </summary>
    public static int RunFiltered(CliContext context, string? dbOption, FilterInput input, Func<IParleyStore, RecordFilter, bool> isEmpty,
        Func<IParleyStore, RecordFilter, int> body)
    {
        if (RecordQuery.TryParse(input, out _) is { } early)
        {
            context.Error($"--{early.Field}: {early.Message}");
            return ExitCodes.Usage;
        }

        return WithStore(context, dbOption, store =>
        {
            if (RecordQuery.Resolve(store, input, out var filter) is { } problem)
            {
                context.Error($"--{problem.Field}: {problem.Message}");
                return ExitCodes.Usage;
            }

            if (!input.IsEmpty && isEmpty(store, filter))
            {
                context.Error($"nothing in {store.Location} matches {input.Describe()}; widen the filters");
                return ExitCodes.Usage;
            }

            return body(store, filter);
        });
    }

    /// <summary>True when the filter selects no event (one event read from the indexes tells).</summary>
    public static bool NoEvents(IParleyStore store, RecordFilter filter) => store.ReadEvents(filter, 1).Count == 0;

    /// <summary>
    /// Opens the store <paramref name="dbOption"/> names (or the default one) and runs <paramref name="body"/> over it.
    /// Returns 2 when the database cannot be used, 1 when the store fails while reading.
    /// </summary>
    public static int WithStore(CliContext context, string? dbOption, Func<IParleyStore, int> body)
    {
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

        try
        {
            return body(store);
        }
        catch (StoreException ex)
        {
            context.Error(ex.Message);
            return ExitCodes.Failures;
        }
    }
}
