using NodaTime;
using Parley.Text;
using Parley.Time;

namespace Parley.Extraction.Time;

/// <summary>
/// Finds date expressions in English news prose and resolves each to the days it names: absolute dates in
/// their usual written forms, dates without a year, months, seasons and parts of periods, years, decades,
/// ranges, durations, expressions relative to the document's date or to an earlier date, and the named
/// periods of a conflict taken from a table.
/// </summary>
/// <remarks>
/// A date given without its year takes the year of a year, month or season named earlier in the same clause
/// ("in 2022 ... in September"); otherwise the year that places it near the anchor: days within 300 days
/// before to 60 days after it, months and seasons the latest that has begun by it (a future context, as in
/// "will meet on 5 May", reverses both). Without an anchor only absolute expressions and those resolved
/// through a nearby year come back. Counts ("2,317 servicemen", "40 tons"), times ("10:36"), labels
/// ("point 9") and "may" the verb are not dates.
/// </remarks>
public sealed class TimeExpressionRecognizer
{
    private readonly NamedPeriodTable _periods;

    /// <summary>Creates a recogniser; <paramref name="namedPeriods"/> maps names ("the 44-day war") to their days, <see cref="Time.NamedPeriods.Default"/> when null.</summary>
    public TimeExpressionRecognizer(IReadOnlyDictionary<string, DateRange>? namedPeriods = null)
    {
        NamedPeriods = namedPeriods ?? Time.NamedPeriods.Default;
        _periods = new NamedPeriodTable(NamedPeriods);
    }

    /// <summary>The named periods in use.</summary>
    public IReadOnlyDictionary<string, DateRange> NamedPeriods { get; }

    /// <summary>The date expressions of the whole <paramref name="text"/>, resolved against <paramref name="anchor"/>.</summary>
    public IReadOnlyList<TimeExpression> Recognize(string text, LocalDate? anchor) =>
        Recognize(text, new CharSpan(0, text.Length), anchor);

