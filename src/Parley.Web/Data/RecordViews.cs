using NodaTime;
using Parley.Model;
using Parley.Storage;

namespace Parley.Web.Data;

/// <summary>A place on the map with the events there.</summary>
/// <param name="Place">The place entity.</param>
/// <param name="Events">Events at it that pass the filter.</param>
public sealed record PlaceEvents(Entity Place, IReadOnlyList<EventRow> Events);

/// <summary>A link of the actor network.</summary>
/// <param name="A">One actor (ordinal-smaller id).</param>
/// <param name="B">The other.</param>
/// <param name="Relation">meeting, mediation or clash.</param>
/// <param name="Events">The events that make the link.</param>
public sealed record ActorLink(string A, string B, string Relation, IReadOnlyList<string> Events);


/// <summary>The derived views several pages and the API share, computed from a <see cref="RecordIndex"/>.</summary>
public static class RecordViews
{
    /// <summary>Events passing <paramref name="filter"/>, in timeline order.</summary>
    public static IEnumerable<EventRow> Events(RecordIndex index, EventFilter filter) =>
        index.EventRows.Where(filter.Matches);

    /// <summary>Places with coordinates and the filtered events at each, busiest first.</summary>
    public static IReadOnlyList<PlaceEvents> Places(RecordIndex index, EventFilter filter) =>
        filter.IsEmpty ? index.Memo("places", () => ComputePlaces(index, filter)) : ComputePlaces(index, filter);

    private static IReadOnlyList<PlaceEvents> ComputePlaces(RecordIndex index, EventFilter filter) =>
        Events(index, filter)
            .Where(r => r.Event.Place is not null)
            .GroupBy(r => r.Event.Place!)
            .Select(g => index.Entities.TryGetValue(g.Key, out var place) && place.Geo is not null ? new PlaceEvents(place, g.ToList()) : null)
            .OfType<PlaceEvents>()
            .OrderByDescending(p => p.Events.Count)
            .ToList();

    /// <summary>Actors linked by meetings (actors together), mediations (mediator to each actor) and clashes (actor to target).</summary>
    public static IReadOnlyList<ActorLink> Network(RecordIndex index, EventFilter filter) =>
        filter.IsEmpty ? index.Memo("network", () => ComputeNetwork(index, filter)) : ComputeNetwork(index, filter);

    private static IReadOnlyList<ActorLink> ComputeNetwork(RecordIndex index, EventFilter filter)
    {
        var links = new Dictionary<(string, string, string), List<string>>();
        void Add(string a, string b, string relation, string eventId)
        {
            if (a == b)
            {
                return;
            }

            var key = string.CompareOrdinal(a, b) < 0 ? (a, b, relation) : (b, a, relation);
            if (!links.TryGetValue(key, out var list))
            {
                links[key] = list = [];
            }

            list.Add(eventId);
        }

        foreach (var row in Events(index, filter))
        {
            var e = row.Event;
            if (e.Type is EventType.Meeting or EventType.Agreement or EventType.Visit)
            {
                var sides = e.Actors.Concat(e.Targets).Distinct().ToList();
                for (var i = 0; i < sides.Count; i++)
                {
                    for (var j = i + 1; j < sides.Count; j++)
                    {
                        Add(sides[i], sides[j], "meeting", e.Id);
                    }
                }
            }

            if (e.Type == EventType.ArmedClash)
            {
                var sides = e.Actors.Concat(e.Targets).Distinct().ToList();
                for (var i = 0; i < sides.Count; i++)
                {
                    for (var j = i + 1; j < sides.Count; j++)
                    {
                        Add(sides[i], sides[j], "clash", e.Id);
                    }
                }
            }

            foreach (var mediator in e.Mediators)
            {
                foreach (var side in e.Actors.Concat(e.Targets).Distinct())
                {
                    Add(mediator, side, "mediation", e.Id);
                }
            }
        }

        return links.Select(kv => new ActorLink(kv.Key.Item1, kv.Key.Item2, kv.Key.Item3, kv.Value.Distinct().ToList()))
            .OrderByDescending(l => l.Events.Count).ThenBy(l => l.A, StringComparer.Ordinal).ThenBy(l => l.B, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Contradictions, newest first (undated last), optionally of one attribute.</summary>
    public static IReadOnlyList<DatedContradiction> Contradictions(RecordIndex index, ContradictionAttribute? attribute) =>
        index.Memo("contradictions:" + attribute, () => (IReadOnlyList<DatedContradiction>)index.Record.Contradictions
            .Where(c => attribute is null || c.Attribute == attribute)
            .Select(c => new DatedContradiction(c, DateOf(index, c)))
            .OrderBy(c => c.Day is null)
            .ThenByDescending(c => c.Day)
            .ThenBy(c => c.Contradiction.Id, StringComparer.Ordinal)
            .ToList());

    /// <summary>
    /// The account side of a contradiction: for each of its claims, the value that claim gives (values are listed in
    /// claim order; when the counts differ the value is shown once for the whole contradiction).
    /// </summary>
    public static string? ValueOfClaim(Contradiction contradiction, string claimId)
    {
        ArgumentNullException.ThrowIfNull(contradiction);
        var i = contradiction.ClaimIds.ToList().IndexOf(claimId);
        return i >= 0 && contradiction.Values.Count == contradiction.ClaimIds.Count ? contradiction.Values[i] : null;
    }

    private static LocalDate? DateOf(RecordIndex index, Contradiction c)
    {
        if (c.EventId is not null && index.Events.TryGetValue(c.EventId, out var e) && e.Date is { } d)
        {
            return d.Earliest;
        }

        return c.ClaimIds
            .Select(id => index.Claims.TryGetValue(id, out var claim) && index.Documents.TryGetValue(claim.DocumentId, out var doc) ? doc.Published?.Earliest : null)
            .Where(x => x is not null)
            .DefaultIfEmpty(null)
            .Max();
    }
}
