using System.Text.RegularExpressions;
using Parley.Time;

namespace Parley.Ingest.Metadata;

/// <summary>
/// The dateline that opens a news lead: a place of one to three capitalised words (optionally with a region), then
/// the date and/or the agency: "(New York, 9 October 2023) –", "BAKU, March 3, 2023 (Reuters) -",
/// "WASHINGTON (AP) —", "MOSCOW, September 25. /TASS/.".
/// </summary>
internal static partial class Datelines
{
    private const string Place = @"\(?\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,2}";
    private const string Region = @"(?:,\s*\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,2})?";

    /// <summary>The date of a dateline; null when the line does not open with one that has a full date.</summary>
    public static DateRange? Date(string line)
    {
        var place = PlaceThenComma().Match(line);
        if (!place.Success)
        {
            return null;
        }

        var rest = line[place.Length..];
        return DatePatterns.FindAll(rest) is [{ Index: 0 } date, ..] && AfterDate().IsMatch(rest[date.Length..])
            ? date.Date
            : null;
    }

    /// <summary>The agency a dateline names ("/TASS/", "(Reuters) -"); null when there is none.</summary>
    public static string? Agency(string line)
    {
        var match = AgencyPattern().Match(line);
        return match.Success ? match.Groups["agency"].Value.Trim() : null;
    }

    [GeneratedRegex("^" + Place + Region + @",\s*")]
    private static partial Regex PlaceThenComma();

    // After the date: a closing parenthesis, an agency, then a dash, colon, slash or full stop (or the line ends).
    [GeneratedRegex(@"^\s*(?:\)\s*)?(?:\([^)]{1,40}\)\s*)?(?:/[^/]{1,30}/\s*)?(?:[-–—:/.]|$)")]
    private static partial Regex AfterDate();

    [GeneratedRegex("^" + Place + Region + @"(?:,[^/()]{0,40}?)?\s*(?:/\s*(?<agency>\p{L}[\p{L}\d .&\-]{0,30}?)\s*/|\((?<agency>\p{Lu}[\p{L}\d .&\-]{0,30})\)\s*[-–—])")]
    private static partial Regex AgencyPattern();
}