    /// <summary>
    /// The date expressions inside <paramref name="range"/> of <paramref name="text"/> (a clause, a sentence),
    /// resolved against <paramref name="anchor"/>; spans are offsets into the whole text. Expressions counted
    /// from an earlier date ("two days later") only see dates inside the range.
    /// </summary>
    public IReadOnlyList<TimeExpression> Recognize(string text, CharSpan range, LocalDate? anchor)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (range.End > text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(range), $"Range {range} lies outside a text of {text.Length} characters.");
        }

        var tokens = Tokenizer.Tokenize(text, range);
        var candidates = Scan(text, tokens);
        return ToExpressions(text, candidates, anchor);
    }

    /// <summary>
    /// The narrowest publication range the content of an undated <paramref name="text"/> supports, or null
    /// when it gives no year to build on. See <see cref="TimeStage"/> for the rules.
    /// </summary>
    public DateRange? InferPublication(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PublicationInference.Infer(Scan(text, Tokenizer.Tokenize(text)));
    }

    /// <summary>Recognises and annotates the expressions of <paramref name="tokens"/>.</summary>
    internal List<Candidate> Scan(string text, IReadOnlyList<Token> tokens)
    {
        var candidates = new TimeParser(text, tokens, _periods).Scan();
        ContextAnnotator.Annotate(text, tokens, candidates);
        return candidates;
    }

    /// <summary>Resolves scanned expressions against <paramref name="anchor"/>, dropping those that do not resolve.</summary>
    internal static IReadOnlyList<TimeExpression> ToExpressions(string text, List<Candidate> candidates, LocalDate? anchor, LocalDate? earliestPublication = null)
    {
        var resolved = ResolveAll(candidates, anchor, null, earliestPublication);
        var expressions = new List<TimeExpression>(resolved.Count);
        foreach (var c in candidates)
        {
            // A named period that began after the text was written ("exodus" in a 2020 report) is another one.
            if (resolved.TryGetValue(c, out var r) && !(c.IsNamedPeriod && anchor is { } day && r.Range.Earliest > day))
            {
                expressions.Add(new TimeExpression(c.Span, c.Span.Slice(text), r.Range, r.Anchored, c.IsDuration) { Origin = c.Origin });
            }
        }

        return expressions;
    }

    /// <summary>
    /// A past weekday ("on Tuesday") in a text whose publication is known only as a range could be any day from six
    /// days before the range to its end: a day the text already named in that stretch ("July 25, 2023 ... on Tuesday")
    /// is that day. With a printed publication date the stretch holds one such weekday, and this changes nothing.
    /// </summary>
    private static LocalDate? NamedWeekday(Candidate c, LocalDate? anchor, LocalDate? earliestPublication, IEnumerable<(DateRange Range, bool Anchored)> named)
    {
        if (c.Node is not WeekdayNode { Mode: WeekdayMode.Bare } weekday || c.IsFuture || anchor is not { } last ||
            earliestPublication is not { } first || first >= last)
        {
            return null;
        }

        foreach (var (range, _) in named)
        {
            if (range.IsSingleDay && range.Earliest.DayOfWeek == weekday.Day && range.Earliest <= last && range.Earliest >= first.PlusDays(-6))
            {
                return range.Earliest;
            }
        }

        return null;
    }

    /// <summary>Resolves every expression it can, in text order, carrying the last named day forward.</summary>
    internal static Dictionary<Candidate, (DateRange Range, bool Anchored)> ResolveAll(
        List<Candidate> candidates, LocalDate? anchor, YearChooser? chooser, LocalDate? earliestPublication = null)
    {
        var results = new Dictionary<Candidate, (DateRange Range, bool Anchored)>();
        LocalDate? reference = null;
        var deferred = new List<Candidate>();
        foreach (var c in candidates)
        {
            if (c.Node is LinkedNode)
            {
                deferred.Add(c);
                continue;
            }

            int? localYear = null;
            if (c.YearSource is { } source)
            {
                if (!results.TryGetValue(source, out var sourceRange))
                {
                    reference = null;
                    continue; // its year depends on something unresolved ("last year ... in October")
                }

                if (sourceRange.Range.Earliest.Year == sourceRange.Range.Latest.Year)
                {
                    localYear = sourceRange.Range.Earliest.Year;
                }
            }

            // A weekday in a sentence dated at its start ("On September 13, ... on Tuesday") counts from that day.
            var frameAnchor = c.WeekdayFrame is { } frame && results.TryGetValue(frame, out var framed) &&
                              framed.Range.IsSingleDay && (anchor is null || framed.Range.Earliest <= anchor)
                ? framed.Range.Earliest
                : NamedWeekday(c, anchor, earliestPublication, results.Values) ?? anchor;
            var context = new ResolveContext
            {
                Anchor = frameAnchor,
                Reference = reference,
                Future = c.IsFuture,
                LocalYear = localYear,
                Chooser = chooser,
            };
            var range = c.Node.Resolve(context, out var anchored);
            if (!c.IsDuration && !c.IsNamedPeriod)
            {
                // "two days later" counts from the last date named, and only when that was a known single day. A named
                // period ("the blockade") is a topic of the story, not a point of its telling: it leaves the day as it was.
                reference = range is { Precision: DatePrecision.Day } day ? day.Earliest : null;
            }

            if (range is { } r && c.IsFutureLimit && anchor is { } writing && r.Earliest > writing)
            {
                // "will meet before 30 January": any day from the one after the writing up to that date.
                var first = writing.PlusDays(1);
                var precision = Period.Between(first, r.Latest, PeriodUnits.Days).Days <= 14 ? DatePrecision.Days : DatePrecision.Month;
                range = DateMath.Span(first, r.Latest, precision);
                anchored = true;
            }

            if (range is { } resolvedRange)
            {
                results[c] = (resolvedRange, anchored);
            }
        }

        foreach (var c in deferred)
        {
            var linked = (LinkedNode)c.Node;
            linked.TargetRange = linked.Target is { } target && results.TryGetValue(target, out var t) ? t.Range : null;
            if (linked.Resolve(new ResolveContext { Anchor = anchor }, out var anchored) is { } range)
            {
                results[c] = (range, anchored);
            }
        }

        return results;
    }
}
