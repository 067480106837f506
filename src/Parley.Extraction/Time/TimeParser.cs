using System.Globalization;
using System.Runtime.InteropServices;
using NodaTime;
using Parley.Text;
using Parley.Time;

namespace Parley.Extraction.Time;

/// <summary>
/// Finds date expressions in a run of tokens by matching English date patterns left to right, longest match
/// first. It only recognises; resolving against a document date is the nodes' job.
/// </summary>
internal sealed class TimeParser
{
    private static readonly HashSet<string> CountNouns = new(StringComparer.Ordinal)
    {
        "people", "persons", "troops", "soldiers", "servicemen", "civilians", "refugees", "residents", "families",
        "houses", "homes", "tons", "tonnes", "km", "kilometers", "kilometres", "meters", "metres", "miles",
        "dollars", "euros", "manats", "drams", "rubles", "roubles", "vehicles", "trucks", "units", "casualties",
        "victims", "prisoners", "detainees", "hostages", "members", "employees", "workers", "students", "children",
        "women", "men", "deaths", "dead", "wounded", "injured", "killed", "servicemembers", "hectares", "sq",
        "square", "percent", "per", "mines", "shells", "rounds", "buildings", "villages", "settlements",
    };

    private static readonly HashSet<string> ListSeparators = new(StringComparer.Ordinal) { ",", "and", "or" };

    private static readonly HashSet<string> ListEnds = new(StringComparer.Ordinal) { ",", "and", "or", ".", ";", ")", ":", "(" };

    // Words that may follow the last day of a list ("on March 6, 9 and 14 in Yevlakh"); a count noun may not.
    private static readonly HashSet<string> LastItemFollowers = new(StringComparer.Ordinal)
    {
        "in", "at", "near", "with", "when", "while", "but", "as", "after", "before", "to", "respectively", "between",
    };

    private static readonly HashSet<string> SeasonPrepositions = new(StringComparer.Ordinal)
    {
        "over", "during", "in", "through", "throughout", "by", "until", "since", "into", "before", "after", "for",
    };

    /// <summary>
    /// The patterns of <see cref="MatchAt"/> each word other than a number can begin (a number may begin those of
    /// <see cref="NumberStarts"/>); a token that begins none (nor a named period) starts nothing, so the scan skips
    /// it with one lookup, and at a common word ("the", "in", "a") only the few patterns it can begin are tried.
    /// </summary>
    internal static readonly Dictionary<string, TimePatterns> StartWords = BuildStartWords();

    /// <summary>The patterns a number token can begin: day dates and lists, years, decades, durations and offsets.</summary>
    internal const TimePatterns NumberStarts =
        TimePatterns.DayDates | TimePatterns.Year | TimePatterns.Decade | TimePatterns.Duration | TimePatterns.Offset;

    private static Dictionary<string, TimePatterns> BuildStartWords()
    {
        var starts = new Dictionary<string, TimePatterns>(StringComparer.Ordinal);
        void Add(TimePatterns patterns, IEnumerable<string> words)
        {
            foreach (var w in words)
            {
                starts[w] = starts.GetValueOrDefault(w) | patterns;
            }
        }

        Add(TimePatterns.Since, ["since", "ever", "starting", "beginning"]);
        Add(TimePatterns.FromTo, ["from"]);
        Add(TimePatterns.Between, ["between"]);
        Add(TimePatterns.PastStretch, ["over", "in", "during", "within", "for", "throughout", "the"]);
        // Duration and Offset begin where NumberAt reads a number ("a", "an", number words), Duration also at its modifiers.
        Add(TimePatterns.Duration | TimePatterns.Offset, ["a", "an", .. TimeLexicon.NumberWordNames]);
        Add(TimePatterns.Duration, ["for", "more", "less", "fewer", "at", "up", .. TimeLexicon.ApproximationWords]);
        Add(TimePatterns.Reference, ["the", "that", "later", "earlier"]);
        Add(TimePatterns.Relative, [
            "yesterday", "today", "tonight", "tomorrow", "overnight", "recently", "the", "in", "earlier", "later", "last", "this",
            "next", "past", "coming", .. TimeLexicon.WeekdayNames]);
        Add(TimePatterns.Part, ["early", "mid", "late", "the", "end", "beginning", "start", "middle", "first", "second"]);
        Add(TimePatterns.DayDates, [.. TimeLexicon.WeekdayNames, .. TimeLexicon.MonthNames]);
        Add(TimePatterns.Month, TimeLexicon.MonthNames);
        Add(TimePatterns.Season, ["spring", "summer", "autumn", "fall", "winter"]);
        return starts;
    }

    private readonly string _text;
    // A list, not the interface: the patterns read tokens at every step, and a list's indexer is a direct call.
    private readonly List<Token> _t;
    private readonly int _n;
    private readonly bool[] _timeOfDay;
    private readonly NamedPeriodTable _periods;
    private int _lastEnd = -1;

    public TimeParser(string text, IReadOnlyList<Token> tokens, NamedPeriodTable periods)
    {
        _text = text;
        _t = tokens as List<Token> ?? [.. tokens];
        _n = tokens.Count;
        _periods = periods;
        _timeOfDay = new bool[_n];
        for (var i = 0; i + 2 < _n; i++)
        {
            // "10:36", "00:00" are times of day, never days or years.
            if (_t[i].Kind == TokenKind.Number && Is(i + 1, ":") && _t[i + 2].Kind == TokenKind.Number && Adj(i) && Adj(i + 1))
            {
                _timeOfDay[i] = true;
                _timeOfDay[i + 2] = true;
            }
        }
    }

    /// <summary>Every expression, in text order.</summary>
    public List<Candidate> Scan()
    {
        var list = new List<Candidate>();
        var i = 0;
        var starts = _periods.ExpressionStarts;
        var tokens = CollectionsMarshal.AsSpan(_t);
        while (i < _n)
        {
            ref readonly var token = ref tokens[i];
            var patterns = starts.Get(Vocabulary.IdOf(token)) |
                           (token.Kind == TokenKind.Number ? NumberStarts : TimePatterns.None);
            if (patterns == TimePatterns.None)
            {
                i++;
                continue;
            }

            var single = MatchAt(i, patterns, out var match);
            if (single is not null)
            {
                Add(single);
                _lastEnd = single.EndToken;
            }
            else if (match is { Count: > 0 })
            {
                foreach (var c in match)
                {
                    Add(c);
                }

                _lastEnd = match[^1].EndToken;
            }
            else
            {
                i++;
                continue;
            }

            i = _lastEnd;
        }

        return list;

        void Add(Candidate c)
        {
            c.Span = new CharSpan(_t[c.StartToken].Span.Start, _t[c.EndToken - 1].Span.End);
            list.Add(c);
        }
    }

