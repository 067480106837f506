using System.Buffers;
using Parley.Text;

namespace Parley.Extraction.Time;

/// <summary>
/// Reads each expression's surroundings: whether it lies in the future of the writing, which earlier
/// expression of its clause lends it a year, which date an "after"/"before" offset counts from, and the year a
/// list of days shares ("September 25, 29, and October 2, 2023").
/// </summary>
internal static class ContextAnnotator
{
    private const int LookBack = 10;
    private const int LookAhead = 30;
    private const int SentenceOpening = 5;
    private const int LinkReach = 12;

    public static void Annotate(string text, IReadOnlyList<Token> tokens, List<Candidate> candidates)
    {
        // Sentence and clause numbers of each token, read only here: scratch rented per document, not allocated.
        var sentence = ArrayPool<int>.Shared.Rent(tokens.Count);
        var clause = ArrayPool<int>.Shared.Rent(tokens.Count);
        try
        {
            Boundaries(text, tokens, sentence, clause);
            Annotate(text, tokens, candidates, sentence, clause);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(sentence);
            ArrayPool<int>.Shared.Return(clause);
        }
    }

    private static void Annotate(string text, IReadOnlyList<Token> tokens, List<Candidate> candidates, int[] sentence, int[] clause)
    {
        ShareListYears(tokens, candidates, sentence);
        foreach (var c in candidates)
        {
            c.IsFuture = IsFuture(tokens, sentence, c);
            c.IsFutureLimit = c.IsFuture && c.Day is not null && c.StartToken > 0 && tokens[c.StartToken - 1].Normalized == "before";
            c.IsDateline = c.Day is not null && IsDateline(text, c.Span);
        }

        for (var k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            c.WeekdayFrame = c.Node is WeekdayNode { Mode: WeekdayMode.Bare } ? OpeningDay(candidates, k, sentence) : null;
            for (var p = k - 1; p >= 0; p--)
            {
                var prev = candidates[p];
                if (clause[prev.StartToken] != clause[c.StartToken])
                {
                    break;
                }

                if (prev.IsNamedPeriod || prev.IsDuration || prev.Node is SinceNode || !prev.HasExplicitYear)
                {
                    continue;
                }

                if (prev.ProvidesYear)
                {
                    c.YearSource = prev;
                }

                break;
            }

            if (c.Node is LinkedNode { Target: null } linked)
            {
                for (var q = k + 1; q < candidates.Count; q++)
                {
                    var next = candidates[q];
                    if (sentence[next.StartToken] != sentence[c.StartToken] || next.StartToken - c.EndToken > LinkReach)
                    {
                        break;
                    }

                    if (next.Day is { } d && d.FirstDay == d.LastDay && tokens[next.StartToken - 1].Normalized != ",")
                    {
                        linked.Target = next;
                        break;
                    }
                }
            }
        }
    }

    /// <summary>
    /// The single day that opens the sentence of the weekday at <paramref name="k"/> ("On September 13, ..."),
    /// or null: a sentence dated at its start tells what happened on or before that day, so a weekday later in
    /// it ("... arrived on Tuesday") is that week's, not the publication week's.
    /// </summary>
    private static Candidate? OpeningDay(List<Candidate> candidates, int k, int[] sentence)
    {
        var weekday = candidates[k];
        var sentenceStart = weekday.StartToken;
        while (sentenceStart > 0 && sentence[sentenceStart - 1] == sentence[weekday.StartToken])
        {
            sentenceStart--;
        }

        for (var p = 0; p < k; p++)
        {
            var prev = candidates[p];
            if (sentence[prev.StartToken] == sentence[weekday.StartToken] && prev.StartToken - sentenceStart <= 1 &&
                !prev.IsDuration && prev.Day is { } d && d.FirstDay == d.LastDay)
            {
                return prev;
            }
        }

        return null;
    }

