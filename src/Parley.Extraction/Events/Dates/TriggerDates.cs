using Parley.Extraction.Entities;
using Parley.Extraction.Matching;
using Parley.Model;
using Parley.Packs;
using Parley.Pipeline;
using Parley.Text;
using Parley.Time;

namespace Parley.Extraction.Events.Dates;

/// <summary>
/// Which of a sentence's dates date a trigger: the one nearest to it, each of a list of days it belongs to, or a
/// named period that holds it — passing over dates that belong to another noun, clause or comparison.
/// </summary>
internal static class TriggerDates
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

    private static readonly HashSet<string> FramingPrepositions = new(StringComparer.Ordinal)
    {
        "in", "during", "at", "since", "after", "before", "until", "following", "amid", "throughout",
    };

    /// <summary>
    /// The sentence's dates for a trigger: the one nearest to it, or every day of a list it belongs to
    /// ("on September 25, 29 and October 2" is three happenings).
    /// </summary>
    internal static List<TimeExpression> DatesFor(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<TimeExpression> own, List<TimeExpression> cited)
    {
        // A sentence without dates of its own has none to give (the usual case; the steps below would end the same).
        if (own.Count == 0)
        {
            return [];
        }

        return DatesAmong(ctx, trigger, own, cited);
    }

    // Apart from DatesFor, which answers the usual sentence, one without dates of its own, at once.
    private static List<TimeExpression> DatesAmong(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<TimeExpression> own, List<TimeExpression> cited)
    {
        if (own.Count == 1)
        {
            return TheDate(ctx, trigger, own[0], cited);
        }

        // The tests below narrow one working list in place (loops rather than LINQ: this runs for every trigger of a dated sentence).
        // "The statement of November 10, 2020": a date after "of" names the noun before it, and dates a trigger only
        // when that noun is the trigger. With every date of the sentence so bound, the cited report's date is left.
        var kept = new List<TimeExpression>(own.Count);
        foreach (var t in own)
        {
            if (!DatesAnotherNoun(ctx, t, trigger) && !PremodifiesAnotherNoun(ctx, t, trigger) && !IsComparisonBaseline(ctx, t, trigger))
            {
                kept.Add(t);
            }
        }

        if (kept.Count == 0 && own.Count > 0 && cited.Count > 0)
        {
            return [cited[0]];
        }

        if (kept.Count == 0)
        {
            kept.AddRange(own);
        }

        // "met ..., and said the blockade must end": a one-word episode name is a thing talked about; it dates
        // another happening only after a word of time ("during the blockade", "since the war").
        var n = 0;
        for (var k = 0; k < kept.Count; k++)
        {
            var t = kept[k];
            if (t.Span.Overlaps(trigger.Span) || !IsBareEpisodeName(ctx, t))
            {
                kept[n++] = t;
            }
        }

        kept.RemoveRange(n, kept.Count - n);

        // "concluded a mission on 5 October to help refugees who fled to Armenia": a relative clause tells of its own
        // time; a date before its pronoun dates the clause it hangs from.
        if (RelativePronounBefore(ctx, trigger.FirstToken) is { } pronoun)
        {
            var start = ctx.Tokens[pronoun].Span.Start;
            n = 0;
            for (var k = 0; k < kept.Count; k++)
            {
                var t = kept[k];
                if (t.Span.Start > start)
                {
                    kept[n++] = t;
                }
            }

            kept.RemoveRange(n, kept.Count - n);
        }

        if (kept.Count == 0)
        {
            return [];
        }

        // The nearest date, preferring one in the trigger's own clause (no comma or semicolon between them):
        // "on April 22, a checkpoint was established on April 23" dates the checkpoint April 23.
        var at = ctx.Tokens[trigger.FirstToken].Span.Start;
        var text = ctx.Analysis.Text;

        // "The first blockade on December 5": a trigger that is also the name of a stretch ("the blockade") is dated
        // by the stretch only when its clause gives no date of its own.
        bool IsTrigger(TimeExpression t) => t.Span.Contains(trigger.Span);
        bool AcrossClause(TimeExpression t) => Clauses.CrossesClause(text, Math.Min(t.Span.End, at), Math.Max(t.Span.Start, at));
        var near = new CharSpan(ctx.Tokens[Math.Max(ctx.FirstToken, trigger.FirstToken - 4)].Span.Start, ctx.Tokens[Math.Min(ctx.LastToken, trigger.LastToken + 6)].Span.End);
        var anyTrigger = false;
        var anyNearOther = false;
        foreach (var t in kept)
        {
            anyTrigger |= IsTrigger(t);
            anyNearOther |= !IsTrigger(t) && near.Contains(t.Span) && !AcrossClause(t);
        }

        if (anyTrigger && anyNearOther)
        {
            n = 0;
            for (var k = 0; k < kept.Count; k++)
            {
                var t = kept[k];
                if (!IsTrigger(t))
                {
                    kept[n++] = t;
                }
            }

            kept.RemoveRange(n, kept.Count - n);
        }

        // The first of the nearest, by (clause crossed, distance); a loop rather than a sort.
        var nearest = -1;
        var (bestAcross, bestDistance) = (int.MaxValue, int.MaxValue);
        for (var k = 0; k < kept.Count; k++)
        {
            var across = AcrossClause(kept[k]) ? 1 : 0;
            var distance = Math.Abs(kept[k].Span.Start - at);
            if (across < bestAcross || (across == bestAcross && distance < bestDistance))
            {
                (nearest, bestAcross, bestDistance) = (k, across, distance);
            }
        }

        nearest = kept.IndexOf(kept[nearest]);
        if (!kept[nearest].Range.IsSingleDay)
        {
            return [kept[nearest]];
        }

        var first = nearest;
        while (first > 0 && kept[first - 1].Range.IsSingleDay && IsListGap(text, kept[first - 1].Span.End, kept[first].Span.Start))
        {
            first--;
        }

        var last = nearest;
        while (last + 1 < kept.Count && kept[last + 1].Range.IsSingleDay && IsListGap(text, kept[last].Span.End, kept[last + 1].Span.Start))
        {
            last++;
        }

        // The list's days, each once.
        var dates = new List<TimeExpression>(last - first + 1);
        for (var k = first; k <= last; k++)
        {
            if (!HasRange(dates, kept[k].Range))
            {
                dates.Add(kept[k]);
            }
        }

        return dates;
    }

    /// <summary>
    /// <see cref="DatesAmong"/> for a sentence of one date, the usual dated sentence: the same tests, with nothing to
    /// choose between, so without the working list.
    /// </summary>
    private static List<TimeExpression> TheDate(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, TimeExpression date, List<TimeExpression> cited)
    {
        if (DatesAnotherNoun(ctx, date, trigger) && cited.Count > 0)
        {
            return [cited[0]];
        }

        if (PremodifiesAnotherNoun(ctx, date, trigger) || IsComparisonBaseline(ctx, date, trigger))
        {
            return cited.Count > 0 ? [cited[0]] : [];
        }

        if (!date.Span.Overlaps(trigger.Span) && IsBareEpisodeName(ctx, date))
        {
            return [];
        }

        if (RelativePronounBefore(ctx, trigger.FirstToken) is { } pronoun && date.Span.Start <= ctx.Tokens[pronoun].Span.Start)
        {
            return [];
        }

        return [date];
    }

    private static bool HasRange(List<TimeExpression> dates, DateRange range)
    {
        foreach (var d in dates)
        {
            if (d.Range.Equals(range))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A one-word named period ("the blockade", "the war") with no word of time before it.</summary>
    private static bool IsBareEpisodeName(SentenceContext ctx, TimeExpression time)
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

    private static bool DatesAnotherNoun(SentenceContext ctx, TimeExpression time, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
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
    private static bool PremodifiesAnotherNoun(SentenceContext ctx, TimeExpression time, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
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
    /// True when <paramref name="time"/> is the baseline of a comparison the trigger heads: "the worst fighting since
    /// last year's war", "their first meeting since May" measure this happening against the time, they do not date it.
    /// </summary>
    private static bool IsComparisonBaseline(SentenceContext ctx, TimeExpression time, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        var first = ctx.Analysis.TokenIndexAt(time.Span.Start);
        if (first != trigger.LastToken + 1 || ctx.Word(first) != "since")
        {
            return false;
        }

        for (var i = trigger.FirstToken - 1; i >= ctx.FirstToken && i >= trigger.FirstToken - 3; i--)
        {
            if (Superlatives.Contains(ctx.Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The token of "who" or "which" opening a relative clause the trigger at <paramref name="at"/> is the verb of ("who fled", "which had been blocked"), or null.</summary>
    private static int? RelativePronounBefore(SentenceContext ctx, int at)
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

    /// <summary>Only commas, "and", "or" between two dates: they are items of one list.</summary>
    private static bool IsListGap(string text, int from, int to)
    {
        if (to < from || to - from > 8)
        {
            return false;
        }

        var gap = text[from..to].Replace(",", " ", StringComparison.Ordinal).Trim();
        return gap is "" or "and" or "or";
    }

    /// <summary>
    /// The sentence's dates that may date <paramref name="trigger"/>: "retook land lost in the first Karabakh war in
    /// September" — a named period holding another trigger of the type is that happening's date, not this one's.
    /// </summary>
    internal static List<TimeExpression> OwnDates(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<PhraseMatch<(EventType Type, TriggerForm Form)>> triggers, List<TimeExpression> own)
    {
        // Loops rather than LINQ: this runs for every trigger.
        var holding = 0;
        foreach (var t in own)
        {
            holding += HoldsOther(ctx, trigger, triggers, t) ? 1 : 0;
        }

        if (holding == 0 || holding == own.Count)
        {
            return own;
        }

        var rest = new List<TimeExpression>(own.Count - holding);
        foreach (var t in own)
        {
            if (!HoldsOther(ctx, trigger, triggers, t))
            {
                rest.Add(t);
            }
        }

        return rest;
    }

    /// <summary>True when <paramref name="time"/> holds another trigger of the type of <paramref name="trigger"/>, and not that one.</summary>
    private static bool HoldsOther(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<PhraseMatch<(EventType Type, TriggerForm Form)>> triggers, TimeExpression time)
    {
        foreach (var o in triggers)
        {
            if (o.FirstToken != trigger.FirstToken && o.Payloads[0].Type == trigger.Payloads[0].Type &&
                time.Span.Contains(ctx.SpanOf(o.FirstToken, o.LastToken)) && !time.Span.Contains(ctx.SpanOf(trigger.FirstToken, trigger.LastToken)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name of a period of several words that holds the trigger ("the 44-day war"), or null.</summary>
    internal static TimeExpression? NamedPeriodOf(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        var span = ctx.SpanOf(trigger.FirstToken, trigger.LastToken);
        for (var k = 0; k < ctx.Times.Count; k++)
        {
            var time = ctx.Times[k];
            if (time.Span.Contains(span) && !IsGenericName(ctx, time, trigger))
            {
                return time;
            }
        }

        return null;
    }

    /// <summary>
    /// "the blockade" read as the named period it usually means: it dates nothing but itself, unlike a full
    /// name ("the 2020 Karabakh war") that places a background event.
    /// </summary>
    private static bool IsGenericName(SentenceContext ctx, TimeExpression time, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
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

    /// <summary>True when a date of the sentence other than a generic name dates the trigger's clause.</summary>
    internal static bool AnyDatesItsClause(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<TimeExpression> own)
    {
        foreach (var t in own)
        {
            if (!IsGenericName(ctx, t, trigger) && !PremodifiesAnotherNoun(ctx, t, trigger) && !IsComparisonBaseline(ctx, t, trigger) && DatesItsClause(ctx, trigger, t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A date dates a noun when nothing but words lies between them ("the blockade since December 12") or when
    /// it opens the sentence ("On March 1, ..."); a date behind a comma or a dash belongs to another clause
    /// ("the meeting comes as ... – governed since the 1990s").
    /// </summary>
    private static bool DatesItsClause(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, TimeExpression time)
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

        // A fronted adverbial ("On March 1, ...", "When clashes erupted on May 3, ..."): no comma before the date, and
        // a short lead-in; a long opening phrase ("Speaking at a meeting held earlier in the day, ...") dates itself.
        var lead = text.AsSpan(ctx.Sentence.Span.Start, time.Span.Start - ctx.Sentence.Span.Start);
        return time.Span.End <= span.Start && !lead.Contains(',') && WordCount(lead) <= 8;
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

    /// <summary>"following a meeting in Sochi on Monday": the noun's own phrase dates it.</summary>
    internal static bool DatedRightAfter(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<TimeExpression> own) =>
        DatesRightAfter(ctx, trigger, own).Any();

    internal static IEnumerable<TimeExpression> DatesRightAfter(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<TimeExpression> own)
    {
        // "after the operation of the Azerbaijani armed forces on 19-20 September": a date after the noun's "of" and
        // the name it governs still dates the noun.
        var last = TriggerPhrase.OfComplement(ctx, trigger)?.LastToken ?? trigger.LastToken;

        var end = ctx.Tokens[trigger.LastToken].Span.End;
        var limit = ctx.Tokens[ReachAfter(ctx, last, 6)].Span.End;
        return own.Where(t => t.Span.Start >= end && t.Span.Start <= limit && !Clauses.CrossesClause(ctx.Analysis.Text, end, t.Span.Start));
    }

    /// <summary>
    /// The last token within <paramref name="words"/> words after <paramref name="last"/>, not counting where a place is
    /// said to be: place names, numbers, articles and asides ("an incursion some 10 km (6 miles) northwest of Goris in
    /// the Syunik Province on May 12").
    /// </summary>
    private static int ReachAfter(SentenceContext ctx, int last, int words)
    {
        var i = last;
        var depth = 0;
        while (i < ctx.LastToken && words > 0)
        {
            i++;
            var token = ctx.Tokens[i];
            depth += token.Normalized switch { "(" => 1, ")" when depth > 0 => -1, _ => 0 };
            var free = depth > 0 || token.Kind == TokenKind.Number || token.Normalized is ")" or "the" or "a" or "an" or "some" or "about" or "approximately" or "around" or "roughly" ||
                       InPlaceName(ctx, i);
            if (!free)
            {
                words--;
            }
        }

        return i;
    }

    /// <summary>True when token <paramref name="i"/> is part of a place's name.</summary>
    private static bool InPlaceName(SentenceContext ctx, int i)
    {
        for (var k = 0; k < ctx.Mentions.Count; k++)
        {
            var m = ctx.Mentions[k];
            if (m.Kind == EntityKind.Place && m.FirstToken <= i && i <= m.LastToken)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first single day of <paramref name="cited"/> inside <paramref name="vague"/>, or null.</summary>
    internal static TimeExpression? SingleDayWithin(List<TimeExpression> cited, DateRange vague)
    {
        foreach (var c in cited)
        {
            if (c.Range.IsSingleDay && vague.Contains(c.Range.Earliest))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>Removes the dates that begin after <paramref name="written"/>.</summary>
    internal static void RemoveAfter(List<TimeExpression> dates, NodaTime.LocalDate written)
    {
        for (var k = dates.Count - 1; k >= 0; k--)
        {
            if (dates[k].Range.Earliest > written)
            {
                dates.RemoveAt(k);
            }
        }
    }

    /// <summary>
    /// "Declined the invitation", "rejected the proposal": an answer to a happening the document has told of is
    /// dated, when its sentence gives no date, by that happening (the invitation or proposal it answers).
    /// </summary>
    internal static TimeExpression? AnsweredDate(DocumentAnalysis analysis, SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, EventType type)
    {
        if (type != EventType.Refusal)
        {
            return null;
        }

        var to = Math.Min(ctx.LastToken, trigger.LastToken + 3);
        EventType? answered = null;
        for (var i = trigger.LastToken + 1; i <= to && answered is null; i++)
        {
            answered = ctx.Word(i) switch
            {
                "invitation" or "invitations" => EventType.Invitation,
                "proposal" or "proposals" or "offer" or "offers" or "plan" or "initiative" => EventType.Proposal,
                _ => null,
            };
        }

        var earlier = answered is { } kind ? LastDatedBefore(analysis, kind, ctx.Sentence.Span.Start) : null;
        return earlier is null ? null : new TimeExpression(earlier.Span, earlier.Trigger, earlier.Date!.Value, IsAnchored: true);
    }

    /// <summary>The last dated event of <paramref name="type"/> read before character <paramref name="start"/>, or null.</summary>
    private static EventMention? LastDatedBefore(DocumentAnalysis analysis, EventType type, int start)
    {
        for (var k = analysis.Events.Count - 1; k >= 0; k--)
        {
            var e = analysis.Events[k];
            if (e.Type == type && e.Date is not null && e.Span.End <= start)
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>
    /// "The blockade" is both the happening and the name of the stretch it lasted: as a happening, a blockade is
    /// imposed, so it is dated by the stretch's first day.
    /// </summary>
    internal static DateRange? OnsetOf(EventType type, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, TimeExpression time) =>
        type == EventType.Blockade && time.Span.Contains(trigger.Span) && time.Range.LengthInDays > 1
            ? DateRange.Day(time.Range.Earliest)
            : null;

    /// <summary>
    /// A happening's date from its expression: "since December 12" tells when it began (the day, or the month for
    /// "since December 2022"), not the whole stretch to the day of writing.
    /// </summary>
    internal static DateRange StartOf(TimeExpression time)
    {
        var text = time.Text.TrimStart();
        if (!text.StartsWith("since ", StringComparison.OrdinalIgnoreCase) && !text.StartsWith("ever since ", StringComparison.OrdinalIgnoreCase))
        {
            return time.Range;
        }

        var start = time.Range.Earliest;
        foreach (var range in text.AsSpan().Split(' '))
        {
            // "12", "12th", not "2022".
            var w = text.AsSpan(range);
            if (w.Length > 0 && w.TrimEnd(",.").TrimEnd("sthndr").Length is 1 or 2 && char.IsDigit(w[0]))
            {
                return DateRange.Day(start);
            }
        }

        foreach (var range in text.AsSpan().Split(' '))
        {
            var w = text.AsSpan(range).TrimEnd(",.");
            if (w.Length > 0 && Parley.Extraction.Time.TimeLexicon.Month(w.ToString().ToLowerInvariant(), out _) > 0)
            {
                return DateRange.Month(start.Year, start.Month);
            }
        }

        return time.Range;
    }

    internal static DateRange? FallbackDate(DocumentAnalysis analysis) => analysis.Document.Published;
}
