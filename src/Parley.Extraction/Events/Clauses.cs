using Parley.Extraction.Entities;
using Parley.Extraction.Matching;
using Parley.Model;

namespace Parley.Extraction.Events;

/// <summary>
/// Where a sentence's clauses open and close: the coordinated clause of a trigger, and whether a stretch of text
/// crosses into another clause.
/// </summary>
internal static class Clauses
{
    private static readonly HashSet<string> ClauseConjunctions = new(StringComparer.Ordinal) { "and", "but", "while", "whereas", "whilst", "though", "although" };

    private static readonly List<int> NoOpenings = [];

    // Subjects that name no party but open a clause of their own after ", and" ("…, and police detained 14 people").
    private static readonly HashSet<string> BareCollectiveSubjects = new(StringComparer.Ordinal)
    {
        "police", "protesters", "demonstrators", "troops", "soldiers", "officials", "activists", "residents", "villagers", "authorities", "officers",
    };

    /// <summary>
    /// The tokens of the trigger's coordinated clause: the sentence, cut at a semicolon or at ", and", ", but" or
    /// ", while" that opens a clause with a subject of its own ("Azerbaijan freed 32 soldiers, and Armenia freed 2").
    /// </summary>
    internal static (int First, int Last) CoordinatedClause(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<int> openings)
    {
        var (first, last) = (ctx.FirstToken, ctx.LastToken);
        foreach (var i in openings)
        {
            if (i < trigger.FirstToken)
            {
                first = i + 1;
            }
            else if (i > trigger.LastToken)
            {
                last = i - 1;
                break;
            }
        }

        return (first, last);
    }

    /// <summary>The tokens of the sentence that open a clause (<see cref="OpensClause"/>), ascending; a shared empty list when none does.</summary>
    internal static List<int> ClauseOpenings(SentenceContext ctx)
    {
        var openings = NoOpenings;
        for (var i = ctx.FirstToken; i <= ctx.LastToken; i++)
        {
            if (OpensClause(ctx, i))
            {
                if (openings.Count == 0)
                {
                    openings = [];
                }

                openings.Add(i);
            }
        }

        return openings;
    }