    // ---- token helpers -------------------------------------------------------------------------------------

    private string N(int i) => i >= 0 && i < _n ? _t[i].Normalized : "";

    private bool Is(int i, string word) => N(i) == word;

    private bool Adj(int i) => i >= 0 && i + 1 < _n && _t[i].Span.End == _t[i + 1].Span.Start;

    private bool IsDash(int i) => N(i) == "-";

    private bool IsCapitalized(int i) => i >= 0 && i < _n && _t[i].IsCapitalized;

    private int? PlainInt(int i)
    {
        if (i < 0 || i >= _n || _t[i].Kind != TokenKind.Number)
        {
            return null;
        }

        var s = N(i);
        if (s.Length is 0 or > 4)
        {
            return null;
        }

        var value = 0;
        foreach (var ch in s)
        {
            if (!char.IsAsciiDigit(ch))
            {
                return null;
            }

            value = (value * 10) + (ch - '0');
        }

        return value;
    }

    private bool IsCountNoun(int i) => CountNouns.Contains(N(i));

    private bool Cued(int i) =>
        TimeLexicon.MonthCues.Contains(N(i - 1)) || TimeLexicon.YearCues.Contains(N(i - 1)) || Coordinated(i);

    /// <summary>True when the token follows "and", "or" or a comma right after the previous match ("in March and April").</summary>
    private bool Coordinated(int i) =>
        (ListSeparators.Contains(N(i - 1)) && _lastEnd == i - 1) ||
        (Is(i - 1, "and") && Is(i - 2, ",") && _lastEnd == i - 2) ||
        (Is(i - 1, "to") && _lastEnd == i - 1);

    private int? DayAt(int i)
    {
        if (PlainInt(i) is not { } d || N(i).Length > 2 || d is < 1 or > 31 || _timeOfDay[i])
        {
            return null;
        }

        if (Is(i - 1, "$") || Is(i - 1, "#") || Is(i + 1, "%") || TimeLexicon.NumberLabels.Contains(N(i - 1)) ||
            (Is(i - 1, ".") && Adj(i - 1) && i >= 2 && Adj(i - 2)) || (Is(i - 1, "/") && Adj(i - 1)))
        {
            return null;
        }

        return d;
    }

    private int AfterOrdinal(int i) =>
        i + 1 < _n && Adj(i) && N(i + 1) is "st" or "nd" or "rd" or "th" ? i + 2 : i + 1;

    private int? YearAt(int i)
    {
        if (PlainInt(i) is not { } y || N(i).Length != 4 || y is < DateMath.MinYear or > DateMath.MaxYear || _timeOfDay[i])
        {
            return null;
        }

        if (Is(i - 1, "$") || Is(i + 1, "%") || (Adj(i) && Is(i + 1, "s")) || IsCountNoun(i + 1))
        {
            return null;
        }

        return y;
    }

    /// <summary>The month at <paramref name="i"/> (capitalised), and the token after it (past an abbreviation's dot).</summary>
    private int MonthAt(int i, out bool abbreviated, out int end)
    {
        end = i + 1;
        abbreviated = false;
        if (i < 0 || i >= _n || !_t[i].IsWord || !_t[i].IsCapitalized)
        {
            return 0;
        }

        var m = TimeLexicon.Month(N(i), out abbreviated);
        if (m != 0 && abbreviated && Is(i + 1, ".") && Adj(i))
        {
            end = i + 2;
        }

        return m;
    }

    private (int Value, int End, bool Article, bool Word)? NumberAt(int i)
    {
        if (PlainInt(i) is { } v && N(i).Length <= 3)
        {
            return (v, i + 1, false, false);
        }

        if (Is(i, "a") || Is(i, "an"))
        {
            return Is(i + 1, "couple") && Is(i + 2, "of") ? (2, i + 3, false, true) : (1, i + 1, true, true);
        }

        if (TimeLexicon.TryNumberWord(N(i), out var w))
        {
            if (w >= 20 && IsDash(i + 1) && Adj(i) && TimeLexicon.TryNumberWord(N(i + 2), out var unit) && unit < 10)
            {
                return (w + unit, i + 3, false, true);
            }

            return (w, i + 1, false, true);
        }

        return null;
    }

    // ---- matching ------------------------------------------------------------------------------------------

    /// <summary>
    /// The longest expression at <paramref name="i"/>, trying only <paramref name="patterns"/> (those its token can
    /// begin; the rest match nothing there): a single one, or null and the list that won (a list of days) in
    /// <paramref name="list"/>, or neither.
    /// </summary>
    private Candidate? MatchAt(int i, TimePatterns patterns, out List<Candidate>? list)
    {
        // The longest option wins, the first at equal length.
        Candidate? single = null;
        List<Candidate>? won = null;
        var bestEnd = -1;
        void Consider(Candidate? c)
        {
            if (c is not null && c.EndToken > bestEnd)
            {
                single = c;
                won = null;
                bestEnd = c.EndToken;
            }
        }

        void ConsiderList(List<Candidate>? option)
        {
            if (option is { Count: > 0 } && option[^1].EndToken > bestEnd)
            {
                won = option;
                single = null;
                bestEnd = option[^1].EndToken;
            }
        }

        bool Tries(TimePatterns pattern) => (patterns & pattern) != 0;

        Consider(Tries(TimePatterns.NamedPeriod) ? NamedPeriod(i) : null);
        Consider(Tries(TimePatterns.Since) ? Since(i) : null);
        Consider(Tries(TimePatterns.FromTo) ? FromTo(i) : null);
        Consider(Tries(TimePatterns.Between) ? Between(i) : null);
        Consider(Tries(TimePatterns.PastStretch) ? PastStretch(i) : null);
        Consider(Tries(TimePatterns.Duration) ? Duration(i) : null);
        Consider(Tries(TimePatterns.Duration) && Is(i, "for") ? NthDay(i) : null);
        Consider(Tries(TimePatterns.Offset) ? Offset(i) : null);
        Consider(Tries(TimePatterns.Reference) ? Reference(i) : null);
        Consider(Tries(TimePatterns.Relative) ? Relative(i) : null);
        Consider(Tries(TimePatterns.Part) ? Part(i) : null);
        ConsiderList(Tries(TimePatterns.DayDates) ? DayDates(i) : null);
        // Whether a month, year or season here is cued is asked only where one can begin.
        var cued = Tries(TimePatterns.Month | TimePatterns.Year | TimePatterns.Season) && Cued(i);
        Consider(Tries(TimePatterns.Month) ? MonthCore(i, cued) : null);
        Consider(Tries(TimePatterns.Year) ? YearCore(i, cued) : null);
        Consider(Tries(TimePatterns.Decade) ? DecadeCore(i) : null);
        Consider(Tries(TimePatterns.Season) ? SeasonCore(i, cued) : null);
        list = won;
        return single;
    }

