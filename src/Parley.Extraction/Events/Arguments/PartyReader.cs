using Parley.Extraction.Entities;
using Parley.Extraction.Matching;
using Parley.Extraction.Time;
using Parley.Model;
using Parley.Packs;
using Parley.Text;

namespace Parley.Extraction.Events.Arguments;

/// <summary>
/// Who takes part in a happening: which named actors are its parties and which its targets, read from the words
/// around them — passive agents, displaced groups, collective phrases ("the sides"), coordinated verbs, the
/// dateline and attribution that name no party.
/// </summary>
internal sealed class PartyReader(DomainPack pack)
{
    // A fixed cue list, one array for every call, so the document's index of it is built once (see PhraseIndex.ListOf).
    private static readonly string[] ParticipantCues = ["with", "between"];

    // Words that, before a name, make it no relative clause's subject: prepositions, conjunctions, pronouns, verbs' helpers.
    private static readonly HashSet<string> ClauseWords = new(StringComparer.Ordinal)
    {
        "to", "with", "between", "and", "or", "of", "for", "from", "in", "on", "at", "by", "against", "into", "over", "than", "as",
        "that", "which", "who", "whom", "whose", "where", "when", "while", "after", "before", "since", "until", "but", "nor", "via",
        "near", "across", "toward", "towards", "under", "about", "including", "is", "are", "was", "were", "be", "been", "has", "have",
        "had", "will", "would", "could", "should", "may", "might", "must", "can", "not", "also", "both", "all", "said", "says", "told",
        "its", "their", "his", "her", "our", "this", "these", "those", "some", "other", "each", "every", "no", "any", "such", "if",
    };

    private static readonly HashSet<string> PassiveAuxiliaries = new(StringComparer.Ordinal) { "is", "are", "was", "were", "be", "been", "being" };

    private readonly EventCues _cues = EventCues.For(pack);
    private readonly EntityIndex _entities = EntityIndex.For(pack);
    private readonly ActorIds _actorIds = new(pack);

    // Word lists asked whether they hold one word, as sets.
    private readonly HashSet<string> _speechVerbs = new(pack.Words("speech_verbs"), StringComparer.Ordinal);
    private readonly ReportingVerbs _reporting = new(pack);
    private readonly HashSet<string> _purposeVerbs = new(pack.Words("purpose_verbs"), StringComparer.Ordinal);
    private readonly HashSet<string> _captives = new(pack.Words("captive_nouns"), StringComparer.Ordinal);
    private readonly HashSet<string> _titleNouns = new(pack.Words("title_nouns"), StringComparer.Ordinal);
    private readonly HashSet<string> _titleWords = TitleWords.Of(pack);

    /// <summary>Happenings done to someone: a party named after the trigger is what it is done to.</summary>
    internal bool HasTargets(EventType type) =>
        type is EventType.ArmedClash or EventType.Arrest or EventType.Release or EventType.Blockade or EventType.SupplyCut or
            EventType.AidDelivery or EventType.Appointment or EventType.Dismissal or EventType.Invitation or EventType.Refusal or
            EventType.Visit or EventType.Proposal;

