using NodaTime;
using Parley.Time;

namespace Parley.Extraction.Time;

/// <summary>Calendar arithmetic on <see cref="DateRange"/>s: months, seasons, parts of periods, weeks.</summary>
internal static class DateMath
{
    public const int MinYear = 1800;
    public const int MaxYear = 2100;

    public static bool IsValidDay(int year, int month, int day) =>
        year is >= MinYear and <= MaxYear && month is >= 1 and <= 12 && day >= 1 &&
        day <= CalendarSystem.Iso.GetDaysInMonth(year, month);

    public static DateRange? Day(int year, int month, int day) =>
        IsValidDay(year, month, day) ? DateRange.Day(year, month, day) : null;

    public static DateRange? Days(int year, int month, int firstDay, int lastDay) =>
        firstDay < lastDay && IsValidDay(year, month, firstDay) && IsValidDay(year, month, lastDay)
            ? new DateRange(new LocalDate(year, month, firstDay), new LocalDate(year, month, lastDay), DatePrecision.Days)
            : firstDay == lastDay ? Day(year, month, firstDay) : null;

    public static DateRange Span(LocalDate first, LocalDate last, DatePrecision precision) =>
        first == last && precision == DatePrecision.Days ? DateRange.Day(first) : new DateRange(first, last, precision);

    public static LocalDate EndOfMonth(int year, int month) =>
        new(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month));

    /// <summary>A season of <paramref name="year"/>; winter runs from December of that year into February.</summary>
    public static DateRange Season(int year, int startMonth)
    {
        var first = new LocalDate(year, startMonth, 1);
        var last = first.PlusMonths(3).PlusDays(-1);
        return new DateRange(first, last, DatePrecision.Season);
    }

    /// <summary>The Monday-to-Sunday week holding <paramref name="day"/>.</summary>
    public static DateRange Week(LocalDate day)
    {
        var monday = day.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
        return new DateRange(monday, monday.PlusDays(6), DatePrecision.Days);
    }

    public static LocalDate Minus(LocalDate day, int count, TimeUnit unit) => Plus(day, -count, unit);

    public static LocalDate Plus(LocalDate day, int count, TimeUnit unit) => unit switch
    {
        TimeUnit.Day => day.PlusDays(count),
        TimeUnit.Week => day.PlusWeeks(count),
        TimeUnit.Month => day.PlusMonths(count),
        TimeUnit.Year => day.PlusYears(count),
        _ => day.PlusYears(10 * count),
    };

    /// <summary>The precision of a stretch measured in <paramref name="unit"/>.</summary>
    public static DatePrecision PrecisionOf(TimeUnit unit) => unit switch
    {
        TimeUnit.Day or TimeUnit.Week => DatePrecision.Days,
        TimeUnit.Month => DatePrecision.Month,
        TimeUnit.Year => DatePrecision.Years,
        _ => DatePrecision.Decade,
    };

    /// <summary>The precision of a range stretching from a date of <paramref name="start"/> precision to an anchor.</summary>
    public static DatePrecision RangePrecision(DatePrecision start) => start switch
    {
        DatePrecision.Day or DatePrecision.Days => DatePrecision.Days,
        DatePrecision.Year => DatePrecision.Years,
        _ => start,
    };

    /// <summary>The part of <paramref name="whole"/> named by <paramref name="part"/>, by the whole's precision.</summary>
    public static DateRange? Part(DateRange whole, PeriodPart part)
    {
        var first = whole.Earliest;
        switch (whole.Precision)
        {
            case DatePrecision.Month:
            {
                var end = whole.Latest.Day;
                return part switch
                {
                    PeriodPart.Early or PeriodPart.Beginning => Days(first.Year, first.Month, 1, 10),
                    PeriodPart.Mid or PeriodPart.Middle => Days(first.Year, first.Month, 11, 20),
                    PeriodPart.Late or PeriodPart.End => Days(first.Year, first.Month, 21, end),
                    PeriodPart.FirstHalf => Days(first.Year, first.Month, 1, 15),
                    _ => Days(first.Year, first.Month, 16, end),
                };
            }

            case DatePrecision.Year:
            {
                var y = first.Year;
                return part switch
                {
                    PeriodPart.Early => Months(y, 1, 4, DatePrecision.Season),
                    PeriodPart.Mid or PeriodPart.Middle => Months(y, 5, 8, DatePrecision.Season),
                    PeriodPart.Late => Months(y, 9, 12, DatePrecision.Season),
                    PeriodPart.Beginning => DateRange.Month(y, 1),
                    PeriodPart.End => DateRange.Month(y, 12),
                    PeriodPart.FirstHalf => Months(y, 1, 6, DatePrecision.Season),
                    _ => Months(y, 7, 12, DatePrecision.Season),
                };
            }

            case DatePrecision.Decade:
            {
                var y = first.Year;
                return part switch
                {
                    PeriodPart.Early or PeriodPart.Beginning => DateRange.Years(y, y + 3),
                    PeriodPart.Mid or PeriodPart.Middle => DateRange.Years(y + 4, y + 6),
                    PeriodPart.Late or PeriodPart.End => DateRange.Years(y + 7, y + 9),
                    PeriodPart.FirstHalf => DateRange.Years(y, y + 4),
                    _ => DateRange.Years(y + 5, y + 9),
                };
            }

            case DatePrecision.Season:
            {
                if (whole.LengthInDays > 100)
                {
                    return null;
                }

                var offset = part switch
                {
                    PeriodPart.Early or PeriodPart.Beginning => 0,
                    PeriodPart.Mid or PeriodPart.Middle => 1,
                    PeriodPart.Late or PeriodPart.End => 2,
                    _ => -1,
                };
                if (offset < 0)
                {
                    return null;
                }

                var month = first.PlusMonths(offset);
                return DateRange.Month(month.Year, month.Month);
            }

            default:
                return null;
        }
    }

    private static DateRange Months(int year, int firstMonth, int lastMonth, DatePrecision precision) =>
        new(new LocalDate(year, firstMonth, 1), EndOfMonth(year, lastMonth), precision);
}
