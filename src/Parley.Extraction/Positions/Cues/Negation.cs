using Parley.Extraction.Events;

namespace Parley.Extraction.Positions.Cues;

/// <summary>Whether a cue or an issue phrase is negated: "not", "never", "no" or "n't" within three words before it.</summary>
internal static class Negation
{
    // A fixed cue list, one array for every call, so the document's index of it is built once (see PhraseIndex.ListOf).
    private static readonly string[] NegationWords = ["not", "never", "no", "n't"];

    /// <summary>True when a negation stands among the three words before token <paramref name="at"/>.</summary>
    internal static bool Before(SentenceContext ctx, int at) =>
        ctx.FindAny(NegationWords, Math.Max(ctx.FirstToken, at - 3), at - 1, out _) >= 0;

    /// <summary>True when "not only" stands among the three words before <paramref name="at"/>: it adds, and denies nothing.</summary>
    internal static bool NotOnly(SentenceContext ctx, int at)
    {
        for (var i = Math.Max(ctx.FirstToken, at - 3); i < at - 1; i++)
        {
            if (ctx.Word(i) == "not" && ctx.Word(i + 1) == "only")
            {
                return true;
            }
        }

        return false;
    }
}
