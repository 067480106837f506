namespace Parley.Model;

/// <summary>Whether an event is reported as having happened or only planned, proposed, denied or imagined.</summary>
public enum EventStatus
{
    /// <summary>Reported as having happened.</summary>
    Occurred,
    /// <summary>Scheduled or intended.</summary>
    Planned,
    /// <summary>Put forward but not yet agreed.</summary>
    Proposed,
    /// <summary>Reported as not having happened.</summary>
    Denied,
    /// <summary>Conditional or speculative.</summary>
    Hypothetical,
}

/// <summary>Wire names of <see cref="EventStatus"/>.</summary>
public static class EventStatuses
{
    /// <summary>The lower-case wire name.</summary>
    public static string ToWire(this EventStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>Parses a wire name; null when unknown.</summary>
    public static EventStatus? Parse(string? text) =>
        Enum.TryParse<EventStatus>(text, true, out var s) && !int.TryParse(text, out _) ? s : null;
}
