using Parley.Text;
using Parley.Time;

namespace Parley.Model;

/// <summary>
/// One document's account of an event: what the sentence says, with its quote. The cross-document merge
/// gathers mentions of the same happening into one <see cref="Event"/>.
/// </summary>
public sealed record EventMention
{
    /// <summary>Document-local key ("e3"), stable for a given document and pipeline.</summary>
    public required string Key { get; init; }

    /// <summary>The document.</summary>
    public required string DocumentId { get; init; }

    /// <summary>Event type.</summary>
    public required EventType Type { get; init; }

    /// <summary>Occurred, planned, proposed, denied or hypothetical.</summary>
    public EventStatus Status { get; init; } = EventStatus.Occurred;

    /// <summary>When it happened, as narrowly as the text supports.</summary>
    public DateRange? Date { get; init; }

    /// <summary>Place entity id.</summary>
    public string? Place { get; init; }

    /// <summary>Entity ids of the sides that act.</summary>
    public IReadOnlyList<string> Actors { get; init; } = [];

    /// <summary>Entity ids of the sides acted upon.</summary>
    public IReadOnlyList<string> Targets { get; init; } = [];

    /// <summary>Entity ids of mediators and hosts.</summary>
    public IReadOnlyList<string> Mediators { get; init; } = [];

    /// <summary>Topic ids on the agenda.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Counts given.</summary>
    public IReadOnlyList<Quantity> Quantities { get; init; } = [];

    /// <summary>Span of the quote in the verbatim text.</summary>
    public required CharSpan Span { get; init; }

    /// <summary>The quote: an exact substring of the document's text.</summary>
    public required string Quote { get; init; }

    /// <summary>Outlet entity id the document cites for it.</summary>
    public string? Via { get; init; }

    /// <summary>The trigger word or phrase that signalled the event.</summary>
    public string Trigger { get; init; } = "";
}
