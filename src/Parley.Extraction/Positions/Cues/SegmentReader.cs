using Parley.Extraction.Events;
using Parley.Extraction.Positions.Holders;
using Parley.Extraction.Positions.Topics;
using Parley.Model;
using Parley.Packs;

namespace Parley.Extraction.Positions.Cues;

/// <summary>
/// What each cue of a sentence covers: the topics between it and the next cue, up to the end of its clause, with a
/// holder named after it ("proposed by X"), a fronted frame ("as for X, ..."), a trailing condition that turns what came
/// before it conditional (or, set by a party named after the stance, is that party's), a verdict on the issue named
/// before it ("the format is obsolete"), and passive cues, which state nobody's stance.
/// </summary>
internal sealed class SegmentReader(DomainPack pack)
{
    // Frames that name an issue before the clause that takes a stance on it ("As for the railway, Baku supports ...").
    private static readonly string[] IssueFrames =
        ["in relation to", "with regard to", "with respect to", "as regards", "as for", "regarding", "concerning", "on the issue of", "on the question of"];

    // Pronouns that stand for a party as a clause's subject ("it would sign the treaty if …"); one array, so the
    // document's index of it is built once.
    private static readonly string[] PartyPronouns = ["it", "they", "we", "he", "she", "i"];

    private readonly TopicStances _topics = new(pack);
    private readonly string[][] _appealVerbs = [.. pack.Words("appeal_verbs").Select(SentenceContext.KeyOf)];

    /// <summary>
    /// For an appeal cue ("called on", "urged"), the "to" opening what the addressee is asked to do, at most eight
    /// words after the cue and before <paramref name="until"/>; -1 for any other cue or none.
    /// </summary>
    private int AppealInfinitive(SentenceContext ctx, StanceCue cue, int until)
    {
        var appeal = false;
        foreach (var key in _appealVerbs)
        {
            appeal |= key.Length == cue.End - cue.At && ctx.Find(key, cue.At, cue.End - 1) == cue.At;
        }

        if (!appeal)
        {
            return -1;
        }

        for (var i = cue.End; i <= Math.Min(until, cue.End + 8); i++)
        {
            // (An infinitive after an addressee: not "urged an end to the blockade", nor "not to impede", which the
            // issue's own reading turns.)
            if (ctx.Word(i) == "to")
            {
                return i > cue.End && ctx.Word(i - 1) is not ("not" or "never") && ctx.Word(i + 1) is not ("the" or "a" or "an" or "its" or "their") ? i + 1 : -1;
            }

            if (ctx.Word(i) is "," or "and" or "that")
            {
                return -1;
            }
        }

        return -1;
    }
    private readonly PossessedIssue _possessed = new(pack);

