namespace Parley.Model;

/// <summary>A person, body, place or other named thing the record speaks of.</summary>
public sealed record Entity
{
    /// <summary>Stable id (a slug).</summary>
    public required string Id { get; init; }

    /// <summary>Kind of entity.</summary>
    public required EntityKind Kind { get; init; }

    /// <summary>Canonical name.</summary>
    public required string Name { get; init; }

    /// <summary>Other names and spellings.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Titles held, with dates where known.</summary>
    public IReadOnlyList<EntityRole> Roles { get; init; } = [];

    /// <summary>Coordinates of a place.</summary>
    public GeoPoint? Geo { get; init; }

    /// <summary>True when found in text rather than known from the domain pack.</summary>
    public bool Discovered { get; init; }

    /// <summary>Kind-specific attributes (an outlet's country and affiliation, a place's type).</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();
}

/// <summary>A latitude/longitude pair in degrees.</summary>
public readonly record struct GeoPoint(double Lat, double Lon);

/// <summary>A title held by a person.</summary>
/// <param name="Title">The title as given ("deputy foreign minister").</param>
/// <param name="Of">Id of the body or state whose title it is.</param>
/// <param name="From">Start (YYYY, YYYY-MM or YYYY-MM-DD), when known.</param>
/// <param name="Until">End, when known.</param>
/// <param name="DocumentId">The document that gives it, or null for the pack's own knowledge.</param>
public sealed record EntityRole(string Title, string? Of, string? From, string? Until, string? DocumentId);

/// <summary>One place where a document names an entity.</summary>
/// <param name="EntityId">The entity named.</param>
/// <param name="Span">Where in the verbatim text.</param>
/// <param name="Text">The verbatim text of the span.</param>
public sealed record EntityMention(string EntityId, Text.CharSpan Span, string Text);
