using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Parley.Model;
using Parley.Web.Data;

namespace Parley.Web.Pages;

/// <summary>A place on the map with how many filtered events happen there.</summary>
/// <param name="Place">The place entity (with coordinates).</param>
/// <param name="Events">Filtered events there.</param>
/// <param name="Disputed">Of those, the disputed ones.</param>
public sealed record PlaceRow(Entity Place, int Events, int Disputed);

/// <summary>Events by place on an offline base map, with the timeline's filters.</summary>
public sealed class MapModel(WorkbenchReader reader) : WorkbenchPage(reader)
{
    /// <summary>The filter form.</summary>
    public FilterChoices Choices { get; private set; } = null!;

    /// <summary>Places with events, busiest first (also the page's list).</summary>
    public IReadOnlyList<PlaceRow> Places { get; private set; } = [];

    /// <summary>The filter as a query string, for the map script.</summary>
    public string FilterQuery { get; private set; } = "";

    /// <summary>Events passing the filter that have no place with coordinates.</summary>
    public int Unplaced { get; private set; }

    /// <summary>Shows the map.</summary>
    public IActionResult OnGet() => Guard(() =>
    {
        var filter = EventFilter.Parse(Request.Query);
        var catalog = Reader.Catalog;
        Choices = catalog.Choices with { Filter = filter, Action = "/map" };
        var (places, events) = Read(Reader, filter);
        Places = places;
        Unplaced = events - Places.Sum(p => p.Events);
        FilterQuery = new QueryBuilder(filter.ToQuery().Select(kv => new KeyValuePair<string, string>(kv.Key, kv.Value ?? ""))).ToQueryString().Value?.TrimStart('?') ?? "";
        return Page();
    });

    /// <summary>
    /// The places with coordinates and their filtered events, busiest first, and how many events the filter selects:
    /// counted by the store (without a filter once per change of the store).
    /// </summary>
    public static (IReadOnlyList<PlaceRow> Places, int Events) Read(WorkbenchReader reader, EventFilter filter)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(filter);
        var counts = filter.IsEmpty ? reader.Memo("places", store => store.ReadPlaceCounts(Parley.Storage.RecordFilter.All))
            : reader.Read(store => store.ReadPlaceCounts(filter.ToStoreFilter()));
        var catalog = reader.Catalog;
        var places = counts.Places
            .Select(p => catalog.EntityOf(p.Place) is { Geo: not null } place ? new PlaceRow(place, p.Events, p.Disputed) : null)
            .OfType<PlaceRow>()
            .ToList();
        return (places, counts.Events);
    }
}
