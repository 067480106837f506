using Parley.Extraction.Matching;
using Parley.Model;
using Parley.Packs;
using Parley.Text;
using Parley.Time;

namespace Parley.Extraction.Events;

/// <summary>
/// The tests of whether a trigger tells of a happening at all: not a kind of happening, the aim of another act,
/// a framework, something that did not happen, land changing hands, a vehicle arriving, an opinion shared, … .
/// </summary>
internal sealed class HappeningFilters(DomainPack pack)
{
    // The pack's cue lists, taken once (the same list object every time, which the document's index of a list keys on).
    private readonly IReadOnlyList<string> _occurrenceVerbs = pack.Words("occurrence_verbs");
    private readonly IReadOnlyList<string> _harmVerbs = pack.Words("harm_verbs");
    private readonly IReadOnlyList<string> _nonEventObjects = pack.Words("non_event_objects");
    private readonly IReadOnlyList<string> _notDisplacementObjects = pack.Words("not_displacement_objects");
    private readonly IReadOnlyList<string> _unilateralActs = pack.Words("unilateral_acts");
    // "no indication that", "no sign that": what follows is not shown to have happened.
    private readonly IReadOnlyList<string> _noEvidence = pack.Words("no_evidence_cues");

    // Word lists asked whether they hold one word, as sets.
    private readonly HashSet<string> _nonEventObjectWords = new(pack.Words("non_event_objects"), StringComparer.Ordinal);
    private readonly HashSet<string> _custody = new(pack.Words("custody_nouns"), StringComparer.Ordinal);
    private readonly HashSet<string> _vehicles = new(pack.Words("vehicle_nouns"), StringComparer.Ordinal);
    private readonly HashSet<string> _passages = new(pack.Words("passage_nouns"), StringComparer.Ordinal);
    private readonly HashSet<string> _isolated = new(pack.Words("isolated_nouns"), StringComparer.Ordinal);
    private readonly HashSet<string> _supplies = new(pack.Words("supply_nouns"), StringComparer.Ordinal);
    private readonly HashSet<string> _weapons = new(pack.Words("weapon_nouns"), StringComparer.Ordinal);
    private readonly HashSet<string> _captives = new(pack.Words("captive_nouns"), StringComparer.Ordinal);
    private readonly HashSet<string> _titleNouns = Entities.EntityIndex.For(pack).TitleNouns;
    private readonly HashSet<string> _statementNouns = new(pack.Words("statement_nouns"), StringComparer.Ordinal);
    private readonly HashSet<string> _cargo = new(pack.Words("cargo_nouns").Select(w => w.Split(' ')[^1]), StringComparer.Ordinal);
    private readonly HashSet<string> _invitationVerbs = new(pack.Words("invitation_verbs"), StringComparer.Ordinal);
    // The one-word names of talks ("consultations", "negotiations"): what an appeal to open them asks for.
    private readonly HashSet<string> _talksNouns = new(pack.EventTypes.Where(t => t.Type == EventType.Meeting).SelectMany(t => t.NounTriggers).Where(w => !w.Contains(' ')), StringComparer.Ordinal);
    private readonly IReadOnlySet<string> _landNouns = EventCues.For(pack).LandNouns;
    private readonly HashSet<string> _documentNouns = new(pack.Words("document_nouns"), StringComparer.Ordinal);
    private readonly HashSet<string> _recordNouns = new(pack.Words("record_nouns"), StringComparer.Ordinal);
    private readonly IReadOnlyList<string> _completionVerbs = pack.Words("completion_verbs");
    private readonly HashSet<string> _textNouns = new(pack.Words("text_nouns"), StringComparer.Ordinal);
    // One-word verbs of speech and denial, whose reported clause shifts its tense back ("denied that troops had fired").
    private readonly HashSet<string> _reportingVerbs = new(pack.Words("speech_verbs").Concat(pack.Words("denial_verbs")).Where(w => !w.Contains(' ')), StringComparer.Ordinal);

    /// <summary>
    /// True when the trigger is a text that carries what someone said: "said in a statement", "welcomed it in a
    /// statement", "according to a statement", "the statement read" (pack <c>document_nouns</c>). A press statement is how news is told, not a
    /// text the sides agreed on.
    /// </summary>
    internal bool IsVehicleOfSpeech(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        if (trigger.FirstToken != trigger.LastToken || !_documentNouns.Contains(ctx.Word(trigger.FirstToken)))
        {
            return false;
        }

        // Back over a determiner and a modifier or two ("in a brief written statement").
        var i = trigger.FirstToken - 1;
        while (i >= ctx.FirstToken && i >= trigger.FirstToken - 3 && ctx.Word(i) is not ("in" or "to" or "from" or "," or "and"))
        {
            i--;
        }

        var before = ctx.Word(i);
        // ("welcomed the news in a statement", "condemned the shelling in its statement": a text of one's own, not one
        // agreed, whatever verb it carries.)
        return (before is "in" or "from" && _reportingVerbs.Contains(ctx.Word(i - 1))) || (before == "to" && ctx.Word(i - 1) == "according") ||
               (before == "in" && ctx.Word(i + 1) is "a" or "an" or "its" or "his" or "her" or "their") ||
               (before == "in" && i == ctx.FirstToken) || _reportingVerbs.Contains(ctx.Word(trigger.LastToken + 1));
    }