    /// <summary>Any single date expression at <paramref name="i"/>, as the inner part of a larger one.</summary>
    private Candidate? Inner(int i)
    {
        Candidate? best = null;
        void Consider(Candidate? c)
        {
            if (c is not null && (best is null || c.EndToken > best.EndToken))
            {
                best = c;
            }
        }

        var skip = Is(i, "the") ? i + 1 : i;
        Consider(NamedPeriod(skip));
        Consider(Relative(i));
        Consider(Part(i));
        if (TryDayDate(i, out var day))
        {
            Consider(DayCandidate(day));
        }

        Consider(MonthCore(i, true));
        Consider(YearCore(i, true));
        Consider(DecadeCore(skip));
        Consider(SeasonCore(i, true));
        return best;
    }

    // ---- named periods --------------------------------------------------------------------------------------

    private Candidate? NamedPeriod(int i)
    {
        if (_periods.Match(_t, i) is not { } hit)
        {
            return null;
        }

        return new Candidate
        {
            StartToken = i,
            EndToken = hit.End,
            Node = new FixedNode(hit.Range),
            IsNamedPeriod = true,
            HasExplicitYear = true,
        };
    }

    // ---- days ---------------------------------------------------------------------------------------------

    /// <summary>The node a day-level date stands for.</summary>
    public static TimeNode DayNode(DayParts d) => d.Year is { } y
        ? DateMath.Days(y, d.Month, d.FirstDay, d.LastDay) is { } r ? new FixedNode(r) : new NeverNode()
        : new YearlessNode(yy => DateMath.Days(yy, d.Month, d.FirstDay, d.LastDay), false,
            d.FirstDay == d.LastDay ? d.Weekday : null);

    private static Candidate DayCandidate((int Start, int End, DayParts Parts) m) => new()
    {
        StartToken = m.Start,
        EndToken = m.End,
        Node = DayNode(m.Parts),
        Day = m.Parts,
        HasWeekday = m.Parts.Weekday is not null,
        HasExplicitYear = m.Parts.Year is not null,
    };

    /// <summary>A day-level date at <paramref name="i"/>, and the lists that share its month ("September 25, 29").</summary>
    private List<Candidate>? DayDates(int i)
    {
        if (TryDayDate(i, out var first))
        {
            var list = new List<Candidate> { DayCandidate(first) };
            var parts = first.Parts;
            if (parts.Year is null && parts.FirstDay == parts.LastDay && parts.Weekday is null)
            {
                // "September 25, 29, and October 2": bare days after a month-day share its month.
                var k = first.End;
                while (list.Count < 8)
                {
                    var s = SkipSeparators(k);
                    if (s == k || DayAt(s) is not { } d)
                    {
                        break;
                    }

                    var after = AfterOrdinal(s);
                    var closesList = (Is(s - 1, "and") || Is(s - 1, "or")) && after < _n && LastItemFollowers.Contains(N(after));
                    if (!(after >= _n || ListEnds.Contains(N(after)) || closesList) || IsCountNoun(after))
                    {
                        break;
                    }

                    list.Add(DayCandidate((s, after, parts with { FirstDay = d, LastDay = d })));
                    k = after;
                }
            }

            return list;
        }

        return DayList(i);
    }

    /// <summary>"25, 26 and 29 September": bare days before a day-month share its month and year.</summary>
    private List<Candidate>? DayList(int i)
    {
        if (DayAt(i) is not { } d0)
        {
            return null;
        }

        var days = new List<(int Start, int End, int Day)> { (i, AfterOrdinal(i), d0) };
        while (days.Count < 8)
        {
            var s = SkipSeparators(days[^1].End);
            if (s == days[^1].End)
            {
                return null;
            }

            if (TryDayMonth(s, out var last) && last.Parts.FirstDay == last.Parts.LastDay)
            {
                var list = days.Select(x => DayCandidate((x.Start, x.End, last.Parts with { FirstDay = x.Day, LastDay = x.Day }))).ToList();
                list.Add(DayCandidate(last));
                return list;
            }

            if (DayAt(s) is not { } d)
            {
                return null;
            }

            days.Add((s, AfterOrdinal(s), d));
        }

        return null;
    }

    private int SkipSeparators(int k)
    {
        var s = k;
        if (Is(s, ","))
        {
            s++;
        }

        if (Is(s, "and") || Is(s, "or"))
        {
            s++;
        }

        return s;
    }

    private bool TryDayDate(int i, out (int Start, int End, DayParts Parts) match)
    {
        match = default;
        if (i < _n && _t[i].IsCapitalized && TimeLexicon.TryWeekday(N(i), out var weekday))
        {
            var j = i + 1;
            var paren = false;
            if (Is(j, ","))
            {
                j++;
            }
            else if (Is(j, "("))
            {
                paren = true;
                j++;
            }

            if (TryPlainDayDate(j, out var inner) && (!paren || Is(inner.End, ")")))
            {
                match = (i, paren ? inner.End + 1 : inner.End, inner.Parts with { Weekday = weekday });
                return true;
            }

            return false;
        }

        return TryPlainDayDate(i, out match);
    }

    private bool TryPlainDayDate(int i, out (int Start, int End, DayParts Parts) match)
    {
        match = default;
        var found = false;
        void Consider(bool ok, (int Start, int End, DayParts Parts) m, ref (int Start, int End, DayParts Parts) best)
        {
            if (ok && (!found || m.End > best.End))
            {
                best = m;
                found = true;
            }
        }

        Consider(TryIso(i, out var iso), iso, ref match);
        Consider(TryDotted(i, out var dotted), dotted, ref match);
        Consider(TrySlashed(i, out var slashed), slashed, ref match);
        Consider(TryMonthDay(i, out var md), md, ref match);
        Consider(TryDayMonth(i, out var dm), dm, ref match);
        return found;
    }

    private bool TryIso(int i, out (int Start, int End, DayParts Parts) match)
    {
        match = default;
        if (PlainInt(i) is { } y && N(i).Length == 4 && IsDash(i + 1) && IsDash(i + 3) &&
            Adj(i) && Adj(i + 1) && Adj(i + 2) && Adj(i + 3) && N(i + 2).Length == 2 && N(i + 4).Length == 2 &&
            PlainInt(i + 2) is { } m && PlainInt(i + 4) is { } d && DateMath.IsValidDay(y, m, d))
        {
            match = (i, i + 5, new DayParts(m, d, d, y, null));
            return true;
        }

        return false;
    }

