using Parley.Extraction.Matching;
using Parley.Model;

namespace Parley.Extraction.Events.Arguments;

/// <summary>
/// The counts of a sentence that belong to a trigger (killed, wounded, released, …): those of its clause nearest to
/// it rather than to another trigger.
/// </summary>
internal static class TriggerQuantities
{
    internal static List<Quantity> ReadQuantities(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<PhraseMatch<(EventType Type, TriggerForm Form)>> triggers, EventType type, (int First, int Last) clause, ActorIds sides)
    {
        // Naming, sacking, proposing, inviting or refusing counts nothing: a number in such a sentence belongs to
        // something else ("dismissed five days after ..."). Talks are counted only in days or in those present.
        if (type is EventType.Appointment or EventType.Dismissal or EventType.Proposal or EventType.Invitation or EventType.Refusal)
        {
            return [];
        }

        // With happenings of several kinds in one sentence ("clashes broke out as 40 tons of aid arrived"), each
        // count goes to the kind of the trigger nearest it.
        // Counts of the trigger's own clause only ("freed 32 soldiers, and Armenia freed 2").
        // (Loops rather than LINQ: this runs for every event read.)
        var list = new List<Quantity>();
        // The triggers of a clause share its counts: read once, only read here.
        if (ctx.KnownQuantities is not { } known || known.First != clause.First || known.Last != clause.Last)
        {
            known = (clause.First, clause.Last, QuantityReader.Read(ctx.Tokens, clause.First, clause.Last));
            ctx.KnownQuantities = known;
        }

        string? lastSide = null;
        foreach (var (quantity, token) in known.Found)
        {
            if (NearestTrigger(triggers, token).Payloads[0].Type != trigger.Payloads[0].Type)
            {
                continue;
            }

            // "two days earlier", "ten days ago" tell when, not how long.
            if (quantity.Kind == QuantityKind.Days && ctx.InDate(token, pointsOnly: true))
            {
                continue;
            }

            var q = quantity;
            if (type == EventType.Displacement && q.Kind == QuantityKind.People)
            {
                q = q with { Kind = QuantityKind.Displaced };
            }

            // Servicemen freed, captured or detained are counted as people, not as a force in the field.
            if (type is EventType.Release or EventType.Arrest && q.Kind == QuantityKind.Troops)
            {
                q = q with { Kind = QuantityKind.People };
            }

            if (type == EventType.Meeting && q.Kind is not (QuantityKind.Days or QuantityKind.People))
            {
                continue;
            }

            // "Two Azerbaijani servicemen were killed": whose dead or wounded they are.
            if (q.Kind is QuantityKind.Killed or QuantityKind.Wounded && sides.SideCounted(ctx, token) is { } side)
            {
                q = q with { Side = side };
            }
            // "One Armenian soldier was killed and two others were wounded": "others" are of the side counted before.
            else if (q.Kind is QuantityKind.Killed or QuantityKind.Wounded && ctx.Word(token + 1) is "others" or "other" && lastSide is not null)
            {
                q = q with { Side = lastSide };
            }

            if (q.Kind is QuantityKind.Killed or QuantityKind.Wounded)
            {
                lastSide = q.Side;
            }

            // Each count once, in the order first read.
            if (!list.Contains(q))
            {
                list.Add(q);
            }
        }

        return list;
    }

    private static PhraseMatch<(EventType Type, TriggerForm Form)> NearestTrigger(List<PhraseMatch<(EventType Type, TriggerForm Form)>> triggers, int token)
    {
        // The nearest; of equally near ones, the first listed.
        var best = triggers[0];
        var bestDistance = int.MaxValue;
        foreach (var t in triggers)
        {
            var distance = token < t.FirstToken ? t.FirstToken - token : Math.Max(0, token - t.LastToken);
            if (distance < bestDistance)
            {
                best = t;
                bestDistance = distance;
            }
        }

        return best;
    }
}
