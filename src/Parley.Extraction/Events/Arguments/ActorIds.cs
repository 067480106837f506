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
    private readonly EntityIndex _entities = EntityIndex.For(pack);

    internal string ActorId(LinkedMention m, EventType type)
    {
        // Talks and deals are between states, and so is fighting: a ministry, office or commission at the table, or an
        // army in the field, stands for its state.
        if (m.Kind == EntityKind.Organization && type is EventType.Meeting or EventType.Agreement or EventType.ArmedClash &&
            pack.Find(pack.Find(m.Mention.EntityId)?.Parent) is { Kind: EntityKind.State } state)
        {
            return state.Id;
        }

        // "Armenian soldiers were killed as Azerbaijani troops attacked": a state's servicemen fight for their state.
        if (m.Kind == EntityKind.Group && type == EventType.ArmedClash && pack.Find(m.Mention.EntityId) is { PlaceType: "armed-force", Side: { } armedSide })
        {
            return armedSide;
        }

        // (Who leads a protest does so as a person, not for a state.)
        if (m.Kind == EntityKind.Person && type is not (EventType.Appointment or EventType.Dismissal or EventType.Arrest or EventType.Release or EventType.Protest))
        {
            var side = pack.Find(m.Mention.EntityId)?.Side;
            if (side is not null)
            {
                return side;
            }
        }

        return m.Mention.EntityId;
    }

    /// <summary>
    /// The side whose people a count at token <paramref name="number"/> counts: the side of a party named in its noun
    /// phrase ("two Azerbaijani servicemen", "15 Armenian soldiers", "three servicemen of the Armenian army"), or null.
    /// </summary>
    /// <summary>The party named last before the first speech verb that stands before <paramref name="number"/>, or null.</summary>
    private static LinkedMention? SpeakerBefore(SentenceContext ctx, int number)
    {
        for (var v = ctx.FirstToken + 1; v < number; v++)
        {
            if (Dates.TriggerDates.IsSpeechVerb(ctx.Word(v)))
            {
                LinkedMention? speaker = null;
                foreach (var m in ctx.ActorList)
                {
                    if (m.LastToken < v)
                    {
                        speaker = m;
                    }
                }

                return speaker;
            }
        }

        return null;
    }

    internal string? SideCounted(SentenceContext ctx, int number)
    {
        // "Four Armenian and three Azerbaijani servicemen": a demonym right after the count names the side.
        if (ctx.Tokens[number + 1] is { IsCapitalized: true } next && _entities.AdjectiveOf.TryGetValue(next.Normalized, out var state))
        {
            return state;
        }

        // "put the number of Armenian dead at more than 100": a demonym before what the count is put at names the side.
        var at = number - 1;
        while (at > ctx.FirstToken && at >= number - 4 && QuantityReader.Rounds(ctx.Word(at)))
        {
            at--;
        }

        if (ctx.Word(at) == "at" && at - 2 >= ctx.FirstToken && ctx.Tokens[at - 2] is { IsCapitalized: true } demonym &&
            _entities.AdjectiveOf.TryGetValue(demonym.Normalized, out var counted))
        {
            return counted;
        }

        // "Azerbaijan said 71 of its servicemen were killed": "its" is the side named last before the count, or, in
        // reported speech, the speaker's ("Baku said Armenian forces shelled its positions and that seven of its
        // servicemen were killed").
        if (ctx.Word(number + 1) == "of" && ctx.Word(number + 2) is "its" or "their")
        {
            if (SpeakerBefore(ctx, number) is { } speaker)
            {
                return SideOf(speaker);
            }

            for (var k = ctx.ActorList.Count - 1; k >= 0; k--)
            {
                var m = ctx.ActorList[k];
                if (m.LastToken < number)
                {
                    return SideOf(m);
                }
            }
        }

        foreach (var m in ctx.ActorList)
        {
            if ((m.FirstToken > number && m.FirstToken <= number + 3) ||
                (m.FirstToken > number + 3 && m.FirstToken <= number + 6 && ctx.Word(m.FirstToken - 1) is "of" or "the" && ctx.Find("of", number + 1, m.FirstToken - 1) > number))
            {
                return SideOf(m);
            }

            if (m.FirstToken > number + 6)
            {
                break;
            }
        }

        return null;
    }

    private string? SideOf(LinkedMention m) =>
        pack.Find(m.Mention.EntityId)?.Side ?? (m.Kind == EntityKind.State ? m.Mention.EntityId : null);
}