    private bool TryDotted(int i, out (int Start, int End, DayParts Parts) match)
    {
        match = default;
        if (i >= _n || _t[i].Kind != TokenKind.Number)
        {
            return false;
        }

        // "25.09.2023": day, month and year, dot-separated, in one number token.
        var text = N(i).AsSpan();
        var firstDot = text.IndexOf('.');
        var secondDot = firstDot < 0 ? -1 : text[(firstDot + 1)..].IndexOf('.');
        if (secondDot < 0)
        {
            return false;
        }

        secondDot += firstDot + 1;
        var dayPart = text[..firstDot];
        var monthPart = text[(firstDot + 1)..secondDot];
        var yearPart = text[(secondDot + 1)..];
        if (dayPart.Length is 1 or 2 && monthPart.Length is 1 or 2 && yearPart.Length == 4 &&
            !dayPart.ContainsAnyExceptInRange('0', '9') && !monthPart.ContainsAnyExceptInRange('0', '9') &&
            !yearPart.ContainsAnyExceptInRange('0', '9'))
        {
            var d = int.Parse(dayPart, CultureInfo.InvariantCulture);
            var m = int.Parse(monthPart, CultureInfo.InvariantCulture);
            var y = int.Parse(yearPart, CultureInfo.InvariantCulture);
            if (DateMath.IsValidDay(y, m, d))
            {
                match = (i, i + 1, new DayParts(m, d, d, y, null));
                return true;
            }
        }

        return false;
    }

    private bool TrySlashed(int i, out (int Start, int End, DayParts Parts) match)
    {
        match = default;
        if (PlainInt(i) is not { } a || PlainInt(i + 2) is not { } b || PlainInt(i + 4) is not { } y ||
            !Is(i + 1, "/") || !Is(i + 3, "/") || !Adj(i) || !Adj(i + 1) || !Adj(i + 2) || !Adj(i + 3) ||
            N(i + 4).Length != 4 || N(i).Length > 2 || N(i + 2).Length > 2)
        {
            return false;
        }

        // Month first as in American usage unless the first number cannot be a month.
        var (m, d) = a > 12 ? (b, a) : (a, b);
        if (!DateMath.IsValidDay(y, m, d))
        {
            return false;
        }

        match = (i, i + 5, new DayParts(m, d, d, y, null));
        return true;
    }

    private bool TryMonthDay(int i, out (int Start, int End, DayParts Parts) match)
    {
        match = default;
        var month = MonthAt(i, out _, out var j);
        if (month == 0 || DayAt(j) is not { } first)
        {
            return false;
        }

        var k = AfterOrdinal(j);
        var last = first;
        if ((IsDash(k) || Is(k, "to") || Is(k, "through")) && DayAt(k + 1) is { } second && second > first &&
            MonthAt(k + 1, out _, out _) == 0)
        {
            last = second;
            k = AfterOrdinal(k + 1);
        }

        int? year = null;
        if (Is(k, ",") && YearAt(k + 1) is { } y1)
        {
            year = y1;
            k += 2;
        }
        else if (YearAt(k) is { } y2)
        {
            year = y2;
            k++;
        }

        if (!Plausible(year, month, last))
        {
            return false;
        }

        match = (i, k, new DayParts(month, first, last, year, null));
        return true;
    }

    private bool TryDayMonth(int i, out (int Start, int End, DayParts Parts) match)
    {
        match = default;
        if (DayAt(i) is not { } first)
        {
            return false;
        }

        var k = AfterOrdinal(i);
        var last = first;
        if ((IsDash(k) || Is(k, "to")) && DayAt(k + 1) is { } second && second > first)
        {
            last = second;
            k = AfterOrdinal(k + 1);
        }

        if (Is(k, "of"))
        {
            k++;
        }

        var month = MonthAt(k, out _, out var after);
        if (month == 0)
        {
            return false;
        }

        k = after;
        int? year = null;
        if (YearAt(k) is { } y1)
        {
            year = y1;
            k++;
        }
        else if (Is(k, ",") && YearAt(k + 1) is { } y2)
        {
            year = y2;
            k += 2;
        }

        if (!Plausible(year, month, last))
        {
            return false;
        }

        match = (i, k, new DayParts(month, first, last, year, null));
        return true;
    }

    private static bool Plausible(int? year, int month, int day) =>
        year is { } y ? DateMath.IsValidDay(y, month, day) : DateMath.IsValidDay(2000, month, day);

    // ---- months, years, decades, seasons --------------------------------------------------------------------

    private Candidate? MonthCore(int i, bool cued)
    {
        var month = MonthAt(i, out var abbreviated, out var j);
        if (month == 0)
        {
            return null;
        }

        if (YearAt(j) is { } y)
        {
            return Fixed(i, j + 1, DateRange.Month(y, month), providesYear: true);
        }

        if (!abbreviated && (Is(j, ",") || Is(j, "of")) && YearAt(j + 1) is { } y2)
        {
            return Fixed(i, j + 2, DateRange.Month(y2, month), providesYear: true);
        }

        var rel = Is(j, "of") ? j + 1 : j;
        if (N(rel) is "this" or "last" or "next" && Is(rel + 1, "year"))
        {
            var shift = N(rel) switch { "last" => -1, "next" => 1, _ => 0 };
            return new Candidate
            {
                StartToken = i,
                EndToken = rel + 2,
                Node = MonthOfYearAround(shift, month),
                HasExplicitYear = true,
                ProvidesYear = true,
            };
        }

        // "the September fighting", "the December blockade": a month between "the" and a noun names when that was.
        var premodifier = Is(i - 1, "the") && month != 5 && j < _n && _t[j].IsWord && !_t[j].IsCapitalized && !Is(j, "of");
        if (abbreviated || !(cued || premodifier))
        {
            return null;
        }

        return new Candidate
        {
            StartToken = i,
            EndToken = j,
            Node = YearlessMonth(month),
        };
    }

