using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;

namespace Parley.Text;

/// <summary>
/// Splits verbatim text into word, number and punctuation tokens with their original spans. Hyphens split
/// words ("Nagorno-Karabakh" is two tokens, so it matches "Nagorno Karabakh"); a possessive "'s" becomes a
/// token of its own so "Azerbaijan's" still matches "Azerbaijan"; numbers keep their thousands separators.
/// </summary>
public static class Tokenizer
{
    // One shared entry per ASCII character (punctuation tokens) instead of a look-up per token.
    private static readonly Vocabulary.Entry[] AsciiEntries = [.. Enumerable.Range(0, 128).Select(c => Vocabulary.Add(string.Intern(char.ToLowerInvariant((char)c).ToString()), capped: false))];

    private static readonly Vocabulary.Entry Possessive = Vocabulary.Add("'s", capped: false);

    // Normalised words are shared across tokens and documents through the vocabulary (news repeats a small
    // vocabulary, so most tokens reuse a string and an id instead of allocating one); words longer than this are
    // looked up without the caches below.
    private const int PooledMaxLength = 32;

    // A direct-mapped cache in front of the vocabulary, indexed by a cheap hash of the folded word: a hit costs one
    // array read and a short compare, where the vocabulary costs a hash of the whole word and a concurrent lookup.
    // Slots are only ever overwritten with whole entries, so a race merely costs a miss.
    private const int CacheBits = 14;
    private static readonly Vocabulary.Entry?[] RecentWords = new Vocabulary.Entry?[1 << CacheBits];

    // Words of up to nine ASCII letters and digits (most words) have an exact 64-bit key, their folded characters
    // at seven bits each, and a per-thread direct-mapped cache of them: a hit is one read of the slot and one
    // compare of the key. Per thread because a slot holds two fields and a torn read must never pair a key
    // with another word.
    private const int KeyedMaxLength = 9;
    private const int KeyedBits = 13;

    [ThreadStatic]
    private static KeyedWord[]? t_keyedWords;

    // What each ASCII character is to the scanner, computed from the same char predicates the slow path uses.
    private const byte Skip = 1;
    private const byte AsciiLetter = 2;
    private const byte AsciiDigit = 3;
    private const byte AsciiPunctuation = 4; // a token of its own: any ASCII character but the above and the apostrophe
    private static readonly byte[] AsciiClass = BuildAsciiClass();

    /// <summary>Tokenises <paramref name="text"/>.</summary>
    public static IReadOnlyList<Token> Tokenize(string text) => Tokenize(text, new CharSpan(0, text.Length));

    /// <summary>Tokenises the part of <paramref name="text"/> inside <paramref name="range"/>.</summary>
    public static IReadOnlyList<Token> Tokenize(string text, CharSpan range)
    {
        if (range.End > text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(range), $"{range} lies outside a text of {text.Length} characters.");
        }

