using Parley.Text;
using Parley.Time;

namespace Parley.Model;

/// <summary>A party's stance on an issue, in the fine grain Parley reads.</summary>
public enum PositionStance
{
    /// <summary>Backs it.</summary>
    Supports,
    /// <summary>Against it.</summary>
    Opposes,
    /// <summary>Calls for it.</summary>
    Demands,
    /// <summary>Puts it on the table.</summary>
    Offers,
    /// <summary>Turns it down.</summary>
    Rejects,
    /// <summary>Accepts it only on a condition.</summary>
    Conditional,
}

/// <summary>Wire names of <see cref="PositionStance"/>.</summary>
public static class PositionStances
{
    /// <summary>The parley/1 stance (supports, opposes or conditional).</summary>
    public static string ToWire(this PositionStance s) => s switch
    {
        PositionStance.Supports or PositionStance.Demands or PositionStance.Offers => "supports",
        PositionStance.Opposes or PositionStance.Rejects => "opposes",
        _ => "conditional",
    };

    /// <summary>The fine-grained name ("demands").</summary>
    public static string ToDetail(this PositionStance s) => s.ToString().ToLowerInvariant();

    /// <summary>Parses a wire or detail name.</summary>
    public static PositionStance? Parse(string? text) =>
        Enum.TryParse<PositionStance>(text, true, out var s) && !int.TryParse(text, out _) ? s : null;
}

/// <summary>A party's stated position on a topic, with its evidence.</summary>
public sealed record Position
{
    /// <summary>The party (entity id).</summary>
    public required string Actor { get; init; }

    /// <summary>The topic id.</summary>
    public required string Topic { get; init; }

    /// <summary>Stance.</summary>
    public required PositionStance Stance { get; init; }

    /// <summary>The document.</summary>
    public required string DocumentId { get; init; }

    /// <summary>Span of the quote.</summary>
    public required CharSpan Span { get; init; }

    /// <summary>The quote.</summary>
    public required string Quote { get; init; }

    /// <summary>When the position was stated.</summary>
    public DateRange? Date { get; init; }
}
