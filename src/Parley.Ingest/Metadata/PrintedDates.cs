using System.Text.RegularExpressions;
using Parley.Time;

namespace Parley.Ingest.Metadata;

/// <summary>How a printed date line labels its date.</summary>
internal enum DateLabel
{
    /// <summary>No label: a date standing alone on its line.</summary>
    None,

    /// <summary>"Published", "Posted", "Date", "Released".</summary>
    Published,

    /// <summary>"Updated", "Modified".</summary>
    Updated,
}

/// <summary>
/// Finds the publication date a page prints: a line that is a date (optionally labelled and with a time), or a
/// news dateline opening the lead (see <see cref="Datelines"/>). Dates inside sentences are events, not
/// publication, and are never taken.
/// </summary>
internal static partial class PrintedDates
{
    /// <summary>The date of a line that is a printed date and nothing more, with its label; null otherwise.</summary>
    public static (DateRange Date, DateLabel Label)? DateLine(string line)
    {
        if (Labelled(line) is { } whole)
        {
            return whole;
        }

        // "By Jane Doe | 22 March 2023 | Politics": one piece may be the date.
        var pieces = line.Split(['|', '•', '·'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if ((pieces.Length > 1 ? pieces.Select(Labelled).FirstOrDefault(p => p is not null) : null) is { } piece)
        {
            return piece;
        }

        // "2 May 2023 [10:15] - Valletta, Wirepress": the date, then the place and agency it was filed from.
        if (Datelines.PlaceTail(line) is { } tail && Labelled(line[..tail.Start]) is { } dated)
        {
            return dated;
        }

        // "Valletta, 2 May 2023 10:15": a dateline alone on its line is a date line, not the title or the lead.
        return Datelines.Alone(line) is { } alone ? (alone, DateLabel.None) : null;
    }

    /// <summary>
    /// The publication date printed in the header or trailer: a "Published" line first, then a bare date line,
    /// then a dateline opening one of the lead lines, then an "Updated" line, then a date line at the end.
    /// </summary>
    public static DateRange? Find(IReadOnlyList<TextLine> header, IReadOnlyList<TextLine> leadLines, IReadOnlyList<TextLine> trailer)
    {
        var headerDates = header.Select(l => DateLine(l.Text)).OfType<(DateRange Date, DateLabel Label)>().ToList();
        return headerDates.Where(d => d.Label == DateLabel.Published).Select(d => (DateRange?)d.Date).FirstOrDefault()
            ?? headerDates.Where(d => d.Label == DateLabel.None).Select(d => (DateRange?)d.Date).FirstOrDefault()
            ?? leadLines.Select(l => Datelines.Date(l.Text)).FirstOrDefault(d => d is not null)
            ?? headerDates.Select(d => (DateRange?)d.Date).FirstOrDefault()
            ?? trailer.Reverse().Select(l => DateLine(l.Text)?.Date ?? Datelines.Date(l.Text)).FirstOrDefault(d => d is not null);
    }

    private static (DateRange Date, DateLabel Label)? Labelled(string text)
    {
        var label = DateLabelPrefix().Match(text);
        var rest = text[label.Length..];
        if ((DatePatterns.Parse(rest) ?? DatePatterns.Parse(Bylines.BeforeTrailingByline(rest))) is not { } date)
        {
            return null;
        }

        var kind = !label.Groups["label"].Success ? DateLabel.None
            : label.Groups["updated"].Success ? DateLabel.Updated
            : DateLabel.Published;
        return (date, kind);
    }

    [GeneratedRegex(
        @"^(?:[-*•·]\s*)?(?:(?<label>(?<updated>(?:last\s+)?(?:updated|modified|edited)(?:\s+(?:date|on|at))?)|(?:first\s+)?(?:published|posted|released|issued)(?:\s+(?:date|on|at))?|date(?:\s+published)?|dated)\s*[:\-–—]?\s*)?",
        RegexOptions.IgnoreCase)]
    private static partial Regex DateLabelPrefix();
}
