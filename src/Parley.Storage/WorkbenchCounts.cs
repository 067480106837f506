using NodaTime;
using Parley.Model;

namespace Parley.Storage;

/// <summary>An event as a list of chips shows it: its id, type and earliest day.</summary>
/// <param name="Id">The merged event's id.</param>
/// <param name="Type">Its type.</param>
/// <param name="Date">Its earliest day, when dated.</param>
public sealed record EventStub(string Id, EventType Type, LocalDate? Date);

/// <summary>What one outlet reports (<see cref="IParleyStore.ReadOutletSummaries(int)"/>).</summary>
/// <param name="Outlet">The outlet name documents give; empty for documents that give none.</param>
/// <param name="Documents">Its documents.</param>
/// <param name="Events">Merged events with an account in one of its documents.</param>
/// <param name="Claims">Claims in its documents.</param>
/// <param name="AloneEvents">Events no other outlet reports.</param>
/// <param name="AloneFirst">The first of those in timeline order (as many as asked for).</param>
public sealed record OutletSummary(string Outlet, int Documents, int Events, int Claims, int AloneEvents, IReadOnlyList<EventStub> AloneFirst);

/// <summary>How many of the filtered events happen at one place (<see cref="IParleyStore.ReadPlaceCounts"/>).</summary>
/// <param name="Place">The place entity id.</param>
/// <param name="Events">Filtered events there.</param>
/// <param name="Disputed">Of those, the ones a contradiction is recorded on.</param>
public sealed record PlaceCount(string Place, int Events, int Disputed);

/// <summary>The filtered events by place, and how many events the filter selects in all.</summary>
/// <param name="Places">Places with at least one filtered event, most events first (then by id).</param>
/// <param name="Events">Every filtered event, with a place or not.</param>
public sealed record PlaceCounts(IReadOnlyList<PlaceCount> Places, int Events);

/// <summary>A link of the actor network with how many filtered events make it (<see cref="IParleyStore.ReadNetwork"/>).</summary>
/// <param name="A">One actor (the ordinal-smaller id).</param>
/// <param name="B">The other.</param>
/// <param name="Relation">meeting, mediation or clash (<see cref="EventPairs"/>).</param>
/// <param name="Events">The events that make the link.</param>
/// <param name="First">The first of those events in timeline order (as many as asked for).</param>
public sealed record NetworkLink(string A, string B, string Relation, int Events, IReadOnlyList<EventStub> First);

/// <summary>The strongest links of the actor network and, for each actor on them, how many distinct events they hold.</summary>
/// <param name="Links">The links, most events first (then by A, B and relation, ordinal).</param>
/// <param name="ActorEvents">For each actor of <paramref name="Links"/>, the distinct events of its links among them.</param>
public sealed record NetworkCounts(IReadOnlyList<NetworkLink> Links, IReadOnlyDictionary<string, int> ActorEvents)
{
    /// <summary>
    /// The network of <paramref name="links"/> (each pair's events): the <paramref name="maxLinks"/> strongest, each with
    /// its first <paramref name="eventsShown"/> events in timeline order, and each of their actors' distinct events.
    /// </summary>
    public static NetworkCounts Of(Dictionary<(string A, string B, string Relation), List<EventStub>> links, int maxLinks, int eventsShown)
    {
        ArgumentNullException.ThrowIfNull(links);
        var top = links.OrderByDescending(l => l.Value.Count).ThenBy(l => l.Key.A, StringComparer.Ordinal).ThenBy(l => l.Key.B, StringComparer.Ordinal)
            .ThenBy(l => l.Key.Relation, StringComparer.Ordinal).Take(maxLinks).ToList();
        var actors = top.SelectMany(l => new[] { (Actor: l.Key.A, Events: l.Value), (Actor: l.Key.B, Events: l.Value) })
            .GroupBy(x => x.Actor, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(x => x.Events).Select(e => e.Id).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        return new NetworkCounts(
            [.. top.Select(l => new NetworkLink(l.Key.A, l.Key.B, l.Key.Relation, l.Value.Count,
                [.. l.Value.OrderBy(e => e.Date is null).ThenBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).Take(eventsShown)]))],
            actors);
    }
}

/// <summary>What the record holds about one entity (<see cref="IParleyStore.ReadActorCounts"/>).</summary>
/// <param name="Id">The entity id.</param>
/// <param name="Events">Merged events it acts in, is targeted in or mediates.</param>
/// <param name="Claims">Claims it makes.</param>
/// <param name="Positions">Positions it states.</param>
/// <param name="Mentions">Times the documents name it.</param>
public sealed record ActorCounts(string Id, int Events, int Claims, int Positions, int Mentions);

/// <summary>What the record holds about one topic (<see cref="IParleyStore.ReadTopicCounts"/>).</summary>
/// <param name="Topic">The topic id.</param>
/// <param name="Events">Merged events on it.</param>
/// <param name="Claims">Claims on it.</param>
/// <param name="Positions">Positions on it.</param>
/// <param name="Parties">Distinct actors with a position on it.</param>
public sealed record TopicCounts(string Topic, int Events, int Claims, int Positions, int Parties);

/// <summary>Selects documents (<see cref="IParleyStore.ReadDocumentPage"/>); every null criterion matches everything.</summary>
public sealed record DocumentFilter
{
    /// <summary>Documents of this outlet (ignoring case).</summary>
    public string? Outlet { get; init; }

    /// <summary>Documents published (possibly) on or after this day.</summary>
    public LocalDate? From { get; init; }

    /// <summary>Documents published (possibly) on or before this day.</summary>
    public LocalDate? To { get; init; }

    /// <summary>True when <paramref name="document"/> passes the filter.</summary>
    public bool Matches(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return (Outlet is null || string.Equals(document.Outlet, Outlet, StringComparison.OrdinalIgnoreCase))
            && (From is null || (document.Published is { } p1 && p1.Latest >= From))
            && (To is null || (document.Published is { } p2 && p2.Earliest <= To));
    }
}

/// <summary>
/// Which actors an event links in the actor network, and how: meetings, agreements and visits link their actors and
/// targets together (meeting), armed clashes likewise (clash), and each mediator links to each actor and target
/// (mediation). The one definition the merge's stored pairs and the in-memory fallback share.
/// </summary>
public static class EventPairs
{
    /// <summary>The links <paramref name="e"/> makes, each once, as (A, B, relation) with A ordinal-smaller than B.</summary>
    public static IReadOnlyList<(string A, string B, string Relation)> Of(Event e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var pairs = new List<(string, string, string)>();
        var seen = new HashSet<(string, string, string)>();
        void Add(string a, string b, string relation)
        {
            if (a == b)
            {
                return;
            }

            var key = string.CompareOrdinal(a, b) < 0 ? (a, b, relation) : (b, a, relation);
            if (seen.Add(key))
            {
                pairs.Add(key);
            }
        }

        var sides = e.Actors.Concat(e.Targets).Distinct(StringComparer.Ordinal).ToList();
        var together = e.Type is EventType.Meeting or EventType.Agreement or EventType.Visit ? "meeting" : e.Type == EventType.ArmedClash ? "clash" : null;
        if (together is not null)
        {
            for (var i = 0; i < sides.Count; i++)
            {
                for (var j = i + 1; j < sides.Count; j++)
                {
                    Add(sides[i], sides[j], together);
                }
            }
        }

        foreach (var mediator in e.Mediators)
        {
            foreach (var side in sides)
            {
                Add(mediator, side, "mediation");
            }
        }

        return pairs;
    }
}
