using Parley.Extraction.Entities;
using Parley.Extraction.Events;
using Parley.Extraction.Matching;
using Parley.Model;
using Parley.Packs;
using Parley.Pipeline;
using Parley.Time;

namespace Parley.Extraction.Positions;

/// <summary>
/// Reads stated positions: a party (the subject before a stance cue), the cue's stance (supports, demands,
/// offers, opposes, rejects, conditional) and the topics named after it, with the clause as the quote.
/// </summary>
public sealed class PositionStage(DomainPack pack) : IExtractionStage
{
    // A fixed cue list, one array for every call, so the document's index of it is built once (see PhraseIndex.ListOf).
    private static readonly string[] NegationWords = ["not", "never", "no", "n't"];

    // Frames that name an issue before the clause that takes a stance on it ("As for the railway, Baku supports ...").
    private static readonly string[] IssueFrames =
        ["in relation to", "with regard to", "with respect to", "as regards", "as for", "regarding", "concerning", "on the issue of", "on the question of"];

    // Words before a cue that make it a modifier inside a noun phrase ("rejects these proposed checkpoints").
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "these", "this", "those", "a", "an", "its", "their", "his", "her", "such", "any",
    };

    private readonly EventCues _cues = EventCues.For(pack);
    private readonly Dictionary<EventType, PositionStance> _actStances = pack.EventTypes.Where(t => t.ActorStance is not null && t.InherentTopics.Count > 0)
        .ToDictionary(t => t.Type, t => t.ActorStance!.Value);

    private readonly StanceCueKey[] _keys = BuildKeys(pack);
    private readonly string[][] _exceptions = [.. pack.Words("exception_cues").Select(SentenceContext.KeyOf)];
    private readonly string[][] _removals = [.. pack.Words("removal_cues").Select(SentenceContext.KeyOf)];

    private readonly HashSet<string> _rebuttals = new(pack.Words("rebuttal_objects").Select(w => SentenceContext.KeyOf(w)[0]), StringComparer.Ordinal);

    private readonly IReadOnlyList<string> _noEvidence = pack.Words("no_evidence_cues");
    private readonly HashSet<string> _obstructing = new(pack.Words("obstruction_words"), StringComparer.Ordinal);

    private readonly HashSet<string> _condemning = new(pack.Words("condemnation_words").Select(w => SentenceContext.KeyOf(w)[0]), StringComparer.Ordinal);
    private readonly HashSet<string> _adverse = new(pack.Words("adverse_topic_words").Select(w => SentenceContext.KeyOf(w)[0]), StringComparer.Ordinal);

    /// <inheritdoc />
    public string Name => "positions";

    /// <inheritdoc />
    public void Run(DocumentAnalysis analysis)
    {
        var seen = new HashSet<(string, string, PositionStance)>();
        var sentences = new List<(SentenceContext Ctx, List<StanceCue> Cues)>();

        // Where each cue occurs in the document, located once rather than searched for in every sentence.
        var index = PhraseIndex.For(analysis);
        // Only the cues the document holds are kept (in list order), so a sentence looks at those alone.
        var occurrences = new List<(int Key, List<int> At)>();
        for (var k = 0; k < _keys.Length; k++)
        {
            if (_keys[k].Key.Length > 0 && index.MayHold(_keys[k].FirstMix) && index.PositionsOf(_keys[k].Key[0]).Length > 0 && index.All(_keys[k].Key) is { Count: > 0 } found)
            {
                occurrences.Add((k, found));
            }
        }

        List<string>? signatories = null;
        var read = 0;
        foreach (var ctx in SentenceContext.All(analysis))
        {
            // A joint statement says who "we" are at its start.
            if (++read <= 5)
            {
                signatories ??= Signatories(ctx);
            }

            if (ctx.Sentence.IsHeading)
            {
                continue;
            }

            var cues = CuesOf(ctx, occurrences);
            sentences.Add((ctx, cues));
            var segments = Segments(ctx, cues, ctx.FirstToken);
            for (var j = 0; j < segments.Count; j++)
            {
                var segment = segments[j];
                // "the agreement for both Armenia and Azerbaijan to leave the group": the parties named between "for"
                // and "to" hold the stance.
                if (segment.Holder is null && InfinitiveSubjects(ctx, segment.Cue) is { Count: > 0 } subjects)
                {
                    foreach (var id in subjects)
                    {
                        Emit(analysis, ctx, segment, id, segment.QuoteFirst, segment.QuoteLast, seen);
                    }

                    continue;
                }

                // "We support the suggestion ..." in a joint statement: each signatory holds it.
                if (segment.Holder is null && signatories is not null && ctx.Word(segment.Cue.At - 1) == "we")
                {
                    foreach (var id in signatories)
                    {
                        Emit(analysis, ctx, segment, id, Math.Min(segment.QuoteFirst, segment.Cue.At - 1), segment.QuoteLast, seen);
                    }

                    continue;
                }

                // "He gave no indication that Baku agreed to …": a stance nothing shows was taken is not stated.
                if (ctx.FindAny(_noEvidence, ctx.FirstToken, segment.Cue.At - 1, out _) >= 0)
                {
                    continue;
                }

                var actor = segment.Holder ?? RelativeAntecedent(ctx, segment.Cue.At) ?? SubjectOf(ctx, segment.Cue.At);
                if (segment.Holder is null && CollectiveBefore(ctx, segment.Cue.At, actor?.LastToken ?? ctx.FirstToken - 1) is { } collective)
                {
                    // "Both sides reaffirmed their commitment to ...": each party the phrase stands for holds it.
                    foreach (var id in collective.Ids)
                    {
                        Emit(analysis, ctx, segment, id, Math.Min(collective.First, segment.QuoteFirst), segment.QuoteLast, seen);
                    }

                    continue;
                }

                // "To prevent smuggling, a checkpoint was set up by the border service": a purpose before the main clause
                // is the purpose of whoever does what the sentence reports.
                // Only the purpose's own object counts: the issues of the clause it introduces follow it.
                if (actor is null && segment.Holder is null && segment.Topics.Count > 0 && PurposeOfAct(analysis, ctx, segment.Cue) is { } doer)
                {
                    Emit(analysis, ctx, segment with { Topics = [segment.Topics[0]] }, doer, segment.QuoteFirst, segment.QuoteLast, seen);
                    continue;
                }

                // "Armenia must amend its constitution": the party a demand is made of does not hold it; whoever
                // makes the demand does (see FromClaims).
                if (actor is null || (segment.Holder is null && IsObligated(ctx, actor)))
                {
                    continue;
                }

                var holder = SpeakerStandingFor(analysis, actor, segment.Cue.At) ?? actor.Mention.EntityId;
                Emit(analysis, ctx, segment, holder, Math.Min(actor.FirstToken, segment.QuoteFirst), Math.Max(actor.LastToken, segment.QuoteLast), seen);

                // "Unlike Lavrov, Klaar did not exclude checkpoints": the party the holder is set against holds the
                // opposite stance.
                if (segment.Holder is null && SetAgainst(ctx, segment.Cue.At) is { } other && other.Mention.EntityId != holder)
                {
                    var opposite = segment with { Topics = [.. segment.Topics.Select(t => (t.Topic, Opposite(t.Stance)))] };
                    Emit(analysis, ctx, opposite, other.Mention.EntityId, Math.Min(other.FirstToken, segment.QuoteFirst), segment.QuoteLast, seen);
                }

                // "The EU supported Azerbaijan's concerns about smuggling": backing another party's stance
                // (a support cue with no issue of its own, right before the next cue) is holding it too.
                if (j + 1 < segments.Count && segment.Topics.Count == 0 && segment.Cue.Stance == PositionStance.Supports &&
                    !NegatedBefore(ctx, segment.Cue.At) && segments[j + 1].Cue.At - segment.Cue.End <= 4)
                {
                    var next = segments[j + 1];
                    Emit(analysis, ctx, next, actor.Mention.EntityId, Math.Min(actor.FirstToken, next.QuoteFirst), next.QuoteLast, seen);
                }
            }
        }

        FromClaims(analysis, sentences, seen);
        FromCondemnations(analysis, sentences, seen);
        FromActs(analysis, seen);

        // "must amend its constitution as a prerequisite for signing the treaty": support (or refusal) on a condition
        // is the conditional stance, so a sentence giving a party both on one issue gives the conditional one.
        var conditional = analysis.Positions.Where(p => p.Stance == PositionStance.Conditional)
            .Select(p => (p.Actor, p.Topic, analysis.SentenceAt(p.Span.Start))).ToHashSet();
        if (conditional.Count > 0)
        {
            analysis.Positions.RemoveAll(p => p.Stance is PositionStance.Supports or PositionStance.Opposes && conditional.Contains((p.Actor, p.Topic, analysis.SentenceAt(p.Span.Start))));
        }
    }

    /// <summary>A stance cue in a sentence: tokens [At, End), its stance, and whether it follows what it conditions.</summary>
    private readonly record struct StanceCue(int At, int End, PositionStance Stance, bool Trailing);

    private readonly record struct StanceCueKey(string[] Key, PositionStance Stance, bool Trailing)
    {
        /// <summary>The key's first word mixed for a document's word filter, kept with the key so a document lacking it is told without reading it.</summary>
        public uint FirstMix { get; } = Key.Length > 0 ? WordFilter.Mix(Key[0]) : 0;
    }

    /// <summary>Topics read under one cue, with the stance each takes and the tokens to quote.</summary>
    private sealed record Segment(StanceCue Cue, LinkedMention? Holder, List<(string Topic, PositionStance Stance)> Topics, int QuoteFirst, int QuoteLast);

    /// <summary>
    /// The tokens of a frame ("regarding X", "in relation to X", "as for X") that opens the sentence's part before the
    /// cue and ends at a comma before it; null when there is none.
    /// </summary>
    private static (int First, int Last)? FramedIssue(SentenceContext ctx, StanceCue cue, int start)
    {
        var at = ctx.FindAny(IssueFrames, Math.Max(start, ctx.FirstToken), cue.At - 1, out var found);
        if (at < 0 || found is null)
        {
            return null;
        }

        var first = at + SentenceContext.KeyOf(found).Length;
        for (var i = first; i < cue.At; i++)
        {
            if (ctx.Word(i) == ",")
            {
                return i > first ? (first, i - 1) : null;
            }
        }

        return null;
    }

    private static StanceCueKey[] BuildKeys(DomainPack pack)
    {
        var trailing = pack.Words("trailing_condition_cues").Select(c => string.Join(' ', SentenceContext.KeyOf(c))).ToHashSet(StringComparer.Ordinal);
        var lists = new (string List, PositionStance Stance)[]
        {
            ("trailing_condition_cues", PositionStance.Conditional),
            ("condition_cues", PositionStance.Conditional),
            ("oppose_cues", PositionStance.Opposes),
            ("demand_cues", PositionStance.Demands),
            ("offer_cues", PositionStance.Offers),
            ("support_cues", PositionStance.Supports),
        };
        var keys = new List<StanceCueKey>();

        // "vows not to", "agreed not to": a cue ending in "to" with "not" before the "to" states opposition.
        foreach (var cue in pack.Words("support_cues").Concat(pack.Words("demand_cues")))
        {
            var key = SentenceContext.KeyOf(cue);
            if (key.Length >= 2 && key[^1] == "to" && key[^2] != "not")
            {
                keys.Add(new([.. key[..^1], "not", "to"], PositionStance.Opposes, false));
            }
        }

        foreach (var (list, stance) in lists)
        {
            foreach (var cue in pack.Words(list))
            {
                var key = SentenceContext.KeyOf(cue);
                keys.Add(new(key, stance, trailing.Contains(string.Join(' ', key))));
            }
        }

        return [.. keys];
    }

    /// <summary>Every stance cue of the sentence, in order, none overlapping (earlier lists win).</summary>
    private List<StanceCue> CuesOf(SentenceContext ctx, List<(int Key, List<int> At)> occurrences)
    {
        var cues = new List<StanceCue>();
        foreach (var (k, found) in occurrences)
        {
            var (key, stance, trailing) = _keys[k];
            for (var n = LowerBound(found, ctx.FirstToken); n < found.Count && found[n] + key.Length - 1 <= ctx.LastToken; n++)
            {
                var at = found[n];
                // A bare "if" conditions what stands right before it ("ready to sign within a month if Baku accepts");
                // after a comma it opens a clause of its own, and "even if", "as if", "asked if" condition nothing.
                if (trailing && key is ["if"] && (at == ctx.FirstToken || !ctx.Tokens[at - 1].IsWord || ctx.Word(at - 1) is "even" or "as" or "asked" or "ask" or "wondered" or "whether"))
                {
                    continue;
                }

                var overlaps = false;
                foreach (var c in cues)
                {
                    overlaps |= at < c.End && c.At < at + key.Length;
                }

                if (!overlaps)
                {
                    cues.Add(new(at, at + key.Length, stance, trailing));
                }
            }
        }

        if (cues.Count == 0)
        {
            return cues;
        }

        cues.Sort((a, b) => a.At.CompareTo(b.At));

        // Modifiers inside a noun phrase state no stance (see IsModifier); dropped in place, in order.
        var kept = 0;
        for (var k = 0; k < cues.Count; k++)
        {
            if (!IsModifier(ctx, cues[k]))
            {
                cues[kept++] = cues[k];
            }
        }

        cues.RemoveRange(kept, cues.Count - kept);

        // A one-word cue right after a determiner, following another cue, names a thing inside that cue's
        // object ("rejects these proposed checkpoints"), not a stance of its own.
        for (var k = cues.Count - 1; k > 0; k--)
        {
            if (cues[k].End - cues[k].At == 1 && cues[k].Stance is PositionStance.Supports or PositionStance.Offers or PositionStance.Demands &&
                Determiners.Contains(ctx.Word(cues[k].At - 1)) && HolderAfter(ctx, cues[k]) is null)
            {
                cues.RemoveAt(k);
            }
        }

        return cues;
    }

    /// <summary>
    /// A one-word cue that describes the noun after it: an -ing form right after a determiner ("the opposing side",
    /// "its rejecting stance"), or a participle after a determiner and an adverb ("the internationally supported
    /// peace effort").
    /// </summary>
    private static bool IsModifier(SentenceContext ctx, StanceCue c) =>
        c.End - c.At == 1 &&
        ((ctx.Word(c.At).EndsWith("ing", StringComparison.Ordinal) && Determiners.Contains(ctx.Word(c.At - 1))) ||
         (ctx.Word(c.At).EndsWith("ed", StringComparison.Ordinal) && ctx.Word(c.At - 1) is { Length: > 4 } adverb &&
          adverb.EndsWith("ly", StringComparison.Ordinal) && Determiners.Contains(ctx.Word(c.At - 2))));

    private static int LowerBound(List<int> values, int min) =>
        Matching.PhraseIndex.LowerBound(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values), min);

    /// <summary>
    /// The topics each cue states a stance on: those between it and the next cue ("rejects the checkpoints
    /// and insists on a treaty"). A trailing condition ("only if", "but within") makes what came before it
    /// conditional; what follows it is the condition, not a stance.
    /// </summary>
    private List<Segment> Segments(SentenceContext ctx, List<StanceCue> cues, int start)
    {
        var segments = new List<Segment>();
        for (var k = 0; k < cues.Count; k++)
        {
            var cue = cues[k];
            if (cue.At < start)
            {
                continue;
            }

            var until = ClauseEnd(ctx, cue.End, k + 1 < cues.Count ? cues[k + 1].At - 1 : ctx.LastToken);
            if (cue.Trailing)
            {
                // Conditions what came before: the previous cue's topics, or those since the start.
                var previous = segments.Count > 0 && segments[^1].Cue.End <= cue.At && k > 0 && cues[k - 1].Equals(segments[^1].Cue) ? segments[^1] : null;
                if (previous is not null && previous.Topics.Count > 0)
                {
                    for (var t = 0; t < previous.Topics.Count; t++)
                    {
                        if (previous.Topics[t].Stance is PositionStance.Supports or PositionStance.Demands or PositionStance.Offers)
                        {
                            previous.Topics[t] = (previous.Topics[t].Topic, PositionStance.Conditional);
                        }
                    }

                    continue;
                }

                var from = k > 0 ? Math.Max(start, cues[k - 1].End) : start;
                var before = TopicsIn(ctx, cue, from, cue.At - 1, PositionStance.Conditional);
                if (before.Count > 0)
                {
                    segments.Add(new Segment(cue, null, before, from, cue.At));
                    continue;
                }
            }

            // "proposed by Ilham Aliyev", "the request of the Karabakh Armenians for aid": the holder follows.
            var holder = HolderAfter(ctx, cue);
            if (holder is not null)
            {
                var after = TopicsIn(ctx, cue, holder.LastToken + 1, until, cue.Stance);
                if (after.Count > 0)
                {
                    segments.Add(new Segment(cue, holder, after, cue.At, until));
                    continue;
                }

                if (ctx.Word(cue.End) == "by")
                {
                    var from = k > 0 ? Math.Max(start, cues[k - 1].End) : start;
                    segments.Add(new Segment(cue, holder, TopicsIn(ctx, cue, from, cue.At - 1, cue.Stance), from, cue.At));
                    continue;
                }
            }

            // "naming a normalisation as the condition for it": a condition pointing back with a pronoun
            // conditions the issues named before it.
            if (cue.Stance == PositionStance.Conditional && ctx.Word(cue.End) == "for" && ctx.Word(cue.End + 1) is "it" or "this" or "that" or "them")
            {
                var from = k > 0 ? Math.Max(start, cues[k - 1].End) : start;
                segments.Add(new Segment(cue, null, TopicsIn(ctx, cue, from, cue.At - 1, PositionStance.Conditional), from, cue.End + 1));
                continue;
            }

            var topics = TopicsIn(ctx, cue, cue.End, until, cue.Stance);
            // "In relation to the unblocking of transport links, we support the proposal": a fronted frame names the
            // issue of a stance that names none after it.
            if (topics.Count == 0 && FramedIssue(ctx, cue, start) is { } frame)
            {
                segments.Add(new Segment(cue, null, TopicsIn(ctx, cue, frame.First, frame.Last, cue.Stance), frame.First, until));
                continue;
            }

            segments.Add(new Segment(cue, null, topics, cue.At, until));
        }

        // A passive cue with no "by" agent ("the road has been blocked") states nobody's stance; it still ends
        // the segment before it.
        segments.RemoveAll(s => s.Holder is null && IsPassive(ctx, s.Cue));

        return segments;
    }

    /// <summary>
    /// A phrase standing for several parties ("both sides", "the two countries", from the pack's
    /// collective_holders) before the cue and reaching past <paramref name="after"/>, as the subject; null when none.
    /// </summary>
    private (int First, string[] Ids)? CollectiveBefore(SentenceContext ctx, int at, int after)
    {
        (int First, string[] Ids)? best = null;
        foreach (var (key, ids) in _cues.Collectives)
        {
            for (var found = ctx.Find(key, ctx.FirstToken, at - 1); found >= 0; found = ctx.Find(key, found + 1, at - 1))
            {
                // The phrase must reach past the single actor found ("Armenia and Azerbaijan agreed": not Azerbaijan alone).
                var word = ctx.Word(found - 1);
                if (found + key.Length <= at && found + key.Length - 1 >= after && (best is null || found > best.Value.First) && !InsideBrackets(ctx, found) &&
                    word is not ("of" or "with" or "between" or "to" or "from" or "in" or "on" or "for" or "against" or "about" or "by" or "urged" or "urging" or "called" or "calling" or "urges"))
                {
                    best = (found, ids);
                }
            }
        }

        return best;
    }

    /// <summary>
    /// The last token of the cue's clause: a stance reaches no further than a semicolon or a conjunction that
    /// opens a clause with a subject of its own ("demanded a withdrawal, though Armenia kept funding ...").
    /// </summary>
    private static int ClauseEnd(SentenceContext ctx, int from, int until)
    {
        for (var i = from; i <= until; i++)
        {
            if (ctx.Word(i) is ";" or "while" or "whereas" or "though" or "although" ||
                (ctx.Word(i) is "but" or "who" && ctx.Word(i - 1) == ","))
            {
                return i - 1;
            }
        }

        return until;
    }

    /// <summary>
    /// The parties between a cue's "for" and an infinitive's "to" ("an agreement for Baku and Yerevan to sign",
    /// "a deal for both sides to withdraw"): a collective phrase's parties or the actors named; empty when none.
    /// </summary>
    private List<string> InfinitiveSubjects(SentenceContext ctx, StanceCue cue)
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

    /// <summary>The actor named right after "by" or "of" following a cue, or null.</summary>
    private static LinkedMention? HolderAfter(SentenceContext ctx, StanceCue cue)
    {
        if (ctx.Word(cue.End) is not ("by" or "of"))
        {
            return null;
        }

        foreach (var m in ctx.Actors)
        {
            // "by Azerbaijani president Ilham Aliyev": the demonym before a title is not the holder.
            if (m.FirstToken > cue.End && m.FirstToken <= cue.End + 5 && !m.ViaTitle)
            {
                // Only titles, articles and capitalised words may stand between ("by Azerbaijani president Ilham Aliyev").
                var plain = true;
                for (var i = cue.End + 1; i < m.FirstToken; i++)
                {
                    plain &= ctx.Tokens[i].IsCapitalized || ctx.Word(i) is "the" or "president" or "prime" or "minister" or "foreign";
                }

                return plain ? m : null;
            }
        }

        return null;
    }

    /// <summary>The topics named in tokens [from, to] with the stance each takes under <paramref name="cue"/>.</summary>
    private List<(string Topic, PositionStance Stance)> TopicsIn(SentenceContext ctx, StanceCue cue, int from, int to, PositionStance stance)
    {
        var result = new List<(string, PositionStance)>();
        if (to < from)
        {
            return result;
        }

        if (stance is PositionStance.Supports or PositionStance.Demands && NegatedBefore(ctx, cue.At))
        {
            stance = PositionStance.Opposes;
        }

        // "rejected attempts to blame the peacekeepers": rebutting what others say or try is no stance on the
        // issues inside it.
        if (cue.Stance == PositionStance.Opposes && (_rebuttals.Contains(ctx.Word(from)) || _rebuttals.Contains(ctx.Word(from + 1))))
        {
            return result;
        }

        // "will not sign a treaty without guarantees": refusing one thing unless another comes is a condition
        // on the first and support for the second.
        var exception = stance == PositionStance.Opposes ? FindFirst(ctx, _exceptions, from, to) : -1;
        var analysis = ctx.Analysis;
        var matches = DocumentTopics.For(analysis, _cues).Matches(from, to);
        foreach (var match in matches)
        {
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
            var flips = RemovalBefore(ctx, match.FirstToken, from);
            for (var i = match.FirstToken; i <= match.LastToken && result.Count == 0; i++)
            {
                flips ^= _adverse.Contains(ctx.Tokens[i].Normalized);
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

            // "smuggling along the Lachin corridor", "checkpoints in the corridor": a route named as where something
            // happens is not the issue, unless nothing else is.
            if (result.Count > 0 && IsLocative(ctx, match.FirstToken))
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

    /// <summary>The party named after "unlike" before the cue at <paramref name="cue"/> ("unlike the Russian minister Lavrov, …"), or null.</summary>
    private static LinkedMention? SetAgainst(SentenceContext ctx, int cue)
    {
        var unlike = ctx.Find("unlike", ctx.FirstToken, cue - 1);
        if (unlike < 0)
        {
            return null;
        }

        // The last party named before the comma that closes the phrase: the person after a title's state.
        LinkedMention? named = null;
        foreach (var m in ctx.Actors)
        {
            if (m.FirstToken > unlike && m.LastToken < cue && ctx.Find(",", unlike + 1, m.FirstToken - 1) < 0)
            {
                named = m;
            }
        }

        return named;
    }

    /// <summary>
    /// The first date of the sentence that can say when the stance was taken: not a span of time, and not the date of
    /// a thing the stance refers to ("as set out in the November 2020 statement", "the statement of November 10").
    /// </summary>
    private static DateRange? StatedOn(SentenceContext ctx)
    {
        foreach (var t in ctx.Times)
        {
            var first = ctx.Analysis.TokenIndexAt(t.Span.Start);
            var next = ctx.Analysis.TokenIndexAt(t.Span.End);
            var namesAThing = ctx.Word(first - 1) == "of" ||
                              (ctx.Word(first - 1) is "the" or "a" or "an" && next <= ctx.LastToken && ctx.Tokens[next].IsWord && !ctx.Tokens[next].IsCapitalized);
            if (!t.IsDuration && !namesAThing)
            {
                return t.Range;
            }
        }

        return null;
    }

    private static PositionStance Opposite(PositionStance stance) => stance switch
    {
        PositionStance.Opposes or PositionStance.Rejects => PositionStance.Supports,
        _ => PositionStance.Opposes,
    };

    private void Emit(DocumentAnalysis analysis, SentenceContext ctx, Segment segment, string actor, int quoteFirst, int quoteLast, HashSet<(string, string, PositionStance)> seen)
    {
        var date = StatedOn(ctx) ?? analysis.Document.Published;
        foreach (var (topic, stance) in segment.Topics)
        {
            if (!seen.Add((actor, topic, stance)))
            {
                continue;
            }

            var span = ctx.SpanOf(quoteFirst, quoteLast);
            analysis.Positions.Add(new Position
            {
                Actor = actor,
                Topic = topic,
                Stance = stance,
                DocumentId = analysis.Document.Id,
                Span = span,
                Quote = span.Slice(analysis.Text),
                Date = date,
            });
        }
    }

    /// <summary>
    /// The one party of the act the sentence reports, when the cue opens a purpose ("to prevent", "in order to curb")
    /// with no subject of its own; a state body acts for its state.
    /// </summary>
    private string? PurposeOfAct(DocumentAnalysis analysis, SentenceContext ctx, StanceCue cue)
    {
        if (cue.At - 1 < ctx.FirstToken || ctx.Word(cue.At - 1) != "to")
        {
            return null;
        }

        var span = ctx.Sentence.Span;
        var act = analysis.Events.FirstOrDefault(e => e.Status == EventStatus.Occurred && e.Actors.Count == 1 && span.Contains(e.Span));
        return act is null ? null : StateOf(act.Actors[0]);
    }

    /// <summary>
    /// The states a joint statement speaks for, from its opening "We, the President of Azerbaijan, the Prime Minister of
    /// Armenia and the President of Russia, state ...": null unless the sentence opens so and names two states or more.
    /// </summary>
    private static List<string>? Signatories(SentenceContext ctx)
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

    /// <summary>
    /// "Washington, which has insisted that ...": the party a relative "which" or "who" right before the cue refers
    /// to (the actor just before its comma), or null.
    /// </summary>
    private static LinkedMention? RelativeAntecedent(SentenceContext ctx, int cue)
    {
        var i = cue - 1;
        while (i > ctx.FirstToken && ctx.Word(i) is "has" or "have" or "had" or "been" or "is" or "are" or "was" or "were" or "also" or "long" or "repeatedly" or "always")
        {
            i--;
        }

        if (ctx.Word(i) is not ("which" or "who") || ctx.Word(i - 1) != ",")
        {
            return null;
        }

        foreach (var m in ctx.ActorList)
        {
            if (m.LastToken == i - 2)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The state a state body acts for, or the party itself.</summary>
    private string StateOf(string doer) =>
        pack.Find(doer) is { Kind: EntityKind.Organization, Parent: { } parent } && pack.Find(parent)?.Kind == EntityKind.State ? parent : doer;

    /// <summary>
    /// "Azerbaijan set up a checkpoint on the road": doing what the pack says shows a stance (its event type's
    /// actor_stance) is holding that stance on the type's topics. Only an act with one party is read, for a state
    /// body the state it acts for; an act denied, proposed or imagined shows nothing.
    /// </summary>
    private void FromActs(DocumentAnalysis analysis, HashSet<(string, string, PositionStance)> seen)
    {
        foreach (var e in analysis.Events)
        {
            if (!_actStances.TryGetValue(e.Type, out var stance) || e.Status != EventStatus.Occurred || e.Actors is not [var doer])
            {
                continue;
            }

            var holder = StateOf(doer);
            foreach (var topic in _cues.InherentTopics[e.Type])
            {
                if (seen.Add((holder, topic, stance)))
                {
                    analysis.Positions.Add(new Position
                    {
                        Actor = holder,
                        Topic = topic,
                        Stance = stance,
                        DocumentId = analysis.Document.Id,
                        Span = e.Span,
                        Quote = e.Quote,
                        Date = e.Date ?? analysis.Document.Published,
                    });
                }
            }
        }
    }

    /// <summary>
    /// Each asserting claim whose speaker can hold a position (not an outlet or a place), with the tokens its quote
    /// covers.
    /// </summary>
    private IEnumerable<(PackEntity Speaker, int First, int Last)> SpeakerClaims(DocumentAnalysis analysis)
    {
        foreach (var claim in analysis.Claims)
        {
            var speaker = pack.Find(claim.Speaker);
            if (speaker is null || speaker.Kind is EntityKind.Outlet or EntityKind.Place or EntityKind.Route || claim.Stance == ClaimStance.Denies)
            {
                continue;
            }

            var first = analysis.TokenIndexAt(claim.Span.Start);
            var last = first;
            while (last + 1 < analysis.Tokens.Count && analysis.Tokens[last + 1].Span.End <= claim.Span.End)
            {
                last++;
            }

            yield return (speaker, first, last);
        }
    }

    // A speaker's claim that carries a stance cue states the speaker's position on the issues under the cue,
    // unless a party named inside the quote holds it ("he said Baku insists on ...": Baku's position).
    private void FromClaims(DocumentAnalysis analysis, List<(SentenceContext Ctx, List<StanceCue> Cues)> sentences, HashSet<(string, string, PositionStance)> seen)
    {
        foreach (var (speaker, first, last) in SpeakerClaims(analysis))
        {
            foreach (var (ctx, cues) in sentences)
            {
                if (ctx.FirstToken > last)
                {
                    break;
                }

                if (ctx.LastToken < first)
                {
                    continue;
                }

                List<StanceCue>? inside = null;
                foreach (var c in cues)
                {
                    if (c.At >= first && c.End - 1 <= last)
                    {
                        (inside ??= []).Add(c);
                    }
                }

                if (inside is null)
                {
                    continue; // no cue, no segment
                }

                foreach (var segment in Segments(ctx, inside, first))
                {
                    var inner = segment.Holder ?? SubjectOf(ctx, segment.Cue.At);
                    if (inner is not null && inner.FirstToken >= first && !(segment.Holder is null && IsObligated(ctx, inner)))
                    {
                        continue;
                    }

                    var topics = segment.Topics.Where(t => !seen.Contains((speaker.Id, t.Topic, t.Stance))).ToList();
                    if (topics.Count > 0)
                    {
                        Emit(analysis, ctx, segment with { Topics = topics }, speaker.Id, Math.Max(first, segment.QuoteFirst), Math.Min(last, segment.QuoteLast), seen);
                    }
                }
            }
        }
    }

    /// <summary>
    /// "X said the illegal blockade is complicating the talks", "according to X, the blockade violates the statement":
    /// a speaker who condemns the bad state an issue's phrase names (an adverse word with a condemning word right
    /// before it or as its predicate) supports the issue, cue or none.
    /// </summary>
    private void FromCondemnations(DocumentAnalysis analysis, List<(SentenceContext Ctx, List<StanceCue> Cues)> sentences, HashSet<(string, string, PositionStance)> seen)
    {
        // An issue phrase counts only with an adverse word in it, so a stretch holding none has no topics worth
        // matching: where the adverse words stand is read once per document (and only when a claim asks).
        List<int>? adverse = null;
        foreach (var (speaker, first, last) in SpeakerClaims(analysis))
        {
            adverse ??= AdversePositions(analysis);
            if (adverse.Count == 0)
            {
                return;
            }

            foreach (var (ctx, _) in sentences)
            {
                if (ctx.FirstToken > last || ctx.LastToken < first)
                {
                    continue;
                }

                var from = Math.Max(first, ctx.FirstToken);
                var to = Math.Min(last, ctx.LastToken);
                var nextAdverse = LowerBound(adverse, from);
                if (nextAdverse == adverse.Count || adverse[nextAdverse] > to)
                {
                    continue;
                }

                foreach (var match in DocumentTopics.For(analysis, _cues).Matches(from, to))
                {
                    if (!HasAdverseWord(ctx, match) ||
                        NegatedBefore(ctx, match.FirstToken) || CondemnedAt(ctx, match, from, to) is not var (qFirst, qLast))
                    {
                        continue;
                    }

                    var cue = new StanceCue(match.FirstToken, match.LastToken + 1, PositionStance.Supports, Trailing: false);
                    var topics = match.Payloads.Where(t => t.Length > 0).Select(t => (t, PositionStance.Supports)).ToList();
                    Emit(analysis, ctx, new Segment(cue, null, topics, qFirst, qLast), speaker.Id, qFirst, qLast, seen);
                }
            }
        }
    }

    /// <summary>True when a word of the issue phrase <paramref name="match"/> is an adverse one ("blockade").</summary>
    private bool HasAdverseWord(SentenceContext ctx, PhraseMatch<string> match)
    {
        for (var i = match.FirstToken; i <= match.LastToken; i++)
        {
            if (_adverse.Contains(ctx.Tokens[i].Normalized))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The ascending token indexes of the document's adverse words ("blockade", "crisis").</summary>
    private List<int> AdversePositions(DocumentAnalysis analysis)
    {
        var index = PhraseIndex.For(analysis);
        var positions = new List<int>();
        foreach (var word in _adverse)
        {
            positions.AddRange(index.PositionsOf(word));
        }

        positions.Sort();
        return positions;
    }

    /// <summary>
    /// The tokens to quote when a condemning word qualifies the issue phrase <paramref name="match"/>: right before it
    /// ("the illegal blockade", quotes skipped) or as its predicate within a few words ("the blockade violates",
    /// "the blockade is complicating"); null otherwise.
    /// </summary>
    private (int First, int Last)? CondemnedAt(SentenceContext ctx, PhraseMatch<string> match, int from, int to)
    {
        static bool IsQuote(string w) => w is "\"" or "“" or "”" or "'" or "‘" or "’";
        for (var i = match.FirstToken - 1; i >= from && i >= match.FirstToken - 3; i--)
        {
            var word = ctx.Word(i);
            if (_condemning.Contains(word))
            {
                return (i, Math.Min(to, ClauseEnd(ctx, match.LastToken, to)));
            }

            if (!IsQuote(word))
            {
                break;
            }
        }

        // Past what links the phrase to its predicate, and a short "of" complement ("the blockade of the road breaches").
        var ofWords = 0;
        for (var i = match.LastToken + 1; i <= to && i <= match.LastToken + 7; i++)
        {
            var word = ctx.Word(i);
            if (_condemning.Contains(word))
            {
                return (match.FirstToken, Math.Min(to, ClauseEnd(ctx, i, to)));
            }

            if (word == "of" && ofWords == 0)
            {
                ofWords = 1;
            }
            else if (ofWords is > 0 and <= 3 && ctx.Tokens[i].IsWord && !(word is "is" or "was" or "are" or "were" or "has" or "had" or "not"))
            {
                ofWords++;
            }
            else if (IsQuote(word) || word is "is" or "was" or "are" or "were" or "has" or "had" or "been" or "being" or "also" or "clearly" or "only" or "further" or "a" or "an")
            {
                ofWords = int.MaxValue; // the complement is over
            }
            else
            {
                break;
            }
        }

        return null;
    }

    /// <summary>
    /// "The road has been blocked", "the plan was rejected": a participle cue after a form of "be" says what
    /// befell its subject, which holds no stance; only a "by" agent does. "Is opposed to", "is committed to"
    /// describe the subject's own stance and stay active.
    /// </summary>
    private static bool IsPassive(SentenceContext ctx, StanceCue cue)
    {
        var last = ctx.Word(cue.End - 1);
        if (cue.End - cue.At != 1 || !last.EndsWith("ed", StringComparison.Ordinal) || ctx.Word(cue.End) is "to" or "in" or "on" or "for" or "with" or "about" or "that")
        {
            return false;
        }

        var before = cue.At - 1;
        if (ctx.Word(before) is "also" or "already" or "now" or "again" or "reportedly" or "allegedly" or "effectively")
        {
            before--;
        }

        return ctx.Word(before) is "is" or "are" or "was" or "were" or "been" or "be" or "being";
    }

    /// <summary>
    /// "Moscow will do everything for a settlement," Putin said: a speaker naming their own state in their
    /// quote states their own stance, so the person quoted holds it. Null when the cue is in no such quote.
    /// </summary>
    private string? SpeakerStandingFor(DocumentAnalysis analysis, LinkedMention actor, int cueToken)
    {
        if (pack.Find(actor.Mention.EntityId) is not { Kind: EntityKind.State or EntityKind.Authority } state)
        {
            return null;
        }

        var at = analysis.Tokens[cueToken].Span.Start;
        foreach (var claim in analysis.Claims)
        {
            if (claim.Span.Start <= at && at < claim.Span.End &&
                pack.Find(claim.Speaker) is { Kind: EntityKind.Person } speaker && speaker.Side == state.Id)
            {
                return speaker.Id;
            }
        }

        return null;
    }

    /// <summary>"X must …", "X should …", "X has to …": a demand made of X.</summary>
    private static bool IsObligated(SentenceContext ctx, LinkedMention subject)
    {
        var next = ctx.Word(subject.LastToken + 1);
        var after = ctx.Word(subject.LastToken + 2);
        return next is "must" or "should" or "ought" || (next is "has" or "have" or "needs" or "need" && after == "to") || (next is "is" or "are" && after is "obliged" or "required" or "expected");
    }

    /// <summary>
    /// Who holds the stance: the nearest actor before the cue that is not the object of a preposition ("talks
    /// with Baku") nor inside brackets; null when every actor before it is.
    /// </summary>
    private static LinkedMention? SubjectOf(SentenceContext ctx, int at)
    {
        var actors = ctx.ActorList;
        for (var i = actors.Count - 1; i >= 0; i--)
        {
            var m = actors[i];
            if (m.LastToken >= at)
            {
                continue;
            }

            // "with Azerbaijan promising to": an actor right before the cue, after "with", is its subject.
            var withBefore = ctx.Word(m.FirstToken - 1) == "with" || (ctx.Word(m.FirstToken - 2) == "with" && ctx.Word(m.FirstToken - 1) is "the" or "its");
            if (withBefore && AdjacentTo(ctx, m.LastToken, at) && !InsideBrackets(ctx, m.FirstToken))
            {
                return m;
            }

            // "despite Baku's insistence that", "of Yerevan's demands for": the owner of a stance noun holds it,
            // whatever phrase the noun sits in.
            if (ctx.Word(m.LastToken + 1) is "'s" or "\u2019s" or "'" && at - m.LastToken <= 3 && !InsideBrackets(ctx, m.FirstToken))
            {
                return m;
            }

            // Skip what may stand before a name inside its phrase: articles, titles, capitalised modifiers
            // ("with Azerbaijani President Ilham Aliyev").
            var prev = m.FirstToken - 1;
            // "Secretary of State Antony Blinken": an "of" between capitalised words belongs to the title.
            while (prev >= ctx.FirstToken && prev >= m.FirstToken - 5 && ctx.Tokens[prev].IsWord &&
                   (ctx.Tokens[prev].Normalized is "the" or "a" or "an" or "his" or "her" or "its" or "their" ||
                    ctx.Tokens[prev].IsCapitalized ||
                    (ctx.Tokens[prev].Normalized == "of" && prev > ctx.FirstToken && ctx.Tokens[prev - 1].IsCapitalized && ctx.Tokens[prev + 1].IsCapitalized)))
            {
                prev--;
            }

            var word = prev >= ctx.FirstToken ? ctx.Tokens[prev].Normalized : "";

            // The object of a past-tense verb ("the ministry reminded the Russian peacekeepers ... and called
            // for"): the holder is the verb's subject, further back. A possessive object keeps its own stance
            // ("supported Azerbaijan's concerns about").
            if (word.Length > 3 && word.EndsWith("ed", StringComparison.Ordinal) && !ctx.Tokens[prev].IsCapitalized && ctx.Word(m.LastToken + 1) != "'s")
            {
                continue;
            }

            if (word is "of" or "with" or "between" or "to" or "from" or "in" or "on" or "for" or "against" or "about" or "under" or "by" or "[" or "(" or "and" or "than")
            {
                continue;
            }

            if (InsideBrackets(ctx, m.FirstToken))
            {
                continue;
            }

            return m;
        }

        // Every actor before the cue sits in a phrase of its own: the holder is not named here.
        return null;
    }

    private static bool AdjacentTo(SentenceContext ctx, int last, int at)
    {
        var i = last + 1;
        while (i < at && ctx.Word(i) is "is" or "was" or "has" or "have" or "had" or "will" or "would" or "also" or "again" or "now" or "has been" or "is now")
        {
            i++;
        }

        return i == at;
    }

    private static bool InsideBrackets(SentenceContext ctx, int token)
    {
        for (var i = token - 1; i >= ctx.FirstToken; i--)
        {
            var w = ctx.Tokens[i].Normalized;
            if (w is "]" or ")")
            {
                return false;
            }

            if (w is "[" or "(")
            {
                return true;
            }
        }

        return false;
    }

    private static bool NegatedBefore(SentenceContext ctx, int at) =>
        ctx.FindAny(NegationWords, Math.Max(ctx.FirstToken, at - 3), at - 1, out _) >= 0;
}
