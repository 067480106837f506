using Parley.Extraction.Entities;
using Parley.Extraction.Events;
using Parley.Model;
using Parley.Packs;
using static Parley.Extraction.Claims.SentenceSpans;

namespace Parley.Extraction.Claims;

/// <summary>
/// Who made a statement: the subject of a speech verb ("X said", "X, a minister, said", "said X", "he said", "the
/// ministry said"), the agent of a denial ("X denied", "was denied by X"), whom "according to" names, the person a
/// title leads to, and the outlet a claim came through. Keeps whom "he", "she", "it" and "they" mean, sentence by
/// sentence, for one document at a time.
/// </summary>
internal sealed class Speakers(DomainPack pack)
{
    // Speakers who speak for a named person ("his lawyers said", "according to her family").
    private readonly RelayedSpeaker _relayed = new(pack);

    // The words of titles ("foreign", "minister"), which may stand between a state and the person it qualifies.
    private readonly HashSet<string> _titleWords = EntityIndex.For(pack).TitleNouns;

    // Sources a report does not name ("officials said", "according to residents", see UnnamedSources).
    private readonly UnnamedSources _sources = new(pack);

    // The voices of a body ("press service", "spokesman") that "its" or "their" before them points back to.
    private readonly HashSet<string> _voiceNouns = [.. pack.Words("body_voice_nouns")];

    /// <summary>The reader of sources a report does not name, which the claim reader shares.</summary>
    internal UnnamedSources Sources => _sources;

    /// <summary>What <see cref="OfSpeechVerb"/> found of a speech verb's subject.</summary>
    /// <param name="Speaker">Who spoke, or null when the subject names no known party.</param>
    /// <param name="HasAside">"X, &lt;who X is&gt;, said": an aside stands between the subject and the verb.</param>
    /// <param name="UnknownPerson">The subject is a person the pack does not know ("His brother, NAME, said").</param>
    /// <param name="Source">The token of an unnamed source that is the subject ("officials said"), or -1.</param>
    /// <param name="They">"they" or "it" is the subject.</param>
    /// <param name="NounSubject">A definite noun phrase naming no known party is the subject ("The ministry said").</param>
    /// <param name="Coordinated">The verb follows "and" and shares the main clause's subject.</param>
    /// <param name="Relayed">A circle that speaks for a person is the subject ("His lawyer said").</param>
    internal readonly record struct SpeechSubject(string? Speaker, bool HasAside, bool UnknownPerson, int Source, bool They, bool NounSubject, bool Coordinated, bool Relayed);

    /// <summary>The last person named before the sentence being read: whom "he" or "she" means.</summary>
    internal string? LastPerson { get; set; }

    /// <summary>The subject of the sentence before the one being read, when it is a body, a state or a group: whom "they" means.</summary>
    internal string? LastBodySubject { get; set; }

    // The last unnamed source that spoke ("a source in the ministry said", "according to an official") and the party it
    // was placed in: "the source" later in the document is that source again.
    private (string Noun, string? Speaker)? _lastSource;

    /// <summary>Forgets what the document read before named.</summary>
    internal void Reset()
    {
        _relayed.Reset();
        _lastSource = null;
    }

    /// <summary>The person a title leads to from <paramref name="m"/> ("Armenian Prime Minister X"), else <paramref name="m"/> itself.</summary>
    internal string Behind(SentenceContext ctx, LinkedMention m) => PersonBehindTitle(ctx, m)?.Mention.EntityId ?? m.Mention.EntityId;

