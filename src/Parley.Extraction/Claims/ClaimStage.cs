using Parley.Extraction.Entities;
using Parley.Extraction.Events;
using Parley.Extraction.Matching;
using Parley.Model;
using Parley.Packs;
using Parley.Pipeline;
using Parley.Text;
using static Parley.Extraction.Claims.SentenceSpans;

namespace Parley.Extraction.Claims;

/// <summary>
/// Reads attributed statements: "X said/told/claimed (that) …", "… , X said", "according to X, …", "X denied
/// …", "… was denied by X", a cited outlet in parentheses "(Trend.az, March 1)". Each claim keeps the
/// reported part as its quote, the speaker, the outlet it came through, its stance and the event the sentence
/// reports.
/// </summary>
public sealed class ClaimStage(DomainPack pack) : IExtractionStage
{
    // A fixed cue list, one array for every call, so the document's index of it is built once (see PhraseIndex.ListOf).

    private static readonly string[] Who = ["who"];

    // A participle of speech hung on a main clause: ", saying (that) …", "citing X and saying …" (a fixed cue list, one array for every call).
    private static readonly string[] SayingOpeners = [", saying", "and saying"];

    // Participles that add more of what was said after an attribution ("…, adding that …"), a fixed cue list likewise.
    private static readonly string[] SpeechParticiples = ["adding", "saying", "noting", "stressing", "insisting", "warning", "explaining"];

    // The openings of a contrasted second report ("…, while Yerevan has claimed …"), a fixed cue list likewise.
    private static readonly string[] ContrastOpeners =
        [", while", ", whereas", ", but", ", although", "; while", "; whereas", "; but", "; although"];

    // A conjunction a dash may open the contrasted report with ("…, it added - although X said …"); matching skips dashes,
    // so the dash before it is read from the token itself.
    private static readonly string[] DashedContrast = ["although", "whereas"];

    private readonly EventCues _cues = EventCues.For(pack);

    // Speech verbs, with the plain forms that report speech only before "that" taken as "<verb> that".
    private readonly List<string> _speech = [.. pack.Words("speech_verbs"), .. pack.Words("speech_verbs_before_that").Select(v => v + " that")];

    // Who is to blame: who began the fighting, who is accused or cleared, a side only answering (see Responsibility).
    private readonly Responsibility _responsibility = new(pack);

    // What a denial or a rebuttal is of: a talk, a standing state, an account, a claim called untrue (see Denials).
    private readonly Denials _denials = new(pack);

