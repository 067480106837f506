namespace Parley.Model;

/// <summary>Entity kinds of the taxonomy.</summary>
public enum EntityKind
{
    /// <summary>A named person.</summary>
    Person,
    /// <summary>An internationally recognised state.</summary>
    State,
    /// <summary>A de facto or unrecognised administration.</summary>
    Authority,
    /// <summary>A ministry, agency, company, mission, international body or armed force.</summary>
    Organization,
    /// <summary>A community, population, armed group or collective actor.</summary>
    Group,
    /// <summary>A media outlet cited as a source.</summary>
    Outlet,
    /// <summary>A settlement, district, region, site or venue.</summary>
    Place,
    /// <summary>A road, corridor or crossing.</summary>
    Route,
}

/// <summary>Wire names of <see cref="EntityKind"/>.</summary>
public static class EntityKinds
{
    /// <summary>The lower-case wire name.</summary>
    public static string ToWire(this EntityKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Parses a wire name; null when unknown.</summary>
    public static EntityKind? Parse(string? text) =>
        Enum.TryParse<EntityKind>(text, ignoreCase: true, out var kind) && !int.TryParse(text, out _) ? kind : null;
}
