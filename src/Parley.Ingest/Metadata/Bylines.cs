using System.Text.RegularExpressions;

namespace Parley.Ingest.Metadata;

/// <summary>
/// Authors as pages print them: a byline ("By A and B", "Author: A", "Written by A"), a bare name on the line under
/// the date, or an author note at the end ("A is a journalist based in B.").
/// </summary>
internal static partial class Bylines
{
    /// <summary>
    /// The names of a labelled byline line ("By A and B", "Author: A"), or of a date line that ends with one
    /// ("Posted on March 3, 2023 by A"); empty when the line is neither.
    /// </summary>
    public static List<string> Labelled(string line)
    {
        var match = BylineLabel().Match(line);
        if (!match.Success)
        {
            var trailing = TrailingByline().Match(line);
            if (!trailing.Success || PrintedDates.DateLine(line[..trailing.Index]) is null)
            {
                return [];
            }

            match = BylineLabel().Match(line[trailing.Index..].TrimStart());
        }

        // The name list ends where a date, a separator or "for Outlet" / "on DATE" begins.
        var names = match.Groups["names"].Value;
        var cut = NameListEnd().Match(names);
        if (cut.Success)
        {
            names = names[..cut.Index];
        }

        foreach (var date in DatePatterns.FindAll(names).Take(1))
        {
            names = names[..date.Index];
        }

        return PersonNames.ParseList(names);
    }

    /// <summary>The text before a trailing " by Name" ("March 3, 2023 by A" gives "March 3, 2023"); the text itself when none.</summary>
    public static string BeforeTrailingByline(string text)
    {
        var trailing = TrailingByline().Match(text);
        return trailing.Success ? text[..trailing.Index] : text;
    }

    /// <summary>The name of an author note ("A is a journalist from B."); null when the line is not one.</summary>
    public static string? AuthorNote(string line)
    {
        var match = AuthorNotePattern().Match(line);
        return match.Success && PersonNames.IsName(match.Groups["name"].Value) ? match.Groups["name"].Value : null;
    }

    [GeneratedRegex(@"^(?:[-*•]\s*)?(?:(?:written|posted|reported|reporting|text|words|story)\s+by|by|authors?|writers?)\b\s*[:\-–—]?\s*(?<names>\p{Lu}.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex BylineLabel();

    [GeneratedRegex(@"\s+[Bb]y\s+\p{Lu}[^\d]*$")]
    private static partial Regex TrailingByline();

    [GeneratedRegex(@"\s*(?:[|•·(\[]|\s[-–—]\s|\s(?:for|on|in|at|from|via|with)\s|,\s*(?:\d|updated|published|posted))")]
    private static partial Regex NameListEnd();

    [GeneratedRegex(
        @"^(?<name>\p{Lu}[\p{L}.'’\- ]{2,58}?)\s+(?:is|was)\s+(?:an?|the)\s+(?:[\p{L}\-]+\s+){0,4}?(?:journalist|reporter|correspondent|writer|editor|analyst|researcher|fellow|contributor|columnist|photographer|producer|freelancer|commentator|scholar)s?\b")]
    private static partial Regex AuthorNotePattern();
}