    private Candidate? YearCore(int i, bool cued)
    {
        if (YearAt(i) is not { } y)
        {
            return null;
        }

        // "1988-1994", "1992–94"
        if (IsDash(i + 1) && PlainInt(i + 2) is { } v && !_timeOfDay[i + 2])
        {
            var len = N(i + 2).Length;
            var last = len == 4 ? v : len == 2 ? (y / 100 * 100) + v : 0;
            if (last > y && last <= DateMath.MaxYear && !(Adj(i + 2) && Is(i + 3, "s")) && !(IsDash(i + 3) && Adj(i + 2)))
            {
                return Fixed(i, i + 3, DateRange.Years(y, last), providesYear: false);
            }
        }

        // "the 2020 November ceasefire"
        if (MonthAt(i + 1, out var abbreviated, out var afterMonth) is var m && m != 0 && !abbreviated && !Is(i + 1, "may") &&
            DayAt(afterMonth) is null)
        {
            return Fixed(i, i + 2, DateRange.Month(y, m), providesYear: true);
        }

        var determiner = N(i - 1) is "the" or "a" or "an" or "'s" or "its" or "their" or "this" or "that";
        var theRule = determiner && i + 1 < _n && _t[i + 1].IsWord && !IsCountNoun(i + 1);
        if (!cued && !theRule)
        {
            return null;
        }

        var year = Fixed(i, i + 1, DateRange.Year(y), providesYear: true);
        return cued ? year : new Candidate
        {
            StartToken = year.StartToken,
            EndToken = year.EndToken,
            Node = year.Node,
            HasExplicitYear = true,
            ProvidesYear = true,
            IsAttributive = true,
        };
    }

    private Candidate? DecadeCore(int i)
    {
        if (PlainInt(i) is not { } y || N(i).Length != 4 || y % 10 != 0 || !Adj(i) || !Is(i + 1, "s") ||
            y is < DateMath.MinYear or > DateMath.MaxYear)
        {
            return null;
        }

        var range = new DateRange(new LocalDate(y, 1, 1), new LocalDate(y + 9, 12, 31), DatePrecision.Decade);
        return Fixed(i, i + 2, range, providesYear: false);
    }

    private Candidate? SeasonCore(int i, bool cued)
    {
        var start = TimeLexicon.SeasonStart(N(i));
        if (start == 0)
        {
            return null;
        }

        if (Is(i + 1, "of") && YearAt(i + 2) is { } y)
        {
            return Fixed(i, i + 3, DateMath.Season(y, start), providesYear: true);
        }

        if (YearAt(i + 1) is { } y2)
        {
            return Fixed(i, i + 2, DateMath.Season(y2, start), providesYear: true);
        }

        if (Is(i + 1, "of") || _t[i].IsCapitalized && !IsSentenceStart(i))
        {
            return null; // "the fall of Shusha", "the Arab Spring"
        }

        var afterThe = Is(i - 1, "the") && SeasonPrepositions.Contains(N(i - 2));
        if (!cued && !afterThe)
        {
            return null;
        }

        return new Candidate
        {
            StartToken = i,
            EndToken = i + 1,
            Node = YearlessSeason(start),
        };
    }

    // Nodes whose lambdas capture a parser's locals are made here, so the closure is allocated only when the
    // node is (a lambda in the parsing method itself allocates its closure on every call of that method).
    private static RelativeNode MonthOfYearAround(int shift, int month) => new(a => DateRange.Month(a.Year + shift, month));

    private static YearlessNode YearlessMonth(int month) => new(yy => DateRange.Month(yy, month), true);

    private static YearlessNode YearlessSeason(int start) => new(yy => DateMath.Season(yy, start), true);

    private static TimeNode PartOf(TimeNode node, PeriodPart part) => node.Map(r => DateMath.Part(r, part));

    private static RelativeNode Ago(int n, TimeUnit unit) => new(a => LinkedNode.Offset(a, -n, unit));

    private static ReferenceNode CountedFromReference(int signed, TimeUnit unit) => new(d => LinkedNode.Offset(d, signed, unit));

    private bool IsSentenceStart(int i) => i == 0 || N(i - 1) is "." or "!" or "?";

    private static Candidate Fixed(int start, int end, DateRange range, bool providesYear) => new()
    {
        StartToken = start,
        EndToken = end,
        Node = new FixedNode(range),
        HasExplicitYear = true,
        ProvidesYear = providesYear && range.Earliest.Year == range.Latest.Year,
    };

    // ---- parts: "late August", "early 2023", "the end of the year" -------------------------------------------

    private Candidate? Part(int i)
    {
        int innerAt;
        PeriodPart part;
        if (TimeLexicon.TryPart(N(i), out part))
        {
            innerAt = IsDash(i + 1) && Adj(i) ? i + 2 : i + 1;
        }
        else
        {
            var j = Is(i, "the") ? i + 1 : i;
            if (TimeLexicon.TryPartNoun(N(j), out part) && Is(j + 1, "of"))
            {
                innerAt = j + 2;
            }
            else if (N(j) is "first" or "second" && Is(j + 1, "half") && Is(j + 2, "of"))
            {
                part = N(j) == "first" ? PeriodPart.FirstHalf : PeriodPart.SecondHalf;
                innerAt = j + 3;
            }
            else
            {
                return null;
            }
        }

        Candidate? inner = null;
        void Consider(Candidate? c)
        {
            if (c is not null && (inner is null || c.EndToken > inner.EndToken))
            {
                inner = c;
            }
        }

        Consider(MonthCore(innerAt, true));
        Consider(YearCore(innerAt, true));
        Consider(DecadeCore(Is(innerAt, "the") ? innerAt + 1 : innerAt));
        Consider(SeasonCore(innerAt, true));
        Consider(RelativeUnit(innerAt));
        if (Is(innerAt, "the") && N(innerAt + 1) is "year" or "month" && !Is(innerAt + 2, "of"))
        {
            var unit = N(innerAt + 1);
            Consider(new Candidate
            {
                StartToken = innerAt,
                EndToken = innerAt + 2,
                Node = new RelativeNode(a => unit == "year" ? DateRange.Year(a.Year) : DateRange.Month(a.Year, a.Month)),
            });
        }

        if (inner is null)
        {
            return null;
        }

        var found = inner;
        var node = PartOf(found.Node, part);
        return new Candidate
        {
            StartToken = i,
            EndToken = found.EndToken,
            Node = node,
            HasExplicitYear = found.HasExplicitYear,
            ProvidesYear = found.ProvidesYear && node is not NeverNode,
        };
    }