    internal bool IsGenericKind(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
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

    /// <summary>
    /// "supports the deployment of an international mission to the border", "opposes any talks in Moscow": a noun a
    /// stance is taken on (within five words of the stance verb, through determiners, modifiers and "of") is what is
    /// wanted or refused, not a happening. An offer or invitation turned down was still made, and stays.
    /// </summary>
    internal bool IsObjectOfStance(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, EventType type)
    {
        if (type is EventType.Proposal or EventType.Invitation or EventType.Refusal)
        {
            return false;
        }

        for (var i = trigger.FirstToken - 1; i >= ctx.FirstToken && i >= trigger.FirstToken - 5; i--)
        {
            var w = ctx.Word(i);
            // ("to demand the resignation of the premier", "sought the release of the detainees": what is demanded has
            // not happened.)
            if (w is "supports" or "support" or "supported" or "backs" or "backed" or "favours" or "favors" or "opposes" or "opposed" or "oppose" or
                    "demand" or "demands" or "demanded" or "demanding" or "seek" or "seeks" or "sought" or "seeking" ||
                (w is "for" && ctx.Word(i - 1) is "calls" or "called" or "pushed" or "pushes" or "pressed" or "presses"))
            {
                return true;
            }

            if (!ctx.Tokens[i].IsWord || w is "and" or "or" or "but" or "that" or "which" or "who")
            {
                return false;
            }
        }

        return false;
    }

    internal bool IsObjectOfAim(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        // "violating a ceasefire brokered by Moscow two days earlier": an indefinite noun with a participle of its
        // making tells the deal was struck; "the ceasefire brokered in 2020" refers back to one the reader knows.
        if (ctx.Word(trigger.LastToken + 1) is "brokered" or "signed" or "reached" or "struck" or "mediated" or "concluded" &&
            (ctx.Word(trigger.FirstToken - 1) is "a" or "an" || ctx.Word(trigger.FirstToken - 2) is "a" or "an"))
        {
            return false;
        }

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

            if (w is "end" or "ending" or "stop" or "stopping" or "halt" or "cessation" or "suspension" or "prevent" or "preventing" or "avoid" or "monitor" or
                "monitoring" or "monitored" or "monitors" or "watch" or "watched" or "watching" or "watches" or "observed" or "observing" or
                "enforce" or "enforced" or "enforcing" or "violate" or "violates" or "violating" or "breach" or "breaches" or "breaching" or "implement" or "implementing" or "observe" or
                "respect" or "uphold" or "get" or "reach" or "secure" or "achieve" or "toward" or "towards" ||
                // "closer to a final agreement", "the path to a peace deal": a goal, not a deal reached.
                (w == "to" && i > ctx.FirstToken && ctx.Tokens[i - 1].Normalized is "closer" or "nearer" or "path" or "way" or "road" or
                    "obstacle" or "obstacles" or "barrier" or "barriers" or "hurdle" or "hurdles" or "impediment" or "impediments") ||
                // "support the implementation of the treaty", "violations of the ceasefire": a deal already made that is
                // carried out or broken, not one struck.
                (w == "of" && i > ctx.FirstToken && ctx.Tokens[i - 1].Normalized is "implementation" or "observance" or "violation" or "violations") ||
                // "talks on a peace agreement", "prospects for a deal": what is worked toward, not a deal struck.
                (w is "on" or "over" or "for" && i > ctx.FirstToken && ctx.Tokens[i - 1].Normalized is "talks" or "negotiations" or
                    "negotiating" or "work" or "working" or "prospects" or "prospect" or "hopes" or "hope" or "chances" or "chance") ||
                // "a guarantee for the release of the captives", "called for the release", "a campaign for their return":
                // what is asked or pledged, not a release that took place.
                (w == "for" && i > ctx.FirstToken && ctx.Tokens[i - 1].Normalized is "guarantee" or "guarantees" or "called" or "calls" or
                    "calling" or "call" or "demand" or "demands" or "demanding" or "campaign" or "campaigning" or "appeal" or "appeals" or
                    "plea" or "pleas" or "pressed" or "pressing" or "lobbied" or "lobbying" or "petition" or "bid"))
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

    internal bool NothingHappened(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, TriggerForm form)
    {
        // "talks ended without agreement", "without a deal": what did not come about.
        if (form != TriggerForm.Verb && (ctx.Word(trigger.FirstToken - 1) is "no" or "without" ||
            (ctx.Word(trigger.FirstToken - 2) == "without" && ctx.Word(trigger.FirstToken - 1) is "a" or "an" or "any") ||
            (ctx.Word(trigger.FirstToken - 2) == "no" && ctx.Word(trigger.FirstToken - 1) is not ("such" or "") && ctx.Tokens[trigger.FirstToken - 1].IsWord)))
        {
            return true;
        }

        // "No shots were fired", "no convoy has been delivered": a passive whose subject is opened by "no".
        if (form == TriggerForm.Verb && NoneIsSubjectOfPassive(ctx, trigger.FirstToken))
        {
            return true;
        }

        var shows = ctx.FindAny(_noEvidence, ctx.FirstToken, trigger.FirstToken - 1, out _);
        return shows >= 0 && trigger.FirstToken - shows <= 12;
    }

    /// <summary>
    /// True when the verb at <paramref name="verb"/> is a passive ("were fired", "has been delivered") whose subject, of
    /// at most three words, is opened by "no" ("No shots were fired").
    /// </summary>
    private static bool NoneIsSubjectOfPassive(SentenceContext ctx, int verb)
    {
        var i = Clauses.BeforeAuxiliaries(ctx, verb, ctx.FirstToken - 1);
        if (i == verb - 1)
        {
            return false;
        }

        for (var k = i; k >= ctx.FirstToken && k >= i - 3; k--)
        {
            if (ctx.Word(k) == "no")
            {
                return k < i;
            }

            if (!ctx.Tokens[k].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    internal bool AfterTemporalPreposition(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger) =>
        TriggerPhrase.TemporalPrepositionBefore(ctx, trigger) >= 0;

    /// <summary>
    /// "the first such report since the two countries began talks on a peace treaty": a happening in a "since" clause that
    /// gives no date of its own is the background a stretch runs from, told without saying when; the sentence's own date
    /// or the day of writing would misdate it. ("since talks began in May" is dated, and read as usual.)
    /// </summary>
    internal static bool InUndatedSinceClause(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<TimeExpression> own)
    {
        var since = -1;
        for (var i = trigger.FirstToken - 1; i >= ctx.FirstToken && i >= trigger.FirstToken - 10 && ctx.Tokens[i].IsWord; i--)
        {
            if (ctx.Word(i) == "since")
            {
                since = i;
                break;
            }
        }

        // "since then", "since 2021", "since the blockade began" (a noun right after "since" is read by the rules for nouns).
        if (since < 0 || ctx.Word(since + 1) is "then" or "that" || ctx.InDate(since + 1) || since + 1 >= trigger.FirstToken - 1)
        {
            return false;
        }

        var start = ctx.Tokens[since].Span.Start;
        var end = ctx.Tokens[Math.Min(ctx.LastToken, trigger.LastToken + 8)].Span.End;
        foreach (var t in own)
        {
            if (t.Span.Start >= start && t.Span.Start <= end)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "were evacuated after an overnight exchange of fire", "Following a brief shootout, two men were detained": a new (not
    /// definite) happening placed before a past act the sentence reports is told as having taken place, though no verb of
    /// occurrence goes with it. A definite one ("after the clashes") refers back to one told before, and a main act that
    /// is not past ("will resume after a pause in fighting") reports nothing yet.
    /// </summary>
    internal static bool PresupposedByPastAct(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger,
        List<PhraseMatch<(EventType Type, TriggerForm Form)>> triggers)
    {
        var preposition = TriggerPhrase.TemporalPrepositionBefore(ctx, trigger);
        if (preposition < 0 || ctx.Word(preposition) is not ("after" or "following"))
        {
            return false;
        }

        for (var i = preposition + 1; i < trigger.FirstToken; i++)
        {
            if (ctx.Word(i) is "the" or "this" or "that" or "these" or "those" or "its" or "their" or "his" or "her" or "another" or "any" ||
                ctx.Tokens[i].Normalized is "'s" or "’s")
            {
                return false;
            }
        }

        foreach (var other in triggers)
        {
            if (other.FirstToken != trigger.FirstToken && other.Payloads[0].Form == TriggerForm.Verb && TriggerPhrase.IsPastForm(ctx, other) &&
                ctx.Word(other.FirstToken - 1) is not ("to" or "would" or "could" or "will" or "may" or "might"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"could clash", "to protest": a noun form after a modal or "to" is the verb.</summary>
    internal bool UsedAsVerb(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger) =>
        ctx.Word(trigger.FirstToken - 1) is "to" or "will" or "would" or "could" or "may" or "might" or "can" or "should" or "must" or "did" or "they" or "sides";

    internal bool ReportedByOccurrenceVerb(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        // "held talks", "talks between the two ministers were held in Brussels".
        var from = Math.Max(ctx.FirstToken, trigger.FirstToken - 4);
        var to = Math.Min(ctx.LastToken, trigger.LastToken + 8);
        for (var at = ctx.FindAny(_occurrenceVerbs, from, to, out var verb); at >= 0; at = ctx.FindAny(_occurrenceVerbs, at + 1, to, out verb))
        {
            // "The meeting followed a deadly incident on April 11": what a happening follows places it in time; the
            // date belongs to that other one ("the talks that followed" still reports them).
            if (verb is "followed" && at > trigger.LastToken && at < ctx.LastToken && ctx.Tokens[at + 1].IsWord && ctx.Word(at + 1) is not ("by" or "suit"))
            {
                continue;
            }

            return true;
        }

        // "The eighth meeting of the commissions, led by the two deputy prime ministers, was held on the border": an aside
        // between commas stands between the noun and its verb.
        var open = ctx.Find(",", trigger.LastToken + 1, to);
        var close = open < 0 ? -1 : ctx.Find(",", open + 1, Math.Min(ctx.LastToken, open + 20));
        return close > 0 && ctx.FindAny(_occurrenceVerbs, close + 1, Math.Min(ctx.LastToken, close + 3), out _) == close + 1;
    }

    /// <summary>
    /// "Shelling near Tegh killed two villagers", "Overnight fire wounded a soldier": fighting told by a noun whose own
    /// verb (pack <c>harm_verbs</c>), within a few words and no comma, harms someone is reported as it happened.
    /// </summary>
    internal bool ReportedByHarm(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, EventType type)
    {
        if (type != EventType.ArmedClash)
        {
            return false;
        }

        var to = Math.Min(ctx.LastToken, trigger.LastToken + 6);
        var verb = ctx.FindAny(_harmVerbs, trigger.LastToken + 1, to, out _);
        return verb > 0 && ctx.Find(",", trigger.LastToken + 1, verb) < 0;
    }

    /// <summary>"The bus had arrived in", "trucks finally arrived in": the trigger's subject is a vehicle (pack <c>vehicle_nouns</c>).</summary>
    internal bool VehicleBefore(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        var i = trigger.FirstToken - 1;
        while (i > ctx.FirstToken && ctx.Word(i) is "had" or "has" or "have" or "finally" or "also" or "then" or "first" or "already")
        {
            i--;
        }

        return _vehicles.Contains(ctx.Word(i));
    }

    /// <summary>
    /// True when talks named by a noun are the object of a verb that ends them (pack <c>completion_verbs</c>) and are
    /// about a text (pack <c>text_nouns</c>) within the next six words: "have completed negotiations on the text of the
    /// treaty", "concluded talks on finalising the draft" tell that the text was agreed, not that talks were held that day.
    /// </summary>
    internal bool CompletesText(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        var from = Math.Max(ctx.FirstToken, trigger.FirstToken - 3);
        if (ctx.FindAny(_completionVerbs, from, trigger.FirstToken - 1, out _) < 0 || ctx.Word(trigger.LastToken + 1) is not ("on" or "over" or "about"))
        {
            return false;
        }

        for (var i = trigger.LastToken + 2; i <= Math.Min(ctx.LastToken, trigger.LastToken + 7) && ctx.Tokens[i].IsWord; i++)
        {
            if (_textNouns.Contains(ctx.Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when "returned" (or "returns", "handed over") takes captives (pack <c>captive_nouns</c>) as its object within
    /// five words: "returned five Armenian servicemen" is a release, not a homecoming.
    /// </summary>
    internal bool ReturnsCaptives(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        if (ctx.Word(trigger.LastToken) is not ("returned" or "returns" or "returning"))
        {
            return false;
        }

        for (var i = trigger.LastToken + 1; i <= Math.Min(ctx.LastToken, trigger.LastToken + 5); i++)
        {
            if (_captives.Contains(ctx.Word(i)))
            {
                return true;
            }

            if (!ctx.Tokens[i].IsWord || ctx.Word(i) is "to" or "from" or "home" or "after")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True when "named" names someone to an office: an "as" or a title within the words after it ("named Arshak
    /// Karapetyan as defence minister", "was named ambassador"); not "named after", nor a name given to a place.
    /// </summary>
    internal bool NamesToOffice(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        if (ctx.Word(trigger.LastToken) != "named")
        {
            return true;
        }

        if (ctx.Word(trigger.LastToken + 1) is "after" or "for" || ctx.Word(trigger.FirstToken - 1) is "a" or "an" or "village" or "town" or "city")
        {
            return false;
        }

        for (var i = trigger.LastToken + 1; i <= Math.Min(ctx.LastToken, trigger.LastToken + 6); i++)
        {
            if (ctx.Word(i) == "as" || _titleNouns.Contains(ctx.Word(i)))
            {
                return true;
            }

            if (!ctx.Tokens[i].IsWord && ctx.Word(i) != "'s")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True when "fired" (or "fires", "firing") takes a weapon (pack <c>weapon_nouns</c>) as its object within four words
    /// ("fired a Scud missile", "fired two rockets"), or, active, takes no object at all ("had not fired", "fired at").
    /// </summary>
    internal bool FiresAWeapon(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        if (trigger.FirstToken != trigger.LastToken || ctx.Word(trigger.FirstToken) is not ("fired" or "fires" or "firing"))
        {
            return false;
        }

        // "a sniper shot fired by Armenian units": a participle after the weapon.
        if (_weapons.Contains(ctx.Word(trigger.FirstToken - 1)))
        {
            return true;
        }

        // "Shots were fired near Sotk": the weapon as the subject of the passive.
        if (ctx.Word(trigger.FirstToken - 1) is "was" or "were" or "been" && _weapons.Contains(ctx.Word(trigger.FirstToken - 2) is "have" or "had" or "has" ? ctx.Word(trigger.FirstToken - 3) : ctx.Word(trigger.FirstToken - 2)))
        {
            return true;
        }

        // "its troops had not fired", "units fired at the village", "fired back": an active "fired" with no object (a
        // dismissal always takes one: "fired the minister") shoots.
        var after = trigger.LastToken + 1;
        if (ctx.Word(trigger.FirstToken - 1) is not ("was" or "were" or "been" or "be" or "being") &&
            (after > ctx.LastToken || !ctx.Tokens[after].IsWord || ctx.Word(after) is "at" or "on" or "upon" or "into" or "across" or "toward" or
                "towards" or "back" or "first" or "again" or "from" or "near" or "along" or "over" or "and" or "but"))
        {
            return true;
        }

        for (var i = trigger.LastToken + 1; i <= Math.Min(ctx.LastToken, trigger.LastToken + 4); i++)
        {
            if (_weapons.Contains(ctx.Word(i)))
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

    /// <summary>True for a noun of a vehicle (pack <c>vehicle_nouns</c>).</summary>
    internal bool IsVehicle(string word) => _vehicles.Contains(word);

    internal bool AgreesWithAView(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
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
    /// "agreed to meet again in October", "agreed to continue negotiations": agreeing only to talk again strikes no
    /// deal; the talks it plans are told as such. ("agreed to resume work on the commissions" is a step agreed.)
    /// </summary>
    internal bool AgreesOnlyToTalk(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        // ("agreed on Friday to meet": a date may stand between the verb and its infinitive.)
        var to = trigger.LastToken + 1;
        while (to <= ctx.LastToken && to <= trigger.LastToken + 5 && ctx.Word(to) != "to" && (ctx.Word(to) == "on" || ctx.InDate(to)))
        {
            to++;
        }

        if (ctx.Word(trigger.LastToken) is not ("agreed" or "agree" or "agrees") || ctx.Word(to) != "to")
        {
            return false;
        }

        var verb = ctx.Word(to + 1);
        return verb is "meet" or "talk" or "negotiate" ||
               (verb is "continue" or "resume" or "hold" && ctx.Word(to + 2) != "work" && OpensTalks(ctx, to + 2));
    }

    /// <summary>
    /// "received both ministers", "received the EU envoy": receiving is talks only when whom is received is a person, a
    /// title or a delegation named right after it ("received 20 trucks of flour", "received a letter" are not).
    /// </summary>
    internal bool ReceivesNoVisitor(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        if (ctx.Word(trigger.LastToken) is not ("received" or "receives"))
        {
            return false;
        }

        for (var i = trigger.LastToken + 1; i <= Math.Min(ctx.LastToken, trigger.LastToken + 4); i++)
        {
            var word = ctx.Word(i);
            var single = word.EndsWith('s') ? word[..^1] : word;
            if (_titleNouns.Contains(word) || _titleNouns.Contains(single) || single is "delegation" or "envoy" or "counterpart" or "guest" or "ambassador" ||
                ctx.Mentions.Any(m => m.FirstToken == i && m.Kind == EntityKind.Person))
            {
                return false;
            }

            if (!ctx.Tokens[i].IsWord)
            {
                return true;
            }
        }

        return true;
    }

    /// <summary>
    /// "a Kremlin project sent to the region", "sent its envoy to Baku": what is sent, with no goods or vehicles named
    /// near the verb (the pack's <c>cargo_nouns</c> and <c>vehicle_nouns</c>), is no aid.
    /// </summary>
    internal bool SendsNoGoods(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        if (ctx.Word(trigger.LastToken) is not ("sent" or "send" or "sends" or "sending"))
        {
            return false;
        }

        for (var i = Math.Max(ctx.FirstToken, trigger.FirstToken - 6); i <= Math.Min(ctx.LastToken, trigger.LastToken + 8); i++)
        {
            if (_cargo.Contains(ctx.Word(i)) || _vehicles.Contains(ctx.Word(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "met in Tbilisi at the invitation of the Georgian premier": the phrase names who hosts the talks; it tells of no
    /// invitation of its own.
    /// </summary>
    internal static bool IsHostPhrase(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger) =>
        ctx.Word(trigger.LastToken) == "invitation" && ctx.Word(trigger.LastToken + 1) == "of" &&
        ctx.Word(trigger.FirstToken - 1) == "the" && ctx.Word(trigger.FirstToken - 2) is "at" or "on" or "upon";

    /// <summary>
    /// "The newly recaptured territory", "the liberated lands": a participle that describes a noun tells what the
    /// thing is, not a happening the sentence reports.
    /// </summary>
    internal bool IsAttributiveParticiple(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
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

    /// <summary>"dismissed the accusations", "released footage": the verb's object is not a person or goods.</summary>
    internal bool HasNonEventObject(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, EventType type)
    {
        // "left a dozen people dead", "left the negotiating table": leaving, but not a home.
        // "its peacekeepers left Karabakh", "the troops withdrew": a force leaving is a withdrawal, not people displaced.
        if (type == EventType.Displacement && ctx.Word(trigger.FirstToken) is "left" or "leaving" or "leave" or "leaves")
        {
            // "found very few residents left in the city", "no Armenians left", "those left behind": who remains
            // ("what they have left behind" is still their leaving).
            if (ctx.Word(trigger.FirstToken) == "left" &&
                ((ctx.Word(trigger.LastToken + 1) == "behind" && ctx.Word(trigger.FirstToken - 1) is not ("have" or "has" or "had" or "they" or "we" or "who" or "she" or "he")) ||
                ctx.Find("few", Math.Max(ctx.FirstToken, trigger.FirstToken - 4), trigger.FirstToken - 1) >= 0 ||
                ctx.Word(trigger.FirstToken - 2) is "no" or "only" or "remaining"))
            {
                return true;
            }

            return ctx.FindAny(_notDisplacementObjects, trigger.LastToken + 1, Math.Min(ctx.LastToken, trigger.LastToken + 6), out _) >= 0 ||
                   ctx.Word(trigger.FirstToken - 1) is "peacekeepers" or "troops" or "forces" or "soldiers" or "servicemen" or "army" or "contingent" or "units" or "monitors" or "mission";
        }

        // "rejected Yerevan's claims that …", "rejected the accusations": turning down what someone said is a denial (a
        // claim), not the refusal of an offer.
        if (type == EventType.Refusal)
        {
            for (var i = trigger.LastToken + 1; i <= Math.Min(ctx.LastToken, trigger.LastToken + 4); i++)
            {
                if (_statementNouns.Contains(ctx.Word(i)))
                {
                    return true;
                }

                if (!ctx.Tokens[i].IsWord && ctx.Word(i) != "'s")
                {
                    break;
                }
            }

            return false;
        }

        // "signed a decree dissolving …": one party's act, not a deal between parties.
        // And "the presidential order was signed on 7 July": the same act told in the passive.
        if (type == EventType.Agreement && ctx.Word(trigger.LastToken).StartsWith("sign", StringComparison.Ordinal))
        {
            return ctx.FindAny(_unilateralActs, trigger.LastToken + 1, Math.Min(ctx.LastToken, trigger.LastToken + 4), out _) >= 0 ||
                   (ctx.Word(trigger.FirstToken - 1) is "was" or "were" or "been" && ctx.FindAny(_unilateralActs, Math.Max(ctx.FirstToken, trigger.FirstToken - 4), trigger.FirstToken - 2, out _) >= 0);
        }

        if (type is not (EventType.Dismissal or EventType.Release or EventType.AidDelivery or EventType.Arrest or
            EventType.Appointment or EventType.Protest or EventType.Blockade or EventType.Visit))
        {
            return false;
        }

        // "released footage", and the reduced relative "photos released of the meeting".
        var to = Math.Min(ctx.LastToken, trigger.LastToken + 3);
        return ctx.FindAny(_nonEventObjects, trigger.LastToken + 1, to, out _) >= 0 ||
               (trigger.FirstToken > ctx.FirstToken && _nonEventObjectWords.Contains(ctx.Word(trigger.FirstToken - 1))) ||
               _nonEventObjectWords.Contains(ctx.Word(PassiveSubjectEnd(ctx, trigger.FirstToken)));
    }

    // "the regulation would be sent to the courts", "the text has been released": the last word of a passive's subject,
    // before its auxiliaries; or the token before the verb when it has none.
    private static int PassiveSubjectEnd(SentenceContext ctx, int verb)
    {
        var i = verb - 1;
        if (ctx.Word(i) is not ("be" or "been" or "was" or "were" or "is" or "are"))
        {
            return -1;
        }

        while (i > ctx.FirstToken && ctx.Word(i) is "be" or "been" or "being" or "was" or "were" or "is" or "are" or "has" or "have" or "had" or
                   "would" or "will" or "could" or "should" or "may" or "might" or "must" or "also" or "not" or "then" or "later" or "soon")
        {
            i--;
        }

        return i;
    }

    /// <summary>
    /// True when a release cue hands someone over to those who hold and prosecute (the pack's <c>custody_nouns</c>:
    /// "handed over to the investigators", "transferred to the State Security Service"): custody goes on.
    /// </summary>
    internal bool PassedToCustody(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        if (ctx.Word(trigger.LastToken + 1) != "to")
        {
            return false;
        }

        for (var i = trigger.LastToken + 2; i <= ctx.LastToken && i <= trigger.LastToken + 6; i++)
        {
            if (_custody.Contains(ctx.Word(i)))
            {
                return true;
            }

            if (!ctx.Tokens[i].IsWord && ctx.Word(i) != "'s")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// An appeal ("called on", "appealed to", "asked X to") whose first infinitive ("to" and a lower-case word) is not
    /// one of the pack's <c>invitation_verbs</c> (talk, meet, join, …) nor opens talks ("to launch consultations"). A
    /// request ("asked", "requested") is an appeal only when it asks a party named right after it to do something.
    /// </summary>
    internal bool IsAppealForOtherAct(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        var request = ctx.Word(trigger.FirstToken) is "asked" or "asks" or "requested";
        if (!request && ctx.Word(trigger.FirstToken) is not ("called" or "calls" or "call" or "calling" or "appealed" or "appeals" or "appealing" or "urged" or "urges"))
        {
            return false;
        }

        // "asked the bloc to …": the party asked comes first ("was asked by reporters", "asked whether" ask no one), and
        // so does the party urged ("urged for an immediate reopening" urges no one to talks).
        var urged = ctx.Word(trigger.FirstToken) is "urged" or "urges";
        if ((request || urged) && !ctx.ActorList.Any(m => m.FirstToken == trigger.LastToken + 1 || (m.FirstToken == trigger.LastToken + 2 && ctx.Word(trigger.LastToken + 1) == "the")) &&
            !(urged && ctx.Word(trigger.LastToken + 1) is "both" or "the" && ctx.Word(trigger.LastToken + 2) is "sides" or "parties" or "governments" or "countries" or "leaders" or "two"))
        {
            return true;
        }

        var end = Math.Min(ctx.LastToken - 1, trigger.LastToken + 10);
        for (var i = trigger.LastToken + 1; i <= end; i++)
        {
            if (ctx.Word(i) == "to" && ctx.Tokens[i + 1] is { IsWord: true, IsCapitalized: false })
            {
                return !_invitationVerbs.Contains(ctx.Word(i + 1)) && !OpensTalks(ctx, i + 2);
            }
        }

        return request;
    }

    // "to launch consultations", "to start negotiations": the infinitive's object, within three words, is talks.
    private bool OpensTalks(SentenceContext ctx, int from)
    {
        for (var i = from; i <= ctx.LastToken && i < from + 3; i++)
        {
            if (_talksNouns.Contains(ctx.Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The Aghdam region shall be returned to Azerbaijan", "parts of the territory handed over": land changing
    /// hands, which is neither people released nor people going home.
    /// </summary>
    internal bool IsLandTransfer(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, EventType type)
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

        // Handing over, ceding or giving back takes the land as its object ("handed over control of the district",
        // "agreed to return four villages", "the return of the districts"); "returned to their villages" is people going home.
        var transfers = LandObject.IsTransferVerb(ctx.Word(trigger.FirstToken));
        if (transfers)
        {
            for (var j = trigger.LastToken + 1; j <= Math.Min(ctx.LastToken, trigger.LastToken + 3); j++)
            {
                if (LandObject.EndsObject(ctx.Word(j)))
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

    internal bool IsReferenceFrame(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, EventType type)
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

    internal bool Suppressed(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<PhraseMatch<(EventType Type, TriggerForm Form)>> all, EventType type)
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

        // "Thousands gathered in the square for a rally": people gathering where a protest is told of make the protest,
        // not a meeting.
        if (type == EventType.Meeting && trigger.Payloads[0].Form == TriggerForm.Weak)
        {
            foreach (var o in all)
            {
                if (o.Payloads[0].Type == EventType.Protest && o.Payloads[0].Form != TriggerForm.Weak)
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

    /// <summary>
    /// "declined the invitation", "rejected his proposal": a noun with a definite determiner that is the object of
    /// another kind of happening's verb refers back to one told of, and is no second happening; so is one that a
    /// protest told before it is over or against.
    /// </summary>
    internal static bool IsObjectOfAnotherHappening(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<PhraseMatch<(EventType Type, TriggerForm Form)>> triggers)
    {
        if (ctx.Word(trigger.FirstToken - 1) is not ("the" or "this" or "that" or "his" or "her" or "its" or "their"))
        {
            return false;
        }

        // "rallied to demand that Pashinyan resign over the agreement": what a protest before it is over or against.
        if (ctx.Word(trigger.FirstToken - 2) is "over" or "against" &&
            triggers.Exists(o => o.Payloads[0].Type == EventType.Protest && o.LastToken < trigger.FirstToken && o.Payloads[0].Type != trigger.Payloads[0].Type))
        {
            return true;
        }

        foreach (var other in triggers)
        {
            if (other.LastToken == trigger.FirstToken - 2 && other.Payloads[0].Form == TriggerForm.Verb && other.Payloads[0].Type != trigger.Payloads[0].Type)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "hold closed consultations", "a closed-door meeting": a participle right before a noun of talks describes
    /// them; it tells of no closure.
    /// </summary>
    internal static bool DescribesTalks(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<PhraseMatch<(EventType Type, TriggerForm Form)>> triggers)
    {
        if (trigger.FirstToken != trigger.LastToken || !ctx.Word(trigger.FirstToken).EndsWith("ed", StringComparison.Ordinal))
        {
            return false;
        }

        if (ctx.Word(trigger.LastToken + 1) == "-" && ctx.Word(trigger.LastToken + 2) == "door")
        {
            return true;
        }

        foreach (var other in triggers)
        {
            if (other.FirstToken == trigger.LastToken + 1 && other.Payloads[0] is { Type: EventType.Meeting, Form: TriggerForm.Noun })
            {
                return true;
            }
        }

        return false;
    }

    // Armed men: who crosses a border this way makes an incursion, not a flight.
    private static readonly HashSet<string> ArmedMen = new(StringComparer.Ordinal)
    {
        "soldiers", "troops", "servicemen", "forces", "units", "army", "military", "intruders", "saboteurs", "fighters",
        "infiltrators", "detachment", "detachments", "squad", "commandos", "unit", "platoon", "platoons", "patrol", "patrols",
    };

    /// <summary>
    /// "Hundreds of servicemen who had crossed into Syunik", "Azerbaijani troops moved into Armenian territory": armed
    /// men crossing in make an incursion, whereas people crossing over flee or return. The subject is read back over
    /// its relative pronoun and auxiliaries, up to eight words.
    /// </summary>
    internal static bool IsIncursion(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger) =>
        CrossingSubjectIsOneOf(ctx, trigger, ArmedMen, 8);

    /// <summary>
    /// "Two trucks of the Red Cross carrying flour crossed into Karabakh", "a column of military vehicles left the base":
    /// vehicles that cross in or leave are goods or a convoy on the move (the aid reading takes them), not people leaving
    /// their homes.
    /// </summary>
    internal bool VehiclesCross(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger) =>
        CrossingSubjectIsOneOf(ctx, trigger, _vehicles, 16) || VehicleBefore(ctx, trigger);

    /// <summary>
    /// "About 120,000 people have been cut off": people cut off are isolated, which is no supply cut, when the sentence
    /// names no supply (pack <c>isolated_nouns</c>, <c>supply_nouns</c>); "gas to 120,000 people was cut off" is one.
    /// </summary>
    internal bool CutsOffPeople(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        var people = false;
        for (var i = ctx.FirstToken; i < trigger.FirstToken; i++)
        {
            people |= _isolated.Contains(ctx.Word(i));
        }

        if (!people)
        {
            return false;
        }

        for (var i = ctx.FirstToken; i <= ctx.LastToken; i++)
        {
            if (_supplies.Contains(ctx.Word(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "The closure had been requested by both states", "the closure of the Minsk process": a closure names a blockade only
    /// when what it closes is a passage (pack <c>passage_nouns</c>) or a route or place, before it ("the road's closure",
    /// "the Lachin corridor closure") or after "of" ("the closure of the Hakari bridge").
    /// </summary>
    internal bool ClosesNoPassage(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        if (ctx.Word(trigger.LastToken) is not ("closure" or "closures"))
        {
            return false;
        }

        var from = Math.Max(ctx.FirstToken, trigger.FirstToken - 4);
        var to = ctx.Word(trigger.LastToken + 1) == "of" ? Math.Min(ctx.LastToken, trigger.LastToken + 6) : trigger.LastToken;
        for (var i = from; i <= to; i++)
        {
            if (_passages.Contains(ctx.Word(i)))
            {
                return false;
            }
        }

        // A route anywhere there; a place only as what is closed ("the closure of Stepanakert airport"), not where an
        // office stands ("of the OSCE office in Yerevan").
        foreach (var m in ctx.Mentions)
        {
            if (m.FirstToken >= from && m.LastToken <= to &&
                (m.Kind == EntityKind.Route || (m.Kind == EntityKind.Place && (m.FirstToken < trigger.FirstToken || m.FirstToken <= trigger.LastToken + 3))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when "crossed into" or "moved into" has a word of <paramref name="heads"/> in the <paramref name="reach"/> words before it.</summary>
    private static bool CrossingSubjectIsOneOf(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, IReadOnlySet<string> heads, int reach)
    {
        if (ctx.Word(trigger.LastToken) != "into" || ctx.Word(trigger.FirstToken) is not ("crossed" or "moved" or "have"))
        {
            return false;
        }

        for (var i = trigger.FirstToken - 1; i >= ctx.FirstToken && i >= trigger.FirstToken - reach && ctx.Tokens[i].IsWord; i--)
        {
            if (heads.Contains(ctx.Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    // Who can be stopped but not blockaded: "the intruders were blocked by border guards", "blocked a group of soldiers".
    private static readonly HashSet<string> StoppedPeople = new(StringComparer.Ordinal)
    {
        "soldiers", "soldier", "troops", "servicemen", "serviceman", "group", "unit", "units", "intruders", "saboteurs",
        "fighters", "patrol", "squad", "detachment", "infiltrators",
    };

    /// <summary>
    /// "A group of soldiers was blocked by border guards", "guards blocked the intruders": people stopped on their way
    /// are no blockade of a road or a region.
    /// </summary>
    internal static bool StopsPeople(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, bool passive)
    {
        if (passive)
        {
            var aux = Clauses.BeforeAuxiliaries(ctx, trigger.FirstToken, ctx.FirstToken);

            for (var i = aux; i >= ctx.FirstToken && i >= aux - 4 && ctx.Tokens[i].IsWord; i--)
            {
                if (StoppedPeople.Contains(ctx.Word(i)))
                {
                    return true;
                }
            }

            return false;
        }

        for (var i = trigger.LastToken + 1; i <= ctx.LastToken && i <= trigger.LastToken + 4 && ctx.Tokens[i].IsWord; i++)
        {
            if (StoppedPeople.Contains(ctx.Word(i)))
            {
                return true;
            }

            if (ctx.Word(i) is "of" or "to" or "in" or "on" or "at" or "near" or "from")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "consultations on the fighting", "talks about the blockade", "met to discuss the clashes": a known happening
    /// that talks told of just before are about is their agenda, not a new happening.
    /// </summary>
    internal static bool IsAgendaOfTalks(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<PhraseMatch<(EventType Type, TriggerForm Form)>> triggers)
    {
        var the = trigger.FirstToken - 1;
        if (trigger.Payloads[0].Type == EventType.Meeting || ctx.Word(the) != "the" ||
            ctx.Word(the - 1) is not ("on" or "about" or "over" or "discuss" or "discussed" or "discussing" or "regarding"))
        {
            return false;
        }

        foreach (var other in triggers)
        {
            if (other.Payloads[0].Type == EventType.Meeting && other.LastToken < the - 1 && the - 1 - other.LastToken <= 4)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "talks on the soldiers' return", "negotiations over a prisoner release": what talks named right before are about,
    /// a few words after their "on", "about" or "over", is their subject, not a happening of its own.
    /// </summary>
    internal static bool IsSubjectOfTalks(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<PhraseMatch<(EventType Type, TriggerForm Form)>> triggers)
    {
        if (trigger.Payloads[0].Type == EventType.Meeting)
        {
            return false;
        }

        for (var i = trigger.FirstToken - 1; i >= ctx.FirstToken && i >= trigger.FirstToken - 4; i--)
        {
            if (ctx.Word(i) is "on" or "about" or "over")
            {
                return triggers.Exists(o => o.Payloads[0].Type == EventType.Meeting && o.Payloads[0].Form != TriggerForm.Verb && o.LastToken == i - 1);
            }

            if (!(ctx.Tokens[i].IsWord || ctx.Word(i) is "'s" or "'" or "’") || ctx.Word(i) is "and" or "that" or "which")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"the dismissal decree", "an arrest warrant": the noun names the paper about a happening, not one that took place.</summary>
    internal bool ModifiesRecordNoun(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger) =>
        _recordNouns.Contains(ctx.Word(trigger.LastToken + 1));

    /// <summary>True when a verb of speech or denial earlier in the sentence introduces the trigger's clause.</summary>
    private bool IsReportedClause(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        for (var i = trigger.FirstToken - 2; i >= ctx.FirstToken; i--)
        {
            if (_reportingVerbs.Contains(ctx.Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    internal bool IsUndatedPast(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, TriggerForm form, TimeExpression? inherited)
    {
        var before = ctx.Word(trigger.FirstToken - 1);
        // "had resettled", and with an adverb between: "had earlier dismissed", "had already left".
        if (before == "had" || (ctx.Word(trigger.FirstToken - 2) == "had" && (before is "earlier" or "already" or "previously" or "since" || before.EndsWith("ly", StringComparison.Ordinal))))
        {
            // In reported speech the past perfect is the report's own past shifted back ("the ministry denied that
            // its troops had opened fire"): the news of the report, not background.
            return !IsReportedClause(ctx, trigger);
        }

        // A present perfect ("has rejected") is recent news; a bare past with no date anywhere near is not.
        return inherited is null && form != TriggerForm.Noun && ctx.Tokens[trigger.FirstToken].Normalized.EndsWith("ed", StringComparison.Ordinal) &&
               before is not ("has" or "have");
    }

    /// <summary>True when "war" at <paramref name="war"/> ends "prisoners of war" or "prisoner-of-war".</summary>
    internal static bool IsPrisonerOfWar(SentenceContext ctx, int war)
    {
        var i = ctx.Word(war - 1) == "-" ? war - 2 : war - 1;
        if (ctx.Word(i) != "of")
        {
            return false;
        }

        i = ctx.Word(i - 1) == "-" ? i - 2 : i - 1;
        return ctx.Word(i) is "prisoners" or "prisoner";
    }
}
