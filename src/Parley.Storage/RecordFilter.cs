using Parley.Model;
using Parley.Time;

namespace Parley.Storage;

/// <summary>Selects a slice of the record; every null criterion matches everything.</summary>
public sealed record RecordFilter
{
    /// <summary>Everything.</summary>
    public static RecordFilter All { get; } = new();

    /// <summary>Events whose date overlaps this period.</summary>
    public DateRange? Period { get; init; }

    /// <summary>Events of this type.</summary>
    public EventType? Type { get; init; }

    /// <summary>Events where this entity id acts, is targeted or mediates.</summary>
    public string? Actor { get; init; }

    /// <summary>Events with this topic.</summary>
    public string? Topic { get; init; }

    /// <summary>Events at this place (a place entity id).</summary>
    public string? Place { get; init; }

    /// <summary>Events of this status (occurred, planned, ...).</summary>
    public EventStatus? Status { get; init; }

    /// <summary>
    /// Events at least one document of this outlet reports (the document's outlet as stored, compared exactly);
    /// <see cref="UnknownOutlet"/> selects those reported by a document without one.
    /// </summary>
    public string? Outlet { get; init; }

    /// <summary>Only events with a recorded contradiction.</summary>
    public bool DisputedOnly { get; init; }

    /// <summary>The outlet name that stands for documents without an outlet.</summary>
    public const string UnknownOutlet = "unknown outlet";

    /// <summary>True when the filter selects everything.</summary>
    public bool IsAll => Period is null && Type is null && Actor is null && Topic is null && Place is null && Status is null && Outlet is null && !DisputedOnly;
}

/// <summary>Counts of what a store holds.</summary>
/// <param name="Documents">Documents.</param>
/// <param name="Entities">Entities named at least once.</param>
/// <param name="Mentions">Entity mentions.</param>
/// <param name="EventMentions">Per-document event accounts.</param>
/// <param name="Events">Merged events.</param>
/// <param name="Claims">Claims.</param>
/// <param name="Contradictions">Contradictions.</param>
/// <param name="Positions">Positions.</param>
/// <param name="TextBytes">Total UTF-8 size of the stored texts.</param>
public sealed record StoreStats(int Documents, int Entities, int Mentions, int EventMentions, int Events, int Claims, int Contradictions, int Positions, long TextBytes);