        // Tokens go first into a pooled buffer with room for the worst case (a token per character), then into a
        // list of exactly their number: no growing, no capacity left unused, no check of room per token.
        var buffer = ArrayPool<Token>.Shared.Rent(Math.Max(1, range.Length));
        var count = Scan(text, range.Start, range.End, buffer, t_keyedWords ??= new KeyedWord[1 << KeyedBits]);
        var tokens = new List<Token>(count);
        CollectionsMarshal.SetCount(tokens, count);
        var used = buffer.AsSpan(0, count);
        used.CopyTo(CollectionsMarshal.AsSpan(tokens));
        used.Clear(); // the pool keeps no document's strings alive
        ArrayPool<Token>.Shared.Return(buffer);
        return tokens;
    }

    /// <summary>Writes the tokens of text[<paramref name="i"/>..<paramref name="end"/>) into <paramref name="tokens"/>; returns how many.</summary>
    private static int Scan(string text, int i, int end, Token[] tokens, KeyedWord[] keyed)
    {
        var count = 0;
        StringBuilder? sb = null;
        while (i < end)
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
                if (kind == AsciiLetter)
                {
                    var wordEnd = AsciiWord(text, i, end, keyed, out var normalized, out var capitalized, out var allCaps);
                    if (wordEnd > 0)
                    {
                        tokens[count++] = new Token(i, wordEnd, normalized!, TokenKind.Word, capitalized, allCaps);
                        i = wordEnd;
                        continue;
                    }
                }
                else if (kind == AsciiPunctuation)
                {
                    tokens[count++] = new Token(i, i + 1, AsciiEntries[c], TokenKind.Punctuation, false, false);
                    i++;
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
                while (i < end && (char.IsDigit(text[i]) ||
                       ((text[i] == ',' || text[i] == '.') && i + 1 < end && char.IsDigit(text[i + 1]) && i > start)))
                {
                    i++;
                }

                // "2nd", "44-day" stay apart, but "1lurer" is one word.
                if (i < end && char.IsLetter(text[i]) && !IsOrdinalSuffix(text, i, end))
                {
                    while (i < end && char.IsLetterOrDigit(text[i]))
                    {
                        i++;
                    }

                    tokens[count++] = MakeWord(text, start, i, sb ??= new StringBuilder(32));
                    continue;
                }

                tokens[count++] = new Token(start, i, SharedCached(text.AsSpan(start, i - start)), TokenKind.Number, false, false);
                continue;
            }

            if (char.IsLetter(c))
            {
                var start = i;
                while (i < end && IsWordChar(text, i, end))
                {
                    i++;
                }

                tokens[count++] = MakeWord(text, start, i, sb ??= new StringBuilder(32));
                continue;
            }

            if (IsApostrophe(c) && IsPossessive(text, i, end))
            {
                tokens[count++] = new Token(i, i + 2, Possessive, TokenKind.Word, false, false);
                i += 2;
                continue;
            }

            tokens[count++] = new Token(i, i + 1, c < 128 ? AsciiEntries[c] : Vocabulary.Of(TextNormalizer.FoldChar(c).AsSpan()), TokenKind.Punctuation, false, false);
            i++;
        }

        return count;
    }

    /// <summary>True when the character at <paramref name="i"/> goes on a word that has begun before it.</summary>
    private static bool IsWordChar(string text, int i, int end)
    {
        var ch = text[i];
        return char.IsLetterOrDigit(ch) || char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark ||
               (IsApostrophe(ch) && i + 1 < end && char.IsLetter(text[i + 1]) && !IsPossessive(text, i, end));
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
            Vocabulary.Entry normalized;
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
                normalized = Vocabulary.Of(text.Substring(start, length).ToLowerInvariant());
            }

            return new Token(start, end, normalized, TokenKind.Word, capitalized, asciiLetters > 1 && asciiUpper == asciiLetters);
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

        Vocabulary.Entry folded;
        if (sb.Length <= PooledMaxLength)
        {
            Span<char> chars = stackalloc char[sb.Length];
            sb.CopyTo(0, chars, sb.Length);
            folded = SharedCached(chars);
        }
        else
        {
            folded = Vocabulary.Of(sb.ToString());
        }

        return new Token(start, end, folded, TokenKind.Word, capitalized, letters > 1 && upper == letters);
    }

    /// <summary>
    /// Reads a word of ASCII letters and digits starting at <paramref name="start"/> and returns where it ends, or 0
    /// when the word goes on with other characters (a letter with a diacritic, an apostrophe inside it) or is too
    /// long for the word cache, and needs the general path.
    /// </summary>
    private static int AsciiWord(string text, int start, int end, KeyedWord[] keyed, out Vocabulary.Entry? normalized, out bool capitalized, out bool allCaps)
    {
        normalized = null;
        capitalized = false;
        allCaps = false;
        var upper = 0;
        var digits = 0;
        ulong key = 0;
        var j = start;
        while (j < end)
        {
            var ch = text[j];
            if (ch >= 128)
            {
                break;
            }

            var kind = AsciiClass[ch];
            if (kind != AsciiLetter)
            {
                if (kind != AsciiDigit)
                {
                    break;
                }

                digits++;
            }

            // Upper-case ASCII letters lack the 0x20 bit that lower-case letters and digits have: counted and
            // folded without a branch.
            upper += ((ch >> 5) & 1) ^ 1;
            key = (key << 7) | (uint)(ch | 0x20);
            j++;
        }

        var length = j - start;
        if (length > PooledMaxLength || (j < end && (text[j] >= 128 || text[j] == '\'') && IsWordChar(text, j, end)))
        {
            return 0;
        }

        normalized = length <= KeyedMaxLength ? KeyedWordOf(keyed, key, text, start, length) : LongWordOf(text, start, length);
        capitalized = upper > 0 && text[start] <= 'Z';
        allCaps = length - digits > 1 && upper == length - digits;
        return j;
    }

    /// <summary>The folded word whose exact key (seven bits a character) is <paramref name="key"/>.</summary>
    private static Vocabulary.Entry KeyedWordOf(KeyedWord[] keyed, ulong key, string text, int start, int length)
    {
        // Found by key alone: no hash of the characters, no visit to the string's own memory to compare them.
        ref var slot = ref keyed[(int)((key * 0x9E3779B97F4A7C15UL) >> (64 - KeyedBits))];
        if (slot.Key == key && slot.Word is { } word)
        {
            return word;
        }

        Span<char> lower = stackalloc char[length];
        text.AsSpan(start, length).ToLowerInvariant(lower);
        word = Shared(lower);
        slot = new KeyedWord(key, word);
        return word;
    }

    /// <summary>The folded word of more than <see cref="KeyedMaxLength"/> ASCII letters and digits.</summary>
    private static Vocabulary.Entry LongWordOf(string text, int start, int length)
    {
        var hash = HashSeed;
        for (var k = start; k < start + length; k++)
        {
            hash = HashStep(hash, (char)(text[k] | 0x20));
        }

        // ASCII letters and digits compare case-blind by setting the 0x20 bit (digits have it already).
        ref var slot = ref RecentWords[Slot(hash, length)];
        var cached = slot;
        if (cached is null || cached.Word.Length != length || !EqualsLowered(cached.Word, text, start))
        {
            Span<char> lower = stackalloc char[length];
            text.AsSpan(start, length).ToLowerInvariant(lower);
            cached = Shared(lower);
            slot = cached;
        }

        return cached;
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
    private static Vocabulary.Entry SharedCached(ReadOnlySpan<char> chars)
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
        if (cached is not null && chars.SequenceEqual(cached.Word))
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
                : c == '\'' ? (byte)0
                : AsciiPunctuation;
        }

        return classes;
    }

    /// <summary>The vocabulary's entry for <paramref name="chars"/> (<see cref="Vocabulary.Of(ReadOnlySpan{char})"/>).</summary>
    private static Vocabulary.Entry Shared(ReadOnlySpan<char> chars) => Vocabulary.Of(chars);

    /// <summary>A cached word and its key.</summary>
    private readonly record struct KeyedWord(ulong Key, Vocabulary.Entry? Word);
}
