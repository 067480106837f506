using Parley.Extraction.Entities;
using Parley.Extraction.Matching;
using Parley.Model;
using Parley.Packs;
using Parley.Pipeline;
using Parley.Text;
using Parley.Time;

namespace Parley.Extraction.Events;

/// <summary>
/// Reads typed events from sentences: a trigger from the pack, then its arguments by syntax cues — actors
/// before the trigger and after "with"/"between", targets after "against"/"on"/"for", mediators after
/// mediation cues, the place after a locative preposition, the clause's date, agenda topics and counts — and
/// its status from modality and negation.
/// </summary>
public sealed class EventStage(DomainPack pack) : IExtractionStage
{
    // A fixed cue list, one array for every call, so the document's index of it is built once (see PhraseIndex.ListOf).
    private static readonly string[] DenialNegations = ["no such", "did not", "didn't", "has not", "have not", "never", "not"];

    // A fixed cue list, one array for every call, so the document's index of it is built once (see PhraseIndex.ListOf).
    private static readonly string[] ParticipantCues = ["with", "between"];

    // A fixed cue list, one array for every call, so the document's index of it is built once (see PhraseIndex.ListOf).
    private static readonly string[] MediationVerbs = ["mediated", "brokered", "hosted"];

    // Nouns of a military act whose "of" names who acts ("the offensive of the Azerbaijani army"), unlike "the shelling
    // of Armenian positions", where it names what is hit.
    private static readonly HashSet<string> AgentOfNouns = new(StringComparer.Ordinal) { "offensive", "operation", "operations", "measures", "incursion", "infiltration" };

    private readonly EventCues _cues = EventCues.For(pack);
    private readonly EntityIndex _entities = EntityIndex.For(pack);
    private readonly EpisodeIndex _episodes = new(pack);
    private readonly HashSet<string> _invitationVerbs = new(pack.Words("invitation_verbs"), StringComparer.Ordinal);
    // "no indication that", "no sign that": what follows is not shown to have happened.
    private readonly IReadOnlyList<string> _noEvidence = pack.Words("no_evidence_cues");
    private readonly HashSet<string> _vehicles = new(pack.Words("vehicle_nouns"), StringComparer.Ordinal);
    private readonly HashSet<string> _speechVerbs = new(pack.Words("speech_verbs"), StringComparer.Ordinal);

    // The topics each event type concerns of itself, by type.
    private readonly string[][] _inherentTopics = InherentTopicsByType(EventCues.For(pack));

    // The pack's cue lists, taken once (the same list object every time, which the document's index of a list keys on).
    private readonly IReadOnlyList<string> _denialVerbs = pack.Words("denial_verbs");
    private readonly IReadOnlyList<string> _plannedCues = pack.Words("planned_cues");
    private readonly IReadOnlyList<string> _hypotheticalCues = pack.Words("hypothetical_cues");
    private readonly IReadOnlyList<string> _occurrenceVerbs = pack.Words("occurrence_verbs");
    private readonly IReadOnlyList<string> _nonEventObjects = pack.Words("non_event_objects");
    private readonly IReadOnlyList<string> _notDisplacementObjects = pack.Words("not_displacement_objects");
    private readonly IReadOnlyList<string> _mediationCues = pack.Words("mediation_cues");
    private readonly IReadOnlyList<string> _conflictSides = pack.Words("conflict_sides");
    private readonly IReadOnlyList<string> _mediatingBodies = pack.Words("mediating_bodies");

    // Word lists asked whether they hold one word, as sets.
    private readonly HashSet<string> _nonEventObjectWords = new(pack.Words("non_event_objects"), StringComparer.Ordinal);
    private readonly HashSet<string> _titleNouns = new(pack.Words("title_nouns"), StringComparer.Ordinal);
    private readonly HashSet<string> _landNouns = new(pack.Words("land_nouns"), StringComparer.Ordinal);

    // The state seated at each place (the first the pack lists), looked up for every meeting and deal.
    private readonly Dictionary<string, string> _stateBySeat = StatesBySeat(pack);

    /// <inheritdoc />
    public string Name => "events";

    /// <inheritdoc />
    public void Run(DocumentAnalysis analysis)
    {
        var stream = MatchStream.For(analysis);
        var counter = 0;
        // The document's topic phrases, found in one pass when first asked for: its most named issue and each sentence's.
        var topics = DocumentTopics.For(analysis, _cues);
        // The days each type already has an event for in a sentence: a second trigger of a type reports another
        // happening only with days of its own ("after a meeting on May 3, talks were held on May 9"). Keyed by the
        // coordinated clause too: "Baku freed 12 soldiers, and Yerevan freed 4" tells of two releases. One list for
        // the document, emptied for each sentence.
        var taken = new List<(EventType Type, int Clause, DateRange? Days)>();
        TimeExpression? carried = null; // the last date named earlier in the paragraph
        var paragraph = 0;
        (int Index, int Paragraph)? lastClash = null; // the clash told of last, and the paragraph that last told of it
        var previousEnd = 0;
        foreach (var ctx in SentenceContext.All(analysis))
        {
            if (Parley.Extraction.Text.Paragraphs.BreakBetween(analysis.Text, previousEnd, ctx.Sentence.Span.Start))
            {
                carried = null;
                paragraph++;
            }

            previousEnd = ctx.Sentence.Span.End;
            var own = DatesOf(ctx.Times);

            // "(Trend.az, March 1)" dates the report; with a date of its own in the sentence the happening takes that.
            var cited = own.Count > 1 ? SplitCitations(ctx, own) : NoDates;

            if (ctx.Sentence.IsHeading)
            {
                carried = null;
                if (own.Count == 0)
                {
                    continue;
                }
            }

            var triggers = _cues.Triggers.FindAll(analysis.Tokens, stream, ctx.FirstToken, ctx.LastToken);
            taken.Clear();
            // Where each clause of the sentence opens, read once for all its triggers.
            var clauses = triggers.Count > 0 ? ClauseOpenings(ctx) : null;
            foreach (var trigger in triggers)
            {
                var (type, form) = trigger.Payloads[0];
                var bounds = CoordinatedClause(ctx, trigger, clauses!);
                // DatesFor reads only the sentence, so the list made for this test serves below too.
                List<TimeExpression>? dates = null;
                if ((Takes(taken, type, bounds.First) && !HasDayNotIn(dates = DatesFor(ctx, trigger, OwnDates(ctx, trigger, triggers, own), cited), taken, type, bounds.First)) || Suppressed(ctx, trigger, triggers, type))
                {
                    continue;
                }

                // "Five servicemen were killed in the incident": an undated definite reference back to the clash told of
                // in the paragraph or the one before adds its toll to that clash instead of telling of another (news
                // often gives each side's toll a paragraph of its own).
                if (type == EventType.ArmedClash && form != TriggerForm.Verb && own.Count == 0 && IsDefiniteReference(ctx, trigger) &&
                    lastClash is { } clash && paragraph - clash.Paragraph <= 1 &&
                    ReadQuantities(ctx, trigger, triggers, type, bounds).FindAll(q => q.Kind is QuantityKind.Killed or QuantityKind.Wounded) is { Count: > 0 } toll)
                {
                    var told = analysis.Events[clash.Index];
                    analysis.Events[clash.Index] = told with { Quantities = [.. told.Quantities, .. toll.Where(q => !told.Quantities.Contains(q))] };
                    lastClash = (clash.Index, paragraph);
                    continue;
                }

                // A noun mostly refers back to a known happening ("the agreement", "the blockade"); it reports
                // one when the sentence dates it or a verb of occurrence goes with it ("talks were held"), and it
                // tells of a well-known one when it can only mean an episode the pack knows ("Azerbaijan's
                // blockade of the Lachin road", written in 2023), which then dates it.
                EpisodeDefinition? referenced = null;
                if (form == TriggerForm.Noun && !AnyDatesItsClause(ctx, trigger, own) && !UsedAsVerb(ctx, trigger) && !ReportedByOccurrenceVerb(ctx, trigger) &&
                    (referenced = ReferencedEpisode(ctx, trigger, type)) is null)
                {
                    continue;
                }

                // "similar meetings", "any talks", "future agreements", "frequent clashes": a kind of happening, not one that took place.
                if (form != TriggerForm.Verb && IsGenericKind(ctx, trigger))
                {
                    continue;
                }

                // "agreed to end the fighting", "efforts to get a ceasefire", "a center to monitor the truce": the noun
                // is what another act aims at or refers to, not a happening the sentence reports.
                if (form != TriggerForm.Verb && IsObjectOfAim(ctx, trigger))
                {
                    continue;
                }

                // "reported no concrete agreements", "gave no indication that Baku agreed": what did not happen, or
                // what nothing shows, is no happening ("no such talks", a denial of a reported one, stays).
                if (NothingHappened(ctx, trigger, form))
                {
                    continue;
                }

                // "Azerbaijan currently detains 55 prisoners": a standing state, not a happening.
                if (ctx.Word(trigger.FirstToken - 1) is "currently" or "still")
                {
                    continue;
                }

                // "In return, Armenia released two soldiers": an exchange, not a homecoming.
                if (ctx.Word(trigger.FirstToken) == "return" && ctx.Word(trigger.FirstToken - 1) == "in")
                {
                    continue;
                }

                // "a draft agreement" is a text on the table, not a deal reached.
                if (type == EventType.Agreement && form != TriggerForm.Verb && ctx.Word(trigger.FirstToken - 1) is "draft" or "drafts")
                {
                    continue;
                }

                // "one day after his dismissal", "since the blockade": a noun that only places another happening.
                if (form != TriggerForm.Verb && AfterTemporalPreposition(ctx, trigger) && !DatedRightAfter(ctx, trigger, own))
                {
                    continue;
                }

                // "In its statement", "their offer": a weak noun owned by one party is what that party said or
                // holds, not a happening between parties.
                if (form == TriggerForm.Weak && ctx.Word(trigger.FirstToken - 1) is "its" or "his" or "her" or "their" or "our" or "my")
                {
                    continue;
                }

                // "The last bus arrived in Goris": a vehicle coming somewhere is no one's visit.
                if (type == EventType.Visit && form == TriggerForm.Verb && VehicleBefore(ctx, trigger))
                {
                    continue;
                }

                // "A demonstration that Baku is serious", "a demonstration of goodwill": a proof, not a protest.
                if (type == EventType.Protest && ctx.Word(trigger.LastToken) is "demonstration" or "demonstrations" && ctx.Word(trigger.LastToken + 1) is "that" or "of")
                {
                    continue;
                }

                // "He agreed with the mediators that there would be talks": sharing a view, not striking a deal.
                if (type == EventType.Agreement && AgreesWithAView(ctx, trigger))
                {
                    continue;
                }

                if (form != TriggerForm.Noun && IsAttributiveParticiple(ctx, trigger))
                {
                    continue;
                }

                if (form != TriggerForm.Noun && HasNonEventObject(ctx, trigger, type))
                {
                    continue;
                }

                // "called on Baku to redouble its efforts": an appeal for some other act is no invitation; one
                // to talk, meet or join is.
                if (type == EventType.Invitation && IsAppealForOtherAct(ctx, trigger))
                {
                    continue;
                }

                if (IsLandTransfer(ctx, trigger, type))
                {
                    continue;
                }

                // "as part of a peace agreement", "in line with the statement": the noun names the framework
                // another act follows, a happening told of elsewhere, not one this sentence reports.
                if (form != TriggerForm.Verb && IsReferenceFrame(ctx, trigger, type))
                {
                    continue;
                }

                dates = referenced is not null ? [] : dates ?? DatesFor(ctx, trigger, OwnDates(ctx, trigger, triggers, own), cited);
                // "after the Second Karabakh War ended in November 2020", "lost in the first Karabakh war in September":
                // a named period that holds the trigger is the happening itself, whatever else the sentence dates.
                if (referenced is null && NamedPeriodOf(ctx, trigger) is { } named)
                {
                    dates = [named];
                }
                // "Tensions will remain high through mid-May following an incursion near Goris on May 12": a noun placing
                // the main clause in time is dated by the date that follows it, not by the main clause's.
                if (referenced is null && form == TriggerForm.Noun && dates.Count > 0 && AfterTemporalPreposition(ctx, trigger) &&
                    DatesRightAfter(ctx, trigger, own).FirstOrDefault() is { } following && !dates.Contains(following))
                {
                    dates = [following];
                }

                // "A couple of weeks after the meeting, Baku invited ... (Agency, March 13)": the day of the report
                // falling inside a vague span of days pins the happening to it.
                if (dates is [{ Range: { Precision: DatePrecision.Days } vague }] &&
                    SingleDayWithin(cited, vague) is { } pin)
                {
                    dates = [pin];
                }

                // Proposing, inviting or refusing is done by the day of writing: a later date in the sentence is
                // when the thing proposed would happen ("proposed a referendum in 2027").
                if (type is EventType.Proposal or EventType.Invitation or EventType.Refusal && Parley.Extraction.Time.TimeStage.AnchorOf(analysis.Document.Published) is { } written)
                {
                    RemoveAfter(dates, written);
                }

                // A date still to come, carried from an earlier sentence ("will elect a leader on September 9"), does
                // not date what the verb tells as past ("he had dismissed the minister").
                var carriedHere = carried is not null && form == TriggerForm.Verb && IsPastForm(ctx, trigger) &&
                                  Parley.Extraction.Time.TimeStage.AnchorOf(analysis.Document.Published) is { } anchor && carried.Range.Earliest > anchor
                    ? null : carried;
                var inherited = dates.Count == 0 && referenced is null ? AnsweredDate(analysis, ctx, trigger, type) ?? carriedHere : null;
                // "The sides met in Washington and Brussels": talks in each city are a happening of their own.
                var venues = type == EventType.Meeting ? ListedVenues(ctx, trigger) : NoIds;
                // Each date, or none; each of several venues, or none (loops by index: no boxed sequence per trigger).
                for (var d = 0; d < Math.Max(1, dates.Count); d++)
                {
                    var date = dates.Count > 0 ? dates[d] : null;
                    if (IsTaken(taken, type, bounds.First, date?.Range))
                    {
                        continue;
                    }

                    for (var v = 0; v < (venues.Count > 1 ? venues.Count : 1); v++)
                    {
                        var venue = venues.Count > 1 ? venues[v] : null;
                        var mention = Read(ctx, trigger, triggers, type, form, date, inherited, topics, venue, bounds, referenced, ref counter);
                        if (mention is not null)
                        {
                            taken.Add((type, bounds.First, date?.Range));
                            // "Putin held separate talks with the Azerbaijani and Armenian leaders": the host meets each
                            // guest on their own, so each pair is a meeting.
                            if (type == EventType.Meeting && IsSeparate(ctx, trigger) && mention.Mediators is [var host] && mention.Actors.Count >= 2)
                            {
                                foreach (var guest in mention.Actors)
                                {
                                    counter++;
                                    analysis.Events.Add(mention with { Key = $"e{counter}", Actors = [host, guest], Mediators = [] });
                                }

                                continue;
                            }

                            if (type == EventType.ArmedClash)
                            {
                                lastClash = (analysis.Events.Count, paragraph);
                            }

                            analysis.Events.Add(mention);
                        }
                    }
                }
            }

            if (own.Count > 0)
            {
                carried = own[^1];
            }
        }
    }

