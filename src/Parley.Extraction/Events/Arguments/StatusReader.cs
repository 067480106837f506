using Parley.Extraction.Matching;
using Parley.Model;
using Parley.Packs;
using Parley.Text;

namespace Parley.Extraction.Events.Arguments;

/// <summary>
/// Whether a happening took place, is planned, is hypothetical or is denied, from the modality and negation
/// around its trigger (outside the words of a date).
/// </summary>
internal sealed class StatusReader(DomainPack pack)
{
    // A fixed cue list, one array for every call, so the document's index of it is built once (see PhraseIndex.ListOf).
    private static readonly string[] DenialNegations = ["no such", "did not", "didn't", "has not", "have not", "never", "not"];

    // Words after a noun that set its happening for later or put it off: it did not take place (yet).
    private static readonly string[] PlannedAfterNoun = ["planned for", "scheduled for", "set for", "postponed", "cancelled", "canceled", "called off", "put off", "delayed", "rescheduled",
        "scheduled to", "due to take place", "due to be held", "set to take place", "expected to take place", "expected to be held"];

    // The pack's cue lists, taken once (the same list object every time, which the document's index of a list keys on).
    private readonly IReadOnlyList<string> _denialVerbs = pack.Words("denial_verbs");
    private readonly IReadOnlyList<string> _plannedCues = pack.Words("planned_cues");
    private readonly IReadOnlyList<string> _hypotheticalCues = pack.Words("hypothetical_cues");
    private readonly IReadOnlyList<string> _offerModalCues = pack.Words("offer_modal_cues");
    private readonly IReadOnlyList<string> _appealVerbs = pack.Words("appeal_verbs");
    private readonly IReadOnlyList<string> _commitmentVerbs = pack.Words("commitment_verbs");

    internal EventStatus StatusOf(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, EventType type)
    {
        // "Leaders meet in Granada?", "Will Baku sign the treaty?": a yes-or-no question asks whether it happens. (A
        // question of who, why or where takes the happening as given.)
        if (IsYesNoQuestion(ctx))
        {
            return EventStatus.Hypothetical;
        }

        var from = Math.Max(ctx.FirstToken, trigger.FirstToken - 6);
        var window = (from, trigger.FirstToken - 1);
        var denial = ctx.FindAny(_denialVerbs, ctx.FirstToken, trigger.FirstToken - 1, out var denialPhrase);
        if ((denial >= 0 && !TurnsDown(ctx, denial, denialPhrase!, trigger.FirstToken, type) && !NewStatementBetween(ctx, denial, trigger.FirstToken)) ||
            ctx.FindAny(DenialNegations, window.from, window.Item2, out _) >= 0)
        {
            return EventStatus.Denied;
        }

        // "A meeting planned for May", "talks scheduled for Monday were postponed": set for later, or put off or called
        // off, it is still only planned.
        // ("Talks will take place in May", "Galstanyan said protesters would march on Friday": a noun that is the subject
        // of a future as it stands, or as a report gives it, is planned.)
        if (ctx.FindAny(_plannedCues, window.from, window.Item2, out _) >= 0 ||
            (trigger.Payloads[0].Form != TriggerForm.Verb &&
             (ctx.FindAny(PlannedAfterNoun, trigger.LastToken + 1, Math.Min(ctx.LastToken, trigger.LastToken + 14), out _) >= 0 || FutureOfSubject(ctx, trigger.LastToken))) ||
            // ("agreed on Friday to convene the commissions", "pledged to release the detainees": the act committed to.)
            (type != EventType.Agreement && ctx.Word(trigger.FirstToken - 1) == "to" &&
             ctx.FindAny(_commitmentVerbs, window.from, window.Item2, out _) >= 0))
        {
            // ("will sign the treaty only after Armenia changes its constitution": a future on a condition may not come.)
            return ConditionAfter(ctx, trigger.LastToken) ? EventStatus.Hypothetical : EventStatus.Planned;
        }

        // "urged his supporters to rally": the act appealed for. (An appeal to talk is itself the invitation.)
        if (ctx.FindAny(_offerModalCues, window.from, window.Item2, out _) >= 0 ||
            (type != EventType.Invitation && InfinitiveBefore(ctx, trigger) is var to and >= 0 &&
             ctx.FindAny(_appealVerbs, Math.Max(ctx.FirstToken, to - 6), to - 1, out _) >= 0))
        {
            return EventStatus.Proposed;
        }

        // "the agreement could be signed only after …", "talks may take place": a noun that is the subject of a modal
        // of possibility tells what may happen.
        if (trigger.Payloads[0].Form != TriggerForm.Verb && ctx.Word(trigger.LastToken + 1) is "could" or "might" or "may" or "can")
        {
            return EventStatus.Hypothetical;
        }

        var hypothetical = FindOutsideDates(ctx, _hypotheticalCues, window.from, window.Item2);
        if (hypothetical >= 0)
        {
            // "announcing that Azerbaijan would release 32 servicemen": the future of a report, no condition, is planned.
            return ReportedFuture(ctx, hypothetical) ? EventStatus.Planned : EventStatus.Hypothetical;
        }

        return type == EventType.Proposal ? EventStatus.Proposed : EventStatus.Occurred;
    }

