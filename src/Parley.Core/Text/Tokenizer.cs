using System.Collections.Concurrent;
using System.Text;

namespace Parley.Text;

/// <summary>
/// Splits verbatim text into word, number and punctuation tokens with their original spans. Hyphens split
/// words ("Nagorno-Karabakh" is two tokens, so it matches "Nagorno Karabakh"); a possessive "'s" becomes a
/// token of its own so "Azerbaijan's" still matches "Azerbaijan"; numbers keep their thousands separators.
/// </summary>
public static class Tokenizer
{
    // One shared string per ASCII punctuation character instead of one per token.
    private static readonly string[] AsciiStrings = [.. Enumerable.Range(0, 128).Select(c => char.ToLowerInvariant((char)c).ToString())];

    // Normalised words shared across tokens and documents: news repeats a small vocabulary, so most tokens
    // reuse a string instead of allocating one. Bounded, so an endless stream of new words cannot grow it.
    private const int PoolLimit = 100_000;
    private const int PooledMaxLength = 32;
    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> PoolLookup =
        Pool.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int _pooled;

    /// <summary>Tokenises <paramref name="text"/>.</summary>
    public static IReadOnlyList<Token> Tokenize(string text) => Tokenize(text, new CharSpan(0, text.Length));

    /// <summary>Tokenises the part of <paramref name="text"/> inside <paramref name="range"/>.</summary>
    public static IReadOnlyList<Token> Tokenize(string text, CharSpan range)
    {
        var tokens = new List<Token>(range.Length / 5);
        var sb = new StringBuilder(32);
        var i = range.Start;
        while (i < range.End)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }

            if (char.IsDigit(c))
            {
                var start = i;
                while (i < range.End && (char.IsDigit(text[i]) ||
                       ((text[i] == ',' || text[i] == '.') && i + 1 < range.End && char.IsDigit(text[i + 1]) && i > start)))
                {
                    i++;
                }

                // "2nd", "44-day" stay apart, but "1lurer" is one word.
                if (i < range.End && char.IsLetter(text[i]) && !IsOrdinalSuffix(text, i, range.End))
                {
                    while (i < range.End && char.IsLetterOrDigit(text[i]))
                    {
                        i++;
                    }

                    tokens.Add(MakeWord(text, start, i, sb));
                    continue;
                }

                tokens.Add(new Token(new CharSpan(start, i), Shared(text.AsSpan(start, i - start)), TokenKind.Number, false, false));
                continue;
            }

            if (char.IsLetter(c))
            {
                var start = i;
                while (i < range.End && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark ||
                       (IsApostrophe(text[i]) && i + 1 < range.End && char.IsLetter(text[i + 1]) && !IsPossessive(text, i, range.End))))
                {
                    i++;
                }

                tokens.Add(MakeWord(text, start, i, sb));
                continue;
            }

            if (IsApostrophe(c) && IsPossessive(text, i, range.End))
            {
                tokens.Add(new Token(new CharSpan(i, i + 2), "'s", TokenKind.Word, false, false));
                i += 2;
                continue;
            }

            tokens.Add(new Token(new CharSpan(i, i + 1), c < 128 ? AsciiStrings[c] : TextNormalizer.FoldChar(c), TokenKind.Punctuation, false, false));
            i++;
        }

        return tokens;
    }

    /// <summary>True for the characters news prose uses as apostrophes.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC';

    private static bool IsPossessive(string text, int i, int end) =>
        IsApostrophe(text[i]) && i + 1 < end && (text[i + 1] == 's' || text[i + 1] == 'S') &&
        (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2]));

    private static bool IsOrdinalSuffix(string text, int i, int end)
    {
        var j = i;
        while (j < end && char.IsLetter(text[j]))
        {
            j++;
        }

        return (j - i) switch
        {
            1 => char.ToLowerInvariant(text[i]) == 's',
            2 => (char.ToLowerInvariant(text[i]), char.ToLowerInvariant(text[i + 1])) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h'),
            _ => false,
        };
    }

    private static Token MakeWord(string text, int start, int end, StringBuilder sb)
    {
        // Plain ASCII without apostrophes (most words): folding is lower-casing, no builder needed.
        var capitalized = char.IsUpper(text[start]);
        var asciiUpper = 0;
        var asciiLetters = 0;
        var plain = true;
        for (var k = start; k < end; k++)
        {
            var ch = text[k];
            if (ch >= 128 || ch == '\'')
            {
                plain = false;
                break;
            }

            if (char.IsAsciiLetter(ch))
            {
                asciiLetters++;
                if (char.IsAsciiLetterUpper(ch))
                {
                    asciiUpper++;
                }
            }
        }

        if (plain)
        {
            string normalized;
            var length = end - start;
            if (asciiUpper == 0)
            {
                normalized = Shared(text.AsSpan(start, length));
            }
            else if (length <= PooledMaxLength)
            {
                Span<char> lower = stackalloc char[length];
                text.AsSpan(start, length).ToLowerInvariant(lower);
                normalized = Shared(lower);
            }
            else
            {
                normalized = text.Substring(start, length).ToLowerInvariant();
            }

            return new Token(new CharSpan(start, end), normalized, TokenKind.Word, capitalized, asciiLetters > 1 && asciiUpper == asciiLetters);
        }

        sb.Clear();
        var upper = 0;
        var letters = 0;
        for (var k = start; k < end; k++)
        {
            var ch = text[k];
            if (char.IsLetter(ch))
            {
                letters++;
                if (char.IsUpper(ch))
                {
                    upper++;
                }
            }

            if (IsApostrophe(ch))
            {
                continue; // "Shi'a" and "Shia" fold alike
            }

            TextNormalizer.AppendFolded(sb, ch);
        }

        string folded;
        if (sb.Length <= PooledMaxLength)
        {
            Span<char> chars = stackalloc char[sb.Length];
            sb.CopyTo(0, chars, sb.Length);
            folded = Shared(chars);
        }
        else
        {
            folded = sb.ToString();
        }

        return new Token(new CharSpan(start, end), folded, TokenKind.Word, capitalized, letters > 1 && upper == letters);
    }

    /// <summary>The pooled string equal to <paramref name="chars"/>, adding it while the pool has room.</summary>
    private static string Shared(ReadOnlySpan<char> chars)
    {
        if (chars.Length > PooledMaxLength)
        {
            return new string(chars);
        }

        if (PoolLookup.TryGetValue(chars, out var pooled))
        {
            return pooled;
        }

        // The literal instance when code names the word ("the", "said"), so comparisons meet the same object.
        var created = new string(chars);
        created = string.IsInterned(created) ?? created;
        if (_pooled < PoolLimit && Pool.TryAdd(created, created))
        {
            Interlocked.Increment(ref _pooled);
        }

        return created;
    }
}
