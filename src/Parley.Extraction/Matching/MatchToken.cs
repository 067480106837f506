using Parley.Text;

namespace Parley.Extraction.Matching;

/// <summary>
/// The token stream matching works on: words, numbers and punctuation, without hyphens, dashes and possessive
/// "'s", each pointing back to its token in the document.
/// </summary>
public static class MatchTokens
{
    /// <summary>Indexes into <paramref name="tokens"/> of the tokens that take part in matching.</summary>
    public static int[] Select(IReadOnlyList<Token> tokens)
    {
        // Count, then fill an array of the exact size (no growing list, no copy).
        var count = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Skips(tokens[i]))
            {
                count++;
            }
        }

        var keep = new int[count];
        count = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Skips(tokens[i]))
            {
                keep[count++] = i;
            }
        }

        return keep;
    }

    /// <summary>True for tokens matching ignores (hyphens, dashes, possessive 's, quotes).</summary>
    public static bool Skips(Token t) =>
        (t.Kind == TokenKind.Punctuation && t.Normalized is "-" or "\u201C" or "\u201D" or "\"" or "'") ||
        (t.Kind == TokenKind.Word && t.Normalized == "'s");

    /// <summary>The normalised key sequence of a phrase, as the matcher stores it (leading "the" dropped).</summary>
    public static string[] Key(string phrase)
    {
        var toks = Tokenizer.Tokenize(phrase).Where(t => !Skips(t)).Select(t => t.Normalized).ToList();
        if (toks.Count > 1 && toks[0] == "the")
        {
            toks.RemoveAt(0);
        }

        return [.. toks];
    }
}
