using NodaTime;
using Parley.Time;

namespace Parley.Extraction.Time;

/// <summary>Chooses the year of a date given without one, when neither an anchor nor a nearby year decides.</summary>
internal delegate DateRange? YearChooser(YearlessNode node, ResolveContext context);

/// <summary>What a date expression is resolved against.</summary>
internal sealed class ResolveContext
{
    /// <summary>The document's date, when known.</summary>
    public LocalDate? Anchor { get; init; }

    /// <summary>The last single day the text named before the expression ("two days later" counts from it).</summary>
    public LocalDate? Reference { get; init; }

    /// <summary>True when the expression's context puts it in the future ("will meet on Sunday").</summary>
    public bool Future { get; init; }

    /// <summary>The year a nearby expression gave ("in 2022 ... in September").</summary>
    public int? LocalYear { get; init; }

    /// <summary>Year choice used instead of the anchor while inferring a publication date.</summary>
    public YearChooser? Chooser { get; init; }
}

/// <summary>A recognised date expression, not yet resolved to days.</summary>
internal abstract class TimeNode
{
    /// <summary>The days the expression names in <paramref name="context"/>, or null when it cannot tell.</summary>
    public abstract DateRange? Resolve(ResolveContext context, out bool anchored);

    /// <summary>The same expression with <paramref name="map"/> applied to whatever range it resolves to.</summary>
    public abstract TimeNode Map(Func<DateRange, DateRange?> map);
}

/// <summary>An absolute date: it names the same days whatever the document's date.</summary>
internal sealed class FixedNode(DateRange range) : TimeNode
{
    public DateRange Range { get; } = range;

    public override DateRange? Resolve(ResolveContext context, out bool anchored)
    {
        anchored = false;
        return Range;
    }

    public override TimeNode Map(Func<DateRange, DateRange?> map) =>
        map(Range) is { } r ? new FixedNode(r) : new NeverNode();
}

/// <summary>A node that never resolves (a mapping that failed at parse time).</summary>
internal sealed class NeverNode : TimeNode
{
    public override DateRange? Resolve(ResolveContext context, out bool anchored)
    {
        anchored = false;
        return null;
    }

    public override TimeNode Map(Func<DateRange, DateRange?> map) => this;
}

/// <summary>
/// A date given without its year ("March 1", "in late August", "this spring" without "this"): the year comes
/// from a nearby year, the anchor, or the inference's chooser.
/// </summary>
internal sealed class YearlessNode(Func<int, DateRange?> forYear, bool monthLike, IsoDayOfWeek? weekday = null) : TimeNode
{
    /// <summary>The range the expression names in a given year.</summary>
    public Func<int, DateRange?> ForYear { get; } = forYear;

    /// <summary>True for months, seasons and parts of them (chosen as "the latest that has begun"), false for days.</summary>
    public bool MonthLike { get; } = monthLike;

    /// <summary>The weekday the text gave with the date ("Thursday (23 February)"), used to pick the year.</summary>
    public IsoDayOfWeek? Weekday { get; } = weekday;

    public override DateRange? Resolve(ResolveContext context, out bool anchored)
    {
        anchored = true;
        if (context.LocalYear is { } year && ForYear(year) is { } local)
        {
            return local;
        }

        if (context.Chooser is { } chooser)
        {
            return chooser(this, context);
        }

        return context.Anchor is { } anchor ? NearAnchor(anchor, context.Future) : null;
    }

    public override TimeNode Map(Func<DateRange, DateRange?> map) =>
        new YearlessNode(y => ForYear(y) is { } r ? map(r) : null, MonthLike, Weekday);

