using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Parley.Web.Data;

namespace Parley.Web.Pages;

/// <summary>Actors linked by meetings, mediations and clashes.</summary>
public sealed class NetworkModel(WorkbenchReader reader) : WorkbenchPage(reader)
{
    /// <summary>The filter form.</summary>
    public FilterChoices Choices { get; private set; } = null!;

    /// <summary>The links, strongest first.</summary>
    public IReadOnlyList<ActorLink> Links { get; private set; } = [];

    /// <summary>The filter as a query string, for the graph script.</summary>
    public string FilterQuery { get; private set; } = "";

    /// <summary>Shows the network.</summary>
    public IActionResult OnGet() => Guard(() =>
    {
        var filter = EventFilter.Parse(Request.Query);
        Choices = FilterChoices.For(Index, filter, "/network");
        Links = RecordViews.Network(Index, filter);
        FilterQuery = new QueryBuilder(filter.ToQuery().Select(kv => new KeyValuePair<string, string>(kv.Key, kv.Value ?? ""))).ToQueryString().Value?.TrimStart('?') ?? "";
        return Page();
    });
}
