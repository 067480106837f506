using Parley.Text;

namespace Parley.Model;

/// <summary>Whether a claim affirms or denies what it is about.</summary>
public enum ClaimStance
{
    /// <summary>The speaker affirms it.</summary>
    Asserts,
    /// <summary>The speaker denies it.</summary>
    Denies,
}

/// <summary>Attributes on which two accounts of one event can disagree.</summary>
public enum ContradictionAttribute
{
    /// <summary>Whether it happened at all.</summary>
    Occurred,
    /// <summary>What was discussed or agreed.</summary>
    Agenda,
    /// <summary>How many were killed.</summary>
    Killed,
    /// <summary>How many were wounded.</summary>
    Wounded,
    /// <summary>Who started it or is to blame.</summary>
    Responsibility,
    /// <summary>Who took part.</summary>
    Participants,
    /// <summary>When it happened.</summary>
    Date,
    /// <summary>Where it happened.</summary>
    Place,
    /// <summary>Another count.</summary>
    Quantity,
}

/// <summary>Wire names of <see cref="ContradictionAttribute"/> and <see cref="ClaimStance"/>.</summary>
public static class ClaimWire
{
    /// <summary>The lower-case wire name.</summary>
    public static string ToWire(this ContradictionAttribute a) => a.ToString().ToLowerInvariant();

    /// <summary>The lower-case wire name.</summary>
    public static string ToWire(this ClaimStance s) => s.ToString().ToLowerInvariant();

    /// <summary>Parses a wire name.</summary>
    public static ContradictionAttribute? ParseAttribute(string? text) =>
        Enum.TryParse<ContradictionAttribute>(text, true, out var a) && !int.TryParse(text, out _) ? a : null;
}

/// <summary>
/// One value a claim gives for an attribute of its event ("killed" = "2", "date" = "2023-02-25",
/// "agenda" = "reintegration"), which the contradiction pass compares across claims.
/// </summary>
/// <param name="Attribute">The attribute.</param>
/// <param name="Value">The value, normalised so equal values compare equal.</param>
/// <param name="Negated">True when the claim says this value does not hold ("reintegration was not discussed").</param>
/// <param name="Subject">Whose count it is (a side's entity id), for killed/wounded/quantity; the side blamed, for responsibility.</param>
public sealed record ClaimValue(ContradictionAttribute Attribute, string Value, bool Negated = false, string? Subject = null)
{
    /// <summary>The value of a claim that lays the blame on its <see cref="Subject"/> ("accused X of …").</summary>
    public const string ToBlame = "to blame";

    /// <summary>The value of a claim that says its <see cref="Subject"/> did not start it ("It was not X that started this").</summary>
    public const string NotToBlame = "not to blame";

    /// <summary>
    /// The value of a claim disputing the count the claim it answers gave ("rejected that figure"; "…, while Y put the
    /// figure at 600").
    /// </summary>
    public const string CountDisputed = "count disputed";

    /// <summary>The value of a claim whose count a later claim of its document disputes ("X said 200, while Y put it at 500").</summary>
    public const string CountGiven = "count given";

    /// <summary>The value a count takes ("killed:7"): one form for the claims that give it and the pass that compares them.</summary>
    public static string OfCount(QuantityKind kind, double value) => $"{kind.ToWire()}:{value}";

    /// <summary>The attribute on which two counts of <paramref name="kind"/> disagree: the dead, the wounded, or another count.</summary>
    public static ContradictionAttribute AttributeOfCount(QuantityKind kind) => kind switch
    {
        QuantityKind.Killed => ContradictionAttribute.Killed,
        QuantityKind.Wounded => ContradictionAttribute.Wounded,
        _ => ContradictionAttribute.Quantity,
    };
}

/// <summary>A statement a document attributes to someone.</summary>
public sealed record Claim
{
    /// <summary>Stable id ("{doc}#c2").</summary>
    public required string Id { get; init; }

    /// <summary>The document.</summary>
    public required string DocumentId { get; init; }

    /// <summary>Span of the quote.</summary>
    public required CharSpan Span { get; init; }

    /// <summary>The shortest quote that holds the point: an exact substring of the text.</summary>
    public required string Quote { get; init; }

    /// <summary>Who says it (entity id).</summary>
    public string? Speaker { get; init; }

    /// <summary>The outlet it came through (entity id).</summary>
    public string? Via { get; init; }

    /// <summary>
    /// The noun of the unnamed source that made it when no speaker is named ("police", "organizers", "officials"), so
    /// two unnamed sources of one document are told apart; null otherwise.
    /// </summary>
    public string? Source { get; init; }

    /// <summary>Asserts or denies.</summary>
    public ClaimStance Stance { get; init; } = ClaimStance.Asserts;

    /// <summary>Document-local key of the event mention it is about.</summary>
    public string? EventKey { get; init; }

    /// <summary>Merged event id it is about, once the cross-document pass has run.</summary>
    public string? EventId { get; init; }

    /// <summary>
    /// The earlier claim of the same document this one answers ("Baku dismissed the accusations" answers the
    /// accusation before it), or null.
    /// </summary>
    public string? Answers { get; init; }

    /// <summary>Topics it touches.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Values it gives for attributes of its event.</summary>
    public IReadOnlyList<ClaimValue> Values { get; init; } = [];
}

/// <summary>Two or more claims that cannot all be true about one event.</summary>
public sealed record Contradiction
{
    /// <summary>Stable id.</summary>
    public required string Id { get; init; }

    /// <summary>The merged event, or null when the claims are about a fact rather than an event.</summary>
    public string? EventId { get; init; }

    /// <summary>What they disagree on.</summary>
    public required ContradictionAttribute Attribute { get; init; }

    /// <summary>Claim ids, at least two.</summary>
    public required IReadOnlyList<string> ClaimIds { get; init; }

    /// <summary>The value each claim gives, in the order of <see cref="ClaimIds"/>.</summary>
    public required IReadOnlyList<string> Values { get; init; }
}