    /// <summary>
    /// The occurrence nearest the anchor as news uses it: days fall within 300 days before to 60 days after
    /// (reversed for a future context); months and seasons are the latest one that has begun by the anchor
    /// (the next one that has not ended, for a future context).
    /// </summary>
    public DateRange? NearAnchor(LocalDate anchor, bool future)
    {
        // Loops over the five years' occurrences rather than LINQ: this runs for every year-less date of every document.
        var options = Occurrences(anchor.Year - 2, anchor.Year + 2);
        if (options.Count == 0)
        {
            return null;
        }

        if (MonthLike)
        {
            if (future)
            {
                // The first that has not ended, else the last.
                foreach (var r in options)
                {
                    if (r.Latest >= anchor)
                    {
                        return r;
                    }
                }

                return options[^1];
            }

            // The last that has begun, else the first.
            for (var k = options.Count - 1; k >= 0; k--)
            {
                if (options[k].Earliest <= anchor)
                {
                    return options[k];
                }
            }

            return options[0];
        }

        var (before, after) = future ? (60, 300) : (300, 60);
        var lo = anchor.PlusDays(-before);
        var hi = anchor.PlusDays(after);
        DateRange? firstInWindow = null;
        foreach (var r in options)
        {
            if (r.Earliest >= lo && r.Earliest <= hi)
            {
                // In the window, the first on the weekday the text gave wins; else the first in the window.
                if (Weekday is { } wd && r.Earliest.DayOfWeek == wd)
                {
                    return r;
                }

                firstInWindow ??= r;
            }
        }

        if (firstInWindow is not null)
        {
            return firstInWindow;
        }

        // The nearest to the anchor, the first of equals.
        var nearest = options[0];
        var nearestDistance = Math.Abs(Period.Between(anchor, nearest.Earliest, PeriodUnits.Days).Days);
        for (var k = 1; k < options.Count; k++)
        {
            var distance = Math.Abs(Period.Between(anchor, options[k].Earliest, PeriodUnits.Days).Days);
            if (distance < nearestDistance)
            {
                nearest = options[k];
                nearestDistance = distance;
            }
        }

        return nearest;
    }

    /// <summary>The first occurrence starting on or after <paramref name="from"/>.</summary>
    public DateRange? FirstFrom(LocalDate from)
    {
        var options = Occurrences(from.Year - 1, from.Year + 2).Where(r => r.Earliest >= from).ToList();
        if (Weekday is { } wd && options.Take(2).FirstOrDefault(r => r.Earliest.DayOfWeek == wd) is { } match)
        {
            return match;
        }

        return options.Count > 0 ? options[0] : null;
    }

    /// <summary>The last occurrence ending on or before <paramref name="until"/>.</summary>
    public DateRange? LastUntil(LocalDate until)
    {
        var options = Occurrences(until.Year - 2, until.Year + 1).Where(r => r.Latest <= until).ToList();
        return options.Count > 0 ? options[^1] : null;
    }

    private List<DateRange> Occurrences(int firstYear, int lastYear)
    {
        var list = new List<DateRange>(lastYear - firstYear + 1);
        for (var y = firstYear; y <= lastYear; y++)
        {
            if (ForYear(y) is { } r)
            {
                list.Add(r);
            }
        }

        return list;
    }
}

/// <summary>An expression that needs the document's date ("yesterday", "last October", "in recent weeks").</summary>
internal sealed class RelativeNode(Func<LocalDate, DateRange?> fromAnchor) : TimeNode
{
    public override DateRange? Resolve(ResolveContext context, out bool anchored)
    {
        anchored = true;
        return context.Anchor is { } anchor ? fromAnchor(anchor) : null;
    }

    public override TimeNode Map(Func<DateRange, DateRange?> map) =>
        new RelativeNode(a => fromAnchor(a) is { } r ? map(r) : null);
}

/// <summary>How a weekday name relates to the anchor.</summary>
internal enum WeekdayMode
{
    /// <summary>"on Sunday": the latest on or before the anchor (the next on or after it in a future context).</summary>
    Bare,
    /// <summary>"last Sunday": strictly before the anchor.</summary>
    Last,
    /// <summary>"next Sunday": strictly after the anchor.</summary>
    Next,
}

/// <summary>A weekday name ("on Wednesday").</summary>
internal sealed class WeekdayNode(IsoDayOfWeek day, WeekdayMode mode) : TimeNode
{
    public IsoDayOfWeek Day { get; } = day;

    public WeekdayMode Mode { get; } = mode;

    public override DateRange? Resolve(ResolveContext context, out bool anchored)
    {
        anchored = true;
        if (context.Anchor is not { } a)
        {
            return null;
        }

        var date = Mode switch
        {
            WeekdayMode.Last => a.Previous(Day),
            WeekdayMode.Next => a.Next(Day),
            _ when context.Future => a.With(DateAdjusters.NextOrSame(Day)),
            _ => a.With(DateAdjusters.PreviousOrSame(Day)),
        };
        return DateRange.Day(date);
    }