    /// <summary>
    /// "to rally", and "to start a campaign of civil disobedience": the trigger is the infinitive, or a noun that an
    /// infinitive of starting or holding, opening at most four words before it, takes as its object. The "to", or -1.
    /// </summary>
    private static int InfinitiveBefore(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        if (ctx.Word(trigger.FirstToken - 1) == "to")
        {
            return trigger.FirstToken - 1;
        }

        if (trigger.Payloads[0].Form == TriggerForm.Verb)
        {
            return -1;
        }

        for (var i = trigger.FirstToken - 1; i > ctx.FirstToken && i >= trigger.FirstToken - 5; i--)
        {
            if (!ctx.Tokens[i].IsWord)
            {
                return -1;
            }

            if (ctx.Word(i - 1) == "to" && ctx.Word(i) is "start" or "begin" or "launch" or "hold" or "stage" or "join" or "organise" or "organize")
            {
                return i - 1;
            }
        }

        return -1;
    }

    private static bool IsYesNoQuestion(SentenceContext ctx) =>
        ctx.Word(ctx.LastToken) == "?" &&
        ctx.Word(ctx.FirstToken) is not ("who" or "whom" or "whose" or "what" or "which" or "why" or "how" or "when" or "where");

    /// <summary>
    /// True when a condition follows the trigger ending at <paramref name="end"/> within twelve words of its clause:
    /// "only if", "only after", "only when", "unless", "provided that", "on condition that".
    /// </summary>
    internal static bool ConditionAfter(SentenceContext ctx, int end)
    {
        for (var i = end + 1; i <= Math.Min(ctx.LastToken, end + 12); i++)
        {
            var word = ctx.Word(i);
            if (word is ";" || (word == "," && ctx.Word(i + 1) is "but" or "while" or "and"))
            {
                return false;
            }

            if (word == "unless" || (word == "only" && ctx.Word(i + 1) is "if" or "after" or "when" or "once") ||
                (word == "provided" && ctx.Word(i + 1) == "that") || (word == "condition" && ctx.Word(i - 1) == "on" && ctx.Word(i + 1) == "that"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the trigger at <paramref name="start"/> is inside a condition ("would sign only if Armenia removed
    /// the reference", "unless Baku withdraws its troops"): an "if" or "unless" before it, within twelve words and with
    /// no comma or semicolon between, opens the clause it stands in. So is one after a condition that opens the
    /// sentence ("If convicted, he could be sentenced").
    /// </summary>
    internal static bool InsideCondition(SentenceContext ctx, int start)
    {
        // "If convicted, he could be sentenced": a sentence opened by its condition tells what may follow from it.
        if (ctx.Word(ctx.FirstToken) is "if" or "unless" && ctx.Find(",", ctx.FirstToken + 1, start - 1) > 0)
        {
            return true;
        }

        for (var i = start - 1; i >= ctx.FirstToken && i >= start - 12; i--)
        {
            var word = ctx.Word(i);
            if (word is "if" or "unless")
            {
                return true;
            }

            if (word is "," or ";" or ":")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True when "will" or "shall", or a reported "would", follows the noun ending at <paramref name="end"/> within four
    /// words ("a sit-in near Noyemberyan will start"): the noun is the subject of a future.
    /// </summary>
    private static bool FutureOfSubject(SentenceContext ctx, int end)
    {
        for (var i = end + 1; i <= Math.Min(ctx.LastToken, end + 4) && ctx.Tokens[i].IsWord; i++)
        {
            if (ctx.Word(i) is "will" or "shall" || (ctx.Word(i) == "would" && ReportedFuture(ctx, i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the cue at <paramref name="at"/> is "would" in a clause a verb of announcing opens (with "that" or without
    /// it), and the sentence sets no condition: the future as the report gave it.
    /// </summary>
    private static bool ReportedFuture(SentenceContext ctx, int at)
    {
        if (ctx.Word(at) != "would" || ctx.Find("if", ctx.FirstToken, ctx.LastToken) >= 0 || ctx.Find("unless", ctx.FirstToken, ctx.LastToken) >= 0)
        {
            return false;
        }

        var that = -1;
        for (var i = at - 1; i >= Math.Max(ctx.FirstToken + 1, at - 8); i--)
        {
            if (ctx.Word(i) == "that")
            {
                that = i;
                break;
            }
        }

        if (that > 0)
        {
            // ("said on Tuesday that", "told reporters that": the verb may stand a few words before "that".)
            for (var i = that - 1; i >= Math.Max(ctx.FirstToken, that - 4) && ctx.Tokens[i].IsWord; i--)
            {
                if (Announces(ctx.Word(i)))
                {
                    return true;
                }
            }

            return false;
        }

        // "Galstanyan said protesters would hold a sit-in": the "that" left out, a short subject between verb and "would".
        for (var i = at - 2; i >= Math.Max(ctx.FirstToken + 1, at - 5); i--)
        {
            if (!ctx.Tokens[i + 1].IsWord && ctx.Word(i + 1) != "-")
            {
                return false;
            }

            if (Announces(ctx.Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Announces(string word) => word is "announced" or "announcing" or "announces" or "said" or "stated" or "confirmed" or "agreed" or "told";

    /// <summary>
    /// True when a coordinated verb of speech opens another statement between the denial and the trigger: "denied that
    /// its forces had targeted the city and said Azerbaijani troops continued shelling …" asserts the shelling.
    /// </summary>
    private static bool NewStatementBetween(SentenceContext ctx, int denial, int trigger)
    {
        for (var i = denial + 2; i < trigger - 1; i++)
        {
            if (ctx.Word(i) is "and" or "but" && ctx.Word(i + 1) is "said" or "says" or "added" or "adds" or "stated" or "claimed" or "claims" or "insisted" or "noted" or "reported" or "told")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the denial verb at <paramref name="denial"/> turns down the offer or invitation its object names ("rejected
    /// Baku's offer to hold talks"): the offer was made, and its refusal is a happening of its own.
    /// </summary>
    private static bool TurnsDown(SentenceContext ctx, int denial, string phrase, int trigger, EventType type)
    {
        if (type is not (EventType.Proposal or EventType.Invitation) || ctx.Word(denial) is not ("rejected" or "rejects") ||
            SentenceContext.KeyOf(phrase).Length != 1 || trigger - denial > 4)
        {
            return false;
        }

        // Only the object's determiner or owner stands between: "rejected the/its/Azerbaijan's/any such offer".
        for (var i = denial + 1; i < trigger; i++)
        {
            if (ctx.Word(i) is "that" or "reports" or "claims" or "allegations" or "not" or "," || ctx.Tokens[i].Kind == TokenKind.Punctuation && ctx.Word(i) != "'s")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The first of <paramref name="phrases"/> in tokens [from, to] that is not part of a date expression: the month in
    /// "mid-May" or "on May 12" is no modal "may".
    /// </summary>
    private static int FindOutsideDates(SentenceContext ctx, IEnumerable<string> phrases, int from, int to)
    {
        while (from <= to)
        {
            var at = ctx.FindAny(phrases, from, to, out _);
            if (at < 0)
            {
                return -1;
            }

            if (!ctx.InDate(at))
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }
}
