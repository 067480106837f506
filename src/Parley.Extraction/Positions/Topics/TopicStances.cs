using Parley.Extraction.Events;
using Parley.Extraction.Matching;
using Parley.Extraction.Positions.Cues;
using Parley.Model;
using Parley.Packs;

namespace Parley.Extraction.Positions.Topics;

/// <summary>
/// Which topics a cue takes a stance on, and which stance each: negation, rebutting what others say, refusing one
/// thing without another, undoing a bad state or the thing itself ("end the blockade"), hindering the issue, and a
/// route named only as where something happens.
/// </summary>
internal sealed class TopicStances(DomainPack pack)
{
    private readonly EventCues _cues = EventCues.For(pack);
    private readonly string[][] _exceptions = [.. pack.Words("exception_cues").Select(SentenceContext.KeyOf)];
    private readonly string[][] _removals = [.. pack.Words("removal_cues").Select(SentenceContext.KeyOf)];
    private readonly string[][] _abandonments = [.. pack.Words("abandonment_cues").Select(SentenceContext.KeyOf)];
    private readonly string[][] _departures = [.. pack.Words("departure_verbs").Select(SentenceContext.KeyOf)];
    private readonly string[][] _bases = [.. pack.Words("basis_cues").Select(SentenceContext.KeyOf)];
    private readonly string[][] _grievances = [.. pack.Words("grievance_words").Select(SentenceContext.KeyOf)];

    private readonly HashSet<string> _wording = new(pack.Words("wording_objects"), StringComparer.Ordinal);
    private readonly HashSet<string> _rebuttals = new(pack.Words("rebuttal_objects").Select(w => SentenceContext.KeyOf(w)[0]), StringComparer.Ordinal);
    private readonly HashSet<string> _refusals = new(pack.Words("refusal_words"), StringComparer.Ordinal);
    private readonly HashSet<string> _removed = new(pack.Words("removal_participles"), StringComparer.Ordinal);
    private readonly HashSet<string> _obstructing = new(pack.Words("obstruction_words"), StringComparer.Ordinal);
    private readonly HashSet<string> _adverse = AdverseWords(pack);

    // Each issue's phrases as (topic, words joined by spaces), to tell a phrase that undoes its own issue.
    private readonly HashSet<(string, string)> _triggers =
        [.. pack.Topics.SelectMany(t => t.Triggers.Select(w => (t.Id, string.Join(' ', SentenceContext.KeyOf(w)))))];

    /// <summary>The first words of the pack's adverse topic words ("blockade", "crisis"): a bad state an issue's phrase may name.</summary>
    internal static HashSet<string> AdverseWords(DomainPack pack) =>
        new(pack.Words("adverse_topic_words").Select(w => SentenceContext.KeyOf(w)[0]), StringComparer.Ordinal);