    /// <summary>
    /// The topics each cue states a stance on: those between it and the next cue ("rejects the checkpoints
    /// and insists on a treaty"). A trailing condition ("only if", "but within") makes what came before it
    /// conditional; what follows it is the condition, not a stance.
    /// </summary>
    internal List<Segment> Read(SentenceContext ctx, List<StanceCue> cues, int start)
    {
        var segments = new List<Segment>();
        // The last token of the condition a trailing cue opened: "ready to sign if Baku agreed to …" states what Baku
        // would have to do, not a stance Baku took.
        var conditionUntil = -1;
        for (var k = 0; k < cues.Count; k++)
        {
            var cue = cues[k];
            if (cue.At < start || cue.At <= conditionUntil)
            {
                continue;
            }

            var until = ClauseEnd(ctx, cue.End, k + 1 < cues.Count ? cues[k + 1].At - 1 : ctx.LastToken);
            until = AsideEnd(ctx, cue.At, until);
            if (cue.Trailing)
            {
                // Conditions what came before: the previous cue's topics, or those since the start.
                var previous = segments.Count > 0 && segments[^1].Cue.End <= cue.At && k > 0 && cues[k - 1].Equals(segments[^1].Cue) ? segments[^1] : null;
                if (previous is not null && previous.Topics.Count > 0)
                {
                    // "Moscow offered to help with X, a proposal Yerevan said it would accept only if …": a party named
                    // after the stance, as the subject of the condition's clause, sets the condition on what was
                    // stated; whoever stated it keeps their own stance.
                    // (A party after a preposition or "that" is no subject: "sign a treaty with Armenia until …",
                    // "proposed that Armenian guards control the route if …".)
                    // (A party after "a" or "an" modifies a noun of the object: "will not accept a CSTO mission as long as …".)
                    if (HolderReader.SubjectOf(ctx, cue.At) is { } setter && setter.FirstToken > previous.Cue.End &&
                        ctx.Word(setter.FirstToken - 1) is not ("a" or "an") &&
                        WordBeforePhrase(ctx, setter.FirstToken) is not ("with" or "to" or "in" or "into" or "of" or "for" or "from" or "on" or "at" or "by" or "that" or "against" or "between") &&
                        setter.Mention.EntityId != (previous.Holder ?? HolderReader.SubjectOf(ctx, previous.Cue.At))?.Mention.EntityId)
                    {
                        segments.Add(new Segment(cue, setter, [.. previous.Topics.Select(t => (t.Topic, PositionStance.Conditional))], setter.FirstToken, cue.At));
                        conditionUntil = ConditionEnd(ctx, cue.End);
                        continue;
                    }

                    for (var t = 0; t < previous.Topics.Count; t++)
                    {
                        // ("will not sign the treaty until …", "rejects it unless …": a refusal lifted on a condition is conditional too.)
                        if (previous.Topics[t].Stance is PositionStance.Supports or PositionStance.Demands or PositionStance.Offers ||
                            (previous.Topics[t].Stance is PositionStance.Opposes or PositionStance.Rejects && ctx.Word(cue.End - 1) is "until" or "unless"))
                        {
                            previous.Topics[t] = (previous.Topics[t].Topic, PositionStance.Conditional);
                        }
                    }

                    conditionUntil = ConditionEnd(ctx, cue.End);
                    continue;
                }

                // Only the condition's own clause is conditioned: not an aside ("Lavrov, who was not arrested, said …")
                // nor what comes before the verb that reports it.
                var from = ClauseBefore(ctx, k > 0 ? Math.Max(start, cues[k - 1].End) : start, cue.At).First;
                var before = IsStatedCondition(ctx, cue, from) ? _topics.In(ctx, cue, from, cue.At - 1, PositionStance.Conditional) : [];
                if (before.Count > 0)
                {
                    segments.Add(new Segment(cue, null, before, from, cue.At));
                }

                // ("would not attend a summit until Russia explains …": with no issue before it, the condition is still no
                // stance of the party it names.)
                conditionUntil = ConditionEnd(ctx, cue.End);
                continue;
            }

            // "Hajiyev said the mission was no longer necessary": a verdict judges the issue named before it in its
            // clause, and whoever reports the verdict holds the stance (none when nobody does: a claim's speaker may).
            if (cue.Verdict)
            {
                var (first, reporting) = ClauseBefore(ctx, k > 0 ? Math.Max(start, cues[k - 1].End) : start, cue.At);
                var reporter = reporting < 0 ? null : HolderReader.RelativeAntecedent(ctx, reporting) ?? HolderReader.SubjectOf(ctx, reporting);
                var judged = _topics.In(ctx, cue, first, cue.At - 1, cue.Stance);
                // "Baku set up a checkpoint, a step Yerevan called illegal": the step judged is the clause before the comma.
                var stepFrom = k > 0 ? Math.Max(start, cues[k - 1].End) : start;
                if (judged.Count == 0 && reporting >= 0 && StepJudged(ctx, reporting) is var comma and > 0 && comma > stepFrom)
                {
                    judged = _topics.In(ctx, cue, stepFrom, comma - 1, cue.Stance);
                    first = judged.Count > 0 ? stepFrom : first;
                }
                // ("He called it obsolete": a pronoun judged names its issue in a sentence before; see IssueAnaphora. So
                // does a possessive: "their presence was no longer needed"; see PossessedIssue.)
                if (judged.Count > 0 || IssueAnaphora.IsPronounClause(ctx, first, cue.At - 1) || _possessed.AsJudged(ctx, first, cue.At - 1) >= 0)
                {
                    segments.Add(new Segment(cue, reporter, judged, first, cue.End - 1, reporting));
                }

                continue;
            }

            // "proposed by Ilham Aliyev", "the request of the Karabakh Armenians for aid": the holder follows.
            var holder = HolderReader.HolderAfter(ctx, cue);
            if (holder is not null)
            {
                var after = _topics.In(ctx, cue, holder.LastToken + 1, until, cue.Stance);
                if (after.Count > 0)
                {
                    segments.Add(new Segment(cue, holder, after, cue.At, until));
                    continue;
                }

                // "In relation to the unblocking of transport links, we support the suggestion of Putin on a working
                // group": a fronted frame names the issue of the stance the party after the cue holds.
                if (FramedIssue(ctx, cue, start) is { } framed && _topics.In(ctx, cue, framed.First, framed.Last, cue.Stance) is { Count: > 0 } issue)
                {
                    segments.Add(new Segment(cue, holder, issue, cue.At, until));
                    continue;
                }

                if (ctx.Word(cue.End) == "by")
                {
                    var from = k > 0 ? Math.Max(start, cues[k - 1].End) : start;
                    segments.Add(new Segment(cue, holder, _topics.In(ctx, cue, from, cue.At - 1, cue.Stance), from, cue.At));
                    continue;
                }
            }

            // "naming a normalisation as the condition for it": a condition pointing back with a pronoun
            // conditions the issues named before it.
            if (cue.Stance == PositionStance.Conditional && ctx.Word(cue.End) == "for" && ctx.Word(cue.End + 1) is "it" or "this" or "that" or "them")
            {
                var from = k > 0 ? Math.Max(start, cues[k - 1].End) : start;
                segments.Add(new Segment(cue, null, _topics.In(ctx, cue, from, cue.At - 1, PositionStance.Conditional), from, cue.End + 1));
                continue;
            }

            var topics = _topics.In(ctx, cue, cue.End, until, cue.Stance);
            // "called on the peacekeepers to have the checkpoint removed": whom an appeal addresses is not what it asks
            // for, when what follows "to" names an issue of its own.
            if (topics.Count > 0 && AppealInfinitive(ctx, cue, until) is var infinitive and >= 0 &&
                _topics.In(ctx, cue, infinitive, until, cue.Stance) is { Count: > 0 } asked)
            {
                topics = asked;
            }

            // "In relation to the unblocking of transport links, we support the proposal": a fronted frame names the
            // issue of a stance that names none after it.
            if (topics.Count == 0 && FramedIssue(ctx, cue, start) is { } frame)
            {
                segments.Add(new Segment(cue, null, _topics.In(ctx, cue, frame.First, frame.Last, cue.Stance), frame.First, until));
                continue;
            }

            segments.Add(new Segment(cue, null, topics, cue.At, until));
        }

        // A passive cue with no "by" agent ("the road has been blocked") states nobody's stance; it still ends
        // the segment before it. Dropped in place by a loop: a lambda reading the sentence made its closure on every call.
        var kept = 0;
        for (var k = 0; k < segments.Count; k++)
        {
            if (segments[k].Holder is not null || !IsPassive(ctx, segments[k].Cue))
            {
                segments[kept++] = segments[k];
            }
        }

        segments.RemoveRange(kept, segments.Count - kept);

        return segments;
    }

