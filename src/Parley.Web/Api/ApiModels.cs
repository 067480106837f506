using Parley.Model;
using Parley.Time;
using Parley.Web.Data;

namespace Parley.Web.Api;

/// <summary>One page of a list: its items and the cursor of the next page (null on the last).</summary>
/// <typeparam name="T">Item type.</typeparam>
public sealed record Page<T>(IReadOnlyList<T> Items, string? Next);

/// <summary>A date range as the API writes it.</summary>
public sealed record DateDto(string Earliest, string Latest, string Precision)
{
    /// <summary>The range, or null.</summary>
    public static DateDto? From(DateRange? range) =>
        range is { } r ? new DateDto(DateRange.Iso(r.Earliest), DateRange.Iso(r.Latest), r.Precision.ToString().ToLowerInvariant()) : null;
}

/// <summary>A quantity as the API writes it.</summary>
public sealed record QuantityDto(string Kind, double Value, bool Approximate, string? Side = null);

/// <summary>An event in a list.</summary>
public sealed record EventSummaryDto(
    string Id, string Type, string Status, DateDto? Date, string? Place, IReadOnlyList<string> Actors, IReadOnlyList<string> Targets,
    IReadOnlyList<string> Mediators, IReadOnlyList<string> Topics, IReadOnlyList<QuantityDto> Quantities, int SourceCount, bool Disputed)
{
    /// <summary>From an indexed row.</summary>
    public static EventSummaryDto From(EventRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var e = row.Event;
        return new EventSummaryDto(e.Id, e.Type.ToWire(), e.Status.ToWire(), DateDto.From(e.Date), e.Place, e.Actors, e.Targets, e.Mediators, e.Topics,
            e.Quantities.Select(q => new QuantityDto(q.Kind.ToWire(), q.Value, q.Approximate, q.Side)).ToList(), row.SourceCount, row.Disputed);
    }
}

/// <summary>One document's account of an event.</summary>
public sealed record MentionDto(string Doc, string Outlet, string? Affiliation, string Quote, string? Via, int Start, int End);

/// <summary>An event with its accounts, claims and contradictions.</summary>
public sealed record EventDetailDto(EventSummaryDto Event, IReadOnlyList<MentionDto> Mentions, IReadOnlyList<ClaimDto> Claims, IReadOnlyList<ContradictionDto> Contradictions);

/// <summary>An entity.</summary>
public sealed record EntityDto(string Id, string Kind, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<RoleDto> Roles, double? Lat, double? Lon, bool Discovered, int Mentions);

/// <summary>A role of an entity.</summary>
public sealed record RoleDto(string Title, string? Of, string? From, string? Until, string? Doc);

/// <summary>A claim.</summary>
public sealed record ClaimDto(string Id, string Doc, string Quote, string? Speaker, string? Via, string Stance, string? Event, IReadOnlyList<string> Topics, int Start, int End)
{
    /// <summary>From the model.</summary>
    public static ClaimDto From(Claim c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new ClaimDto(c.Id, c.DocumentId, c.Quote, c.Speaker, c.Via, c.Stance.ToWire(), c.EventId, c.Topics, c.Span.Start, c.Span.End);
    }
}

/// <summary>A contradiction.</summary>
public sealed record ContradictionDto(string Id, string? Event, string Attribute, IReadOnlyList<string> Claims, IReadOnlyList<string> Values)
{
    /// <summary>From the model.</summary>
    public static ContradictionDto From(Contradiction c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new ContradictionDto(c.Id, c.EventId, c.Attribute.ToWire(), c.ClaimIds, c.Values);
    }
}

/// <summary>A stated position.</summary>
public sealed record PositionDto(string Actor, string Topic, string Stance, string StanceDetail, string Doc, string Quote, DateDto? Date, int Start, int End);

/// <summary>A document without its text.</summary>
public sealed record DocumentDto(string Id, string? Title, string? Outlet, IReadOnlyList<string> Authors, DateDto? Published, bool PublishedInferred, string? Url, int Length);

/// <summary>A document with its text.</summary>
public sealed record DocumentTextDto(DocumentDto Document, string Text);

/// <summary>Events at one place (the map).</summary>
public sealed record PlaceDto(string Id, string Name, double Lat, double Lon, int Events, int Disputed);

/// <summary>The actor network: nodes and weighted links.</summary>
public sealed record NetworkDto(IReadOnlyList<NetworkNodeDto> Nodes, IReadOnlyList<NetworkEdgeDto> Edges);

/// <summary>An actor in the network.</summary>
public sealed record NetworkNodeDto(string Id, string Name, string Kind, int Events);

/// <summary>A link between two actors: how many events of a relation (meeting, mediation, clash) join them.</summary>
public sealed record NetworkEdgeDto(string Source, string Target, string Relation, int Weight);
