namespace Parley.Model;

/// <summary>An entity with where each document names it, as a store hands it to surfaces.</summary>
/// <param name="Entity">The entity.</param>
/// <param name="Mentions">Mentions by document id.</param>
public sealed record EntityWithMentions(Entity Entity, IReadOnlyList<DocumentMention> Mentions);

/// <summary>An entity mention located in its document.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Mention">The mention.</param>
public sealed record DocumentMention(string DocumentId, EntityMention Mention);

/// <summary>The whole record (or a filtered slice of it), as exporters and views consume it.</summary>
public sealed record ParleyRecord
{
    /// <summary>Documents, without their text when the reader asked for metadata only.</summary>
    public IReadOnlyList<Document> Documents { get; init; } = [];

    /// <summary>Entities named, each with its mentions.</summary>
    public IReadOnlyList<EntityWithMentions> Entities { get; init; } = [];

    /// <summary>Merged events.</summary>
    public IReadOnlyList<Event> Events { get; init; } = [];

    /// <summary>Claims.</summary>
    public IReadOnlyList<Claim> Claims { get; init; } = [];

    /// <summary>Contradictions.</summary>
    public IReadOnlyList<Contradiction> Contradictions { get; init; } = [];

    /// <summary>Positions.</summary>
    public IReadOnlyList<Position> Positions { get; init; } = [];
}
