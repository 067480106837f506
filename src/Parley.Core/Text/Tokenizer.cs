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

    // A direct-mapped cache in front of the pool, indexed by a cheap hash of the folded word: a hit costs one
    // array read and a short compare, where the pool costs a hash of the whole word and a concurrent lookup.
    // Slots are only ever overwritten with pooled strings, so a race merely costs a miss.
    private const int CacheBits = 14;
    private static readonly string?[] RecentWords = new string?[1 << CacheBits];

    // What each ASCII character is to the scanner, computed from the same char predicates the slow path uses.
    private const byte Skip = 1;
    private const byte AsciiLetter = 2;
    private const byte AsciiDigit = 3;
    private static readonly byte[] AsciiClass = BuildAsciiClass();

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
            if (c < 128)
            {
                var kind = AsciiClass[c];
                if (kind == Skip)
                {
                    i++;
                    continue;
                }

                // Most words are plain ASCII letters and digits: read them without the general path's checks.
                if (kind == AsciiLetter && AsciiWord(text, i, range.End) is { } word)
                {
                    tokens.Add(word);
                    i = word.Span.End;
                    continue;
                }
            }
            else if (char.IsWhiteSpace(c) || char.IsControl(c))
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

                tokens.Add(new Token(new CharSpan(start, i), SharedCached(text.AsSpan(start, i - start)), TokenKind.Number, false, false));
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
                normalized = SharedCached(text.AsSpan(start, length));
            }
            else if (length <= PooledMaxLength)
            {
                Span<char> lower = stackalloc char[length];
                text.AsSpan(start, length).ToLowerInvariant(lower);
                normalized = SharedCached(lower);
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
            folded = SharedCached(chars);
        }
        else
        {
            folded = sb.ToString();
        }

        return new Token(new CharSpan(start, end), folded, TokenKind.Word, capitalized, letters > 1 && upper == letters);
    }

    /// <summary>
    /// The token of a word of ASCII letters and digits starting at <paramref name="start"/>, or null when the word
    /// goes on with other characters (an apostrophe, a letter with a diacritic) and needs the general path.
    /// </summary>
    private static Token? AsciiWord(string text, int start, int end)
    {
        var upper = 0;
        var letters = 0;
        var hash = HashSeed;
        var j = start;
        while (j < end)
        {
            var ch = text[j];
            if (ch >= 128)
            {
                return null;
            }

            var kind = AsciiClass[ch];
            if (kind == AsciiLetter)
            {
                letters++;
                if (ch <= 'Z')
                {
                    upper++;
                    ch = (char)(ch | 0x20);
                }
            }
            else if (kind != AsciiDigit)
            {
                break;
            }

            hash = HashStep(hash, ch);
            j++;
        }

        var length = j - start;
        if ((j < end && text[j] == '\'') || length > PooledMaxLength)
        {
            return null;
        }

        // ASCII letters and digits compare case-blind by setting the 0x20 bit (digits have it already).
        ref var slot = ref RecentWords[Slot(hash, length)];
        var normalized = slot;
        if (normalized is null || normalized.Length != length || !EqualsLowered(normalized, text, start))
        {
            Span<char> lower = stackalloc char[length];
            text.AsSpan(start, length).ToLowerInvariant(lower);
            normalized = Shared(lower);
            slot = normalized;
        }

        return new Token(new CharSpan(start, j), normalized, TokenKind.Word, upper > 0 && text[start] <= 'Z', letters > 1 && upper == letters);
    }

    private static bool EqualsLowered(string lower, string text, int start)
    {
        for (var k = 0; k < lower.Length; k++)
        {
            if (lower[k] != (text[start + k] | 0x20))
            {
                return false;
            }
        }

        return true;
    }

    private const uint HashSeed = 2166136261u;

    private static uint HashStep(uint hash, char c) => (hash ^ c) * 16777619u;

    private static int Slot(uint hash, int length)
    {
        hash ^= (uint)length * 0x9E3779B1u;
        return (int)((hash ^ (hash >> 15)) & ((1 << CacheBits) - 1));
    }

    /// <summary><see cref="Shared"/> behind the <see cref="RecentWords"/> cache.</summary>
    private static string SharedCached(ReadOnlySpan<char> chars)
    {
        if (chars.Length > PooledMaxLength)
        {
            return Shared(chars);
        }

        var hash = HashSeed;
        foreach (var ch in chars)
        {
            hash = HashStep(hash, ch);
        }

        ref var slot = ref RecentWords[Slot(hash, chars.Length)];
        var cached = slot;
        if (cached is not null && chars.SequenceEqual(cached))
        {
            return cached;
        }

        var shared = Shared(chars);
        slot = shared;
        return shared;
    }

    private static byte[] BuildAsciiClass()
    {
        var classes = new byte[128];
        for (var c = (char)0; c < 128; c++)
        {
            classes[c] = char.IsWhiteSpace(c) || char.IsControl(c) ? Skip
                : char.IsAsciiLetter(c) ? AsciiLetter
                : char.IsAsciiDigit(c) ? AsciiDigit
                : (byte)0;
        }

        return classes;
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
