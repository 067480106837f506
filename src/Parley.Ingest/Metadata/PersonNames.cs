using System.Text.RegularExpressions;

namespace Parley.Ingest.Metadata;

/// <summary>Recognises a printed person's name ("Nicholas Castillo", "Jean-Luc de la Rue", "J. R. Smith") by its shape.</summary>
internal static partial class PersonNames
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "da", "di", "du", "dos", "van", "von", "der", "den", "ter", "al", "el", "bin", "ibn", "la", "le",
    };

    // Capitalised words that make a line a heading, an outlet or a place, not a person.
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "of", "in", "on", "for", "to", "with", "by", "from", "at", "as", "is", "are", "was",
        "news", "agency", "press", "times", "post", "daily", "media", "world", "politics", "region", "analysis",
        "opinion", "economy", "business", "society", "culture", "sport", "sports", "research", "report", "reports",
        "staff", "editor", "editorial", "correspondent", "reporter", "desk", "service", "team", "republic",
        "ministry", "president", "minister", "office", "government", "center", "centre", "institute", "university",
        "monitor", "journal", "review", "online", "international", "south", "north", "east", "west", "caucasus",
        "europe", "asia", "statement", "update", "live", "video", "photo", "image",
    };

    /// <summary>True when <paramref name="text"/> has the shape of one person's name.</summary>
    public static bool IsName(string text)
    {
        if (text.Length is < 4 or > 60 || text.Any(char.IsDigit))
        {
            return false;
        }

        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is < 2 or > 5 || !NameToken().IsMatch(tokens[0]) || !NameToken().IsMatch(tokens[^1]))
        {
            return false;
        }

        var capitalised = 0;
        foreach (var token in tokens)
        {
            if (NotNames.Contains(token.TrimEnd('.')))
            {
                return false;
            }

            if (NameToken().IsMatch(token))
            {
                capitalised++;
            }
            else if (!Particles.Contains(token))
            {
                return false;
            }
        }

        return capitalised >= 2 && tokens.Any(t => t.Length > 2 && !t.EndsWith('.'));
    }

    /// <summary>
    /// The names in a byline's name list ("A and B", "A, B &amp; C"), stopping at the first piece that is not a name
    /// (an outlet, a title, a date). Empty when the list does not start with a name.
    /// </summary>
    public static List<string> ParseList(string list)
    {
        var names = new List<string>();
        foreach (var piece in ListSeparator().Split(list))
        {
            var candidate = piece.Trim().TrimEnd('.', ',', ';', ':').Trim();
            if (candidate.Length == 0)
            {
                continue;
            }

            if (!IsName(candidate))
            {
                break;
            }

            names.Add(candidate);
        }

        return names;
    }

    [GeneratedRegex(@"^\p{Lu}(?:[\p{Ll}\p{Lu}'’\-]*\p{Ll}[\p{Ll}\p{Lu}'’\-]*|\.)$|^\p{Lu}\p{Ll}*$")]
    private static partial Regex NameToken();

    [GeneratedRegex(@"\s*(?:,|;|&|\band\b)\s*")]
    private static partial Regex ListSeparator();
}
