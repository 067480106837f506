using Microsoft.AspNetCore.Mvc;
using Parley.Model;
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

    /// <summary>Events on the topic.</summary>
    public IReadOnlyList<EventRow> Events { get; private set; } = [];

    /// <summary>Shows the topic.</summary>
    public IActionResult OnGet(string id)
    {
        var index = Index;
        Topic = id;
        var positions = index.Record.Positions.Where(p => p.Topic == id).ToList();
        Events = index.EventRows.Where(r => r.Event.Topics.Contains(id)).ToList();
        if (positions.Count == 0 && Events.Count == 0 && !index.Record.Claims.Any(c => c.Topics.Contains(id)))
        {
            return Missing($"Nothing in the record is about the topic '{id}'.");
        }

        static string PeriodOf(Position p) => p.Date is { } d ? d.Earliest.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : "undated";
        Periods = positions.Select(PeriodOf).Distinct().OrderBy(p => p == "undated").ThenBy(p => p, StringComparer.Ordinal).ToList();
        Matrix = positions.GroupBy(p => p.Actor)
            .OrderBy(g => index.NameOf(g.Key), StringComparer.OrdinalIgnoreCase)
            .Select(g => (g.Key, (IReadOnlyList<IReadOnlyList<Position>>)Periods.Select(period => (IReadOnlyList<Position>)g.Where(p => PeriodOf(p) == period).ToList()).ToList()))
            .ToList();
        return Page();
    }
}
