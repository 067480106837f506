using Parley.Extraction.Matching;
using Parley.Model;
using Parley.Text;
using Parley.Time;

namespace Parley.Extraction.Events.Dates;

/// <summary>
/// Whether a date of the sentence belongs to a trigger or to some other word: a noun it premodifies ("under a 1997
/// treaty"), another noun it follows, a comparison's baseline, a relative clause, or a clause behind a comma or dash.
/// </summary>
internal static class DateAttachment
{
    // Words that end the noun phrase a date opens: prepositions, conjunctions, pronouns and auxiliaries.
    private static readonly HashSet<string> NotNouns = new(StringComparer.Ordinal)
    {
        "and", "or", "to", "of", "in", "on", "at", "by", "for", "from", "with", "when", "that", "which", "who", "after", "before", "until",
        "was", "were", "is", "are", "has", "have", "had", "will", "would", "be", "been",
    };

    private static readonly HashSet<string> Superlatives = new(StringComparer.Ordinal)
    {
        "first", "worst", "most", "biggest", "largest", "heaviest", "deadliest", "bloodiest", "fiercest", "highest", "greatest",
        "strongest", "longest", "toughest", "gravest",
    };

    /// <summary>Words a comparison's noun phrase does not reach back over.</summary>
    private static readonly HashSet<string> NounPhraseEnds = new(StringComparer.Ordinal)
    {
        ",", ";", ":", "--", "(", "that", "which", "who", "when", "was", "were", "is", "are", "has", "have", "had", "been", "be",
    };

    private static readonly HashSet<string> FramingPrepositions = new(StringComparer.Ordinal)
    {
        "in", "during", "at", "since", "after", "before", "until", "following", "amid", "throughout",
    };