    /// <summary>"this year", "last month", "next week".</summary>
    private Candidate? RelativeUnit(int i)
    {
        var shift = N(i) switch { "last" or "past" => -1, "this" or "current" => 0, "next" or "coming" => 1, _ => int.MinValue };
        if (shift == int.MinValue)
        {
            return null;
        }

        Func<LocalDate, DateRange?>? f = N(i + 1) switch
        {
            "year" => a => DateRange.Year(a.Year + shift),
            "month" => a => { var m = a.PlusMonths(shift); return DateRange.Month(m.Year, m.Month); },
            "week" => a => DateMath.Week(a.PlusWeeks(shift)),
            "weekend" => a => Weekend(a, shift),
            "decade" => a => { var y = (a.Year / 10 * 10) + (10 * shift); return new DateRange(new LocalDate(y, 1, 1), new LocalDate(y + 9, 12, 31), DatePrecision.Decade); },
            _ => null,
        };
        if (f is null || (N(i) == "past" && N(i + 1) != "weekend"))
        {
            return null;
        }

        return new Candidate
        {
            StartToken = i,
            EndToken = i + 2,
            Node = new RelativeNode(f),
            HasExplicitYear = N(i + 1) == "year",
            ProvidesYear = N(i + 1) == "year",
        };
    }

    private static DateRange Weekend(LocalDate anchor, int shift)
    {
        var saturday = shift switch
        {
            < 0 => anchor.Previous(IsoDayOfWeek.Sunday).PlusDays(-1),
            0 when anchor.DayOfWeek == IsoDayOfWeek.Sunday => anchor.PlusDays(-1),
            0 => anchor.With(DateAdjusters.NextOrSame(IsoDayOfWeek.Saturday)),
            _ => anchor.Next(IsoDayOfWeek.Saturday).PlusWeeks(anchor.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? 0 : 1),
        };
        return new DateRange(saturday, saturday.PlusDays(1), DatePrecision.Days);
    }

    // ---- relative to the document date -------------------------------------------------------------------

    private Candidate? Relative(int i)
    {
        Candidate Make(int end, Func<LocalDate, DateRange?> f, bool providesYear = false) => new()
        {
            StartToken = i,
            EndToken = end,
            Node = new RelativeNode(f),
            HasExplicitYear = providesYear,
            ProvidesYear = providesYear,
        };

        switch (N(i))
        {
            case "yesterday":
                return Make(i + 1, a => DateRange.Day(a.PlusDays(-1)));
            case "today" or "tonight":
                return Make(i + 1, a => DateRange.Day(a));

            // "shelled the town overnight", "last night": the night before the report, which runs into its day.
            // ("an overnight exchange of fire", "overnight shelling" qualify a noun: the clause's own day dates it.)
            case "overnight" when i + 1 >= _n || !_t[i + 1].IsWord || N(i + 1) is "on" or "in" or "into" or "to" or "from" or "near" or
                "at" or "and" or "but" or "or" or "as" or "while" or "when" or "after" or "before" or "the" or "a" or "an" or "its" or "their" or
                "his" or "her" or "with" or "by" or "along" or "across" or "amid" or "said" or "says":
                return Make(i + 1, a => new DateRange(a.PlusDays(-1), a, DatePrecision.Days));
            case "last" when Is(i + 1, "night"):
                return Make(i + 2, a => new DateRange(a.PlusDays(-1), a, DatePrecision.Days));
            case "tomorrow":
                return Make(i + 1, a => DateRange.Day(a.PlusDays(1)));

            // "fled over the weekend", "clashes during the weekend": the weekend the report is written in, or the one
            // just before it.
            case "the" when Is(i + 1, "weekend") && i > 0 && N(i - 1) is "over" or "during" or "at" or "on":
                return Make(i + 2, a => Weekend(a, a.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? 0 : -1));
            case "recently":
                return Make(i + 1, a => new DateRange(a.PlusDays(-30), a, DatePrecision.Month));
            case "the" when Is(i + 1, "day") && N(i + 2) is "before" or "after" && N(i + 3) is "yesterday" or "tomorrow":
            {
                var shift = N(i + 3) == "yesterday" ? -2 : 2;
                return Make(i + 4, a => DateRange.Day(a.PlusDays(shift)));
            }

            case "in" when Is(i + 1, "recent") || (Is(i + 1, "the") && Is(i + 2, "coming")):
            {
                var unitAt = Is(i + 1, "recent") ? i + 2 : i + 3;
                var future = !Is(i + 1, "recent");
                if (!TimeLexicon.TryUnit(N(unitAt), out var unit) || !N(unitAt).EndsWith('s'))
                {
                    return null;
                }

                var (count, precision) = unit switch
                {
                    TimeUnit.Day => (7, DatePrecision.Days),
                    TimeUnit.Week => (28, DatePrecision.Days),
                    TimeUnit.Month => (91, DatePrecision.Month),
                    _ => (3 * 365, DatePrecision.Years),
                };
                return Make(unitAt + 1, a => future
                    ? new DateRange(a, a.PlusDays(count), precision)
                    : new DateRange(a.PlusDays(-count), a, precision));
            }

            // "earlier this week", and "earlier in the week" (the week of the day the story is about).
            case "earlier" or "later" when (Is(i + 1, "this") && N(i + 2) is "week" or "month" or "year") ||
                                           (Is(i + 1, "in") && Is(i + 2, "the") && N(i + 3) is "week" or "month" or "year"):
            {
                var earlier = N(i) == "earlier";
                var unitAt = Is(i + 1, "this") ? i + 2 : i + 3;
                var unit = N(unitAt);
                return Make(unitAt + 1, a =>
                {
                    var whole = unit switch
                    {
                        "week" => DateMath.Week(a),
                        "month" => DateRange.Month(a.Year, a.Month),
                        _ => DateRange.Year(a.Year),
                    };
                    var precision = unit == "year" ? DatePrecision.Season : DatePrecision.Days;
                    return earlier
                        ? DateMath.Span(whole.Earliest, a, precision)
                        : DateMath.Span(a, whole.Latest, precision);
                }, unit == "year");
            }

            case "last" or "this" or "next" or "past" or "coming":
            {
                if (RelativeUnit(i) is { } unit)
                {
                    return unit;
                }

                var shift = N(i) switch { "last" or "past" => -1, "next" or "coming" => 1, _ => 0 };
                if (N(i) is "past" or "coming")
                {
                    return null;
                }

                var month = MonthAt(i + 1, out var abbreviated, out var end);
                if (month != 0 && !abbreviated)
                {
                    return Make(end, a => RelativeMonth(a, month, shift));
                }

                if (i + 1 < _n && _t[i + 1].IsCapitalized && TimeLexicon.TryWeekday(N(i + 1), out var wd))
                {
                    var mode = shift switch { < 0 => WeekdayMode.Last, > 0 => WeekdayMode.Next, _ => WeekdayMode.Bare };
                    return new Candidate { StartToken = i, EndToken = i + 2, Node = new WeekdayNode(wd, mode) };
                }

                var season = TimeLexicon.SeasonStart(N(i + 1));
                if (season != 0)
                {
                    return Make(i + 2, a => RelativeSeason(a, season, shift));
                }

                return null;
            }
        }

        if (i < _n && _t[i].IsCapitalized && TimeLexicon.TryWeekday(N(i), out var day))
        {
            return new Candidate { StartToken = i, EndToken = i + 1, Node = new WeekdayNode(day, WeekdayMode.Bare) };
        }

        return null;
    }