    /// <summary>True when token <paramref name="i"/> is a semicolon, or a comma and conjunction followed by an actor as subject.</summary>
    private static bool OpensClause(SentenceContext ctx, int i)
    {
        if (ctx.Word(i) == ";")
        {
            return true;
        }

        if (ctx.Word(i) != "," || !ClauseConjunctions.Contains(ctx.Word(i + 1)))
        {
            return false;
        }

        var subject = ctx.Word(i + 2) == "the" ? i + 3 : i + 2;
        // ", and police detained 14 people": a bare collective subject with its past verb opens a clause as a named one does.
        if (OpensWithBareSubject(ctx, i))
        {
            return true;
        }

        foreach (var m in ctx.ActorList)
        {
            if (m.FirstToken == subject)
            {
                // A subject is followed by its verb, not by more of a list ("X, and Y met").
                var next = ctx.Word(m.LastToken + 1);
                return next is not ("," or "and" or "or" or "") && ctx.Tokens[m.LastToken + 1].IsWord && !ctx.Tokens[m.LastToken + 1].IsCapitalized;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the comma at <paramref name="comma"/> and its conjunction open a clause whose subject names no party
    /// ("…, and police detained 14 people"): a bare collective noun before its past verb.
    /// </summary>
    internal static bool OpensWithBareSubject(SentenceContext ctx, int comma)
    {
        if (ctx.Word(comma) != "," || !ClauseConjunctions.Contains(ctx.Word(comma + 1)))
        {
            return false;
        }

        var subject = ctx.Word(comma + 2) == "the" ? comma + 3 : comma + 2;
        return BareCollectiveSubjects.Contains(ctx.Word(subject)) && ctx.Word(subject + 1) is var verb &&
            (verb.EndsWith("ed", StringComparison.Ordinal) || verb is "were" or "was" or "had" or "have" or "fired" or "broke" or "took" or "held" or "set");
    }

    internal static bool CrossesClause(string text, int from, int to)
    {
        for (var i = from; i < to && i < text.Length; i++)
        {
            if (text[i] is ',' or ';')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when, after token <paramref name="after"/>, a clause of another time or cause opens ("days after", "a week
    /// before", "because") and a verb in the past tense follows before token <paramref name="at"/>: what lies at
    /// <paramref name="at"/> belongs to that clause ("The talks opened days after Azerbaijan installed a checkpoint on the
    /// Lachin corridor on April 23"). A bare "after" is left alone: "a truce reached after talks that ended on Saturday"
    /// was reached that day.
    /// </summary>
    internal static bool InLaterSubordinateClause(SentenceContext ctx, int after, int at)
    {
        var subordinator = -1;
        for (var i = after + 1; i < at; i++)
        {
            if (subordinator < 0 && (ctx.Word(i) == "because" ||
                                     (ctx.Word(i) is "after" or "before" && ctx.Word(i - 1) is "days" or "day" or "weeks" or "week" or "months" or "month" or "years" or "year" or "hours")))
            {
                subordinator = i;
            }
            else if (subordinator >= 0 && ctx.Tokens[i] is { IsWord: true, IsCapitalized: false } &&
                     (ctx.Word(i).EndsWith("ed", StringComparison.Ordinal) || IrregularPasts.Contains(ctx.Word(i))))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> IrregularPasts = new(StringComparer.Ordinal)
    {
        "met", "held", "began", "struck", "shot", "fought", "took", "left", "fled", "came", "went", "set", "cut", "sent", "broke",
        "gave", "made", "won", "lost", "shut", "led", "brought", "built", "seized", "hit",
    };

    /// <summary>True when a subordinating conjunction ("after", "because", "although") lies between two tokens.</summary>
    internal static bool SubordinatorBetween(SentenceContext ctx, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (ctx.Word(i) is "after" or "before" or "because" or "although" or "though" or "whereas" or "until" or "unless" or "despite" ||
                (ctx.Word(i) == "now" && ctx.Word(i + 1) == "that") ||
                // "…came to a halt on 10 November, when a statement signed by X took effect": a clause set off by its comma.
                (ctx.Word(i) == "when" && ctx.Word(i - 1) == ",") ||
                // "…, saying their demands had been met now that Azerbaijan controlled the route": what is said is a clause of its own.
                (ctx.Word(i) is "saying" or "claiming" or "arguing" or "insisting" && ctx.Word(i - 1) == ","))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a relative clause opened after a comma or a preposition (", which", "for which", ", who") starts between tokens
    /// <paramref name="from"/> and <paramref name="to"/>: what it names acts in that clause ("…, an incident for which
    /// Baku apologised").
    /// </summary>
    internal static bool RelativeClauseBetween(SentenceContext ctx, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (OpensRelativeClause(ctx, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="m"/> lies inside a relative aside opened by ", which" (who, whose …) that a comma closes
    /// after it and before <paramref name="trigger"/>: "the corridor, which links Karabakh with Armenia, was blocked".
    /// </summary>
    internal static bool InRelativeAsideBefore(SentenceContext ctx, LinkedMention m, int trigger)
    {
        var opened = false;
        for (var i = m.FirstToken - 1; i > ctx.FirstToken; i--)
        {
            if (ctx.Word(i) == ",")
            {
                return false;
            }

            if (OpensRelativeClause(ctx, i) && ctx.Word(i - 1) == ",")
            {
                opened = true;
                break;
            }
        }

        if (!opened)
        {
            return false;
        }

        for (var j = m.LastToken + 1; j < trigger; j++)
        {
            if (ctx.Word(j) == ",")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when token <paramref name="i"/> is a relative pronoun after a comma or a preposition (", which", "for which").</summary>
    internal static bool OpensRelativeClause(SentenceContext ctx, int i) =>
        ctx.Word(i) is "which" or "who" or "whom" or "whose" &&
        ctx.Word(i - 1) is "," or "for" or "in" or "of" or "by" or "to" or "after" or "during" or "under";

    /// <summary>
    /// The token before the auxiliaries and adverbs that stand before the verb at <paramref name="verb"/> ("were
    /// handed over", "has been officially named"), walking back no further than <paramref name="floor"/>: where the
    /// verb's subject ends. It is <paramref name="verb"/> - 1 when none stands there.
    /// </summary>
    internal static int BeforeAuxiliaries(SentenceContext ctx, int verb, int floor)
    {
        var i = verb - 1;
        while (i > floor && (ctx.Word(i) is "is" or "are" or "was" or "were" or "be" or "been" or "being" or "has" or "have" or "had" ||
                             (ctx.Word(i).Length > 4 && ctx.Word(i).EndsWith("ly", StringComparison.Ordinal))))
        {
            i--;
        }

        return i;
    }
}