    /// <summary>Fills in the sentence and clause (sentence split at semicolons) of every token.</summary>
    private static void Boundaries(string text, IReadOnlyList<Token> list, int[] sentence, int[] clause)
    {
        // Read as a span: this runs over every token of the document.
        var tokens = Matching.PhraseMatcher<int>.AsSpan(list);
        int s = 0, c = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            sentence[i] = s;
            clause[i] = c;
            if (i + 1 >= tokens.Length)
            {
                break;
            }

            ref readonly var token = ref tokens[i];
            ref readonly var next = ref tokens[i + 1];
            var word = token.Normalized;
            var gap = text.AsSpan(token.Span.End, next.Span.Start - token.Span.End);
            var lineBreak = gap.Contains('\n');
            var stop = word is "." or "!" or "?" && gap.Length > 0 && !IsAbbreviation(list, i) &&
                       (next.IsCapitalized || next.Kind == TokenKind.Punctuation);
            if (lineBreak || stop)
            {
                s++;
                c++;
            }
            else if (word == ";")
            {
                c++;
            }
        }
    }

    private static bool IsAbbreviation(IReadOnlyList<Token> tokens, int dot)
    {
        if (dot == 0 || tokens[dot - 1].Span.End != tokens[dot].Span.Start)
        {
            return false;
        }

        var before = tokens[dot - 1].Normalized;
        return before.Length == 1 || (TimeLexicon.Month(before, out var abbreviated) != 0 && abbreviated) ||
               before is "mr" or "mrs" or "ms" or "dr" or "gen" or "col" or "lt" or "maj" or "st" or "no" or "vs";
    }

    private static bool IsFuture(IReadOnlyList<Token> tokens, int[] sentence, Candidate c)
    {
        var s = c.StartToken;
        var sentenceStart = s;
        while (sentenceStart > 0 && sentence[sentenceStart - 1] == sentence[s])
        {
            sentenceStart--;
        }

        string W(int i) => i >= 0 && i < tokens.Count ? tokens[i].Normalized : "";

        // ("hold closed consultations", "a delayed meeting": a participle after a determiner or "hold" modifies a noun.)
        bool IsPast(int k) =>
            TimeLexicon.PastStops.Contains(W(k)) ||
            (IsPastParticiple(W(k)) && W(k - 1) is not ("be" or "been" or "being" or "a" or "an" or "the" or "its" or "their" or "his" or "her" or "hold" or "holds" or "holding"));

        var from = Math.Max(sentenceStart, s - LookBack);
        if (W(s - 1) == "by")
        {
            // "by Feb. 2", "could be signed by the end of 2026" set a deadline ahead, unless the clause is told
            // in the past ("By May, it was over"). The nearest modal or past form decides.
            bool? ahead = null;
            for (var k = s - 2; k >= from && ahead is null; k--)
            {
                ahead = IsModal(W(k)) ? true : IsPast(k) ? false : null;
            }

            for (var k = c.EndToken; ahead is null && k < tokens.Count && k < c.EndToken + 6 && sentence[k] == sentence[s]; k++)
            {
                ahead = IsModal(W(k)) ? true : IsPast(k) ? false : null;
            }

            if (ahead != false)
            {
                return true;
            }
        }

        for (var k = s - 1; k >= from; k--)
        {
            var w = W(k);
            // ("talks set for early June": a happening set for a day looks ahead to it.)
            if (TimeLexicon.FutureCues.Contains(w) || (w == "to" && W(k + 1) == "be") || (w == "set" && W(k + 1) is "to" or "for"))
            {
                return true;
            }

            if (IsPast(k))
            {
                // "said on Tuesday that protesters would march": a past verb before the date is what it dates, whatever
                // future what was said holds.
                return false;
            }
        }

        if (s - sentenceStart > SentenceOpening)
        {
            return false;
        }

        // "In Washington on August 8, ... three documents are expected to be signed"
        for (var k = c.EndToken; k < tokens.Count && k < c.EndToken + LookAhead && sentence[k] == sentence[s]; k++)
        {
            var w = W(k);
            if (TimeLexicon.FutureCues.Contains(w) || (w == "to" && W(k + 1) == "be"))
            {
                return true;
            }

            if (w == ";" || IsPast(k))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsModal(string word) =>
        TimeLexicon.FutureCues.Contains(word) || word is "could" or "can" or "should" or "might" or "must";

    /// <summary>A regular past form ("convened", "signed"): the clause is told in the past.</summary>
    private static bool IsPastParticiple(string word) =>
        word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && !TimeLexicon.FutureCues.Contains(word);

    /// <summary>A year-less day followed by a dated one, joined only by commas and "and", takes its year.</summary>
    private static void ShareListYears(IReadOnlyList<Token> tokens, List<Candidate> candidates, int[] sentence)
    {
        for (var k = candidates.Count - 2; k >= 0; k--)
        {
            var a = candidates[k];
            var b = candidates[k + 1];
            if (a.Day is not { Year: null } da || b.Day is not { Year: { } y } db ||
                sentence[a.StartToken] != sentence[b.StartToken])
            {
                continue;
            }

            var joined = true;
            for (var t = a.EndToken; t < b.StartToken; t++)
            {
                if (tokens[t].Normalized is not ("," or "and" or "or"))
                {
                    joined = false;
                    break;
                }
            }

            if (!joined)
            {
                continue;
            }

            var year = (da.Month, da.LastDay).CompareTo((db.Month, db.FirstDay)) <= 0 ? y : y - 1;
            var parts = da with { Year = year };
            a.Day = parts;
            a.HasExplicitYear = true;
            a.Node = TimeParser.DayNode(parts);
        }
    }

    /// <summary>
    /// An agency dateline: the date follows only a capitalised place name and a comma at the start of its line
    /// ("MOSCOW, September 25. /TASS/.", "BAKU, Azerbaijan, March 3").
    /// </summary>
    private static bool IsDateline(string text, CharSpan span)
    {
        var lineStart = span.Start;
        while (lineStart > 0 && text[lineStart - 1] != '\n')
        {
            lineStart--;
        }

        var before = text.AsSpan(lineStart, span.Start - lineStart).Trim();
        if (before.Length is < 3 or > 40 || before[^1] != ',')
        {
            return false;
        }

        var head = before[..before.IndexOf(',')].Trim();
        var letters = 0;
        foreach (var ch in head)
        {
            if (char.IsLetter(ch))
            {
                if (!char.IsUpper(ch))
                {
                    return false;
                }

                letters++;
            }
            else if (ch is not (' ' or '-' or '.' or '\''))
            {
                return false;
            }
        }

        return letters >= 3;
    }
}