    private static DateRange RelativeMonth(LocalDate anchor, int month, int shift)
    {
        var thisYear = DateRange.Month(anchor.Year, month);
        var anchorMonth = new LocalDate(anchor.Year, anchor.Month, 1);
        return shift switch
        {
            < 0 => thisYear.Earliest < anchorMonth ? thisYear : DateRange.Month(anchor.Year - 1, month),
            > 0 => thisYear.Earliest > anchorMonth ? thisYear : DateRange.Month(anchor.Year + 1, month),
            _ => thisYear,
        };
    }

    private static DateRange RelativeSeason(LocalDate anchor, int startMonth, int shift)
    {
        var options = Enumerable.Range(anchor.Year - 2, 4).Select(y => DateMath.Season(y, startMonth)).ToList();
        return shift switch
        {
            < 0 => options.Last(s => s.Latest < anchor),
            > 0 => options.First(s => s.Earliest > anchor),
            _ => options.Any(s => s.Contains(anchor)) ? options.First(s => s.Contains(anchor)) : DateMath.Season(anchor.Year, startMonth),
        };
    }

    // ---- counted from another date -------------------------------------------------------------------------

    private Candidate? Reference(int i)
    {
        Candidate Make(int end, int shift) => new()
        {
            StartToken = i,
            EndToken = end,
            Node = new ReferenceNode(d => DateRange.Day(d.PlusDays(shift))),
        };

        if ((Is(i, "the") && Is(i + 1, "same") && N(i + 2) is "day" or "date") || (Is(i, "that") && Is(i + 1, "same") && Is(i + 2, "day")))
        {
            return Make(i + 3, 0);
        }

        if (N(i) is "later" or "earlier" && Is(i + 1, "that") && Is(i + 2, "day"))
        {
            return Make(i + 3, 0);
        }

        // "held earlier in the day": the day the story is about, not a day of its own.
        if (N(i) is "later" or "earlier" && Is(i + 1, "in") && Is(i + 2, "the") && Is(i + 3, "day"))
        {
            return Make(i + 4, 0);
        }

        if (Is(i, "that") && Is(i + 1, "day"))
        {
            return Make(i + 2, 0);
        }

        if (Is(i, "the") && N(i + 1) is "next" or "following" && Is(i + 2, "day"))
        {
            return Make(i + 3, 1);
        }

        if (Is(i, "the") && N(i + 1) is "previous" or "preceding" && Is(i + 2, "day"))
        {
            return Make(i + 3, -1);
        }

        if (Is(i, "the") && Is(i + 1, "day") && N(i + 2) is "after" or "before" && N(i + 3) is not ("yesterday" or "tomorrow"))
        {
            return CountedFrom(i, i + 2, 1, TimeUnit.Day);
        }

        return null;
    }

    /// <summary>"two days later", "a year ago", "one day after the 10 November ceasefire".</summary>
    private Candidate? Offset(int i)
    {
        if (NumberAt(i) is not { } number || !TimeLexicon.TryUnit(N(number.End), out var unit) || number.Value <= 0)
        {
            return null;
        }

        var k = number.End + 1;
        var n = number.Value;
        switch (N(k))
        {
            case "ago":
                return new Candidate
                {
                    StartToken = i,
                    EndToken = k + 1,
                    Node = Ago(n, unit),
                };
            case "later" or "earlier":
            {
                var sign = N(k) == "later" ? 1 : -1;
                return new Candidate
                {
                    StartToken = i,
                    EndToken = k + 1,
                    Node = CountedFromReference(sign * n, unit),
                };
            }

            case "after" or "before":
                return CountedFrom(i, k, n, unit);
            default:
                return null;
        }
    }

    /// <summary>An offset "after"/"before" at <paramref name="k"/>: from the date that follows, the date just before, or one later in the sentence.</summary>
    private Candidate CountedFrom(int i, int k, int n, TimeUnit unit)
    {
        var sign = N(k) == "after" ? 1 : -1;
        var at = Is(k + 1, "the") ? k + 2 : k + 1;
        if (TryDayDate(at, out var day) || TryDayDate(k + 1, out day))
        {
            var node = DayNode(day.Parts).Map(r => r.Precision == DatePrecision.Day ? LinkedNode.Offset(r.Earliest, sign * n, unit) : null);
            return new Candidate { StartToken = i, EndToken = day.End, Node = node, HasExplicitYear = day.Parts.Year is not null };
        }

        if (_periods.Match(_t, at) is { } period)
        {
            var from = sign > 0 ? period.Range.Latest : period.Range.Earliest;
            return new Candidate
            {
                StartToken = i,
                EndToken = period.End,
                Node = new FixedNode(LinkedNode.Offset(from, sign * n, unit)),
                HasExplicitYear = true,
            };
        }

        // "Two days after, the troops left": counted from the last day named.
        if (k + 1 >= _n || _t[k + 1].Kind == TokenKind.Punctuation)
        {
            return new Candidate
            {
                StartToken = i,
                EndToken = k + 1,
                Node = CountedFromReference(sign * n, unit),
            };
        }

        // "on February 25, two days after the dismissal": the phrase describes the date just named.
        if (Is(i - 1, ",") && _lastEnd == i - 1)
        {
            return new Candidate { StartToken = i, EndToken = k + 1, Node = new ReferenceNode(d => DateRange.Day(d)) };
        }

        return new Candidate { StartToken = i, EndToken = k + 1, Node = new LinkedNode(sign * n, unit) };
    }

    // ---- ranges and durations ------------------------------------------------------------------------------

    private Candidate? Since(int i)
    {
        // "Starting in 2020", "beginning in March": a stretch that runs from then, as "since" does.
        var startingIn = Is(i, "starting") || Is(i, "beginning") ? (Is(i + 1, "in") || Is(i + 1, "from") ? i + 2 : -1) : 0;
        if (startingIn < 0 || (startingIn == 0 && !Is(i, "since") && !(Is(i, "ever") && Is(i + 1, "since"))))
        {
            return null;
        }

        var at = startingIn > 0 ? startingIn : Is(i, "ever") ? i + 2 : i + 1;
        if (Inner(at) is not { } inner)
        {
            return null;
        }

        var start = inner.IsNamedPeriod && inner.Node is FixedNode f ? new FixedNode(DateRange.Day(f.Range.Latest)) : inner.Node;
        return new Candidate
        {
            StartToken = i,
            EndToken = inner.EndToken,
            Node = new SinceNode(start),
            IsNamedPeriod = inner.IsNamedPeriod,
            Origin = inner.IsNamedPeriod && inner.Node is FixedNode period ? period.Range : null,
            HasExplicitYear = inner.HasExplicitYear,
        };
    }

