using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Parley.Time;

/// <summary>
/// A closed range of calendar days with the precision the source gave it. A date known only to the month
/// is the whole month, not its first day at midnight.
/// </summary>
public readonly record struct DateRange
{
    /// <summary>Creates a range; <paramref name="earliest"/> must not be after <paramref name="latest"/>.</summary>
    public DateRange(LocalDate earliest, LocalDate latest, DatePrecision precision)
    {
        if (earliest > latest)
        {
            throw new ArgumentException($"Range starts ({earliest}) after it ends ({latest}).", nameof(earliest));
        }

        Earliest = earliest;
        Latest = latest;
        Precision = precision;
    }

    /// <summary>First day of the range.</summary>
    public LocalDate Earliest { get; }

    /// <summary>Last day of the range (inclusive).</summary>
    public LocalDate Latest { get; }

    /// <summary>How precise the range is.</summary>
    public DatePrecision Precision { get; }

    /// <summary>True when the range is a single day.</summary>
    public bool IsSingleDay => Earliest == Latest;

    /// <summary>A single day.</summary>
    public static DateRange Day(LocalDate day) => new(day, day, DatePrecision.Day);

    /// <summary>A single day.</summary>
    public static DateRange Day(int year, int month, int day) => Day(new LocalDate(year, month, day));

    /// <summary>A whole calendar month.</summary>
    public static DateRange Month(int year, int month)
    {
        var first = new LocalDate(year, month, 1);
        return new DateRange(first, first.PlusMonths(1).PlusDays(-1), DatePrecision.Month);
    }

    /// <summary>A whole calendar year.</summary>
    public static DateRange Year(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), DatePrecision.Year);

    /// <summary>Whole years from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static DateRange Years(int first, int last) =>
        new(new LocalDate(first, 1, 1), new LocalDate(last, 12, 31), first == last ? DatePrecision.Year : DatePrecision.Years);

    /// <summary>True when the two ranges share at least one day.</summary>
    public bool Overlaps(DateRange other) => Earliest <= other.Latest && other.Earliest <= Latest;

    /// <summary>True when <paramref name="day"/> lies inside the range.</summary>
    public bool Contains(LocalDate day) => Earliest <= day && day <= Latest;

    /// <summary>Number of days in the range.</summary>
    public int LengthInDays => Period.Between(Earliest, Latest, PeriodUnits.Days).Days + 1;

    /// <summary>The smallest range covering both.</summary>
    public DateRange Union(DateRange other) => new(
        Earliest < other.Earliest ? Earliest : other.Earliest,
        Latest > other.Latest ? Latest : other.Latest,
        (DatePrecision)Math.Max((int)Precision, (int)other.Precision));

    /// <summary>ISO text of a day (<c>YYYY-MM-DD</c>).</summary>
    /// <remarks>
    /// Written digit by digit for the ISO calendar's years 1 to 9999 (what <see cref="LocalDatePattern.Iso"/> writes for
    /// them): the store writes several days a row, and the pattern's general formatter was a few percent of the writer.
    /// </remarks>
    public static string Iso(LocalDate day) => day.Year is >= 1 and <= 9999 && day.Calendar == CalendarSystem.Iso
        ? string.Create(10, (day.Year, day.Month, day.Day), static (text, d) =>
        {
            text[0] = (char)('0' + (d.Year / 1000));
            text[1] = (char)('0' + (d.Year / 100 % 10));
            text[2] = (char)('0' + (d.Year / 10 % 10));
            text[3] = (char)('0' + (d.Year % 10));
            text[4] = '-';
            text[5] = (char)('0' + (d.Month / 10));
            text[6] = (char)('0' + (d.Month % 10));
            text[7] = '-';
            text[8] = (char)('0' + (d.Day / 10));
            text[9] = (char)('0' + (d.Day % 10));
        })
        : LocalDatePattern.Iso.Format(day);

    /// <summary>Parses an ISO day (<c>YYYY-MM-DD</c>); null when it does not parse.</summary>
    public static LocalDate? ParseIso(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text.Trim());
        return result.Success ? result.Value : null;
    }

    /// <summary>Parses a partial ISO date (<c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>) into the range it names.</summary>
    public static DateRange? ParsePartial(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Trim().Split('-');
        if (parts.Length is < 1 or > 3 || !parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)))
        {
            return null;
        }

        // Lengths first: a long run of digits would overflow int.Parse (found by the fuzzer).
        if (parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length > 2))
        {
            return null;
        }

        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);

        if (parts.Length == 1)
        {
            return Year(year);
        }

        var month = int.Parse(parts[1], CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return null;
        }

        if (parts.Length == 2)
        {
            return Month(year, month);
        }

        var day = int.Parse(parts[2], CultureInfo.InvariantCulture);
        return day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month) ? Day(year, month, day) : null;
    }

    /// <inheritdoc />
    public override string ToString() =>
        IsSingleDay ? Iso(Earliest) : $"{Iso(Earliest)}..{Iso(Latest)} ({Precision})";
}