    public override TimeNode Map(Func<DateRange, DateRange?> map) =>
        new RelativeNode(a => Resolve(new ResolveContext { Anchor = a }, out _) is { } r ? map(r) : null);
}

/// <summary>An expression counted from the last day the text named ("two days later", "the same day").</summary>
internal sealed class ReferenceNode(Func<LocalDate, DateRange?> fromReference) : TimeNode
{
    public override DateRange? Resolve(ResolveContext context, out bool anchored)
    {
        anchored = true;
        return context.Reference is { } day ? fromReference(day) : null;
    }

    public override TimeNode Map(Func<DateRange, DateRange?> map) =>
        new ReferenceNode(d => fromReference(d) is { } r ? map(r) : null);
}

/// <summary>"since X": from X to the anchor; without an anchor, only X (its start) is known.</summary>
internal sealed class SinceNode(TimeNode start) : TimeNode
{
    public TimeNode Start { get; } = start;

    public override DateRange? Resolve(ResolveContext context, out bool anchored)
    {
        var from = Start.Resolve(context, out anchored);
        if (from is not { } r || context.Anchor is not { } a || r.Earliest > a)
        {
            return from;
        }

        anchored = true;
        return DateMath.Span(r.Earliest, a, DateMath.RangePrecision(r.Precision));
    }

    public override TimeNode Map(Func<DateRange, DateRange?> map) => new SinceNode(Start.Map(map));
}

/// <summary>"from X to Y", "between X and Y", "1988-1994".</summary>
internal sealed class RangeNode(TimeNode from, TimeNode to) : TimeNode
{
    public override DateRange? Resolve(ResolveContext context, out bool anchored)
    {
        var a = from.Resolve(context, out var anchoredFrom);
        var b = to.Resolve(context, out var anchoredTo);
        anchored = anchoredFrom || anchoredTo;
        if (a is not { } x || b is not { } y || x.Earliest > y.Latest)
        {
            return null;
        }

        var precision = (DatePrecision)Math.Max((int)x.Precision, (int)y.Precision);
        return DateMath.Span(x.Earliest, y.Latest, DateMath.RangePrecision(precision));
    }

    public override TimeNode Map(Func<DateRange, DateRange?> map) => new NeverNode();
}

/// <summary>A stretch of time ending on the anchor ("for over nine months", "over the past two years").</summary>
internal sealed class StretchNode(int count, TimeUnit unit) : TimeNode
{
    public override DateRange? Resolve(ResolveContext context, out bool anchored)
    {
        anchored = true;
        if (context.Anchor is not { } a || count <= 0)
        {
            return null;
        }

        return new DateRange(DateMath.Minus(a, count, unit), a, DateMath.PrecisionOf(unit));
    }

    public override TimeNode Map(Func<DateRange, DateRange?> map) => new NeverNode();
}

/// <summary>A date counted from another date expression of the same sentence ("one day after the 10 November ceasefire").</summary>
internal sealed class LinkedNode(int count, TimeUnit unit) : TimeNode
{
    /// <summary>The date the offset counts from, once the recogniser has linked it.</summary>
    public Candidate? Target { get; set; }

    /// <summary>The target's resolution, set by the recogniser before this node resolves.</summary>
    public DateRange? TargetRange { get; set; }

    public override DateRange? Resolve(ResolveContext context, out bool anchored)
    {
        anchored = true;
        if (TargetRange is not { } r || r.Precision != DatePrecision.Day)
        {
            return null;
        }

        return Offset(r.Earliest, count, unit);
    }

    public override TimeNode Map(Func<DateRange, DateRange?> map) => new NeverNode();

    /// <summary>A day moved by a signed count of units; weeks and longer come back as a range around it.</summary>
    public static DateRange Offset(LocalDate day, int signedCount, TimeUnit unit)
    {
        var moved = DateMath.Plus(day, signedCount, unit);
        return unit switch
        {
            TimeUnit.Day => DateRange.Day(moved),
            TimeUnit.Week => new DateRange(moved.PlusDays(-3), moved.PlusDays(3), DatePrecision.Days),
            TimeUnit.Month => DateRange.Month(moved.Year, moved.Month),
            _ => DateRange.Year(moved.Year),
        };
    }
}
