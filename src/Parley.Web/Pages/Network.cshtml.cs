using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Parley.Storage;
using Parley.Web.Data;

namespace Parley.Web.Pages;

/// <summary>Actors linked by meetings, mediations and clashes.</summary>
public sealed class NetworkModel(WorkbenchReader reader) : WorkbenchPage(reader)
{
    /// <summary>The filter form.</summary>
    public FilterChoices Choices { get; private set; } = null!;

    /// <summary>The links, strongest first.</summary>
    public IReadOnlyList<NetworkLink> Links { get; private set; } = [];

    /// <summary>Names of the linked actors.</summary>
    public IEntityNames Names { get; private set; } = null!;

    /// <summary>The filter as a query string, for the graph script.</summary>
    public string FilterQuery { get; private set; } = "";

    /// <summary>Shows the network.</summary>
    public IActionResult OnGet() => Guard(() =>
    {
        var filter = EventFilter.Parse(Request.Query);
        var catalog = Reader.Catalog;
        Names = catalog;
        Choices = catalog.Choices with { Filter = filter, Action = "/network" };
        Links = Read(Reader, filter).Links.Take(Shown).ToList();
        FilterQuery = new QueryBuilder(filter.ToQuery().Select(kv => new KeyValuePair<string, string>(kv.Key, kv.Value ?? ""))).ToQueryString().Value?.TrimStart('?') ?? "";
        return Page();
    });

    /// <summary>How many links the page lists.</summary>
    public const int Shown = 200;

    /// <summary>How many links the graph (the API) draws at most.</summary>
    public const int MaxLinks = 400;

    /// <summary>How many of a link's events the page names.</summary>
    public const int EventsShown = 6;

    /// <summary>The strongest links among the filtered events, from the store's pairs (without a filter once per change of the store).</summary>
    public static NetworkCounts Read(WorkbenchReader reader, EventFilter filter)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(filter);
        return filter.IsEmpty ? reader.Memo("network", store => store.ReadNetwork(RecordFilter.All, MaxLinks, EventsShown))
            : reader.Read(store => store.ReadNetwork(filter.ToStoreFilter(), MaxLinks, EventsShown));
    }
}
