using NodaTime;
using Parley.Text;
using Parley.Time;

namespace Parley.Extraction.Time;

/// <summary>
/// Periods a conflict's coverage names instead of dating ("the 44-day war"). The real table comes from the
/// domain pack; <see cref="Default"/> holds the Karabakh wars for tests and for use without a pack.
/// </summary>
public static class NamedPeriods
{
    /// <summary>The two Karabakh wars under the names English coverage gives them.</summary>
    public static IReadOnlyDictionary<string, DateRange> Default { get; } = BuildDefault();

    private static Dictionary<string, DateRange> BuildDefault()
    {
        var secondWar = new DateRange(new LocalDate(2020, 9, 27), new LocalDate(2020, 11, 10), DatePrecision.Days);
        var firstWar = DateRange.Years(1988, 1994);
        var table = new Dictionary<string, DateRange>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in new[]
                 {
                     "the 44-day war", "the Second Karabakh War", "the Second Nagorno-Karabakh War", "the 2020 war",
                     "the 2020 Karabakh war", "the 2020 Nagorno-Karabakh war", "the six-week war",
                 })
        {
            table[name] = secondWar;
        }

        foreach (var name in new[] { "the first war", "the First Karabakh War", "the First Nagorno-Karabakh War" })
        {
            table[name] = firstWar;
        }

        return table;
    }
}

/// <summary>A named-period table compiled to token sequences (case, diacritics, hyphens and a leading "the" ignored).</summary>
internal sealed class NamedPeriodTable
{
    private readonly List<(string[] Words, DateRange Range)> _entries = [];

    public NamedPeriodTable(IReadOnlyDictionary<string, DateRange> periods)
    {
        foreach (var (name, range) in periods)
        {
            var words = Tokenizer.Tokenize(name).Where(t => t.Normalized != "-").Select(t => t.Normalized).ToList();
            if (words.Count > 0 && words[0] == "the")
            {
                words.RemoveAt(0);
            }

            if (words.Count > 0)
            {
                _entries.Add(([.. words], range));
            }
        }

        _entries.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>The longest name starting at token <paramref name="i"/>, if any.</summary>
    public (int End, DateRange Range)? Match(IReadOnlyList<Token> tokens, int i)
    {
        if (i < 0 || i >= tokens.Count || tokens[i].Normalized == "-")
        {
            return null;
        }

        foreach (var (words, range) in _entries)
        {
            var k = i;
            var ok = true;
            foreach (var word in words)
            {
                while (k < tokens.Count && tokens[k].Normalized == "-")
                {
                    k++;
                }

                if (k >= tokens.Count || tokens[k].Normalized != word)
                {
                    ok = false;
                    break;
                }

                k++;
            }

            if (ok)
            {
                return (k, range);
            }
        }

        return null;
    }
}