    /// <summary>
    /// Moves the dates that cite a report out of <paramref name="own"/> into the list returned, when some date of
    /// the sentence is not one (otherwise every date stays and none is cited); each date is tested once.
    /// </summary>
    private static List<TimeExpression> SplitCitations(SentenceContext ctx, List<TimeExpression> own)
    {
        var isCitation = new bool[own.Count];
        var citations = 0;
        for (var k = 0; k < own.Count; k++)
        {
            isCitation[k] = IsCitationDate(ctx, own[k]);
            citations += isCitation[k] ? 1 : 0;
        }

        if (citations == 0 || citations == own.Count)
        {
            return [];
        }

        var cited = new List<TimeExpression>(citations);
        var kept = 0;
        for (var k = 0; k < own.Count; k++)
        {
            if (isCitation[k])
            {
                cited.Add(own[k]);
            }
            else
            {
                own[kept++] = own[k];
            }
        }

        own.RemoveRange(kept, own.Count - kept);
        return cited;
    }

    // No dates: shared by every sentence without any and never written (a list made for a sentence is written, this one never).
    private static readonly List<TimeExpression> NoDates = [];

    // No ids: shared, never written.
    private static readonly List<string> NoIds = [];

    /// <summary>The sentence's dates that are not durations, in order; <see cref="NoDates"/> when it has none.</summary>
    private static List<TimeExpression> DatesOf(IReadOnlyList<TimeExpression> times)
    {
        var own = NoDates;
        for (var k = 0; k < times.Count; k++)
        {
            if (!times[k].IsDuration)
            {
                if (own.Count == 0)
                {
                    own = new List<TimeExpression>(times.Count);
                }

                own.Add(times[k]);
            }
        }

        return own;
    }

