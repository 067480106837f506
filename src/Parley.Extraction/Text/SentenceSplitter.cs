using System.Buffers;
using Parley.Text;

namespace Parley.Extraction.Text;

/// <summary>
/// Splits news prose into sentences: every line break ends a sentence (news text keeps one paragraph or
/// headline a line), and inside a line a '.', '!' or '?' followed by space and a capital, digit or quote ends
/// one — except after an abbreviation ("Maj. Gen.", "U.S.", "Dec.", "No.") or an initial ("N. V. Pashinyan").
/// Closing quotes and brackets stay with the sentence they close.
/// </summary>
public sealed class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "maj", "col", "lt", "capt", "cpt", "sgt", "adm", "brig", "cmdr", "st",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "nos", "vs", "etc", "e.g", "i.e", "jr", "sr", "rep", "sen", "gov", "pres", "amb", "dept", "approx",
        "inc", "ltd", "co", "corp", "u.s", "u.n", "u.k", "e.u", "a.i", "p.m", "a.m", "art", "para", "vol", "fig", "ca",
    };

    // Looks the word before a full stop up without cutting it out of the text.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> Terminators = SearchValues.Create(".!?");

    /// <summary>Splits <paramref name="text"/> into trimmed sentence spans.</summary>
    public IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var lineStart = 0;
        while (true)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            SplitLine(text, lineStart, lineEnd, sentences);
            if (newline < 0)
            {
                break;
            }

            lineStart = newline + 1;
        }

        return sentences;
    }

    private static void SplitLine(string text, int start, int end, List<Sentence> sentences)
    {
        var s = start;
        for (var i = start; i < end; i++)
        {
            // Jump to the next terminator instead of testing every character.
            var next = text.AsSpan(i, end - i).IndexOfAny(Terminators);
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = text[i];

            // Swallow closing quotes and brackets after the terminator.
            var j = i + 1;
            while (j < end && text[j] is '"' or '\u201D' or '\u2019' or '\'' or ')' or ']')
            {
                j++;
            }

            if (j >= end || !char.IsWhiteSpace(text[j]))
            {
                continue;
            }

            var k = j;
            while (k < end && char.IsWhiteSpace(text[k]))
            {
                k++;
            }

            if (k >= end)
            {
                continue;
            }

            var following = text[k];
            var startsNew = char.IsUpper(following) || char.IsDigit(following) || following is '"' or '\u201C' or '\u2018' or '(' or '[';
            if (!startsNew || (c == '.' && IsAbbreviation(text, start, i, following)))
            {
                continue;
            }

            Add(text, s, j, sentences);
            s = k;
            i = k - 1;
        }

        Add(text, s, end, sentences);
    }

    private static bool IsAbbreviation(string text, int lineStart, int dot, char next)
    {
        var w = dot;
        while (w > lineStart && (char.IsLetter(text[w - 1]) || text[w - 1] == '.'))
        {
            w--;
        }

        var word = text.AsSpan(w, dot - w);
        if (word.Length == 0)
        {
            return false;
        }

        // A single capital letter is an initial ("N. V. Pashinyan"), unless a sentence ends on a pronoun "I"; an "I."
        // before another initial is one too ("I. H. Aliyev").
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return word[0] != 'I' || NextIsInitial(text, dot + 1);
        }

        if (AbbreviationLookup.Contains(word))
        {
            // "U.S." at the end of a sentence followed by a new one is ambiguous; a following capital word that is
            // not a name-like continuation would be rare, keep it joined.
            return true;
        }

        // Dotted acronyms such as "U.N." or "N.V.".
        return word.Contains('.') && AllUpperBesideDots(word) && char.IsUpper(next);
    }

    private static bool NextIsInitial(string text, int from)
    {
        var i = from;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i + 1 < text.Length && char.IsUpper(text[i]) && text[i + 1] == '.';
    }

    private static bool AllUpperBesideDots(ReadOnlySpan<char> word)
    {
        foreach (var ch in word)
        {
            if (ch != '.' && !char.IsUpper(ch))
            {
                return false;
            }
        }

        return true;
    }

    private static void Add(string text, int start, int end, List<Sentence> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end <= start)
        {
            return;
        }

        var span = new CharSpan(start, end);
        sentences.Add(new Sentence(sentences.Count, span, IsHeadingLike(text, span)));
    }

    private static bool IsHeadingLike(string text, CharSpan span)
    {
        var last = text[span.End - 1];
        if (last is '.' or '!' or '?' or '"' or '\u201D' or ':' or ';' or ',')
        {
            return false;
        }

        // Words are the runs between spaces (as Split(' ') with empty entries removed counts them).
        var words = 0;
        var inWord = false;
        for (var i = span.Start; i < span.End; i++)
        {
            var space = text[i] == ' ';
            if (!space && !inWord)
            {
                words++;
            }

            inWord = !space;
        }

        return words <= 25;
    }
}
