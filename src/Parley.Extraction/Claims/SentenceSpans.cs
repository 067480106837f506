using Parley.Extraction.Events;

namespace Parley.Extraction.Claims;

/// <summary>
/// Small readings of a stretch of a sentence's tokens that the claim readers share: whether a token is inside
/// quotation marks, where the next comma is, whether a stretch holds enough words, a mention or a casualty count.
/// </summary>
internal static class SentenceSpans
{
    /// <summary>Whether token <paramref name="at"/> lies between an opening and a closing quotation mark of its sentence.</summary>
    public static bool InsideQuotes(SentenceContext ctx, int at)
    {
        var depth = 0;
        var straight = false;
        for (var i = ctx.FirstToken; i < at; i++)
        {
            switch (ctx.Tokens[i].Normalized)
            {
                case "\u201C":
                    depth++;
                    break;
                case "\u201D":
                    depth = Math.Max(0, depth - 1);
                    break;
                case "\"":
                    straight = !straight;
                    break;
            }
        }

        if (depth == 0 && !straight)
        {
            return false;
        }

        // Only a quotation that closes later in the sentence holds the verb; an unclosed mark opens a quote of its own.
        for (var i = at + 1; i <= ctx.LastToken; i++)
        {
            if (ctx.Tokens[i].Normalized is "\u201D" or "\"")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether tokens [<paramref name="first"/>, <paramref name="last"/>] state how many were killed or wounded.</summary>
    /// <remarks>
    /// Most sentences hold none of the words such a count needs: the document's index of them turns those away before
    /// their numbers are read.
    /// </remarks>
    public static bool CountsCasualties(SentenceContext ctx, int first, int last) =>
        ctx.FindAny(QuantityReader.CasualtyWords, first, last, out _) >= 0 && QuantityReader.CountsCasualties(ctx.Tokens, first, last);

    public static int NextComma(SentenceContext ctx, int from)
    {
        for (var i = from; i <= ctx.LastToken; i++)
        {
            if (ctx.Tokens[i].Normalized == ",")
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True when a mention ends before token <paramref name="at"/> and at most <paramref name="reach"/> tokens before it.</summary>
    public static bool AnyMentionEndsWithin(SentenceContext ctx, int at, int reach)
    {
        for (var k = 0; k < ctx.Mentions.Count; k++)
        {
            var m = ctx.Mentions[k];
            if (m.LastToken < at && at - m.LastToken <= reach)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when tokens [<paramref name="first"/>, <paramref name="last"/>] hold at least <paramref name="count"/> words.</summary>
    public static bool HasWords(SentenceContext ctx, int first, int last, int count)
    {
        var words = 0;
        for (var i = first; i <= last && words < count; i++)
        {
            words += ctx.Tokens[i].IsWord ? 1 : 0;
        }

        return words >= count;
    }
}