    /// <summary>The topics named in tokens [from, to] with the stance each takes under <paramref name="cue"/>.</summary>
    internal List<(string Topic, PositionStance Stance)> In(SentenceContext ctx, StanceCue cue, int from, int to, PositionStance stance)
    {
        var result = new List<(string, PositionStance)>();
        if (to < from)
        {
            return result;
        }

        // "dropped its demand for checkpoints", "withdrew its objection to the commission": a stance given up is denied;
        // "would not give up its demand for", "never dropped its objection": giving up denied keeps the stance.
        var givenUp = GivenUp(ctx, cue.At);
        var denied = givenUp >= 0 ? !Negation.Before(ctx, givenUp) : Negation.Before(ctx, cue.At);
        if (stance is PositionStance.Supports or PositionStance.Demands && denied)
        {
            stance = PositionStance.Opposes;
        }
        else if (cue.Verdict && stance == PositionStance.Opposes && Negation.Before(ctx, cue.At))
        {
            // "the mission is not obsolete": a damning verdict denied speaks for the issue.
            stance = PositionStance.Supports;
        }
        else if (cue.Stance is PositionStance.Opposes && stance == PositionStance.Opposes && denied && !Negation.NotOnly(ctx, cue.At))
        {
            // "did not object to the closure", "no longer objects to the route": a refusal denied accepts the issue
            // ("not only rejected … but" denies nothing). Other opposition denied ("did not condemn the blockade")
            // states no stance at all.
            if (!IsRefusal(ctx, cue))
            {
                return result;
            }

            stance = PositionStance.Supports;
        }

        // "could not be a precondition for the treaty", "set no conditions": a condition denied sets none, and
        // wants the issue without it.
        if (cue.Stance == PositionStance.Conditional && !cue.Trailing && Negation.Before(ctx, cue.At))
        {
            stance = PositionStance.Supports;
        }

        // "rejected attempts to blame the peacekeepers": rebutting what others say or try is no stance on the
        // issues inside it.
        if (cue.Stance == PositionStance.Opposes && (_rebuttals.Contains(ctx.Word(from)) || _rebuttals.Contains(ctx.Word(from + 1))))
        {
            return result;
        }

        // "prefer the term 'smuggled in'", "rejected the word corridor": a stance on a word is on the wording, not the issue.
        if (ctx.Word(from) is "the" or "a" && _wording.Contains(ctx.Word(from + 1)))
        {
            return result;
        }

        // "will not sign a treaty without guarantees": refusing one thing unless another comes is a condition
        // on the first and support for the second.
        var exception = stance == PositionStance.Opposes ? FindFirst(ctx, _exceptions, from, to) : -1;
        var analysis = ctx.Analysis;
        var matches = DocumentTopics.For(analysis, _cues).Matches(from, to);
        var departure = -1;
        foreach (var match in matches)
        {
            // ("that the peacekeepers withdraw": the verb of leaving undoes the issue before it and names none of its own.)
            if (match.FirstToken == departure)
            {
                continue;
            }

            // "the dissolution of the Minsk Group", "withdraw from the format": a removal word that names an issue
            // of its own (disbanding forces) is here only the undoing of the issue named right after it.
            if (IsRemovalOfNext(ctx, match, matches, from))
            {
                continue;
            }

            var own = exception < 0 ? stance
                : match.FirstToken < exception ? PositionStance.Conditional
                : PositionStance.Supports;

            // "end the blockade", "the dissolution of the Minsk Group": undoing a bad state supports the issue,
            // undoing the thing itself opposes it.
            // A bad state turns the stance only as the cue's direct object, the first issue named after it
            // ("need to end a crisis resulting from the blockade": the blockade is not what is ended).
            var leaves = LeavesAfter(ctx, match.LastToken, to);
            departure = leaves >= 0 ? leaves : departure;
            var flips = RemovalBefore(ctx, match.FirstToken, from) || RemovedAfter(ctx, match.LastToken, to) || leaves >= 0 || UndoesOwnIssue(ctx, match);
            for (var i = match.FirstToken; i <= match.LastToken && result.Count == 0; i++)
            {
                flips ^= _adverse.Contains(ctx.Tokens[i].Normalized);
            }

            // "to grant it no special status": "no" before the issue's phrase turns the stance.
            if (result.Count == 0 && (ctx.Word(match.FirstToken - 1) == "no" || (ctx.Word(match.FirstToken - 2) == "no" && match.FirstToken - 2 > cue.End)))
            {
                flips = !flips;
            }

            // "urged Baku to stop obstructing the delivery of aid", "to not impede the delivery of goods": hindering
            // the issue turns the stance, and a "not" before the hindering turns it back.
            if (result.Count == 0)
            {
                for (var i = Math.Max(Math.Max(from, cue.End), match.FirstToken - 5); i < match.FirstToken; i++)
                {
                    flips ^= _obstructing.Contains(ctx.Tokens[i].Normalized) || (ctx.Tokens[i].Normalized is "not" or "never" && i > cue.End);
                }
            }

            if (flips)
            {
                own = own switch
                {
                    PositionStance.Opposes => PositionStance.Supports,
                    PositionStance.Conditional => PositionStance.Conditional,
                    _ => PositionStance.Opposes,
                };
            }

            // "demanded that he resign over the handover of the villages", "protests over the deal": the issue after
            // "over" is the grievance, opposed whatever is demanded.
            if (GrievanceOver(ctx, match.FirstToken, Math.Max(from, cue.At)))
            {
                own = PositionStance.Opposes;
            }

            // "smuggling along the Lachin corridor", "checkpoints in the corridor": a route named as where something
            // happens is not the issue, unless nothing else is.
            if (result.Count > 0 && IsLocative(ctx, match.FirstToken))
            {
                continue;
            }

            // "reopened to traffic under the terms of the ceasefire": a text cited as the ground of what is asked is not
            // the issue, unless nothing else is.
            if (result.Count > 0 && CitedAsBasis(ctx, match.FirstToken, from))
            {
                continue;
            }

            foreach (var topic in match.Payloads)
            {
                // A topic named twice under one cue keeps the stance of its first naming.
                if (!result.Any(r => r.Item1 == topic))
                {
                    result.Add((topic, own));
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The issues told as undone in tokens [<paramref name="from"/>, <paramref name="to"/>]: named after a removal word,
    /// before a verb of leaving or a participle of undoing ("withdrawing its peacekeeping contingent", "the peacekeepers
    /// would leave"), and not as a bad state ("lifting the blockade" undoes no issue).
    /// </summary>
    internal List<string> UndoneIn(SentenceContext ctx, int from, int to)
    {
        var undone = new List<string>();
        if (to < from)
        {
            return undone;
        }

        foreach (var match in DocumentTopics.For(ctx.Analysis, _cues).Matches(from, to))
        {
            var adverse = false;
            for (var i = match.FirstToken; i <= match.LastToken; i++)
            {
                adverse |= _adverse.Contains(ctx.Tokens[i].Normalized);
            }

            if (!adverse && (RemovalBefore(ctx, match.FirstToken, from) || RemovedAfter(ctx, match.LastToken, to) || LeavesAfter(ctx, match.LastToken, to) >= 0 || UndoesOwnIssue(ctx, match)))
            {
                undone.AddRange(match.Payloads.Where(t => !undone.Contains(t)));
            }
        }

        return undone;
    }

    /// <summary>
    /// "dropped its demand for", "has ceased to demand", "stopped insisting on": a verb of giving up (the pack's
    /// <c>abandonment_cues</c>) right before the cue at <paramref name="at"/>, or before a possessive or a "to" there:
    /// the first token of that verb, or -1.
    /// </summary>
    private int GivenUp(SentenceContext ctx, int at)
    {
        var end = ctx.Word(at - 1) is "its" or "their" or "his" or "her" or "our" or "to" ? at - 2 : at - 1;
        foreach (var key in _abandonments)
        {
            var first = end - key.Length + 1;
            if (first >= ctx.FirstToken && ctx.Find(key, first, end) == first)
            {
                return first;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when the issue at <paramref name="topic"/> follows "over" (with at most three words of its phrase between:
    /// "over the handover of") and one of the pack's <c>grievance_words</c> ("resign", "protest") stands between
    /// <paramref name="from"/> and that "over".
    /// </summary>
    private bool GrievanceOver(SentenceContext ctx, int topic, int from)
    {
        for (var over = topic - 1; over >= Math.Max(from, topic - 4); over--)
        {
            if (ctx.Word(over) != "over")
            {
                continue;
            }

            foreach (var key in _grievances)
            {
                var found = ctx.Find(key, Math.Max(from, over - 8), over - 1);
                if (found >= 0 && found + key.Length <= over)
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    /// <summary>True when a word of the cue is one of the pack's <c>refusal_words</c> ("object", "reject", "against").</summary>
    private bool IsRefusal(SentenceContext ctx, StanceCue cue)
    {
        for (var i = cue.At; i < cue.End; i++)
        {
            if (_refusals.Contains(ctx.Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when one of the pack's <c>basis_cues</c> ("under the terms of", "in line with") ends a few words before the issue at <paramref name="topic"/>.</summary>
    private bool CitedAsBasis(SentenceContext ctx, int topic, int from)
    {
        var lo = Math.Max(from, topic - 8);
        foreach (var key in _bases)
        {
            var at = ctx.Find(key, lo, topic - 1);
            if (at >= 0 && topic - (at + key.Length) <= 3)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLocative(SentenceContext ctx, int topic) =>
        ctx.Word(topic - 1) is "along" or "via" or "across" or "bypassing" or "in" or "at" or "near" or "on" ||
        (ctx.Word(topic - 2) is "along" or "via" or "across" or "bypassing" or "in" or "at" or "near" or "on" && ctx.Word(topic - 1) == "the");

    private bool IsRemovalOfNext(SentenceContext ctx, PhraseMatch<string> match, List<PhraseMatch<string>> matches, int from)
    {
        var removal = false;
        foreach (var key in _removals)
        {
            if (ctx.Find(key, match.FirstToken, match.LastToken + key.Length) == match.FirstToken)
            {
                removal = true;
                break;
            }
        }

        if (!removal)
        {
            return false;
        }

        foreach (var next in matches)
        {
            if (next.FirstToken > match.LastToken && next.FirstToken - match.LastToken <= 6 && RemovalBefore(ctx, next.FirstToken, from))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a topic phrase is itself the undoing of its issue: it opens with a removal word and ends in another
    /// phrase of the same issue ("withdrawal of the peacekeepers" names peacekeeping, as "peacekeepers" does), so a
    /// stance on the phrase is the opposite stance on the issue. A phrase whose issue is the undoing itself
    /// ("withdrawal of Armenian forces") ends in no phrase of its issue and is read as it stands.
    /// </summary>
    private bool UndoesOwnIssue(SentenceContext ctx, PhraseMatch<string> match)
    {
        var rest = -1;
        foreach (var key in _removals)
        {
            if (ctx.Find(key, match.FirstToken, match.FirstToken + key.Length - 1) == match.FirstToken)
            {
                rest = Math.Max(rest, match.FirstToken + key.Length);
            }
        }

        if (rest < 0 || rest > match.LastToken)
        {
            return false;
        }

        // Any ending of what the removal word takes ("the peacekeepers", "peacekeepers").
        for (var i = rest; i <= match.LastToken; i++)
        {
            var words = new string[match.LastToken - i + 1];
            for (var w = 0; w < words.Length; w++)
            {
                words[w] = ctx.Tokens[i + w].Normalized;
            }

            foreach (var topic in match.Payloads)
            {
                if (_triggers.Contains((topic, string.Join(' ', words))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when a removal word ("end", "dissolution of") stands just before the topic at <paramref name="topic"/>.</summary>
    private bool RemovalBefore(SentenceContext ctx, int topic, int from)
    {
        var lo = Math.Max(from, topic - 5);
        foreach (var key in _removals)
        {
            var at = ctx.Find(key, lo, topic - 1);
            if (at >= 0 && at + key.Length <= topic)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the issue ending at <paramref name="topic"/> is said to be undone right after it, in the passive
    /// ("insisted that the group be formally dissolved", "demanded that the blockade be lifted") or after a causative
    /// verb ("called on the peacekeepers to have the checkpoint removed").
    /// </summary>
    private bool RemovedAfter(SentenceContext ctx, int topic, int to)
    {
        // "to have the checkpoint removed", "wants the blockade lifted": a causative verb, the issue, the participle.
        if (topic + 1 <= to && _removed.Contains(ctx.Word(topic + 1)))
        {
            for (var k = topic - 1; k >= Math.Max(ctx.FirstToken, topic - 5); k--)
            {
                if (ctx.Word(k) is "have" or "has" or "had" or "get" or "gets" or "got" or "want" or "wants" or "wanted" or "see" or "sees")
                {
                    return true;
                }
            }
        }

        var i = topic + 1;
        while (i < to && ctx.Word(i) is "should" or "must" or "would" or "will" or "to" or "have" or "has")
        {
            i++;
        }

        if (ctx.Word(i) is not ("be" or "been" or "is" or "are" or "was" or "were"))
        {
            return false;
        }

        // ("be formally dissolved", "be finally closed": an adverb may stand before the participle.)
        i++;
        if (ctx.Word(i) is { Length: > 4 } adverb && adverb.EndsWith("ly", StringComparison.Ordinal))
        {
            i++;
        }

        return i <= to && _removed.Contains(ctx.Word(i));
    }

    /// <summary>
    /// The token of a verb of leaving (the pack's <c>departure_verbs</c>) right after the issue ending at
    /// <paramref name="topic"/>, past a modal or a "to" ("insisted that the peacekeepers leave", "wants the observers to
    /// withdraw"): the issue is undone. -1 when there is none.
    /// </summary>
    private int LeavesAfter(SentenceContext ctx, int topic, int to)
    {
        var i = topic + 1;
        while (i < to && ctx.Word(i) is "should" or "must" or "would" or "will" or "to" or "finally" or "eventually" or "soon" or "also")
        {
            i++;
        }

        foreach (var key in _departures)
        {
            if (i + key.Length - 1 <= to && ctx.Find(key, i, i + key.Length - 1) == i)
            {
                return i;
            }
        }

        return -1;
    }

    private static int FindFirst(SentenceContext ctx, string[][] keys, int from, int to)
    {
        var best = -1;
        foreach (var key in keys)
        {
            var at = ctx.Find(key, from, to);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
            }
        }

        return best;
    }
}
