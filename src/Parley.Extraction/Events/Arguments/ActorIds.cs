using Parley.Extraction.Entities;
using Parley.Model;
using Parley.Packs;

namespace Parley.Extraction.Events.Arguments;

/// <summary>
/// The id a named actor takes part under: its state for a ministry or army at talks, deals and fighting, and the
/// side of a person the pack gives one.
/// </summary>
internal sealed class ActorIds(DomainPack pack)
{
    internal string ActorId(LinkedMention m, EventType type)
    {
        // Talks and deals are between states, and so is fighting: a ministry, office or commission at the table, or an
        // army in the field, stands for its state.
        if (m.Kind == EntityKind.Organization && type is EventType.Meeting or EventType.Agreement or EventType.ArmedClash &&
            pack.Find(pack.Find(m.Mention.EntityId)?.Parent) is { Kind: EntityKind.State } state)
        {
            return state.Id;
        }

        if (m.Kind == EntityKind.Person && type is not (EventType.Appointment or EventType.Dismissal or EventType.Arrest or EventType.Release))
        {
            var side = pack.Find(m.Mention.EntityId)?.Side;
            if (side is not null)
            {
                return side;
            }
        }

        return m.Mention.EntityId;
    }
}