    /// <summary>
    /// For a verb coordinated with another of the same subject ("dismissed A and appointed B"): the tokens of the object
    /// of the verb before it, which are not its parties (-1, -1 when there is none; a meeting's guest signs what
    /// follows the meeting, so a meeting verb keeps its object), and where the verb after it begins (int.MaxValue).
    /// </summary>
    internal (int First, int Last, int NextVerb) CoordinatedVerbs(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<PhraseMatch<(EventType Type, TriggerForm Form)>> triggers)
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
    /// word in capitals first and a dash within ten tokens ("BAKU/YEREVAN, Sept 14 (Reuters) -"), or a date right before a
    /// dash ("July 31, 2023 - ..."); -1 when the sentence opens with none.
    /// </summary>
    internal static int DatelineEnd(SentenceContext ctx)
    {
        var first = ctx.FirstToken;
        if (!ctx.Tokens[first].IsWord || !ctx.Tokens[first].IsAllCaps || ctx.Tokens[first].Span.Length < 3)
        {
            // "July 31, 2023 - Border guards detained …": a dateline of the day alone.
            foreach (var t in ctx.Times)
            {
                if (ctx.Analysis.TokenIndexAt(t.Span.Start) == first && ctx.Analysis.TokenIndexAt(t.Span.End) is var after &&
                    ctx.Word(after) is "-" or "--" or "—" or "–")
                {
                    return after;
                }
            }

            return -1;
        }

        for (var i = first + 1; i <= ctx.LastToken && i <= first + 10; i++)
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
    internal int AttributionStart(SentenceContext ctx)
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

    /// <summary>
    /// Where a clause after the trigger with parties of its own begins, or int.MaxValue: a participle clause ("while
    /// trying to cross into Armenia"), a clause of the person's own doing ("as he tried to cross into Armenia", "as he
    /// was being taken to Armenia by the Red Cross"), or a clause of purpose ("set up the post to stop arms smuggling
    /// from Armenia", "in order to", "so as to"), whose aim names no party of the act. A proposal, a refusal, an
    /// invitation or a deal has no clause of purpose: its infinitive is what is offered, refused or agreed.
    /// </summary>
    internal int OwnClauseAfter(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, EventType type)
    {
        var purposeful = type is not (EventType.Proposal or EventType.Refusal or EventType.Invitation or EventType.Agreement);
        for (var i = trigger.LastToken + 1; i < ctx.LastToken; i++)
        {
            var w = ctx.Word(i);
            if ((w is "while" or "when" or "after" or "before" && ctx.Word(i + 1).EndsWith("ing", StringComparison.Ordinal)) ||
                (w is "as" or "while" or "when" && ctx.Word(i - 1) != "such" && ctx.Word(i + 1) is "he" or "she" or "they") ||
                (purposeful && ((w == "to" && _purposeVerbs.Contains(ctx.Word(i + 1))) ||
                                (w is "in" or "so" && ctx.Word(i + 1) is "order" or "as" && ctx.Word(i + 2) == "to"))))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    /// <inheritdoc cref="ReportingVerbs.Before"/>
    internal int ReportingVerbBefore(SentenceContext ctx, int triggerFirst, int clauseFirst) => _reporting.Before(ctx, triggerFirst, clauseFirst);

    /// <summary>
    /// The comma that closes an attribution opening the sentence ("According to the ministry, the clashes left …"),
    /// or -1: who reports a happening takes no part in it.
    /// </summary>
    internal static int OpeningAttributionEnd(SentenceContext ctx)
    {
        if (ctx.Word(ctx.FirstToken) != "according" || ctx.Word(ctx.FirstToken + 1) != "to")
        {
            return -1;
        }

        for (var i = ctx.FirstToken + 2; i <= ctx.LastToken && i <= ctx.FirstToken + 14; i++)
        {
            if (ctx.Word(i) == ",")
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The population groups the sentence names (not places named as groups), each once, in order.</summary>
    internal List<string> DisplacedGroups(SentenceContext ctx)
    {
        var displaced = EventStage.NoIds;
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

    /// <summary>
    /// The parties a collective phrase of the pack stands for, when it is the trigger's subject (at most eight
    /// words before it, not the object of a preposition) or a counted pair after "between"; null when none is.
    /// </summary>
    internal string[]? CollectiveParties(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
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
    /// "talks between the French president, the Armenian prime minister and …": every
    /// name of a list opened by "between" or "with" after the trigger is a participant, titles and all.
    /// </summary>
    internal bool InParticipantList(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, LinkedMention m)
    {
        var titles = _titleNouns;
        for (var i = m.FirstToken - 1; i > trigger.LastToken; i--)
        {
            var token = ctx.Tokens[i];
            // "talks with X", "between X and Y", "a meeting with the participation of X, Y and Z", "a meeting of the
            // leaders of X, Y and Z".
            if (token.Normalized is "between" or "with" ||
                (token.Normalized == "of" && ((i - 1 == trigger.LastToken && trigger.Payloads[0].Type == EventType.Meeting) ||
                    ctx.Word(i - 1) is "participation" or "attendance" or "leaders" or "heads" or "presidents" or "ministers" or "representatives" or "delegations")))
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

            if (!(named || capitalized || token.Normalized is "," or "and" or "the" or "." or "a" or "an" or "his" or "her" or "their" or "its" or "group" or "groups" or "of" or
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
    internal bool IsSessionOfOneBody(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, TriggerForm form)
    {
        if (form != TriggerForm.Noun || TriggerPhrase.OfComplement(ctx, trigger) is not { Kind: EntityKind.Organization or EntityKind.Authority } body ||
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

    /// <summary>"further meetings", "another round of talks", "follow-up talks", "met again": a sequel to talks told of before.</summary>
    internal bool IsFollowUp(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
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
    internal bool IntroducedAcrossComma(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, LinkedMention m)
    {
        var i = m.FirstToken - 1;
        while (i > trigger.LastToken && ctx.Word(i) is not ("with" or "between"))
        {
            i--;
        }

        return i > trigger.LastToken && Clauses.CrossesClause(ctx.Analysis.Text, ctx.Tokens[trigger.LastToken].Span.End, ctx.Tokens[i].Span.Start);
    }

    /// <summary>
    /// The first actor after the comma that closes an opening participial phrase holding the trigger ("Speaking at a
    /// meeting with X, Y said ..."): the participle's subject is the main clause's, or null.
    /// </summary>
    internal LinkedMention? ParticipleSubject(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
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

    /// <summary>
    /// True when <paramref name="m"/> is the subject of a relative clause without its pronoun: "in a gesture the
    /// European Union welcomed", "released detainees Azerbaijan captured". It follows a noun (not a determiner,
    /// number or preposition) and a past or speech verb follows it.
    /// </summary>
    internal bool IsReducedRelativeSubject(SentenceContext ctx, LinkedMention m)
    {
        var next = ctx.Tokens[Math.Min(m.LastToken + 1, ctx.LastToken)];
        if (m.LastToken >= ctx.LastToken || !next.IsWord || next.IsCapitalized || ctx.Word(m.LastToken + 2) == "by" ||
            !(next.Normalized.EndsWith("ed", StringComparison.Ordinal) || _speechVerbs.Contains(next.Normalized)))
        {
            return false;
        }

        var before = m.FirstToken - 1;
        if (ctx.Word(before) is "the" or "a" or "an")
        {
            before--;
        }

        if (before < ctx.FirstToken || !ctx.Tokens[before].IsWord || ctx.Tokens[before].IsCapitalized)
        {
            return false;
        }

        var noun = ctx.Word(before);
        return !ClauseWords.Contains(noun) && !noun.EndsWith("ed", StringComparison.Ordinal) && !noun.EndsWith("ing", StringComparison.Ordinal) &&
               !char.IsDigit(noun[0]) && !Parley.Extraction.Time.TimeLexicon.TryNumberWord(noun, out _);
    }

    /// <summary>
    /// "a sit-in outside the office of the peacekeepers", "rallied in front of the embassy of X": where a protest
    /// is held, named after the trigger, is no protester.
    /// </summary>
    internal static bool IsProtestVenue(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, LinkedMention m)
    {
        // "marched at a rally led by X": whoever leads it is no venue.
        if (ctx.Word(m.FirstToken - 1) == "by" || (ctx.Word(m.FirstToken - 2) == "by" && ctx.Tokens[m.FirstToken - 1].IsWord))
        {
            return false;
        }

        for (var i = trigger.LastToken + 1; i < m.FirstToken; i++)
        {
            var word = ctx.Word(i);
            if (word is "outside" or "near" or "at" or "front" or "opposite")
            {
                return true;
            }

            if (word is "," or ";" or "and" or "against" or "by")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="m"/>, after a protest trigger, is what the protest is against or demands ("rallied,
    /// demanding the resignation of X", "a protest against Y", "marched over Z's decision"), not who protests. A
    /// "by" ("led by", "organised by") names the protesters, and ends the search.
    /// </summary>
    internal static bool IsProtestObject(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, LinkedMention m)
    {
        for (var i = trigger.LastToken + 1; i < m.FirstToken; i++)
        {
            var word = ctx.Word(i);
            // ("rallied to demand that X resign": the infinitive of a demand too.)
            if (word is "against" or "demanding" or "demanded" or "demand" or "demands" or "calling" or "urging" or "urge" or "over" or "opposing" or "protesting")
            {
                return true;
            }

            if (word == "by")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True when "he" or "she" (with <paramref name="plural"/>, "they") is the subject of the verb trigger: "he
    /// proposed", "On Tuesday she also invited", "he has repeatedly rejected". Adverbs and auxiliaries may stand
    /// between; anything else ends the search.
    /// </summary>
    internal static bool HasPronounSubject(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, bool plural = false)
    {
        for (var i = trigger.FirstToken - 1; i >= ctx.FirstToken && i >= trigger.FirstToken - 4; i--)
        {
            var word = ctx.Word(i);
            if (plural ? word == "they" || EndsCountedBackReference(ctx, i) : word is "he" or "she")
            {
                return true;
            }

            if (!(word is "also" or "then" or "later" or "again" or "has" or "had" or "have" or "was" or "were" or "been" or "will" or "would" or "never" or "not" or "already" ||
                  word.EndsWith("ly", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "The three were detained", "the two men were charged", "all four were released", "Both were freed": a definite count of people
    /// (ending at <paramref name="last"/>) that points back to those just named, as "they" does.
    /// </summary>
    private static bool EndsCountedBackReference(SentenceContext ctx, int last)
    {
        var count = ctx.Word(last) is "men" or "women" or "officials" or "leaders" or "soldiers" or "servicemen" or "suspects" or "activists" ? last - 1 : last;
        if (ctx.Word(last) == "both" && (last == ctx.FirstToken || !ctx.Tokens[last - 1].IsWord))
        {
            return true;
        }

        return count > ctx.FirstToken && TimeLexicon.TryNumberWord(ctx.Word(count), out var n) && n is >= 2 and <= 10 &&
            ctx.Word(count - 1) is "the" or "all" or "both" && (count - 1 == ctx.FirstToken || !ctx.Tokens[count - 2].IsWord);
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

    /// <summary>
    /// The states of the demonyms that modify the noun at <paramref name="noun"/>: "a reported Azerbaijani incursion",
    /// "Armenian and Azerbaijani talks", "the Armenian-Azerbaijani border clashes". Lower-case modifiers may stand
    /// between ("Azerbaijani military operation"); anything else ends the search.
    /// </summary>
    internal List<string> DemonymsBefore(SentenceContext ctx, int noun)
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

    /// <summary>Whether a verb trigger is passive: "was sacked", "has been appointed", "were officially named".</summary>
    internal bool IsPassiveVerb(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
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
    /// True when <paramref name="m"/> is the subject of the trigger, a passive verb (the caller has asked
    /// <see cref="IsPassiveVerb"/>): it ends at most three words before
    /// the auxiliary ("32 Armenian servicemen were handed over", "the village of X was shelled"), with no verb of speech,
    /// "that" or comma between ("Armenia announced 50 servicemen were killed" reports, it is no subject).
    /// </summary>
    internal bool IsPassiveSubject(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, LinkedMention m)
    {
        if (m.LastToken >= trigger.FirstToken)
        {
            return false;
        }

        var j = Clauses.BeforeAuxiliaries(ctx, trigger.FirstToken, m.LastToken);

        if (j - m.LastToken > 3)
        {
            return false;
        }

        for (var k = m.LastToken + 1; k <= j; k++)
        {
            if (!ctx.Tokens[k].IsWord || ctx.Word(k) is "that" or "which" or "who" || _speechVerbs.Contains(ctx.Word(k)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The party a participle clause after the trigger accuses or blames of an act ("…, accusing Azerbaijan of closing the
    /// valve", "…, blaming Baku for the outage"), or null.
    /// </summary>
    internal LinkedMention? AccusedAfter(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        for (var i = trigger.LastToken + 1; i <= ctx.LastToken && i <= trigger.LastToken + 40; i++)
        {
            if (ctx.Word(i) is not ("accusing" or "blaming") || ctx.Word(i - 1) != ",")
            {
                continue;
            }

            foreach (var m in ctx.ActorList)
            {
                if (m.FirstToken > i && m.FirstToken <= i + 3 && ctx.Word(m.LastToken + 1) is "of" or "for")
                {
                    return m;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// Who speaks of a capture told in reported speech, and how it bears on the capture's parties: "Armenia's ministry said
    /// Azerbaijani forces took 20 soldiers prisoner" (an active clause that names its own subject: the speaker takes no
    /// part, and the soldiers it does not qualify are the speaker's side's); "Baku said two of its soldiers had been captured" (its own
    /// men were taken: the speaker's side was acted upon); "the ministry said its troops took six soldiers prisoner"
    /// (its own troops took them: the speaker's side acted). Null when no speech verb with a named speaker stands before
    /// the trigger.
    /// </summary>
    internal (List<string> Speakers, string? Side, bool OwnSubject, bool ItsMen)? ReportedCapture(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, EventType type)
    {
        var verb = -1;
        for (var v = ctx.FirstToken + 1; v < trigger.FirstToken && verb < 0; v++)
        {
            verb = Dates.TriggerDates.IsSpeechVerb(ctx.Word(v)) ? v : -1;
        }

        if (verb < 0)
        {
            return null;
        }

        var speakers = new List<string>();
        LinkedMention? last = null;
        var ownSubject = false;
        foreach (var m in ctx.ActorList)
        {
            if (m.LastToken < verb)
            {
                speakers.Add(_actorIds.ActorId(m, type));
                last = m;
            }
            else if (m.FirstToken > verb && m.LastToken < trigger.FirstToken)
            {
                ownSubject = true;
            }
        }

        if (last is null)
        {
            return null;
        }

        // "its troops took …", "two of its soldiers had been captured": the speaker's own men are the subject, right before
        // the verb (its auxiliaries aside).
        var subjectEnd = Clauses.BeforeAuxiliaries(ctx, trigger.FirstToken, verb);
        var itsMen = subjectEnd - 1 > verb && ctx.Word(subjectEnd - 1) is "its" or "their" &&
                     (_captives.Contains(ctx.Word(subjectEnd)) || ctx.Word(subjectEnd) is "troops" or "forces" or "units");

        var side = pack.Find(last.Mention.EntityId)?.Side ?? (last.Kind == EntityKind.State ? last.Mention.EntityId : null);
        return (speakers, side, ownSubject, itsMen);
    }

    /// <summary>
    /// The agents after "by" of a passive trigger ("was established ... by the units of the border service and the
    /// army") or of a noun trigger ("the closure of the road by activists"), in the trigger's clause; empty when none.
    /// </summary>
    internal List<string> PassiveAgents(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, TriggerForm form, EventType type)
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

            // "was brokered by Moscow and signed by Aliyev, Pashinyan and Putin": who brokered it is no party to it (the
            // mediators are read apart); the parties follow the next "by".
            if (word == "by" && ctx.Word(i - 1) is "brokered" or "mediated" or "hosted" or "facilitated")
            {
                reach = Math.Max(reach, i - trigger.LastToken + 8);
                continue;
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
        List<string>? pending = null;
        foreach (var m in ctx.Actors.OrderBy(m => m.FirstToken))
        {
            if (m.FirstToken <= by)
            {
                continue;
            }

            var gap = Enumerable.Range(last + 1, Math.Max(0, m.FirstToken - last - 1)).Select(ctx.Word).ToList();
            // "by Azerbaijani President Ilham Aliyev, Armenian Prime Minister Nikol Pashinyan and …", "by Grigoryan and his
            // Azerbaijani counterpart Mustafayev": titles, "his" and "counterpart" between names of a list join them too.
            var listed = last == by ? gap : gap.FindAll(w => !_titleWords.Contains(w) && w is not ("his" or "her" or "their" or "its" or "counterpart" or "counterparts"));
            var joined = last == by ? gap.Count <= 5 && !gap.Any(w => w is "," or ";" or "to" or "from" or "against" or "with" or "in" or "at" or "on")
                : listed is [] or ["and"] or [","] or [",", "and"] or ["as", "well", "as"];
            if (!joined)
            {
                break;
            }

            // A name after a bare comma joins the list only when an "and" closes the list later ("by A, B and C"); in
            // "by the border service, Armenia said" it is the next clause's subject.
            if (listed is [","])
            {
                pending ??= [];
                pending.Add(_actorIds.ActorId(m, type));
                last = m.LastToken;
                continue;
            }

            pending ??= [];
            pending.Add(_actorIds.ActorId(m, type));
            foreach (var id in pending)
            {
                if (!agents.Contains(id))
                {
                    agents.Add(id);
                }
            }

            pending = null;
            last = m.LastToken;
        }

        return agents;
    }

    /// <summary>
    /// True when <paramref name="m"/> is the agent of a passive speech verb ("was reported by the ministry", "were
    /// confirmed by local officials"): a source, with at most a few words ("the", a title) between "by" and the name.
    /// </summary>
    internal bool IsReportingAgent(SentenceContext ctx, LinkedMention m)
    {
        for (var i = m.FirstToken - 1; i > ctx.FirstToken && i >= m.FirstToken - 4; i--)
        {
            if (ctx.Word(i) == "by")
            {
                return ctx.Word(i - 1) is var verb && verb.EndsWith("ed", StringComparison.Ordinal) && _speechVerbs.Contains(verb) &&
                       PassiveAuxiliaries.Contains(ctx.Word(i - 2));
            }

            if (!ctx.Tokens[i].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="m"/> is in the "led by"/"headed by" list right after a noun trigger ("the meeting of the
    /// commissions, led by X and Y"): the heads of the delegations.
    /// </summary>
    internal static bool LedBy(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, LinkedMention m)
    {
        var by = ctx.Find("by", trigger.LastToken + 1, m.FirstToken - 1);
        if (by < 0 || ctx.Word(by - 1) is not ("led" or "headed") || by - trigger.LastToken > 8)
        {
            return false;
        }

        // Only names, their titles and "and" or commas between "by" and the party.
        for (var i = by + 1; i < m.FirstToken; i++)
        {
            if (ctx.Word(i) is "was" or "were" or "which" or "who" or "that" or "in" or "on" or "at" or ";")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when <paramref name="m"/> ends a "by" phrase after the trigger with only words between ("relieved of his
    /// duties by a decree of President X").
    /// </summary>
    internal static bool InByPhrase(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, LinkedMention m)
    {
        var by = ctx.Find("by", trigger.LastToken + 1, m.FirstToken - 1);
        if (by < 0 || m.FirstToken - by > 7)
        {
            return false;
        }

        for (var i = by + 1; i < m.FirstToken; i++)
        {
            if (!ctx.Tokens[i].IsWord)
            {
                return false;
            }
        }

        return true;
    }

    // Nouns whose "of" names the forum or frame a happening is held in ("on the sidelines of", "in the framework of").
    private static readonly HashSet<string> ForumWords = new(StringComparer.Ordinal) { "sidelines", "margins", "sideline", "margin", "framework", "occasion" };

    /// <summary>
    /// True when <paramref name="m"/> is where a road leads or one end of what it links: "the highway to Georgia", "the
    /// road from Armenia", "linking Karabakh to Armenia", "connecting X with Y".
    /// </summary>
    internal static bool IsRoadEnd(SentenceContext ctx, LinkedMention m)
    {
        if (ctx.Word(m.FirstToken - 1) is "to" or "from" or "towards" && ctx.Word(m.FirstToken - 2) is "highway" or "road" or "roads" or "route" or "railway" or "railroad" or "pipeline" or "corridor")
        {
            return true;
        }

        for (var i = m.FirstToken - 1; i >= ctx.FirstToken && i >= m.FirstToken - 6; i--)
        {
            if (ctx.Word(i) is "linking" or "links" or "connecting" or "connects" or "connected")
            {
                return true;
            }

            if (!ctx.Tokens[i].IsWord && ctx.Word(i) is not ("-" or "\u2013"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when a place the sentence names starts at token <paramref name="token"/>.</summary>
    internal static bool PlaceStartsAt(SentenceContext ctx, int token)
    {
        foreach (var m in ctx.Mentions)
        {
            if (m.FirstToken == token && m.Kind is EntityKind.Place or EntityKind.Route)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="m"/> ends a phrase of the forum a happening is held at: "on the sidelines of X", "on the
    /// margins of the first summit of X" (words only between).
    /// </summary>
    internal static bool InForumPhrase(SentenceContext ctx, LinkedMention m)
    {
        for (var i = m.FirstToken - 1; i > Math.Max(ctx.FirstToken, m.FirstToken - 8); i--)
        {
            if (!ctx.Tokens[i].IsWord)
            {
                return false;
            }

            if (ctx.Word(i) == "of" && ForumWords.Contains(ctx.Word(i - 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The party named with "'s" right before a noun trigger ("Baku's new proposal"), or after "by" or "from" right
    /// after it ("an offer by Azerbaijan"), as an actor id, or null.
    /// </summary>
    internal string? OwnerOf(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, EventType type)
    {
        if (ctx.Word(trigger.LastToken + 1) is "by" or "from")
        {
            foreach (var m in ctx.ActorList)
            {
                if (m.FirstToken == trigger.LastToken + 2)
                {
                    return _actorIds.ActorId(m, type);
                }
            }
        }

        // Back over at most two modifiers ("Azerbaijan's latest peace proposal").
        for (var i = trigger.FirstToken - 1; i >= Math.Max(ctx.FirstToken + 1, trigger.FirstToken - 3); i--)
        {
            if (ctx.Word(i) == "'s")
            {
                foreach (var m in ctx.ActorList)
                {
                    if (m.LastToken == i - 1)
                    {
                        return _actorIds.ActorId(m, type);
                    }
                }

                return null;
            }

            if (!ctx.Tokens[i].IsWord)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The token of a verb of recording ("recorded", "registered", "documented", "observed", "monitored", "noted") that
    /// takes the noun trigger as its object, within four words before it; or -1.
    /// </summary>
    internal static int RecordingVerbBefore(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        for (var i = trigger.FirstToken - 1; i >= ctx.FirstToken && i >= trigger.FirstToken - 4 && ctx.Tokens[i].IsWord; i--)
        {
            if (ctx.Word(i) is "recorded" or "records" or "registered" or "registers" or "documented" or "documents" or "observed" or "observes" or
                "monitored" or "noted" or "notes" or "logged" or "counted")
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True when "the sides", "both parties", "the two countries" … is the subject of the verb trigger.</summary>
    internal static bool HasSidesSubject(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        var i = trigger.FirstToken - 1;
        // (Also through a commitment: "the sides had agreed to meet again", "the parties are due to sign".)
        while (i > ctx.FirstToken && ctx.Word(i) is "had" or "have" or "has" or "also" or "then" or "later" or "again" or "reportedly" or "finally" or "both" or
                   "to" or "agreed" or "decided" or "plan" or "plans" or "planned" or "intend" or "intends" or "expected" or "due" or "ready" or "willing" or
                   "are" or "were" or "will" or "would")
        {
            i--;
        }

        return ctx.Word(i) is "sides" or "parties" or "countries" or "delegations" or "governments" && ctx.Word(i - 1) is "the" or "both" or "two";
    }
}
