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
    /// <summary>A year-less date may lie this many days before a dated day (a dateline, a caption) and keep its year.</summary>
    public const int DaySlack = 120;

    /// <summary>A year-less date may lie this many days before the end of a dated month or season and keep its year.</summary>
    public const int MonthSlack = 75;

    /// <summary>A year-less date may lie this many days before the start of a dated year and take the year after.</summary>
    public const int YearSlack = 60;

    /// <summary>A year-less date may lie this many days before the start of the named period that alone dates the text ("since December 12 ... the blockade").</summary>
    public const int NamedPeriodSlack = 7;

    /// <summary>Year-less dates placed by a named period must fall no later than this many days after it ends.</summary>
    public const int NamedPeriodAftermath = 30;

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

        // Named periods ("the blockade") span months or years: they say little about where a year-less date
        // near the writing falls, so only written dates place them.
        var written = past.Where(x => !x.Candidate.IsNamedPeriod).ToList();
        LocalDate? floor = written.Count > 0 ? written.Max(x => PlaceFrom(x.Range)) : null;
        LocalDate? latestPast = written.Count > 0 ? written.Max(x => x.Range.Earliest) : null;
        LocalDate? ceiling = future.Count > 0 ? future.Min(x => x.Range.Latest) : null;
        var fine = past.Any(x => !x.Candidate.IsNamedPeriod && x.Range.Precision <= DatePrecision.Season);

        // A year-less date ("on March 1") is the first such day from shortly before the latest dated mention on
        // (journalists drop the year of recent dates and write it for older ones); with only bare years, a future
        // deadline's year bounds it from above instead.
        var choices = new List<(YearChooser Chooser, (LocalDate From, LocalDate To)? Window)>();
        if (floor is { } f && latestPast is { } latestDated && fine)
        {
            choices.Add(((node, ctx) => ctx.Future ? node.FirstFrom(latestDated) : node.FirstFrom(f), null));
        }
        else
        {
            if (past.Where(x => x.Candidate.IsNamedPeriod).OrderByDescending(x => x.Range.Earliest).Take(1).ToList() is [var period]
                && (floor is null || period.Range.Earliest > floor))
            {
                // Only a named period of the conflict ("the blockade") dates the text: year-less dates are the
                // first such days from its start on, provided they then fall within it or just after it (coverage
                // of the period itself, not a later look back at it).
                var from = period.Range.Earliest.PlusDays(-NamedPeriodSlack);
                choices.Add(((node, _) => node.FirstFrom(from), (from, period.Range.Latest.PlusDays(NamedPeriodAftermath))));
            }

            if (ceiling is { } c)
            {
                choices.Add(((node, _) => node.LastUntil(c), null));
            }
        }

        // Only bare years (or nothing) leave no choice: no year-less date can be placed, no range is narrow enough.
        return choices.Select(choice => Place(candidates, choice.Chooser, choice.Window)).FirstOrDefault(r => r is not null);
    }

    /// <summary>The publication range once <paramref name="chooser"/> has placed the year-less dates, or null.</summary>
    private static DateRange? Place(List<Candidate> candidates, YearChooser chooser, (LocalDate From, LocalDate To)? periodWindow)
    {
        // Pass 2: with the year-less dates placed.
        var second = TimeExpressionRecognizer.ResolveAll(candidates, null, chooser);
        var evidence = Evidence(candidates, second, future: false).Where(x => !x.Candidate.IsNamedPeriod).ToList();
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

        if (periodWindow is { } window && evidence.Any(x => !x.Candidate.HasExplicitYear && (x.Range.Earliest < window.From || x.Range.Latest > window.To)))
        {
            return null; // the days named fall outside the period that placed them: its year is only a guess
        }

        // An agency dateline ("MOSCOW, September 25.") is the day of writing itself.
        if (evidence.FirstOrDefault(x => x.Candidate.IsDateline) is { Candidate: not null } dateline
            && dateline.Range.IsSingleDay && dateline.Range.Earliest >= best.Range.Earliest.PlusDays(-DayMargin))
        {
            return dateline.Range;
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
            .Where(c => c is { IsFuture: false, WeekdayFrame: null, Node: WeekdayNode { Mode: not WeekdayMode.Next } })
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

    /// <summary>
    /// Resolved expressions that date something: not durations, not counted from the unknown anchor, not years
    /// used as modifiers ("the 2030 agenda").
    /// </summary>
    private static IEnumerable<(Candidate Candidate, DateRange Range)> Evidence(
        List<Candidate> candidates, Dictionary<Candidate, (DateRange Range, bool Anchored)> resolved, bool future) =>
        candidates
            .Where(c => c.IsFuture == future && !c.IsDuration && !c.IsAttributive &&
                        c.Node is not (ReferenceNode or LinkedNode or RelativeNode or WeekdayNode or StretchNode))
            .Where(resolved.ContainsKey)
            .Select(c => (c, resolved[c].Range));

    /// <summary>
    /// Where year-less dates start after a dated mention: a little before a day (which may be the dateline
    /// itself) or before the end of a month or season; a bare year may be the current one, so from its start.
    /// </summary>
    private static LocalDate PlaceFrom(DateRange r) =>
        IsDayLevel(r) ? r.Latest.PlusDays(-DaySlack)
        : r.Precision <= DatePrecision.Season ? r.Latest.PlusDays(-MonthSlack)
        : r.Earliest.PlusDays(-YearSlack);

    private static bool IsDayLevel(DateRange r) =>
        r.Precision == DatePrecision.Day || (r.Precision == DatePrecision.Days && r.LengthInDays <= 7);

    private static LocalDate LowerBound(DateRange r) => IsDayLevel(r) ? r.Latest : r.Earliest;
}
