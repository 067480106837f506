using Parley.Model;

namespace Parley.Web.Data;

/// <summary>The values the filter form offers, read off the record, with the filter now in force.</summary>
/// <param name="Filter">The filter in force.</param>
/// <param name="Actors">Entity ids (and names) that take part in some event.</param>
/// <param name="Places">Place ids (and names) of events.</param>
/// <param name="Topics">Topic ids of events.</param>
/// <param name="Outlets">Outlet names of documents.</param>
/// <param name="Action">Where the form sends its query.</param>
public sealed record FilterChoices(EventFilter Filter, IReadOnlyList<(string Id, string Name)> Actors, IReadOnlyList<(string Id, string Name)> Places,
    IReadOnlyList<string> Topics, IReadOnlyList<string> Outlets, string Action)
{
    /// <summary>Event types by wire name.</summary>
    public static IEnumerable<string> Types => EventTypes.All.Select(t => t.ToWire());

    /// <summary>Statuses by wire name.</summary>
    public static IEnumerable<string> Statuses => Enum.GetValues<EventStatus>().Select(s => s.ToWire());
}
