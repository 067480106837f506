using Parley.Extraction.Entities;
using Parley.Extraction.Events.Arguments;
using Parley.Extraction.Events.Dates;
using Parley.Extraction.Matching;
using Parley.Model;
using Parley.Packs;
using Parley.Pipeline;
using Parley.Time;

namespace Parley.Extraction.Events;

/// <summary>
/// Reads typed events from sentences: a trigger from the pack, then its arguments by syntax cues — actors
/// before the trigger and after "with"/"between", targets after "against"/"on"/"for", mediators after
/// mediation cues, the place after a locative preposition, the clause's date, agenda topics and counts — and
/// its status from modality and negation.
/// </summary>
/// <remarks>
/// <see cref="Run"/> holds the sentence loop and the order of the rules, and <c>Read</c> the order in which a
/// happening's arguments are read; each question they ask is a small class: <see cref="HappeningFilters"/> (is it a
/// happening at all), <see cref="TriggerDates"/> and <see cref="DateAttachment"/> (which date), <see cref="Clauses"/>,
/// and in <c>Arguments/</c> <see cref="PartyReader"/>, <see cref="MediatorReader"/>, <see cref="PlaceReader"/>,
/// <see cref="StatusReader"/>, <see cref="TopicReader"/> and <see cref="TriggerQuantities"/>.
/// </remarks>
public sealed class EventStage(DomainPack pack) : IExtractionStage
{
    // Nouns of a military act whose "of" names who acts ("the offensive of the Azerbaijani army"), unlike "the shelling
    // of Armenian positions", where it names what is hit.
    private static readonly HashSet<string> AgentOfNouns = new(StringComparer.Ordinal) { "offensive", "operation", "operations", "measures", "incursion", "infiltration" };

    private readonly EventCues _cues = EventCues.For(pack);
    private readonly EpisodeIndex _episodes = new(pack);

    // The readers of a happening's arguments, and the tests of whether it is one, each built once with the pack.
    private readonly HappeningFilters _filters = new(pack);
    private readonly ActorIds _actorIds = new(pack);
    private readonly PartyReader _parties = new(pack);
    private readonly AppointingBody _appointingBody = new(pack);
    private readonly MediatorReader _mediators = new(pack);
    private readonly PlaceReader _places = new(pack);
    private readonly StatusReader _status = new(pack);
    private readonly TopicReader _topics = new(pack);
    // Triggers the fixed phrases miss, each finder seeing those found before it: "set up four posts", "Macron called
    // Pashinyan on Sunday", "20 tons of flour reached Stepanakert", "took six soldiers prisoner".
    private readonly ITriggerFinder[] _finders = [new PostSetUp(pack), new PhoneCalls(pack), new HumanitarianMoves(pack), new Captures(pack)];

    // Its cargo nouns also tell who sends aid (a finder made once per stage, like the one above).
    private readonly HumanitarianMoves _moves = new(pack);

    // Nouns of a force named by its kind alone ("police"; the pack's unnamed_force_nouns).
    private readonly HashSet<string> _unnamedForces = new(pack.Words("unnamed_force_nouns"), StringComparer.Ordinal);

    // The state each seat of government is the capital of ("yerevan" → "armenia").
    private readonly Dictionary<string, string> _seats = pack.OfKind(EntityKind.State).Where(e => e.Seat is not null)
        .GroupBy(e => e.Seat!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);

    // Verbs of a decision (the pack's decision_verbs): an agreement only when two parties or more decide.
    private readonly HashSet<string> _decisionVerbs = new(pack.Words("decision_verbs"), StringComparer.Ordinal);

    // Words telling that a host or mediator was at a signing (the pack's presence_cues).
    private readonly IReadOnlyList<string> _presenceCues = pack.Words("presence_cues");

    // Verbs of putting a name to a text ("signed", "initialled"; the pack's signing_verbs).
    private readonly HashSet<string> _signingVerbs = new(pack.Words("signing_verbs"), StringComparer.Ordinal);
    private readonly HashSet<string> _titleWords = TitleWords.Of(pack);

    // Words that make a count of people the size of a crowd ("took part", "turnout"; the pack's turnout_cues).
    private readonly IReadOnlyList<string> _turnoutCues = pack.Words("turnout_cues");

    // The person named last in the sentences read so far of the document, whom "he" or "she" refers to.
    private LinkedMention? _lastPerson;

