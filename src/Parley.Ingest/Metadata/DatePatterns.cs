using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Parley.Time;

namespace Parley.Ingest.Metadata;

/// <summary>A printed date found in a text: where it stands and the day it names.</summary>
/// <param name="Index">Start of the date in the searched text.</param>
/// <param name="Length">Length of the date text.</param>
/// <param name="Date">The day, as a day-precision range.</param>
public readonly record struct DateMatch(int Index, int Length, DateRange Date);

/// <summary>
/// The date forms news sites print: <c>March 22 2023</c>, <c>March 22, 2023</c>, <c>Mar. 22, 2023</c>,
/// <c>22 March 2023</c>, <c>10/13/2023</c> (month first unless the first number is over 12), <c>10.11.2020</c>
/// (day first unless the second number is over 12), ISO <c>2023-03-22</c> (with or without a time), and
/// RFC 822 <c>Wed, 22 Mar 2023 10:00:00 +0400</c>. Every date is a single day; a time or zone next to it is
/// ignored (the printed day is kept, never shifted to UTC).
/// </summary>
public static partial class DatePatterns
{
    private const string Month =
        @"(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    private const string Weekday =
        @"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?";

    private static readonly Regex[] Patterns =
    [
        IsoDate(),
        YearFirstDate(),
        MonthFirstDate(),
        DayFirstDate(),
        NumericDate(),
    ];

    /// <summary>
    /// Parses a string that is a printed date and nothing else besides a weekday, a time, a time zone and
    /// separators (<c>"14 May 2021 | 09:34 AM UTC"</c>). Null when it is not.
    /// </summary>
    public static DateRange? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || FindAll(text) is not [var match, ..])
        {
            return null;
        }

        var rest = string.Concat(text.AsSpan(0, match.Index), " ", text.AsSpan(match.Index + match.Length));
        return DateNoise().IsMatch(rest) ? match.Date : null;
    }

    /// <summary>
    /// Parses a date from machine metadata (front matter, JSON, HTML meta, feeds): any form <see cref="Parse"/>
    /// reads, or a partial ISO date (<c>2023</c>, <c>2023-03</c>) as the year or month it names.
    /// </summary>
    public static DateRange? ParseMetadata(string? text) => Parse(text) ?? DateRange.ParsePartial(text);

    /// <summary>Every printed date in <paramref name="text"/>, in order, without overlaps.</summary>
    public static IReadOnlyList<DateMatch> FindAll(string text)
    {
        var found = new List<DateMatch>();
        foreach (var pattern in Patterns)
        {
            foreach (Match m in pattern.Matches(text))
            {
                if (ToDate(m) is { } date)
                {
                    found.Add(new DateMatch(m.Index, m.Length, date));
                }
            }
        }

        var result = new List<DateMatch>();
        foreach (var match in found.OrderBy(f => f.Index).ThenByDescending(f => f.Length))
        {
            if (result.Count == 0 || match.Index >= result[^1].Index + result[^1].Length)
            {
                result.Add(match);
            }
        }

        return result;
    }

    // The patterns say [0-9], not \d: \d matches every script's digits (Arabic-Indic, Devanagari...), which
    // int.Parse refuses (found by the SharpFuzz run).
    private static DateRange? ToDate(Match m)
    {
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        int month, day;
        if (m.Groups["mon"].Success)
        {
            month = MonthNumber(m.Groups["mon"].Value);
            day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        }
        else if (m.Groups["a"].Success)
        {
            var a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
            // Slashes are month first (10/13/2023) unless that cannot be; dots and dashes are day first (10.11.2020).
            var monthFirst = m.Groups["sep"].Value == "/" ? a <= 12 : b > 12;
            (month, day) = monthFirst ? (a, b) : (b, a);
        }
        else
        {
            month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        }

        if (year is < 1900 or > 2199 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return null;
        }

        return DateRange.Day(year, month, day);
    }

    private static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

    [GeneratedRegex(@"(?<![0-9-])(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2})(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]+)?)?(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)?(?![0-9-])")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![0-9/.])(?<y>[0-9]{4})[/.](?<m>[0-9]{1,2})[/.](?<d>[0-9]{1,2})(?![0-9/.][0-9])")]
    private static partial Regex YearFirstDate();

    [GeneratedRegex(@"\b" + Month + @"\.?\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<y>[0-9]{4})(?![0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex MonthFirstDate();

    [GeneratedRegex(@"(?<![0-9.,])(?<d>[0-9]{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+" + Month + @"\b\.?,?\s+(?<y>[0-9]{4})(?![0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex DayFirstDate();

    [GeneratedRegex(@"(?<![0-9/.-])(?<a>[0-9]{1,2})(?<sep>[./-])(?<b>[0-9]{1,2})\k<sep>(?<y>[0-9]{4})(?![0-9/-]|\.[0-9])")]
    private static partial Regex NumericDate();

    /// <summary>What may stand beside a date on a date line: weekday, time, zone, separators, "at"/"on".</summary>
    [GeneratedRegex(
        @"^(?:[\s,;|/()\[\]\-–—·•]|\d{1,2}[:.]\d{2}(?::\d{2})?(?:[.,]\d+)?|\b(?i:[ap]\.?m\.?|at|on|utc|gmt|" + Weekday + @")(?![\p{L}])|\b\p{Lu}{2,5}\b|[+\-−]\s?\d{1,2}(?::?\d{2})?)*$")]
    private static partial Regex DateNoise();
}
