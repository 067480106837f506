using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
        // One pass into a pooled buffer, then one copy of the exact size (no growing list, no second test of each token).
        var buffer = ArrayPool<int>.Shared.Rent(Math.Max(1, tokens.Count));
        try
        {
            var count = 0;
            if (tokens is List<Token> list)
            {
                var span = CollectionsMarshal.AsSpan(list);
                for (var i = 0; i < span.Length; i++)
                {
                    if (!Skips(span[i]))
                    {
                        buffer[count++] = i;
                    }
                }
            }
            else
            {
                for (var i = 0; i < tokens.Count; i++)
                {
                    if (!Skips(tokens[i]))
                    {
                        buffer[count++] = i;
                    }
                }
            }

            return buffer.AsSpan(0, count).ToArray();
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }

    /// <summary>True for tokens matching ignores (hyphens, dashes, possessive 's, quotes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Skips(Token t)
    {
        // Compared character by character: these are one- and two-character strings, and this runs for every token.
        var n = t.Normalized;
        return t.Kind switch
        {
            TokenKind.Punctuation => n.Length == 1 && n[0] is '-' or '\u201C' or '\u201D' or '"' or '\'',
            TokenKind.Word => n.Length == 2 && n[0] == '\'' && n[1] == 's',
            _ => false,
        };
    }

    /// <summary>The normalised key sequence of a phrase, as the matcher stores it (leading "the" dropped).</summary>
    public static string[] Key(string phrase) => Kept(phrase, dropLeadingThe: true);

    /// <summary>
    /// The normalised tokens of <paramref name="phrase"/> that matching reads, and with <paramref name="dropLeadingThe"/>
    /// without a leading "the" before more words (<see cref="Key"/>). Counted, then copied into an array of that
    /// size: a pack's index asks this of thousands of names, and a list per name was most of its allocation.
    /// </summary>
    internal static string[] Kept(string phrase, bool dropLeadingThe)
    {
        var tokens = PhraseMatcher<int>.AsSpan(Tokenizer.Tokenize(phrase));
        var count = 0;
        var first = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!Skips(tokens[i]))
            {
                first = first < 0 ? i : first;
                count++;
            }
        }

        var from = dropLeadingThe && count > 1 && tokens[first].Normalized == "the" ? first + 1 : first;
        var key = new string[dropLeadingThe && from > first ? count - 1 : count];
        var k = 0;
        for (var i = Math.Max(from, 0); i < tokens.Length; i++)
        {
            if (!Skips(tokens[i]))
            {
                key[k++] = tokens[i].Normalized;
            }
        }

        return key;
    }
}
