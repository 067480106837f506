using Parley.Extraction.Events;
using Parley.Model;
using Parley.Packs;

namespace Parley.Extraction.Positions.Holders;

/// <summary>
/// When several parties hold one stance: a phrase standing for them ("both sides", from the pack's
/// collective_holders), the parties of an infinitive after "for" ("a deal for both sides to withdraw"), and the
/// states a joint statement speaks for ("We, the President of ..., ...").
/// </summary>
internal sealed class SeveralHolders(DomainPack pack)
{
    private readonly EventCues _cues = EventCues.For(pack);

    // The last words of titles and of nouns of government, singular and plural ("ministers", "leaders", "delegations"):
    // "the foreign ministers of Armenia and Azerbaijan" stands for both states.
    private readonly HashSet<string> _titles = pack.Words("title_nouns").Concat(pack.Words("government_nouns"))
        .Select(w => w.Split(' ')[^1]).SelectMany(w => new[] { w, w + "s" }).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A phrase standing for several parties ("both sides", "the two countries", from the pack's
    /// collective_holders) before the cue and reaching past <paramref name="after"/>, as the subject; null when none.
    /// </summary>
    internal (int First, string[] Ids)? CollectiveBefore(SentenceContext ctx, int at, int after)
    {
        (int First, string[] Ids)? best = null;
        foreach (var (key, ids) in _cues.Collectives)
        {
            for (var found = ctx.Find(key, ctx.FirstToken, at - 1); found >= 0; found = ctx.Find(key, found + 1, at - 1))
            {
                // The phrase must reach past the single actor found ("Armenia and Azerbaijan agreed": not Azerbaijan alone).
                var word = ctx.Word(found - 1);
                // ("The leaders of Armenia and Azerbaijan agreed": after a title's "of" the phrase still names the subject.)
                if (word == "of" && _titles.Contains(ctx.Word(found - 2)))
                {
                    word = "";
                }

                if (found + key.Length <= at && found + key.Length - 1 >= after && (best is null || found > best.Value.First) && !HolderReader.InsideBrackets(ctx, found) &&
                    word is not ("of" or "with" or "between" or "to" or "from" or "in" or "on" or "for" or "against" or "about" or "by" or "urged" or "urging" or "called" or "calling" or "urges"))
                {
                    best = (found, ids);
                }
            }
        }

        return best;
    }

    /// <summary>
    /// The parties between a cue's "for" and an infinitive's "to" ("an agreement for Baku and Yerevan to sign",
    /// "a deal for both sides to withdraw"): a collective phrase's parties or the actors named; empty when none.
    /// </summary>
    internal List<string> InfinitiveSubjects(SentenceContext ctx, StanceCue cue)
    {
        var ids = new List<string>();
        // "Baku called for the separatist authorities to disband": whom a demand is made of is not who demands it.
        if ((ctx.Word(cue.End - 1) != "for" && ctx.Word(cue.End) != "for") || cue.Stance == PositionStance.Demands)
        {
            return ids;
        }

        var from = ctx.Word(cue.End) == "for" ? cue.End + 1 : cue.End;
        var to = -1;
        for (var i = from; i <= ctx.LastToken && i - from <= 8; i++)
        {
            if (ctx.Word(i) == "to")
            {
                to = i;
                break;
            }

            if (!ctx.Tokens[i].IsWord)
            {
                return ids;
            }
        }

        if (to < 0)
        {
            return ids;
        }

        foreach (var (key, parties) in _cues.Collectives)
        {
            var found = ctx.Find(key, from, to - 1);
            if (found >= 0 && found + key.Length <= to)
            {
                ids.AddRange(parties.Where(p => !ids.Contains(p)));
            }
        }

        var covered = new bool[to - from];
        foreach (var m in ctx.Actors.Where(m => m.FirstToken >= from && m.LastToken < to))
        {
            if (!ids.Contains(m.Mention.EntityId))
            {
                ids.Add(m.Mention.EntityId);
            }

            for (var i = m.FirstToken; i <= m.LastToken; i++)
            {
                covered[i - from] = true;
            }
        }

        // Only the parties, joined by "and" ("both", "the", "all"), stand between: "the precondition for the talks is a
        // framework with mediators to ..." has no subject there.
        for (var i = from; i < to; i++)
        {
            if (!covered[i - from] && ctx.Word(i) is not ("both" or "the" or "and" or "all" or "two" or "sides" or "countries" or "parties" or "states"))
            {
                ids.Clear();
                break;
            }
        }

        return ids;
    }

    /// <summary>
    /// The states a joint statement speaks for, from its opening "We, the President of Azerbaijan, the Prime Minister of
    /// Armenia and the President of Russia, state ...": null unless the sentence opens so and names two states or more.
    /// </summary>
    internal static List<string>? Signatories(SentenceContext ctx)
    {
        if (ctx.Word(ctx.FirstToken) != "we" || ctx.Word(ctx.FirstToken + 1) != ",")
        {
            return null;
        }

        // The list in apposition to "we" runs over titles and names up to the first other word ("We, the villagers, wrote
        // to the President of Azerbaijan" names no signatory).
        var end = ctx.FirstToken + 2;
        while (end <= ctx.LastToken && (!ctx.Tokens[end].IsWord || ctx.Tokens[end].IsCapitalized ||
                                        ctx.Word(end) is "the" or "of" or "and" or "as" or "undersigned"))
        {
            end++;
        }

        var states = ctx.Actors.Where(m => m.Kind == EntityKind.State && m.LastToken < end).Select(m => m.Mention.EntityId).Distinct().ToList();
        return states.Count >= 2 ? states : null;
    }
}
