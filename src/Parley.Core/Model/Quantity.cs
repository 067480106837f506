namespace Parley.Model;

/// <summary>Quantity kinds of the taxonomy.</summary>
public enum QuantityKind
{
    /// <summary>People killed.</summary>
    Killed,
    /// <summary>People wounded.</summary>
    Wounded,
    /// <summary>Persons moved, remaining or counted.</summary>
    People,
    /// <summary>Persons displaced.</summary>
    Displaced,
    /// <summary>Metric tons.</summary>
    Tons,
    /// <summary>US dollars.</summary>
    Usd,
    /// <summary>Soldiers.</summary>
    Troops,
    /// <summary>Vehicles (trucks, armoured carriers).</summary>
    Vehicles,
    /// <summary>Square kilometres.</summary>
    AreaKm2,
    /// <summary>Days.</summary>
    Days,
}

/// <summary>A count an event report gives.</summary>
/// <param name="Kind">What is counted.</param>
/// <param name="Value">The number.</param>
/// <param name="Approximate">True for "over", "about", "nearly".</param>
/// <param name="Side">
/// The side whose dead, wounded or people are counted ("two Azerbaijani servicemen": azerbaijan), when the text names
/// it; two tolls differ only when they count the same side.
/// </param>
public sealed record Quantity(QuantityKind Kind, double Value, bool Approximate = false, string? Side = null);

/// <summary>Wire names of <see cref="QuantityKind"/>.</summary>
public static class QuantityKinds
{
    /// <summary>The wire name ("area_km2").</summary>
    public static string ToWire(this QuantityKind kind) => kind == QuantityKind.AreaKm2 ? "area_km2" : kind.ToString().ToLowerInvariant();

    /// <summary>Parses a wire name; null when unknown.</summary>
    public static QuantityKind? Parse(string? text) => text?.ToLowerInvariant() switch
    {
        null => null,
        "area_km2" => QuantityKind.AreaKm2,
        var t => Enum.TryParse<QuantityKind>(t, true, out var k) && !int.TryParse(t, out _) ? k : null,
    };
}
