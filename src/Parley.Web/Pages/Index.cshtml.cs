using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Parley.Web.Data;

namespace Parley.Web.Pages;

/// <summary>The timeline: the filtered events on a zoomable axis and as a list.</summary>
public sealed class IndexModel(WorkbenchReader reader) : WorkbenchPage(reader)
{
    /// <summary>The filter form.</summary>
    public FilterChoices Choices { get; private set; } = null!;

    /// <summary>This page's events.</summary>
    public IReadOnlyList<EventRow> Rows { get; private set; } = [];

    /// <summary>The filter as a query string (for the axis script and the paging links).</summary>
    public string FilterQuery { get; private set; } = "";

    /// <summary>Shows the timeline.</summary>
    public IActionResult OnGet() => Guard(() =>
    {
        var filter = EventFilter.Parse(Request.Query);
        var index = Index;
        Rows = PageOf(RecordViews.Events(index, filter).ToList());
        Choices = FilterChoices.For(index, filter, "/");
        FilterQuery = new QueryBuilder(filter.ToQuery().Select(kv => new KeyValuePair<string, string>(kv.Key, kv.Value ?? ""))).ToQueryString().Value?.TrimStart('?') ?? "";
        return Page();
    });
}