    /// <summary>
    /// Who spoke through the speech verb at <paramref name="say"/> (<paramref name="sayPhrase"/> is the verb as found;
    /// <paramref name="end"/> the first token after it).
    /// </summary>
    internal SpeechSubject OfSpeechVerb(SentenceContext ctx, int say, string sayPhrase, int end, int last)
    {
        // "X, <who X is>, said (that) …": the subject stands before the aside, and what was said follows.
        var (hasAside, aside, unknownPerson) = AsideSubject(ctx, say);
        // "refugees are reported to have arrived", "it was announced that": a passive names its speaker only
        // through "by"; the party named in what was said is not who said it.
        var passive = ctx.Word(say - 1) is "is" or "are" or "was" or "were" or "been" or "be" && sayPhrase.EndsWith("ed", StringComparison.Ordinal);
        // "sources say", "an official said": an unnamed source is the subject, so a party named after the verb
        // is what was said; "the officer said" points back to the person last named.
        var source = passive ? -1 : _sources.SubjectOf(ctx, say);
        // "The villagers argued that …": a definite plural source the document named as a group before is that group.
        var namedGroup = source >= 0 && ctx.Word(source - 1) == "the" && ctx.Word(source).EndsWith('s') ? _sources.GroupNamedBefore(ctx, ctx.Word(source)) : null;
        // "They said two soldiers were killed": the body the sentence before was about, or nobody named; never the
        // party named in what was said.
        // So is "it" ("It also insisted that …"), when the sentence before was about a body or a state.
        // So is the voice of a body that "its" or "their" points back to ("its press service said", "their spokesman told").
        var they = !passive && (PronounBefore(ctx, say, "they") ||
                                (LastBodySubject is not null && (PronounBefore(ctx, say, "it") || OwnVoiceOfBody(ctx, say))));
        var pronoun = PronounSubject(ctx, say);
        // "The ministry said Armenia …": a subject naming no known party.
        var nounSubject = NounSubjectBefore(ctx, say);
        // "X called on Baku to lift the blockade and said …": a verb after "and" shares the main clause's subject.
        var coordinated = !passive && !hasAside && say > ctx.FirstToken + 3 && ctx.Word(say - 1) == "and" ? MainSubject(ctx, say) : null;
        var speaker = passive
            ? (end <= last && ctx.Word(end) == "by" ? ActorAfter(ctx, end) : null)
            : namedGroup is not null ? namedGroup
            : coordinated is not null ? Behind(ctx, coordinated)
            : hasAside ? aside
            // ("…, the organisation said": the body this sentence or the one before is about.)
            : nounSubject && BodyNamedBefore(ctx, say) is { } body ? body
            // ("…, 60 civilians have been killed, he said": "he" right before the verb is its subject, whatever the clause names.)
            : (pronoun ? LastPerson : null) ?? (they ? LastBodySubject : null) ?? (ClosingNounSubject(ctx, say, nounSubject) ? null : SubjectBefore(ctx, say, source >= 0 ? PhraseStart(ctx, source) : ctx.FirstToken)) ?? (pronoun ? LastPerson
                : they ? LastBodySubject
                // ("the official said" points back to the person named last; "the source said" to the unnamed source.)
                : source >= 0 ? (UnnamedSources.DefiniteSingular(ctx, source) && !_sources.IsDocument(ctx.Word(source)) && !UnnamedSources.IsUnnamedByNature(ctx.Word(source)) ? LastPerson : null)
                // ("…, said Lavrov": the speaker after the verb; "The ministry said Armenia …": a subject before it that
                // names no one leaves the speaker unknown, not the party named in what was said.)
                // ("X accused Pashinyan of …": whom an accusation or an appeal names after its verb is its object, never who spoke.)
                : (nounSubject || TakesPartyObject(ctx.Word(say)) ? null : SpeakerAfter(ctx, say)) ?? PronounSpeaker(ctx, say));
        // "His lawyer said", "Relatives told reporters": a circle that speaks for a person, unless a name of its own stands
        // beside it ("His wife, NAME, said").
        var relayed = !passive && aside is null && coordinated is null ? _relayed.Before(ctx, say, LastPerson) : null;
        if (relayed is { } circle)
        {
            speaker = _relayed.Register(ctx, circle);
        }

        // "A source in X said …. The source (, who asked not to be named,) said …": the same source, in the same party.
        if (!passive && relayed is null && coordinated is null && SameSourceAgain(ctx, source, hasAside && aside is null) is { } again)
        {
            (speaker, unknownPerson) = (again, false);
        }
        else if (!passive && source >= 0 && !UnnamedSources.DefiniteSingular(ctx, source))
        {
            _lastSource = (ctx.Word(source), speaker);
        }

        return new SpeechSubject(speaker, hasAside, unknownPerson, source, they, nounSubject, coordinated is not null, relayed is not null);
    }

