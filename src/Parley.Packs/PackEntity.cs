using Parley.Model;
using Parley.Time;

namespace Parley.Packs;

/// <summary>An entity as the pack knows it: names, spellings, roles, place data, and where it was defined.</summary>
public sealed record PackEntity
{
    /// <summary>Unique id.</summary>
    public required string Id { get; init; }

    /// <summary>Kind.</summary>
    public required EntityKind Kind { get; init; }

    /// <summary>Canonical name.</summary>
    public required string Name { get; init; }

    /// <summary>Other full names and spellings.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Surname forms a later mention may use alone (people).</summary>
    public IReadOnlyList<string> Surnames { get; init; } = [];

    /// <summary>Demonyms ("Azerbaijani") that, before a government noun, stand for this entity.</summary>
    public IReadOnlyList<string> Adjectives { get; init; } = [];

    /// <summary>Capital or seat place id: the city name used for the government.</summary>
    public string? Seat { get; init; }

    /// <summary>The body or state this one belongs to.</summary>
    public string? Parent { get; init; }

    /// <summary>The conflict side it speaks for.</summary>
    public string? Side { get; init; }

    /// <summary>Dated roles (people).</summary>
    public IReadOnlyList<PackRole> Roles { get; init; } = [];

    /// <summary>Coordinates (places).</summary>
    public GeoPoint? Geo { get; init; }

    /// <summary>Type: a place's (city, district, mine…) or an actor's (armed-force, armed-group, protesters…).</summary>
    public string? PlaceType { get; init; }

    /// <summary>Containing place id.</summary>
    public string? In { get; init; }

    /// <summary>Outlet country (state id).</summary>
    public string? Country { get; init; }

    /// <summary>Outlet affiliation (state, pro-government, independent...).</summary>
    public string? Affiliation { get; init; }

    /// <summary>Web domains (outlets).</summary>
    public IReadOnlyList<string> Domains { get; init; } = [];

    /// <summary>Public source for the facts.</summary>
    public string? Source { get; init; }

    /// <summary>File that defined it.</summary>
    public string File { get; init; } = "";

    /// <summary>Line of the definition.</summary>
    public int Line { get; init; }

    /// <summary>Every full name: the canonical name, then the aliases.</summary>
    public IEnumerable<string> AllNames => Aliases.Prepend(Name);

    /// <summary>Roles held on <paramref name="day"/>.</summary>
    public IEnumerable<PackRole> RolesOn(NodaTime.LocalDate day) => Roles.Where(r => r.IsActiveOn(day));

    /// <summary>The model entity (roles from the pack carry no document).</summary>
    public Entity ToEntity()
    {
        var attributes = new Dictionary<string, string>();
        if (PlaceType is not null)
        {
            attributes["type"] = PlaceType;
        }

        if (Country is not null)
        {
            attributes["country"] = Country;
        }

        if (Affiliation is not null)
        {
            attributes["affiliation"] = Affiliation;
        }

        if (Side is not null)
        {
            attributes["side"] = Side;
        }

        return new Entity
        {
            Id = Id,
            Kind = Kind,
            Name = Name,
            Aliases = Aliases,
            Roles = [.. Roles.Select(r => new EntityRole(r.Title, r.Of, r.FromText, r.UntilText, null))],
            Geo = Geo,
            Attributes = attributes,
        };
    }
}

/// <summary>A dated title a person holds.</summary>
public sealed record PackRole
{
    /// <summary>Title as news prose words it.</summary>
    public required string Title { get; init; }

    /// <summary>Whose title (entity id).</summary>
    public string? Of { get; init; }

    /// <summary>Start as written (YYYY, YYYY-MM, YYYY-MM-DD).</summary>
    public string? FromText { get; init; }

    /// <summary>End as written.</summary>
    public string? UntilText { get; init; }

    /// <summary>Start as a range (the first day of it counts).</summary>
    public DateRange? From { get; init; }

    /// <summary>End as a range (the last day of it counts).</summary>
    public DateRange? Until { get; init; }

    /// <summary>Public source.</summary>
    public string? Source { get; init; }

    /// <summary>Line of the definition.</summary>
    public int Line { get; init; }

    /// <summary>True when the role was held on <paramref name="day"/> (open ends count as held).</summary>
    public bool IsActiveOn(NodaTime.LocalDate day) =>
        (From is null || From.Value.Earliest <= day) && (Until is null || day <= Until.Value.Latest);
}
