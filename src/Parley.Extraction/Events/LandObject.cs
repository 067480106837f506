using Parley.Text;

namespace Parley.Extraction.Events;

/// <summary>
/// Land as the object of a verb of handing over: "handed over control of the district", "return four villages", "the
/// return of the districts". Territory changing hands is neither people going home nor a release.
/// </summary>
internal static class LandObject
{
    /// <summary>True for a verb (or its noun) that can hand land over: hand, cede, transfer, return.</summary>
    public static bool IsTransferVerb(string word) => word is "handed" or "hand" or "hands" or "handing" or "ceded" or "cede" or "cedes" or
        "transferred" or "transfer" or "return" or "returned" or "returns" or "returning";

    /// <summary>True for a word that ends the object a transfer verb takes ("to" their villages, "in" May, a comma).</summary>
    public static bool EndsObject(string word) => word is "to" or "from" or "in" or "on" or "at" or "by" or "after" or "before" or "," or "" or "home";

    /// <summary>
    /// True when the transfer verb ending at <paramref name="verb"/> takes one of <paramref name="landNouns"/> as its
    /// object within three words (up to <paramref name="last"/>).
    /// </summary>
    public static bool Follows(IReadOnlyList<Token> tokens, int verb, int last, IReadOnlySet<string> landNouns)
    {
        if (!IsTransferVerb(tokens[verb].Normalized))
        {
            return false;
        }

        for (var j = verb + 1; j <= Math.Min(last, verb + 3); j++)
        {
            var word = tokens[j].Normalized;
            if (EndsObject(word) || tokens[j].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (landNouns.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