    /// <summary>
    /// Who denied, for the denial verb at <paramref name="den"/>: the agent after "by" at <paramref name="by"/> ("was
    /// denied by Y"), the main clause's subject for a denial after "and", else the party named just before ("Baku
    /// denied") or the person "he" or "she" means.
    /// </summary>
    internal string? OfDenial(SentenceContext ctx, int den, int by)
    {
        // "He denied reports that ...": the pronoun is the person last named.
        // "The ministry said …, and denied that …": a denial after "and" shares the main clause's subject.
        var mainSubject = by < 0 && den > ctx.FirstToken + 3 && ctx.Word(den - 1) == "and" ? MainSubject(ctx, den) : null;
        return by >= 0 ? ActorAfter(ctx, by)
            : mainSubject is not null ? Behind(ctx, mainSubject)
            : SubjectBefore(ctx, den, ctx.FirstToken) ?? (PronounSubject(ctx, den) ? LastPerson
                // ("It denied that …": the body the sentence before was about.)
                : PronounBefore(ctx, den, "it") || PronounBefore(ctx, den, "they") ? LastBodySubject : null);
    }

    /// <summary>
    /// Whom "according to" names, its phrase ending at token <paramref name="last"/>: the party, or the circle that
    /// speaks for a person ("according to his lawyers"); SourceNoun is the unnamed source when it names no party.
    /// </summary>
    internal (string? Speaker, string? SourceNoun) OfAccording(SentenceContext ctx, int last)
    {
        // ("according to his lawyers": the person's counsel, not the person and not nobody.)
        var speaker = _relayed.After(ctx, last, LastPerson) is { } circle ? _relayed.Register(ctx, circle) : ActorAfter(ctx, last);
        var noun = _sources.NounAfter(ctx, last);
        if (noun is not null && ctx.Word(last + 1) != "the")
        {
            _lastSource = (noun, speaker);
        }

        return (speaker, speaker is null ? noun : null);
    }

    /// <summary>
    /// "The source said", "The official, who asked not to be named, said": the unnamed source the document quoted last,
    /// when this subject is that noun again made definite, either right before the verb (<paramref name="source"/>) or
    /// opening the sentence before an aside (<paramref name="beforeAside"/>); its party, or null when there is none.
    /// </summary>
    private string? SameSourceAgain(SentenceContext ctx, int source, bool beforeAside)
    {
        if (_lastSource is not { Speaker: { } party } last)
        {
            return null;
        }

        var noun = source >= 0 && UnnamedSources.DefiniteSingular(ctx, source) ? source
            : beforeAside && ctx.Word(ctx.FirstToken) == "the" && ctx.Word(ctx.FirstToken + 2) == "," ? ctx.FirstToken + 1
            : -1;
        return noun >= 0 && ctx.Word(noun) == last.Noun ? party : null;
    }

