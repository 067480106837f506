using NodaTime;
using Parley.Time;

namespace Parley.Extraction.Time;

/// <summary>
/// Infers when an undated document was written from the dates it mentions. News reports the past: the
/// latest date the text names as past bounds the writing from below, weekday names ("on Wednesday") put it
/// within the week after such a day, and dates named as future ("by Feb. 2") bound it from above.
/// </summary>
internal static class PublicationInference
{
    /// <summary>A year-less date may lie this many days before the latest dated mention and still take its year.</summary>
    public const int SlackDays = 120;

    /// <summary>A document naming a day as its latest past date was written within this many days after it.</summary>
    public const int DayMargin = 7;

    /// <summary>A weekday name ("on Monday") refers to a day of the week before the writing.</summary>
    public const int WeekdayMargin = 6;

    public static DateRange? Infer(List<Candidate> candidates)
    {
        // Pass 1: what resolves without a document date (written years, and dates taking a year from their clause).
        var first = TimeExpressionRecognizer.ResolveAll(candidates, null, null);
        var past = Evidence(candidates, first, future: false).ToList();
        var future = Evidence(candidates, first, future: true).ToList();
        LocalDate? floor = past.Count > 0 ? past.Max(x => x.Range.Earliest) : null;
        LocalDate? ceiling = future.Count > 0 ? future.Min(x => x.Range.Latest) : null;
        var fine = past.Any(x => !x.Candidate.IsNamedPeriod && x.Range.Precision <= DatePrecision.Season);

        // A year-less date ("on March 1") is the first such day after the latest dated mention (journalists drop
        // the year of recent dates); with only bare years, a future deadline's year bounds it from above instead.
        YearChooser? chooser = null;
        if (floor is { } f && fine)
        {
            chooser = (node, ctx) => ctx.Future ? node.FirstFrom(f) : node.FirstFrom(f.PlusDays(-SlackDays));
        }
        else if (ceiling is { } c)
        {
            chooser = (node, _) => node.LastUntil(c);
        }

        if (chooser is null)
        {
            return null; // only bare years (or nothing): no year-less date can be placed, no range is narrow enough
        }

        // Pass 2: with the year-less dates placed.
        var second = TimeExpressionRecognizer.ResolveAll(candidates, null, chooser);
        var evidence = Evidence(candidates, second, future: false).ToList();
        if (evidence.Count == 0)
        {
            return null;
        }

        var best = evidence
            .OrderByDescending(x => LowerBound(x.Range))
            .ThenBy(x => IsDayLevel(x.Range) ? 0 : 1)
            .First();
        if (best.Range.Precision > DatePrecision.Season)
        {
            return null;
        }

        LocalDate earliest, latest;
        var dayLevel = IsDayLevel(best.Range);
        if (dayLevel)
        {
            earliest = best.Range.Latest;
            latest = earliest.PlusDays(best.Candidate.HasWeekday ? WeekdayMargin : DayMargin);
        }
        else
        {
            earliest = best.Range.Earliest;
            var next = best.Range.Latest.PlusMonths(1);
            latest = DateMath.EndOfMonth(next.Year, next.Month);
        }

        // A weekday named as past ("on Saturday") is a day of the week before the writing. It may fall before
        // or after the latest dated mention, so the writing lies between that date and six days after the
        // first such weekday on or after it.
        var weekdays = candidates
            .Where(c => c is { IsFuture: false, Node: WeekdayNode { Mode: not WeekdayMode.Next } })
            .Select(c => ((WeekdayNode)c.Node).Day)
            .ToList();
        if (dayLevel && weekdays.Count > 0)
        {
            var start = earliest;
            var lastWeekday = weekdays.Max(d => start.With(DateAdjusters.NextOrSame(d)));
            if (lastWeekday.PlusDays(WeekdayMargin) > latest)
            {
                latest = lastWeekday.PlusDays(WeekdayMargin);
            }
        }

        var bounds = Evidence(candidates, second, future: true)
            .Select(x => x.Range.Earliest.PlusDays(-1))
            .Where(u => u >= earliest)
            .ToList();
        if (bounds.Count > 0 && bounds.Min() < latest)
        {
            latest = bounds.Min();
        }

        var precision = Period.Between(earliest, latest, PeriodUnits.Days).Days <= 14 ? DatePrecision.Days : DatePrecision.Month;
        return DateMath.Span(earliest, latest, precision);
    }

    /// <summary>Resolved expressions that date something (not durations, not counted from the unknown anchor).</summary>
    private static IEnumerable<(Candidate Candidate, DateRange Range)> Evidence(
        List<Candidate> candidates, Dictionary<Candidate, (DateRange Range, bool Anchored)> resolved, bool future) =>
        candidates
            .Where(c => c.IsFuture == future && !c.IsDuration &&
                        c.Node is not (ReferenceNode or LinkedNode or RelativeNode or WeekdayNode or StretchNode))
            .Where(resolved.ContainsKey)
            .Select(c => (c, resolved[c].Range));

    private static bool IsDayLevel(DateRange r) =>
        r.Precision == DatePrecision.Day || (r.Precision == DatePrecision.Days && r.LengthInDays <= 7);

    private static LocalDate LowerBound(DateRange r) => IsDayLevel(r) ? r.Latest : r.Earliest;
}