    /// <summary>A one-word named period ("the blockade", "the war") with no word of time before it.</summary>
    internal static bool IsBareEpisodeName(SentenceContext ctx, TimeExpression time)
    {
        if (time.IsAnchored || time.IsDuration || HasDigit(time.Text))
        {
            return false;
        }

        var words = WordCount(time.Text);
        if (words is not (1 or 2) || (words == 2 && !FirstWord(time.Text).Equals("the", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var at = ctx.Analysis.TokenIndexAt(time.Span.Start) - 1;
        if (at >= ctx.FirstToken && ctx.Word(at) == "the")
        {
            at--;
        }

        // "With the exodus now complete, ...": an opening absolute phrase sets the time of the sentence too.
        return at < ctx.FirstToken || !(ctx.Word(at) is "during" or "since" or "amid" or "amidst" or "throughout" or "before" or
            "after" or "until" or "till" or "following" or "by" or "in" or "through" or "over" || (at == ctx.FirstToken && ctx.Word(at) == "with"));
    }

    internal static bool DatesAnotherNoun(SentenceContext ctx, TimeExpression time, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        var at = ctx.Analysis.TokenIndexAt(time.Span.Start);
        // "The night of May 3", "the end of 2022": the noun is part of the date, not something it dates.
        return at - 1 > ctx.FirstToken && ctx.Word(at - 1) == "of" && at - 2 != trigger.LastToken && ctx.Tokens[at - 2].IsWord &&
               ctx.Word(at - 2) is not ("night" or "morning" or "evening" or "afternoon" or "day" or "days" or "week" or "weeks" or
                   "weekend" or "end" or "beginning" or "start" or "middle" or "half" or "spring" or "summer" or "autumn" or "fall" or
                   "winter" or "dawn" or "eve" or "month" or "months" or "year" or "years" or "first" or "second" or "last");
    }

    /// <summary>
    /// True when <paramref name="time"/> stands between an article and a noun other than the trigger: "under a 1997
    /// treaty", "violating the 2020 statement" date that noun, not a happening the sentence tells of ("the March 1
    /// meeting" dates the trigger it comes before).
    /// </summary>
    internal static bool PremodifiesAnotherNoun(SentenceContext ctx, TimeExpression time, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        var first = ctx.Analysis.TokenIndexAt(time.Span.Start);
        var next = ctx.Analysis.TokenIndexAt(time.Span.End);
        // A year or a day ends a premodifying date; a named period ("the first Karabakh war") is a noun phrase of its
        // own. "in a 2020 offensive", "at the 2019 summit": a noun that frames the happening in time dates it.
        if (first <= ctx.FirstToken || next > ctx.LastToken || ctx.Tokens[next - 1].Kind != TokenKind.Number ||
            ctx.Word(first - 1) is not ("a" or "an" or "the") || FramingPrepositions.Contains(ctx.Word(first - 2)))
        {
            return false;
        }

        // The words of the noun phrase the date opens ("the 2020 tripartite agreement", "the March 1 Khojaly meeting"):
        // when the trigger is among them, the date is its own.
        var words = 0;
        for (var i = next; i <= ctx.LastToken && i < next + 3 && ctx.Tokens[i].IsWord && !NotNouns.Contains(ctx.Word(i)); i++, words++)
        {
            if (i >= trigger.FirstToken && i <= trigger.LastToken)
            {
                return false;
            }
        }

        return words > 0;
    }

    /// <summary>
    /// True when <paramref name="time"/> is the baseline of a comparison: "the worst fighting since last year's war",
    /// "their first meeting since May", "the heaviest fighting with Azerbaijan since 2020" measure a happening against
    /// the time, they do not date it. The superlative must be in the same noun phrase as "since" (no verb, comma or
    /// relative pronoun between them). So is the span a repetition is counted in ("for the third time this year").
    /// </summary>
    internal static bool IsComparisonBaseline(SentenceContext ctx, TimeExpression time)
    {
        var since = ctx.Analysis.TokenIndexAt(time.Span.Start);
        // "cut for the third time this year", "the second time in a month": the span a repetition is counted in.
        if (time.Range.Precision is not DatePrecision.Days && (ctx.Word(since - 1) == "time" || (ctx.Word(since - 1) == "in" && ctx.Word(since - 2) == "time")))
        {
            return true;
        }

        return IsSinceSuperlative(ctx, since) && !OpensWhenClause(ctx, time);
    }

    /// <summary>
    /// True when <paramref name="time"/> is a comparison's baseline that a "when" clause right after it tells of ("the
    /// deadliest since September 2022, when two days of fighting killed 300 soldiers"): it dates the happening of that
    /// clause, and nothing before it.
    /// </summary>
    internal static bool IsBaselineOfWhenClause(SentenceContext ctx, TimeExpression time) =>
        OpensWhenClause(ctx, time) && IsSinceSuperlative(ctx, ctx.Analysis.TokenIndexAt(time.Span.Start));

    /// <summary>True when ", when" or "when" follows <paramref name="time"/>.</summary>
    private static bool OpensWhenClause(SentenceContext ctx, TimeExpression time)
    {
        var after = ctx.Analysis.TokenIndexAt(time.Span.End - 1) + 1;
        return ctx.Word(after) == "when" || (ctx.Word(after) == "," && ctx.Word(after + 1) == "when");
    }

    /// <summary>True when token <paramref name="since"/> is "since" after a superlative in the same noun phrase.</summary>
    private static bool IsSinceSuperlative(SentenceContext ctx, int since)
    {
        if (ctx.Word(since) != "since")
        {
            return false;
        }

        // ("the first cargo to pass the Hakari bridge checkpoint since July": an infinitive may stand in the phrase.)
        for (var i = since - 1; i >= ctx.FirstToken && i >= since - 10; i--)
        {
            var word = ctx.Word(i);
            if (Superlatives.Contains(word))
            {
                return true;
            }

            if (NounPhraseEnds.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="time"/> comes after a verb or weak trigger inside a relative clause opened after a
    /// comma or a preposition ("oppose the transfer of the villages, which was agreed on 19 April"): it dates that
    /// clause's own happening. (A noun trigger's relative clause often tells of the noun itself: "the meeting, which
    /// was held on 5 May".)
    /// </summary>
    internal static bool InRelativeClauseAfter(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, TimeExpression time)
    {
        if (trigger.Payloads[0].Form == TriggerForm.Noun || time.Span.Start < trigger.Span.End)
        {
            return false;
        }

        // The clause runs to the date unless a comma closes it first ("visited Stepanakert, which Baku calls
        // Khankendi, on Sunday": an aside, and the date is the visit's).
        var at = ctx.Analysis.TokenIndexAt(time.Span.Start);
        for (var i = at - 1; i > trigger.LastToken; i--)
        {
            // ("detained X, the businessman who served as minister until February, on Wednesday": "who" after a noun
            // opens a clause about that person too.)
            if (Clauses.OpensRelativeClause(ctx, i) || (ctx.Word(i) is "who" or "whom" or "whose" && ctx.Tokens[i - 1].IsWord))
            {
                return true;
            }

            // ("detained on suspicion of war crimes committed during the war in the early 1990s": a participle after a noun
            // tells of that noun's own past; years or more named there are its time.)
            if (time.Range.Precision >= DatePrecision.Year && i - 1 > trigger.LastToken && ctx.Word(i).Length > 4 && ctx.Word(i).EndsWith("ed", StringComparison.Ordinal) &&
                ctx.Tokens[i - 1] is { IsWord: true, IsCapitalized: false } noun && noun.Normalized.EndsWith('s') && noun.Normalized is not ("was" or "has" or "is" or "as" or "its" or "this"))
            {
                return true;
            }

            if (ctx.Word(i) == ",")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The token of "who" or "which" opening a relative clause the trigger at <paramref name="at"/> is the verb of ("who fled", "which had been blocked"), or null.</summary>
    internal static int? RelativePronounBefore(SentenceContext ctx, int at)
    {
        for (var i = at - 1; i >= ctx.FirstToken && i >= at - 3; i--)
        {
            var word = ctx.Word(i);
            if (word is "who" or "which")
            {
                return i;
            }

            if (!(word is "had" or "have" or "has" or "was" or "were" or "been" or "later" or "then" or "recently" or "reportedly" || word.EndsWith("ly", StringComparison.Ordinal)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "the blockade" read as the named period it usually means: it dates nothing but itself, unlike a full
    /// name ("the 2020 Karabakh war") that places a background event.
    /// </summary>
    internal static bool IsGenericName(SentenceContext ctx, TimeExpression time, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        var span = ctx.SpanOf(trigger.FirstToken, trigger.LastToken);
        if (!time.Span.Overlaps(span))
        {
            return false;
        }

        var text = time.Text.AsSpan();
        var words = WordCount(text);
        return words - (FirstWord(text).Equals("the", StringComparison.OrdinalIgnoreCase) ? 1 : 0) <= 1;
    }

    /// <summary>The number of words of <paramref name="text"/> split at spaces (as <c>Split(' ', RemoveEmptyEntries)</c> counts them).</summary>
    private static int WordCount(ReadOnlySpan<char> text)
    {
        var words = 0;
        for (var i = 0; i < text.Length; i++)
        {
            words += text[i] != ' ' && (i == 0 || text[i - 1] == ' ') ? 1 : 0;
        }

        return words;
    }

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first word of <paramref name="text"/> split at spaces, or an empty span.</summary>
    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> text)
    {
        text = text.TrimStart(' ');
        var end = text.IndexOf(' ');
        return end < 0 ? text : text[..end];
    }

    /// <summary>
    /// A date dates a noun when nothing but words lies between them ("the blockade since December 12") or when
    /// it opens the sentence ("On March 1, ..."); a date behind a comma or a dash belongs to another clause
    /// ("the meeting comes as ... – governed since the 1990s").
    /// </summary>
    internal static bool DatesItsClause(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, TimeExpression time)
    {
        var text = ctx.Analysis.Text;
        var span = ctx.SpanOf(trigger.FirstToken, trigger.LastToken);
        if (time.Span.Overlaps(span))
        {
            return true;
        }

        var (from, to) = time.Span.End <= span.Start ? (time.Span.End, span.Start) : (span.End, time.Span.Start);
        if (!CrossesClauseMark(ctx, from, to))
        {
            return true;
        }

        // "Protests against the handover, led by the archbishop, drew thousands to Yerevan on May 9": an aside between
        // commas after the noun's own phrase leaves the noun the subject of the clause the date is in.
        if (time.Span.Start >= span.End && AsideAfter(text, span.End, to) is var close and > 0 && !CrossesClauseMark(ctx, close + 1, to))
        {
            return true;
        }

        // "talks between Bayramov and his counterpart Mirzoyan, hosted by Nurtleu, which ended early on Saturday": a
        // relative clause on the noun's phrase, past at most one aside, tells in its own verb when the happening ran.
        if (time.Span.Start >= span.End && InRelativeClauseOf(ctx, trigger, time))
        {
            return true;
        }

        // A fronted adverbial ("On March 1, ...", "When clashes erupted on May 3, ..."): no comma before the date, and
        // a short lead-in; a long opening phrase ("Speaking at a meeting held earlier in the day, ...") dates itself.
        var lead = text.AsSpan(ctx.Sentence.Span.Start, time.Span.Start - ctx.Sentence.Span.Start);
        return time.Span.End <= span.Start && !lead.Contains(',') && WordCount(lead) <= 8;
    }

    /// <summary>
    /// True when <paramref name="time"/> stands in a "which" or "that" clause whose verb is past ("which ended on
    /// Saturday", "that began on Monday", "which had opened on May 3") and which opens at the comma that closes the
    /// trigger's own phrase (its "between" and "of" names included), or at the comma that closes one aside after it
    /// ("the talks, hosted by Kazakhstan, which ended on Saturday"). A passive ("which was signed on Monday") tells
    /// of something done to the happening, not when it ran, unless its verb is "held".
    /// </summary>
    private static bool InRelativeClauseOf(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, TimeExpression time)
    {
        var reach = TriggerDates.ReachAfter(ctx, TriggerPhrase.OfComplement(ctx, trigger)?.LastToken ?? trigger.LastToken, 6);
        var comma = ctx.Find(",", trigger.LastToken + 1, reach + 1);
        if (comma < 0 || ClauseMarkAmong(ctx, trigger.LastToken + 1, comma))
        {
            return false;
        }

        var opens = comma + 1;
        if (ctx.Word(opens) is not ("which" or "that"))
        {
            var close = ctx.Find(",", comma + 1, Math.Min(ctx.LastToken, comma + 14));
            if (close < 0 || ClauseMarkAmong(ctx, comma + 1, close))
            {
                return false;
            }

            opens = close + 1;
        }

        if (ctx.Word(opens) is not ("which" or "that") || time.Span.Start < ctx.Tokens[opens].Span.End || CrossesClauseMark(ctx, ctx.Tokens[opens].Span.End, time.Span.Start))
        {
            return false;
        }

        var verb = opens + 1;
        if (ctx.Word(verb) is "had" or "has" or "have")
        {
            verb++;
        }

        if (ctx.Word(verb) is "was" or "were")
        {
            return ctx.Word(verb + 1) == "held";
        }

        var word = ctx.Word(verb);
        return word.EndsWith("ed", StringComparison.Ordinal) || word is "began" or "begun" or "took" or "broke" or "ran" or "went";
    }

    /// <summary>True when a semicolon, colon, dash or parenthesis stands among tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static bool ClauseMarkAmong(SentenceContext ctx, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (ctx.Word(i) is ";" or ":" or "(" or ")" or "–" or "—" or "--")
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create(";:()–—");

    /// <summary>
    /// The closing comma of an aside that opens within five words after <paramref name="from"/> and closes within twelve
    /// more, before <paramref name="to"/>; or -1.
    /// </summary>
    private static int AsideAfter(string text, int from, int to)
    {
        var open = text.IndexOf(',', from, to - from);
        if (open < 0 || WordCount(text.AsSpan(from, open - from)) > 5 || text.AsSpan(from, open - from).IndexOfAny(ClauseMarks) >= 0)
        {
            return -1;
        }

        var close = text.IndexOf(',', open + 1, to - open - 1);
        return close < 0 || WordCount(text.AsSpan(open + 1, close - open - 1)) > 12 || text.AsSpan(open + 1, close - open - 1).IndexOfAny(ClauseMarks) >= 0 ? -1 : close;
    }

    /// <summary>
    /// A comma, semicolon or dash between two points, except the commas of a place and date list
    /// ("in Moscow, Russia, March 20"): commas only count when a word other than a preposition follows them, and
    /// a parenthesis only when it is not closed in between.
    /// </summary>
    private static bool CrossesClauseMark(SentenceContext ctx, int from, int to)
    {
        var text = ctx.Analysis.Text;
        for (var i = from; i < to && i < text.Length; i++)
        {
            // "established at noon (local time) on April 23": an aside closed before the date leaves the clause whole.
            if (text[i] == '(' && text.IndexOf(')', i, to - i) is var close and > 0)
            {
                i = close;
                continue;
            }

            // "at 12:00": the colon of a clock time.
            if (text[i] == ':' && i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]))
            {
                continue;
            }

            if (text[i] is ';' or ':' or '–' or '—' or '(' or ')')
            {
                return true;
            }

            if (text[i] == ',' && !FollowedByName(ctx, i + 1, to))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when only white space lies between <paramref name="at"/> and <paramref name="to"/>, or a name or a date of the sentence starts after it.</summary>
    private static bool FollowedByName(SentenceContext ctx, int at, int to)
    {
        var text = ctx.Analysis.Text;
        while (at < to && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        if (at >= to)
        {
            return true;
        }

        for (var k = 0; k < ctx.Mentions.Count; k++)
        {
            if (ctx.Tokens[ctx.Mentions[k].FirstToken].Span.Start == at)
            {
                return true;
            }
        }

        for (var k = 0; k < ctx.Times.Count; k++)
        {
            if (ctx.Times[k].Span.Start == at)
            {
                return true;
            }
        }

        return false;
    }
}