    /// <summary>
    /// The subject of a speech verb that an aside between commas separates from it, when the sentence opens with that
    /// subject: "Hikmat Hajiyev, assistant to the president, said …" (the actor named just before the aside), "The
    /// foreign minister of Finland, who chairs the OSCE this year, said …" (a relative clause: a party named inside it is
    /// not who spoke) and "His brother, Karen Avagyan, said …" (a name in apposition). Found is false when the verb has no
    /// such aside before it; Speaker is null when the subject names no known party, and UnknownPerson is then true when
    /// the subject is a person ("who", a name).
    /// </summary>
    private (bool Found, string? Speaker, bool UnknownPerson) AsideSubject(SentenceContext ctx, int say)
    {
        if (say - 1 <= ctx.FirstToken || ctx.Word(say - 1) != ",")
        {
            return default;
        }

        // ("On April 17, 2024, X, at a meeting …, said": a date that opens the sentence is no part of the subject's clause.)
        var lead = DateLeadEnd(ctx);
        for (var open = say - 2; open > lead && open >= say - 25; open--)
        {
            if (ctx.Word(open) == ",")
            {
                // The subject opens the sentence (after at most a short lead such as "On Thursday,"); a longer
                // stretch before it is what was said, as in "P, X, a minister, said".
                // The last such mention, by a loop: a lambda here would make its closure on every call of the method.
                var mentions = ctx.Mentions;
                for (var k = mentions.Count - 1; k >= 0; k--)
                {
                    var m = mentions[k];
                    if (m.LastToken == open - 1 && m.FirstToken - lead <= 8 && IsSpeakerKind(m))
                    {
                        return (true, m.Mention.EntityId, false);
                    }
                }

                var (first, last) = ctx.Word(open + 1) is "who" or "whose" or "which" ? (ctx.FirstToken, open - 1)
                    : IsApposedName(ctx, open, say - 1) ? (open + 1, say - 2) : (-1, -1);
                // (A subject a relative clause follows may be placed at some length: "A doctor at the X hospital in Y, who …".)
                if (first < 0 || open - ctx.FirstToken > (first == ctx.FirstToken ? 12 : 8) || HasPunctuation(ctx, ctx.FirstToken, open - 1))
                {
                    return default;
                }

                var speaker = LastSpeakerWithin(ctx, first, last);
                return (true, speaker, speaker is null && ctx.Word(open + 1) != "which");
            }

            if (ctx.Tokens[open].Normalized is "\u201D" or "\"" or "." or ";")
            {
                return default;
            }
        }

        return default;
    }

    /// <summary>
    /// The first token after a date that opens the sentence and its comma ("On April 17, 2024, …"), else the sentence's
    /// first token.
    /// </summary>
    private static int DateLeadEnd(SentenceContext ctx)
    {
        foreach (var t in ctx.Times)
        {
            var first = ctx.Analysis.TokenIndexAt(t.Span.Start);
            // (The token index of the date's last character may already be the comma after it.)
            var last = ctx.Analysis.TokenIndexAt(t.Span.End - 1);
            while (last > first && ctx.Tokens[last].Span.Start >= t.Span.End)
            {
                last--;
            }

            if (first - ctx.FirstToken <= 1 && ctx.Word(last + 1) == ",")
            {
                return last + 2;
            }
        }

        return ctx.FirstToken;
    }

    private static bool IsSpeakerKind(LinkedMention m) =>
        m.Kind is EntityKind.Person or EntityKind.State or EntityKind.Organization or EntityKind.Authority or EntityKind.Group;

    /// <summary>The person (or else the party) named last in tokens [<paramref name="first"/>, <paramref name="last"/>], or null.</summary>
    private string? LastSpeakerWithin(SentenceContext ctx, int first, int last)
    {
        LinkedMention? found = null;
        foreach (var m in ctx.Mentions)
        {
            if (m.FirstToken >= first && m.LastToken <= last && IsSpeakerKind(m) && (found is null || m.Kind == EntityKind.Person || found.Kind != EntityKind.Person))
            {
                found = m;
            }
        }

        return found is null ? null : PersonBehindTitle(ctx, found)?.Mention.EntityId ?? found.Mention.EntityId;
    }

