using Parley.Extraction.Events;
using Parley.Extraction.Positions.Holders;
using Parley.Extraction.Positions.Recording;
using Parley.Model;
using Parley.Packs;
using Parley.Pipeline;

namespace Parley.Extraction.Positions.Indirect;

/// <summary>
/// "Azerbaijan set up a checkpoint on the road": doing what the pack says shows a stance (its event type's
/// actor_stance) is holding that stance on the type's topics. Only an act with one party is read, for a state
/// body the state it acts for; an act denied, proposed or imagined shows nothing.
/// </summary>
internal sealed class ActStances(DomainPack pack)
{
    private readonly EventCues _cues = EventCues.For(pack);
    private readonly StandingFor _standing = new(pack);
    private readonly Dictionary<EventType, PositionStance> _actStances = pack.EventTypes.Where(t => t.ActorStance is not null && t.InherentTopics.Count > 0)
        .ToDictionary(t => t.Type, t => t.ActorStance!.Value);

    /// <summary>Records the stances the document's acts show, each quoted and dated as its event.</summary>
    internal void Read(DocumentAnalysis analysis, PositionRecorder recorder)
    {
        foreach (var e in analysis.Events)
        {
            // One party: one actor, or several that act for one state ("Azerbaijan's border service" and Azerbaijan).
            if (!_actStances.TryGetValue(e.Type, out var stance) || e.Status != EventStatus.Occurred || e.Actors.Count == 0 ||
                OneHolder(e.Actors) is not { } holder)
            {
                continue;
            }

            foreach (var topic in _cues.InherentTopics[e.Type])
            {
                recorder.Add(holder, topic, stance, e.Span, e.Quote, e.Date ?? analysis.Document.Published);
            }
        }
    }

    /// <summary>The state every one of <paramref name="actors"/> acts for (or the lone actor), or null when they differ.</summary>
    private string? OneHolder(IReadOnlyList<string> actors)
    {
        var holder = _standing.StateOf(actors[0]);
        for (var k = 1; k < actors.Count; k++)
        {
            if (_standing.StateOf(actors[k]) != holder)
            {
                return null;
            }
        }

        return holder;
    }
}