    // What opens a clause that takes up the statement before it: ", which Y denied", ", a charge Y rejected".
    private readonly List<string> _relativeOpeners =
        [", which", ", something", .. pack.Words("answer_nouns").Select(n => (n[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? ", an " : ", a ") + n)];

    // Who made each statement, and whom "he", "she", "it" and "they" mean (see Speakers).
    private readonly Speakers _speakers = new(pack);

    // Which forms of a speech verb report speech ("said") and which do not ("the claims", "called on", "so-called").
    private readonly SpeechVerbForms _verbForms = new(pack);
    private readonly IReadOnlyList<string> _evidential = pack.Words("evidential_verbs");
    private readonly IReadOnlyList<string> _agendaCues = pack.Words("agenda_cues");

    // Who a claim says took part in a meeting, or did not (see Attendance).
    private readonly Attendance _attendance = new(pack);

    // Counts other sources give against a claim's, in its sentence or the next (see RivalCounts).
    private readonly RivalCounts _rivalCounts = new(pack);

    // Set by Read when the claim it read was spoken by a person the pack does not know ("His brother, NAME, said"), whom
    // the next "he" or "she" then means rather than the last known person.
    private bool _unknownPersonSpoke;

    // What each claim says of its event: agenda, date and the counts its own quote gives (see ClaimValues), with the
    // values of the document's events formatted once.
    private readonly ClaimValues _values = new(pack.Words("denial_verbs"), pack.Words("non_event_objects"), pack);

    // Whom each accusation of the document being read accuses, by claim id (see Read).
    private readonly Dictionary<string, string> _accused = new(StringComparer.Ordinal);

    // The claims of the document being read that say a party began the fighting ("X opened fire first"), by id: a denial
    // of such an account disputes who is to blame, where a denial of an accusation of some act disputes that it happened.
    private readonly HashSet<string> _saidBegan = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public string Name => "claims";

    /// <inheritdoc />
    public void Run(DocumentAnalysis analysis)
    {
        var speech = _speech;
        var denial = pack.Words("denial_verbs");
        var according = pack.Words("according_to");
        Claim? previous = null;
        string? lastPerson = null; // who "he" or "she" most likely is: the last person named before
        string? bodySubject = null; // the subject of the sentence just read, when it is no person
        var quoting = new QuoteContinuation();
        _values.Reset();
        _accused.Clear();
        _saidBegan.Clear();
        _speakers.Reset();
        SentenceContext? opening = null; // the sentence before, when it opened a quotation it left open and gave no claim
        foreach (var ctx in SentenceContext.All(analysis))
        {
            var openedBefore = opening;
            opening = null;
            var continued = quoting.Continues(analysis.Text, ctx.Sentence.Span);
            if (ctx.Sentence.IsHeading)
            {
                continue;
            }

            _speakers.LastPerson = lastPerson;
            lastPerson = ctx.LastPerson()?.Mention.EntityId ?? lastPerson;
            _speakers.LastBodySubject = bodySubject;
            bodySubject = Speakers.MainSubject(ctx, ctx.LastToken + 1) is { Kind: not EntityKind.Person } subject ? subject.Mention.EntityId : null;

            // "X wrote that P, which Y denied": an assertion and its denial in one sentence.
            var relative = RelativeDenial(ctx, denial);
            var last = relative?.Comma - 1 ?? ctx.LastToken;
            // "X said A, while Y claimed B": the contrasted report is Y's claim, and X's ends before it.
            var contrast = relative is null ? ContrastedReport(ctx, speech, last) : -1;
            // "… was denied by the delegates, who claimed that B": the relative clause is its antecedent's claim of its own.
            var who = relative is null && contrast < 0 ? RelativeReport(ctx, speech, denial, last) : -1;
            // "X said A, but insisted that B": the speaker's second statement, contrasted, is a claim of its own.
            var turn = relative is null && contrast < 0 && who < 0 ? SecondStatement(ctx, speech, denial, last) : null;
            var claim = Read(ctx, speech, relative is null ? denial : [], according, previous,
                contrast >= 0 ? contrast - 2 : who >= 0 ? RelativeEnd(ctx, who) : turn is { } t ? t.But - 2 : last);
            // A paragraph going on with a quotation the paragraph before left open, naming no speaker, is that speaker's.
            quoting.Read(claim);
            claim ??= continued is not null ? Continued(ctx, continued) : null;
            if (claim is not null && Restates(analysis, claim))
            {
                continue;
            }

            // "Armenia and Azerbaijan accused each other of …": the report of two opposite claims is the text's own,
            // in no one side's name, and all of it is the point.
            if (claim is not null && Speakers.IsMutual(ctx, claim.Speaker))
            {
                var whole = ctx.SpanOf(ctx.FirstToken, ctx.LastToken);
                claim = claim with { Speaker = null, Span = whole, Quote = whole.Slice(analysis.Text) };
            }

            // "Police said 5,000 people took part. Organisers put the crowd at 20,000.": another source's other count of the
            // same thing, right after, disputes the first; both are about the happening that counts it.
            if (claim is not null && previous is not null && analysis.Claims.Count > 0 && ReferenceEquals(analysis.Claims[^1], previous) &&
                _rivalCounts.NextDoor(ctx, previous, claim) is { } rival)
            {
                var counted = previous.EventKey is null && claim.EventKey is null ? RivalCounts.LatestCounting(analysis, rival, ctx.Sentence.Span.Start) : null;
                analysis.Claims[^1] = previous with
                {
                    EventKey = previous.EventKey ?? counted?.Key,
                    Values = [.. previous.Values, new ClaimValue(ContradictionAttribute.Quantity, ClaimValue.CountGiven)],
                };
                claim = claim with
                {
                    EventKey = claim.EventKey ?? counted?.Key,
                    Answers = claim.Answers ?? previous.Id,
                    Values = [.. claim.Values, new ClaimValue(ContradictionAttribute.Quantity, ClaimValue.CountDisputed, true)],
                };
            }

            // '"A. B," X said.': the quotation's first sentence, before the one that names its speaker, is that speaker's too,
            // when it says where accounts differ: it denies something, or gives what was discussed or a count.
            if (claim is { Speaker: not null } && openedBefore is not null && claim.Span.Start <= ctx.Tokens[ctx.FirstToken].Span.End &&
                ClosesQuotation(ctx) && !Parley.Extraction.Text.Paragraphs.BreakBetween(analysis.Text, openedBefore.Sentence.Span.End, ctx.Sentence.Span.Start) &&
                Continued(openedBefore, claim, readsDenial: true) is { } first && (first.Stance == ClaimStance.Denies || first.Values.Count > 0))
            {
                analysis.Claims.Add(first);
                var renumbered = NextClaimId(analysis);
                if (_accused.Remove(claim.Id, out var accusedParty))
                {
                    _accused[renumbered] = accusedParty;
                }

                if (_saidBegan.Remove(claim.Id))
                {
                    _saidBegan.Add(renumbered);
                }

                claim = claim with { Id = renumbered };
            }

            if (claim is null && OpensQuotationLeftOpen(ctx))
            {
                opening = ctx;
            }

            if (claim is not null)
            {
                analysis.Claims.Add(claim);
                previous = claim;

                // "Ahmadzada said Baku objected to Vardanyan. He also affirmed ...": the one who spoke, not the last
                // person the speech named, is whom the next "he" most likely means.
                if (claim.Speaker is { } speaker && pack.Find(speaker)?.Kind is { } kind)
                {
                    // ("The ministry said … . It added …": a body that spoke is whom the next "it" or "they" means.)
                    if (kind == EntityKind.Person)
                    {
                        lastPerson = speaker;
                    }
                    else if (kind is not (EntityKind.Outlet or EntityKind.Place or EntityKind.Route))
                    {
                        bodySubject = speaker;
                    }
                }
                else if (claim.Speaker is null && _unknownPersonSpoke)
                {
                    lastPerson = null;
                }
            }

            if (contrast >= 0 && Read(ctx.From(contrast + 1), speech, denial, according, previous, last) is { } other && !Restates(analysis, other))
            {
                // "Residents said 200 had come, while the ombudsman put the figure at 500": the second count disputes the first.
                // (The first is marked too, so a pass reading only the claims that take part between claims reads it.)
                if (claim is not null && analysis.Claims.Count > 0 && ReferenceEquals(analysis.Claims[^1], claim) && RivalCounts.RivalCount(analysis, claim, other))
                {
                    analysis.Claims[^1] = claim with { Values = [.. claim.Values, new ClaimValue(ContradictionAttribute.Quantity, ClaimValue.CountGiven)] };
                    other = other with { Answers = claim.Id, Values = [.. other.Values, new ClaimValue(ContradictionAttribute.Quantity, ClaimValue.CountDisputed, true)] };
                }

                analysis.Claims.Add(other);
                previous = other;
            }

            if (turn is { } second && claim is not null && ReferenceEquals(previous, claim) && SameSpeakerGoesOn(ctx, claim, second, last) is { } more &&
                !Restates(analysis, more))
            {
                analysis.Claims.Add(more);
                previous = more;
            }

            // Read from the antecedent when one is named ("Beglaryan, who claimed …" has its subject and an aside).
            var antecedent = who >= 0 ? LastActorEndingAt(ctx, RelativeEnd(ctx, who)) : null;
            if (who >= 0 && claim is not null && Read(ctx.From(antecedent?.FirstToken ?? who + 1), speech, denial, according, previous, last) is { } own)
            {
                own = own with { Speaker = antecedent?.Mention.EntityId ?? claim.Speaker, Via = own.Via ?? claim.Via, EventKey = own.EventKey ?? claim.EventKey };
                if (!Restates(analysis, own))
                {
                    analysis.Claims.Add(own);
                    previous = own;
                }
            }

            // (It answers the claim this sentence made, never one of an earlier sentence.)
            if (relative is { } r && Denial(ctx, r, previous is not null && previous.Span.Start >= ctx.Sentence.Span.Start ? previous : null) is { } denied)
            {
                analysis.Claims.Add(denied);
                previous = denied;
            }
        }
    }

    /// <summary>True when the sentence opens with a quotation mark and does not close the quotation.</summary>
    private static bool OpensQuotationLeftOpen(SentenceContext ctx)
    {
        if (!IsQuoteMark(ctx, ctx.FirstToken))
        {
            return false;
        }

        var marks = 0;
        for (var k = ctx.FirstToken; k <= ctx.LastToken; k++)
        {
            if (ctx.Tokens[k].Normalized == "\u201D" || (ctx.Tokens[k].Normalized == "\u201C" && k > ctx.FirstToken))
            {
                return false;
            }

            marks += ctx.Tokens[k].Normalized == "\"" ? 1 : 0;
        }

        return ctx.Tokens[ctx.FirstToken].Normalized != "\"" || marks % 2 == 1;
    }

    /// <summary>True when the sentence starts inside a quotation (no mark opens it) and closes one: '… closed," X said.'</summary>
    private static bool ClosesQuotation(SentenceContext ctx)
    {
        if (IsQuoteMark(ctx, ctx.FirstToken))
        {
            return false;
        }

        for (var k = ctx.FirstToken; k <= ctx.LastToken; k++)
        {
            if (ctx.Tokens[k].Normalized is "\u201D" or "\"")
            {
                return true;
            }

            if (ctx.Tokens[k].Normalized == "\u201C")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The sentence as a claim of the speaker of <paramref name="quoted"/>, whose quotation it goes on with (or, when <paramref name="readsDenial"/>, opens).</summary>
    private Claim? Continued(SentenceContext ctx, Claim quoted, bool readsDenial = false)
    {
        var (first, last) = (ctx.FirstToken, ctx.LastToken);
        while (first < last && IsQuoteMark(ctx, first))
        {
            first++;
        }

        while (last > first && (IsQuoteMark(ctx, last) || ctx.Tokens[last].Normalized is "." or "," or ";"))
        {
            last--;
        }

        if (!HasWords(ctx, first, last, 4))
        {
            return null;
        }

        var span = ctx.SpanOf(first, last);
        var topics = DocumentTopics.For(ctx.Analysis, _cues).TopicsIn(first, last);
        var ev = EventOf(ctx);
        // (Saying something was not discussed denies it too, where the opening of a quotation is read.)
        var notDiscussed = readsDenial && Denials.NegatesDiscussion(ctx, first, last);
        var stance = _responsibility.RejectsBlame(ctx, first, last) || notDiscussed ? ClaimStance.Denies : ClaimStance.Asserts;
        // (What was not discussed names no meeting of its own: it is about the talks told just before.)
        ev ??= notDiscussed ? EarlierMeeting(ctx) : null;
        return new Claim
        {
            Id = NextClaimId(ctx.Analysis),
            DocumentId = ctx.Analysis.Document.Id,
            Span = span,
            Quote = span.Slice(ctx.Analysis.Text),
            Speaker = quoted.Speaker,
            Via = quoted.Via,
            Stance = stance,
            EventKey = ev?.Key,
            Topics = topics,
            Values = _values.Of(ev, topics, stance, ctx, first, last),
        };
    }

    /// <summary>The id the next claim of the document takes: claims are numbered in the order they are kept.</summary>
    private static string NextClaimId(DocumentAnalysis analysis) => $"{analysis.Document.Id}#c{analysis.Claims.Count + 1}";

    /// <summary>The last happening told before the sentence in its own paragraph, or null.</summary>
    private static EventMention? EventEarlierInParagraph(SentenceContext ctx)
    {
        var start = ctx.Sentence.Span.Start;
        for (var k = ctx.Analysis.Events.Count - 1; k >= 0; k--)
        {
            var e = ctx.Analysis.Events[k];
            if (e.Span.End <= start)
            {
                return Parley.Extraction.Text.Paragraphs.BreakBetween(ctx.Analysis.Text, e.Span.End, start) ? null : e;
            }
        }

        return null;
    }

    /// <summary>The first event of the document reported in the sentence, or null.</summary>
    private static EventMention? EventOf(SentenceContext ctx)
    {
        var sentence = ctx.Sentence.Span;
        foreach (var e in ctx.Analysis.Events)
        {
            if (e.Span.Overlaps(sentence))
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>
    /// A quote the document gave before (in a lead or a headline line) and now gives again, whole or cut, from
    /// the same speaker with the same stance is one claim: the earlier claim keeps its place and takes the longer
    /// wording. True when <paramref name="claim"/> was folded into an earlier one.
    /// </summary>
    private static bool Restates(DocumentAnalysis analysis, Claim claim)
    {
        // Counted only when some earlier claim has the same speaker and stance (most claims meet none), and compared
        // word by word on the document's tokens: a claim's span runs from the start of its first token to the end of
        // its last, so these are the words tokenising its quote would give.
        var tokens = analysis.Tokens;
        var (first, words) = (-1, 0);
        for (var i = 0; i < analysis.Claims.Count; i++)
        {
            var earlier = analysis.Claims[i];
            if (earlier.Speaker != claim.Speaker || earlier.Stance != claim.Stance || earlier.Speaker is null)
            {
                continue;
            }

            if (first < 0)
            {
                first = analysis.TokenIndexAt(claim.Span.Start);
                words = WordCount(tokens, first, claim.Span.End);
            }

            var earlierFirst = analysis.TokenIndexAt(earlier.Span.Start);
            var before = WordCount(tokens, earlierFirst, earlier.Span.End);
            var shared = SharedWords(tokens, first, claim.Span.End, earlierFirst, earlier.Span.End);
            if (shared >= Math.Min(10, Math.Min(words, before)) && shared >= 6)
            {
                if (words > before)
                {
                    analysis.Claims[i] = earlier with { Span = claim.Span, Quote = claim.Quote, EventKey = earlier.EventKey ?? claim.EventKey, Topics = [.. earlier.Topics.Union(claim.Topics)] };
                }

                return true;
            }
        }

        return false;
    }

    // The words among the tokens from `first` that end by `end`.
    private static int WordCount(IReadOnlyList<Token> tokens, int first, int end)
    {
        var count = 0;
        for (var k = first; k < tokens.Count && tokens[k].Span.End <= end; k++)
        {
            count += tokens[k].IsWord ? 1 : 0;
        }

        return count;
    }

    // How many words two such stretches of tokens open with alike.
    private static int SharedWords(IReadOnlyList<Token> tokens, int a, int aEnd, int b, int bEnd)
    {
        var shared = 0;
        while (true)
        {
            while (a < tokens.Count && tokens[a].Span.End <= aEnd && !tokens[a].IsWord)
            {
                a++;
            }

            while (b < tokens.Count && tokens[b].Span.End <= bEnd && !tokens[b].IsWord)
            {
                b++;
            }

            if (a >= tokens.Count || tokens[a].Span.End > aEnd || b >= tokens.Count || tokens[b].Span.End > bEnd ||
                !string.Equals(tokens[a].Normalized, tokens[b].Normalized, StringComparison.Ordinal))
            {
                return shared;
            }

            shared++;
            a++;
            b++;
        }
    }

    private static bool IsQuoteMark(SentenceContext ctx, int token) =>
        ctx.Tokens[token].Span.Length == 1 && ctx.Analysis.Text[ctx.Tokens[token].Span.Start] is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019';

    /// <summary>
    /// A quotation mark left at either edge of the quote with no partner inside it (the quote began or ended
    /// where the quotation did, but not both), or a lone pair wrapping all of it, is punctuation of the
    /// sentence, not part of what was said.
    /// </summary>
    private static (int First, int Last) WithoutStrayQuoteMark(SentenceContext ctx, int first, int last)
    {
        var marks = 0;
        for (var i = first; i <= last; i++)
        {
            marks += IsQuoteMark(ctx, i) ? 1 : 0;
        }

        // Lone quotation marks around the whole quote: the marks are the sentence's, the words the speaker's.
        if (marks == 2 && last - first >= 2 && IsQuoteMark(ctx, first) && IsQuoteMark(ctx, last))
        {
            return (first + 1, last - 1);
        }

        if (marks % 2 == 1 && first < last)
        {
            if (IsQuoteMark(ctx, first))
            {
                first++;
            }
            else if (IsQuoteMark(ctx, last))
            {
                last--;
            }
        }

        return (first, last);
    }

    /// <summary>True when the bracket opened at <paramref name="open"/> closes at the end of the quote (only punctuation after it).</summary>
    private static bool ClosesAtEnd(SentenceContext ctx, int open, int quoteLast)
    {
        var close = ctx.Find(")", open + 1, quoteLast);
        if (close < 0)
        {
            return true; // an unclosed bracket runs to the end
        }

        for (var i = close + 1; i <= quoteLast; i++)
        {
            if (ctx.Tokens[i].IsWord)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The "while", "whereas", "although" or "but" after a comma or semicolon (or "although" after a dash) that opens a
    /// second report with its own speaker ("…, while Yerevan has claimed …", "; but Baku said …", "…, while the organisers
    /// of the march said …"): a party, an outlet or an unnamed source noun heads the clause within three words, and a
    /// speech verb follows the head within twelve tokens of the same clause (no comma between); -1 when there is none.
    /// </summary>
    private int ContrastedReport(SentenceContext ctx, IReadOnlyList<string> speech, int last)
    {
        // The conjunction after the sentence's first two tokens and before its last: its comma from the second token on.
        var comma = ctx.FindAny(ContrastOpeners, ctx.FirstToken + 1, last - 1, out _);
        var dashed = ctx.FindAny(DashedContrast, ctx.FirstToken + 2, last - 1, out _);
        while (comma >= 0 || dashed >= 0)
        {
            int i;
            if (dashed < 0 || (comma >= 0 && comma < dashed))
            {
                i = comma + 1;
                comma = ctx.FindAny(ContrastOpeners, comma + 1, last - 1, out _);
            }
            else
            {
                i = ctx.Tokens[dashed - 1].Normalized == "-" ? dashed : -1;
                dashed = ctx.FindAny(DashedContrast, dashed + 1, last - 1, out _);
                if (i < 0)
                {
                    continue;
                }
            }

            // (An outlet reports too: "…, while Armenian media put the crowd at …".)
            foreach (var m in ctx.Mentions)
            {
                if (m.Kind is not (EntityKind.Place or EntityKind.Route) && m.FirstToken > i && m.FirstToken - i <= 3 && SpeechInClause(ctx, speech, m.LastToken, last))
                {
                    return i;
                }
            }

            // ("…, while the police put the crowd at …": a source the text does not name.)
            for (var head = i + 1; head <= i + 3 && head < last; head++)
            {
                if (_speakers.Sources.IsNoun(ctx.Word(head)) && SpeechInClause(ctx, speech, head, last))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// ", but insisted that …", ", but denied that …": a contrasting conjunction opening a second verb of speech or denial with
    /// no subject of its own (so the first clause's speaker says it), after a first clause that has a verb of speech: the
    /// conjunction's token, the verb's, how many tokens the verb takes, and whether it denies; or null.
    /// </summary>
    private (int But, int Verb, int Length, bool Denies)? SecondStatement(SentenceContext ctx, IReadOnlyList<string> speech, IReadOnlyList<string> denial, int last)
    {
        for (var but = ctx.Find(", but", ctx.FirstToken + 2, last - 4); but >= 0; but = ctx.Find(", but", but + 1, last - 4))
        {
            var at = but + 2;
            if (ctx.Word(at) is "also" or "later" or "then" or "firmly" or "strongly")
            {
                at++;
            }

            if (ctx.FindAny(speech, ctx.FirstToken, but - 1, out _) < 0)
            {
                continue;
            }

            if (ctx.FindAny(denial, at, at + 2, out var denied) == at)
            {
                return (but + 1, at, SentenceContext.KeyOf(denied!).Length, true);
            }

            if (ctx.FindAny(speech, at, at + 2, out var said) == at)
            {
                return (but + 1, at, SentenceContext.KeyOf(said!).Length, false);
            }
        }

        return null;
    }

    /// <summary>
    /// The second statement <paramref name="turn"/> found, as a claim of the speaker of <paramref name="first"/>: it denies
    /// when its verb does, or when it says something was not talked about ("no corridor … had been mentioned").
    /// </summary>
    private Claim? SameSpeakerGoesOn(SentenceContext ctx, Claim first, (int But, int Verb, int Length, bool Denies) turn, int last)
    {
        var from = turn.Verb + turn.Length;
        if (ctx.Word(from) == "that")
        {
            from++;
        }

        while (last > from && ctx.Tokens[last].Kind == TokenKind.Punctuation && ctx.Tokens[last].Normalized is "." or "," or ";")
        {
            last--;
        }

        if (!HasWords(ctx, from, last, 4))
        {
            return null;
        }

        var unsaid = Denials.NegatesDiscussion(ctx, from - 1, last) ||
            (ctx.Word(from) is "no" or "nothing" or "none" && ctx.FindAny(TalkedVerbs, from + 1, last, out _) > from);
        var stance = turn.Denies || unsaid || _responsibility.RejectsBlame(ctx, from, last) ? ClaimStance.Denies : ClaimStance.Asserts;
        var span = ctx.SpanOf(from, last);
        var topics = DocumentTopics.For(ctx.Analysis, _cues).TopicsIn(from, last);
        var ev = ctx.Analysis.Events.FirstOrDefault(e => e.Key == first.EventKey);
        return new Claim
        {
            Id = NextClaimId(ctx.Analysis),
            DocumentId = ctx.Analysis.Document.Id,
            Span = span,
            Quote = span.Slice(ctx.Analysis.Text),
            Speaker = first.Speaker,
            Via = first.Via,
            Source = first.Source,
            Stance = stance,
            EventKey = first.EventKey,
            Topics = topics,
            Values = _values.Of(ev, topics, stance, ctx, from, last),
        };
    }

    private static readonly string[] TalkedVerbs = ["discussed", "raised", "mentioned", "addressed", "touched upon", "on the agenda"];

    /// <summary>True when a speech verb follows the subject ending at <paramref name="head"/> within twelve tokens of its clause.</summary>
    private static bool SpeechInClause(SentenceContext ctx, IReadOnlyList<string> speech, int head, int last)
    {
        var verb = ctx.FindAny(speech, head + 1, Math.Min(last, head + 12), out _);
        if (verb < 0)
        {
            return false;
        }

        for (var k = head + 1; k < verb; k++)
        {
            if (ctx.Word(k) is "," or ";" or ":" or "that" or "which" or "who")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The "who" of a relative clause that reports speech ("denied by the delegates, who claimed that …") after a
    /// speech or denial verb of the main clause, or -1.
    /// </summary>
    private static int RelativeReport(SentenceContext ctx, IReadOnlyList<string> speech, IReadOnlyList<string> denial, int last)
    {
        var main = Math.Min(Found(ctx.FindAny(speech, ctx.FirstToken, last, out _)), Found(ctx.FindAny(denial, ctx.FirstToken, last, out _)));
        if (main == int.MaxValue)
        {
            return -1;
        }

        // Each "who" from two tokens after the main verb to the token before the last, found in the document's index.
        for (var i = ctx.Find(Who, main + 2, last - 1); i >= 0; i = ctx.Find(Who, i + 1, last - 1))
        {
            if (ctx.FindAny(speech, i + 1, Math.Min(last, i + 2), out _) >= 0)
            {
                return i;
            }
        }

        return -1;

        static int Found(int at) => at < 0 ? int.MaxValue : at;
    }

    // A loop, not LastOrDefault with a lambda: a lambda reading the sentence made its closure for every sentence.
    private static LinkedMention? LastActorEndingAt(SentenceContext ctx, int last)
    {
        var actors = ctx.ActorList;
        for (var k = actors.Count - 1; k >= 0; k--)
        {
            if (actors[k].LastToken == last)
            {
                return actors[k];
            }
        }

        return null;
    }

    /// <summary>The last token of the main clause before the relative "who" at <paramref name="who"/> (before its comma, if any).</summary>
    private static int RelativeEnd(SentenceContext ctx, int who) => ctx.Word(who - 1) == "," ? who - 2 : who - 1;

    /// <summary>", which Y denied" closing a sentence: the comma and the denial verb.</summary>
    private (int Comma, int Which, int Verb)? RelativeDenial(SentenceContext ctx, IReadOnlyList<string> denial)
    {
        var which = ctx.FindAny(_relativeOpeners, ctx.FirstToken, ctx.LastToken, out _);
        if (which < 0)
        {
            return null;
        }

        var verb = ctx.FindAny(denial, which + 2, ctx.LastToken, out _);
        return verb < 0 || verb - which > 12 ? null : (which, which + 1, verb);
    }

    /// <summary>
    /// The denial half of "P, which Y denied": Y denies what the claim of the same sentence asserted, or, when the sentence
    /// made none ("Baku has charged him with espionage, which he denies"), what its main clause tells. Y is a party named
    /// in the clause, a person "he" or "she" stands for (the last named before), or an unnamed source ("a charge police deny").
    /// </summary>
    private Claim? Denial(SentenceContext ctx, (int Comma, int Which, int Verb) r, Claim? asserted)
    {
        var speaker = ctx.Mentions.FirstOrDefault(m => m.FirstToken > r.Which && m.LastToken < r.Verb && m.Kind is not (EntityKind.Place or EntityKind.Route))?.Mention.EntityId;
        string? source = null;
        for (var k = r.Which + 1; speaker is null && source is null && k < r.Verb; k++)
        {
            if (ctx.Word(k) is "he" or "she")
            {
                speaker = ctx.Mentions.LastOrDefault(m => m.LastToken < r.Comma && m.Kind == EntityKind.Person)?.Mention.EntityId ?? _speakers.LastPerson;
            }
            else if (_speakers.Sources.IsNoun(ctx.Word(k)))
            {
                source = UnnamedSources.Key(ctx.Word(k));
            }
        }

        // ("a charge the interior ministry denied": a definite noun phrase of no known party is an unnamed source, its head noun.)
        var head = r.Verb - 1;
        while (head > r.Which && ctx.Word(head) is "has" or "have" or "had" or "also" or "later" or "swiftly" or "strongly" or "flatly")
        {
            head--;
        }

        if (speaker is null && source is null && ctx.Find("the", r.Which + 1, head - 1) > r.Which && ctx.Tokens[head].IsWord && head - ctx.Find("the", r.Which + 1, head - 1) <= 3)
        {
            source = UnnamedSources.Key(ctx.Word(head));
        }

        if (speaker is null && source is null)
        {
            return null;
        }

        var last = r.Verb;
        while (last < ctx.LastToken && ctx.Tokens[last + 1].IsWord)
        {
            last++;
        }

        // With no claim to answer, the main clause is what is denied, and the quote holds it.
        var span = ctx.SpanOf(asserted is null ? ctx.FirstToken : r.Which, last);
        var mainEnd = ctx.Tokens[r.Comma].Span.Start;
        var ev = asserted is not null
            ? ctx.Analysis.Events.FirstOrDefault(e => e.Key == asserted.EventKey)
            : ctx.Analysis.Events.FirstOrDefault(e => e.Span.Start >= ctx.Sentence.Span.Start && e.Span.End <= mainEnd);
        List<string> topics = asserted is not null ? [.. asserted.Topics] : [.. DocumentTopics.For(ctx.Analysis, _cues).TopicsIn(ctx.FirstToken, r.Comma - 1)];
        return new Claim
        {
            Id = NextClaimId(ctx.Analysis),
            DocumentId = ctx.Analysis.Document.Id,
            Span = span,
            Quote = span.Slice(ctx.Analysis.Text),
            Speaker = speaker,
            Via = speaker is not null && pack.Find(speaker)?.Kind == EntityKind.Outlet ? speaker : null,
            Source = speaker is null ? source : null,
            Stance = ClaimStance.Denies,
            EventKey = ev?.Key,
            Answers = asserted?.Id,
            Topics = topics,
            Values = _values.Of(ev, topics, ClaimStance.Denies, ctx, r.Which, last),
        };
    }

    /// <summary>
    /// The meeting a claim about an agenda speaks of when its own sentence names none: the latest one reported
    /// in the three sentences before ("... held a meeting. The sides discussed reintegration, media said.").
    /// </summary>
    private static EventMention? EarlierMeeting(SentenceContext ctx)
    {
        var sentences = ctx.Analysis.Sentences;
        var index = ctx.Sentence.Index;
        var from = index >= 3 ? sentences[index - 3].Span.Start : 0;
        return ctx.Analysis.Events.LastOrDefault(e => e.Type == EventType.Meeting && e.Span.Start >= from && e.Span.End <= ctx.Sentence.Span.Start);
    }

    private Claim? Read(SentenceContext ctx, IReadOnlyList<string> speech, IReadOnlyList<string> denial, IReadOnlyList<string> according, Claim? previous, int last)
    {
        _unknownPersonSpoke = false;
        var (via, outletAt) = Speakers.CitedOutlet(ctx, last);
        var (quoteFirst, quoteLast) = (ctx.FirstToken, last);
        string? speaker = null;
        string? accused = null; // whom "accused X of …" or "blamed X for …" names
        string? sourceNoun = null; // the unnamed source that made it ("police said"), told apart from other unnamed ones
        var stance = ClaimStance.Asserts;

        var acc = ctx.FindAny(according, ctx.FirstToken, last, out var accPhrase);
        var den = ctx.FindAny(denial, ctx.FirstToken, last, out var denPhrase);
        // "to settle all disputes", "the rejections": a denial verb's form used as a noun denies nothing.
        while (den >= 0 && SpeechVerbForms.UsedAsNoun(ctx, den))
        {
            den = ctx.FindAny(denial, den + 1, last, out denPhrase);
        }
        var say = _verbForms.FirstOutsideQuotes(ctx, speech, last, out var sayPhrase);
        if (say < 0)
        {
            say = EvidenceFromSource(ctx, last, out sayPhrase);
        }

        // "Armenia rejected Baku's offer, the spokesperson told reporters": turning down an offer is a refusal the speaker
        // reports, not a denial of anything said.
        if (den >= 0 && say >= 0 && ctx.Word(den) is "rejected" or "rejects" && RefusesAnOffer(ctx, den + SentenceContext.KeyOf(denPhrase!).Length))
        {
            den = -1;
        }

        // "The ministry said Armenian units fired first, and denied targeting civilians": what was said ends where the
        // coordinated denial begins, when that denial is too short to stand as a claim of its own.
        var coordinatedDenial = -1;
        if (den >= 0 && say >= 0 && say < den && ctx.Word(den - 1) == "and" && den - say > 5 &&
            !HasWords(ctx, den + SentenceContext.KeyOf(denPhrase!).Length, last, 4))
        {
            coordinatedDenial = den;
            den = -1;
        }

        var anaphoric = false;

        // "..., the minister noted, citing the troops stationed there": the speaker cites evidence; "citing" does
        // not hand the claim to what is cited.
        // Nor does "…, X said by phone, according to a readout released by his ministry": a record of what X, named right
        // before the verb, said names no other speaker.
        // So does "X, citing sources in Y, reported that …": an aside of the subject before its own verb.
        if (acc >= 0 && say >= 0 && ((say < acc &&
            (accPhrase == "citing" || (accPhrase == "according to" && AnyMentionEndsWithin(ctx, say, 1) && _speakers.RecordNamingNoOne(ctx, acc + 2, last)))) ||
            (accPhrase == "citing" && acc > say - 12 && ctx.Word(acc - 1) == "," && ctx.Word(say - 1) == ",")))
        {
            acc = -1;
        }

        // "Pashinyan rejected the proposal on Monday, saying it would undermine ...": what the participle reports is
        // the claim of the main clause's subject, whatever that clause did.
        string? sayingPhrase = null;
        var saying = say < 0 || ctx.Word(say) == "saying" ? ctx.FindAny(SayingOpeners, ctx.FirstToken, last, out sayingPhrase) : -1;
        // "X was quoted by TASS as saying …": the person spoke, the outlet carried it (neither "quoted by" nor "saying" alone says so).
        var quotedAs = QuotedAsSaying.Read(ctx, last);
        // A denial before it keeps the claim its own ("rejected attempts to blame them, saying ..."), unless what it turns
        // down is an offer, which is a refusal, not a denial of anything said.
        if (quotedAs is { } reported)
        {
            speaker = reported.Speaker is { } person ? _speakers.Behind(ctx, person) : null;
            via = reported.Channel is { Kind: EntityKind.Outlet } channel ? channel.Mention.EntityId : via;
            (quoteFirst, quoteLast) = (reported.QuoteFirst, last);
            if (speaker is null && via is null)
            {
                return null;
            }
        }
        else if (saying > ctx.FirstToken + 2 && (den < 0 || den > saying || RefusesAnOffer(ctx, den + SentenceContext.KeyOf(denPhrase!).Length)) &&
            Speakers.MainSubject(ctx, saying) is { } subject)
        {
            speaker = _speakers.Behind(ctx, subject);
            quoteFirst = saying + SentenceContext.KeyOf(sayingPhrase!).Length;
            quoteFirst += ctx.Word(quoteFirst) == "that" ? 1 : 0;
            quoteLast = last;
        }
        else if (den >= 0)
        {
            stance = ClaimStance.Denies;
            // "was denied by Y", "denied by Y": the agent of a passive; "rejected claims by Yerevan" names whose claims.
            var by = ctx.Find("by", den, Math.Min(last, den + 3));
            if (by > den + SentenceContext.KeyOf(denPhrase!).Length && ctx.Word(den - 1) is not ("was" or "were" or "been" or "is" or "are" or "being"))
            {
                by = -1;
            }

            speaker = _speakers.OfDenial(ctx, den, by);

            // "this was denied by Y (who …)": Y denies what came before; the quote is the denial itself.
            anaphoric = (by >= 0 && PointingBack.AnaphoricSubject(ctx, den)) || PointingBack.AnaphoricObject(ctx, den) >= 0;
            if (anaphoric && by >= 0)
            {
                quoteFirst = Math.Max(ctx.FirstToken, den - 2);
                while (quoteFirst > ctx.FirstToken && ctx.Tokens[quoteFirst].Normalized is not ("this" or "that" or "it" or "these" or "such"))
                {
                    quoteFirst--;
                }

                var agentMention = ctx.Mentions.FirstOrDefault(m => m.FirstToken > by && m.FirstToken - by <= 5);
                quoteLast = agentMention?.LastToken ?? Math.Min(last, by + 1);
                while (quoteLast < last && ctx.Tokens[quoteLast + 1].IsWord && ctx.Tokens[quoteLast + 1].Normalized is not ("who" or "which" or "that" or "and" or "but"))
                {
                    quoteLast++;
                }
            }

            var end = den + SentenceContext.KeyOf(denPhrase!).Length;
            if (anaphoric && by < 0)
            {
                // "Azerbaijan has dismissed the accusations as provocative": the denial is the whole clause.
                quoteFirst = ctx.FirstToken;
            }
            else if (end <= last && by < 0)
            {
                // ("denied on Wednesday that …", "rejected in a statement that …": when and where stand before the "that".)
                var that = ThatAfterAddressee(ctx, den, end, last);
                quoteFirst = ctx.Word(that) == "that" ? that + 1 : end;
                // "Baku denied any involvement and said its engineers were ready …": the denial ends where a
                // coordinated verb of speech begins another statement.
                var and = ctx.Find("and", quoteFirst + 1, last - 1);
                // (A denial too short to stand as a quote on its own, "denied any involvement", keeps what follows.)
                if (and > quoteFirst && ctx.Word(and + 1) is "said" or "says" or "added" or "adds" or "stated" or "noted" or "told" or "insisted" or "stressed" &&
                    HasWords(ctx, quoteFirst, and - 1, 4))
                {
                    quoteLast = and - 1;
                }
            }
        }
        else if (acc >= 0)
        {
            var end = acc + SentenceContext.KeyOf(accPhrase!).Length;
            (speaker, sourceNoun) = _speakers.OfAccording(ctx, end - 1);
            var comma = NextComma(ctx, end);
            if (acc == ctx.FirstToken && comma > 0)
            {
                quoteFirst = comma + 1;
            }
            else if (acc > ctx.FirstToken)
            {
                quoteLast = Math.Max(ctx.FirstToken, acc - 1);
            }
        }
        else if (say >= 0)
        {
            // "We, the leaders ..., have hereby stated the following": the text itself declaring, not a report of speech.
            if (ctx.Word(say - 1) == "hereby" || ctx.Word(say - 2) == "hereby")
            {
                return null;
            }

            var end = say + SentenceContext.KeyOf(sayPhrase!).Length;
            var spoke = _speakers.OfSpeechVerb(ctx, say, sayPhrase!, end, last);
            _unknownPersonSpoke = spoke.UnknownPerson;
            speaker = spoke.Speaker;
            var (hasAside, source, they, nounSubject) = (spoke.HasAside, spoke.Source, spoke.They, spoke.NounSubject);
            sourceNoun = source >= 0 ? ctx.Word(source) : null;
            var subjectNear = AnyMentionEndsWithin(ctx, say, 6);
            // "told Armenpress that ...", "said in an interview with APA that ...": whom it was told and where stand
            // between the verb and the "that" that opens what was said.
            end = ThatAfterAddressee(ctx, say, end, last);
            // ("He repeated that …": a verb that reports speech only before "that" holds it in its phrase.)
            var thatInPhrase = sayPhrase!.EndsWith(" that", StringComparison.Ordinal) && ctx.Word(end - 1) == "that";
            var followedByThat = end <= last && (ctx.Word(end) == "that" || thatInPhrase);
            // "P, Mammadov noted, citing Q": the attribution stands between commas; what was said is P with the
            // evidence Q it rests on, so the quote keeps the whole sentence.
            // (Whom it was told and when may stand before that comma: "…, X told reporters on Monday, confirming Q".)
            var between = end <= last && (ctx.Word(end) == "," || (ctx.Word(say) is "told" or "tells" && ShortTailBeforeComma(ctx, end, last))) && !hasAside && LastBeforeSpeaker(ctx, say) is var before &&
                          before < say - 1 && ctx.Word(before + 1) == "," && say - before <= 8;
            // "The talks were useful, Lavrov said (on Tuesday).": a closing attribution, however short the sentence;
            // what was said stands before its comma.
            // ('"P," Armenian Foreign Minister X said by phone to …': so is a quotation that opens the sentence and closes right
            // before the subject of the verb, however long the title and what follows.)
            var closing = !between && !followedByThat && !hasAside && LastBeforeSpeaker(ctx, say) is var lead && lead > ctx.FirstToken + 1 &&
                          lead < say - 1 && ctx.Word(lead + 1) == "," && ((say - lead <= 8 && !HasWords(ctx, end, last, 5)) || QuotationBeforeSubject(ctx, lead, say, last));
            if (between)
            {
                (quoteFirst, quoteLast) = (ctx.FirstToken, last);
            }
            else if (!closing && end <= last && (followedByThat || hasAside || they || spoke.Coordinated || spoke.Relayed || (subjectNear && say - ctx.FirstToken <= 12) ||
                // ("A source in X said …. The source said P": a subject that opens the sentence and stands for a party named
                // before is no part of what was said either; one that stands for no one stays, to say who spoke.)
                ((nounSubject || source >= 0) && speaker is not null && say - ctx.FirstToken <= 6 && !Speakers.HasPunctuation(ctx, ctx.FirstToken, say - 1))))
            {
                quoteFirst = followedByThat && !thatInPhrase ? Math.Min(end + 1, last) : end;
            }
            else if (closing || (say > ctx.FirstToken + 3 && ctx.Word(say - 1) is "," or "\u201D") || PreviousIsQuoteEnd(ctx, say))
            {
                quoteLast = LastBeforeSpeaker(ctx, say);
                // '"Nothing was signed," X wrote on Facebook, "but …"': a quotation its attribution breaks, whose first part
                // is too short to stand alone, is quoted whole.
                if (!HasWords(ctx, quoteFirst, quoteLast, 4) && ResumesQuotation(ctx, say, last))
                {
                    quoteLast = last;
                }
            }

            if (coordinatedDenial > quoteFirst)
            {
                quoteLast = Math.Min(quoteLast, coordinatedDenial - 2);
            }

            // "called the visit a provocation", "described the talks as useful", "accused Baku of …": what was said is the
            // verb's labelling of its object, so the quote keeps the verb.
            // So does an appeal: "called on Baku to reopen the road", "urged restraint".
            if (quoteFirst == end && ((ctx.Word(say) is "called" or "calls" or "described" or "describes" or "branded" or "brands" or "termed" or "dubbed" or "labelled" or "labeled" or "accused" or "accuses" or "blamed" or "blames" &&
                ctx.Word(end) is not ("on" or "upon" or "for" or "that" or "," or "to")) || SpeechVerbForms.IsAppeal(ctx, say) || IsEstimate(ctx, say)))
            {
                quoteFirst = say;
                accused = ctx.Word(say) is "accused" or "accuses" or "blamed" or "blames" ? _speakers.ActorAfter(ctx, say) : null;
            }

            // An unnamed source, or a subject naming no known party ("the editorial team wrote"), still makes a claim, in nobody's name.
            if (speaker is null && via is null && source < 0 && !they && !nounSubject && !hasAside && !spoke.Relayed)
            {
                return null;
            }
        }
        else if (_denials.Discredits(ctx, last))
        {
            // "X's claims about Y are lies": the text itself denies what someone else says.
            stance = ClaimStance.Denies;
        }
        else if (via is null && CountsCasualties(ctx, ctx.FirstToken, last))
        {
            // "Five servicemen were killed in the incident": a toll is where accounts differ, so the text's own
            // statement of it is a claim, made in its own voice.
        }
        else if (via is null)
        {
            return null;
        }

        // Drop a trailing parenthetical citation from the quote; an aside inside it ("the CSTO (CSTO) has") stays.
        var paren = ctx.Find("(", quoteFirst, quoteLast);
        while (paren > quoteFirst && !ClosesAtEnd(ctx, paren, quoteLast))
        {
            paren = ctx.Find("(", paren + 1, quoteLast);
        }

        if (paren > quoteFirst)
        {
            quoteLast = paren - 1;
        }

        while (quoteLast > quoteFirst && ctx.Tokens[quoteLast].Kind == TokenKind.Punctuation && ctx.Tokens[quoteLast].Normalized is "." or "," or ";")
        {
            quoteLast--;
        }

        // "Azerbaijan denied involvement.": a named party's denial too short for a quote of its own is the whole sentence.
        var fewest = 4;
        if (stance == ClaimStance.Denies && speaker is not null && quoteFirst > ctx.FirstToken && !HasWords(ctx, quoteFirst, quoteLast, 4) &&
            HasWords(ctx, ctx.FirstToken, quoteLast, 3) && !HasWords(ctx, ctx.FirstToken, quoteLast, 9))
        {
            (quoteFirst, fewest) = (ctx.FirstToken, 3);
        }

        // A claim states something: a byline ("Al Jazeera News :") or a dateline is no claim. A count says much in
        // few words ("400 people took part").
        if (quoteLast < quoteFirst || ctx.Tokens[ctx.LastToken].Normalized == ":" ||
            (!HasWords(ctx, quoteFirst, quoteLast, fewest) &&
             !(HasWords(ctx, quoteFirst, quoteLast, 2) && QuantityReader.Read(ctx.Tokens, quoteFirst, quoteLast).Count > 0)))
        {
            return null;
        }

        // "We oppose attempts to blame Russia": pushing blame back is a denial, whatever the speech verb, and so is
        // saying something was not discussed ("the delegation did not discuss any integration").
        // So is calling what another said untrue: "The information spread by Yerevan is false, the ministry said."
        // So is saying a party did not start it: "It was not Yerevan that began the shelling."
        var notInstigator = _responsibility.NotTheInstigator(ctx, quoteFirst, quoteLast);
        if (stance == ClaimStance.Asserts && (_responsibility.RejectsBlame(ctx, quoteFirst, quoteLast) || Denials.NegatesDiscussion(ctx, quoteFirst, quoteLast) ||
            (quoteFirst == ctx.FirstToken && _denials.Discredits(ctx, quoteLast)) || notInstigator is not null))
        {
            stance = ClaimStance.Denies;
        }

        // 'The PM added: "We will …"': the colon that opens what was said is not part of it.
        while (quoteFirst < quoteLast && ctx.Word(quoteFirst) == ":")
        {
            quoteFirst++;
        }

        (quoteFirst, quoteLast) = WithoutStrayQuoteMark(ctx, quoteFirst, quoteLast);
        var span = ctx.SpanOf(quoteFirst, quoteLast);
        var quote = span.Slice(ctx.Analysis.Text);
        var topics = DocumentTopics.For(ctx.Analysis, _cues).TopicsIn(quoteFirst, quoteLast);
        var ev = EventOf(ctx);

        // A bare denial ("this was denied by …") is about what the previous claim asserted.
        string? answers = null;
        // A happening told earlier in the denial's own paragraph is what it is about ("The gas supply was cut. The
        // authorities blamed Baku; Baku denied any involvement."), not a claim of an earlier paragraph.
        var previousInParagraph = previous is not null && !Parley.Extraction.Text.Paragraphs.BreakBetween(ctx.Analysis.Text, previous.Span.End, ctx.Sentence.Span.Start);
        var toldBefore = ev is null && stance == ClaimStance.Denies && !anaphoric && !previousInParagraph ? EventEarlierInParagraph(ctx) : null;
        // (Only a bare denial: one that says what it denies in a clause of its own, "denied that the recognition of
        // Karabakh had been agreed", is about that, not about the agenda of the claim before.)
        if (stance == ClaimStance.Denies && ((topics.Count == 0 && !HasWords(ctx, quoteFirst, quoteLast, 6)) || anaphoric) && previous is not null && toldBefore is null)
        {
            // "X said Armenian forces shelled Ganja. Armenia denied the accusation.": another side's report of a hostile act
            // just before, in the same paragraph, is what "the accusation" is, whatever words it used.
            var answersPrevious = previousInParagraph && previous.Stance == ClaimStance.Asserts && previous.Speaker != speaker &&
                                  ctx.Analysis.Events.Find(e => e.Key == previous.EventKey) is { } told && Array.IndexOf(Responsibility.HostileActs, told.Type) >= 0;
            var target = anaphoric && !answersPrevious ? PointingBack.Antecedent(ctx, PointingBack.AnaphoricObject(ctx, den)) ?? previous : previous;
            topics = [.. target.Topics];
            ev = ctx.Analysis.Events.FirstOrDefault(e => e.Key == target.EventKey) ?? ev;
            answers = anaphoric && target.Stance == ClaimStance.Asserts ? target.Id : null;
        }
        else if (toldBefore is not null)
        {
            ev = toldBefore;
        }

        // "Karabakh officials accused Azerbaijan of damaging the pipeline. Baku denied any involvement": a denial by the
        // side the accusation just before named answers it.
        if (answers is null && stance == ClaimStance.Denies && speaker is not null && previousInParagraph && previous!.Stance == ClaimStance.Asserts &&
            _accused.TryGetValue(previous.Id, out var named) && SideOf(named) == SideOf(speaker) && SideOf(previous.Speaker) != SideOf(speaker))
        {
            answers = previous.Id;
        }

        // ("No mediator attended the meeting": who took part is said of the meeting told just before, as its agenda is;
        // so is what was not discussed: "X did not address the transfer of villages".)
        if (ev is null && (ctx.FindAny(_agendaCues, ctx.FirstToken, last, out _) >= 0 || _attendance.Tells(ctx, quoteFirst, quoteLast) ||
                           (stance == ClaimStance.Denies && Denials.NegatesDiscussion(ctx, quoteFirst, quoteLast))))
        {
            ev = EarlierMeeting(ctx);
        }

        // "Y attended the meeting, she said": a meeting named with "the" right after the verb of taking part is the one told
        // before, not another the sentence seems to report of its own.
        if (ev is { Type: EventType.Meeting } && ev.Span.Overlaps(ctx.Sentence.Span) && _attendance.PointsBack(ctx, quoteFirst, quoteLast) &&
            EarlierMeeting(ctx) is { } toldMeeting)
        {
            ev = toldMeeting;
        }

        // "Baku said 71 of its servicemen were killed": a toll told on its own is about the clash it was added to.
        ev ??= EventGivenCount(ctx, quoteFirst, quoteLast);

        // "Baku denied that the road is blocked": a denial of a standing state is about the one of that kind told before.
        if (ev is null && stance == ClaimStance.Denies)
        {
            ev = _denials.StandingStateDenied(ctx, quoteFirst, quoteLast);
        }

        // "Speaking after the talks, X said 71 servicemen had died": the dead belong to the clash that killed them, not to
        // the meeting or deal the sentence also names.
        if (ev is not null && ev.Type != EventType.Protest && Array.IndexOf(Responsibility.HostileActs, ev.Type) < 0 && RivalCounts.GivesToll(ctx, quoteFirst, quoteLast) &&
            (EventGivenCount(ctx, quoteFirst, quoteLast) ?? RivalCounts.LatestCounting(ctx.Analysis, QuantityKind.Killed, ctx.Sentence.Span.Start)) is { } clash)
        {
            ev = clash;
        }

        // '"The Azerbaijani side did not open fire," the ministry said': a side said not to have begun it or struck, naming no
        // happening, speaks of the last clash the document told.
        if (ev is null && notInstigator is not null)
        {
            ev = RivalCounts.LatestCounting(ctx.Analysis, QuantityKind.Killed, ctx.Sentence.Span.Start);
        }

        // "Baku denied that any of its troops had crossed the line": a denial of what the denier's own side did, naming no
        // happening of its own, is about the hostile act by that side another side reported earlier in the document; failing
        // that, about the clash the denier's own side told of ("Baku said Armenian units opened fire … It denied that its
        // troops had crossed into Armenian territory").
        if (ev is null && stance == ClaimStance.Denies && speaker is not null && SideOf(speaker) is { } deniersSide && _responsibility.DeniesOwnSidesAct(ctx, quoteFirst, deniersSide))
        {
            ev = _responsibility.ActReportedAgainst(ctx, deniersSide) ?? OwnSidesClash(ctx, deniersSide);
        }

        // "X said the family had learned of it only from Azerbaijani media": an outlet named inside what was said (a quote
        // that leaves out the speech verb) is part of it, not the channel it came through.
        if (outletAt >= quoteFirst && outletAt <= quoteLast && say >= 0 && (say < quoteFirst || say > quoteLast) && quotedAs is null)
        {
            via = null;
        }

        if (speaker is not null && pack.Find(speaker)?.Kind == EntityKind.Outlet)
        {
            via ??= speaker;
        }

        var id = NextClaimId(ctx.Analysis);
        if (accused is not null)
        {
            _accused[id] = accused;
        }

        // "rejected that figure": the denial disputes the count the answered claim gave, not that anything happened.
        var disputedAt = answers is not null && anaphoric ? PointingBack.AnaphoricObject(ctx, den) : -1;
        var disputesCount = disputedAt >= 0 && Array.IndexOf(RivalCounts.CountNouns, ctx.Word(disputedAt)) >= 0;
        // "Azerbaijani officials denied that their troops had crossed into Armenian territory", of a clash the denier's own
        // side told as fought ("Baku said Armenian forces shelled its positions"), or of a strike laid on its side whose
        // dead or wounded are told ("Armenia's ministry denied firing at Ganja" after "the strike killed nine"): the side
        // denies its own part in the fighting (a blame), not that it happened. (Where only the other side told of an act
        // that harmed no one, it denies the act.)
        var ownPartDenied = stance == ClaimStance.Denies && notInstigator is null && !anaphoric && ev?.Type == EventType.ArmedClash &&
                            SideOf(speaker) is { } ownSide && _responsibility.DeniesOwnSidesAct(ctx, quoteFirst, ownSide) &&
                            (ctx.Analysis.Claims.Exists(c => c.Stance == ClaimStance.Asserts && SideOf(c.Speaker) == ownSide &&
                                                             ctx.Analysis.Events.Find(e => e.Key == c.EventKey) is { Type: EventType.ArmedClash }) ||
                             (ev.Quantities.Any(q => q.Kind is QuantityKind.Killed or QuantityKind.Wounded) && ev.Actors.Any(a => SideOf(a) == ownSide)))
            ? SideOf(speaker) : null;
        var values = _values.Of(ev, topics, stance, ctx, quoteFirst, quoteLast,
            Responsibility.WhoStarted(ctx, quoteFirst, quoteLast) || notInstigator is not null || disputesCount || ownPartDenied is not null);
        if (notInstigator is not null || ownPartDenied is not null)
        {
            values.Add(new ClaimValue(ContradictionAttribute.Responsibility, ClaimValue.NotToBlame, true, ownPartDenied ?? SideOf(notInstigator)));
        }
        else if (stance == ClaimStance.Asserts && AccusedIn(ctx, quoteFirst, quoteLast) is { } blamed)
        {
            values.Add(new ClaimValue(ContradictionAttribute.Responsibility, ClaimValue.ToBlame, false, SideOf(blamed)));
        }
        else if (stance == ClaimStance.Asserts && _responsibility.StarterIn(ctx, quoteFirst, quoteLast) is { } starter)
        {
            values.Add(new ClaimValue(ContradictionAttribute.Responsibility, ClaimValue.ToBlame, false, SideOf(starter)));
            _saidBegan.Add(id);
        }
        else if (stance == ClaimStance.Asserts && ev is not null && _responsibility.Attacker(ctx, ev, quoteFirst, quoteLast) is { } attacker)
        {
            // "Azerbaijani forces attacked an Armenian post, the ministry said": an account of a clash that tells who struck
            // whom (not who began it) lays the attack on the side that struck; a rival account may lay it on the other.
            values.Add(new ClaimValue(ContradictionAttribute.Responsibility, Responsibility.Struck, false, attacker));
        }

        // "Yerevan rejected Baku's account": a side denying what was said, when an account just before blamed that side, clears it.
        if (notInstigator is null && stance == ClaimStance.Denies && den >= 0 && SideOf(speaker) is { } denier && _denials.DeniesAnAccount(ctx, den) &&
            _responsibility.BlamedJustBefore(ctx.Analysis, denier, _saidBegan))
        {
            values.Add(new ClaimValue(ContradictionAttribute.Responsibility, ClaimValue.NotToBlame, true, denier));
        }

        // "… and that its troops were only responding to provocations": the speaker's side says it did not begin it.
        if (notInstigator is null && stance == ClaimStance.Asserts && SideOf(speaker) is { } answering && _responsibility.OnlyAnswered(ctx, quoteFirst, quoteLast, answering) &&
            !values.Exists(v => v.Attribute == ContradictionAttribute.Responsibility && v.Subject == answering))
        {
            values.Add(new ClaimValue(ContradictionAttribute.Responsibility, ClaimValue.NotToBlame, true, answering));
        }

        if (disputesCount)
        {
            values.Add(new ClaimValue(ContradictionAttribute.Quantity, ClaimValue.CountDisputed, true));
        }

        // "Toivo Klaar attended the final session", "no mediator was present": who took part in the meeting.
        if (ev?.Type == EventType.Meeting)
        {
            values.AddRange(_attendance.Read(ctx, quoteFirst, quoteLast));
        }

        return new Claim
        {
            Id = id,
            DocumentId = ctx.Analysis.Document.Id,
            Span = span,
            Quote = quote,
            Speaker = speaker,
            Via = via,
            Source = speaker is null && via is null ? UnnamedSources.Key(sourceNoun) : null,
            Stance = stance,
            EventKey = ev?.Key,
            Answers = answers,
            Topics = topics,
            Values = values,
        };
    }

    /// <summary>The clash the latest claim of the document by <paramref name="side"/> asserted, or null.</summary>
    private EventMention? OwnSidesClash(SentenceContext ctx, string side)
    {
        var claims = ctx.Analysis.Claims;
        for (var k = claims.Count - 1; k >= 0; k--)
        {
            if (claims[k] is { Stance: ClaimStance.Asserts, EventKey: { } key } c && SideOf(c.Speaker) == side &&
                ctx.Analysis.Events.Find(e => e.Key == key) is { Type: EventType.ArmedClash } clash)
            {
                return clash;
            }
        }

        return null;
    }

    /// <summary>"accused Armenian forces of provocations", "blamed Baku for the attack": whom the quote accuses, or null.</summary>
    private string? AccusedIn(SentenceContext ctx, int first, int last)
    {
        for (var i = first; i < last; i++)
        {
            if (ctx.Word(i) is "accused" or "accuses" or "accusing" or "blamed" or "blames" or "blaming" && _speakers.ActorAfter(ctx, i) is { } accused &&
                ctx.Find(ctx.Word(i).StartsWith("acc", StringComparison.Ordinal) ? "of" : "for", i + 1, Math.Min(last, i + 7)) > i)
            {
                return accused;
            }
        }

        return null;
    }

    /// <summary>The side <paramref name="id"/> is on (a state, a body's state), or the id itself.</summary>
    private string? SideOf(string? id) => _responsibility.SideOf(id);

    /// <summary>"put the crowd at 50,000", "estimated the number of protesters at …": an estimate is said by the verb with its object.</summary>
    private static bool IsEstimate(SentenceContext ctx, int say) =>
        ctx.Word(say) is "put" or "puts" or "estimated" or "estimates" && ctx.Word(say + 1) is "the" or "attendance";

    /// <summary>
    /// The last clash (or protest) before the sentence that carries a toll (or crowd size) the quote gives (the events
    /// stage added it there), or null.
    /// </summary>
    private static EventMention? EventGivenCount(SentenceContext ctx, int first, int last)
    {
        List<Quantity>? given = null;
        for (var k = ctx.Analysis.Events.Count - 1; k >= 0; k--)
        {
            var e = ctx.Analysis.Events[k];
            if (e.Type is not (EventType.ArmedClash or EventType.Protest) || e.Span.End > ctx.Sentence.Span.Start || e.Quantities.Count == 0)
            {
                continue;
            }

            given ??= QuantityReader.Read(ctx.Tokens, first, last).ConvertAll(q => q.Quantity);
            if (given.Count == 0)
            {
                return null;
            }

            if (e.Quantities.Any(q => CountedFor(e.Type, q.Kind) && given.Exists(g => g.Kind == q.Kind && g.Value == q.Value)))
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>The counts sources give of a happening of <paramref name="type"/>: a clash's dead and wounded, a protest's crowd.</summary>
    private static bool CountedFor(EventType type, QuantityKind kind) =>
        type == EventType.Protest ? kind == QuantityKind.People : kind is QuantityKind.Killed or QuantityKind.Wounded;

    /// <summary>
    /// "Official records indicate that …", "figures show that …": a verb of evidence reports a claim when a source
    /// noun is its subject; the index of the verb, or -1.
    /// </summary>
    private int EvidenceFromSource(SentenceContext ctx, int last, out string? phrase)
    {
        for (var at = ctx.FindAny(_evidential, ctx.FirstToken, last, out phrase); at >= 0; at = ctx.FindAny(_evidential, at + 1, last, out phrase))
        {
            if (!InsideQuotes(ctx, at) && _speakers.Sources.SubjectOf(ctx, at) >= 0 && ctx.Word(at + 1) == "that")
            {
                return at;
            }
        }

        phrase = null;
        return -1;
    }

    private static bool PreviousIsQuoteEnd(SentenceContext ctx, int say)
    {
        for (var i = say - 1; i >= ctx.FirstToken && i >= say - 5; i--)
        {
            if (ctx.Tokens[i].Normalized is "\u201D" or "\"")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the sentence opens with a quotation whose closing mark follows the comma after <paramref name="lead"/> and
    /// is followed only by the verb's subject, a party named right before <paramref name="say"/>, in at most ten words; not
    /// when a participle of speech after the verb adds more of what was said (", adding that …").
    /// </summary>
    private static bool QuotationBeforeSubject(SentenceContext ctx, int lead, int say, int last)
    {
        if (!IsQuoteMark(ctx, ctx.FirstToken) || lead + 2 >= say || !IsQuoteMark(ctx, lead + 2) || say - lead > 12 ||
            ctx.FindAny(SpeechParticiples, say + 1, last, out _) >= 0)
        {
            return false;
        }

        for (var i = lead + 3; i < say; i++)
        {
            if (!ctx.Tokens[i].IsWord)
            {
                return false;
            }
        }

        return AnyMentionEndsWithin(ctx, say, 1);
    }

    private static int LastBeforeSpeaker(SentenceContext ctx, int say)
    {
        for (var i = say - 1; i > ctx.FirstToken; i--)
        {
            if (ctx.Tokens[i].Normalized is ",")
            {
                return i - 1;
            }
        }

        return say - 1;
    }

    /// <summary>
    /// True when a comma follows the speech verb's end <paramref name="end"/> after at most four words of whom it was told
    /// and when ("told reporters on Monday,"), none of them a "that" opening what was said nor a name (an outlet told, or
    /// the speaker after an inverted verb, keeps the quote before the attribution).
    /// </summary>
    private static bool ShortTailBeforeComma(SentenceContext ctx, int end, int last)
    {
        for (var i = end; i <= last && i <= end + 4; i++)
        {
            var w = ctx.Word(i);
            if (w == ",")
            {
                return i < last;
            }

            if (!ctx.Tokens[i].IsWord || w is "that" or "and" or "but" || ctx.Tokens[i].IsCapitalized)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The "that" after a speech verb's addressee or setting ("told reporters that", "said at a briefing on Monday
    /// that"), or <paramref name="end"/> when none: the words between must be an addressee after a verb of telling,
    /// or a phrase a preposition opens, with no comma and at most ten words; or an aside between commas ("claimed,
    /// without offering evidence, that").
    /// </summary>
    private static int ThatAfterAddressee(SentenceContext ctx, int say, int end, int last)
    {
        if (end < last && ctx.Word(end) == "," && ThatAfterAside(ctx, end, last) is var afterAside && afterAside > 0)
        {
            return afterAside;
        }

        var telling = ctx.Word(say) is "told" or "tells" or "tell" or "informed" or "informs" or "assured" or "assures" or "reminded" or "reminds" or "briefed";
        if (end > last || ctx.Word(end) == "that" || !(telling || ctx.Word(end) is "in" or "at" or "on" or "during" or "to" or "after" or "before" or "with" or "from"))
        {
            return end;
        }

        for (var i = end; i <= last && i <= end + 10; i++)
        {
            var w = ctx.Word(i);
            if (w == "that")
            {
                return i;
            }

            if (w is "," or ";" or ":" or "\u201C" or "\"" or "which" or "who")
            {
                break;
            }
        }

        return end;
    }

    /// <summary>
    /// True when the quotation goes on after the attribution whose verb is at <paramref name="say"/>: a comma right before
    /// an opening quotation mark, within eight tokens of the verb ('…," he said, "and …').
    /// </summary>
    private static bool ResumesQuotation(SentenceContext ctx, int say, int last)
    {
        for (var i = say + 1; i < last && i <= say + 8; i++)
        {
            if (ctx.Word(i) == "," && ctx.Tokens[i + 1].Normalized is "\u201C" or "\"")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The "that" that follows an aside opened by the comma at <paramref name="comma"/> and closed by the next comma, in
    /// at most eight words with no other mark ("said, however, that", "claimed, citing no source, that"), or -1.
    /// </summary>
    private static int ThatAfterAside(SentenceContext ctx, int comma, int last)
    {
        for (var i = comma + 1; i < last && i <= comma + 9; i++)
        {
            if (ctx.Word(i) == ",")
            {
                return i > comma + 1 && ctx.Word(i + 1) == "that" ? i + 1 : -1;
            }

            if (!ctx.Tokens[i].IsWord)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>True when the object from token <paramref name="at"/> on is an offer of some kind ("the proposal", "a US plan").</summary>
    private static bool RefusesAnOffer(SentenceContext ctx, int at)
    {
        for (var i = at; i <= ctx.LastToken && i < at + 4; i++)
        {
            if (ctx.Word(i) is "proposal" or "proposals" or "offer" or "offers" or "plan" or "plans" or "invitation" or "initiative" or "idea" or "request" or "draft" or "suggestion" or
                "role" or "mission" or "deployment" or "presence" or "demand" or "demands" or "terms" or "conditions" or "ultimatum" or "option" or "format")
            {
                return true;
            }
        }

        return false;
    }
}
