using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Parley.Web.Data;

namespace Parley.Web.Pages;

/// <summary>
/// The timeline: the filtered events on a zoomable axis and as a list, one page at a time read from the store's
/// timeline indexes (<c>?after=</c> the last event of the page before), never the whole record.
/// </summary>
public sealed class IndexModel(WorkbenchReader reader) : WorkbenchPage(reader)
{
    /// <summary>The filter form.</summary>
    public FilterChoices Choices { get; private set; } = null!;

    /// <summary>Names of the entities the rows refer to.</summary>
    public IEntityNames Names { get; private set; } = null!;

    /// <summary>This page's events.</summary>
    public IReadOnlyList<EventRow> Rows { get; private set; } = [];

    /// <summary>The filter as a query string (for the axis script and the paging links).</summary>
    public string FilterQuery { get; private set; } = "";

    /// <summary>The event this page starts after (from <c>?after=</c>), or null on the first page.</summary>
    public string? After { get; private set; }

    /// <summary>The cursor of the next page (the last event of this one), or null when this is the last page.</summary>
    public string? Next { get; private set; }

    /// <summary>Shows the timeline.</summary>
    public IActionResult OnGet() => Guard(() =>
    {
        var filter = EventFilter.Parse(Request.Query);
        After = EventFilter.Value(Request.Query, "after");
        var catalog = Reader.Catalog;
        (Rows, Next) = Reader.StoreEventPage(filter, PageSize, After);
        Names = catalog;
        Choices = catalog.Choices with { Filter = filter, Action = "/" };
        FilterQuery = new QueryBuilder(filter.ToQuery().Select(kv => new KeyValuePair<string, string>(kv.Key, kv.Value ?? ""))).ToQueryString().Value?.TrimStart('?') ?? "";
        return Page();
    });

    /// <summary>The timeline with the filter in force, from the page after <paramref name="after"/> (the first page when null).</summary>
    public string PageLink(string? after) =>
        "/" + (FilterQuery.Length == 0 && after is null ? "" : "?" + FilterQuery + (after is null ? "" : (FilterQuery.Length == 0 ? "" : "&") + "after=" + Uri.EscapeDataString(after)));
}
