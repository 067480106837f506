using Parley.Packs;
using Parley.Time;

namespace Parley.Extraction.Time;

/// <summary>Reads the pack's <c>named_periods</c> lexicon list ("the 44-day war = 2020-09-27..2020-11-10").</summary>
public static class PackPeriods
{
    /// <summary>The named periods of <paramref name="pack"/>, or the built-in default when it has none.</summary>
    public static IReadOnlyDictionary<string, DateRange> From(DomainPack pack)
    {
        var table = new Dictionary<string, DateRange>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in pack.Words("named_periods"))
        {
            var parts = line.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2)
            {
                continue;
            }

            var ends = parts[1].Split("..", 2, StringSplitOptions.TrimEntries);
            var first = DateRange.ParsePartial(ends[0]);
            var last = DateRange.ParsePartial(ends.Length == 2 ? ends[1] : ends[0]);
            if (first is null || last is null)
            {
                continue;
            }

            var precision = first.Value.Earliest.Year == last.Value.Latest.Year ? DatePrecision.Days : DatePrecision.Years;
            table[parts[0]] = new DateRange(first.Value.Earliest, last.Value.Latest, precision);
        }

        return table.Count > 0 ? table : NamedPeriods.Default;
    }
}
