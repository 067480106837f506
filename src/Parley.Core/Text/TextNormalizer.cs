using System.Globalization;
using System.Text;

namespace Parley.Text;

/// <summary>
/// Folds text for matching: lower case, diacritics removed, letters of Azerbaijani and Turkish spelling mapped
/// to their plain Latin look-alikes, every apostrophe and dash unified. One input character may become zero,
/// one or several output characters; <see cref="Fold(string)"/> keeps no map, tokens keep their own spans.
/// </summary>
public static class TextNormalizer
{
    // Folded forms of the characters below this bound, computed on first use: Unicode decomposition is slow,
    // and names and quotes repeat the same few non-ASCII characters.
    private const int CachedBelow = 0x2400;
    private static readonly string?[] FoldedChars = new string?[CachedBelow];

    /// <summary>Folds a whole string.</summary>
    public static string Fold(string text)
    {
        // Already folded (lower-case ASCII): nothing to copy.
        var folded = true;
        foreach (var c in text)
        {
            if (c >= 128 || char.IsAsciiLetterUpper(c))
            {
                folded = false;
                break;
            }
        }

        if (folded)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            AppendFolded(sb, c);
        }

        return sb.ToString();
    }

    /// <summary>Appends the folded form of one character.</summary>
    public static void AppendFolded(StringBuilder sb, char c)
    {
        if (c < 128)
        {
            sb.Append(char.ToLowerInvariant(c));
            return;
        }

        sb.Append(FoldChar(c));
    }

    /// <summary>The folded form of one character (zero, one or several characters).</summary>
    public static string FoldChar(char c)
    {
        if (c >= CachedBelow)
        {
            return Compute(c);
        }

        // A race only computes the same string twice.
        return FoldedChars[c] ??= Compute(c);
    }

    private static string Compute(char c)
    {
        var sb = new StringBuilder(2);
        if (c < 128)
        {
            sb.Append(char.ToLowerInvariant(c));
            return sb.ToString();
        }

        switch (c)
        {
            case '\u2018' or '\u2019' or '\u02BC' or '\u02BB' or '\u0060' or '\u00B4' or '\u2032':
                return "'";
            case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212':
                return "-";
            case '\u0259' or '\u018F': // schwa (Azerbaijani ə)
                return "e";
            case '\u0131': // dotless i
                return "i";
            case '\u00DF':
                return "ss";
            case '\u00E6' or '\u00C6':
                return "ae";
            case '\u00F8' or '\u00D8':
                return "o";
            case '\u0142' or '\u0141':
                return "l";
            case '\u00A0' or '\u2009' or '\u202F' or '\u2007':
                return " ";
        }

        // Half of a surrogate pair (an emoji, a rare CJK character) is not text Normalize accepts on its own, and
        // has no accent to fold: it stays as it is.
        if (char.IsSurrogate(c))
        {
            return c.ToString();
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(d));
            }
        }

        return sb.ToString();
    }
}
