using Parley.Model;
using Parley.Storage;
using Parley.Web.Data;

namespace Parley.Web.Pages;

/// <summary>What one outlet reports.</summary>
/// <param name="Outlet">The outlet and its side.</param>
/// <param name="Documents">Its documents.</param>
/// <param name="Events">Events it reports.</param>
/// <param name="Claims">Claims in its documents.</param>
/// <param name="Alone">Events no other outlet reports.</param>
/// <param name="AloneFirst">The first of those, in timeline order.</param>
public sealed record OutletRow(OutletInfo Outlet, int Documents, int Events, int Claims, int Alone, IReadOnlyList<EventStub> AloneFirst);

/// <summary>One disputed value and the side whose media give it.</summary>
/// <param name="Contradiction">The contradiction.</param>
/// <param name="Side">The outlet's side.</param>
/// <param name="Outlet">The outlet.</param>
/// <param name="Value">The value that account gives, when the contradiction pairs them.</param>
public sealed record SideValue(Contradiction Contradiction, string Side, string Outlet, string? Value);

/// <summary>Sources: per outlet what it reports and what it alone reports; which side's media say what.</summary>
public sealed class SourcesModel(WorkbenchReader reader) : WorkbenchPage(reader)
{
    /// <summary>How many of an outlet's lone events the page names.</summary>
    public const int AloneShown = 8;

    /// <summary>Outlets, most documents first.</summary>
    public IReadOnlyList<OutletRow> Outlets { get; private set; } = [];

    /// <summary>For each contradiction, the values by side.</summary>
    public IReadOnlyList<IGrouping<Contradiction, SideValue>> Disputes { get; private set; } = [];

    /// <summary>The merged events the disputes are about, by id (those the store still holds).</summary>
    public IReadOnlySet<string> DisputedEvents { get; private set; } = new HashSet<string>();

    /// <summary>Builds the page.</summary>
    public void OnGet()
    {
        var catalog = Reader.Catalog;
        // Counts by outlet from the store's aggregates, kept until the store changes.
        var summaries = Reader.Memo("sources", store => store.ReadOutletSummaries(AloneShown));
        Outlets = summaries
            .Select(o => new OutletRow(catalog.OutletNamed(o.Outlet), o.Documents, o.Events, o.Claims, o.AloneEvents, o.AloneFirst))
            .OrderByDescending(r => r.Documents).ThenBy(r => r.Outlet.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var (page, events, accounts, documents) = Reader.Read(store =>
        {
            var page = store.ReadContradictionPage(null, DisputesShown, null) ?? [];
            var events = store.ReadEventsById([.. page.Select(x => x.Contradiction.EventId).OfType<string>()]);
            var accounts = RecordAccounts.Read(store, [.. page.SelectMany(x => x.Contradiction.ClaimIds)]);
            return (page, events, accounts, store.ReadDocumentsById([.. accounts.Select(a => a.DocumentId)]));
        });
        DisputedEvents = events.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var pageDocuments = new PageDocuments(documents, catalog);
        var byRef = accounts.ToDictionary(a => a.Ref, StringComparer.Ordinal);
        Disputes = page.Select(x => x.Contradiction)
            .SelectMany(c => c.ClaimIds.Select((reference, i) => (c, reference, i)))
            .Select(x => byRef.GetValueOrDefault(x.reference) is { } account
                ? new SideValue(x.c, pageDocuments.OutletOf(account.DocumentId).Side, pageDocuments.OutletOf(account.DocumentId).Name, x.c.Values.Count == x.c.ClaimIds.Count ? x.c.Values[x.i] : null)
                : null)
            .OfType<SideValue>()
            .GroupBy(v => v.Contradiction)
            .ToList();
    }

    /// <summary>How many disputes the page lists (newest first).</summary>
    public const int DisputesShown = 200;
}
