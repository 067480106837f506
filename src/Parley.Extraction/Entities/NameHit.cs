namespace Parley.Extraction.Entities;

/// <summary>How a phrase names an entity.</summary>
public enum NameHitKind
{
    /// <summary>A full name or alias.</summary>
    Name,
    /// <summary>A demonym before a government noun ("Azerbaijani authorities").</summary>
    Adjective,
    /// <summary>A demonym before a title ("Russian President"): names the state, the title belongs to a person.</summary>
    AdjectiveTitle,
}

/// <summary>An entity a phrase may stand for.</summary>
/// <param name="EntityId">The entity.</param>
/// <param name="Kind">How the phrase names it.</param>
public sealed record NameHit(string EntityId, NameHitKind Kind);
