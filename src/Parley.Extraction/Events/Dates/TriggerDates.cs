using Parley.Extraction.Matching;
using Parley.Extraction.Time;
using Parley.Model;
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
            if (!DateAttachment.DatesAnotherNoun(ctx, t, trigger) && !DateAttachment.PremodifiesAnotherNoun(ctx, t, trigger) &&
                !(trigger.Span.End <= t.Span.Start && DateAttachment.IsBaselineOfWhenClause(ctx, t)))
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
            if (t.Span.Overlaps(trigger.Span) || !DateAttachment.IsBareEpisodeName(ctx, t))
            {
                kept[n++] = t;
            }
        }

        kept.RemoveRange(n, kept.Count - n);

        // "concluded a mission on 5 October to help refugees who fled to Armenia": a relative clause tells of its own
        // time; a date before its pronoun dates the clause it hangs from.
        if (DateAttachment.RelativePronounBefore(ctx, trigger.FirstToken) is { } pronoun)
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

        // "…, which was agreed on 19 April": so does one after it, for that clause.
        n = 0;
        for (var k = 0; k < kept.Count; k++)
        {
            if (!DateAttachment.InRelativeClauseAfter(ctx, trigger, kept[k]))
            {
                kept[n++] = kept[k];
            }
        }

        kept.RemoveRange(n, kept.Count - n);
        if (kept.Count == 0)
        {
            return [];
        }

        // "The ministry said on Wednesday that Azerbaijani forces opened fire late on Tuesday": the day of speaking frames
        // what is said; a date of its own inside what is said dates the happening.
        if (kept.Count > 1 && SpeechFrameDate(ctx, trigger, kept) is { } frame)
        {
            kept.Remove(frame);
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

        // "arrived in Brussels last Friday and met Michel two days later": a verb after "and" with a date of its own after
        // it leaves the dates before the "and" to the verb before.
        var coordinated = trigger.Payloads[0].Form == TriggerForm.Verb && ctx.Word(trigger.FirstToken - 1) == "and" &&
                          kept.Exists(t => t.Span.Start >= trigger.Span.End);

        // The first of the nearest, by (clause crossed, distance); a loop rather than a sort.
        var nearest = -1;
        var (bestAcross, bestDistance) = (int.MaxValue, int.MaxValue);
        for (var k = 0; k < kept.Count; k++)
        {
            var across = AcrossClause(kept[k]) || (coordinated && kept[k].Span.End <= at) ? 1 : 0;
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

        return TwoDaysOfOneHappening(ctx, trigger, dates) is { } span ? [span] : dates;
    }

    /// <summary>
    /// "met on Friday and Saturday", "fighting on 12 and 13 September": two days in a row joined by "and" are the span
    /// of one lasting happening (talks, a visit, fighting, a protest, a blockade), not two of them; null otherwise.
    /// </summary>
    private static TimeExpression? TwoDaysOfOneHappening(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<TimeExpression> dates)
    {
        if (dates.Count != 2 || trigger.Payloads[0].Type is not (EventType.Meeting or EventType.Visit or EventType.ArmedClash or EventType.Protest or EventType.Blockade))
        {
            return null;
        }

        var (a, b) = dates[0].Range.Earliest <= dates[1].Range.Earliest ? (dates[0], dates[1]) : (dates[1], dates[0]);
        var (first, second) = dates[0].Span.Start <= dates[1].Span.Start ? (dates[0], dates[1]) : (dates[1], dates[0]);
        var gap = ctx.Analysis.Text[first.Span.End..second.Span.Start].Trim();
        if (a.Range.Earliest.PlusDays(1) != b.Range.Earliest || gap != "and")
        {
            return null;
        }

        var span = new CharSpan(first.Span.Start, second.Span.End);
        return a with { Range = new DateRange(a.Range.Earliest, b.Range.Latest, DatePrecision.Days), Span = span, Text = span.Slice(ctx.Analysis.Text) };
    }

    /// <summary>
    /// <see cref="DatesAmong"/> for a sentence of one date, the usual dated sentence: the same tests, with nothing to
    /// choose between, so without the working list.
    /// </summary>
    private static List<TimeExpression> TheDate(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, TimeExpression date, List<TimeExpression> cited)
    {
        if (DateAttachment.DatesAnotherNoun(ctx, date, trigger) && cited.Count > 0)
        {
            return [cited[0]];
        }

        if (DateAttachment.PremodifiesAnotherNoun(ctx, date, trigger))
        {
            return cited.Count > 0 ? [cited[0]] : [];
        }

        if (!date.Span.Overlaps(trigger.Span) && DateAttachment.IsBareEpisodeName(ctx, date))
        {
            return [];
        }

        // "The incident was the deadliest since September 2022, when …": the baseline dates only its "when" clause.
        if (trigger.Span.End <= date.Span.Start && DateAttachment.IsBaselineOfWhenClause(ctx, date))
        {
            return [];
        }

        if ((DateAttachment.RelativePronounBefore(ctx, trigger.FirstToken) is { } pronoun && date.Span.Start <= ctx.Tokens[pronoun].Span.Start) ||
            DateAttachment.InRelativeClauseAfter(ctx, trigger, date))
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
        var subordinate = 0;
        foreach (var t in own)
        {
            holding += HoldsOther(ctx, trigger, triggers, t) ? 1 : 0;
            subordinate += InLaterSubordinateClause(ctx, trigger, t) ? 1 : 0;
        }

        if ((holding == 0 || holding == own.Count) && subordinate == 0)
        {
            return own;
        }

        var rest = new List<TimeExpression>(own.Count);
        foreach (var t in own)
        {
            if ((holding == own.Count || !HoldsOther(ctx, trigger, triggers, t)) && !InLaterSubordinateClause(ctx, trigger, t))
            {
                rest.Add(t);
            }
        }

        return rest;
    }

    /// <summary>A date in a later clause after a noun trigger (see <see cref="Clauses.InLaterSubordinateClause"/>) dates that clause.</summary>
    private static bool InLaterSubordinateClause(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, TimeExpression time) =>
        trigger.Payloads[0].Form == TriggerForm.Noun && time.Span.Start >= trigger.Span.End &&
        Clauses.InLaterSubordinateClause(ctx, trigger.LastToken, ctx.Analysis.TokenIndexAt(time.Span.Start));

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
            if (time.Span.Contains(span) && !DateAttachment.IsGenericName(ctx, time, trigger))
            {
                // "since the 2020 war": the war named is the happening, not the years after it.
                return time.Origin is { } origin ? time with { Range = origin, Origin = null } : time;
            }
        }

        return null;
    }

    /// <summary>True when a date of the sentence other than a generic name dates the trigger's clause.</summary>
    internal static bool AnyDatesItsClause(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<TimeExpression> own)
    {
        foreach (var t in own)
        {
            if (!DateAttachment.IsGenericName(ctx, t, trigger) && !DateAttachment.PremodifiesAnotherNoun(ctx, t, trigger) && DateAttachment.DatesItsClause(ctx, trigger, t))
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
    /// The last token within <paramref name="words"/> words after <paramref name="last"/>, not counting names of places
    /// and parties, possessives and "counterpart", numbers, articles and asides ("an incursion some 10 km (6 miles) northwest of Goris in
    /// the Syunik Province on May 12").
    /// </summary>
    internal static int ReachAfter(SentenceContext ctx, int last, int words)
    {
        var i = last;
        var depth = 0;
        while (i < ctx.LastToken && words > 0)
        {
            i++;
            var token = ctx.Tokens[i];
            depth += token.Normalized switch { "(" => 1, ")" when depth > 0 => -1, _ => 0 };
            var free = depth > 0 || token.Kind == TokenKind.Number || token.Normalized is ")" or "the" or "a" or "an" or "some" or "about" or "approximately" or "around" or "roughly" or
                           "his" or "her" or "its" or "their" or "counterpart" or "counterparts" ||
                       InName(ctx, i);
            if (!free)
            {
                words--;
            }
        }

        return i;
    }

    /// <summary>True when token <paramref name="i"/> is part of a name (a place, a party: "talks between Bayramov and his
    /// Armenian counterpart Mnatsakanyan on Saturday").</summary>
    private static bool InName(SentenceContext ctx, int i)
    {
        for (var k = 0; k < ctx.Mentions.Count; k++)
        {
            var m = ctx.Mentions[k];
            if (m.FirstToken <= i && i <= m.LastToken)
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

    /// <summary>
    /// The day of the meeting or visit whose participant proposes, invites, refuses or agrees, told of earlier in the
    /// document: "Putin hosted Aliyev and Pashinyan in Sochi on Monday. … Pashinyan proposed …" and "… The sides
    /// agreed …" tell what was done there, on that day, not background. <paramref name="party"/> is the person or side
    /// named as the verb's subject (a party of the occasion, or named in its sentence); <paramref name="theSides"/>
    /// says the subject is the last meeting's parties taken together. Neither, or no earlier occasion of theirs, gives null.
    /// With <paramref name="also"/> ("also signed") an earlier deal is an occasion too.
    /// </summary>
    internal static TimeExpression? OccasionDate(DocumentAnalysis analysis, SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, EventType type, string? party, bool theSides, bool also = false)
    {
        if (type is not (EventType.Proposal or EventType.Refusal or EventType.Invitation or EventType.Agreement) || trigger.Payloads[0].Form != TriggerForm.Verb)
        {
            return null;
        }

        for (var k = analysis.Events.Count - 1; k >= 0 && (party is not null || theSides); k--)
        {
            var e = analysis.Events[k];
            // ("also signed": a deal done on the day of the one told of before it, too.)
            if (e.Type is not (EventType.Meeting or EventType.Visit) && !(also && e.Type == EventType.Agreement) ||
                e.Date is not { IsSingleDay: true } day || e.Span.End > ctx.Sentence.Span.Start)
            {
                continue;
            }

            // "The sides" are the parties of the last meeting (or, after "also", deal) told of, whoever they were.
            if (theSides)
            {
                return e.Type is EventType.Meeting or EventType.Agreement ? new TimeExpression(e.Span, e.Trigger, day, IsAnchored: true) : null;
            }

            if (e.Actors.Contains(party!) || analysis.Mentions.Exists(m => m.EntityId == party && m.Span.Start >= e.Span.Start && m.Span.End <= e.Span.End))
            {
                return new TimeExpression(e.Span, e.Trigger, day, IsAnchored: true);
            }
        }

        return null;
    }

    /// <summary>
    /// "… on May 10, two days before the leaders were due to meet", "The clash came ten days before they were due to meet":
    /// a happening that another is placed a count of days or weeks before (or after), in a clause of its own naming no
    /// date, lies that far from the other. The other's day is the last date the sentence names before the count, or else
    /// that of the last happening told of the kind the sentence's definite subject names ("The clash"). Null when the
    /// trigger is not placed so, or no such day is known.
    /// </summary>
    internal static TimeExpression? OffsetFromAnchor(DocumentAnalysis analysis, SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger,
        List<PhraseMatch<(EventType Type, TriggerForm Form)>> triggers, List<TimeExpression> own)
    {
        var at = -1;
        for (var i = trigger.FirstToken - 1; i > ctx.FirstToken + 1 && i >= trigger.FirstToken - 8; i--)
        {
            if (!ctx.Tokens[i].IsWord)
            {
                return null;
            }

            if (ctx.Word(i) is "before" or "after")
            {
                at = i;
                break;
            }
        }

        if (at < 0 || !TimeLexicon.TryUnit(ctx.Word(at - 1), out var unit) || unit is not (TimeUnit.Day or TimeUnit.Week) ||
            !(TimeLexicon.TryNumberWord(ctx.Word(at - 2), out var count) || (ctx.Word(at - 2) is "a" or "an" && (count = 1) == 1) || int.TryParse(ctx.Word(at - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out count)) ||
            count is < 1 or > 60)
        {
            return null;
        }

        // "two days before the leaders were due to meet in Brussels on May 14": the clause's own date dates it.
        // (The count itself may be read as a date of its own: "two days before" counted from the day named before it.)
        var countStart = ctx.Tokens[at - 2].Span.Start;
        if (own.Exists(d => d.Span.Start > ctx.Tokens[at].Span.Start))
        {
            return null;
        }

        NodaTime.LocalDate? anchor = null;
        var before = own.FindLast(d => d.Span.End <= countStart);
        if (before is { Range.IsSingleDay: true })
        {
            anchor = before.Range.Earliest;
        }
        else if (before is null && triggers.Find(t => t.LastToken < at - 2 && t.Payloads[0].Form != TriggerForm.Verb && ctx.Word(t.FirstToken - 1) == "the") is { } subject &&
                 LastDatedBefore(analysis, subject.Payloads[0].Type, ctx.Sentence.Span.Start) is { Date: { IsSingleDay: true } told })
        {
            anchor = told.Earliest;
        }

        if (anchor is not { } day)
        {
            return null;
        }

        var days = (unit == TimeUnit.Week ? 7 : 1) * count * (ctx.Word(at) == "before" ? 1 : -1);
        var span = ctx.SpanOf(at - 2, at);
        return new TimeExpression(span, span.Slice(analysis.Text), DateRange.Day(day.PlusDays(days)), IsAnchored: true);
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
    /// "opened four days of talks on Monday", "a two-day visit that began on May 3", "ended three days of talks on
    /// Thursday", "two days of talks, which ended on Saturday": a happening counted in days, dated by one of them, lasts them all — from that day, or up to it when
    /// the sentence tells of its end. Returns <paramref name="day"/> unchanged when the trigger is not counted so.
    /// </summary>
    internal static TimeExpression SpanOfCountedDays(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, TimeExpression day)
    {
        if (day.Range.Precision != DatePrecision.Day || trigger.Payloads[0].Form == TriggerForm.Verb)
        {
            return day;
        }

        // "four days of talks" or "a four-day visit" right before the noun.
        var first = trigger.FirstToken;
        int count;
        if (ctx.Word(first - 1) == "of" && ctx.Word(first - 2) is "days" && TryCountOfDays(ctx.Word(first - 3), out count))
        {
            first -= 3;
        }
        else if (ctx.Word(first - 1) == "day" && ctx.Word(first - 2) == "-" && TryCountOfDays(ctx.Word(first - 3), out count))
        {
            first -= 3;
        }
        else
        {
            return day;
        }

        var ending = false;
        for (var i = Math.Max(ctx.FirstToken, first - 4); i < first; i++)
        {
            if (ctx.Word(i) is "ended" or "concluded" or "closed" or "wrapped" or "after" or "following" or "completed")
            {
                ending = true;
            }
        }

        // "two days of talks …, which ended early on Saturday", "four days of talks ended on Friday": the verb of ending
        // between the noun and its date.
        for (var i = trigger.LastToken + 1; !ending && i <= ctx.LastToken && ctx.Tokens[i].Span.End <= day.Span.Start; i++)
        {
            ending = ctx.Word(i) is "ended" or "concluded" or "closed" or "wrapped" or "completed";
        }

        var start = ending ? day.Range.Earliest.PlusDays(1 - count) : day.Range.Earliest;
        return day with { Range = new DateRange(start, start.PlusDays(count - 1), DatePrecision.Days) };
    }

    /// <summary>
    /// "the road remained closed on Wednesday for a third day", "protests went on for the fifth straight day on Monday":
    /// a happening whose single day is its n-th has gone on since n - 1 days before it. Returns <paramref name="day"/>
    /// unchanged when the sentence counts no such day.
    /// </summary>
    internal static TimeExpression SpanOfNthDay(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, TimeExpression day)
    {
        if (day.Range.Precision != DatePrecision.Day)
        {
            return day;
        }

        // ("… remained closed on Wednesday for a third day, leaving residents cut off": the count may come before the
        // trigger, in the clause the trigger's participle hangs from.)
        for (var i = ctx.FirstToken; i <= ctx.LastToken - 3; i++)
        {
            if (ctx.Word(i) != "for" || ctx.Word(i + 1) is not ("a" or "the") || !OrdinalDays.TryGetValue(ctx.Word(i + 2), out var nth))
            {
                continue;
            }

            var unit = ctx.Word(i + 3) is "straight" or "consecutive" or "successive" or "running" ? i + 4 : i + 3;
            if (ctx.Word(unit) == "day")
            {
                var end = day.Range.Earliest;
                return day with { Range = new DateRange(end.PlusDays(1 - nth), end, DatePrecision.Days) };
            }
        }

        return day;
    }

    private static readonly Dictionary<string, int> OrdinalDays = new(StringComparer.Ordinal)
    {
        ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10,
    };

    /// <summary>A count of two to ten days, in words or digits ("four days of talks", "a 3-day visit").</summary>
    private static bool TryCountOfDays(string word, out int count) =>
        (TimeLexicon.TryNumberWord(word, out count) || int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out count)) &&
        count is >= 2 and <= 10;

    /// <summary>
    /// "The fighting that began on 27 September came to a halt on 10 November", "the blockade, which started on 12
    /// December, ended on 28 April": a lasting happening whose sentence tells the day it began and the day it ended spans
    /// the two; or null.
    /// </summary>
    internal static TimeExpression? SpanFromStartToEnd(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<TimeExpression> own)
    {
        if (own.Count < 2 || trigger.Payloads[0].Type is not (EventType.ArmedClash or EventType.Blockade or EventType.Protest or EventType.SupplyCut))
        {
            return null;
        }

        TimeExpression? began = null, ended = null;
        foreach (var t in own)
        {
            var before = ctx.Analysis.TokenIndexAt(t.Span.Start);
            if (before <= trigger.LastToken)
            {
                continue;
            }

            for (var i = before - 1; i > trigger.LastToken && i >= before - 5; i--)
            {
                var w = ctx.Word(i);
                if (w is "began" or "begun" or "started" or "erupted" or "broke" or "resumed")
                {
                    began ??= t;
                    break;
                }

                if (w is "ended" or "halted" or "halt" or "stopped" or "ceased" or "lifted" or "end")
                {
                    ended ??= t;
                    break;
                }
            }
        }

        return began is not null && ended is not null && began.Range.Earliest < ended.Range.Latest
            ? began with { Range = new DateRange(began.Range.Earliest, ended.Range.Latest, DatePrecision.Days) }
            : null;
    }

    /// <summary>
    /// The date of <paramref name="kept"/> that stands between a speech verb and the "that" opening what was said, when
    /// the trigger and another of the dates come after that "that"; or null.
    /// </summary>
    private static TimeExpression? SpeechFrameDate(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<TimeExpression> kept)
    {
        foreach (var t in kept)
        {
            var next = ctx.Analysis.TokenIndexAt(t.Span.End);
            if (next >= trigger.FirstToken || !DatesTheSpeaking(ctx, t))
            {
                continue;
            }

            var thatEnd = ctx.Tokens[next].Span.End;
            foreach (var other in kept)
            {
                if (other != t && other.Span.Start > thatEnd)
                {
                    return t;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// True when <paramref name="time"/> dates the speaking, not what is said: it stands between a speech verb and the
    /// "that" opening what was said ("the ministry said on Tuesday that …").
    /// </summary>
    internal static bool DatesTheSpeaking(SentenceContext ctx, TimeExpression time)
    {
        var next = ctx.Analysis.TokenIndexAt(time.Span.End);
        if (next > ctx.LastToken || ctx.Word(next) != "that")
        {
            return false;
        }

        var start = ctx.Analysis.TokenIndexAt(time.Span.Start);
        for (var i = start - 1; i >= ctx.FirstToken && i >= start - 3; i--)
        {
            if (IsSpeechVerb(ctx.Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a past or present form of a verb that reports speech ("said", "told", "announced", …).</summary>
    internal static bool IsSpeechVerb(string word) =>
        word is "said" or "says" or "told" or "stated" or "announced" or "reported" or "claimed" or "added" or "confirmed" or "noted";

    /// <summary>
    /// The span a flight told in the present perfect has lasted: "65,000 people have fled Karabakh since the offensive of
    /// 19-20 September" (or "since 19 September"), from the first day the "since" phrase names to the day of writing; null
    /// when the verb is no present perfect or no "since" phrase with a date follows it in its clause.
    /// </summary>
    internal static TimeExpression? SinceSpan(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<TimeExpression> own, NodaTime.LocalDate written)
    {
        var before = ctx.Word(trigger.FirstToken - 1) == "been" ? trigger.FirstToken - 2 : trigger.FirstToken - 1;
        if (ctx.Word(before) is not ("have" or "has"))
        {
            return null;
        }

        var since = -1;
        for (var i = trigger.LastToken + 1; i <= ctx.LastToken && i <= trigger.LastToken + 8 && since < 0; i++)
        {
            if (ctx.Word(i) is "," or ";")
            {
                return null;
            }

            since = ctx.Word(i) == "since" ? i : -1;
        }

        if (since < 0)
        {
            return null;
        }

        foreach (var t in own)
        {
            var at = ctx.Analysis.TokenIndexAt(t.Span.Start);
            // The date of the "since" phrase: right after it, or in the noun phrase it names ("the offensive of 19-20 September").
            if (at > since && at <= since + 5 && !ctx.SpanOf(since, at).Slice(ctx.Analysis.Text).Contains(',') && t.Range.Earliest <= written)
            {
                var text = t.Text.StartsWith("since ", StringComparison.OrdinalIgnoreCase) ? t.Text[6..] : t.Text;
                return t with { Text = text, Range = new DateRange(t.Range.Earliest, written, DatePrecision.Days) };
            }
        }

        return null;
    }

    /// <summary>
    /// "would not attend the summit in November", "ready to host them at the end of October" (written on 5 October): a
    /// happening still to come, dated by a month or day named without its year that was read as the last one before the
    /// writing, is the next one, when that comes within half a year. ("The talks, planned for May 12, never took place",
    /// written in June, keeps its May.)
    /// </summary>
    internal static List<TimeExpression> NextWhenAhead(List<TimeExpression> dates, NodaTime.LocalDate written)
    {
        List<TimeExpression>? moved = null;
        for (var k = 0; k < dates.Count; k++)
        {
            var d = dates[k];
            var range = d.Range;
            // "called on supporters to strike on Monday": a weekday of something still to come is the next one.
            if (d.IsAnchored && range.IsSingleDay && range.Latest < written && range.Earliest.PlusDays(7) > written && NamesAWeekday(d.Text) && !SaysPast(d.Text))
            {
                moved ??= [.. dates];
                moved[k] = d with { Range = new DateRange(range.Earliest.PlusDays(7), range.Latest.PlusDays(7), range.Precision) };
                continue;
            }

            if (!d.IsAnchored || d.IsDuration || range.Precision is not (DatePrecision.Day or DatePrecision.Days or DatePrecision.Month) || range.Latest >= written ||
                HasYear(d.Text) || SaysPast(d.Text) || range.Earliest.PlusYears(1) is var next && (next < written || next > written.PlusMonths(6)))
            {
                continue;
            }

            moved ??= [.. dates];
            moved[k] = d with { Range = new DateRange(range.Earliest.PlusYears(1), range.Latest.PlusYears(1), range.Precision) };
        }

        return moved ?? dates;
    }

    private static bool NamesAWeekday(string text) => TimeLexicon.TryWeekday(text.Trim().Split(' ')[^1].ToLowerInvariant(), out _);

    /// <summary>"last November", "this past spring", "earlier in May": the words themselves put the date behind the writing.</summary>
    private static bool SaysPast(string text) =>
        text.StartsWith("last ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("this past ", StringComparison.OrdinalIgnoreCase) ||
        text.StartsWith("earlier ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("past ", StringComparison.OrdinalIgnoreCase);

    private static bool HasYear(string text)
    {
        var digits = 0;
        foreach (var c in text)
        {
            digits = char.IsDigit(c) ? digits + 1 : 0;
            if (digits == 4)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last of the sentence's dates that stands before the trigger and is not after <paramref name="written"/>, or null.</summary>
    internal static TimeExpression? LastBefore(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<TimeExpression> own, NodaTime.LocalDate written)
    {
        TimeExpression? last = null;
        foreach (var t in own)
        {
            if (t.Span.End <= trigger.Span.Start && t.Range.Latest <= written && !t.IsDuration)
            {
                last = t;
            }
        }

        return last;
    }

    /// <summary>
    /// "Grigoryan said on Friday after the sides met in Gazakh on May 23-24": a trigger in a clause of time ("after",
    /// "before", "when", "while") that opens after another date has that clause's own date, the first after the trigger
    /// with no comma between; null when the sentence is not so built.
    /// </summary>
    internal static TimeExpression? OwnClauseDate(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<TimeExpression> own)
    {
        var opener = -1;
        for (var i = trigger.FirstToken - 1; i > ctx.FirstToken && i >= trigger.FirstToken - 6 && opener < 0; i--)
        {
            if (ctx.Word(i) is "," or ";")
            {
                return null;
            }

            opener = ctx.Word(i) is "after" or "before" or "when" or "while" && ctx.Tokens[i + 1].IsWord && !ctx.InDate(i) ? i : -1;
        }

        if (opener < 0 || !own.Exists(t => t.Span.End <= ctx.Tokens[opener].Span.Start))
        {
            return null;
        }

        foreach (var t in own)
        {
            if (t.Span.Start >= trigger.Span.End && !ctx.SpanOf(trigger.LastToken, ctx.Analysis.TokenIndexAt(t.Span.Start)).Slice(ctx.Analysis.Text).Contains(','))
            {
                return t;
            }
        }

        return null;
    }
}