    /// <summary>
    /// Where the clause ending before token <paramref name="at"/> (a trailing condition, a verdict) opens, at
    /// <paramref name="from"/> or after: past a verb of saying ("said that peace …"), which is returned too (-1 when
    /// there is none), and past the comma closing an aside (", who was not arrested,").
    /// </summary>
    private static (int First, int Reporting) ClauseBefore(SentenceContext ctx, int from, int at)
    {
        for (var i = at - 1; i > from; i--)
        {
            // ("demanded the group's dissolution, arguing that the format was obsolete": arguing reports the verdict too.)
            if (ctx.Word(i) is "said" or "says" or "say" or "saying" or "told" or "added" or "adding" or "stated" or "showed" or "shows" or "noted" or "stressed" or
                    "argued" or "argues" or "arguing" or "claimed" or "claiming" or "insisting" ||
                (IsJudging(ctx.Word(i)) && ctx.Word(i + 1) is not ("that" or "for" or "on" or "upon")))
            {
                return (ctx.Word(i + 1) == "that" ? i + 2 : i + 1, i);
            }

            if (ctx.Word(i) == "," && ClosesAside(ctx, from, i))
            {
                return (i + 1, -1);
            }
        }

        return (from, -1);
    }

    /// <summary>
    /// "called the format obsolete", "described the mission as unnecessary", "considers the deal a step forward": a verb
    /// that puts a verdict on its object (the judged issue follows it).
    /// </summary>
    internal static bool IsJudging(string word) =>
        word is "called" or "calls" or "call" or "calling" or "described" or "describes" or "describing" or "considers" or "considered" or "deemed" or "deems" or "branded" or "brands";