    // The sentence read before the current one, whose people a passive's "they" may be.
    private SentenceContext? _priorSentence;

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
        TimeExpression? lastNamed = null; // the last date named earlier in the document
        var written = Parley.Extraction.Time.TimeStage.AnchorOf(analysis.Document.Published); // the day of writing
        var paragraph = 0;
        (int Index, int Paragraph)? lastClash = null; // the clash told of last, and the paragraph that last told of it
        (int Index, int Paragraph)? lastProtest = null; // likewise the protest, whose crowd later sentences may count
        var previousEnd = 0;
        _lastPerson = null;
        _priorSentence = null;
        SentenceContext? prior = null;
        foreach (var ctx in SentenceContext.All(analysis))
        {
            if (prior?.LastPerson() is { } personNamed)
            {
                _lastPerson = personNamed;
            }

            var before = prior;
            _priorSentence = prior;
            prior = ctx;
            if (Parley.Extraction.Text.Paragraphs.BreakBetween(analysis.Text, previousEnd, ctx.Sentence.Span.Start))
            {
                // "Separately, …", "Meanwhile, …" and "At the same time, …" go on with the last date's news in a paragraph
                // of their own.
                // ("He appointed …" opening a paragraph goes on with the person and the day told of before; so does one
                // opening on a person the sentence before named: "… relieved X of his post. ¶ By another decree Harutyunyan
                // appointed …".)
                carried = GoesOnWithLastNews(ctx) ? lastNamed
                    : ctx.Word(ctx.FirstToken) is "he" or "she" || OpensOnPersonNamedIn(ctx, before) ? DayOfLastEvent(analysis) : null;

                paragraph++;
            }

            previousEnd = ctx.Sentence.Span.End;
            var own = SentenceDates.DatesOf(ctx);
            // "At the same time, a convoy of flour was sent …": the day told just before in the paragraph is this
            // sentence's own, as if written where the opening phrase stands.
            if (own.Count == 0 && carried is not null && SameTimeOpeningEnd(ctx) is var sameTime and >= 0)
            {
                own = [carried with { Span = ctx.SpanOf(ctx.FirstToken, sameTime), Text = ctx.SpanOf(ctx.FirstToken, sameTime).Slice(analysis.Text), Origin = null }];
            }

            // "(Trend.az, March 1)" dates the report; with a date of its own in the sentence the happening takes that.
            var cited = own.Count > 1 ? SentenceDates.SplitCitations(ctx, own) : SentenceDates.NoDates;

            if (ctx.Sentence.IsHeading)
            {
                carried = null;
                if (own.Count == 0)
                {
                    continue;
                }
            }

            var triggers = _cues.Triggers.FindAll(analysis.Tokens, stream, ctx.FirstToken, ctx.LastToken);
            // What the fixed phrases miss, kept in the sentence's order.
            foreach (var finder in _finders)
            {
                if (finder.Find(ctx, triggers) is { Count: > 0 } more)
                {
                    triggers.AddRange(more);
                    triggers.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
                }
            }

            taken.Clear();
            var eventsBefore = analysis.Events.Count;
            // Where each clause of the sentence opens, read once for all its triggers.
            var clauses = triggers.Count > 0 ? Clauses.ClauseOpenings(ctx) : null;
            foreach (var trigger in triggers)
            {
                var (type, form) = trigger.Payloads[0];
                // "fired a Scud missile at Ganja": fire from a weapon is fighting, not a dismissal.
                if (type == EventType.Dismissal && _filters.FiresAWeapon(ctx, trigger))
                {
                    type = EventType.ArmedClash;
                }

                // "have completed negotiations on the text of the treaty": the text is agreed; no talks are told that day.
                if (type == EventType.Meeting && form == TriggerForm.Noun && _filters.CompletesText(ctx, trigger))
                {
                    type = EventType.Agreement;
                }

                // "returned five Armenian servicemen": captives given back are released.
                if (type == EventType.Displacement && _filters.ReturnsCaptives(ctx, trigger))
                {
                    type = EventType.Release;
                }

                // "was handed over to the investigators", "handed over to the State Security Service": a detainee passed on
                // to those who prosecute stays held.
                if (type == EventType.Release && _filters.PassedToCustody(ctx, trigger))
                {
                    continue;
                }

                // "troops crossed into Syunik": armed men crossing a border make an incursion.
                if (type == EventType.Displacement && HappeningFilters.IsIncursion(ctx, trigger))
                {
                    type = EventType.ArmedClash;
                }

                // "120,000 people have been cut off": isolated, with no supply named, is no supply cut.
                if (type == EventType.SupplyCut && form != TriggerForm.Noun && _filters.CutsOffPeople(ctx, trigger))
                {
                    continue;
                }

                // "the closure of the Minsk process" shuts no road.
                if (type == EventType.Blockade && _filters.ClosesNoPassage(ctx, trigger))
                {
                    continue;
                }

                // "trucks carrying flour crossed into Karabakh" move goods, not people.
                if (type == EventType.Displacement && _filters.VehiclesCross(ctx, trigger))
                {
                    continue;
                }

                // "would host Pashinyan and Aliyev in Brussels" holds talks between the guests; "will host the summit"
                // names the talks by their own noun, which reports them.
                if (type == EventType.Meeting && ctx.Word(trigger.FirstToken) is "host" or "hosts" &&
                    triggers.Exists(o => o.Payloads[0].Type == EventType.Meeting && o.FirstToken > trigger.LastToken && o.FirstToken - trigger.LastToken <= 4))
                {
                    continue;
                }

                // "named Arshak Karapetyan as defence minister" appoints; "a village named Kirants" does not.
                if (type == EventType.Appointment && !_filters.NamesToOffice(ctx, trigger))
                {
                    continue;
                }
                var bounds = Clauses.CoordinatedClause(ctx, trigger, clauses!);
                // DatesFor reads only the sentence, so the list made for this test serves below too.
                List<TimeExpression>? dates = null;
                if ((Takes(taken, type, bounds.First) && !HasDayNotIn(dates = TriggerDates.DatesFor(ctx, trigger, TriggerDates.OwnDates(ctx, trigger, triggers, own), cited), taken, type, bounds.First)) || _filters.Suppressed(ctx, trigger, triggers, type))
                {
                    continue;
                }

                // "Five servicemen were killed in the incident": an undated definite reference back to the clash told of
                // in the paragraph or the one before adds its toll to that clash instead of telling of another (news
                // often gives each side's toll a paragraph of its own).
                // ("The ministry said on Tuesday that four of its soldiers were killed in that operation": the day of
                // speaking does not make it another clash.)
                if (type == EventType.ArmedClash && form != TriggerForm.Verb && own.TrueForAll(d => TriggerDates.DatesTheSpeaking(ctx, d)) &&
                    (IsDefiniteReference(ctx, trigger) || (form == TriggerForm.Weak && InHappeningToldBefore(ctx, trigger))) &&
                    lastClash is { } clash && paragraph - clash.Paragraph <= 1 &&
                    TriggerQuantities.ReadQuantities(ctx, trigger, triggers, type, bounds, _actorIds).FindAll(q => q.Kind is QuantityKind.Killed or QuantityKind.Wounded) is { Count: > 0 } toll)
                {
                    AddCounts(analysis, clash.Index, toll);
                    lastClash = (clash.Index, paragraph);
                    continue;
                }

                // "Around 300 people attended the protest, the ministry said": a crowd counted at a definite reference back
                // to the protest told of just before is that protest's size, as sources give it.
                if (type == EventType.Protest && form != TriggerForm.Verb && own.Count == 0 && IsDefiniteReference(ctx, trigger) &&
                    lastProtest is { } protest && paragraph - protest.Paragraph <= 2 &&
                    TriggerQuantities.ReadQuantities(ctx, trigger, triggers, type, bounds, _actorIds).FindAll(q => q.Kind == QuantityKind.People) is { Count: > 0 } crowd)
                {
                    AddCounts(analysis, protest.Index, crowd);
                    lastProtest = (protest.Index, paragraph);
                    continue;
                }

                if (form == TriggerForm.Noun && (HappeningFilters.IsObjectOfAnotherHappening(ctx, trigger, triggers) || _filters.ModifiesRecordNoun(ctx, trigger) ||
                                                 HappeningFilters.IsAgendaOfTalks(ctx, trigger, triggers)))
                {
                    continue;
                }

                // "talks on the soldiers' return were under way": what the talks are about.
                if (form != TriggerForm.Verb && HappeningFilters.IsSubjectOfTalks(ctx, trigger, triggers))
                {
                    continue;
                }

                // "asked the bloc on May 13 to start consultations": talks an invitation asks for are its aim, not talks held.
                if (type == EventType.Meeting && form == TriggerForm.Noun && ctx.Word(trigger.FirstToken - 2) == "to" &&
                    ctx.Word(trigger.FirstToken - 1) is "start" or "begin" or "launch" or "hold" or "resume" or "open" or "convene" &&
                    triggers.Exists(o => o.Payloads[0].Type == EventType.Invitation && o.LastToken < trigger.FirstToken))
                {
                    continue;
                }

                if (form != TriggerForm.Noun && (HappeningFilters.DescribesTalks(ctx, trigger, triggers) ||
                                                 (type == EventType.Blockade && HappeningFilters.StopsPeople(ctx, trigger, _parties.IsPassiveVerb(ctx, trigger)))))
                {
                    continue;
                }

                // A noun mostly refers back to a known happening ("the agreement", "the blockade"); it reports
                // one when the sentence dates it or a verb of occurrence goes with it ("talks were held"), and it
                // tells of a well-known one when it can only mean an episode the pack knows ("Azerbaijan's
                // blockade of the Lachin road", written in 2023), which then dates it.
                EpisodeDefinition? referenced = null;
                if (form == TriggerForm.Noun && !TriggerDates.AnyDatesItsClause(ctx, trigger, own) && !_filters.UsedAsVerb(ctx, trigger) && !_filters.ReportedByOccurrenceVerb(ctx, trigger) &&
                    !_filters.ReportedByHarm(ctx, trigger, type) &&
                    !HappeningFilters.PresupposedByPastAct(ctx, trigger, triggers) && (referenced = ReferencedEpisode(ctx, trigger, type)) is null)
                {
                    continue;
                }

                // "Nurtleu opened the talks but did not take part in them": a definite noun, in a sentence naming no date, refers
                // back to the happening of its type the report told of before, whatever verb goes with it.
                // (Talks only: "to sign the peace agreement" may tell of a signing still to come.)
                if (type == EventType.Meeting && form == TriggerForm.Noun && referenced is null && own.Count == 0 && IsDefiniteReference(ctx, trigger) && ToldBefore(analysis, ctx, type))
                {
                    continue;
                }

                // "similar meetings", "any talks", "future agreements", "frequent clashes": a kind of happening, not one that took place.
                if (form != TriggerForm.Verb && _filters.IsGenericKind(ctx, trigger))
                {
                    continue;
                }

                // "no breakthrough on the draft peace treaty": a weak noun of proposing after "the" that premodifies another
                // noun names a text on the table, not a proposal made.
                if (type == EventType.Proposal && form == TriggerForm.Weak && ctx.Word(trigger.FirstToken - 1) == "the" &&
                    trigger.LastToken < ctx.LastToken && ctx.Tokens[trigger.LastToken + 1] is { IsWord: true, IsCapitalized: false } &&
                    !ctx.Word(trigger.LastToken + 1).EndsWith("ed", StringComparison.Ordinal) &&
                    ctx.Word(trigger.LastToken + 1) is not ("of" or "to" or "for" or "on" or "by" or "from" or "that" or "which" or "was" or "is" or "were" or "are" or "has" or "had" or "and" or "or" or "in" or "at" or "with" or "would" or "will" or "could"))
                {
                    continue;
                }

                // "agreed to end the fighting", "efforts to get a ceasefire", "a center to monitor the truce": the noun
                // is what another act aims at or refers to, not a happening the sentence reports.
                if (form != TriggerForm.Verb && (_filters.IsObjectOfAim(ctx, trigger) || _filters.IsObjectOfStance(ctx, trigger, type)))
                {
                    continue;
                }

                // "reported no concrete agreements", "gave no indication that Baku agreed": what did not happen, or
                // what nothing shows, is no happening ("no such talks", a denial of a reported one, stays).
                if (_filters.NothingHappened(ctx, trigger, form))
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

                // "the 1990 declaration of independence": one party's act, not a deal between parties.
                if (type == EventType.Agreement && form != TriggerForm.Verb && ctx.Word(trigger.LastToken + 1) == "of" &&
                    ctx.Word(trigger.LastToken + 2) is "independence" or "sovereignty" or "war")
                {
                    continue;
                }

                // "since the two countries began talks": background told without a date.
                if (HappeningFilters.InUndatedSinceClause(ctx, trigger, own))
                {
                    continue;
                }

                // "The meeting followed a deadly incident on April 11", "The visit came two days after …": a happening told
                // before, placed in time by another; the date is the other one's.
                if (form == TriggerForm.Noun && IsDefiniteReference(ctx, trigger) && ctx.Word(trigger.LastToken + 1) is "followed" or "preceded" or "came")
                {
                    continue;
                }

                // "The incident was the first deadly clash since …", "It marked the heaviest fighting in years": a noun
                // ranking a happening told of before is what that happening was, not another.
                if (form != TriggerForm.Verb && RanksAHappening(ctx, trigger) && ToldBefore(analysis, ctx, type))
                {
                    continue;
                }

                // "prisoners of war", "a prisoner-of-war camp": a status of captives, not a war being fought.
                if (type == EventType.ArmedClash && ctx.Word(trigger.LastToken) == "war" && HappeningFilters.IsPrisonerOfWar(ctx, trigger.FirstToken))
                {
                    continue;
                }

                // "war crimes", "a war veteran", "a war correspondent": a kind of crime or person, not a war fought.
                if (type == EventType.ArmedClash && trigger.FirstToken == trigger.LastToken && ctx.Word(trigger.LastToken) == "war" &&
                    ctx.Word(trigger.LastToken + 1) is "crimes" or "crime" or "criminal" or "criminals" or "veteran" or "veterans" or "correspondent" or "correspondents" or "memorial" or "museum")
                {
                    continue;
                }

                // "their demands had been met", "the convoy was met with gunfire": a passive "met" is fulfilled or
                // greeted; no one held talks.
                if (type == EventType.Meeting && form == TriggerForm.Verb && ctx.Word(trigger.FirstToken) == "met" && _parties.IsPassiveVerb(ctx, trigger))
                {
                    continue;
                }

                // "a draft agreement" is a text on the table, not a deal reached.
                if (type == EventType.Agreement && form != TriggerForm.Verb && ctx.Word(trigger.FirstToken - 1) is "draft" or "drafts")
                {
                    continue;
                }

                // "one day after his dismissal", "since the blockade": a noun that only places another happening (unless
                // the sentence tells it as new: "were evacuated after an exchange of fire").
                if (form != TriggerForm.Verb && _filters.AfterTemporalPreposition(ctx, trigger) && !TriggerDates.DatedRightAfter(ctx, trigger, own) &&
                    !HappeningFilters.PresupposedByPastAct(ctx, trigger, triggers))
                {
                    continue;
                }

                // "the ministry said in a statement": the text that carries the news is no agreement.
                if (form != TriggerForm.Verb && _filters.IsVehicleOfSpeech(ctx, trigger))
                {
                    continue;
                }

                // "In its statement", "their offer": a weak noun owned by one party is what that party said or
                // holds, not a happening between parties.
                if (form == TriggerForm.Weak && ctx.Word(trigger.FirstToken - 1) is "its" or "his" or "her" or "their" or "our" or "my")
                {
                    continue;
                }

                // "a civilian mission to deploy along the border", "came to power": a cue ending in "to" with a verb or a
                // bare noun after it goes nowhere ("a mission to Armenia", "came to the region" do).
                if (type == EventType.Visit && form != TriggerForm.Verb && ctx.Word(trigger.LastToken) == "to" && trigger.LastToken < ctx.LastToken &&
                    ctx.Tokens[trigger.LastToken + 1] is { IsWord: true, IsCapitalized: false } next &&
                    next.Normalized is not ("the" or "a" or "an" or "its" or "their" or "his" or "her" or "this" or "that" or "these" or "both" or "several" or "two" or "three"))
                {
                    continue;
                }

                // "came to a halt", "came to an end", "came to the rescue": a state reached, not a place.
                if (type == EventType.Visit && form != TriggerForm.Verb && ctx.Word(trigger.LastToken) == "to" &&
                    ctx.Word(trigger.LastToken + 1) is "a" or "an" or "the" &&
                    ctx.Word(trigger.LastToken + 2) is "halt" or "standstill" or "stop" or "end" or "close" or "conclusion" or "head" or "agreement" or "deal" or
                        "understanding" or "decision" or "compromise" or "consensus" or "rescue" or "aid" or "assistance" or "fore" or "table" or "point" or "power")
                {
                    continue;
                }

                // "The last bus arrived in Goris": a vehicle coming somewhere is no one's visit.
                if (type == EventType.Visit && form == TriggerForm.Verb && _filters.VehicleBefore(ctx, trigger))
                {
                    continue;
                }

                // "resigned in protest over the deal": the manner of another act, not a protest held.
                if (type == EventType.Protest && form != TriggerForm.Verb && ctx.Word(trigger.FirstToken) == "protest" && ctx.Word(trigger.FirstToken - 1) == "in")
                {
                    continue;
                }

                // "A demonstration that Baku is serious", "a demonstration of goodwill": a proof, not a protest.
                if (type == EventType.Protest && ctx.Word(trigger.LastToken) is "demonstration" or "demonstrations" && ctx.Word(trigger.LastToken + 1) is "that" or "of")
                {
                    continue;
                }

                // "He agreed with the mediators that there would be talks": sharing a view, not striking a deal.
                if (type == EventType.Agreement && (_filters.AgreesWithAView(ctx, trigger) || _filters.AgreesOnlyToTalk(ctx, trigger)))
                {
                    continue;
                }

                // "presented itself only as the host": a verb's form after an article is a noun naming a role.
                // (A phrase that opens with its noun, "checkpoint was set up", is read as it stands.)
                if (form == TriggerForm.Verb && trigger.FirstToken == trigger.LastToken && ctx.Word(trigger.FirstToken - 1) is "the" or "a" or "an")
                {
                    continue;
                }

                if (form != TriggerForm.Noun && _filters.IsAttributiveParticiple(ctx, trigger))
                {
                    continue;
                }

                if (form != TriggerForm.Noun && _filters.HasNonEventObject(ctx, trigger, type))
                {
                    continue;
                }

                // "called on Baku to redouble its efforts": an appeal for some other act is no invitation; one
                // to talk, meet or join is.
                if ((type == EventType.AidDelivery && _filters.SendsNoGoods(ctx, trigger)) || (type == EventType.Meeting && _filters.ReceivesNoVisitor(ctx, trigger)))
                {
                    continue;
                }

                if (type == EventType.Invitation && (_filters.IsAppealForOtherAct(ctx, trigger) || HappeningFilters.IsHostPhrase(ctx, trigger)))
                {
                    continue;
                }

                if (_filters.IsLandTransfer(ctx, trigger, type))
                {
                    continue;
                }

                // "as part of a peace agreement", "in line with the statement": the noun names the framework
                // another act follows, a happening told of elsewhere, not one this sentence reports.
                if (form != TriggerForm.Verb && _filters.IsReferenceFrame(ctx, trigger, type))
                {
                    continue;
                }

                dates = referenced is not null ? [] : dates ?? TriggerDates.DatesFor(ctx, trigger, TriggerDates.OwnDates(ctx, trigger, triggers, own), cited);
                // "said on Friday after the sides met in Gazakh on May 23-24": the clause of time has its own date.
                if (referenced is null && TriggerDates.OwnClauseDate(ctx, trigger, own) is { } clauseDate)
                {
                    dates = [clauseDate];
                }

                // "after the Second Karabakh War ended in November 2020", "lost in the first Karabakh war in September":
                // a named period that holds the trigger is the happening itself, whatever else the sentence dates.
                if (referenced is null && TriggerDates.NamedPeriodOf(ctx, trigger) is { } named)
                {
                    dates = [named];
                }
                // "Tensions will remain high through mid-May following an incursion near Goris on May 12": a noun placing
                // the main clause in time is dated by the date that follows it, not by the main clause's.
                if (referenced is null && form == TriggerForm.Noun && dates.Count > 0 && _filters.AfterTemporalPreposition(ctx, trigger) &&
                    TriggerDates.DatesRightAfter(ctx, trigger, own).FirstOrDefault() is { } following && !dates.Contains(following))
                {
                    dates = [following];
                }

                // "A couple of weeks after the meeting, Baku invited ... (Agency, March 13)": the day of the report
                // falling inside a vague span of days pins the happening to it.
                if (dates is [{ Range: { Precision: DatePrecision.Days } vague }] &&
                    TriggerDates.SingleDayWithin(cited, vague) is { } pin)
                {
                    dates = [pin];
                }

                // "The fighting that began on 27 September came to a halt on 10 November": it lasted from the one to the other.
                if (referenced is null && form == TriggerForm.Noun && TriggerDates.SpanFromStartToEnd(ctx, trigger, own) is { } lasted)
                {
                    dates = [lasted];
                }

                // "… on May 10, two days before the leaders were due to meet": the meeting is two days after May 10.
                if (referenced is null && TriggerDates.OffsetFromAnchor(analysis, ctx, trigger, triggers, own) is { } offset)
                {
                    dates = [offset];
                }

                // "opened four days of talks on Monday": the talks last the four days.
                if (dates is [var opening])
                {
                    dates = [TriggerDates.SpanOfNthDay(ctx, trigger, TriggerDates.SpanOfCountedDays(ctx, trigger, opening))];
                }

                // "65,000 people have fled Karabakh since the offensive of 19-20 September": the flight has gone on from
                // then to the day of writing.
                if (type == EventType.Displacement && referenced is null && written is { } writing && TriggerDates.SinceSpan(ctx, trigger, own, writing) is { } lasting)
                {
                    dates = [lasting];
                }

                // "would not attend the summit in November" (written in October): a date still to come is next November.
                if (written is { } ahead && dates.Count > 0 && _status.StatusOf(ctx, trigger, type) is EventStatus.Planned or EventStatus.Proposed)
                {
                    dates = TriggerDates.NextWhenAhead(dates, ahead);
                }

                // Proposing, inviting or refusing is done by the day of writing: a later date in the sentence is
                // when the thing proposed would happen ("proposed a referendum in 2027").
                if (type is EventType.Proposal or EventType.Invitation or EventType.Refusal && written is { } day && dates.Count > 0)
                {
                    TriggerDates.RemoveAfter(dates, day);
                    // "had been invited to talks in Yevlakh on Thursday": a day after the talks invited to is theirs, even
                    // when the words alone read as the Thursday just past.
                    if (type == EventType.Invitation)
                    {
                        dates.RemoveAll(t => triggers.Exists(o => o.Payloads[0] is { Type: EventType.Meeting, Form: TriggerForm.Noun } && o.FirstToken > trigger.LastToken &&
                                                                  o.FirstToken - trigger.LastToken <= 8 && ctx.Word(o.FirstToken - 1) == "to" && ctx.Tokens[o.LastToken].Span.End <= t.Span.Start &&
                                                                  !Clauses.CrossesClause(ctx.Analysis.Text, ctx.Tokens[trigger.LastToken].Span.End, ctx.Tokens[o.FirstToken].Span.Start) &&
                                                                  !Clauses.CrossesClause(ctx.Analysis.Text, ctx.Tokens[o.LastToken].Span.End, t.Span.Start)));
                    }

                    // ("spoke with both leaders on Wednesday and offered to host them in December": the offer was made on
                    // the day the sentence names before it.)
                    if (dates.Count == 0 && TriggerDates.LastBefore(ctx, trigger, own, day) is { } made)
                    {
                        dates = [made];
                    }
                }

                // A date still to come, carried from an earlier sentence ("will elect a leader on September 9"), does
                // not date what the verb tells as past ("he had dismissed the minister").
                var carriedHere = carried is not null && form == TriggerForm.Verb && TriggerPhrase.IsPastForm(ctx, trigger) &&
                                  carried.Range.Earliest > written
                    ? null : carried;
                var inherited = dates.Count == 0 && referenced is null ? TriggerDates.AnsweredDate(analysis, ctx, trigger, type) ?? carriedHere ?? OccasionOf(analysis, ctx, trigger, type) ??
                    ReportedPastDay(ctx, trigger, form, lastNamed) : null;
                // "The sides met in Washington and Brussels": talks in each city are a happening of their own.
                var venues = type == EventType.Meeting ? _places.ListedVenues(ctx, trigger) : NoIds;
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
                        // "Baku decided to close the road" is one side's act; "Moscow and Baku decided to close down the
                        // mission" is a deal between them.
                        if (mention is not null && type == EventType.Agreement && _decisionVerbs.Contains(ctx.Word(trigger.LastToken)) && mention.Actors.Count < 2)
                        {
                            continue;
                        }

                        // "Police detained 14 people in Yerevan": an unnamed force acts for the state whose seat the place is.
                        if (mention is { Actors.Count: 0 } && type is EventType.Arrest or EventType.Checkpoint && IsDoneByUnnamedForce(ctx, trigger) &&
                            StateSeatedAt(mention.Place) is { } state)
                        {
                            mention = mention with { Actors = [state] };
                        }

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
                            else if (type == EventType.Protest && mention.Status == EventStatus.Occurred)
                            {
                                // (Only a protest held has a crowd to count: "they would march on Friday" has none yet.)
                                lastProtest = (analysis.Events.Count, paragraph);
                            }

                            analysis.Events.Add(mention);
                            // "Aliyev and Pashinyan signed a declaration at the White House in the presence of Trump": the
                            // parties came together at the host's venue, so the signing is also their meeting.
                            if (type == EventType.Agreement && form == TriggerForm.Verb && SigningMeeting(ctx, trigger, mention) is { } gathering)
                            {
                                counter++;
                                analysis.Events.Add(gathering with { Key = $"e{counter}" });
                            }
                        }
                    }
                }
            }

            // "Baku put its own losses at 80 dead", "Pashinyan said 105 servicemen had been killed": a sentence that tells
            // of no happening (an undated cue tells none) and gives a toll without a date of its own adds it to the clash
            // told of just before.
            // ("The toll rose to 105, the ministry said on Wednesday": the day the source spoke does not date the toll.)
            if ((own.Count == 0 || OnlyDatesTheAttribution(ctx, own)) && analysis.Events.Count == eventsBefore &&
                lastClash is { } previous && paragraph - previous.Paragraph <= 1 && AddTollTo(ctx, previous.Index))
            {
                lastClash = (previous.Index, paragraph);
            }
            // "Police said about 30,000 people took part": likewise a crowd counted after a protest is its size (a paragraph
            // of background may stand between the two).
            else if (own.Count == 0 && analysis.Events.Count == eventsBefore &&
                     lastProtest is { } rally && paragraph - rally.Paragraph <= 2 && AddCrowdTo(ctx, rally.Index))
            {
                lastProtest = (rally.Index, paragraph);
            }

            if (own.Count > 0)
            {
                carried = lastNamed = own[^1];
            }
        }

        analysis.Events.RemoveAll(denied => IsDisputeOfWhoDidIt(analysis.Events, denied));
    }

    /// <summary>
    /// True when a force the sentence names by its kind alone acts: right before the verb ("Police detained", "riot
    /// police dispersed") or after its passive's "by" ("were detained by the police"); the pack's <c>unnamed_force_nouns</c>.
    /// </summary>
    private bool IsDoneByUnnamedForce(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        var before = trigger.FirstToken - 1;
        if (ctx.Word(before) is "have" or "has" or "had")
        {
            before--;
        }

        var by = ctx.Word(trigger.LastToken + 1) == "by" ? trigger.LastToken + 2 : -1;
        if (by > 0 && ctx.Word(by) == "the")
        {
            by++;
        }

        return _unnamedForces.Contains(ctx.Word(before)) || (by > 0 && _unnamedForces.Contains(ctx.Word(by)));
    }

    /// <summary>The state whose seat is <paramref name="place"/> or a place that holds it, or null.</summary>
    private string? StateSeatedAt(string? place)
    {
        for (var (at, hops) = (place, 0); at is not null && hops < 5; at = pack.Find(at)?.In, hops++)
        {
            if (_seats.TryGetValue(at, out var state))
            {
                return state;
            }
        }

        return null;
    }

    /// <summary>
    /// The meeting a signing tells of: two parties or more sign, on a day and at a place the sentence gives, with a host
    /// or mediator the sentence tells was there (the pack's <c>signing_verbs</c>: "signed", "initialled"; and
    /// <c>presence_cues</c>: "in the presence of", "hosted", "with"). The host mediates the meeting and the signing
    /// parties hold it. Null for any other agreement: one signed apart ("a statement signed by the three leaders took
    /// effect") has no venue, and one brokered from afar ("signed in Moscow, mediated by Russia") no host seen there.
    /// </summary>
    /// <summary>True when the sentence names a call or a video link ("discussed it in a phone call with Blinken"): talks held from afar.</summary>
    private static bool NamesACall(SentenceContext ctx)
    {
        for (var i = ctx.FirstToken; i <= ctx.LastToken; i++)
        {
            if (ctx.Word(i) is "phone" or "telephone" or "call" or "calls" or "video" or "videoconference" or "online" or "virtual" or "virtually")
            {
                return true;
            }
        }

        return false;
    }

    private EventMention? SigningMeeting(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, EventMention signing)
    {
        if (signing.Status != EventStatus.Occurred || signing.Date is null || signing.Place is null || signing.Mediators.Count == 0 ||
            !_signingVerbs.Contains(ctx.Word(trigger.FirstToken)) || ctx.FindAny(_presenceCues, ctx.FirstToken, ctx.LastToken, out _) < 0)
        {
            return null;
        }

        var parties = signing.Actors.Where(a => !signing.Mediators.Contains(a)).ToList();
        return parties.Count >= 2 ? signing with { Type = EventType.Meeting, Actors = parties, Quantities = [] } : null;
    }

    /// <summary>
    /// "Armenian forces committed provocations on the night of the 12th, the ministry said; it rejected claims that
    /// Azerbaijan had attacked": a report that tells a hostile act as done and then denies a version of it disputes
    /// who did it, not whether it happened, so the denied mention is no second account of the act.
    /// </summary>
    private static bool IsDisputeOfWhoDidIt(List<EventMention> events, EventMention denied)
    {
        if (denied.Status != EventStatus.Denied || denied.Type is not (EventType.ArmedClash or EventType.Blockade or EventType.SupplyCut or EventType.Checkpoint) ||
            denied.Date is not { } days)
        {
            return false;
        }

        var around = new DateRange(days.Earliest.PlusDays(-1), days.Latest.PlusDays(1), DatePrecision.Days);
        return events.Exists(told => told.Type == denied.Type && told.Status == EventStatus.Occurred && told.Span.End <= denied.Span.Start &&
                                     told.Date is { } when && when.Overlaps(around));
    }

    /// <summary>
    /// The "accused" (or "blamed") whose "of" (or "for") phrase the trigger heads ("accused Azerbaijani forces of shelling
    /// Kapan"), or -1.
    /// </summary>
    private static int AccusationOf(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        if (ctx.Word(trigger.FirstToken - 1) is not ("of" or "for"))
        {
            return -1;
        }

        for (var i = trigger.FirstToken - 2; i >= Math.Max(ctx.FirstToken, trigger.FirstToken - 8); i--)
        {
            if (ctx.Word(i) is "accused" or "accuses" or "accusing" or "blamed" or "blames" or "blaming")
            {
                return i;
            }

            if (!ctx.Tokens[i].IsWord && ctx.Word(i) != "'s")
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>True when a happening of <paramref name="type"/> that took place was read before the sentence.</summary>
    private static bool ToldBefore(DocumentAnalysis analysis, SentenceContext ctx, EventType type)
    {
        foreach (var e in analysis.Events)
        {
            if (e.Type == type && e.Status == EventStatus.Occurred && e.Span.End <= ctx.Sentence.Span.Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when every date of <paramref name="own"/> lies in the sentence's closing attribution (", the ministry said on Wednesday").</summary>
    private bool OnlyDatesTheAttribution(SentenceContext ctx, List<TimeExpression> own)
    {
        var attribution = _parties.AttributionStart(ctx);
        return attribution >= 0 && own.TrueForAll(d => d.Span.Start > ctx.Tokens[attribution].Span.Start);
    }

    /// <summary>Adds the killed and wounded a sentence counts to the clash at <paramref name="clash"/>; false when it counts none.</summary>
    private bool AddTollTo(SentenceContext ctx, int clash)
    {
        if (ctx.FindAny(TollNouns, ctx.FirstToken, ctx.LastToken, out _) < 0 || ctx.FindAny(ChangeOfToll, ctx.FirstToken, ctx.LastToken, out _) >= 0 ||
            QuantityReader.Read(ctx.Tokens, ctx.FirstToken, ctx.LastToken).FindAll(q => q.Quantity.Kind is QuantityKind.Killed or QuantityKind.Wounded) is not { Count: > 0 } losses)
        {
            return false;
        }

        // (A toll that "later rose to 105" says where the count now stands: no side's figure set against another's.)
        AddCounts(ctx.Analysis, clash, losses.Select(q => q.Quantity with
        {
            Side = QuantityReader.IsTollUpdate(ctx.Tokens, ctx.FirstToken, q.Token) ? null : _actorIds.SideCounted(ctx, q.Token),
        }));
        return true;
    }

    /// <summary>
    /// Adds the crowd a sentence counts to the protest at <paramref name="protest"/> when it says how many took part
    /// ("took part", "the crowd at 50,000"); false when it counts none.
    /// </summary>
    private bool AddCrowdTo(SentenceContext ctx, int protest)
    {
        if (ctx.FindAny(_turnoutCues, ctx.FirstToken, ctx.LastToken, out _) < 0 ||
            QuantityReader.Read(ctx.Tokens, ctx.FirstToken, ctx.LastToken).FindAll(q => q.Quantity.Kind == QuantityKind.People) is not { Count: > 0 } crowd)
        {
            return false;
        }

        AddCounts(ctx.Analysis, protest, crowd.Select(q => q.Quantity));
        return true;
    }

    /// <summary>Adds to the event at <paramref name="index"/> the counts it does not hold yet.</summary>
    private static void AddCounts(DocumentAnalysis analysis, int index, IEnumerable<Quantity> counts)
    {
        var told = analysis.Events[index];
        analysis.Events[index] = told with { Quantities = [.. told.Quantities, .. counts.Where(q => !told.Quantities.Contains(q))] };
    }

    // Nouns of a side's losses that make a count in a sentence without a trigger a toll ("put its losses at 80 dead").
    private static readonly string[] TollNouns = ["losses", "toll", "casualties", "death toll", "dead", "killed", "wounded"];

    // A count that only tells how a toll changed ("an increase of nearly 1,000 deaths compared with …").
    private static readonly string[] ChangeOfToll = ["increase of", "rise of", "rose by", "up by", "compared with", "compared to"];

    // No ids: shared, never written.
    internal static readonly List<string> NoIds = [];

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

    /// <summary>The last talks or deal read so far in the document with two parties or more, or null.</summary>
    private static EventMention? LastTalksOrDeal(DocumentAnalysis analysis)
    {
        for (var k = analysis.Events.Count - 1; k >= 0; k--)
        {
            if (analysis.Events[k] is { Type: EventType.Meeting or EventType.Agreement, Actors.Count: >= 2 } e)
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>The person named last before <paramref name="token"/> (in the sentence, else the last one before it) who is none of <paramref name="actors"/>.</summary>
    private LinkedMention? PersonNamedLastBefore(SentenceContext ctx, int token, List<string> actors)
    {
        for (var k = ctx.Mentions.Count - 1; k >= 0; k--)
        {
            var m = ctx.Mentions[k];
            if (m.Kind == EntityKind.Person && m.LastToken < token && !actors.Contains(_actorIds.ActorId(m, EventType.Appointment)))
            {
                return m;
            }
        }

        return _lastPerson is { } last && !actors.Contains(_actorIds.ActorId(last, EventType.Appointment)) ? last : null;
    }

    /// <summary>"the incident", "this attack", "the latest clash": a noun that points back at a happening already told.</summary>
    /// <summary>
    /// The subject of a refusal verb written right after an offer's noun ("an offer the Karabakh leadership has
    /// rejected"), or null.
    /// </summary>
    private static LinkedMention? RefuserAfterOfferNoun(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        var end = ctx.Word(trigger.FirstToken - 1) is "has" or "have" or "had" ? trigger.FirstToken - 2 : trigger.FirstToken - 1;
        foreach (var m in ctx.ActorList)
        {
            if (m.LastToken == end)
            {
                var before = ctx.Word(m.FirstToken - 1) is "the" or "a" ? m.FirstToken - 2 : m.FirstToken - 1;
                return ctx.Word(before) is "offer" or "proposal" or "plan" or "idea" or "initiative" or "demand" or "request" ? m : null;
            }
        }

        return null;
    }

    /// <summary>
    /// True when the noun trigger follows a copula, "the" and a word of rank ("was the first deadly clash", "marked
    /// the heaviest fighting"), with at most two more words before the trigger.
    /// </summary>
    private static bool RanksAHappening(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        for (var i = trigger.FirstToken - 1; i >= ctx.FirstToken + 1 && i >= trigger.FirstToken - 4; i--)
        {
            if (ctx.Word(i) is "first" or "worst" or "deadliest" or "heaviest" or "largest" or "biggest" or "fiercest" or "bloodiest" or
                    "latest" or "most" or "second" or "third" or "last" or "longest" or "gravest" &&
                ctx.Word(i - 1) == "the" && ctx.Word(i - 2) is "was" or "is" or "were" or "are" or "became" or "marked" or "been" or "be")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "were killed in that operation", "was wounded in the attack": the harm is placed in a happening named with a
    /// definite word, within eight words after the trigger.
    /// </summary>
    private static bool InHappeningToldBefore(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        var to = Math.Min(ctx.LastToken - 2, trigger.LastToken + 8);
        for (var i = trigger.LastToken + 1; i <= to; i++)
        {
            if (ctx.Word(i) == "in" && ctx.Word(i + 1) is "the" or "that" or "this" &&
                ctx.Word(i + 2) is "operation" or "incident" or "attack" or "clash" or "clashes" or "fighting" or "shelling" or "exchange" or "shootout")
            {
                return true;
            }
        }

        return false;
    }

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

    /// <summary>
    /// The day named last in the document, for an undated bare past that a closing attribution reports ("Armenian units
    /// fired first, the ministry said."): a side's account of the incident the report is about. Null otherwise, or
    /// when that date is no single day.
    /// </summary>
    private TimeExpression? ReportedPastDay(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, TriggerForm form, TimeExpression? lastNamed)
    {
        return lastNamed is { Range.IsSingleDay: true } && form == TriggerForm.Verb && _filters.IsUndatedPast(ctx, trigger, form, null) &&
               ReportedByClosingAttribution(ctx, trigger) ? lastNamed : null;
    }

    /// <summary>True when the sentence's closing attribution (", the ministry said.") comes after the trigger: it reports it.</summary>
    private bool ReportedByClosingAttribution(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger) =>
        _parties.AttributionStart(ctx) > trigger.LastToken;

    /// <summary>True when <paramref name="ids"/> and <paramref name="others"/> have an id in common.</summary>
    private static bool SharesAny(List<string> ids, IReadOnlyList<string> others)
    {
        foreach (var id in ids)
        {
            if (others.Contains(id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The day of the last event read, as a date to carry, when it is a single day; null otherwise.</summary>
    private static TimeExpression? DayOfLastEvent(DocumentAnalysis analysis) =>
        analysis.Events.Count > 0 && analysis.Events[^1] is { Date: { IsSingleDay: true } day } last ? new TimeExpression(last.Span, last.Trigger, day, IsAnchored: true) : null;

    /// <summary>True when a person named in <paramref name="before"/> is named again within the first four words of the sentence.</summary>
    private static bool OpensOnPersonNamedIn(SentenceContext ctx, SentenceContext? before)
    {
        if (before is null)
        {
            return false;
        }

        foreach (var m in ctx.Mentions)
        {
            if (m.FirstToken > ctx.FirstToken + 3)
            {
                break;
            }

            if (m.Kind == EntityKind.Person && before.Mentions.Any(b => b.Kind == EntityKind.Person && b.Mention.EntityId == m.Mention.EntityId))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the sentence opens on a link to the news told before it: "Separately,", "Meanwhile,", "At the same time,".</summary>
    private static bool GoesOnWithLastNews(SentenceContext ctx)
    {
        var first = ctx.FirstToken;
        return (ctx.Word(first) is "separately" or "meanwhile" && ctx.Word(first + 1) == ",") || SameTimeOpeningEnd(ctx) >= 0;
    }

    /// <summary>The last token of an opening "At the same time" or "Simultaneously" (before its comma), or -1.</summary>
    private static int SameTimeOpeningEnd(SentenceContext ctx)
    {
        var first = ctx.FirstToken;
        if (ctx.Word(first) == "simultaneously" && ctx.Word(first + 1) == ",")
        {
            return first;
        }

        return ctx.Word(first) == "at" && ctx.Word(first + 1) == "the" && ctx.Word(first + 2) == "same" && ctx.Word(first + 3) == "time" && ctx.Word(first + 4) == ","
            ? first + 3
            : -1;
    }

    /// <summary>"held separate talks", "separate meetings", "met separately with": one host's talks with each guest apart.</summary>
    private static bool IsSeparate(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger) =>
        ctx.Word(trigger.FirstToken - 1) is "separate" or "separately" || ctx.Word(trigger.LastToken + 1) == "separately" ||
        (ctx.Word(trigger.FirstToken - 2) is "separate" && ctx.Word(trigger.FirstToken - 1) is "bilateral" or "one-on-one" or "private");

    private EventMention? Read(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<PhraseMatch<(EventType Type, TriggerForm Form)>> triggers, EventType type, TriggerForm form, TimeExpression? date, TimeExpression? inherited, DocumentTopics documentTopics, string? venue, (int First, int Last) clause, EpisodeDefinition? referenced, ref int counter)
    {
        // A weak cue counts only with a date (and an actor, below). Without a date in its sentence, a past perfect
        // ("had resettled") or a bare past ("rejected") verb tells background rather than the news of the day the
        // article is dated. Both need nothing read, and most triggers that come to nothing fail here.
        // ("Armenian units fired first, the ministry said.": a past the report's closing attribution tells is its news.)
        if ((form == TriggerForm.Weak && date is null) ||
            (date is null && _filters.IsUndatedPast(ctx, trigger, form, inherited) && !ReportedByClosingAttribution(ctx, trigger)))
        {
            return null;
        }

        var analysis = ctx.Analysis;
        var actors = new List<string>();
        var targets = new List<string>();
        // Whoever the sentence says brokered something ("a declaration brokered by Russia") is no party to any
        // other happening it tells of, and mediates only what can be mediated.
        var brokers = _mediators.MediatorsOf(ctx);
        // The sentence's brokers are shared by its triggers: a mediated event takes its own copy to change.
        var mediators = !_mediators.IsMediated(type) ? [] : brokers.Count == 0 ? new HashSet<string>(StringComparer.Ordinal) : new HashSet<string>(brokers, StringComparer.Ordinal);
        var (clauseFirst, clauseLast) = clause;
        var participleSubject = type == EventType.Meeting ? _parties.ParticipleSubject(ctx, trigger) : null;
        // "Tensions between Armenia and Azerbaijan rose following an Azerbaijani incursion": when a noun's temporal
        // phrase names its own parties, those of the clause it hangs from are not the noun's ("X and Y agreed ...
        // following a trilateral meeting" names no others, and there they are the meeting's).
        var demonyms = form == TriggerForm.Noun ? _parties.DemonymsBefore(ctx, trigger.FirstToken) : NoIds;
        // ("65,000 Armenians have fled since the offensive of 19-20 September": those who fled did not fight it.)
        var phraseFirst = demonyms.Count > 0 || (type == EventType.ArmedClash && form == TriggerForm.Noun &&
                                                 triggers.Exists(o => o.Payloads[0] is { Type: EventType.Displacement, Form: TriggerForm.Verb } && o.LastToken < trigger.FirstToken))
            ? TriggerPhrase.TemporalPrepositionBefore(ctx, trigger) : -1;
        // "Trucks entered the region on Monday, Azerbaijan's presidential aide said": who reports it takes no part.
        var attribution = _parties.AttributionStart(ctx);
        var reportedFrom = attribution > trigger.LastToken ? attribution : int.MaxValue;
        // "BAKU, Azerbaijan -- Trucks entered ...": the dateline tells where the report was filed.
        var reporterEnd = PartyReader.DatelineEnd(ctx);
        // "According to the ministry, the clashes left 20 dead": nor does an opening attribution.
        // (A happening named inside it, "According to the UN mission dispatched there, …", keeps its parties.)
        var openingEnd = PartyReader.OpeningAttributionEnd(ctx);
        reporterEnd = openingEnd < trigger.FirstToken ? Math.Max(reporterEnd, openingEnd) : reporterEnd;
        // ("According to the UN mission dispatched to the region, 1,000 ethnic Armenians remain": a happening named inside
        // it has none of the main clause's parties.)
        reportedFrom = openingEnd > trigger.LastToken ? Math.Min(reportedFrom, openingEnd) : reportedFrom;
        // "The army said Azerbaijani forces shelled the town": nor does who says so at the clause's head.
        reporterEnd = Math.Max(reporterEnd, _parties.ReportingVerbBefore(ctx, trigger.FirstToken, clauseFirst));
        // "X dismissed A and appointed B": A is the first verb's object and B the second's, while X does both.
        var (otherObjectFirst, otherObjectLast, nextVerb) = form == TriggerForm.Verb ? _parties.CoordinatedVerbs(ctx, trigger, triggers) : (-1, -1, int.MaxValue);
        // "was arrested while trying to cross into Armenia", "set up the checkpoint to stop arms smuggling from Armenia": a
        // participle clause or a clause of purpose after the trigger has parties of its own.
        nextVerb = Math.Min(nextVerb, _parties.OwnClauseAfter(ctx, trigger, type));
        var accusation = AccusationOf(ctx, trigger);
        // Whether the verb is a passive ("were handed over"), or says its subject underwent it ("came under fire"):
        // asked of every party the sentence names, read once.
        var passive = form != TriggerForm.Noun && _parties.IsPassiveVerb(ctx, trigger);
        var underwent = form != TriggerForm.Noun && ctx.Word(trigger.FirstToken) is "came" or "come" or "comes" or "coming" && ctx.Word(trigger.FirstToken + 1) == "under";
        foreach (var m in ctx.ActorList)
        {
            // "Azerbaijan releases 32 servicemen, and Armenia releases 2": a clause with its own subject has its own parties.
            if (m.LastToken < clauseFirst || m.FirstToken > clauseLast || m.LastToken < phraseFirst || m.FirstToken > reportedFrom || m.LastToken < reporterEnd ||
                (m.FirstToken >= otherObjectFirst && m.LastToken <= otherObjectLast) || m.FirstToken > nextVerb)
            {
                continue;
            }

            var id = _actorIds.ActorId(m, type);

            // A mediator of talks or of a deal ("a ceasefire mediated by Russia") is not a party to it; one who signs
            // too is named as a signatory, not after a mediation cue.
            if (brokers.Contains(m.Mention.EntityId) || brokers.Contains(id))
            {
                continue;
            }

            var after = m.FirstToken > trigger.LastToken;

            // "An incursion near the village was reported by the ministry": who a passive report names as its
            // source tells of the happening; it takes no part.
            if (after && _parties.IsReportingAgent(ctx, m))
            {
                continue;
            }

            // "The ministry accused Azerbaijani forces of shelling Kapan": who accuses speaks of the act, it takes no part.
            if (!after && accusation >= 0 && m.LastToken < accusation)
            {
                continue;
            }

            // "agreed to end hostilities after efforts by Russia and France failed": a party named after a
            // subordinating word acts in that other clause, and so does the subject of a relative clause without its
            // pronoun ("in a gesture the European Union welcomed").
            if (after && (Clauses.SubordinatorBetween(ctx, trigger.LastToken, m.FirstToken) || _parties.IsReducedRelativeSubject(ctx, m) ||
                          Clauses.RelativeClauseBetween(ctx, trigger.LastToken, m.FirstToken)))
            {
                continue;
            }

            // "talks with X and Y", "clashes between X and a group of Y": each of a list the trigger governs is a party.
            var cue = after && type is EventType.Meeting or EventType.ArmedClash && _parties.InParticipantList(ctx, trigger, m) ? "between" : TriggerPhrase.PreviousWord(ctx, m.FirstToken);

            // "through Armenia's Syunik province": a state owning the place named next locates, it takes no part.
            if (m.Kind == EntityKind.State && ctx.Word(m.LastToken + 1) == "'s" && PartyReader.PlaceStartsAt(ctx, m.LastToken + 2))
            {
                continue;
            }

            // "blocked the highway to Georgia", "the road from Armenia", "the only road linking Karabakh to Armenia": where
            // a road leads names no party.
            if (PartyReader.IsRoadEnd(ctx, m))
            {
                continue;
            }

            // "Russian peacekeepers recorded one ceasefire violation": who records, registers or observes a happening
            // reports it; it takes no part.
            if (!after && form == TriggerForm.Noun && PartyReader.RecordingVerbBefore(ctx, trigger) is var recorded and >= 0 && m.LastToken < recorded)
            {
                continue;
            }

            // "on the border with Azerbaijan": the state across a border locates the happening; it takes no part.
            if (m.Kind == EntityKind.State && ctx.Word(m.FirstToken - 1) == "with" && ctx.Word(m.FirstToken - 2) is "border" or "borders" or "frontier")
            {
                continue;
            }

            // "the Lachin corridor, which connects Karabakh with Armenia, has been blocked": a party named inside a
            // relative aside that closes before the trigger describes another noun; it takes no part.
            if (!after && Clauses.InRelativeAsideBefore(ctx, m, trigger.FirstToken))
            {
                continue;
            }

            // "named X as Armenia's new defence minister, replacing Y": whose office it is, and whom the appointee replaces,
            // are not appointed.
            if (type == EventType.Appointment && after &&
                (ctx.Word(m.FirstToken - 1) is "replacing" or "succeeding" or "replace" or "succeed" || (m.Kind == EntityKind.State && ctx.Word(m.LastToken + 1) == "'s")))
            {
                continue;
            }

            // "had been detained in Armenia", "released in Azerbaijan": the state a person is held or freed in is where,
            // and it is the state's authorities that hold them.
            if (type is EventType.Arrest or EventType.Release && after && m.Kind == EntityKind.State && cue is "in" or "inside")
            {
                if (type == EventType.Arrest && !actors.Contains(id))
                {
                    actors.Add(id);
                }

                continue;
            }

            // "The trial of X opened at the military court": the court a person is tried or held at is where, not whom.
            if (type is EventType.Arrest or EventType.Release && after && cue is "at" or "before" && m.FirstToken - 1 > trigger.LastToken && m.Kind != EntityKind.Person)
            {
                continue;
            }

            // "Gas supplies to Karabakh from Armenia were cut off": where a supply comes from does not cut it.
            if (type == EventType.SupplyCut && ctx.Word(m.FirstToken - 1) == "from")
            {
                continue;
            }

            // "on the sidelines of the Munich Security Conference", "within the framework of the OSCE": the forum a
            // happening is held at takes no part in it.
            if (cue == "of" && PartyReader.InForumPhrase(ctx, m))
            {
                continue;
            }

            if (type == EventType.Protest && after && (PartyReader.IsProtestVenue(ctx, trigger, m) || PartyReader.IsProtestObject(ctx, trigger, m)))
            {
                continue;
            }

            // "fled to Armenia", "arrived in Armenia": the country people flee to or from is where they go, not who acts.
            if (type == EventType.Displacement && (after || m.FirstToken > trigger.FirstToken) && m.Kind is EntityKind.State or EntityKind.Authority &&
                cue is "to" or "in" or "into" or "toward" or "towards" or "from" or "for")
            {
                continue;
            }
            // "aid arrived from Azerbaijan via the Red Cross": the sender and the carrier deliver it.
            // ("a convoy of Red Cross trucks": whose vehicles carry it, too.)
            var sender = type == EventType.AidDelivery && (cue is "from" or "via" || (cue == "of" && _filters.IsVehicle(ctx.Word(m.LastToken + 1))));
            var isTarget = _parties.HasTargets(type) && after && !sender && cue is not ("with" or "and" or "between" or "by") &&
                           !(cue == "of" && form == TriggerForm.Noun && m.FirstToken - trigger.LastToken <= 3 && AgentOfNouns.Contains(ctx.Word(trigger.LastToken)));
            // "pulling out of a meeting with Pashinyan, Macron and Michel", "refused to meet with Baku's envoy": whom one
            // would have met is turned down, not refusing; an active refusal's subject refuses.
            if (type == EventType.Refusal && form == TriggerForm.Verb && after && !passive && cue != "by")
            {
                isTarget = true;
            }

            // Whom a decree names or removes is its object; the person who signs it is the subject of the active verb
            // ("the president has sacked the minister"), not of a passive one ("the minister was sacked").
            if (type is EventType.Appointment or EventType.Dismissal or EventType.Arrest && m.Kind == EntityKind.Person)
            {
                isTarget = type == EventType.Arrest || after || form != TriggerForm.Verb || passive;
                // ("was relieved of his duties by a decree of President X": the passive's agent signs it.)
                if (type != EventType.Arrest && after && form == TriggerForm.Verb && passive && PartyReader.InByPhrase(ctx, trigger, m))
                {
                    isTarget = false;
                }
            }

            // "49 soldiers were killed when Azerbaijani forces shelled Jermuk": the subject of the clause that tells how a
            // passive came about did it.
            if (isTarget && after && passive && ctx.Word(m.FirstToken - 1) is "when" or "as" or "after")
            {
                isTarget = false;
            }

            // "Thirty servicemen were handed over to Armenia", "the village was shelled": what a passive's subject
            // names is what the happening was done to (who did it, if anyone, comes after "by").
            // ("their patrol came under fire": so is the subject of "came under".)
            if (!after && _parties.HasTargets(type) && ((passive && _parties.IsPassiveSubject(ctx, trigger, m)) || underwent))
            {
                isTarget = true;
            }

            // "met with X", "talks between X and Y", and the verb's own object: "Lavrov met his Turkish counterpart",
            // "Aliyev received the EU envoy". A "with" behind a comma is another clause's ("..., X hoped for progress in his talks with Y"); the subject of a
            // sentence that opens on the trigger's participle is a party ("Speaking at a meeting with X, Y said").
            // "the meeting of the commissions, led by X and Y": who leads the delegations takes part.
            if (type == EventType.Meeting && after && !(participleSubject == m) && !PartyReader.LedBy(ctx, trigger, m) &&
                ((cue is not ("with" or "and" or "between" or "of") &&
                  !((form == TriggerForm.Verb || ctx.Word(trigger.LastToken) is "received" or "receives") && TriggerPhrase.IsObjectOf(ctx, trigger, m, _titleWords))) ||
                 (cue is "with" or "between" && _parties.IntroducedAcrossComma(ctx, trigger, m))))
            {
                continue;
            }

            var list = isTarget ? targets : actors;
            if (!list.Contains(id))
            {
                list.Add(id);
            }
        }

        // "Armenia rejected Azerbaijan's offer": an offer or invitation with its owner named before it is the owner's
        // alone; the subject of the verb that governs it answers it.
        // ("since Azerbaijan's offensive": an offensive named with its owner is the owner's; who fled it took no part.)
        if (form != TriggerForm.Verb && type is EventType.Proposal or EventType.Invitation or EventType.ArmedClash && _parties.OwnerOf(ctx, trigger, type) is { } owner)
        {
            actors.Clear();
            actors.Add(owner);
            targets.Remove(owner);
        }

        // "rejected an offer by Azerbaijan", "turned down a proposal from Baku": whose offer is refused is answered, not
        // a party refusing it.
        if (type == EventType.Refusal && form == TriggerForm.Verb)
        {
            foreach (var m in ctx.ActorList)
            {
                if (m.FirstToken > trigger.LastToken && m.FirstToken <= trigger.LastToken + 6 && ctx.Word(m.FirstToken - 1) is "by" or "from" &&
                    ctx.Word(m.FirstToken - 2) is "offer" or "offers" or "proposal" or "proposals" or "plan" or "demand" or "demands" or "request" or
                        "invitation" or "call" or "initiative" or "suggestion" or "ultimatum" &&
                    _actorIds.ActorId(m, type) is var offerer && actors.Remove(offerer) && !targets.Contains(offerer))
                {
                    targets.Add(offerer);
                }
            }
        }

        // "Baku offered to reopen the road, an offer the separatist leadership rejected": the refusal's subject follows the
        // offer's noun; the party that made the offer is answered, not refusing.
        if (type == EventType.Refusal && form == TriggerForm.Verb && RefuserAfterOfferNoun(ctx, trigger) is { } refuser)
        {
            var refuserId = _actorIds.ActorId(refuser, type);
            foreach (var other in actors.FindAll(a => a != refuserId))
            {
                actors.Remove(other);
                if (!targets.Contains(other))
                {
                    targets.Add(other);
                }
            }

            if (!actors.Contains(refuserId))
            {
                actors.Add(refuserId);
            }
        }

        // "A checkpoint was set up on the road by the border service", "the road was blocked by protesters": a passive
        // names who acted after "by"; the other parties the sentence names are whom or what it was done about.
        if (type is not (EventType.Meeting or EventType.Appointment or EventType.Dismissal or EventType.Displacement) &&
            _parties.PassiveAgents(ctx, trigger, form, type) is { Count: > 0 } agents)
        {
            actors.Clear();
            actors.AddRange(agents);
        }

        // "The ministry said Azerbaijani forces took 20 soldiers prisoner": who speaks of a capture is no party to it; the
        // men it does not qualify are its side's. "Baku said two of its soldiers had been captured": its side's men were
        // taken; "… said its troops took six soldiers prisoner": its side took them.
        if (type == EventType.Arrest && form == TriggerForm.Verb && _parties.ReportedCapture(ctx, trigger, type) is { } report &&
            ((report.OwnSubject && !passive) || report.ItsMen))
        {
            actors.RemoveAll(report.Speakers.Contains);
            targets.RemoveAll(report.Speakers.Contains);
            if (report.Side is { } side)
            {
                var list = report.ItsMen && !passive ? actors : targets.Count == 0 && !actors.Contains(side) ? targets : null;
                if (list is not null && !list.Contains(side))
                {
                    list.Add(side);
                }
            }
        }

        // "Gas supplies were cut again, the authorities said, accusing Azerbaijan of closing the valve": the party a
        // participle after the happening accuses of it did it; it was not done to.
        if (type is EventType.SupplyCut or EventType.Blockade or EventType.ArmedClash or EventType.Checkpoint && _parties.AccusedAfter(ctx, trigger) is { } accused)
        {
            var accusedId = _actorIds.ActorId(accused, type);
            targets.Remove(accusedId);
            actors.Clear();
            actors.Add(accusedId);
        }

        // "The authorities said 20 tons of flour reached Stepanakert": goods are the subject, and who speaks of them
        // delivered nothing.
        if (type == EventType.AidDelivery && form == TriggerForm.Verb && _moves.StartsWithCargo(ctx, trigger) &&
            _parties.ReportedCapture(ctx, trigger, type) is { } told)
        {
            actors.RemoveAll(told.Speakers.Contains);
            targets.RemoveAll(told.Speakers.Contains);
        }

        // "Karabakh Armenians fled after the offensive": who flees is the population named, not the states or forces
        // the sentence blames or sends them to.
        if (type == EventType.Displacement && _parties.DisplacedGroups(ctx) is { Count: > 0 } displaced)
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
        if (actors.Count == 0 && _parties.CollectiveParties(ctx, trigger) is { } parties)
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
        if (actors.Count == 0 && type == EventType.Meeting && _parties.IsFollowUp(ctx, trigger) &&
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
            _mediators.HostOf(ctx, trigger, type, actors, mediators);
        }

        // "The 44-day war", "the Second Karabakh War": a name of a well-known episode names its parties and place
        // too, when the sentence does not.
        var episode = referenced ?? (TriggerDates.NamedPeriodOf(ctx, trigger) is { } named ? _episodes.Named(type, named.Range) : null);
        // ("The fighting that began on 27 September 2020 came to a halt on 10 November": a happening dated to the very days
        // of a well-known episode of its type, with no party named, is that episode.)
        if (episode is null && actors.Count + targets.Count == 0 && date is { Range: var days } && days.Earliest != days.Latest &&
            _episodes.Named(type, days) is { } same && same.Date.Earliest == days.Earliest && same.Date.Latest == days.Latest)
        {
            episode = same;
        }

        // ("The contingent was deployed under the statement which ended the 44-day war": parties the sentence names that
        // took no part in the episode are not its parties.)
        if (episode is not null && (actors.Count + targets.Count == 0 || !SharesAny(actors, episode.Actors)))
        {
            actors.Clear();
            actors.AddRange(episode.Actors);
        }

        // "On Tuesday he proposed …": a pronoun subject of an active verb is the person named last before the sentence
        // ("he was appointed" names whom it was done to, not who did it).
        if (actors.Count == 0 && form == TriggerForm.Verb && _lastPerson is { } person && PartyReader.HasPronounSubject(ctx, trigger) && !passive)
        {
            actors.Add(_actorIds.ActorId(person, type));
        }
        // "On Friday he also met Trump": the one met is the object; the pronoun subject is the other side of the talks.
        else if (type == EventType.Meeting && actors.Count == 1 && form == TriggerForm.Verb && _lastPerson is { } host && PartyReader.HasPronounSubject(ctx, trigger) &&
                 !passive && _actorIds.ActorId(host, type) is var subject && subject != actors[0])
        {
            actors.Insert(0, subject);
        }

        // "Lavrov said the sides had agreed to meet again": "the sides" of an act between parties are those of the talks
        // or deal told of last in the report, not whoever reports it.
        // (Where the sentence itself names two parties or more, they are the sides.)
        if (type is EventType.Meeting or EventType.Agreement or EventType.Proposal or EventType.Refusal && form == TriggerForm.Verb && actors.Count < 2 &&
            PartyReader.HasSidesSubject(ctx, trigger) && LastTalksOrDeal(ctx.Analysis) is { } talks)
        {
            actors.Clear();
            actors.AddRange(talks.Actors);
        }

        // "dismissed Armen Grigoryan and appointed him ambassador": an object pronoun of an act done to a person is the
        // person named last before it, in the sentence or the one before, who is not the one acting.
        if (type is EventType.Appointment or EventType.Dismissal or EventType.Arrest or EventType.Release && form == TriggerForm.Verb && !passive &&
            targets.Count == 0 && ctx.Word(trigger.LastToken + 1) is "him" or "her" && PersonNamedLastBefore(ctx, trigger.FirstToken, actors) is { } referent)
        {
            targets.Add(_actorIds.ActorId(referent, type));
        }

        // "Seven officials are held in Baku. They were detained in October": a passive's "they" is the people and
        // groups the sentence before names.
        if (passive && targets.Count == 0 && _priorSentence is { } before && PartyReader.HasPronounSubject(ctx, trigger, plural: true))
        {
            foreach (var m in before.ActorList)
            {
                if (m.Kind is EntityKind.Person or EntityKind.Group && _actorIds.ActorId(m, type) is var id && !targets.Contains(id))
                {
                    targets.Add(id);
                }
            }
        }

        // The tests below read only the parties: a happening they rule out needs no count, place or agenda read.
        // (Seating a host or a third party as mediator, below, leaves parties named as many or as none.)

        // "Those I met in Goris": the writer's own meetings, with no party named, are reporting, not news.
        if ((type == EventType.Meeting && _parties.IsSessionOfOneBody(ctx, trigger, form)) ||
            (type is EventType.Meeting or EventType.Visit && form == TriggerForm.Verb && ctx.Word(trigger.FirstToken - 1) == "i" && actors.Count + targets.Count == 0))
        {
            return null;
        }

        // (A passive weak cue names whom it was done to: "32 servicemen were handed over".)
        if (form == TriggerForm.Weak && actors.Count == 0 && !(targets.Count > 0 && passive))
        {
            return null;
        }

        // Events need a participant (a mediator counts: "Russia brokered a ceasefire") or a date to be worth recording;
        // analysis prose has neither. Fighting that killed or wounded someone ("Shelling near Tegh killed two villagers")
        // is news with neither.
        List<Quantity>? quantities = null;
        if (actors.Count + targets.Count + mediators.Count == 0 && date is null && inherited is null && referenced is null &&
            !(type == EventType.ArmedClash &&
              (quantities = TriggerQuantities.ReadQuantities(ctx, trigger, triggers, type, clause, _actorIds)).Exists(q => q.Kind is QuantityKind.Killed or QuantityKind.Wounded)))
        {
            return null;
        }

        quantities ??= TriggerQuantities.ReadQuantities(ctx, trigger, triggers, type, clause, _actorIds);
        // A call is held from afar: no venue, whatever city the report was filed from.
        var place = type == EventType.Meeting && TriggerPhrase.IsCall(ctx, trigger) ? null : venue ?? _places.PlaceOf(ctx, trigger, type, clause);
        if (episode is not null)
        {
            place ??= episode.Place;
        }

        // "spoke by telephone with his counterparts in Baku and Yerevan": the states whose capitals name the counterparts
        // took part in the talks.
        if (type == EventType.Meeting)
        {
            foreach (var m in ctx.Mentions)
            {
                if (m.Kind == EntityKind.Place && m.FirstToken > trigger.LastToken && m.FirstToken >= clause.First && m.LastToken <= clause.Last &&
                    PlaceReader.NamesCounterpartsHome(ctx, m) && StateSeatedAt(m.Mention.EntityId) is { } home && !actors.Contains(home))
                {
                    actors.Add(home);
                    mediators.Remove(home);
                    targets.Remove(home);
                }
            }
        }

        if (type is EventType.Meeting or EventType.Agreement)
        {
            _mediators.HostByPlace(place, type, actors, mediators);
            _mediators.ThirdParties(type, actors, mediators);
        }

        // Topics are issues on an agenda: a clash, a flight, an appointment or a dismissal has none, whatever
        // issues the sentence telling of it names.
        var topics = type is EventType.ArmedClash or EventType.Displacement or EventType.Appointment or EventType.Dismissal
            ? [] : _topics.TopicsOf(ctx, documentTopics, actors, targets, mediators, type);

        // Talks and deals reported without their agenda ("the ministers met in Moscow") are about what the
        // article is about: its most named issue.
        if (topics.Count == 0 && type is EventType.Meeting or EventType.Agreement or EventType.Proposal && documentTopics.Dominant is { } documentTopic)
        {
            topics = [documentTopic];
        }

        // An arrest is on the amnesty issue whether or not its sentence says "prisoners": the pack's event type says so.
        foreach (var inherent in _topics.InherentTopicsOf(type))
        {
            if (!topics.Contains(inherent))
            {
                topics.Insert(0, inherent);
            }
        }

        var status = _status.StatusOf(ctx, trigger, type);
        // "will sign the treaty only after Armenia changes its constitution": a happening set on a condition is a
        // party's terms (the positions stage reads them), not a happening; so is the condition itself ("only if
        // Armenia removed the reference").
        if (status == EventStatus.Hypothetical && (StatusReader.ConditionAfter(ctx, trigger.LastToken) || StatusReader.InsideCondition(ctx, trigger.FirstToken)))
        {
            return null;
        }

        var when = (date is null ? referenced?.Date : EventDay.OnsetOf(type, trigger, date) ?? EventDay.StartOf(date)) ?? inherited?.Range ?? DatelineDay.FallbackDate(analysis);

        // "STEPANAKERT, Sept 20 (…) - … Late on Wednesday, officials held a meeting with the peacekeepers": talks of the
        // report's own days that name no place are held where the report was filed. (Not calls, held from afar, nor
        // earlier talks told as background.)
        if (place is null && type == EventType.Meeting && status == EventStatus.Occurred && !TriggerPhrase.IsCall(ctx, trigger) && !NamesACall(ctx) &&
            DatelineDay.For(analysis) is { Day: { } filed, Place: { } filedFrom } && when is { } held && held.Latest >= filed.Earliest.PlusDays(-1) &&
            held.Earliest <= filed.Latest)
        {
            place = filedFrom;
        }

        // "Vardanyan was dismissed as state minister": whoever names or removes an official does so for the state or
        // authority the office belongs to, whoever announced it.
        if (type is EventType.Appointment or EventType.Dismissal)
        {
            _appointingBody.SeatAppointingBody(analysis, actors, targets, when);
        }

        // "Russian peacekeepers' commander Muradov" mediating for Russia: the body that mediates is the one to name, not
        // its state as well.
        if (mediators.Count > 1)
        {
            _mediators.RemoveStatesOfMediatingBodies(mediators);
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
            Trigger = TriggerPhrase.TriggerText(ctx, trigger),
        };
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
            _places.PlaceOf(ctx, trigger, type, Clauses.CoordinatedClause(ctx, trigger, Clauses.ClauseOpenings(ctx))) is not { } place)
        {
            return null;
        }

        return _episodes.Referenced(type, place, written);
    }

    /// <summary>
    /// The day of an occasion told of earlier whose participant is the verb trigger's subject: a person or side named
    /// just before it ("Aliyev rejected", "the Armenian side agreed"), "he"/"she" for the person named last, or the
    /// meeting's parties together ("the sides agreed"). See <see cref="TriggerDates.OccasionDate"/>.
    /// </summary>
    private TimeExpression? OccasionOf(DocumentAnalysis analysis, SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, EventType type)
    {
        // "The two countries also signed …": "also" adds to what was done on the occasion told of just before.
        var also = ctx.Word(trigger.FirstToken - 1) == "also";
        var subjectEnd = also ? trigger.FirstToken - 2 : trigger.FirstToken - 1;
        var theSides = ctx.Word(subjectEnd) is "sides" or "parties" or "leaders" or "delegations" or "ministers" or "presidents" or "countries" &&
                       ctx.Word(subjectEnd - 1) is "the" or "two" or "both";
        string? party = null;
        foreach (var m in ctx.ActorList)
        {
            if (m.Kind is EntityKind.Person or EntityKind.State && m.LastToken == subjectEnd)
            {
                party = m.Mention.EntityId;
            }
        }

        party ??= PartyReader.HasPronounSubject(ctx, trigger) ? _lastPerson?.Mention.EntityId : null;
        return TriggerDates.OccasionDate(analysis, ctx, trigger, type, party, theSides, also);
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