    private Candidate? FromTo(int i) =>
        Is(i, "from") ? Range(i, i + 1, ["to", "until", "till", "through", "-"]) : null;

    private Candidate? Between(int i) =>
        Is(i, "between") ? Range(i, i + 1, ["and"]) : null;

    private Candidate? Range(int i, int at, string[] separators)
    {
        var first = Inner(at);
        var sep = first?.EndToken ?? AfterOrdinal(at);
        if (!separators.Contains(N(sep)))
        {
            return null;
        }

        var second = Inner(sep + 1);
        if (second is null)
        {
            return null;
        }

        TimeNode from;
        if (first is null)
        {
            // "between 24 and 25 February": a bare day takes the month (and year) of the second date.
            if (DayAt(at) is not { } d || second.Day is not { } parts)
            {
                return null;
            }

            from = DayNode(parts with { FirstDay = d, LastDay = d, Weekday = null });
        }
        else
        {
            from = first.Node;
        }

        // "from March to May 2023": a year-less start takes the end's year.
        if (from is YearlessNode yearless && second.Node is FixedNode end)
        {
            var y = end.Range.Latest.Year;
            var r = yearless.ForYear(y) is { } same && same.Earliest <= end.Range.Latest ? same : yearless.ForYear(y - 1);
            from = r is { } fixedStart ? new FixedNode(fixedStart) : from;
        }

        return new Candidate
        {
            StartToken = i,
            EndToken = second.EndToken,
            Node = new RangeNode(from, second.Node),
            HasExplicitYear = second.HasExplicitYear,
        };
    }

    /// <summary>"over the past two years", "in the last three months", "for the past 30 years".</summary>
    private Candidate? PastStretch(int i)
    {
        var j = i;
        var isFor = Is(j, "for");
        if (N(j) is "over" or "in" or "during" or "within" or "for" or "throughout")
        {
            j++;
        }

        if (!Is(j, "the") || N(j + 1) is not ("past" or "last"))
        {
            return null;
        }

        var k = j + 2;
        var count = 1;
        if (NumberAt(k) is { Article: false } number)
        {
            count = number.Value;
            k = number.End;
        }

        if (!TimeLexicon.TryUnit(N(k), out var unit) || Is(k + 1, "of") || count <= 0)
        {
            return null;
        }

        return new Candidate
        {
            StartToken = i,
            EndToken = k + 1,
            Node = new StretchNode(count, unit),
            IsDuration = isFor,
        };
    }

    // "for a third day": the ordinal days a happening has run.
    private static readonly Dictionary<string, int> OrdinalDays = new(StringComparer.Ordinal)
    {
        ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8,
        ["ninth"] = 9, ["tenth"] = 10, ["2nd"] = 2, ["3rd"] = 3, ["4th"] = 4, ["5th"] = 5, ["6th"] = 6, ["7th"] = 7,
    };

    /// <summary>
    /// "for a third day on Tuesday", "for the second consecutive day", "for a fourth day running": the days a happening
    /// has run, ending on the day named after it or, with none, on the anchor.
    /// </summary>
    private Candidate? NthDay(int i)
    {
        var k = i + 1;
        if (N(k) is not ("a" or "the") || !OrdinalDays.TryGetValue(N(k + 1), out var days))
        {
            return null;
        }

        k += 2;
        if (N(k) is "straight" or "consecutive" or "successive")
        {
            k++;
        }

        if (!Is(k, "day"))
        {
            return null;
        }

        k++;
        if (Is(k, "running"))
        {
            k++;
        }
        else if (Is(k, "in") && Is(k + 1, "a") && Is(k + 2, "row"))
        {
            k += 3;
        }

        DateRange Back(DateRange last) => new(last.Latest.PlusDays(1 - days), last.Latest, DatePrecision.Days);
        if (Is(k, "on") && Inner(k + 1) is { } day)
        {
            return new Candidate { StartToken = i, EndToken = day.EndToken, Node = day.Node.Map(r => r.IsSingleDay ? Back(r) : null) };
        }

        return new Candidate { StartToken = i, EndToken = k, Node = new RelativeNode(a => Back(DateRange.Day(a))) };
    }

    /// <summary>"for over nine months", "44 days", "over three decades".</summary>
    private Candidate? Duration(int i)
    {
        var j = i;
        var isFor = Is(j, "for");
        if (isFor)
        {
            j++;
        }

        var modified = false;
        while (true)
        {
            if (TimeLexicon.ApproximationWords.Contains(N(j)))
            {
                j++;
                modified = true;
            }
            else if (N(j) is "more" or "less" or "fewer" && Is(j + 1, "than"))
            {
                j += 2;
                modified = true;
            }
            else if (N(j) is "at" or "up" && N(j + 1) is "least" or "to")
            {
                j += 2;
                modified = true;
            }
            else
            {
                break;
            }
        }

        if (NumberAt(j) is not { } number || number.Value <= 0 || !TimeLexicon.TryUnit(N(number.End), out var unit))
        {
            return null;
        }

        var end = number.End + 1;
        if (IsDash(end) || N(end) is "ago" or "later" or "earlier" or "after" or "before" or "old")
        {
            return null;
        }

        var weak = number.Article || (number.Word && number.Value == 1);
        if (weak && !isFor && !modified)
        {
            return null; // "one day we should", "twice a year"
        }

        if (!number.Word && TimeLexicon.NumberLabels.Contains(N(j - 1)))
        {
            return null;
        }

        return new Candidate
        {
            StartToken = i,
            EndToken = end,
            Node = new StretchNode(number.Value, unit),
            IsDuration = true,
        };
    }
}

/// <summary>The patterns of <see cref="TimeParser"/>, as the set a token can begin.</summary>
[Flags]
internal enum TimePatterns
{
    None = 0,
    NamedPeriod = 1 << 0,
    Since = 1 << 1,
    FromTo = 1 << 2,
    Between = 1 << 3,
    PastStretch = 1 << 4,
    Duration = 1 << 5,
    Offset = 1 << 6,
    Reference = 1 << 7,
    Relative = 1 << 8,
    Part = 1 << 9,
    DayDates = 1 << 10,
    Month = 1 << 11,
    Year = 1 << 12,
    Decade = 1 << 13,
    Season = 1 << 14,
}