    /// <summary>True when an event of <paramref name="type"/> was read in the clause opening at <paramref name="clause"/>.</summary>
    private static bool Takes(List<(EventType Type, int Clause, DateRange? Days)> taken, EventType type, int clause)
    {
        foreach (var t in taken)
        {
            if (t.Type == type && t.Clause == clause)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when an event of <paramref name="type"/> on <paramref name="days"/> was read in the clause opening at <paramref name="clause"/>.</summary>
    private static bool IsTaken(List<(EventType Type, int Clause, DateRange? Days)> taken, EventType type, int clause, DateRange? days)
    {
        foreach (var t in taken)
        {
            if (t.Type == type && t.Clause == clause && Nullable.Equals(t.Days, days))
            {
                return true;
            }
        }

        return false;
    }

    // The per-trigger tests of Run as loops, not lambdas: a lambda there captures the trigger and costs a closure
    // for every trigger of every sentence.

    /// <summary>"the incident", "this attack", "the latest clash": a noun that points back at a happening already told.</summary>
    private static bool IsDefiniteReference(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        var before = trigger.FirstToken - 1;
        if (ctx.Word(before) is "latest" or "recent" or "deadly" or "same" or "armed" or "border")
        {
            before--;
        }

        return ctx.Word(before) is "the" or "this" or "that";
    }

    /// <summary>True when some date of <paramref name="dates"/> falls on days no event of the type and clause was read for.</summary>
    private static bool HasDayNotIn(List<TimeExpression> dates, List<(EventType Type, int Clause, DateRange? Days)> taken, EventType type, int clause)
    {
        foreach (var d in dates)
        {
            if (!IsTaken(taken, type, clause, d.Range))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a date of the sentence other than a generic name dates the trigger's clause.</summary>
    private static bool AnyDatesItsClause(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<TimeExpression> own)
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

    /// <summary>The first single day of <paramref name="cited"/> inside <paramref name="vague"/>, or null.</summary>
    private static TimeExpression? SingleDayWithin(List<TimeExpression> cited, DateRange vague)
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
    private static void RemoveAfter(List<TimeExpression> dates, NodaTime.LocalDate written)
    {
        for (var k = dates.Count - 1; k >= 0; k--)
        {
            if (dates[k].Range.Earliest > written)
            {
                dates.RemoveAt(k);
            }
        }
    }

    private static readonly HashSet<string> ClauseConjunctions = new(StringComparer.Ordinal) { "and", "but", "while", "whereas", "whilst", "though", "although" };

    /// <summary>
    /// The tokens of the trigger's coordinated clause: the sentence, cut at a semicolon or at ", and", ", but" or
    /// ", while" that opens a clause with a subject of its own ("Azerbaijan freed 32 soldiers, and Armenia freed 2").
    /// </summary>
    private static (int First, int Last) CoordinatedClause(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<int> openings)
    {
        var (first, last) = (ctx.FirstToken, ctx.LastToken);
        foreach (var i in openings)
        {
            if (i < trigger.FirstToken)
            {
                first = i + 1;
            }
            else if (i > trigger.LastToken)
            {
                last = i - 1;
                break;
            }
        }

        return (first, last);
    }

    private static readonly List<int> NoOpenings = [];

    /// <summary>The tokens of the sentence that open a clause (<see cref="OpensClause"/>), ascending; a shared empty list when none does.</summary>
    private static List<int> ClauseOpenings(SentenceContext ctx)
    {
        var openings = NoOpenings;
        for (var i = ctx.FirstToken; i <= ctx.LastToken; i++)
        {
            if (OpensClause(ctx, i))
            {
                if (openings.Count == 0)
                {
                    openings = [];
                }

                openings.Add(i);
            }
        }

        return openings;
    }

    /// <summary>True when token <paramref name="i"/> is a semicolon, or a comma and conjunction followed by an actor as subject.</summary>
    private static bool OpensClause(SentenceContext ctx, int i)
    {
        if (ctx.Word(i) == ";")
        {
            return true;
        }

        if (ctx.Word(i) != "," || !ClauseConjunctions.Contains(ctx.Word(i + 1)))
        {
            return false;
        }

        var subject = ctx.Word(i + 2) == "the" ? i + 3 : i + 2;
        foreach (var m in ctx.ActorList)
        {
            if (m.FirstToken == subject)
            {
                // A subject is followed by its verb, not by more of a list ("X, and Y met").
                var next = ctx.Word(m.LastToken + 1);
                return next is not ("," or "and" or "or" or "") && ctx.Tokens[m.LastToken + 1].IsWord && !ctx.Tokens[m.LastToken + 1].IsCapitalized;
            }
        }

        return false;
    }

    /// <summary>"held separate talks", "separate meetings", "met separately with": one host's talks with each guest apart.</summary>
    private static bool IsSeparate(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger) =>
        ctx.Word(trigger.FirstToken - 1) is "separate" or "separately" || ctx.Word(trigger.LastToken + 1) == "separately" ||
        (ctx.Word(trigger.FirstToken - 2) is "separate" && ctx.Word(trigger.FirstToken - 1) is "bilateral" or "one-on-one" or "private");

    /// <summary>
    /// "Declined the invitation", "rejected the proposal": an answer to a happening the document has told of is
    /// dated, when its sentence gives no date, by that happening (the invitation or proposal it answers).
    /// </summary>
    private static TimeExpression? AnsweredDate(DocumentAnalysis analysis, SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, EventType type)
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

    private static bool IsObjectOfAim(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        // Back over up to three words; a hyphen inside a modifier ("Armenian-Azerbaijani") does not count as one.
        var reach = 3;
        for (var i = trigger.FirstToken - 1; i >= ctx.FirstToken && i >= trigger.FirstToken - reach; i--)
        {
            var w = ctx.Tokens[i].Normalized;
            if (w is "-" or "\u2013" && reach < 6)
            {
                reach += 2;
                continue;
            }

            // "the end of the war" names a time, not an aim.
            if (w == "end" && ctx.Word(i + 1) == "of" && ctx.Word(i - 1) is "the" or "its")
            {
                return false;
            }

            if (w is "end" or "ending" or "stop" or "stopping" or "halt" or "prevent" or "preventing" or "avoid" or "monitor" or
                "monitoring" or "violate" or "violates" or "violating" or "implement" or "implementing" or "observe" or
                "respect" or "uphold" or "get" or "reach" or "secure" or "achieve" or "toward" or "towards" ||
                // "closer to a final agreement", "the path to a peace deal": a goal, not a deal reached.
                (w == "to" && i > ctx.FirstToken && ctx.Tokens[i - 1].Normalized is "closer" or "nearer" or "path" or "way" or "road" or
                    "obstacle" or "obstacles" or "barrier" or "barriers" or "hurdle" or "hurdles" or "impediment" or "impediments") ||
                // "talks on a peace agreement", "prospects for a deal": what is worked toward, not a deal struck.
                (w is "on" or "over" or "for" && i > ctx.FirstToken && ctx.Tokens[i - 1].Normalized is "talks" or "negotiations" or
                    "negotiating" or "work" or "working" or "prospects" or "prospect" or "hopes" or "hope" or "chances" or "chance"))
            {
                return true;
            }

            if (!ctx.Tokens[i].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsReferenceFrame(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, EventType type)
    {
        // Back over at most two determiners or modifiers ("as part of the trilateral agreement").
        var i = trigger.FirstToken - 1;
        for (var skipped = 0; skipped < 2 && i > ctx.FirstToken && ctx.Tokens[i].IsWord && ctx.Word(i) is not ("of" or "with" or "to" or "under"); skipped++)
        {
            i--;
        }

        return ctx.Word(i) switch
        {
            // "under the agreement" is a frame; "under blockade", "under siege", "under attack" is a state the noun's act brings about.
            "under" => i < trigger.FirstToken - 1 || type is not (EventType.Blockade or EventType.ArmedClash),
            "per" => true,
            "of" => ctx.Word(i - 1) is "part" or "terms" or "framework" or "breach" or "violation" or "violations" or "provisions" or "implementation",
            "with" => ctx.Word(i - 1) is "accordance" or "line" or "compliance",
            "to" => ctx.Word(i - 1) is "pursuant" or "according",
            _ => false,
        };
    }

    /// <summary>
    /// "The Aghdam region shall be returned to Azerbaijan", "parts of the territory handed over": land changing
    /// hands, which is neither people released nor people going home.
    /// </summary>
    private bool IsLandTransfer(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, EventType type)
    {
        if (type is not (EventType.Release or EventType.Displacement))
        {
            return false;
        }

        return LandTransferred(ctx, trigger);
    }

    // Apart from IsLandTransfer so the closure its land test makes is made only for a release or a flight.
    private bool LandTransferred(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        var land = _landNouns;
        bool IsLand(int i) => land.Contains(ctx.Word(i)) || ctx.Mentions.Any(m => (m.FirstToken == i || m.LastToken == i) && m.Kind == EntityKind.Place);

        // Handing over or ceding takes the land as its object ("handed over control of the district").
        var transfers = ctx.Word(trigger.FirstToken) is "handed" or "hand" or "hands" or "handing" or "ceded" or "cede" or "cedes" or "transferred" or "transfer";
        if (transfers)
        {
            for (var j = trigger.LastToken + 1; j <= Math.Min(ctx.LastToken, trigger.LastToken + 3); j++)
            {
                if (ctx.Word(j) is "to" or "from" or "in" or "on" or "at" or "by" or "after" or "before" or "," or "")
                {
                    break;
                }

                if (IsLand(j))
                {
                    return true;
                }
            }
        }

        // The land as the subject: of a passive ("shall be returned") or a reduced relative ("the territory handed over").
        var k = trigger.FirstToken - 1;
        var passive = false;
        while (k > ctx.FirstToken && ctx.Word(k) is "be" or "been" or "being" or "is" or "are" or "was" or "were" or "shall" or "will" or "would" or "to" or "must" or "should" or "fully" or "also" or "gradually")
        {
            passive |= ctx.Word(k) is "be" or "been" or "being" or "is" or "are" or "was" or "were";
            k--;
        }

        return (passive || transfers) && k >= ctx.FirstToken && IsLand(k) &&
               ctx.Word(ctx.Mentions.FirstOrDefault(m => m.LastToken == k)?.FirstToken - 1 ?? k - 1) is not ("in" or "from" or "of" or "near" or "at" or "to");
    }

    private bool NothingHappened(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, TriggerForm form)
    {
        if (form != TriggerForm.Verb && (ctx.Word(trigger.FirstToken - 1) == "no" ||
            (ctx.Word(trigger.FirstToken - 2) == "no" && ctx.Word(trigger.FirstToken - 1) is not ("such" or "") && ctx.Tokens[trigger.FirstToken - 1].IsWord)))
        {
            return true;
        }

        var shows = ctx.FindAny(_noEvidence, ctx.FirstToken, trigger.FirstToken - 1, out _);
        return shows >= 0 && trigger.FirstToken - shows <= 12;
    }

    private static bool AgreesWithAView(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        if (ctx.Word(trigger.LastToken) is not ("agreed" or "agree" or "agrees") || ctx.Word(trigger.LastToken + 1) != "with")
        {
            return false;
        }

        for (var i = trigger.LastToken + 2; i <= Math.Min(ctx.LastToken, trigger.LastToken + 10); i++)
        {
            if (ctx.Word(i) == "that")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The newly recaptured territory", "the liberated lands": a participle that describes a noun tells what the
    /// thing is, not a happening the sentence reports.
    /// </summary>
    private static bool IsAttributiveParticiple(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        if (trigger.FirstToken != trigger.LastToken || !ctx.Word(trigger.FirstToken).EndsWith("ed", StringComparison.Ordinal))
        {
            return false;
        }

        var before = ctx.Word(trigger.FirstToken - 1);
        var after = trigger.LastToken < ctx.LastToken ? ctx.Tokens[trigger.LastToken + 1] : (Token?)null;

        // "meeting with 'elected officials'", "talks about detained servicemen": after a preposition, an opening
        // quote or a quantifier, a participle before a plural noun describes the people named.
        if (before is "'" or "\u2018" or "\"" or "\u201C" or "(" or "with" or "about" or "of" or "for" or "among" or "these" or
                "those" or "some" or "many" or "all" or "other" or "former" or "several" &&
            after is { IsWord: true, IsCapitalized: false } && after.Value.Normalized.Length > 3 && after.Value.Normalized.EndsWith('s') &&
            after.Value.Normalized is not ("was" or "has" or "is" or "its" or "this" or "thus" or "towards" or "across" or "besides"))
        {
            return true;
        }

        return before is "the" or "newly" or "recently" or "formerly" or "previously" or "once" or "its" or "their" &&
               after is { IsWord: true, IsCapitalized: false } && after.Value.Normalized is not ("by" or "in" or "on" or "at" or "to" or "from" or "with" or "for" or "and" or "or" or "as" or "after" or "during" or "since" or "over" or "under" or "into" or "near" or "along" or "that" or "which" or "who");
    }

    private static bool IsGenericKind(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        for (var i = trigger.FirstToken - 1; i >= ctx.FirstToken && i >= trigger.FirstToken - 2; i--)
        {
            // "frequent fire exchanges", "regular meetings": a habit, not one happening.
            if (ctx.Tokens[i].Normalized is "similar" or "such" or "any" or "possible" or "potential" or "future" or "hypothetical" or "proposed" or
                "frequent" or "regular" or "periodic" or "sporadic" or "occasional" or "recurrent" or "recurring" or "constant" or "daily")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"following a meeting in Sochi on Monday": the noun's own phrase dates it.</summary>
    private static bool DatedRightAfter(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<TimeExpression> own) =>
        DatesRightAfter(ctx, trigger, own).Any();

    private static IEnumerable<TimeExpression> DatesRightAfter(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<TimeExpression> own)
    {
        // "after the operation of the Azerbaijani armed forces on 19-20 September": a date after the noun's "of" and
        // the name it governs still dates the noun.
        var last = OfComplement(ctx, trigger)?.LastToken ?? trigger.LastToken;

        var end = ctx.Tokens[trigger.LastToken].Span.End;
        var limit = ctx.Tokens[ReachAfter(ctx, last, 6)].Span.End;
        return own.Where(t => t.Span.Start >= end && t.Span.Start <= limit && !CrossesClause(ctx.Analysis.Text, end, t.Span.Start));
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

    private static bool AfterTemporalPreposition(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger) =>
        TemporalPrepositionBefore(ctx, trigger) >= 0;

    /// <summary>The token of "after", "since", "following" … that opens the trigger's noun phrase, or -1.</summary>
    private static int TemporalPrepositionBefore(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        for (var i = trigger.FirstToken - 1; i >= ctx.FirstToken && i >= trigger.FirstToken - 4; i--)
        {
            var w = ctx.Tokens[i].Normalized;
            if (w is "after" or "before" or "since" or "following" or "until" or "till" or "prior" or "ahead" or "amid" or "despite")
            {
                return i;
            }

            if (!ctx.Tokens[i].IsWord || w is "of" or "to" or "and")
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"could clash", "to protest": a noun form after a modal or "to" is the verb.</summary>
    private static bool UsedAsVerb(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger) =>
        ctx.Word(trigger.FirstToken - 1) is "to" or "will" or "would" or "could" or "may" or "might" or "can" or "should" or "must" or "did" or "they" or "sides";

    private bool ReportedByOccurrenceVerb(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        // "held talks", "talks between the two ministers were held in Brussels".
        var from = Math.Max(ctx.FirstToken, trigger.FirstToken - 4);
        var to = Math.Min(ctx.LastToken, trigger.LastToken + 8);
        return ctx.FindAny(_occurrenceVerbs, from, to, out _) >= 0;
    }

    /// <summary>
    /// An appeal ("called on", "appealed to") whose first infinitive ("to" and a lower-case word) is not one of
    /// the pack's <c>invitation_verbs</c> (talk, meet, join, …).
    /// </summary>
    private bool IsAppealForOtherAct(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        if (ctx.Word(trigger.FirstToken) is not ("called" or "calls" or "call" or "calling" or "appealed" or "appeals" or "appealing"))
        {
            return false;
        }

        var end = Math.Min(ctx.LastToken - 1, trigger.LastToken + 10);
        for (var i = trigger.LastToken + 1; i <= end; i++)
        {
            if (ctx.Word(i) == "to" && ctx.Tokens[i + 1] is { IsWord: true, IsCapitalized: false })
            {
                return !_invitationVerbs.Contains(ctx.Word(i + 1));
            }
        }

        return false;
    }

    /// <summary>"dismissed the accusations", "released footage": the verb's object is not a person or goods.</summary>
    private bool HasNonEventObject(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, EventType type)
    {
        // "left a dozen people dead", "left the negotiating table": leaving, but not a home.
        if (type == EventType.Displacement && ctx.Word(trigger.FirstToken) is "left" or "leaving" or "leave" or "leaves")
        {
            return ctx.FindAny(_notDisplacementObjects, trigger.LastToken + 1, Math.Min(ctx.LastToken, trigger.LastToken + 6), out _) >= 0;
        }

        if (type is not (EventType.Dismissal or EventType.Release or EventType.AidDelivery or EventType.Arrest or
            EventType.Appointment or EventType.Protest or EventType.Blockade or EventType.Visit))
        {
            return false;
        }

        // "released footage", and the reduced relative "photos released of the meeting".
        var to = Math.Min(ctx.LastToken, trigger.LastToken + 3);
        return ctx.FindAny(_nonEventObjects, trigger.LastToken + 1, to, out _) >= 0 ||
               (trigger.FirstToken > ctx.FirstToken && _nonEventObjectWords.Contains(ctx.Word(trigger.FirstToken - 1)));
    }

    /// <summary>
    /// The sentence's dates for a trigger: the one nearest to it, or every day of a list it belongs to
    /// ("on September 25, 29 and October 2" is three happenings).
    /// </summary>
    private static List<TimeExpression> DatesFor(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<TimeExpression> own, List<TimeExpression> cited)
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
        bool AcrossClause(TimeExpression t) => CrossesClause(text, Math.Min(t.Span.End, at), Math.Max(t.Span.Start, at));
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

    // Words that end the noun phrase a date opens: prepositions, conjunctions, pronouns and auxiliaries.
    private static readonly HashSet<string> NotNouns = new(StringComparer.Ordinal)
    {
        "and", "or", "to", "of", "in", "on", "at", "by", "for", "from", "with", "when", "that", "which", "who", "after", "before", "until",
        "was", "were", "is", "are", "has", "have", "had", "will", "would", "be", "been",
    };

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

    private static readonly HashSet<string> Superlatives = new(StringComparer.Ordinal)
    {
        "first", "worst", "most", "biggest", "largest", "heaviest", "deadliest", "bloodiest", "fiercest", "highest", "greatest",
        "strongest", "longest", "toughest", "gravest",
    };

    private static readonly HashSet<string> FramingPrepositions = new(StringComparer.Ordinal)
    {
        "in", "during", "at", "since", "after", "before", "until", "following", "amid", "throughout",
    };

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

    private static bool CrossesClause(string text, int from, int to)
    {
        for (var i = from; i < to && i < text.Length; i++)
        {
            if (text[i] is ',' or ';')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a subordinating conjunction ("after", "because", "although") lies between two tokens.</summary>
    private static bool SubordinatorBetween(SentenceContext ctx, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (ctx.Word(i) is "after" or "before" or "because" or "although" or "though" or "whereas" or "until" or "unless" or "despite")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"further meetings", "another round of talks", "follow-up talks", "met again": a sequel to talks told of before.</summary>
    private static bool IsFollowUp(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        for (var i = trigger.FirstToken - 1; i >= ctx.FirstToken && i >= trigger.FirstToken - 4; i--)
        {
            if (ctx.Word(i) is "further" or "another" or "subsequent" or "follow-up" or "followup" or "next" or "later" or "fresh" or "new")
            {
                return true;
            }

            if (ctx.Word(i) is not ("round" or "rounds" or "of" or "a" or "the" or "two" or "three" or "several"))
            {
                break;
            }
        }

        return ctx.Word(trigger.LastToken + 1) == "again" || ctx.Word(trigger.LastToken + 2) == "again";
    }

    /// <summary>True when the "with" or "between" that introduces <paramref name="m"/> lies behind a comma after the trigger.</summary>
    private static bool IntroducedAcrossComma(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, LinkedMention m)
    {
        var i = m.FirstToken - 1;
        while (i > trigger.LastToken && ctx.Word(i) is not ("with" or "between"))
        {
            i--;
        }

        return i > trigger.LastToken && CrossesClause(ctx.Analysis.Text, ctx.Tokens[trigger.LastToken].Span.End, ctx.Tokens[i].Span.Start);
    }

    /// <summary>
    /// The first actor after the comma that closes an opening participial phrase holding the trigger ("Speaking at a
    /// meeting with X, Y said ..."): the participle's subject is the main clause's, or null.
    /// </summary>
    private static LinkedMention? ParticipleSubject(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        var first = ctx.FirstToken;
        // "Following", "According", "Regarding" open prepositional phrases, whose subject is not the main clause's.
        if (!ctx.Tokens[first].IsWord || !ctx.Word(first).EndsWith("ing", StringComparison.Ordinal) || ctx.Word(first).Length < 6 ||
            ctx.Word(first) is "following" or "according" or "regarding" or "concerning" or "including" or "considering" or "excluding" or "pending" or "notwithstanding" or "during" ||
            !char.IsUpper(ctx.Analysis.Text[ctx.Tokens[first].Span.Start]))
        {
            return null;
        }

        for (var i = first + 1; i <= ctx.LastToken; i++)
        {
            if (ctx.Word(i) == ",")
            {
                return i > trigger.LastToken ? ActorStartingWithin(ctx, i + 1, i + 4) : null;
            }
        }

        return null;
    }

    /// <summary>The first actor starting in tokens [<paramref name="from"/>, <paramref name="to"/>], or null.</summary>
    private static LinkedMention? ActorStartingWithin(SentenceContext ctx, int from, int to)
    {
        foreach (var m in ctx.ActorList)
        {
            if (m.FirstToken >= from && m.FirstToken <= to)
            {
                return m;
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

    private static bool Suppressed(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<PhraseMatch<(EventType Type, TriggerForm Form)>> all, EventType type)
    {
        // "refused to hold talks", "invited ... to hold talks", "proposed talks": the talks are the object.
        // (Loops rather than LINQ: this runs for every trigger.)
        if (type == EventType.Meeting)
        {
            foreach (var o in all)
            {
                if (o.Payloads[0].Type is EventType.Refusal or EventType.Invitation or EventType.Proposal &&
                    o.FirstToken < trigger.FirstToken && trigger.FirstToken - o.LastToken <= 8)
                {
                    return true;
                }
            }
        }

        // "The road was blocked by a group of activists": a weak noun in the agent phrase of another happening's
        // passive verb names who did that, not a happening of its own.
        if (trigger.Payloads[0].Form == TriggerForm.Weak && InAgentPhraseOfAnother(ctx, trigger, all))
        {
            return true;
        }

        // A trigger inside a named thing ("Munich Security Conference") or a title is not an event.
        for (var k = 0; k < ctx.Mentions.Count; k++)
        {
            var m = ctx.Mentions[k];
            if (m.FirstToken <= trigger.FirstToken && trigger.LastToken <= m.LastToken)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"The bus had arrived in", "trucks finally arrived in": the trigger's subject is a vehicle (pack <c>vehicle_nouns</c>).</summary>
    private bool VehicleBefore(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        var i = trigger.FirstToken - 1;
        while (i > ctx.FirstToken && ctx.Word(i) is "had" or "has" or "have" or "finally" or "also" or "then" or "first" or "already")
        {
            i--;
        }

        return _vehicles.Contains(ctx.Word(i));
    }

    /// <summary>
    /// True when the trigger stands in the "by" phrase of another trigger's verb, with only words between ("blocked by
    /// a group of men described as activists").
    /// </summary>
    private static bool InAgentPhraseOfAnother(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<PhraseMatch<(EventType Type, TriggerForm Form)>> all)
    {
        foreach (var o in all)
        {
            if (o.Payloads[0].Form != TriggerForm.Verb || o.LastToken >= trigger.FirstToken || trigger.FirstToken - o.LastToken > 12 ||
                ctx.Word(o.LastToken + 1) != "by")
            {
                continue;
            }

            var unbroken = true;
            for (var i = o.LastToken + 2; i < trigger.FirstToken && unbroken; i++)
            {
                unbroken = ctx.Tokens[i].IsWord || ctx.Word(i) is "-" or "'s" or "\u2019s";
            }

            if (unbroken)
            {
                return true;
            }
        }

        return false;
    }

    private EventMention? Read(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<PhraseMatch<(EventType Type, TriggerForm Form)>> triggers, EventType type, TriggerForm form, TimeExpression? date, TimeExpression? inherited, DocumentTopics documentTopics, string? venue, (int First, int Last) clause, EpisodeDefinition? referenced, ref int counter)
    {
        // A weak cue counts only with a date (and an actor, below). Without a date in its sentence, a past perfect
        // ("had resettled") or a bare past ("rejected") verb tells background rather than the news of the day the
        // article is dated. Both need nothing read, and most triggers that come to nothing fail here.
        if ((form == TriggerForm.Weak && date is null) || (date is null && IsUndatedPast(ctx, trigger, form, inherited)))
        {
            return null;
        }

        var analysis = ctx.Analysis;
        var actors = new List<string>();
        var targets = new List<string>();
        // Whoever the sentence says brokered something ("a declaration brokered by Russia") is no party to any
        // other happening it tells of, and mediates only what can be mediated.
        var brokers = MediatorsOf(ctx);
        // The sentence's brokers are shared by its triggers: a mediated event takes its own copy to change.
        var mediators = !IsMediated(type) ? [] : brokers.Count == 0 ? new HashSet<string>(StringComparer.Ordinal) : new HashSet<string>(brokers, StringComparer.Ordinal);
        var (clauseFirst, clauseLast) = clause;
        var participleSubject = type == EventType.Meeting ? ParticipleSubject(ctx, trigger) : null;
        // "Tensions between Armenia and Azerbaijan rose following an Azerbaijani incursion": when a noun's temporal
        // phrase names its own parties, those of the clause it hangs from are not the noun's ("X and Y agreed ...
        // following a trilateral meeting" names no others, and there they are the meeting's).
        var demonyms = form == TriggerForm.Noun ? DemonymsBefore(ctx, trigger.FirstToken) : NoIds;
        var phraseFirst = demonyms.Count > 0 ? TemporalPrepositionBefore(ctx, trigger) : -1;
        // "Trucks entered the region on Monday, Azerbaijan's presidential aide said": who reports it takes no part.
        var attribution = AttributionStart(ctx);
        var reportedFrom = attribution > trigger.LastToken ? attribution : int.MaxValue;
        // "BAKU, Azerbaijan -- Trucks entered ...": the dateline tells where the report was filed.
        var datelineEnd = DatelineEnd(ctx);
        // "X dismissed A and appointed B": A is the first verb's object and B the second's, while X does both.
        var (otherObjectFirst, otherObjectLast, nextVerb) = form == TriggerForm.Verb ? CoordinatedVerbs(ctx, trigger, triggers) : (-1, -1, int.MaxValue);
        foreach (var m in ctx.ActorList)
        {
            // "Azerbaijan releases 32 servicemen, and Armenia releases 2": a clause with its own subject has its own parties.
            if (m.LastToken < clauseFirst || m.FirstToken > clauseLast || m.LastToken < phraseFirst || m.FirstToken > reportedFrom || m.LastToken < datelineEnd ||
                (m.FirstToken >= otherObjectFirst && m.LastToken <= otherObjectLast) || m.FirstToken > nextVerb)
            {
                continue;
            }

            var id = ActorId(m, type);

            // A mediator of talks is not a party to them; a mediator of a deal signs it as a party too.
            if (type != EventType.Agreement && (brokers.Contains(m.Mention.EntityId) || brokers.Contains(id)))
            {
                continue;
            }

            var after = m.FirstToken > trigger.LastToken;

            // "agreed to end hostilities after efforts by Russia and France failed": a party named after a
            // subordinating word acts in that other clause.
            if (after && SubordinatorBetween(ctx, trigger.LastToken, m.FirstToken))
            {
                continue;
            }

            // "talks with X and Y", "clashes between X and a group of Y": each of a list the trigger governs is a party.
            var cue = after && type is EventType.Meeting or EventType.ArmedClash && InParticipantList(ctx, trigger, m) ? "between" : PreviousWord(ctx, m.FirstToken);

            // "fled to Armenia", "arrived in Armenia": the country people flee to or from is where they go, not who acts.
            if (type == EventType.Displacement && (after || m.FirstToken > trigger.FirstToken) && m.Kind is EntityKind.State or EntityKind.Authority &&
                cue is "to" or "in" or "into" or "toward" or "towards" or "from" or "for")
            {
                continue;
            }
            // "aid arrived from Azerbaijan via the Red Cross": the sender and the carrier deliver it.
            var sender = type == EventType.AidDelivery && cue is "from" or "via";
            var isTarget = HasTargets(type) && after && !sender && cue is not ("with" or "and" or "between" or "by") &&
                           !(cue == "of" && form == TriggerForm.Noun && m.FirstToken - trigger.LastToken <= 3 && AgentOfNouns.Contains(ctx.Word(trigger.LastToken)));
            // Whom a decree names or removes is its object; the person who signs it is the subject of the active verb
            // ("the president has sacked the minister"), not of a passive one ("the minister was sacked").
            if (type is EventType.Appointment or EventType.Dismissal or EventType.Arrest && m.Kind == EntityKind.Person)
            {
                isTarget = type == EventType.Arrest || after || form != TriggerForm.Verb || IsPassiveVerb(ctx, trigger);
            }

            // "met with X", "talks between X and Y", and the verb's own object: "Lavrov met his Turkish counterpart". A
            // "with" behind a comma is another clause's ("..., X hoped for progress in his talks with Y"); the subject of a
            // sentence that opens on the trigger's participle is a party ("Speaking at a meeting with X, Y said").
            if (type == EventType.Meeting && after && !(participleSubject == m) &&
                ((cue is not ("with" or "and" or "between" or "of") && !(form == TriggerForm.Verb && IsObjectOf(ctx, trigger, m))) ||
                 (cue is "with" or "between" && IntroducedAcrossComma(ctx, trigger, m))))
            {
                continue;
            }

            var list = isTarget ? targets : actors;
            if (!list.Contains(id))
            {
                list.Add(id);
            }
        }

        // "A checkpoint was set up on the road by the border service", "the road was blocked by protesters": a passive
        // names who acted after "by"; the other parties the sentence names are whom or what it was done about.
        if (type is not (EventType.Meeting or EventType.Appointment or EventType.Dismissal or EventType.Displacement) &&
            PassiveAgents(ctx, trigger, form, type) is { Count: > 0 } agents)
        {
            actors.Clear();
            actors.AddRange(agents);
        }

        // "Karabakh Armenians fled after the offensive": who flees is the population named, not the states or forces
        // the sentence blames or sends them to.
        if (type == EventType.Displacement && DisplacedGroups(ctx) is { Count: > 0 } displaced)
        {
            actors.Clear();
            actors.AddRange(displaced);
        }

        // "a reported Azerbaijani infiltration", "Armenian-Azerbaijani talks": demonyms in front of a noun trigger name
        // its parties when the sentence names none otherwise (a demonym alone is linked to no entity).
        if (actors.Count == 0 && type != EventType.Displacement)
        {
            foreach (var id in demonyms)
            {
                if (!targets.Contains(id) && !mediators.Contains(id))
                {
                    actors.Add(id);
                }
            }
        }

        // "The sides convened again", "talks between the two countries": a phrase for the parties names them when
        // the sentence names no actor otherwise.
        if (actors.Count == 0 && CollectiveParties(ctx, trigger) is { } parties)
        {
            foreach (var p in parties)
            {
                if (!mediators.Contains(p))
                {
                    actors.Add(p);
                }
            }
        }

        // "Further meetings were held on ...", "another round of talks": a follow-up is between the parties of the
        // talks the text told of last.
        if (actors.Count == 0 && type == EventType.Meeting && IsFollowUp(ctx, trigger) &&
            analysis.Events.LastOrDefault(e => e.Type == EventType.Meeting && e.Actors.Count > 0) is { } previous)
        {
            actors.AddRange(previous.Actors);
            foreach (var mediator in previous.Mediators)
            {
                mediators.Add(mediator);
            }
        }

        if (type == EventType.Meeting && form == TriggerForm.Verb)
        {
            HostOf(ctx, trigger, type, actors, mediators);
        }

        // "The 44-day war", "the Second Karabakh War": a name of a well-known episode names its parties and place
        // too, when the sentence does not.
        var episode = referenced ?? (NamedPeriodOf(ctx, trigger) is { } named ? _episodes.Named(type, named.Range) : null);
        if (episode is not null && actors.Count + targets.Count == 0)
        {
            actors.AddRange(episode.Actors);
        }

        // The tests below read only the parties: a happening they rule out needs no count, place or agenda read.
        // (Seating a host or a third party as mediator, below, leaves parties named as many or as none.)

        // "Those I met in Goris": the writer's own meetings, with no party named, are reporting, not news.
        if ((type == EventType.Meeting && IsSessionOfOneBody(ctx, trigger, form)) ||
            (type is EventType.Meeting or EventType.Visit && form == TriggerForm.Verb && ctx.Word(trigger.FirstToken - 1) == "i" && actors.Count + targets.Count == 0))
        {
            return null;
        }

        if (form == TriggerForm.Weak && actors.Count == 0)
        {
            return null;
        }

        // Events need a participant or a date to be worth recording; analysis prose has neither.
        if (actors.Count + targets.Count == 0 && date is null && inherited is null && referenced is null)
        {
            return null;
        }

        var (quantities, place) = (ReadQuantities(ctx, trigger, triggers, type, clause), venue ?? PlaceOf(ctx, trigger, type, clause));
        if (episode is not null)
        {
            place ??= episode.Place;
        }

        if (type is EventType.Meeting or EventType.Agreement)
        {
            HostByPlace(place, type, actors, mediators);
            ThirdParties(type, actors, mediators);
        }

        // Topics are issues on an agenda: a clash, a flight, an appointment or a dismissal has none, whatever
        // issues the sentence telling of it names.
        var topics = type is EventType.ArmedClash or EventType.Displacement or EventType.Appointment or EventType.Dismissal
            ? [] : TopicsOf(ctx, documentTopics, actors, targets, mediators, type);

        // Talks and deals reported without their agenda ("the ministers met in Moscow") are about what the
        // article is about: its most named issue.
        if (topics.Count == 0 && type is EventType.Meeting or EventType.Agreement or EventType.Proposal && documentTopics.Dominant is { } documentTopic)
        {
            topics = [documentTopic];
        }

        // An arrest is on the amnesty issue whether or not its sentence says "prisoners": the pack's event type says so.
        foreach (var inherent in _inherentTopics[(int)type])
        {
            if (!topics.Contains(inherent))
            {
                topics.Insert(0, inherent);
            }
        }

        var status = StatusOf(ctx, trigger, type);
        var when = (date is null ? referenced?.Date : OnsetOf(type, trigger, date) ?? StartOf(date)) ?? inherited?.Range ?? FallbackDate(analysis);

        // "Vardanyan was dismissed as state minister": whoever names or removes an official does so for the state or
        // authority the office belongs to, whoever announced it.
        if (type is EventType.Appointment or EventType.Dismissal)
        {
            SeatAppointingBody(analysis, actors, targets, when);
        }

        // "Russian peacekeepers' commander Muradov" mediating for Russia: the body that mediates is the one to name, not
        // its state as well.
        if (mediators.Count > 1)
        {
            RemoveStatesOfMediatingBodies(mediators);
        }

        // Whom it was done to, but not who did it.
        var done = 0;
        for (var k = 0; k < targets.Count; k++)
        {
            if (!actors.Contains(targets[k]))
            {
                targets[done++] = targets[k];
            }
        }

        targets.RemoveRange(done, targets.Count - done);

        var span = ctx.Sentence.Span;
        counter++;
        return new EventMention
        {
            Key = $"e{counter}",
            DocumentId = analysis.Document.Id,
            Type = type,
            Status = status,
            Date = when,
            Place = place,
            Actors = actors,
            Targets = targets,
            Mediators = [.. mediators],
            Topics = topics,
            Quantities = quantities,
            Span = span,
            Quote = ctx.Text,
            Via = ViaOf(ctx),
            Trigger = TriggerText(ctx, trigger),
        };
    }

    /// <summary>
    /// Who names or removes an official: the persons among <paramref name="actors"/> when there are any ("The president
    /// of the republic, X, has sacked Y": the signer acts, not the republic the title names), else the state or
    /// authority the first of <paramref name="targets"/> with a known office serves.
    /// </summary>
    private void SeatAppointingBody(DocumentAnalysis analysis, List<string> actors, List<string> targets, DateRange? when)
    {
        var anyPerson = false;
        foreach (var a in actors)
        {
            anyPerson |= pack.Find(a)?.Kind == EntityKind.Person;
        }

        if (anyPerson)
        {
            actors.RemoveAll(a => pack.Find(a)?.Kind != EntityKind.Person);
            return;
        }

        foreach (var t in targets)
        {
            if (OfficeHolderBody(analysis, t, when) is { } body)
            {
                actors.Clear();
                actors.Add(body);
                return;
            }
        }
    }

    /// <summary>
    /// For a verb coordinated with another of the same subject ("dismissed A and appointed B"): the tokens of the object
    /// of the verb before it, which are not its parties (-1, -1 when there is none; a meeting's guest signs what
    /// follows the meeting, so a meeting verb keeps its object), and where the verb after it begins (int.MaxValue).
    /// </summary>
    private static (int First, int Last, int NextVerb) CoordinatedVerbs(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<PhraseMatch<(EventType Type, TriggerForm Form)>> triggers)
    {
        var (first, last, next) = (-1, -1, int.MaxValue);
        var joined = ctx.Word(trigger.FirstToken - 1) is "and" or "then";
        foreach (var o in triggers)
        {
            if (o.Payloads[0].Form != TriggerForm.Verb || o.FirstToken == trigger.FirstToken)
            {
                continue;
            }

            if (joined && o.LastToken < trigger.FirstToken - 1 && o.LastToken + 1 > first && o.Payloads[0].Type != EventType.Meeting)
            {
                (first, last) = (o.LastToken + 1, trigger.FirstToken - 1);
            }

            if (o.FirstToken > trigger.LastToken + 1 && o.FirstToken < next && ctx.Word(o.FirstToken - 1) is "and" or "then")
            {
                next = o.FirstToken;
            }
        }

        return (first, last, next);
    }

    /// <summary>
    /// The dash that closes a dateline opening the sentence ("BAKU, Azerbaijan -- ...", "MOSCOW (Reuters) - ..."): a
    /// word in capitals first and a dash within eight tokens; -1 when the sentence opens with none.
    /// </summary>
    private static int DatelineEnd(SentenceContext ctx)
    {
        var first = ctx.FirstToken;
        if (!ctx.Tokens[first].IsWord || !ctx.Tokens[first].IsAllCaps || ctx.Tokens[first].Span.Length < 3)
        {
            return -1;
        }

        for (var i = first + 1; i <= ctx.LastToken && i <= first + 8; i++)
        {
            if (ctx.Word(i) is "-" or "--" or "—" or "–")
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The comma that opens the sentence's closing attribution (", the ministry said.", ", Lavrov told reporters on
    /// Monday.", ", according to the ministry."), or -1: a speech verb at most six words from the end, with no comma
    /// between it and that comma.
    /// </summary>
    private int AttributionStart(SentenceContext ctx)
    {
        if (ctx.KnownAttributionStart is { } known)
        {
            return known;
        }

        var start = -1;
        var verbSeen = false;
        var words = 0;
        for (var i = ctx.LastToken; i > ctx.FirstToken + 3 && words <= 14; i--)
        {
            var w = ctx.Word(i);
            if (w == ",")
            {
                // "..., according to the ministry."
                start = verbSeen || (ctx.Word(i + 1) == "according" && ctx.Word(i + 2) == "to") ? i : -1;
                break;
            }

            if (!ctx.Tokens[i].IsWord)
            {
                continue;
            }

            words++;
            verbSeen |= words <= 7 && _speechVerbs.Contains(w);
        }

        ctx.KnownAttributionStart = start;
        return start;
    }

    /// <summary>Takes out of <paramref name="mediators"/> each state whose own body (one of its sides or parents) mediates too.</summary>
    private void RemoveStatesOfMediatingBodies(HashSet<string> mediators) =>
        mediators.RemoveWhere(m => pack.Find(m)?.Kind == EntityKind.State &&
                                   mediators.Any(o => pack.Find(o) is { Kind: EntityKind.Organization } body && (body.Side == m || body.Parent == m)));

    /// <summary>The population groups the sentence names (not places named as groups), each once, in order.</summary>
    private List<string> DisplacedGroups(SentenceContext ctx)
    {
        var displaced = NoIds;
        foreach (var m in ctx.ActorList)
        {
            if (m.Kind == EntityKind.Group && pack.Find(m.Mention.EntityId)?.PlaceType is null && !displaced.Contains(m.Mention.EntityId))
            {
                if (displaced.Count == 0)
                {
                    displaced = [];
                }

                displaced.Add(m.Mention.EntityId);
            }
        }

        return displaced;
    }

    /// <summary>Happenings a third party can broker or host; a clash, a blockade or a flight has no mediator, whatever
    /// deal the sentence says was brokered.</summary>
    private static bool IsMediated(EventType type) =>
        type is EventType.Meeting or EventType.Agreement or EventType.Release or EventType.Proposal or EventType.Invitation or
            EventType.AidDelivery or EventType.Visit;

    /// <summary>Happenings done to someone: a party named after the trigger is what it is done to.</summary>
    private static bool HasTargets(EventType type) =>
        type is EventType.ArmedClash or EventType.Arrest or EventType.Release or EventType.Blockade or EventType.SupplyCut or
            EventType.AidDelivery or EventType.Appointment or EventType.Dismissal or EventType.Invitation or EventType.Refusal or
            EventType.Visit or EventType.Proposal;

    /// <summary>
    /// The state or de facto authority whose office <paramref name="person"/> holds: from the role the document gives
    /// them, else from the pack's role held on <paramref name="when"/>; null when neither says.
    /// </summary>
    private string? OfficeHolderBody(DocumentAnalysis analysis, string person, DateRange? when)
    {
        var of = analysis.Roles.Where(r => r.EntityId == person).Select(r => r.Role.Of).FirstOrDefault(o => o is not null);
        if (of is null && when is { } d && pack.Find(person) is { } known)
        {
            of = known.Roles.FirstOrDefault(r => r.Of is not null && (r.IsActiveOn(d.Earliest) || r.IsActiveOn(d.Latest)))?.Of;
        }

        // A ministry or council belongs to its state: climb to the first state or authority.
        for (var body = pack.Find(of); body is not null; body = pack.Find(body.Parent))
        {
            if (body.Kind is EntityKind.State or EntityKind.Authority)
            {
                return body.Id;
            }
        }

        return null;
    }

    /// <summary>
    /// The parties a collective phrase of the pack stands for, when it is the trigger's subject (at most eight
    /// words before it, not the object of a preposition) or a counted pair after "between"; null when none is.
    /// </summary>
    private string[]? CollectiveParties(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        // Most triggers have no such phrase near them: one look in the document's index of the phrases says so.
        if (ctx.FindAny(_cues.CollectivePartyPhrases, trigger.FirstToken - 8, trigger.LastToken + 4, out _) < 0)
        {
            return null;
        }

        foreach (var (key, ids) in _cues.CollectiveParties)
        {
            var before = ctx.Find(key, Math.Max(ctx.FirstToken, trigger.FirstToken - 8), trigger.FirstToken - 1);
            if (before >= 0 && before + key.Length <= trigger.FirstToken &&
                ctx.Word(before - 1) is not ("of" or "with" or "between" or "to" or "from" or "for" or "against" or "by" or "on" or "about"))
            {
                return ids;
            }

            // After "between" only a counted pair ("the two countries"): "fighting between the parties" may mean
            // any two sides of the story.
            var after = key.Contains("two") || key.Contains("both") ? ctx.Find(key, trigger.LastToken + 1, Math.Min(ctx.LastToken, trigger.LastToken + 4)) : -1;
            if (after >= 0 && (ctx.Word(after - 1) == "between" || (ctx.Word(after - 1) == "the" && ctx.Word(after - 2) == "between")))
            {
                return ids;
            }
        }

        return null;
    }

    /// <summary>
    /// The trigger as written, with a "separate" before it kept ("a separate meeting"): the merger reads it as the
    /// document telling of one more happening, not of one it has already told.
    /// </summary>
    private static string TriggerText(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        var start = trigger.Span.Start;
        var before = trigger.FirstToken - 1;
        if (before >= ctx.FirstToken && ctx.Tokens[before].Normalized == "separate")
        {
            start = ctx.Tokens[before].Span.Start;
        }

        return ctx.Analysis.Text[start..trigger.Span.End];
    }

    /// <summary>
    /// "talks between the French president, the Armenian prime minister and …": every
    /// name of a list opened by "between" or "with" after the trigger is a participant, titles and all.
    /// </summary>
    private bool InParticipantList(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, LinkedMention m)
    {
        var titles = _titleNouns;
        for (var i = m.FirstToken - 1; i > trigger.LastToken; i--)
        {
            var token = ctx.Tokens[i];
            // "talks with X", "between X and Y", "a meeting with the participation of X, Y and Z".
            if (token.Normalized is "between" or "with" || (token.Normalized == "of" && ctx.Word(i - 1) is "participation" or "attendance"))
            {
                return true;
            }

            var named = false;
            var namedBefore = false;
            for (var k = 0; k < ctx.Mentions.Count; k++)
            {
                var x = ctx.Mentions[k];
                named |= x.FirstToken <= i && i <= x.LastToken;
                namedBefore |= x.FirstToken <= i - 1 && i - 1 <= x.LastToken;
            }

            var capitalized = token.IsWord && token.IsCapitalized;
            // "a meeting with Russian representatives, Karabakh's ministry said": a comma after a common noun closes the list.
            if (token.Normalized == "," && i - 1 > trigger.LastToken && !namedBefore &&
                !ctx.Tokens[i - 1].IsCapitalized)
            {
                return false;
            }

            if (!(named || capitalized || token.Normalized is "," or "and" or "the" or "." or "a" or "an" or "group" or "groups" or "of" or
                    "units" or "members" or "representatives" or "then" or "-" or "former" or "unnamed" or "senior" or "acting" or "local" ||
                  titles.Contains(token.Normalized)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Chaired a meeting of the Council of Ministers", "a session of the Security Council": a body sitting on its own is
    /// no meeting between parties. One whose name says it joins sides ("the trilateral working group", "a joint
    /// commission") is, and so are talks with or between others named after the trigger.
    /// </summary>
    private static bool IsSessionOfOneBody(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, TriggerForm form)
    {
        if (form != TriggerForm.Noun || OfComplement(ctx, trigger) is not { Kind: EntityKind.Organization or EntityKind.Authority } body ||
            ctx.Word(body.LastToken + 1) is "and" or "," || ctx.FindAny(ParticipantCues, trigger.LastToken + 1, ctx.LastToken, out _) >= 0)
        {
            return false;
        }

        for (var i = body.FirstToken; i <= body.LastToken; i++)
        {
            if (ctx.Word(i) is "trilateral" or "bilateral" or "joint" or "intergovernmental" or "commission" or "commissions" or "group" or "co-chairs" or "minsk")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The name right after the trigger's "of" ("the meeting of [the] Council of Ministers"), or null.</summary>
    private static LinkedMention? OfComplement(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        var of = trigger.LastToken + 1;
        if (ctx.Word(of) != "of")
        {
            return null;
        }

        for (var k = 0; k < ctx.Mentions.Count; k++)
        {
            var m = ctx.Mentions[k];
            if (m.FirstToken == of + 1 || (m.FirstToken == of + 2 && ctx.Word(of + 1) == "the"))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The name of a period of several words that holds the trigger ("the 44-day war"), or null.</summary>
    private static TimeExpression? NamedPeriodOf(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
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
    /// The sentence's dates that may date <paramref name="trigger"/>: "retook land lost in the first Karabakh war in
    /// September" — a named period holding another trigger of the type is that happening's date, not this one's.
    /// </summary>
    private static List<TimeExpression> OwnDates(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<PhraseMatch<(EventType Type, TriggerForm Form)>> triggers, List<TimeExpression> own)
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

    /// <summary>
    /// The episode a definite noun without a date of its own refers to ("the blockade of the Lachin corridor",
    /// "Azerbaijan's \"blockade\" of the road"): the one of its type the pack knows at the sentence's place, begun by
    /// the day of writing; null when the noun is indefinite, no place is named, or several episodes fit.
    /// </summary>
    private EpisodeDefinition? ReferencedEpisode(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, EventType type)
    {
        var before = trigger.FirstToken - 1;
        while (before > ctx.FirstToken && ctx.Word(before) is "\"" or "\u201C" or "'" or "\u2018")
        {
            before--;
        }

        if (ctx.Word(before) is not ("the" or "'s" or "\u2019s") ||
            Parley.Extraction.Time.TimeStage.AnchorOf(ctx.Analysis.Document.Published) is not { } written ||
            PlaceOf(ctx, trigger, type, CoordinatedClause(ctx, trigger, ClauseOpenings(ctx))) is not { } place)
        {
            return null;
        }

        return _episodes.Referenced(type, place, written);
    }

    private static bool IsUndatedPast(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, TriggerForm form, TimeExpression? inherited)
    {
        var before = ctx.Word(trigger.FirstToken - 1);
        // "had resettled", and with an adverb between: "had earlier dismissed", "had already left".
        if (before == "had" || (ctx.Word(trigger.FirstToken - 2) == "had" && (before is "earlier" or "already" or "previously" or "since" || before.EndsWith("ly", StringComparison.Ordinal))))
        {
            return true;
        }

        // A present perfect ("has rejected") is recent news; a bare past with no date anywhere near is not.
        return inherited is null && form != TriggerForm.Noun && ctx.Tokens[trigger.FirstToken].Normalized.EndsWith("ed", StringComparison.Ordinal) &&
               before is not ("has" or "have");
    }

    /// <summary>A verb trigger in a past form: "dismissed", "had appointed", "has met".</summary>
    private static bool IsPastForm(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger) =>
        ctx.Word(trigger.FirstToken).EndsWith("ed", StringComparison.Ordinal) || ctx.Word(trigger.FirstToken - 1) is "had" or "has" or "have" ||
        ctx.Word(trigger.FirstToken) is "met" or "fled" or "left" or "held" or "fought" or "sat" or "took" or "began" or "brought";

    /// <summary>The places of one "in A and B" ("in A, B and C", "in A and again in B") list after the trigger, in order.</summary>
    private static List<string> ListedVenues(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        // The places after the trigger, by first token (a stable insertion sort: a sentence names a few); most
        // meetings have none, and no list is made for them.
        List<LinkedMention>? places = null;
        for (var k = 0; k < ctx.Mentions.Count; k++)
        {
            var m = ctx.Mentions[k];
            if (m.Kind == EntityKind.Place && m.FirstToken > trigger.LastToken)
            {
                places ??= [];
                var at = places.Count;
                while (at > 0 && places[at - 1].FirstToken > m.FirstToken)
                {
                    at--;
                }

                places.Insert(at, m);
            }
        }

        var first = -1;
        for (var k = 0; places is not null && k < places.Count && first < 0; k++)
        {
            first = ctx.Word(places[k].FirstToken - 1) == "in" ? k : -1;
        }

        if (first < 0)
        {
            return NoIds;
        }

        var list = new List<string> { places![first].Mention.EntityId };
        for (var k = first + 1; k < places.Count; k++)
        {
            if (!IsVenueListGap(ctx, places[k - 1].LastToken + 1, places[k].FirstToken - 1))
            {
                break;
            }

            if (!list.Contains(places[k].Mention.EntityId))
            {
                list.Add(places[k].Mention.EntityId);
            }
        }

        return list;
    }

    /// <summary>One to three tokens [<paramref name="from"/>, <paramref name="to"/>] of ",", "and", "again", "then" or "in", a comma or an "and" among them.</summary>
    private static bool IsVenueListGap(SentenceContext ctx, int from, int to)
    {
        var count = to - from + 1;
        if (count is < 1 or > 3)
        {
            return false;
        }

        var joins = false;
        for (var i = from; i <= to; i++)
        {
            var w = ctx.Word(i);
            if (w is not ("," or "and" or "again" or "then" or "in"))
            {
                return false;
            }

            joins |= w is "," or "and";
        }

        return joins;
    }

    /// <summary>True when only determiners and possessives stand between a verb trigger and the mention.</summary>
    private static bool IsObjectOf(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, LinkedMention m)
    {
        for (var i = trigger.LastToken + 1; i < m.FirstToken; i++)
        {
            if (ctx.Tokens[i].Normalized is not ("the" or "a" or "an" or "his" or "her" or "their" or "its" or "both"))
            {
                return false;
            }
        }

        return m.FirstToken > trigger.LastToken;
    }

    /// <summary>
    /// "The Russian minister met his Armenian and Azerbaijani counterparts": one side meeting two others at once
    /// hosts them, so it is the mediator and they are the parties.
    /// </summary>
    private void HostOf(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, EventType type, List<string> actors, HashSet<string> mediators)
    {
        // One subject (by id) before the verb, and its object right after it. (Loops rather than LINQ: this runs for every meeting verb.)
        string? subject = null;
        var oneSubject = false;
        LinkedMention? firstAfter = null;
        foreach (var m in ctx.ActorList)
        {
            if (m.LastToken < trigger.FirstToken)
            {
                var id = ActorId(m, type);
                oneSubject = subject is null || (oneSubject && id == subject);
                subject = id;
            }

            if (m.FirstToken > trigger.LastToken && firstAfter is null)
            {
                firstAfter = m;
            }
        }

        if (firstAfter is null || !IsObjectOf(ctx, trigger, firstAfter) || !oneSubject || subject is null)
        {
            return;
        }

        // Two guests or more among the parties, the host not among them.
        var guests = new List<string>();
        foreach (var m in ctx.ActorList)
        {
            if (m.FirstToken > trigger.LastToken && ActorId(m, type) is var id && actors.Contains(id) && !guests.Contains(id))
            {
                guests.Add(id);
            }
        }

        if (guests.Count < 2 || guests.Contains(subject))
        {
            return;
        }

        actors.Remove(subject);
        mediators.Add(subject);
    }

    /// <summary>
    /// The state whose capital holds the talks hosts them: a third state is their mediator; one of three or more
    /// parties is the mediator too (and, for a deal, a signatory as well).
    /// </summary>
    private void HostByPlace(string? place, EventType type, List<string> actors, HashSet<string> mediators)
    {
        var host = place is not null && _stateBySeat.TryGetValue(place, out var seated) ? seated : null;
        // Two parties meeting in a third state's capital: that state hosts them, unless the sentence names who
        // mediates ("in Prague with EU mediation").
        if (host is not null && type == EventType.Meeting && !actors.Contains(host) && mediators.Count > 0)
        {
            return;
        }

        if (host is not null && type == EventType.Meeting && !actors.Contains(host))
        {
            mediators.Add(host);
            return;
        }

        if (host is null || !actors.Contains(host) || OtherStates(actors, host) < 2)
        {
            return;
        }

        mediators.Add(host);
        if (type == EventType.Meeting)
        {
            actors.Remove(host);
        }
    }

    /// <summary>The number of states among <paramref name="actors"/> other than <paramref name="host"/>.</summary>
    private int OtherStates(List<string> actors, string host)
    {
        var states = 0;
        foreach (var a in actors)
        {
            states += a != host && pack.Find(a)?.Kind == EntityKind.State ? 1 : 0;
        }

        return states;
    }

    /// <summary>
    /// Talks or a deal between two sides of the conflict (the pack's <c>conflict_sides</c>) with an outside state or
    /// international body at the table: the outsider mediates. It leaves the parties of talks and, for a deal,
    /// signs it as well.
    /// </summary>
    private void ThirdParties(EventType type, List<string> actors, HashSet<string> mediators)
    {
        var sides = _conflictSides;
        string? SideOf(string id) => pack.Find(id) is { } e ? e.Side ?? e.Id : null;
        // Two sides of the conflict among the actors at least (a loop rather than LINQ: this runs for every meeting or deal).
        string? firstSide = null;
        var bothSides = false;
        foreach (var a in actors)
        {
            if (SideOf(a) is { } side && sides.Contains(side))
            {
                if (firstSide is null)
                {
                    firstSide = side;
                }
                else if (firstSide != side)
                {
                    bothSides = true;
                    break;
                }
            }
        }

        if (!bothSides)
        {
            return;
        }

        var bodies = _mediatingBodies;
        foreach (var actor in actors.ToList())
        {
            var entity = pack.Find(actor);
            var outsider = entity is not null && !sides.Contains(SideOf(actor)!) &&
                           (entity.Kind == EntityKind.State || (entity.Kind == EntityKind.Organization && (entity.Side is not null || bodies.Contains(entity.Id))));
            if (!outsider)
            {
                continue;
            }

            mediators.Add(actor);
            if (type == EventType.Meeting)
            {
                actors.Remove(actor);
            }
        }
    }

    private static string[][] InherentTopicsByType(EventCues cues)
    {
        var byType = new string[(int)Enum.GetValues<EventType>().Max() + 1][];
        for (var t = 0; t < byType.Length; t++)
        {
            byType[t] = [.. cues.InherentTopics[(EventType)t]];
        }

        return byType;
    }

    private static Dictionary<string, string> StatesBySeat(DomainPack pack)
    {
        var bySeat = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var state in pack.OfKind(EntityKind.State))
        {
            if (state.Seat is { } seat)
            {
                bySeat.TryAdd(seat, state.Id);
            }
        }

        return bySeat;
    }

    private static DateRange? FallbackDate(DocumentAnalysis analysis) => analysis.Document.Published;

    /// <summary>
    /// "The blockade" is both the happening and the name of the stretch it lasted: as a happening, a blockade is
    /// imposed, so it is dated by the stretch's first day.
    /// </summary>
    private static DateRange? OnsetOf(EventType type, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, TimeExpression time) =>
        type == EventType.Blockade && time.Span.Contains(trigger.Span) && time.Range.LengthInDays > 1
            ? DateRange.Day(time.Range.Earliest)
            : null;

    /// <summary>
    /// A happening's date from its expression: "since December 12" tells when it began (the day, or the month for
    /// "since December 2022"), not the whole stretch to the day of writing.
    /// </summary>
    private static DateRange StartOf(TimeExpression time)
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

    /// <summary>
    /// A date inside a parenthetical citation of an outlet — "(Trend.az, March 1)", "(1lurer.am, February 25)" — is
    /// the day of the report it cites.
    /// </summary>
    private static bool IsCitationDate(SentenceContext ctx, TimeExpression time)
    {
        var text = ctx.Analysis.Text;
        var from = Math.Max(ctx.Sentence.Span.Start, time.Span.Start - 60);
        var open = text.LastIndexOf('(', Math.Max(from, time.Span.Start - 1), Math.Max(0, time.Span.Start - from));
        if (open < 0 || !text.AsSpan(open + 1, time.Span.Start - open - 1).TrimEnd().EndsWith(",", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = text.AsSpan(time.Span.End, Math.Min(3, text.Length - time.Span.End)).TrimStart();
        return rest.StartsWith(")", StringComparison.Ordinal) &&
            OutletWithin(ctx, open, time.Span.Start);
    }

    /// <summary>True when an outlet is named after character <paramref name="after"/> and ends by <paramref name="end"/>.</summary>
    private static bool OutletWithin(SentenceContext ctx, int after, int end)
    {
        for (var k = 0; k < ctx.Mentions.Count; k++)
        {
            var m = ctx.Mentions[k];
            if (m.Kind == EntityKind.Outlet && m.Mention.Span.Start > after && m.Mention.Span.End <= end)
            {
                return true;
            }
        }

        return false;
    }

    private string ActorId(LinkedMention m, EventType type)
    {
        // Talks and deals are between states, and so is fighting: a ministry, office or commission at the table, or an
        // army in the field, stands for its state.
        if (m.Kind == EntityKind.Organization && type is EventType.Meeting or EventType.Agreement or EventType.ArmedClash &&
            pack.Find(pack.Find(m.Mention.EntityId)?.Parent) is { Kind: EntityKind.State } state)
        {
            return state.Id;
        }

        if (m.Kind == EntityKind.Person && type is not (EventType.Appointment or EventType.Dismissal or EventType.Arrest or EventType.Release))
        {
            var side = pack.Find(m.Mention.EntityId)?.Side;
            if (side is not null)
            {
                return side;
            }
        }

        return m.Mention.EntityId;
    }

    /// <summary>
    /// The states of the demonyms that modify the noun at <paramref name="noun"/>: "a reported Azerbaijani incursion",
    /// "Armenian and Azerbaijani talks", "the Armenian-Azerbaijani border clashes". Lower-case modifiers may stand
    /// between ("Azerbaijani military operation"); anything else ends the search.
    /// </summary>
    private List<string> DemonymsBefore(SentenceContext ctx, int noun)
    {
        var states = new List<string>();
        var lowerCase = 0;
        for (var i = noun - 1; i >= ctx.FirstToken && noun - i <= 6; i--)
        {
            var token = ctx.Tokens[i];
            if (token.IsCapitalized && _entities.AdjectiveOf.TryGetValue(token.Normalized, out var id))
            {
                if (!states.Contains(id))
                {
                    states.Insert(0, id);
                }

                continue;
            }

            if (states.Count > 0 && token.Normalized is "-" or "–" or "and" or ",")
            {
                continue;
            }

            // Modifiers between the demonym and the noun ("military", "border"), but none once a demonym is found.
            if (states.Count == 0 && token.IsWord && !token.IsCapitalized && ++lowerCase <= 2)
            {
                continue;
            }

            break;
        }

        return states;
    }

    private static readonly HashSet<string> PassiveAuxiliaries = new(StringComparer.Ordinal) { "is", "are", "was", "were", "be", "been", "being" };

    /// <summary>Whether a verb trigger is passive: "was sacked", "has been appointed", "were officially named".</summary>
    private static bool IsPassiveVerb(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        for (var i = trigger.FirstToken; i <= trigger.LastToken; i++)
        {
            if (PassiveAuxiliaries.Contains(ctx.Word(i)))
            {
                return true;
            }
        }

        // Back over an adverb or an opening quote: "was officially named", "was \"identified as\" the envoy".
        for (var i = trigger.FirstToken - 1; i >= ctx.FirstToken && i >= trigger.FirstToken - 3; i--)
        {
            var word = ctx.Word(i);
            if (PassiveAuxiliaries.Contains(word))
            {
                return true;
            }

            if (!(word.EndsWith("ly", StringComparison.Ordinal) || word is "\"" or "“" or "'" or "‘"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The agents after "by" of a passive trigger ("was established ... by the units of the border service and the
    /// army") or of a noun trigger ("the closure of the road by activists"), in the trigger's clause; empty when none.
    /// </summary>
    private List<string> PassiveAgents(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, TriggerForm form, EventType type)
    {
        var agents = new List<string>();
        if (form != TriggerForm.Noun && !IsPassiveVerb(ctx, trigger))
        {
            return agents;
        }

        // The "by" must belong to the trigger's clause: no comma, semicolon or other trigger lies between them, and a
        // noun's "by" comes within a few words.
        var by = -1;
        var reach = form == TriggerForm.Noun && !PassiveAuxiliaries.Contains(ctx.Word(trigger.LastToken + 1)) ? 5 : 16;
        for (var i = trigger.LastToken + 1; i <= ctx.LastToken && i - trigger.LastToken <= reach; i++)
        {
            var word = ctx.Tokens[i].Normalized;
            var clockColon = word == ":" && ctx.Tokens[i - 1].Kind == TokenKind.Number && i < ctx.LastToken && ctx.Tokens[i + 1].Kind == TokenKind.Number;
            if (word is "," or ";" || (word == ":" && !clockColon) || (!ctx.Tokens[i].IsWord && word is "\"" or "“" or "”"))
            {
                break;
            }

            if (word == "by")
            {
                by = i;
                break;
            }
        }

        if (by < 0 || ctx.Word(by + 1) is "means" or "way" or "far" or "then" or "now" or "phone" or "telephone" or "video" or "land" or "air" or "road" or "rail")
        {
            return agents;
        }

        // "by the units of the border service", then "and the army": the agent phrase and actors joined to it by "and".
        var last = by;
        foreach (var m in ctx.Actors.OrderBy(m => m.FirstToken))
        {
            if (m.FirstToken <= by)
            {
                continue;
            }

            var gap = Enumerable.Range(last + 1, Math.Max(0, m.FirstToken - last - 1)).Select(ctx.Word).ToList();
            var joined = last == by ? gap.Count <= 5 && !gap.Any(w => w is "," or ";" or "to" or "from" or "against" or "with" or "in" or "at" or "on")
                : gap is ["and"] or [",", "and"] or ["as", "well", "as"];
            if (!joined)
            {
                break;
            }

            var id = ActorId(m, type);
            if (!agents.Contains(id))
            {
                agents.Add(id);
            }

            last = m.LastToken;
        }

        return agents;
    }

    private static string? PreviousWord(SentenceContext ctx, int token)
    {
        for (var i = token - 1; i >= ctx.FirstToken && i >= token - 3; i--)
        {
            if (ctx.Tokens[i].IsWord && ctx.Tokens[i].Normalized is not ("the" or "a" or "an" or "'s"))
            {
                return ctx.Tokens[i].Normalized;
            }
        }

        return null;
    }

    private static readonly string[] MediationWords = ["mediation", "brokered", "mediated", "facilitated"];

    /// <summary>The first actor starting at most six tokens after <paramref name="after"/> (at or after it).</summary>
    private static LinkedMention? ActorWithinSixAfter(SentenceContext ctx, int after)
    {
        foreach (var m in ctx.ActorList)
        {
            if (m.FirstToken >= after && m.FirstToken - after <= 6)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The last actor ending right before token <paramref name="at"/>, or before a hyphen there ("US-brokered").</summary>
    private static LinkedMention? ActorRightBefore(SentenceContext ctx, int at)
    {
        LinkedMention? found = null;
        foreach (var m in ctx.ActorList)
        {
            if (m.LastToken == at - 1 || (m.LastToken == at - 2 && ctx.Word(at - 1) == "-"))
            {
                found = m;
            }
        }

        return found;
    }

    /// <summary>Who the sentence says brokered something; the same for every trigger of the sentence, read once and shared (not to be changed).</summary>
    private HashSet<string> MediatorsOf(SentenceContext ctx)
    {
        if (ctx.KnownMediators is { } known)
        {
            return known;
        }

        // Most sentences name no mediation: one look in the document's index of each cue list says so, and their
        // phrases are then not searched one by one.
        var result = NoMediators;
        if (ctx.FindAny(_mediationCues, ctx.FirstToken, ctx.LastToken, out _) >= 0)
        {
            foreach (var key in SentenceContext.KeysOf(_mediationCues))
            {
                var at = ctx.Find(key, ctx.FirstToken, ctx.LastToken);
                if (at < 0)
                {
                    continue;
                }

                var first = ActorWithinSixAfter(ctx, at + key.Length);
                if (first is not null)
                {
                    Add(ref result, first.Mention.EntityId);
                }
            }
        }

        // "with EU mediation", "a US-brokered deal": the name right before the mediation word.
        if (ctx.FindAny(MediationWords, ctx.FirstToken, ctx.LastToken, out _) >= 0)
        {
            foreach (var word in MediationWords)
            {
                var at = ctx.Find(word, ctx.FirstToken, ctx.LastToken);
                var before = at > ctx.FirstToken ? ActorRightBefore(ctx, at) : null;
                if (before is not null)
                {
                    Add(ref result, before.Kind == EntityKind.Person ? pack.Find(before.Mention.EntityId)?.Side ?? before.Mention.EntityId : before.Mention.EntityId);
                }
            }
        }

        // "Russian Major General X, commander of the peacekeeping unit, mediated": the subject of "mediated".
        // A passive ("talks between A and B, hosted by C") names its broker after "by", read with the cues above; the
        // party named before the participle is no broker.
        var verb = ctx.FindAny(MediationVerbs, ctx.FirstToken, ctx.LastToken, out _);
        if (verb > 0 && ctx.Word(verb + 1) != "by")
        {
            var subject = LastActorBefore(ctx, verb, notPerson: true) ?? LastActorBefore(ctx, verb, notPerson: false);
            if (subject is not null)
            {
                Add(ref result, subject.Kind == EntityKind.Person ? pack.Find(subject.Mention.EntityId)?.Side ?? subject.Mention.EntityId : subject.Mention.EntityId);
            }
        }

        ctx.KnownMediators = result;
        return result;

        // The shared empty set until a broker is found.
        static void Add(ref HashSet<string> set, string id)
        {
            if (ReferenceEquals(set, NoMediators))
            {
                set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(id);
        }
    }

    // No brokers: shared by the sentences that name none, never written.
    private static readonly HashSet<string> NoMediators = new(StringComparer.Ordinal);

    /// <summary>The last actor (one that is not a person, with <paramref name="notPerson"/>) ending before token <paramref name="at"/>, or null.</summary>
    private static LinkedMention? LastActorBefore(SentenceContext ctx, int at, bool notPerson)
    {
        var actors = ctx.ActorList;
        for (var k = actors.Count - 1; k >= 0; k--)
        {
            if (actors[k].LastToken < at && !(notPerson && actors[k].Kind == EntityKind.Person))
            {
                return actors[k];
            }
        }

        return null;
    }

    /// <summary>
    /// A forum or conference the sentence names (an organization whose seat in the pack is a place): where it is
    /// named and its host city.
    /// </summary>
    private (int At, string Seat)? Venue(SentenceContext ctx)
    {
        for (var k = 0; k < ctx.Mentions.Count; k++)
        {
            var m = ctx.Mentions[k];
            if (m.Kind == EntityKind.Organization && pack.Find(m.Mention.EntityId)?.Seat is { } seat && pack.Find(seat)?.Kind == EntityKind.Place)
            {
                return (m.FirstToken, seat);
            }
        }

        return null;
    }

    private string? PlaceOf(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, EventType type, (int First, int Last) clause)
    {
        // The sentence's places are the same for each of its triggers: taken once, only read here.
        var places = ctx.KnownPlaces ??= PlacesOf(ctx);
        // "…, though Yerevan kept funding the authorities in Stepanakert": a place in another clause locates that clause's act.
        if (places.Count > 0 && (places[0].FirstToken < clause.First || places[^1].LastToken > clause.Last))
        {
            places = places.FindAll(m => m.FirstToken >= clause.First && m.LastToken <= clause.Last);
        }
        if (places.Count == 0)
        {
            return type is EventType.Meeting or EventType.Agreement or EventType.Proposal ? Venue(ctx)?.Seat : null;
        }

        return PlaceAmong(ctx, trigger, type, places);
    }

    /// <summary>The places and roads the sentence names, but not one a distance is measured from.</summary>
    private static List<LinkedMention> PlacesOf(SentenceContext ctx)
    {
        var places = NoPlaces;
        for (var k = 0; k < ctx.Mentions.Count; k++)
        {
            var m = ctx.Mentions[k];
            if (m.Kind is EntityKind.Place or EntityKind.Route && !IsOffsetReference(ctx, m.FirstToken))
            {
                if (places.Count == 0)
                {
                    places = [];
                }

                places.Add(m);
            }
        }

        return places;
    }

    // No places: shared by the sentences that name none, never written.
    private static readonly List<LinkedMention> NoPlaces = [];

    // Loops rather than LINQ: this runs for every event read in a sentence that names a place. Of equally near
    // places, the first named wins, as a stable sort by distance would have it.
    private string? PlaceAmong(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, EventType type, List<LinkedMention> places)
    {
        // A road is what a blockade closes or a checkpoint controls ("the blockade of the Lachin corridor"), whatever
        // the preposition before it.
        // A checkpoint is at a crossing when one is named.
        if (type is EventType.Blockade or EventType.Checkpoint && RoadOf(trigger, type, places) is { } road)
        {
            return road.Mention.EntityId;
        }

        // "fled Karabakh", "were forced out of Kalbajar": a flight happens where people leave, wherever they go.
        if (type == EventType.Displacement && PlaceLeft(ctx, trigger, places) is { } left)
        {
            return left.Mention.EntityId;
        }

        // "of" names a population's or a body's home ("the Armenians of Karabakh"), not where something happened;
        // "to" is the destination of a visit or an invitation.
        var towards = type is EventType.Visit or EventType.Invitation or EventType.AidDelivery or EventType.Displacement;
        LinkedMention? nearestLocated = null;
        foreach (var p in places)
        {
            if ((PreviousWord(ctx, p.FirstToken) is "in" or "at" or "near" or "on" or "along" or "outside" or "inside" or "through" or "via" or "across" ||
                 (towards && PreviousWord(ctx, p.FirstToken) is "to" or "into")) &&
                (nearestLocated is null || Distance(p, trigger) < Distance(nearestLocated, trigger)))
            {
                nearestLocated = p;
            }
        }

        // "on the sidelines of the Munich Security Conference": talks at a forum take place in the city that hosts it,
        // unless a place named nearer the trigger says where.
        if (type is EventType.Meeting or EventType.Agreement or EventType.Proposal && Venue(ctx) is { } venue &&
            !(nearestLocated is not null && Distance(nearestLocated, trigger) < Math.Abs(venue.At - trigger.FirstToken)))
        {
            return venue.Seat;
        }

        // "the borderline of the villages: A, B, C and D": a list of places with none marked as where it happened
        // locates it in the area most of them lie in, or nowhere in particular.
        if (nearestLocated is null && places.Count >= 3 && AreaOfList(places) is (true, var area))
        {
            return area;
        }

        // Otherwise the nearest place, but not one something goes to or comes from ("smuggled arms from Armenia to the
        // Karabakh region" does not place a clash there).
        var chosen = nearestLocated;
        if (chosen is null)
        {
            foreach (var p in places)
            {
                if ((towards || PreviousWord(ctx, p.FirstToken) is not ("to" or "from" or "into" or "toward" or "towards")) &&
                    (chosen is null || Distance(p, trigger) < Distance(chosen, trigger)))
                {
                    chosen = p;
                }
            }
        }

        if (chosen is null)
        {
            return null;
        }

        return NarrowerJustBefore(places, chosen) ?? chosen.Mention.EntityId;
    }

    private static int Distance(LinkedMention place, PhraseMatch<(EventType Type, TriggerForm Form)> trigger) => Math.Abs(place.FirstToken - trigger.FirstToken);

    /// <summary>The nearest road the sentence names, a crossing first for a checkpoint; null when it names none.</summary>
    private LinkedMention? RoadOf(PhraseMatch<(EventType Type, TriggerForm Form)> trigger, EventType type, List<LinkedMention> places)
    {
        LinkedMention? road = null;
        var (bestRank, bestDistance) = (int.MaxValue, int.MaxValue);
        foreach (var p in places)
        {
            if (p.Kind != EntityKind.Route)
            {
                continue;
            }

            var rank = type == EventType.Checkpoint && pack.Find(p.Mention.EntityId)?.PlaceType == "crossing" ? 0 : 1;
            var distance = Distance(p, trigger);
            if (rank < bestRank || (rank == bestRank && distance < bestDistance))
            {
                (road, bestRank, bestDistance) = (p, rank, distance);
            }
        }

        return road;
    }

    /// <summary>The place a flight leaves: named right after the trigger, or after its "from" or "out of"; null when none is.</summary>
    private static LinkedMention? PlaceLeft(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<LinkedMention> places)
    {
        foreach (var p in places)
        {
            if (p.FirstToken > trigger.LastToken && p.FirstToken - trigger.LastToken <= 3 &&
                (p.FirstToken == trigger.LastToken + 1 || PreviousWord(ctx, p.FirstToken) is "from" || (ctx.Word(p.FirstToken - 2) == "out" && ctx.Word(p.FirstToken - 1) == "of")))
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>
    /// For a list of three places or more (by id), the area most of them lie in, when at least half do (of equal
    /// counts, the first named), else null; not a list (false) for fewer.
    /// </summary>
    private (bool IsList, string? Area) AreaOfList(List<LinkedMention> places)
    {
        var listed = places.Select(p => p.Mention.EntityId).Distinct().ToList();
        if (listed.Count < 3)
        {
            return (false, null);
        }

        var area = listed.Select(id => pack.Find(id)?.In).OfType<string>().GroupBy(c => c, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).FirstOrDefault();
        return (true, area is not null && area.Count() * 2 >= listed.Count ? area.Key : null);
    }

    private static readonly HashSet<string> CompassPoints = new(StringComparer.Ordinal)
    {
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
        "southeastern", "southwestern", "northern", "southern", "eastern", "western",
    };

    /// <summary>
    /// "10 km (6 miles) northwest of Goris": a place given as the point a distance is measured from is not where
    /// the thing happened.
    /// </summary>
    private static bool IsOffsetReference(SentenceContext ctx, int place)
    {
        if (ctx.Word(place - 1) != "of")
        {
            return false;
        }

        // "north-west" is three tokens.
        var direction = place - 2;
        if (ctx.Word(direction) is "west" or "east" && ctx.Word(direction - 1) == "-" && ctx.Word(direction - 2) is "north" or "south")
        {
            direction -= 2;
        }

        if (!CompassPoints.Contains(ctx.Word(direction)))
        {
            return false;
        }

        for (var i = direction - 1; i >= ctx.FirstToken && i >= direction - 6; i--)
        {
            if (ctx.Word(i) is "km" or "kilometers" or "kilometres" or "kilometer" or "kilometre" or "miles" or "mile" or "meters" or "metres")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Kirants village in the Tavush region": a place named just before the region that contains it is where the
    /// thing happened; the region only locates it.
    /// </summary>
    private string? NarrowerJustBefore(List<LinkedMention> places, LinkedMention container)
    {
        foreach (var inner in places)
        {
            if (inner.LastToken < container.FirstToken && container.FirstToken - inner.LastToken <= 4 && Within(inner.Mention.EntityId, container.Mention.EntityId))
            {
                return inner.Mention.EntityId;
            }
        }

        return null;
    }

    private bool Within(string inner, string outer) => PlaceNesting.Within(id => pack.Find(id)?.In, inner, outer);

    /// <summary>
    /// The topics the sentence names, leaving out one named only inside the name of a party to the happening:
    /// the Russian peacekeepers taking part make peacekeeping no more the agenda than Armenia makes Armenia.
    /// </summary>
    private List<string> TopicsOf(SentenceContext ctx, DocumentTopics topics, List<string> actors, List<string> targets, HashSet<string> mediators, EventType type)
    {
        var coverage = ctx.Analysis.GetFeature<TokenCoverage>();
        var named = new List<string>();
        // A sentence names a few topics at most: lists, not sets.
        List<string>? outside = null;
        foreach (var match in topics.Within(ctx.FirstToken, ctx.LastToken))
        {
            if (!match.NamesTopic)
            {
                continue;
            }

            // "met with EU mediation", "through the mediation of the peacekeepers": how talks were held, not what
            // they were about (a proposal or an invitation of mediation is about it).
            if (type is not (EventType.Proposal or EventType.Invitation or EventType.Refusal) && IsMannerOfMediation(ctx.Analysis.Tokens, ctx.FirstToken, match.FirstToken, match.LastToken))
            {
                continue;
            }

            var entity = coverage?.EntityAt(match.FirstToken);
            var inParticipant = entity is not null && coverage!.EntityAt(match.LastToken) == entity &&
                (IsParticipant(entity, actors, targets, mediators) || (pack.Find(entity)?.Parent is { } parent && IsParticipant(parent, actors, targets, mediators)));
            foreach (var topic in match.Topics)
            {
                if (!named.Contains(topic))
                {
                    named.Add(topic);
                }

                if (!inParticipant && !(outside ??= []).Contains(topic))
                {
                    outside.Add(topic);
                }
            }
        }

        // The topics named outside a participant's name, in the order first named.
        var kept = 0;
        for (var k = 0; k < named.Count; k++)
        {
            if (outside is not null && outside.Contains(named[k]))
            {
                named[kept++] = named[k];
            }
        }

        named.RemoveRange(kept, named.Count - kept);
        return named;
    }

    private static bool IsParticipant(string id, List<string> actors, List<string> targets, HashSet<string> mediators) =>
        actors.Contains(id) || targets.Contains(id) || mediators.Contains(id);

    /// <summary>
    /// A lone mediation word that says how something was done: followed by "of" or "by", or within three words
    /// after "with", "through", "under" or "via".
    /// </summary>
    internal static bool IsMannerOfMediation(IReadOnlyList<Token> tokens, int floor, int first, int last)
    {
        string Word(int i) => i >= 0 && i < tokens.Count ? tokens[i].Normalized : "";
        if (first != last || Word(first) is not ("mediation" or "mediator" or "mediators" or "facilitation"))
        {
            return false;
        }

        if (Word(last + 1) is "of" or "by" or "from")
        {
            return true;
        }

        for (var i = first - 1; i >= floor && i >= first - 3; i--)
        {
            if (Word(i) is "with" or "through" or "under" or "via")
            {
                return true;
            }
        }

        return false;
    }

    private static List<Quantity> ReadQuantities(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<PhraseMatch<(EventType Type, TriggerForm Form)>> triggers, EventType type, (int First, int Last) clause)
    {
        // Naming, sacking, proposing, inviting or refusing counts nothing: a number in such a sentence belongs to
        // something else ("dismissed five days after ..."). Talks are counted only in days or in those present.
        if (type is EventType.Appointment or EventType.Dismissal or EventType.Proposal or EventType.Invitation or EventType.Refusal)
        {
            return [];
        }

        // With happenings of several kinds in one sentence ("clashes broke out as 40 tons of aid arrived"), each
        // count goes to the kind of the trigger nearest it.
        // Counts of the trigger's own clause only ("freed 32 soldiers, and Armenia freed 2").
        // (Loops rather than LINQ: this runs for every event read.)
        var list = new List<Quantity>();
        // The triggers of a clause share its counts: read once, only read here.
        if (ctx.KnownQuantities is not { } known || known.First != clause.First || known.Last != clause.Last)
        {
            known = (clause.First, clause.Last, QuantityReader.Read(ctx.Tokens, clause.First, clause.Last));
            ctx.KnownQuantities = known;
        }

        foreach (var (quantity, token) in known.Found)
        {
            if (NearestTrigger(triggers, token).Payloads[0].Type != trigger.Payloads[0].Type)
            {
                continue;
            }

            var q = quantity;
            if (type == EventType.Displacement && q.Kind == QuantityKind.People)
            {
                q = q with { Kind = QuantityKind.Displaced };
            }

            // Servicemen freed, captured or detained are counted as people, not as a force in the field.
            if (type is EventType.Release or EventType.Arrest && q.Kind == QuantityKind.Troops)
            {
                q = q with { Kind = QuantityKind.People };
            }

            if (type == EventType.Meeting && q.Kind is not (QuantityKind.Days or QuantityKind.People))
            {
                continue;
            }

            // Each count once, in the order first read.
            if (!list.Contains(q))
            {
                list.Add(q);
            }
        }

        return list;
    }

    private static PhraseMatch<(EventType Type, TriggerForm Form)> NearestTrigger(List<PhraseMatch<(EventType Type, TriggerForm Form)>> triggers, int token)
    {
        // The nearest; of equally near ones, the first listed.
        var best = triggers[0];
        var bestDistance = int.MaxValue;
        foreach (var t in triggers)
        {
            var distance = token < t.FirstToken ? t.FirstToken - token : Math.Max(0, token - t.LastToken);
            if (distance < bestDistance)
            {
                best = t;
                bestDistance = distance;
            }
        }

        return best;
    }

    private EventStatus StatusOf(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, EventType type)
    {
        var from = Math.Max(ctx.FirstToken, trigger.FirstToken - 6);
        var window = (from, trigger.FirstToken - 1);
        if (ctx.FindAny(_denialVerbs, ctx.FirstToken, trigger.FirstToken - 1, out _) >= 0 ||
            ctx.FindAny(DenialNegations, window.from, window.Item2, out _) >= 0)
        {
            return EventStatus.Denied;
        }

        if (ctx.FindAny(_plannedCues, window.from, window.Item2, out _) >= 0)
        {
            return EventStatus.Planned;
        }

        if (FindOutsideDates(ctx, _hypotheticalCues, window.from, window.Item2) >= 0)
        {
            return EventStatus.Hypothetical;
        }

        return type == EventType.Proposal ? EventStatus.Proposed : EventStatus.Occurred;
    }

    /// <summary>
    /// The first of <paramref name="phrases"/> in tokens [from, to] that is not part of a date expression: the month in
    /// "mid-May" or "on May 12" is no modal "may".
    /// </summary>
    private static int FindOutsideDates(SentenceContext ctx, IEnumerable<string> phrases, int from, int to)
    {
        while (from <= to)
        {
            var at = ctx.FindAny(phrases, from, to, out _);
            if (at < 0)
            {
                return -1;
            }

            var span = ctx.Tokens[at].Span;
            if (!InDate(ctx, span))
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    /// <summary>True when <paramref name="span"/> lies inside a date expression of the sentence.</summary>
    private static bool InDate(SentenceContext ctx, CharSpan span)
    {
        for (var k = 0; k < ctx.Times.Count; k++)
        {
            if (ctx.Times[k].Span.Start <= span.Start && span.End <= ctx.Times[k].Span.End)
            {
                return true;
            }
        }

        return false;
    }

    private string? ViaOf(SentenceContext ctx)
    {
        // A parenthetical citation "(Trend.az, March 1)" or "according to <outlet>".
        for (var k = ctx.Mentions.Count - 1; k >= 0; k--)
        {
            if (ctx.Mentions[k].Kind == EntityKind.Outlet)
            {
                return ctx.Mentions[k].Mention.EntityId;
            }
        }

        return null;
    }
}
