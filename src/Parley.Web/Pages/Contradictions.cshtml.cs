using Microsoft.AspNetCore.Mvc;
using Parley.Model;
using Parley.Storage;
using Parley.Web.Data;

namespace Parley.Web.Pages;

/// <summary>
/// The contradictions, newest first, filterable by attribute: one page read from the store (<c>?after=</c> the last
/// contradiction of the page before), with the page's events and accounts read by id.
/// </summary>
public sealed class ContradictionsModel(WorkbenchReader reader) : WorkbenchPage(reader)
{
    /// <summary>The attribute filter, when set.</summary>
    public ContradictionAttribute? Attribute { get; private set; }

    /// <summary>The contradictions shown.</summary>
    public IReadOnlyList<DatedContradiction> Items { get; private set; } = [];

    /// <summary>The page's events by id.</summary>
    public IReadOnlyDictionary<string, Event> Events { get; private set; } = new Dictionary<string, Event>();

    /// <summary>How many outlets give the accounts of each contradiction shown, by its id.</summary>
    public IReadOnlyDictionary<string, int> OutletCounts { get; private set; } = new Dictionary<string, int>();

    /// <summary>Names of the entities the page shows.</summary>
    public IEntityNames Names { get; private set; } = null!;

    /// <summary>The contradiction this page starts after, or null on the first page.</summary>
    public string? After { get; private set; }

    /// <summary>The cursor of the next page, or null when this is the last.</summary>
    public string? Next { get; private set; }

    /// <summary>Shows the list.</summary>
    public IActionResult OnGet() => Guard(() =>
    {
        if (EventFilter.Value(Request.Query, "attribute") is { } text)
        {
            Attribute = ClaimWire.ParseAttribute(text)
                ?? throw new BadQueryException($"'attribute' must be one of {string.Join(", ", Enum.GetValues<ContradictionAttribute>().Select(a => a.ToWire()))}; got '{text}'");
        }

        After = EventFilter.Value(Request.Query, "after");
        var catalog = Reader.Catalog;
        Names = catalog;
        var (items, next, events, accounts, documents) = Reader.Read(store =>
        {
            // One more than the page, to tell whether another follows.
            var rows = store.ReadContradictionPage(Attribute, PageSize + 1, After)
                ?? throw new BadQueryException($"'after' must be a contradiction of an earlier page; no contradiction '{After}'");
            var page = rows.Take(PageSize).ToList();
            var events = store.ReadEventsById([.. page.Select(x => x.Contradiction.EventId).OfType<string>()]);
            var accounts = RecordAccounts.Read(store, [.. page.SelectMany(x => x.Contradiction.ClaimIds)]);
            var documents = store.ReadDocumentsById([.. accounts.Select(a => a.DocumentId)]);
            return (page, rows.Count > PageSize ? page[^1].Contradiction.Id : null, events, accounts, documents);
        });
        Items = items;
        Next = next;
        Events = events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var pageDocuments = new PageDocuments(documents, catalog);
        var byRef = accounts.ToDictionary(a => a.Ref, StringComparer.Ordinal);
        OutletCounts = items.ToDictionary(x => x.Contradiction.Id,
            x => x.Contradiction.ClaimIds.Select(r => byRef.GetValueOrDefault(r)?.DocumentId).OfType<string>().Select(d => pageDocuments.OutletOf(d).Name).Distinct().Count(),
            StringComparer.Ordinal);
        return Page();
    });

    /// <summary>The list of one attribute (any when null) from the page after <paramref name="after"/>.</summary>
    public static string PageLink(ContradictionAttribute? attribute, string? after)
    {
        var query = new List<string>();
        if (attribute is { } a)
        {
            query.Add("attribute=" + Uri.EscapeDataString(a.ToWire()));
        }

        if (after is not null)
        {
            query.Add("after=" + Uri.EscapeDataString(after));
        }

        return "/contradictions" + (query.Count == 0 ? "" : "?" + string.Join('&', query));
    }
}
