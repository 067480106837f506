using Parley.Extraction.Events;
using Parley.Model;
using Parley.Packs;

namespace Parley.Extraction.Positions.Topics;

/// <summary>
/// The issue an "it" or "them" in a stance's place stands for ("… the text of the peace treaty was agreed and Yerevan
/// was ready to sign it", "The Minsk Group has not met since 2020. He called it obsolete."): the one issue named
/// before it in its sentence or, with none there, in the sentence before, where no stance was stated on anything
/// (after "Russia proposed …", "it" is the proposal, not its issue).
/// </summary>
internal sealed class IssueAnaphora(DomainPack pack)
{
    // Words of a verb phrase between a cue and its pronoun object ("ready to sign it", "agreed to fully implement it").
    private static readonly HashSet<string> NotVerbs = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "that", "this", "these", "those", "to", "of", "on", "in", "for", "with", "by", "as", "and", "or", "but", "not",
    };

    // What may follow a pronoun subject judged by a verdict ("it was obsolete", "it had become a dead end").
    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "has", "had", "have", "been", "become", "became", "now", "already", "long", "also", "would", "be", "will",
    };

    private readonly TopicStances _topics = new(pack);
    private readonly IReadOnlyDictionary<string, string?> _heads = EventCues.For(pack).TopicHeads;
    private readonly string[][] _removals = [.. pack.Words("removal_cues").Select(SentenceContext.KeyOf)];

    /// <summary>
    /// The determiner of a bare head noun of the pack's <c>topic_heads</c> ("the process", "this deal") inside tokens
    /// [<paramref name="from"/>, <paramref name="to"/>] that names no issue of its own (no phrase ending in it came
    /// before): it stands for the issue named just before, as "it" does. -1 when there is none.
    /// </summary>
    internal int StandIn(SentenceContext ctx, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (ctx.Word(i) is "the" or "this" or "that" && _heads.ContainsKey(ctx.Word(i + 1)) &&
                (i + 2 > ctx.LastToken || ctx.Word(i + 2) is not ("of" or "from" or "'s" or "\u2019s")))
            {
                // (A head used before stands for that use: "an internationally mandated format … the format" names no issue.)
                return UsedBefore(ctx, i + 1) ? -1 : i;
            }
        }

        return -1;
    }

    /// <summary>True when the word at <paramref name="head"/>, or its singular or plural, occurs earlier in the document.</summary>
    private static bool UsedBefore(SentenceContext ctx, int head)
    {
        var tokens = ctx.Analysis.Tokens;
        var word = tokens[head].Normalized;
        for (var j = head - 1; j >= 0; j--)
        {
            var w = tokens[j].Normalized;
            if (w == word || w == word + "s" || word == w + "s")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a removal word of the pack ("stop", "an end to") ends right before token <paramref name="at"/>: "to stop the process".</summary>
    internal bool UndoneAt(SentenceContext ctx, int at)
    {
        foreach (var key in _removals)
        {
            var first = at - key.Length;
            if (first >= ctx.FirstToken && ctx.Find(key, first, at - 1) == first)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The pronoun ("it", "them") a cue takes as its object, right after it or after one or two words of a verb; -1 when
    /// there is none, or when "or not" sets the stance aside.
    /// </summary>
    internal static int ObjectPronoun(SentenceContext ctx, StanceCue cue)
    {
        for (var i = cue.End; i <= Math.Min(ctx.LastToken, cue.End + 2); i++)
        {
            if (ctx.Word(i) is "it" or "them")
            {
                // "whether Armenia wants it or not": a stance set aside is none.
                return ctx.Word(i + 1) == "or" && ctx.Word(i + 2) == "not" ? -1 : i;
            }

            if (!ctx.Tokens[i].IsWord || ctx.Tokens[i].IsCapitalized || NotVerbs.Contains(ctx.Word(i)))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>True when tokens [<paramref name="first"/>, <paramref name="last"/>] are a pronoun and at most a copula ("it", "it was", "they had become").</summary>
    internal static bool IsPronounClause(SentenceContext ctx, int first, int last)
    {
        if (last < first || ctx.Word(first) is not ("it" or "they" or "them"))
        {
            return false;
        }

        for (var i = first + 1; i <= last; i++)
        {
            if (!Copulas.Contains(ctx.Word(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The one issue the pronoun at <paramref name="pronoun"/> stands for, with the stance <paramref name="cue"/> takes on
    /// it: named before it in its sentence when no other cue stands there, else in <paramref name="prior"/> when that
    /// states no stance (<paramref name="priorCues"/> is empty); empty when none or more than one issue is named.
    /// </summary>
    internal List<(string Topic, PositionStance Stance)> Resolve(
        SentenceContext ctx, StanceCue cue, int pronoun, IReadOnlyList<StanceCue> cues, SentenceContext? prior, IReadOnlyList<StanceCue>? priorCues)
    {
        var stance = cue.Stance;
        if (stance == PositionStance.Conditional)
        {
            return [];
        }

        // Negation is read at the cue itself ("did not welcome it"), as for an issue named after it.
        if (Cues.Negation.Before(ctx, cue.At))
        {
            stance = stance switch
            {
                PositionStance.Supports or PositionStance.Demands or PositionStance.Offers => PositionStance.Opposes,
                PositionStance.Opposes when cue.Verdict => PositionStance.Supports,
                _ => stance,
            };
        }

        var before = Math.Min(pronoun, cue.At) - 1;
        var othersBefore = false;
        foreach (var c in cues)
        {
            othersBefore |= c.At < cue.At && !c.Equals(cue);
        }

        if (othersBefore)
        {
            return [];
        }

        // (A stand-in cue at the sentence's start: the stance and its negation are already read.)
        var here = _topics.In(ctx, new StanceCue(ctx.FirstToken, ctx.FirstToken, stance, false), ctx.FirstToken, before, stance);
        if (here.Count > 0)
        {
            return One(here);
        }

        if (prior is null || priorCues is null || priorCues.Count > 0)
        {
            return [];
        }

        return One(_topics.In(prior, new StanceCue(prior.FirstToken, prior.FirstToken, stance, false), prior.FirstToken, prior.LastToken, stance));
    }

    // Only one issue is what a pronoun stands for; two or more leave it open.
    private static List<(string Topic, PositionStance Stance)> One(List<(string Topic, PositionStance Stance)> topics) =>
        topics.Count == 1 ? topics : [];
}
