using Parley.Extraction.Entities;
using Parley.Extraction.Events;
using Parley.Model;

namespace Parley.Extraction.Claims;

/// <summary>
/// Reads the wire form that hands a person's words on through an outlet: "X was quoted by TASS as saying (that) …",
/// "APA quoted X as saying …", "X was cited by Trend as stating …". The person is who spoke, the outlet only the
/// channel, and what was said follows the participle.
/// </summary>
internal static class QuotedAsSaying
{
    // The participles of speech "as" introduces after "quoted X" (a fixed cue list, one array for every call).
    private static readonly string[] Participles =
        ["as saying", "as stating", "as telling", "as noting", "as adding", "as warning", "as claiming", "as insisting", "as arguing", "as asserting", "as explaining", "as stressing"];

    /// <summary>The subject of the speech, the outlet that carried it (either may be unnamed) and the first token of what was said.</summary>
    public readonly record struct Report(LinkedMention? Speaker, LinkedMention? Channel, int QuoteFirst);

    /// <summary>The report in tokens up to <paramref name="last"/>, or null when the sentence has no such form.</summary>
    public static Report? Read(SentenceContext ctx, int last)
    {
        var @as = ctx.FindAny(Participles, ctx.FirstToken + 2, last - 2, out _);
        if (@as < 0)
        {
            return null;
        }

        var quoteFirst = @as + 2;
        quoteFirst += ctx.Word(quoteFirst) == "that" ? 1 : 0;
        var before = MentionEndingAt(ctx, @as - 1);

        // Passive: "X was quoted (by OUTLET) as saying".
        var verb = @as - 1;
        LinkedMention? agent = null;
        if (before is not null && ctx.Word(before.FirstToken - 1) == "by")
        {
            agent = before;
            verb = before.FirstToken - 2;
        }

        if (IsQuoting(ctx.Word(verb)) && ctx.Word(verb - 1) is "was" or "were" or "is" or "are" or "been" or "being")
        {
            var aux = verb - 1;
            // ("X has been quoted", "X was also quoted": the subject stands before the auxiliaries and an adverb.)
            while (aux > ctx.FirstToken && ctx.Word(aux - 1) is "has" or "have" or "had" or "also" or "later" or "earlier" or "widely")
            {
                aux--;
            }

            return new Report(MentionEndingAt(ctx, aux - 1), agent, quoteFirst);
        }

        // Active: "OUTLET quoted X as saying", with title words between the verb and the person ("quoted Deputy Minister X").
        if (before is not null && agent is null)
        {
            for (var v = before.FirstToken - 1; v >= ctx.FirstToken && v >= before.FirstToken - 5; v--)
            {
                if (IsQuoting(ctx.Word(v)))
                {
                    return new Report(before, MentionEndingAt(ctx, v - 1), quoteFirst);
                }

                if (!ctx.Tokens[v].IsWord)
                {
                    break;
                }
            }
        }

        return null;
    }

    private static bool IsQuoting(string word) => word is "quoted" or "quotes" or "cited" or "cites";

    // The last mention of the sentence ending at token `last` that names who may speak or carry speech (no place).
    private static LinkedMention? MentionEndingAt(SentenceContext ctx, int last)
    {
        var mentions = ctx.Mentions;
        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            var m = mentions[k];
            if (m.LastToken == last && m.Kind is not (EntityKind.Place or EntityKind.Route))
            {
                return m;
            }
        }

        return null;
    }
}
