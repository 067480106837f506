using Microsoft.AspNetCore.Http;
using NodaTime;
using Parley.Model;
using Parley.Time;

namespace Parley.Web.Data;

/// <summary>A query-string value the workbench cannot use; pages and the API answer it with 400 and this message.</summary>
public sealed class BadQueryException : Exception
{
    /// <summary>A problem with the named parameter.</summary>
    public BadQueryException(string message) : base(message) { }

    /// <summary>Needed by the analyzers; prefer the message form.</summary>
    public BadQueryException() : base("bad query") { }

    /// <summary>Needed by the analyzers; prefer the message form.</summary>
    public BadQueryException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>
/// The filters of the timeline, the map and the event API: type, actor, place, topic, outlet, status and a date
/// range. Every field is optional; an event passes when it matches all the given ones.
/// </summary>
public sealed record EventFilter
{
    /// <summary>Event type (wire name, e.g. <c>armed_clash</c>).</summary>
    public EventType? Type { get; init; }

    /// <summary>Entity id among the actors, targets or mediators.</summary>
    public string? Actor { get; init; }

    /// <summary>Place entity id.</summary>
    public string? Place { get; init; }

    /// <summary>Topic id.</summary>
    public string? Topic { get; init; }

    /// <summary>Outlet name of at least one reporting document.</summary>
    public string? Outlet { get; init; }

    /// <summary>Event status.</summary>
    public EventStatus? Status { get; init; }

    /// <summary>Earliest day an event's date may reach.</summary>
    public LocalDate? From { get; init; }

    /// <summary>Latest day an event's date may start.</summary>
    public LocalDate? To { get; init; }

    /// <summary>Only events with a recorded contradiction.</summary>
    public bool DisputedOnly { get; init; }

    /// <summary>True when no filter is set.</summary>
    public bool IsEmpty => this == new EventFilter();

    /// <summary>The same filter as the store reads it.</summary>
    public Parley.Storage.RecordFilter ToStoreFilter() => new()
    {
        Type = Type,
        Actor = Actor,
        Place = Place,
        Topic = Topic,
        Status = Status,
        // The workbench names a document without an outlet as the store does (RecordFilter.UnknownOutlet).
        Outlet = Outlet,
        DisputedOnly = DisputedOnly,
        // An event passes from..to when its date overlaps the period (Matches): the store's test too.
        Period = From is null && To is null ? null
            : new DateRange(From ?? new LocalDate(1, 1, 1), To ?? new LocalDate(9999, 12, 31), DatePrecision.Days),
    };

    /// <summary>Reads the filters from a query string; throws <see cref="BadQueryException"/> naming a bad value.</summary>
    public static EventFilter Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var from = ParseDate(query, "from", earliest: true);
        var to = ParseDate(query, "to", earliest: false);
        if (from is not null && to is not null && from > to)
        {
            throw new BadQueryException($"'from' ({DateRange.Iso(from.Value)}) is after 'to' ({DateRange.Iso(to.Value)})");
        }

        return new EventFilter
        {
            Type = Value(query, "type") is { } type
                ? EventTypes.Parse(type) ?? throw new BadQueryException($"'type' must be one of {string.Join(", ", EventTypes.All.Select(t => t.ToWire()))}; got '{type}'")
                : null,
            Status = Value(query, "status") is { } status
                ? EventStatuses.Parse(status) ?? throw new BadQueryException($"'status' must be one of {string.Join(", ", Enum.GetValues<EventStatus>().Select(s => s.ToWire()))}; got '{status}'")
                : null,
            Actor = Value(query, "actor"),
            Place = Value(query, "place"),
            Topic = Value(query, "topic"),
            Outlet = Value(query, "outlet"),
            From = from,
            To = to,
            DisputedOnly = Value(query, "disputed") is { } d && (d == "1" || d.Equals("true", StringComparison.OrdinalIgnoreCase)),
        };
    }

    /// <summary>True when <paramref name="row"/> passes every given filter.</summary>
    public bool Matches(EventRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var e = row.Event;
        return (Type is null || e.Type == Type)
            && (Status is null || e.Status == Status)
            && (Actor is null || e.Actors.Contains(Actor) || e.Targets.Contains(Actor) || e.Mediators.Contains(Actor))
            && (Place is null || e.Place == Place)
            && (Topic is null || e.Topics.Contains(Topic))
            && (Outlet is null || row.Outlets.Contains(Outlet))
            && (From is null || (e.Date is { } d1 && d1.Latest >= From))
            && (To is null || (e.Date is { } d2 && d2.Earliest <= To))
            && (!DisputedOnly || row.Disputed);
    }

    /// <summary>The filter as query-string pairs (for links that keep it).</summary>
    public IEnumerable<KeyValuePair<string, string?>> ToQuery()
    {
        if (Type is { } t) yield return new("type", t.ToWire());
        if (Actor is not null) yield return new("actor", Actor);
        if (Place is not null) yield return new("place", Place);
        if (Topic is not null) yield return new("topic", Topic);
        if (Outlet is not null) yield return new("outlet", Outlet);
        if (Status is { } s) yield return new("status", s.ToWire());
        if (From is { } f) yield return new("from", DateRange.Iso(f));
        if (To is { } to) yield return new("to", DateRange.Iso(to));
        if (DisputedOnly) yield return new("disputed", "1");
    }

    /// <summary>A trimmed, non-empty query value, or null.</summary>
    public static string? Value(IQueryCollection query, string name)
    {
        ArgumentNullException.ThrowIfNull(query);
        var values = query[name];
        if (values.Count > 1)
        {
            throw new BadQueryException($"'{name}' is given {values.Count} times; give it once");
        }

        var value = values.Count == 1 ? values[0]?.Trim() : null;
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static LocalDate? ParseDate(IQueryCollection query, string name, bool earliest)
    {
        if (Value(query, name) is not { } text)
        {
            return null;
        }

        var range = DateRange.ParsePartial(text)
            ?? throw new BadQueryException($"'{name}' must be a date as YYYY, YYYY-MM or YYYY-MM-DD; got '{text}'");
        return earliest ? range.Earliest : range.Latest;
    }
}
