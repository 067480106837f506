using Parley.Model;

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
public sealed record NameHit(string EntityId, NameHitKind Kind)
{
    // What the linker asks of every hit, looked up once when the index is built instead of in every mention:
    // each is a function of EntityId alone, so two hits equal by id and kind stay equal.

    /// <summary>The pack entity's record (<see cref="EntityIndex.EntityOf"/>), null when the pack has none.</summary>
    internal Entity? Entity { get; init; }

    /// <summary>The pack entity's kind, null when the pack has no such entity.</summary>
    internal EntityKind? EntityKind { get; init; }

    /// <summary>True when the entity is the one some demonym of <see cref="EntityIndex.AdjectiveOf"/> stands for.</summary>
    internal bool OwnsDemonym { get; init; }

    /// <summary>For a capital named as such, the hit of the government it stands for (<see cref="EntityIndex.SeatOf"/>).</summary>
    internal NameHit? Government { get; init; }
}
