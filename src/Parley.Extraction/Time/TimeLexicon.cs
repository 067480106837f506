using NodaTime;

namespace Parley.Extraction.Time;

/// <summary>Units a duration or an offset is counted in.</summary>
internal enum TimeUnit
{
    Day,
    Week,
    Month,
    Year,
    Decade,
}

/// <summary>A part of a longer period ("early", "mid", "late", "the end of").</summary>
internal enum PeriodPart
{
    Early,
    Mid,
    Late,
    Beginning,
    Middle,
    End,
    FirstHalf,
    SecondHalf,
}

/// <summary>The words of English date expressions, in the tokenizer's normalised (lower-case) form.</summary>
internal static class TimeLexicon
{
    private static readonly Dictionary<string, int> FullMonths = new(StringComparer.Ordinal)
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6,
        ["july"] = 7, ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
    };

    private static readonly Dictionary<string, int> AbbreviatedMonths = new(StringComparer.Ordinal)
    {
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8,
        ["sep"] = 9, ["sept"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    };

    private static readonly Dictionary<string, IsoDayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["monday"] = IsoDayOfWeek.Monday, ["tuesday"] = IsoDayOfWeek.Tuesday, ["wednesday"] = IsoDayOfWeek.Wednesday,
        ["thursday"] = IsoDayOfWeek.Thursday, ["friday"] = IsoDayOfWeek.Friday, ["saturday"] = IsoDayOfWeek.Saturday,
        ["sunday"] = IsoDayOfWeek.Sunday,
    };

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, TimeUnit> Units = new(StringComparer.Ordinal)
    {
        ["day"] = TimeUnit.Day, ["days"] = TimeUnit.Day, ["week"] = TimeUnit.Week, ["weeks"] = TimeUnit.Week,
        ["month"] = TimeUnit.Month, ["months"] = TimeUnit.Month, ["year"] = TimeUnit.Year, ["years"] = TimeUnit.Year,
        ["decade"] = TimeUnit.Decade, ["decades"] = TimeUnit.Decade,
    };

    /// <summary>Words after which a bare month name ("in May") or a season is a date, not a verb or a noun.</summary>
    public static readonly HashSet<string> MonthCues = new(StringComparer.Ordinal)
    {
        "in", "since", "until", "till", "by", "of", "last", "this", "next", "early", "mid", "late", "from",
        "through", "throughout", "during", "before", "after", "between", "past", "coming", "that", "following",
    };

    /// <summary>Words after which a bare four-digit number is a year.</summary>
    public static readonly HashSet<string> YearCues = new(StringComparer.Ordinal)
    {
        "in", "since", "of", "by", "until", "till", "from", "through", "throughout", "before", "after", "during",
        "for", "circa", "around", "early", "mid", "late", "year", "spring", "summer", "autumn", "fall", "winter",
    };

    /// <summary>Words that put the date that follows them in the future of the text's writing.</summary>
    public static readonly HashSet<string> FutureCues = new(StringComparer.Ordinal)
    {
        "will", "shall", "would", "plan", "plans", "planned", "planning", "scheduled", "schedule", "expected",
        "expects", "expect", "due", "intends", "intend", "intended", "upcoming", "ahead", "deadline", "aims",
        "aim", "forthcoming", "next",
    };

    /// <summary>Words after which a look-back for future cues stops (a reported past).</summary>
    public static readonly HashSet<string> PastStops = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "stated", "states", "told", "tells", "announced", "announces", "reported",
        "reports", "claimed", "noted", "added", "according", "wrote", "declared", "was", "were", "had", "did",
    };

    /// <summary>Words before a number that make it a label, not a day ("point 9", "Article 9").</summary>
    public static readonly HashSet<string> NumberLabels = new(StringComparer.Ordinal)
    {
        "point", "points", "article", "articles", "paragraph", "paragraphs", "clause", "section", "item",
        "chapter", "resolution", "page", "number", "no", "nos", "part", "annex", "protocol", "rule", "provision",
    };

    /// <summary>Modifiers of a duration's length ("over nine months").</summary>
    public static readonly HashSet<string> ApproximationWords = new(StringComparer.Ordinal)
    {
        "over", "nearly", "almost", "about", "around", "some", "roughly", "approximately", "under", "just",
    };

    /// <summary>Every word that names a month, a weekday or a number, as the tables hold them.</summary>
    public static IEnumerable<string> MonthNames => FullMonths.Keys.Concat(AbbreviatedMonths.Keys);

    public static IEnumerable<string> WeekdayNames => Weekdays.Keys;

    public static IEnumerable<string> NumberWordNames => NumberWords.Keys;

    /// <summary>The month a full or abbreviated month name stands for, or 0.</summary>
    public static int Month(string normalized, out bool abbreviated)
    {
        if (FullMonths.TryGetValue(normalized, out var m))
        {
            abbreviated = false;
            return m;
        }

        abbreviated = true;
        return AbbreviatedMonths.TryGetValue(normalized, out m) ? m : 0;
    }

    /// <summary>The weekday a name stands for.</summary>
    public static bool TryWeekday(string normalized, out IsoDayOfWeek day) => Weekdays.TryGetValue(normalized, out day);

    /// <summary>The value of a number word ("nine").</summary>
    public static bool TryNumberWord(string normalized, out int value) => NumberWords.TryGetValue(normalized, out value);

    /// <summary>The unit a word names ("months").</summary>
    public static bool TryUnit(string normalized, out TimeUnit unit) => Units.TryGetValue(normalized, out unit);

    /// <summary>The part of a period a modifier word names.</summary>
    public static bool TryPart(string normalized, out PeriodPart part)
    {
        part = normalized switch
        {
            "early" => PeriodPart.Early,
            "mid" => PeriodPart.Mid,
            "late" => PeriodPart.Late,
            _ => (PeriodPart)(-1),
        };
        return (int)part >= 0;
    }

    /// <summary>The part named by "the end/beginning/start/middle of" (the noun).</summary>
    public static bool TryPartNoun(string normalized, out PeriodPart part)
    {
        part = normalized switch
        {
            "end" => PeriodPart.End,
            "beginning" or "start" => PeriodPart.Beginning,
            "middle" => PeriodPart.Middle,
            _ => (PeriodPart)(-1),
        };
        return (int)part >= 0;
    }

    /// <summary>The first month of a season (winter starts in December of its year).</summary>
    public static int SeasonStart(string normalized) => normalized switch
    {
        "spring" => 3,
        "summer" => 6,
        "autumn" or "fall" => 9,
        "winter" => 12,
        _ => 0,
    };
}
