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
    /// <summary>The choices of <paramref name="index"/> (read off the record once per index) with <paramref name="filter"/> in force.</summary>
    public static FilterChoices For(RecordIndex index, EventFilter filter, string action)
    {
        ArgumentNullException.ThrowIfNull(index);
        return index.Choices with { Filter = filter, Action = action };
    }

    /// <summary>Reads the choices off <paramref name="index"/>.</summary>
    public static FilterChoices Read(RecordIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var events = index.Record.Events;
        List<(string, string)> Named(IEnumerable<string> ids) =>
            ids.Distinct().Select(id => (id, index.NameOf(id))).OrderBy(x => x.Item2, StringComparer.OrdinalIgnoreCase).ToList();
        return new FilterChoices(
            new EventFilter(),
            Named(events.SelectMany(e => e.Actors.Concat(e.Targets).Concat(e.Mediators))),
            Named(events.Select(e => e.Place).OfType<string>()),
            events.SelectMany(e => e.Topics).Distinct().Order(StringComparer.Ordinal).ToList(),
            index.Record.Documents.Select(d => d.Outlet).OfType<string>().Where(o => o.Length > 0).Distinct().Order(StringComparer.OrdinalIgnoreCase).ToList(),
            "/");
    }

    /// <summary>Event types by wire name.</summary>
    public static IEnumerable<string> Types => EventTypes.All.Select(t => t.ToWire());

    /// <summary>Statuses by wire name.</summary>
    public static IEnumerable<string> Statuses => Enum.GetValues<EventStatus>().Select(s => s.ToWire());
}
