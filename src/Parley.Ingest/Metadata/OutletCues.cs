using System.Text.RegularExpressions;

namespace Parley.Ingest.Metadata;

/// <summary>
/// Structural cues that name the publishing outlet: a masthead whose acronym spells the name beside it
/// ("CPC - Caspian Policy Center"), a byline block
/// ("Al Jazeera News :"), a short line whose words mark a news organisation ("Anadolu Agency"), "Source: X",
/// a copyright line, the lead's own attribution ("…, Azernews reports.") and an exclusive interview ("told X in an
/// exclusive interview"). A recogniser of known outlet names, when given, confirms weaker cues.
/// </summary>
internal static partial class OutletCues
{
    private static readonly HashSet<string> OutletWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "agency", "news", "times", "post", "herald", "tribune", "gazette", "journal", "monitor", "press", "telegraph",
        "chronicle", "observer", "daily", "radio", "television", "tv", "network", "media", "broadcasting", "wire",
        "newswire", "newspaper", "weekly", "magazine", "dispatch", "courier", "mirror", "guardian", "independent",
    };

    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "and", "&", "de", "for", "on" };

    // Headings that end with a colon but are sections, not outlets.
    private static readonly HashSet<string> SectionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "context", "background", "summary", "update", "updates", "note", "notes", "related", "highlights", "event",
        "events", "advice", "analysis", "opinion", "comment", "comments", "editor's note", "read more", "read also",
        "see also", "more", "tags", "share", "key points", "in brief", "what we know", "timeline", "contents",
    };

    /// <summary>"ABC - Alpha Beta Center" (either order, separated by a dash, bar or colon) where the acronym spells the name.</summary>
    public static string? Masthead(string line)
    {
        var match = MastheadPattern().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var (left, right) = (match.Groups["left"].Value.Trim(), match.Groups["right"].Value.Trim());
        return IsAcronymOf(left, right) || IsAcronymOf(right, left) ? line.Trim() : null;
    }

    /// <summary>A byline block: a short capitalised name ending with a colon, alone on its line ("Al Jazeera News :").</summary>
    public static string? BylineBlock(string line)
    {
        var match = BylineBlockPattern().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value.Trim();
        return SectionWords.Contains(name) || PersonNames.IsName(name) && !HasOutletWord(name) ? null : name;
    }

    /// <summary>A short line of capitalised words, one of which marks a news organisation ("- Anadolu Agency").</summary>
    public static string? OutletLine(string line)
    {
        var text = BulletPrefix().Replace(line, "").Trim().TrimEnd(':').Trim();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 1 or > 4 || text.Any(char.IsDigit) || text.EndsWith('.') || !HasOutletWord(text))
        {
            return null;
        }

        var allCapitalised = words.All(w => Connectors.Contains(w) || char.IsUpper(w[0]));
        return allCapitalised && (!Connectors.Contains(words[0]) || words[0] == "The") ? text : null;
    }

    /// <summary>"Source: X" (or "Via: X"); a bare address gives its host name.</summary>
    public static string? SourceLine(string line)
    {
        var match = SourcePattern().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var value = match.Groups["value"].Value.Trim().TrimEnd('.');
        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host
            : value.Length is > 1 and <= 80 ? value : null;
    }

    /// <summary>"© 2023 X. All rights reserved." or "Copyright X 2023".</summary>
    public static string? Copyright(string line)
    {
        var match = CopyrightPattern().Match(line);
        return match.Success ? match.Groups["name"].Value.Trim().TrimEnd('.', ',') : null;
    }

    /// <summary>The lead's own attribution: "…, Azernews reports." / "…, X informs." at the end of a sentence.</summary>
    public static string? LeadAttribution(string line)
    {
        var match = LeadAttributionPattern().Match(line);
        return match.Success ? match.Groups["outlet"].Value : null;
    }

    /// <summary>"told X in an exclusive interview": X is the outlet that held the interview.</summary>
    public static string? Interview(string text)
    {
        var match = InterviewPattern().Match(text);
        return match.Success ? match.Groups["outlet"].Value : null;
    }

    /// <summary>Capitalised phrases the text says someone spoke to ("told X", "confirmed to X", "in an interview with X").</summary>
    public static IEnumerable<string> SpokenTo(string text) =>
        SpokenToPattern().Matches(text).Select(m => m.Groups["outlet"].Value);

    /// <summary>
    /// Capitalised names in "(see X, March 7)" cross-references: analysis outlets point readers to their own
    /// earlier pieces this way, so a recognised outlet there is a weak sign of the publisher.
    /// </summary>
    public static IEnumerable<string> SeeAlso(string text) =>
        SeeAlsoPattern().Matches(text).Select(m => m.Groups["outlet"].Value);

    private static bool HasOutletWord(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => OutletWords.Contains(w.Trim(',', '.', ':')));

    private static bool IsAcronymOf(string acronym, string name)
    {
        if (acronym.Length is < 2 or > 8 || !acronym.All(c => char.IsUpper(c) || c is '.' or '&'))
        {
            return false;
        }

        var letters = new string([.. acronym.Where(char.IsUpper)]);
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).ToList();
        var initials = new string([.. words.Select(w => w[0])]);
        return letters.Length >= 2 && string.Equals(letters, initials, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?<left>[^|:–—]{2,60}?)\s+(?:[-–—|]|::?)\s+(?<right>[^|:–—]{2,60})$")]
    private static partial Regex MastheadPattern();

    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}\d'’.&\-]*(?:\s+(?:\p{Lu}[\p{L}\d'’.&\-]*|of|the|and|&)){0,4})\s*:$")]
    private static partial Regex BylineBlockPattern();

    [GeneratedRegex(@"^[-*•·]\s+")]
    private static partial Regex BulletPrefix();

    [GeneratedRegex(@"^(?:sources?|via)\s*:\s*(?<value>\S.{0,200})$", RegexOptions.IgnoreCase)]
    private static partial Regex SourcePattern();

    [GeneratedRegex(@"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?<name>[\p{L}][^©\d]{1,60}?)\s*(?:,?\s*\d{4})?\s*(?:[.,]?\s*all rights reserved.*|\.)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightPattern();

    [GeneratedRegex(@",\s+(?<outlet>\p{Lu}[\p{L}\d.&'’\-]*(?:\s+\p{Lu}[\p{L}\d.&'’\-]*){0,2})\s+(?:reports|informs|has learned|reported)(?:[.,;]|\s+citing\b)")]
    private static partial Regex LeadAttributionPattern();

    [GeneratedRegex(@"\btold\s+(?<outlet>\p{Lu}[\p{L}\d.&'’\-]*(?:\s+\p{Lu}[\p{L}\d.&'’\-]*){0,3})\s+(?:in|during)\s+an?\s+(?:exclusive\s+)?interview\b")]
    private static partial Regex InterviewPattern();

    [GeneratedRegex(@"\b(?:told|confirmed\s+to|said\s+to|speaking\s+to|spoke\s+to|in\s+an?\s+(?:exclusive\s+)?interview\s+with)\s+(?<outlet>\p{Lu}[\p{L}\d.&'’\-]*(?:\s+\p{Lu}[\p{L}\d.&'’\-]*){0,3})")]
    private static partial Regex SpokenToPattern();

    [GeneratedRegex(@"\(see\s+(?<outlet>\p{Lu}[\p{L}\d.&'’\-]*(?:\s+\p{Lu}[\p{L}\d.&'’\-]*){0,3}),\s+[^)]{1,40}\)")]
    private static partial Regex SeeAlsoPattern();
}