    /// <summary>
    /// ", a step Armenia called …", ", a move Baku described as …": the comma before an appositive noun of an act whose
    /// party puts a verdict on it through the judging verb at <paramref name="reporting"/>; -1 otherwise.
    /// </summary>
    private static int StepJudged(SentenceContext ctx, int reporting)
    {
        if (!IsJudging(ctx.Word(reporting)))
        {
            return -1;
        }

        for (var i = reporting - 1; i > ctx.FirstToken && i >= reporting - 8; i--)
        {
            if (ctx.Word(i) == ",")
            {
                return ctx.Word(i + 1) is "a" or "the" && ctx.Word(i + 2) is "step" or "move" or "decision" or "measure" or "act" or "action" ? i : -1;
            }
        }

        return -1;
    }

    /// <summary>True when the comma at <paramref name="comma"/> closes an aside opened by ", who" or ", which" after <paramref name="from"/>.</summary>
    private static bool ClosesAside(SentenceContext ctx, int from, int comma)
    {
        for (var i = comma - 1; i > from; i--)
        {
            if (ctx.Word(i) == ",")
            {
                return ctx.Word(i + 1) is "who" or "which" or "whom" or "whose";
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a trailing condition with no stance cue before it states a party's condition. A bare "if" does so only
    /// after a clause whose subject is a party or stands for one ("Baku will sign the treaty if …", "it would sign …"); "peace is
    /// within reach if Armenia keeps to this path" hopes, and sets no condition.
    /// </summary>
    private static bool IsStatedCondition(SentenceContext ctx, StanceCue cue, int from)
    {
        if (cue.End - cue.At != 1 || ctx.Word(cue.At) != "if")
        {
            return true;
        }

        foreach (var m in ctx.ActorList)
        {
            if (m.FirstToken >= from && m.LastToken < cue.At)
            {
                return true;
            }
        }

        return ctx.FindAny(PartyPronouns, from, cue.At - 1, out _) >= 0;
    }

    /// <summary>The last token of a trailing condition: its clause, up to the first comma (after which the sentence goes on).</summary>
    private static int ConditionEnd(SentenceContext ctx, int from)
    {
        var comma = ctx.Find(",", from, ctx.LastToken);
        return comma >= 0 ? comma - 1 : ctx.LastToken;
    }

    /// <summary>
    /// The last token of the cue's clause: a stance reaches no further than a semicolon, a conjunction that opens a
    /// clause with a subject of its own ("demanded a withdrawal, though Armenia kept funding ..."), or ", saying".
    /// </summary>
    /// <summary>"after …", "a day after …", "hours before …": a clause of time opens at token <paramref name="at"/>.</summary>
    private static bool TimeClauseOpens(SentenceContext ctx, int at, int until)
    {
        for (var i = at; i <= Math.Min(until, at + 2) && ctx.Tokens[i].IsWord; i++)
        {
            if (ctx.Word(i) is "after" or "before" or "when")
            {
                return true;
            }
        }

        return false;
    }

    internal static int ClauseEnd(SentenceContext ctx, int from, int until)
    {
        for (var i = from; i <= until; i++)
        {
            // ", saying …" reports what the subject said next: not the object of this cue.
            if (ctx.Word(i) is ";" or "while" or "whereas" or "though" or "although" ||
                (ctx.Word(i) is "but" or "who" or "which" or "saying" or "adding" or "arguing" or "insisting" or "stressing" && ctx.Word(i - 1) == ","))
            {
                return i - 1;
            }

            // "the need to end a crisis resulting from the blockade of the road": a cause given after the object is not
            // what the stance is on.
            if (ctx.Word(i) is "resulting" or "stemming" && ctx.Word(i + 1) == "from" || ctx.Word(i) is "caused" or "triggered" && ctx.Word(i + 1) == "by")
            {
                return i - 1;
            }

            // "we accept their borders — if they drop their claims, then we can sign": an "if" after a comma or a dash
            // opens a clause of its own (see StanceCues), and what it leads to is no object of this cue.
            if (ctx.Word(i) == "if" && i > from && !ctx.Tokens[i - 1].IsWord && ctx.Word(i - 1) is "," or "—" or "–" or "-")
            {
                return i - 1;
            }

            // "…, a day after the two sides met at the peacekeepers' headquarters": a clause placing the stance in time.
            if (ctx.Word(i) == "," && TimeClauseOpens(ctx, i + 1, until))
            {
                return i - 1;
            }
        }

        return until;
    }

    /// <summary>
    /// "Armenia, which has relied on Russia for support, has also accused Moscow of …": a cue inside an aside opened by
    /// ", which" or ", who" reaches no further than the comma that closes it, before the main clause's verb; otherwise
    /// <paramref name="until"/>.
    /// </summary>
    private static int AsideEnd(SentenceContext ctx, int at, int until)
    {
        var open = -1;
        for (var i = at - 1; i > ctx.FirstToken; i--)
        {
            if (ctx.Word(i) == ",")
            {
                open = ctx.Word(i + 1) is "which" or "who" ? i : -1;
                break;
            }
        }

        if (open < 0)
        {
            return until;
        }

        for (var i = at + 1; i < until; i++)
        {
            if (ctx.Word(i) == "," && IsMainVerb(ctx.Word(i + 1)))
            {
                return i - 1;
            }
        }

        return until;
    }

    // A word that may open the main clause's predicate after an aside (", has also accused", ", said").
    private static bool IsMainVerb(string word) =>
        word is "has" or "have" or "had" or "is" or "are" or "was" or "were" or "will" or "would" or "could" or "can" or "may" or "might" or
            "did" or "does" or "do" or "also" or "said" or "says" or "added" ||
        (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal));

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

    /// <summary>The word before the noun phrase opening at <paramref name="first"/>, past its article ("that the EU mission").</summary>
    private static string WordBeforePhrase(SentenceContext ctx, int first)
    {
        var i = first - 1;
        while (i > ctx.FirstToken && ctx.Word(i) is "the" or "a" or "an")
        {
            i--;
        }

        return ctx.Word(i);
    }
}
