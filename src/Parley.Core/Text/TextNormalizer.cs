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
    /// <summary>Folds a whole string.</summary>
    public static string Fold(string text)
    {
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

        switch (c)
        {
            case '\u2018' or '\u2019' or '\u02BC' or '\u02BB' or '\u0060' or '\u00B4' or '\u2032':
                sb.Append('\'');
                return;
            case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212':
                sb.Append('-');
                return;
            case '\u0259' or '\u018F': // schwa (Azerbaijani ə)
                sb.Append('e');
                return;
            case '\u0131': // dotless i
                sb.Append('i');
                return;
            case '\u00DF':
                sb.Append("ss");
                return;
            case '\u00E6' or '\u00C6':
                sb.Append("ae");
                return;
            case '\u00F8' or '\u00D8':
                sb.Append('o');
                return;
            case '\u0142' or '\u0141':
                sb.Append('l');
                return;
            case '\u00A0' or '\u2009' or '\u202F' or '\u2007':
                sb.Append(' ');
                return;
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(d));
            }
        }
    }
}
