using Parley.Extraction.Entities;
using Parley.Extraction.Matching;
using Parley.Model;

namespace Parley.Extraction.Events;

/// <summary>
/// The words around a trigger that several readers ask about: its text, its "of" complement, the temporal
/// preposition that opens its phrase, whether it is a past form, and the word before a token.
/// </summary>
internal static class TriggerPhrase
{
    /// <summary>
    /// The trigger as written, with a "separate" before it kept ("a separate meeting"): the merger reads it as the
    /// document telling of one more happening, not of one it has already told.
    /// </summary>
    internal static string TriggerText(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        var start = trigger.Span.Start;
        var before = trigger.FirstToken - 1;
        if (before >= ctx.FirstToken && ctx.Tokens[before].Normalized == "separate")
        {
            start = ctx.Tokens[before].Span.Start;
        }

        return ctx.Analysis.Text[start..trigger.Span.End];
    }

    /// <summary>The name right after the trigger's "of" ("the meeting of [the] Council of Ministers"), or null.</summary>
    internal static LinkedMention? OfComplement(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        var of = trigger.LastToken + 1;
        if (ctx.Word(of) != "of")
        {
            return null;
        }

        for (var k = 0; k < ctx.Mentions.Count; k++)
        {
            var m = ctx.Mentions[k];
            if (m.FirstToken == of + 1 || (m.FirstToken == of + 2 && ctx.Word(of + 1) == "the"))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The token of "after", "since", "following" … that opens the trigger's noun phrase, or -1.</summary>
    internal static int TemporalPrepositionBefore(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        for (var i = trigger.FirstToken - 1; i >= ctx.FirstToken && i >= trigger.FirstToken - 4; i--)
        {
            var w = ctx.Tokens[i].Normalized;
            if (w is "after" or "before" or "since" or "following" or "until" or "till" or "prior" or "ahead" or "amid" or "despite")
            {
                return i;
            }

            if (!ctx.Tokens[i].IsWord || w is "of" or "to" or "and")
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>A verb trigger in a past form: "dismissed", "had appointed", "has met".</summary>
    internal static bool IsPastForm(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger) =>
        ctx.Word(trigger.FirstToken).EndsWith("ed", StringComparison.Ordinal) || ctx.Word(trigger.FirstToken - 1) is "had" or "has" or "have" ||
        ctx.Word(trigger.FirstToken) is "met" or "fled" or "left" or "held" or "fought" or "sat" or "took" or "began" or "brought";

    internal static string? PreviousWord(SentenceContext ctx, int token)
    {
        for (var i = token - 1; i >= ctx.FirstToken && i >= token - 3; i--)
        {
            if (ctx.Tokens[i].IsWord && ctx.Tokens[i].Normalized is not ("the" or "a" or "an" or "'s"))
            {
                return ctx.Tokens[i].Normalized;
            }
        }

        return null;
    }

    /// <summary>
    /// True when only determiners, possessives and the words of a title stand between a verb trigger and the mention:
    /// "met the president", "met Prime Minister X", "met Azerbaijani presidential aide X", "met Armenia's envoy X".
    /// </summary>
    internal static bool IsObjectOf(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, LinkedMention m, HashSet<string> titleWords)
    {
        for (var i = trigger.LastToken + 1; i < m.FirstToken; i++)
        {
            var token = ctx.Tokens[i];
            if (!(token.Normalized is "the" or "a" or "an" or "his" or "her" or "their" or "its" or "both" or "'s" ||
                  titleWords.Contains(token.Normalized) || (token.IsWord && token.IsCapitalized)))
            {
                return false;
            }
        }

        return m.FirstToken > trigger.LastToken;
    }

    /// <summary>True for a call's trigger: "spoke by phone", "telephoned", "a phone call", "called Pashinyan".</summary>
    internal static bool IsCall(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        for (var i = trigger.FirstToken; i <= trigger.LastToken; i++)
        {
            if (ctx.Word(i) is "phone" or "telephone" or "phoned" or "telephoned" or "called" or "rang")
            {
                return true;
            }
        }

        return false;
    }
}
