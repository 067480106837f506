using Parley.Time;

namespace Parley.Model;

/// <summary>One happening, merged across every document that reports it.</summary>
public sealed record Event
{
    /// <summary>Stable id ("2023-03-01-meeting-khojaly").</summary>
    public required string Id { get; init; }

    /// <summary>Event type.</summary>
    public required EventType Type { get; init; }

    /// <summary>Status agreed by the accounts (occurred when any reports it as fact).</summary>
    public EventStatus Status { get; init; } = EventStatus.Occurred;

    /// <summary>Narrowest date supported by the accounts.</summary>
    public DateRange? Date { get; init; }

    /// <summary>Place entity id.</summary>
    public string? Place { get; init; }

    /// <summary>Acting sides.</summary>
    public IReadOnlyList<string> Actors { get; init; } = [];

    /// <summary>Sides acted upon.</summary>
    public IReadOnlyList<string> Targets { get; init; } = [];

    /// <summary>Mediators.</summary>
    public IReadOnlyList<string> Mediators { get; init; } = [];

    /// <summary>Topics.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Counts.</summary>
    public IReadOnlyList<Quantity> Quantities { get; init; } = [];

    /// <summary>Every account, with its document and quote.</summary>
    public required IReadOnlyList<EventMention> Mentions { get; init; }
}
