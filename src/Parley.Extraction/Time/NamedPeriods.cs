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
    private readonly Dictionary<string, List<(string[] Words, DateRange Range)>> _byFirstWord = new(StringComparer.Ordinal);

    public NamedPeriodTable(IReadOnlyDictionary<string, DateRange> periods)
    {
        foreach (var (name, range) in periods)
        {
            var words = Tokenizer.Tokenize(name).Where(t => t.Normalized != "-").Select(t => t.Normalized).ToList();
            if (words.Count > 0 && words[0] == "the")
            {
                words.RemoveAt(0);
            }

            if (words.Count == 0)
            {
                continue;
            }

            if (!_byFirstWord.TryGetValue(words[0], out var list))
            {
                _byFirstWord[words[0]] = list = [];
            }

            list.Add(([.. words], range));
        }

        foreach (var list in _byFirstWord.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }

        var starts = new Dictionary<string, TimePatterns>(TimeParser.StartWords, StringComparer.Ordinal);
        foreach (var first in _byFirstWord.Keys)
        {
            starts[first] = starts.GetValueOrDefault(first) | TimePatterns.NamedPeriod;
        }

        // By word id: asked about nearly every token of every document, and nearly always a miss.
        ExpressionStarts = new Matching.IdMap<TimePatterns>(starts.ToDictionary(s => Vocabulary.Intern(s.Key), s => s.Value));
    }

    /// <summary>
    /// The patterns a date expression can begin with at each word id (besides numbers): the parser's own and the
    /// named periods, so it skips every other token without trying its patterns.
    /// </summary>
    internal Matching.IdMap<TimePatterns> ExpressionStarts { get; }

    /// <summary>The longest name starting at token <paramref name="i"/>, if any.</summary>
    public (int End, DateRange Range)? Match(IReadOnlyList<Token> tokens, int i)
    {
        if (i < 0 || i >= tokens.Count || !_byFirstWord.TryGetValue(tokens[i].Normalized, out var entries))
        {
            return null;
        }

        foreach (var (words, range) in entries)
        {
            var k = i + 1;
            var ok = true;
            for (var w = 1; w < words.Length; w++)
            {
                var word = words[w];
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
