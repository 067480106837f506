using System.Text.Json;
using System.Text.Json.Serialization;
using Parley.Model;
using Parley.Time;

namespace Parley.Storage.Sql;

/// <summary>Reads and writes the JSON text kept in list and structure columns.</summary>
internal static class JsonColumns
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>What the serializer writes for an empty list: most list columns are empty, and every row writes several.</summary>
    private const string EmptyList = "[]";

    public static string Strings(IReadOnlyList<string> values) => values is { Count: 0 } ? EmptyList : JsonSerializer.Serialize(values, Options);

    // Most lists are empty ('[]' as written): no parser for those, which a read of thousands of events feels.
    public static IReadOnlyList<string> ReadStrings(string? json) =>
        string.IsNullOrEmpty(json) || json == "[]" ? [] : JsonSerializer.Deserialize<List<string>>(json, Options) ?? [];

    public static string Dictionary(IReadOnlyDictionary<string, string> values) =>
        JsonSerializer.Serialize(values.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value), Options);

    public static IReadOnlyDictionary<string, string> ReadDictionary(string? json) =>
        string.IsNullOrEmpty(json) ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(json, Options) ?? [];

    public static string? Geo(GeoPoint? geo) => geo is { } g ? JsonSerializer.Serialize(new GeoRow(g.Lat, g.Lon), Options) : null;

    public static GeoPoint? ReadGeo(string? json) =>
        string.IsNullOrEmpty(json) || JsonSerializer.Deserialize<GeoRow>(json, Options) is not { } g ? null : new GeoPoint(g.Lat, g.Lon);

    public static string Roles(IReadOnlyList<EntityRole> roles) =>
        JsonSerializer.Serialize(roles.Select(r => new RoleRow(r.Title, r.Of, r.From, r.Until, r.DocumentId)).ToList(), Options);

    public static IReadOnlyList<EntityRole> ReadRoles(string? json) =>
        string.IsNullOrEmpty(json)
            ? []
            : (JsonSerializer.Deserialize<List<RoleRow>>(json, Options) ?? []).Select(r => new EntityRole(r.Title, r.Of, r.From, r.Until, r.Doc)).ToList();

    public static string Quantities(IReadOnlyList<Quantity> quantities) => quantities.Count == 0
        ? EmptyList
        : JsonSerializer.Serialize(quantities.Select(q => new QuantityRow(q.Kind.ToWire(), q.Value, q.Approximate, q.Side)).ToList(), Options);

    public static IReadOnlyList<Quantity> ReadQuantities(string? json) =>
        string.IsNullOrEmpty(json) || json == "[]"
            ? []
            : (JsonSerializer.Deserialize<List<QuantityRow>>(json, Options) ?? [])
                .Select(q => QuantityKinds.Parse(q.Kind) is { } kind ? new Quantity(kind, q.Value, q.Approximate, q.Side) : null)
                .OfType<Quantity>()
                .ToList();

    public static string ClaimValues(IReadOnlyList<ClaimValue> values) => values.Count == 0
        ? EmptyList
        : JsonSerializer.Serialize(values.Select(v => new ClaimValueRow(v.Attribute.ToWire(), v.Value, v.Negated, v.Subject)).ToList(), Options);

    public static IReadOnlyList<ClaimValue> ReadClaimValues(string? json) =>
        string.IsNullOrEmpty(json) || json == EmptyList
            ? []
            : (JsonSerializer.Deserialize<List<ClaimValueRow>>(json, Options) ?? [])
                .Select(v => ClaimWire.ParseAttribute(v.Attribute) is { } a ? new ClaimValue(a, v.Value, v.Negated, v.Subject) : null)
                .OfType<ClaimValue>()
                .ToList();

    /// <summary>The three columns of a date range: earliest, latest, precision.</summary>
    public static (object Earliest, object Latest, object Precision) Date(DateRange? range) =>
        range is { } r
            ? (DateRange.Iso(r.Earliest), DateRange.Iso(r.Latest), PrecisionText(r.Precision))
            : (DBNull.Value, DBNull.Value, DBNull.Value);

    /// <summary>Each precision's column text by its number, made once rather than for every date written.</summary>
    private static readonly string?[] PrecisionTexts = PrecisionColumnTexts();

    private static string?[] PrecisionColumnTexts()
    {
        var values = Enum.GetValues<DatePrecision>();
        var texts = new string?[values.Max(p => (int)p) + 1];
        foreach (var p in values)
        {
            texts[(int)p] = p.ToString().ToLowerInvariant();
        }

        return texts;
    }

    private static string PrecisionText(DatePrecision precision) =>
        (uint)precision < (uint)PrecisionTexts.Length && PrecisionTexts[(int)precision] is { } text ? text : precision.ToString().ToLowerInvariant();

    public static DateRange? ReadDate(string? earliest, string? latest, string? precision)
    {
        if (DateRange.ParseIso(earliest) is not { } e || DateRange.ParseIso(latest) is not { } l)
        {
            return null;
        }

        var p = Enum.TryParse<DatePrecision>(precision, true, out var parsed) ? parsed : (e == l ? DatePrecision.Day : DatePrecision.Days);
        return new DateRange(e, l, p);
    }

    private sealed record GeoRow(double Lat, double Lon);

    private sealed record RoleRow(string Title, string? Of, string? From, string? Until, string? Doc);

    private sealed record QuantityRow(string Kind, double Value, bool Approximate, string? Side = null);

    private sealed record ClaimValueRow(string Attribute, string Value, bool Negated, string? Subject);
}