    /// <summary>
    /// "His brother, Karen Avagyan, said": a short noun phrase opened by a possessive or an article, then between commas
    /// (<paramref name="open"/>, <paramref name="close"/>) nothing but a capitalised name of two to four words.
    /// </summary>
    private static bool IsApposedName(SentenceContext ctx, int open, int close)
    {
        if (open - ctx.FirstToken > 3 || ctx.Word(ctx.FirstToken) is not ("his" or "her" or "their" or "its" or "the" or "a" or "an") ||
            close - open - 1 is < 2 or > 4)
        {
            return false;
        }

        for (var i = open + 1; i < close; i++)
        {
            if (!ctx.Tokens[i].IsWord || !ctx.Tokens[i].IsCapitalized)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"according to a readout released by …": a record (pack <c>document_nouns</c>) within three words, and no party named within five.</summary>
    internal bool RecordNamingNoOne(SentenceContext ctx, int from, int last)
    {
        for (var i = from; i <= last && i < from + 3; i++)
        {
            if (_sources.IsDocument(ctx.Word(i)))
            {
                return ActorAfter(ctx, from - 1) is null;
            }
        }

        return false;
    }

    /// <summary>True when tokens [<paramref name="first"/>, <paramref name="last"/>] hold a comma, semicolon, colon or quotation mark.</summary>
    internal static bool HasPunctuation(SentenceContext ctx, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (ctx.Tokens[i].Normalized is "," or ";" or ":" or "\"" or "\u201C" or "\u201D")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "He later said Moscow will …": a pronoun subject before the verb (an adverb or auxiliary between allowed)
    /// is who spoke, so a party named after the verb is what was said, not the speaker.
    /// </summary>
    private static bool PronounSubject(SentenceContext ctx, int say) => PronounBefore(ctx, say, "he") || PronounBefore(ctx, say, "she");

    /// <summary>True when <paramref name="pronoun"/> is the subject of the speech verb at <paramref name="say"/> ("he said", "they later told").</summary>
    private static bool PronounBefore(SentenceContext ctx, int say, string pronoun)
    {
        var before = say - 1;
        var word = ctx.Word(before);
        if (word is "later" or "also" or "then" or "again" or "further" or "earlier" or "previously" or "has" or "had" or "once" ||
            (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal)))
        {
            before--;
        }

        return ctx.Word(before) == pronoun;
    }

    /// <summary>Verbs whose object is a party ("accused X of", "urged X to"): a party after one is not who spoke.</summary>
    private static bool TakesPartyObject(string verb) =>
        verb is "accused" or "accuses" or "blamed" or "blames" or "urged" or "urges" or "called" or "calls" or "warned" or "warns" or "criticised" or
            "criticized" or "criticises" or "criticizes" or "condemned" or "condemns" or "praised" or "praises" or "thanked" or "thanks";

    /// <summary>
    /// "…by a decree of President X, the presidential press service said": a closing attribution whose subject names no
    /// known party; the party named before its comma belongs to what was said.
    /// </summary>
    private static bool ClosingNounSubject(SentenceContext ctx, int say, bool nounSubject)
    {
        if (!nounSubject)
        {
            return false;
        }

        for (var i = say - 1; i >= Math.Max(ctx.FirstToken, say - 6); i--)
        {
            if (ctx.Word(i) == ",")
            {
                return true;
            }

            if (ctx.Mentions.Any(m => m.FirstToken <= i && i <= m.LastToken))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the speech verb at <paramref name="say"/> follows a definite noun phrase of its own: "The ministry said",
    /// "The Russian side stated" (a subject naming no known party).
    /// </summary>
    private static bool NounSubjectBefore(SentenceContext ctx, int say)
    {
        var i = say - 1;
        if (i <= ctx.FirstToken || !ctx.Tokens[i].IsWord || ctx.Tokens[i].Normalized is "and" or "but" or "also" or "has" or "have" or "had")
        {
            return false;
        }

        // Back over the noun's modifiers to its determiner.
        for (var k = i; k >= Math.Max(ctx.FirstToken, i - 3); k--)
        {
            if (ctx.Word(k) is "the" or "this" or "that")
            {
                return k == ctx.FirstToken || !ctx.Tokens[k - 1].IsWord || ctx.Word(k - 1) is "and" or "but";
            }

            if (!ctx.Tokens[k].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "The OSCE council decided …, the organisation said": a general noun for an international body right before the verb
    /// stands for the body that is the subject of this sentence's main clause or, failing that, of the sentence before;
    /// null when neither is an organisation.
    /// </summary>
    private string? BodyNamedBefore(SentenceContext ctx, int say)
    {
        if (ctx.Word(say - 1) is not ("organisation" or "organization" or "bloc" or "alliance"))
        {
            return null;
        }

        var subject = MainSubject(ctx, say - 2)?.Mention.EntityId;
        return IsOrganization(subject) ? subject : IsOrganization(LastBodySubject) ? LastBodySubject : null;

        bool IsOrganization(string? id) => id is not null && pack.Find(id)?.Kind == EntityKind.Organization;
    }

    /// <summary>"said she": the pronoun after the verb stands for the last person named before the sentence ("he said" is <see cref="PronounSubject"/>).</summary>
    private string? PronounSpeaker(SentenceContext ctx, int say) =>
        ctx.Word(say + 1) is "he" or "she" ? LastPerson : null;

    /// <summary>
    /// The subject of the sentence's main clause, for a participle at <paramref name="before"/>: the first party named
    /// before it that no preposition governs ("On Monday, the minister, X, rejected ..." gives the minister), or null.
    /// </summary>
    internal static LinkedMention? MainSubject(SentenceContext ctx, int before)
    {
        foreach (var m in ctx.ActorList)
        {
            if (m.FirstToken >= before)
            {
                break;
            }

            var previous = ctx.Word(m.FirstToken - 1);
            if (previous is not ("of" or "in" or "to" or "from" or "with" or "by" or "on" or "at" or "for" or "against" or "between" or "and" or "'s" or "\u2019s"))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>
    /// True when <paramref name="speaker"/> is A or B of "A and B &lt;verb&gt; each other/one another": a mutual
    /// accusation, which the text reports in no one side's name.
    /// </summary>
    internal static bool IsMutual(SentenceContext ctx, string? speaker)
    {
        var each = ctx.Find("each", ctx.FirstToken + 3, ctx.LastToken - 1);
        var reciprocal = each >= 0 ? ctx.Word(each + 1) == "other" : (each = ctx.Find("one", ctx.FirstToken + 3, ctx.LastToken - 1)) >= 0 && ctx.Word(each + 1) == "another";
        if (speaker is null || !reciprocal)
        {
            return false;
        }

        // The two parties joined by "and" right before the verb that "each other" follows.
        LinkedMention? first = null, second = null;
        foreach (var m in ctx.ActorList)
        {
            if (m.LastToken >= each - 1)
            {
                break;
            }

            (first, second) = (second, m);
        }

        return first is not null && second is not null && second.FirstToken - first.LastToken == 2 && ctx.Word(first.LastToken + 1) == "and" &&
               each - second.LastToken <= 3 && first.Mention.EntityId != second.Mention.EntityId &&
               (speaker == first.Mention.EntityId || speaker == second.Mention.EntityId);
    }

    /// <summary>
    /// The party named last before <paramref name="verb"/>, within ten tokens and not before <paramref name="from"/>
    /// (the start of an unnamed source's phrase, whose subject it is: "…of Armenia, a diplomatic source told").
    /// </summary>
    private static string? SubjectBefore(SentenceContext ctx, int verb, int from)
    {
        // "Galstanyan, who led the protests against the handover to Azerbaijan, denies …": a relative aside closed right
        // before the verb tells of its antecedent; the party it names is no subject, the one it follows is.
        if (RelativeAsideOpening(ctx, verb) is var open and > 0)
        {
            foreach (var m in ctx.Mentions)
            {
                if (m.LastToken == open - 1 && m.FirstToken >= from && m.Kind is not (EntityKind.Place or EntityKind.Route))
                {
                    return m.Mention.EntityId;
                }
            }

            return null;
        }

        // Loops rather than LINQ here and below: these run for nearly every sentence, and a lambda reading an
        // argument allocates its closure on every call.
        var mentions = ctx.Mentions;
        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            var x = mentions[k];
            if (x.LastToken < verb && verb - x.LastToken <= 10 && x.FirstToken >= from && x.Kind is not (EntityKind.Place or EntityKind.Route) && !ctx.NamesInAside(x) &&
                !InObjectPhrase(ctx, x, verb))
            {
                return x.Mention.EntityId;
            }
        }

        return null;
    }

    /// <summary>
    /// "Armenia has frozen its participation in the CSTO and has called for …": a party after a preposition, with "and"
    /// and an auxiliary between it and the verb, sits in the first verb's object; the coordinated verb shares the first
    /// one's subject.
    /// </summary>
    private static bool InObjectPhrase(SentenceContext ctx, LinkedMention x, int verb)
    {
        var before = ctx.Word(x.FirstToken - 1) is "the" or "a" or "an" ? ctx.Word(x.FirstToken - 2) : ctx.Word(x.FirstToken - 1);
        return before is "in" or "of" or "to" or "from" or "with" or "for" or "on" or "at" or "against" or "into" &&
            ctx.Find("and", x.LastToken + 1, verb - 1) is var and && and > 0 && ctx.Word(and + 1) is "has" or "have" or "had" or "is" or "was" or "also";
    }

    /// <summary>
    /// The comma opening a ", who …," or ", which …," aside that closes with a comma right before <paramref name="verb"/>
    /// (within 30 words, with no comma inside), or -1.
    /// </summary>
    private static int RelativeAsideOpening(SentenceContext ctx, int verb)
    {
        if (ctx.Word(verb - 1) != ",")
        {
            return -1;
        }

        for (var i = verb - 2; i > ctx.FirstToken && i >= verb - 30; i--)
        {
            if (ctx.Word(i) == ",")
            {
                return ctx.Word(i + 1) is "who" or "which" or "whose" ? i : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The speaker named after the speech verb at <paramref name="say"/> ("…, said Lavrov"), or null. Whom a verb of
    /// telling names is whom it was told ("told Armenpress that"), and an outlet a preposition governs is where it was
    /// said ("wrote on Facebook", "said in an interview with APA"): the channel, not the speaker.
    /// </summary>
    private string? SpeakerAfter(SentenceContext ctx, int say)
    {
        if (ctx.Word(say) is "told" or "tells" or "tell" or "informed" or "informs" or "assured" or "assures" or "briefed" or "reminded" or "reminds")
        {
            return null;
        }

        var after = ActorAfter(ctx, say);
        foreach (var m in ctx.Mentions)
        {
            if (m.FirstToken > say && m.Mention.EntityId == after)
            {
                return m.Kind == EntityKind.Outlet && ctx.Word(m.FirstToken - 1) is "on" or "in" or "with" or "to" or "via" or "through" ? null : after;
            }
        }

        return after;
    }

    /// <summary>
    /// The first token of the noun phrase whose head is at <paramref name="head"/>: back over at most four words to a
    /// determiner, a comma or any other mark ("…, a diplomatic source", "Azerbaijani officials").
    /// </summary>
    private static int PhraseStart(SentenceContext ctx, int head)
    {
        var i = head;
        while (i > ctx.FirstToken && i > head - 4 && ctx.Tokens[i - 1].IsWord && ctx.Word(i) is not ("a" or "an" or "the"))
        {
            i--;
        }

        return i;
    }

    /// <summary>
    /// "its press service said", "their spokesman told": at most three words after "its" or "their" right before the verb
    /// at <paramref name="say"/>, the last a voice of a body (pack <c>body_voice_nouns</c>), speak for a body named before.
    /// </summary>
    private bool OwnVoiceOfBody(SentenceContext ctx, int say)
    {
        if (!_voiceNouns.Contains(ctx.Word(say - 1)))
        {
            return false;
        }

        for (var i = say - 2; i >= ctx.FirstToken && i >= say - 4; i--)
        {
            if (ctx.Word(i) is "its" or "their")
            {
                return true;
            }

            if (!ctx.Tokens[i].IsWord || ctx.Tokens[i].IsCapitalized || ctx.Word(i) is "who" or "which" or "that" or "and" or "of")
            {
                return false;
            }
        }

        return false;
    }

    internal string? ActorAfter(SentenceContext ctx, int token)
    {
        for (var k = 0; k < ctx.Mentions.Count; k++)
        {
            var m = ctx.Mentions[k];
            if (m.FirstToken > token && m.FirstToken - token <= 5 && m.Kind is not (EntityKind.Place or EntityKind.Route))
            {
                return PersonBehindTitle(ctx, m)?.Mention.EntityId ?? m.Mention.EntityId;
            }
        }

        return null;
    }

    /// <summary>
    /// "According to Armenian Prime Minister Nikol Pashinyan": a state or body that only qualifies a title is not who
    /// speaks; the person the title leads to is. Null unless only title words lie between them.
    /// </summary>
    private LinkedMention? PersonBehindTitle(SentenceContext ctx, LinkedMention qualifier)
    {
        if (qualifier.Kind == EntityKind.Person)
        {
            return null;
        }

        var person = ctx.Mentions.FirstOrDefault(x => x.FirstToken > qualifier.LastToken);
        if (person is not { Kind: EntityKind.Person } || person.FirstToken - qualifier.LastToken > 6)
        {
            return null;
        }

        for (var i = qualifier.LastToken + 1; i < person.FirstToken; i++)
        {
            if (!ctx.Tokens[i].IsWord || !(ctx.Tokens[i].IsCapitalized || ctx.Word(i) == "'s" || _titleWords.Contains(ctx.Word(i))))
            {
                return null;
            }
        }

        return person;
    }

    /// <summary>
    /// The outlet a claim read up to token <paramref name="last"/> came through: one cited in parentheses anywhere in the
    /// sentence, else the first named before <paramref name="last"/> (one naming a contrasted report after it is that
    /// report's own); At is the first token of that first one, or -1 for one in parentheses or none.
    /// </summary>
    internal static (string? Id, int At) CitedOutlet(SentenceContext ctx, int last)
    {
        // "(Trend.az, March 1)", "(see EDM, …)": an outlet right after an opening parenthesis.
        string? first = null;
        var at = -1;
        for (var k = 0; k < ctx.Mentions.Count; k++)
        {
            var m = ctx.Mentions[k];
            if (m.Kind != EntityKind.Outlet)
            {
                continue;
            }

            // ("confirming earlier reports in Azerbaijani media": where other reports appeared, not the claim's channel.)
            if (first is null && m.FirstToken <= last && !(ctx.Word(m.FirstToken - 1) is "in" or "by" or "from" && ctx.Word(m.FirstToken - 2) is "reports" or "report"))
            {
                (first, at) = (m.Mention.EntityId, m.FirstToken);
            }

            var p = m.FirstToken - 1;
            while (p >= ctx.FirstToken && ctx.Tokens[p].IsWord && ctx.Tokens[p].Normalized is "see" or "cf")
            {
                p--;
            }

            if (p >= ctx.FirstToken && ctx.Tokens[p].Normalized == "(")
            {
                return (ctx.Tokens[p + 1].Normalized == "see" ? null : m.Mention.EntityId, -1);
            }
        }

        return (first, at);
    }
}
