using Parley.Time;

namespace Parley.Model;

/// <summary>Everything the pipeline read from one document, frozen for storage.</summary>
public sealed record DocumentExtraction
{
    /// <summary>The document, with any metadata a stage inferred (an inferred publication range).</summary>
    public required Document Document { get; init; }

    /// <summary>Entities named (pack entities and discovered ones), each once.</summary>
    public IReadOnlyList<Entity> Entities { get; init; } = [];

    /// <summary>Mentions of those entities.</summary>
    public IReadOnlyList<EntityMention> Mentions { get; init; } = [];

    /// <summary>Titles the document gives people, by entity id.</summary>
    public IReadOnlyList<(string EntityId, EntityRole Role)> Roles { get; init; } = [];

    /// <summary>Date expressions found.</summary>
    public IReadOnlyList<TimeExpression> TimeExpressions { get; init; } = [];

    /// <summary>Event accounts.</summary>
    public IReadOnlyList<EventMention> Events { get; init; } = [];

    /// <summary>Attributed claims.</summary>
    public IReadOnlyList<Claim> Claims { get; init; } = [];

    /// <summary>Stated positions.</summary>
    public IReadOnlyList<Position> Positions { get; init; } = [];
}
