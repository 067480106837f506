using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Parley.Web.Data;

namespace Parley.Web.Pages;

/// <summary>Events by place on an offline base map, with the timeline's filters.</summary>
public sealed class MapModel(WorkbenchReader reader) : WorkbenchPage(reader)
{
    /// <summary>The filter form.</summary>
    public FilterChoices Choices { get; private set; } = null!;

    /// <summary>Places with events, busiest first (also the page's list).</summary>
    public IReadOnlyList<PlaceEvents> Places { get; private set; } = [];

    /// <summary>The filter as a query string, for the map script.</summary>
    public string FilterQuery { get; private set; } = "";

    /// <summary>Events passing the filter that have no place with coordinates.</summary>
    public int Unplaced { get; private set; }

    /// <summary>Shows the map.</summary>
    public IActionResult OnGet() => Guard(() =>
    {
        var filter = EventFilter.Parse(Request.Query);
        Choices = FilterChoices.For(Index, filter, "/map");
        Places = RecordViews.Places(Index, filter);
        Unplaced = RecordViews.Events(Index, filter).Count() - Places.Sum(p => p.Events.Count);
        FilterQuery = new QueryBuilder(filter.ToQuery().Select(kv => new KeyValuePair<string, string>(kv.Key, kv.Value ?? ""))).ToQueryString().Value?.TrimStart('?') ?? "";
        return Page();
    });
}
