using Microsoft.AspNetCore.Mvc;
using Parley.Model;
using Parley.Storage;
using Parley.Web.Data;

namespace Parley.Web.Pages.Topics;

/// <summary>A topic: the parties × time matrix of stated positions, and the events on it.</summary>
public sealed class DetailModel(WorkbenchReader reader) : WorkbenchPage(reader)
{
    /// <summary>The topic id.</summary>
    public string Topic { get; private set; } = "";

    /// <summary>Column headings: years with a dated position, then "undated" when some are.</summary>
    public IReadOnlyList<string> Periods { get; private set; } = [];

    /// <summary>Rows: party id, and for each period the positions stated in it.</summary>
    public IReadOnlyList<(string Party, IReadOnlyList<IReadOnlyList<Position>> Cells)> Matrix { get; private set; } = [];

    /// <summary>A page of the events on the topic, earliest first.</summary>
    public IReadOnlyList<EventRow> Events { get; private set; } = [];

    /// <summary>How many events are on the topic in all.</summary>
    public int EventCount { get; private set; }

    /// <summary>How many positions on the topic there are in all, when more than the page reads.</summary>
    public int? PositionCount { get; private set; }

    /// <summary>Names of the parties.</summary>
    public IEntityNames Names { get; private set; } = null!;

    /// <summary>How many positions on the topic the matrix reads at most.</summary>
    public const int PositionsRead = 2000;

    /// <summary>Shows the topic: its positions and a page of its events read from the store.</summary>
    public IActionResult OnGet(string id) => Guard(() =>
    {
        var catalog = Reader.Catalog;
        Names = catalog;
        Topic = id;
        var filter = new EventFilter { Topic = id };
        var (positions, anyClaim) = Reader.Read(store => (
            store.ReadPositions(new PositionFilter { Topic = id }, PositionsRead + 1, null).Select(p => p.Position).ToList(),
            store.ReadClaims(new ClaimFilter { Topic = id }, 1, null).Count > 0));
        if (positions.Count > PositionsRead)
        {
            PositionCount = Reader.Memo("topics-counts", store => store.ReadTopicCounts()).FirstOrDefault(t => t.Topic == id)?.Positions;
            positions.RemoveAt(positions.Count - 1);
        }

        (Events, _) = Reader.StoreEventPage(filter, PageSize, null);
        EventCount = Events.Count < PageSize ? Events.Count : Reader.Read(store => store.CountEvents(filter.ToStoreFilter()));
        if (positions.Count == 0 && Events.Count == 0 && !anyClaim)
        {
            return Missing($"Nothing in the record is about the topic '{id}'.");
        }

        static string PeriodOf(Position p) => p.Date is { } d ? d.Earliest.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : "undated";
        Periods = positions.Select(PeriodOf).Distinct().OrderBy(p => p == "undated").ThenBy(p => p, StringComparer.Ordinal).ToList();
        Matrix = positions.GroupBy(p => p.Actor)
            .OrderBy(g => catalog.NameOf(g.Key), StringComparer.OrdinalIgnoreCase)
            .Select(g => (g.Key, (IReadOnlyList<IReadOnlyList<Position>>)Periods.Select(period => (IReadOnlyList<Position>)g.Where(p => PeriodOf(p) == period).ToList()).ToList()))
            .ToList();
        return Page();
    });
}
