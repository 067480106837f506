using Parley.Extraction.Events;
using Parley.Model;

namespace Parley.Extraction.Claims;

/// <summary>
/// Reads the words of a denial that point back to what was said before it: a subject ("this was denied", "such reports
/// were denied"), an object ("rejected these claims", "dismissed that figure") and, from its noun, which of the last
/// claims of the document it takes up.
/// </summary>
internal static class PointingBack
{
    /// <summary>
    /// The earlier claim an anaphoric object points to: the latest of the last five whose sentence names the same
    /// kind of statement ("the accusations" → the sentence that accused), else null.
    /// </summary>
    public static Claim? Antecedent(SentenceContext ctx, int nounAt)
    {
        var noun = nounAt < 0 ? "" : ctx.Word(nounAt);
        if (noun.Length < 5)
        {
            return null;
        }

        var stem = noun[..5];
        var text = ctx.Analysis.Text;
        foreach (var claim in ctx.Analysis.Claims.AsEnumerable().Reverse().Take(5))
        {
            var sentence = ctx.Analysis.SentenceAt(claim.Span.Start);
            var words = (sentence?.Span ?? claim.Span).Slice(text);
            if (words.Contains(stem, StringComparison.OrdinalIgnoreCase))
            {
                return claim;
            }
        }

        return null;
    }

    /// <summary>
    /// "dismissed the accusations", "rejected these claims": the index of the noun of an object that points back to
    /// what was said before, or -1.
    /// </summary>
    public static int AnaphoricObject(SentenceContext ctx, int verb)
    {
        for (var i = verb + 1; i <= verb + 3 && i < ctx.LastToken; i++)
        {
            if (ctx.Word(i) is "the" or "these" or "those" or "such" or "this" or "that" &&
                (ctx.Word(i + 1) is "accusations" or "accusation" or "claims" or "claim" or "allegations" or "allegation" or "reports" or "report" or "charges" or "statements" or "assertions" ||
                 Array.IndexOf(RivalCounts.CountNouns, ctx.Word(i + 1)) >= 0))
            {
                return i + 1;
            }
        }

        return -1;
    }

    /// <summary>"this was denied", "that is denied", "such reports were denied": the subject points back.</summary>
    public static bool AnaphoricSubject(SentenceContext ctx, int den)
    {
        for (var i = den - 1; i >= ctx.FirstToken && i >= den - 4; i--)
        {
            if (ctx.Tokens[i].Normalized is "this" or "that" or "it" or "these" or "such")
            {
                return true;
            }
        }

        return false;
    }
}
