using System.Text.RegularExpressions;
using Parley.Time;

namespace Parley.Ingest.Metadata;

/// <summary>
/// The dateline that opens a news lead: a place of one to three capitalised words, or several joined by slashes
/// (optionally with a region), then the date and/or the agency: "(New York, 9 October 2023) –",
/// "BAKU, March 3, 2023 (Reuters) -", "WASHINGTON (AP) —", "MOSCOW, September 25. /TASS/.",
/// "ROME/PARIS, May 2 (Wirepress) -", "VALLETTA, May 2 (Wirepress). "; and the place and agency a date line
/// prints after a dash or bar ("2 May 2023 [10:15] - Valletta, Wirepress"). A lead may also open with the date alone
/// before a dash ("May 2, 2023 - …", "May 2 (Wirepress) - …").
/// </summary>
internal static partial class Datelines
{
    private const string PlaceName = @"\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,2}";
    private const string Place = @"\(?" + PlaceName + @"(?:\s*/\s*" + PlaceName + ")*";
    private const string Region = @"(?:,\s*\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,2})?";

    /// <summary>The date of a dateline; null when the line does not open with one that has a full date.</summary>
    public static DateRange? Date(string line) => Read(line)?.Date;

    /// <summary>The date of a line that is a dateline and nothing more ("Valletta, 2 May 2023 10:15"); null otherwise.</summary>
    public static DateRange? Alone(string line) => Read(line) is { } read && read.End == line.Length ? read.Date : null;

    /// <summary>The dateline's date and where what follows it (the lead, or white space) starts.</summary>
    private static (DateRange Date, int End)? Read(string line)
    {
        var place = PlaceThenComma().Match(line);
        var rest = place.Success ? line[place.Length..] : line;
        if (DatePatterns.FindAll(rest) is not [{ Index: 0 } date, ..])
        {
            return null;
        }

        // Without a place only a dash may close the date ("November 17, 2021 - Two ministers …"): a date then a
        // colon or full stop opens an entry of a chronology as often as a lead.
        var after = (place.Success ? AfterDate() : DashAfterDate()).Match(rest, date.Length);
        var end = place.Length + after.Index + after.Length;
        return after.Success ? (date.Date, line.AsSpan(end).IsWhiteSpace() ? line.Length : end) : null;
    }

    /// <summary>The agency a dateline names ("/TASS/", "(Reuters) -", "(Armenpress)."); null when there is none.</summary>
    public static string? Agency(string line)
    {
        var match = AgencyPattern().Match(line);
        if (match.Success)
        {
            return match.Groups["agency"].Value.Trim();
        }

        // "(Agency)." closes a dateline only after its date or an upper-case place: after a capitalised word alone
        // it is a gloss ("Lakeside (Old Town). The …").
        match = AgencyFullStopPattern().Match(line);
        var dated = match.Groups["date"].Value.Any(char.IsAsciiDigit);
        var upperCasePlace = match.Success && !match.Groups["place"].Value.Any(char.IsLower);
        return match.Success && (dated || upperCasePlace) ? match.Groups["agency"].Value.Trim() : null;
    }

    /// <summary>
    /// The place and agency a date line prints after its date, behind a dash or bar ("… [17:42] - Valletta,
    /// Wirepress"): where that tail starts in <paramref name="line"/>, and its last name (the agency, or the place
    /// when it is alone); null when the line does not end so.
    /// </summary>
    public static (int Start, string Name)? PlaceTail(string line)
    {
        var match = PlaceTailPattern().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["agency"].Success ? match.Groups["agency"].Value : match.Groups["place"].Value;
        return (match.Index, name.Trim());
    }

    [GeneratedRegex("^" + Place + Region + @",\s*")]
    private static partial Regex PlaceThenComma();

    // After the date: a time (bracketed, or after a comma or bar), a closing parenthesis, an agency, then a dash,
    // colon, slash, bar or full stop (or the line ends).
    [GeneratedRegex(@"\G(?:\s*[,|]?\s*[\[(]?[0-9]{1,2}[:.][0-9]{2}[\])]?)?\s*(?:\)\s*)?(?:\([^)]{1,40}\)\s*)?(?:/[^/]{1,30}/\s*)?(?:[-–—:/.|]|$)")]
    private static partial Regex AfterDate();

    [GeneratedRegex(@"\G(?:\s*\([^)]{1,40}\))?\s+[-–—]\s")]
    private static partial Regex DashAfterDate();

    [GeneratedRegex("^" + Place + Region + @"(?:,[^/()]{0,40}?)?\s*(?:/\s*(?<agency>\p{L}[\p{L}\d .&\-]{0,30}?)\s*/|\((?<agency>\p{Lu}[\p{L}\d .&\-]{0,30})\)\s*[-–—])")]
    private static partial Regex AgencyPattern();

    [GeneratedRegex("^(?<place>" + Place + Region + @")(?:,(?<date>[^/()]{0,40}?))?\s*\((?<agency>\p{Lu}[\p{L}\d .&\-]{0,30})\)\s*\.(?:\s|$)")]
    private static partial Regex AgencyFullStopPattern();

    // A dash or bar, a place of up to three capitalised words, and optionally a comma and an agency, ending the line.
    [GeneratedRegex(@"\s+[-–—|]\s+(?<place>" + PlaceName + @")(?:\s*,\s*(?<agency>\p{Lu}[\p{L}\d.&'’\-]*(?:\s+\p{Lu}[\p{L}\d.&'’\-]*){0,3}))?\s*$")]
    private static partial Regex PlaceTailPattern();
}
