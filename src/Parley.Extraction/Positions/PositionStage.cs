using Parley.Extraction.Events;
using Parley.Extraction.Positions.Cues;
using Parley.Extraction.Positions.Holders;
using Parley.Extraction.Positions.Indirect;
using Parley.Extraction.Positions.Recording;
using Parley.Extraction.Positions.Topics;
using Parley.Model;
using Parley.Packs;
using Parley.Pipeline;

namespace Parley.Extraction.Positions;

/// <summary>
/// Reads stated positions: a party (the subject before a stance cue), the cue's stance (supports, demands,
/// offers, opposes, rejects, conditional) and the topics named after it, with the clause as the quote.
/// </summary>
/// <remarks>
/// <see cref="Run"/> holds the sentence loop and the order of the rules that say who holds a cue's stance; each
/// question they ask is a small class: in <c>Cues/</c> <see cref="StanceCues"/> (where a stance is stated),
/// <see cref="SegmentReader"/> (what each cue covers) and <see cref="Negation"/>; in <c>Topics/</c>
/// <see cref="Topics.TopicStances"/> (which topics, with which stance); in <c>Holders/</c> <see cref="HolderReader"/>
/// (one holder), <see cref="SeveralHolders"/> (several) and <see cref="StandingFor"/> (whom a party stands for); in
/// <c>Recording/</c> <see cref="PositionRecorder"/> and <see cref="StanceDate"/> (when the stance was taken); and in
/// <c>Indirect/</c> the positions read from claims (<see cref="ClaimStances"/>, speakers by
/// <see cref="SpeakerClaims"/>), condemnations (<see cref="Condemnations"/>) and acts (<see cref="ActStances"/>).
/// </remarks>
public sealed class PositionStage(DomainPack pack) : IExtractionStage
{
    // The readers the rules ask, each built once with the pack.
    private readonly StanceCues _stanceCues = new(pack);
    private readonly SegmentReader _segments = new(pack);
    private readonly SeveralHolders _several = new(pack);
    private readonly StandingFor _standing = new(pack);
    private readonly ClaimStances _claims = new(pack);
    private readonly Condemnations _condemnations = new(pack);
    private readonly ActStances _acts = new(pack);
    private readonly DomainPack _pack = pack;
    private readonly IssueAnaphora _anaphora = new(pack);
    private readonly BodyAppeals _appeals = new(pack);
    private readonly PossessedIssue _possessed = new(pack);

    private readonly IReadOnlyList<string> _noEvidence = pack.Words("no_evidence_cues");
    private readonly HashSet<string> _demandNouns = new(pack.Words("demand_references"), StringComparer.Ordinal);

    /// <inheritdoc />
    public string Name => "positions";

    /// <inheritdoc />
    public void Run(DocumentAnalysis analysis)
    {
        var recorder = new PositionRecorder(analysis);
        var sentences = new List<(SentenceContext Ctx, List<StanceCue> Cues)>();

        // Where each cue occurs in the document, located once rather than searched for in every sentence.
        var occurrences = _stanceCues.Locate(analysis);

        List<string>? signatories = null;
        var read = 0;
        var body = 0; // sentences read that are not headings: how far back an answered offer may lie
        var referred = new BackReference(_pack);
        string? lastPerson = null; // the person named last before the sentence before: whom "he" or "she" may refer to
        SentenceContext? prior = null; // the sentence before, whose subject a pronoun subject stands for
        SentenceContext? current = null;
        PronounHolder.Subject? priorSubject = null; // the subject of the sentence before, named or taken up by a pronoun
        foreach (var ctx in SentenceContext.All(analysis))
        {
            if (current is not null && !current.Sentence.IsHeading)
            {
                priorSubject = PronounHolder.SubjectOf(current, priorSubject, prior, lastPerson);
                lastPerson = prior?.LastPerson()?.Mention.EntityId ?? lastPerson;
                prior = current;
            }

            current = ctx;
            // A joint statement says who "we" are at its start.
            if (++read <= 5)
            {
                signatories ??= SeveralHolders.Signatories(ctx);
            }

            if (ctx.Sentence.IsHeading)
            {
                continue;
            }

            body++;
            // "Will Armenia accept checkpoints?": a yes-or-no question asks about a stance and states none.
            if (IsYesNoQuestion(ctx))
            {
                continue;
            }

            var priorCues = sentences.Count > 0 && ReferenceEquals(sentences[^1].Ctx, prior) ? sentences[^1].Cues : null;
            var cues = _stanceCues.Of(ctx, occurrences);
            sentences.Add((ctx, cues));
            var segments = _segments.Read(ctx, cues, ctx.FirstToken);
            for (var j = 0; j < segments.Count; j++)
            {
                var unresolved = segments[j];

                // "… was ready to sign it", "He called it obsolete": a pronoun in the issue's place stands for the one
                // issue named before it.
                if (segments[j].Topics.Count == 0 &&
                    (segments[j].Cue.Verdict ? segments[j].QuoteFirst : IssueAnaphora.ObjectPronoun(ctx, segments[j].Cue)) is var it and >= 0 &&
                    (!segments[j].Cue.Verdict || IssueAnaphora.IsPronounClause(ctx, it, segments[j].Cue.At - 1)) &&
                    _anaphora.Resolve(ctx, segments[j].Cue, it, cues, prior, priorCues) is { Count: > 0 } resolved)
                {
                    segments[j] = segments[j] with { Topics = resolved };
                }

                // "Hajiyev said their presence was no longer needed", "Baku has demanded their withdrawal": a possessive
                // stands for the party named before it, whose name may name the issue (the peacekeepers); what the noun
                // itself names ("withdrawal" of forces) gives way to it.
                segments[j] = _possessed.Apply(ctx, segments[j], sentences, sentences.Count - 1);

                // "called on the government to stop the process": a bare head that names no issue of its own stands for
                // the one issue named before it, as "it" does; undoing it turns the stance.
                if (segments[j].Topics.Count == 0 && !segments[j].Cue.Verdict && segments[j].Cue.Stance != PositionStance.Conditional &&
                    _anaphora.StandIn(ctx, segments[j].Cue.End, segments[j].QuoteLast) is var head and >= 0 &&
                    _anaphora.Resolve(ctx, segments[j].Cue, head, cues, prior, priorCues) is { Count: > 0 } stoodFor)
                {
                    segments[j] = segments[j] with
                    {
                        Topics = _anaphora.UndoneAt(ctx, head) ? [.. stoodFor.Select(t => (t.Topic, Opposite(t.Stance)))] : stoodFor,
                    };
                }

                // "agreed to the closure on condition that …", "ready to sign it if …": an issue found only now is still
                // conditioned by a condition that follows the cue in its clause (the segments were cut before it was known).
                if (!ReferenceEquals(unresolved, segments[j]) && !segments[j].Cue.Verdict && ConditionAfter(cues, segments[j]) is { } condition)
                {
                    // (Agreeing to an undoing on a condition is conditional too: the cue's own stance decides, as a refusal
                    // lifted by "until" or "unless" does.)
                    var conditioned = Negation.Before(ctx, segments[j].Cue.At)
                        ? ctx.Word(condition.End - 1) is "until" or "unless"
                        : segments[j].Cue.Stance is PositionStance.Supports or PositionStance.Demands or PositionStance.Offers ||
                          ctx.Word(condition.End - 1) is "until" or "unless";
                    if (conditioned)
                    {
                        segments[j] = segments[j] with { Topics = [.. segments[j].Topics.Select(t => (t.Topic, PositionStance.Conditional))] };
                    }
                }

                // "called on the UN to intervene", "urged the bloc to respond": a demand addressed to an international body,
                // naming no issue, asks for its involvement (the pack's appeal topics).
                if (segments[j].Topics.Count == 0 && segments[j].Cue.Stance == PositionStance.Demands && !Negation.Before(ctx, segments[j].Cue.At) &&
                    _appeals.AddressedBody(ctx, segments[j].Cue) is var addressed and >= 0)
                {
                    segments[j] = segments[j] with { Topics = [.. _appeals.Topics.Select(t => (t, PositionStance.Supports))], QuoteLast = Math.Max(segments[j].QuoteLast, addressed) };
                }

                var segment = segments[j];
                // A verdict's subject is the issue judged, not its holder: with nobody reporting it, only a claim's
                // speaker holds it (see ClaimStances).
                if (segment.Cue.Verdict && segment.Holder is null)
                {
                    // "He called the format obsolete": a pronoun reporting the verdict stands for the party named before.
                    if (segment.Reporting >= 0 && PronounHolder.SubjectPronoun(ctx, segment.Reporting) is var reporter and >= 0 &&
                        PronounHolder.Resolve(ctx, reporter, priorSubject, prior, lastPerson) is { } judge)
                    {
                        recorder.Emit(ctx, segment, judge, Math.Min(reporter, segment.QuoteFirst), segment.QuoteLast);
                    }
                    else if (segment.Reporting < 0 && HolderReader.ForFrame(ctx, segment.Cue.At) is { } viewer)
                    {
                        // "For Baku, the corridor is a priority": the party the sentence frames as its viewer judges.
                        recorder.Emit(ctx, segment, viewer.Mention.EntityId, ctx.FirstToken, segment.QuoteLast);
                    }

                    continue;
                }

                // "the agreement for both Armenia and Azerbaijan to leave the group": the parties named between "for"
                // and "to" hold the stance.
                if (segment.Holder is null && _several.InfinitiveSubjects(ctx, segment.Cue) is { Count: > 0 } subjects)
                {
                    foreach (var id in subjects)
                    {
                        recorder.Emit(ctx, segment, id, segment.QuoteFirst, segment.QuoteLast);
                    }

                    continue;
                }

                // "We support the suggestion ..." in a joint statement: each signatory holds it.
                if (segment.Holder is null && signatories is not null && ctx.Word(segment.Cue.At - 1) == "we")
                {
                    foreach (var id in signatories)
                    {
                        recorder.Emit(ctx, segment, id, Math.Min(segment.QuoteFirst, segment.Cue.At - 1), segment.QuoteLast);
                    }

                    continue;
                }

                // "He gave no indication that Baku agreed to …": a stance nothing shows was taken is not stated.
                if (ctx.FindAny(_noEvidence, ctx.FirstToken, segment.Cue.At - 1, out _) >= 0)
                {
                    continue;
                }

                // ("those who accepted citizenship": the subject of a relative clause about no party named holds no stance.)
                if (segment.Holder is null && HolderReader.UnnamedRelativeSubject(ctx, segment.Cue.At))
                {
                    continue;
                }

                var actor = segment.Holder ?? HolderReader.RelativeAntecedent(ctx, segment.Cue.At) ?? HolderReader.SubjectOf(ctx, segment.Cue.At, !segment.Cue.Trailing);
                if (segment.Holder is null && _several.CollectiveBefore(ctx, segment.Cue.At, actor?.LastToken ?? ctx.FirstToken - 1) is { } collective)
                {
                    // "Both sides reaffirmed their commitment to ...": each party the phrase stands for holds it.
                    foreach (var id in collective.Ids)
                    {
                        recorder.Emit(ctx, segment, id, Math.Min(collective.First, segment.QuoteFirst), segment.QuoteLast);
                    }

                    continue;
                }

                // "To prevent smuggling, a checkpoint was set up by the border service": a purpose before the main clause
                // is the purpose of whoever does what the sentence reports.
                // Only the purpose's own object counts: the issues of the clause it introduces follow it.
                if (actor is null && segment.Holder is null && segment.Topics.Count > 0 && _standing.PurposeOfAct(analysis, ctx, segment.Cue) is { } doer)
                {
                    recorder.Emit(ctx, segment with { Topics = [segment.Topics[0]] }, doer, segment.QuoteFirst, segment.QuoteLast);
                    continue;
                }

                // "Armenia must amend its constitution": the party a demand is made of does not hold it; whoever
                // makes the demand does (see ClaimStances).
                // "He also rejected the deployment of observers", "It also insisted on …": a pronoun subject holds the
                // stance of the party the sentence before named as its subject (see PronounHolder).
                if (actor is null && segment.Holder is null && PronounHolder.SubjectPronoun(ctx, segment.Cue.At) is var pronoun and >= 0 &&
                    PronounHolder.Resolve(ctx, pronoun, priorSubject, prior, lastPerson) is { } meant)
                {
                    recorder.Emit(ctx, segment, meant, Math.Min(pronoun, segment.QuoteFirst), segment.QuoteLast);
                    Answer(ctx, segment, meant, pronoun);
                    RefuseOffer(ctx, segments, j, meant, pronoun);
                    continue;
                }

                if (actor is null || (segment.Holder is null && HolderReader.IsObligated(ctx, actor)))
                {
                    continue;
                }

                var holder = (segment.Holder is null ? _standing.GovernmentOf(ctx, actor, segment.Cue.At) : null) ??
                    _standing.SpeakerStandingFor(analysis, ctx, actor, segment.Cue.At) ?? actor.Mention.EntityId;
                recorder.Emit(ctx, segment, holder, Math.Min(actor.FirstToken, segment.QuoteFirst), Math.Max(actor.LastToken, segment.QuoteLast));
                Answer(ctx, segment, holder, Math.Min(actor.FirstToken, segment.QuoteFirst));

                // "Jeyhun Bayramov and Ararat Mirzoyan … called for": the party joined to the holder by "and" holds it too.
                if (segment.Holder is null && HolderReader.JoinedByAnd(ctx, actor, segment.Cue.At) is { } joined && joined.Mention.EntityId != holder)
                {
                    recorder.Emit(ctx, segment, joined.Mention.EntityId, Math.Min(actor.FirstToken, segment.QuoteFirst), Math.Max(joined.LastToken, segment.QuoteLast));
                }

                // "Washington, Paris and Brussels all backed the mission": each party listed with the holder holds it too.
                if (segment.Holder is null && actor.Kind != EntityKind.Person)
                {
                    foreach (var listed in HolderReader.ListedWith(ctx, actor, segment.Cue.At))
                    {
                        recorder.Emit(ctx, segment, listed.Mention.EntityId, Math.Min(listed.FirstToken, segment.QuoteFirst), segment.QuoteLast);
                    }
                }

                // "Unlike Lavrov, Klaar did not exclude checkpoints": the party the holder is set against holds the
                // opposite stance.
                if (segment.Holder is null && HolderReader.SetAgainst(ctx, segment.Cue.At) is { } other && other.Mention.EntityId != holder)
                {
                    var opposite = segment with { Topics = [.. segment.Topics.Select(t => (t.Topic, Opposite(t.Stance)))] };
                    recorder.Emit(ctx, opposite, other.Mention.EntityId, Math.Min(other.FirstToken, segment.QuoteFirst), segment.QuoteLast);
                }

                // "The EU supported Azerbaijan's concerns about smuggling": backing another party's stance
                // (a support cue with no issue of its own, right before the next cue) is holding it too.
                if (j + 1 < segments.Count && segment.Topics.Count == 0 && segment.Cue.Stance == PositionStance.Supports &&
                    !Negation.Before(ctx, segment.Cue.At) && segments[j + 1].Cue.At - segment.Cue.End <= 4)
                {
                    var next = segments[j + 1];
                    recorder.Emit(ctx, next, actor.Mention.EntityId, Math.Min(actor.FirstToken, next.QuoteFirst), next.QuoteLast);
                }

                RefuseOffer(ctx, segments, j, holder, actor.FirstToken);
                RefuseOfferBefore(ctx, segments, j, holder, actor.FirstToken);
            }
        }

        // "Baku offered to reopen the Aghdam road, an offer the Karabakh leadership has rejected": a refusal whose
        // holder follows the offer's noun turns down the offer just made, and opposes what was offered.
        void RefuseOfferBefore(SentenceContext ctx, List<Segment> segments, int j, string holder, int holderFirst)
        {
            var segment = segments[j];
            var noun = ctx.Word(holderFirst - 1) == "the" ? holderFirst - 2 : holderFirst - 1;
            if (j > 0 && segment.Topics.Count == 0 && segment.Cue.Stance is PositionStance.Opposes or PositionStance.Rejects &&
                ctx.Word(noun) is "offer" or "proposal" or "plan" or "idea" or "initiative" && segments[j - 1].Cue.Stance == PositionStance.Offers &&
                segments[j - 1].Cue.End < noun && (segments[j - 1].Holder ?? HolderReader.SubjectOf(ctx, segments[j - 1].Cue.At)) is { } offerer &&
                offerer.Mention.EntityId != holder)
            {
                EmitRefused(ctx, segments[j - 1], segment, holder, segments[j - 1].QuoteFirst, segment.QuoteLast);
            }
        }

        // The offer's issues, each taken with the refusal's stance, held by whoever refused it.
        void EmitRefused(SentenceContext ctx, Segment offer, Segment refusal, string holder, int quoteFirst, int quoteLast) =>
            recorder.Emit(ctx, offer with { Holder = null, Topics = [.. offer.Topics.Select(t => (t.Topic, refusal.Cue.Stance))] }, holder, quoteFirst, quoteLast);

        // "The Karabakh authorities rejected Baku's offer to supply fuel via Aghdam", "It declined the offer of CSTO
        // observers", "Yerevan rejected Baku's demand for checkpoints": turning down another party's offer or demand (an
        // opposing cue with no issue of its own, right before it) opposes what was offered or demanded.
        void RefuseOffer(SentenceContext ctx, List<Segment> segments, int j, string holder, int holderFirst)
        {
            var segment = segments[j];
            if (j + 1 < segments.Count && segment.Topics.Count == 0 && segment.Cue.Stance is PositionStance.Opposes or PositionStance.Rejects &&
                (segments[j + 1].Cue.Stance == PositionStance.Offers ||
                 (segments[j + 1].Cue.Stance == PositionStance.Demands && _demandNouns.Contains(ctx.Word(segments[j + 1].Cue.At)))) && (segments[j + 1].Holder ?? HolderReader.SubjectOf(ctx, segments[j + 1].Cue.At)) is { } offerer &&
                offerer.Mention.EntityId != holder && offerer.FirstToken > segment.Cue.At && segments[j + 1].Cue.At - segment.Cue.End <= 4)
            {
                var next = segments[j + 1];
                EmitRefused(ctx, next, segment, holder, Math.Min(holderFirst, next.QuoteFirst), next.QuoteLast);
            }
        }

        // "Russia proposed a meeting on the corridor. Baku rejected the proposal.": a holder answering an offer or a
        // demand named before takes a stance on its issues; what a holder states may be answered in turn.
        void Answer(SentenceContext ctx, Segment segment, string holder, int quoteFirst)
        {
            if (referred.Answered(ctx, segment, holder, body) is { Count: > 0 } answered)
            {
                recorder.Emit(ctx, segment with { Topics = answered }, holder, quoteFirst, segment.QuoteLast);
            }

            referred.Stated(segment, holder, body);
        }

        // Beyond a holder before a cue: what the document's claims state, what they condemn, and what its acts show.
        _claims.Read(analysis, sentences, recorder);
        _condemnations.Read(analysis, sentences, recorder);
        _acts.Read(analysis, recorder);

        // "must amend its constitution as a prerequisite for signing the treaty": support (or refusal) on a condition
        // is the conditional stance, so a sentence giving a party both on one issue gives the conditional one.
        var conditional = analysis.Positions.Where(p => p.Stance == PositionStance.Conditional)
            .Select(p => (p.Actor, p.Topic, analysis.SentenceAt(p.Span.Start))).ToHashSet();
        if (conditional.Count > 0)
        {
            analysis.Positions.RemoveAll(p => p.Stance is PositionStance.Supports or PositionStance.Opposes && conditional.Contains((p.Actor, p.Topic, analysis.SentenceAt(p.Span.Start))));
        }
    }

    /// <summary>The trailing condition that follows <paramref name="segment"/>'s cue, before any other cue, within its clause; null when none does.</summary>
    private static StanceCue? ConditionAfter(List<StanceCue> cues, Segment segment)
    {
        foreach (var c in cues)
        {
            if (c.At >= segment.Cue.End && !c.Equals(segment.Cue))
            {
                return c.Trailing && c.At <= segment.QuoteLast + 1 ? c : null;
            }
        }

        return null;
    }

    /// <summary>A sentence opened by an auxiliary verb and closed by a question mark ("Does Baku still back the deal?").</summary>
    internal static bool IsYesNoQuestion(SentenceContext ctx)
    {
        var last = ctx.LastToken;
        while (last > ctx.FirstToken && ctx.Word(last) is "\u201D" or "\"" or "'" or "\u2019" or ")")
        {
            last--;
        }

        var first = ctx.FirstToken;
        while (first < last && ctx.Word(first) is "\u201C" or "\"" or "'" or "\u2018" or "(")
        {
            first++;
        }

        return ctx.Word(last) == "?" && ctx.Word(first) is "will" or "would" or "does" or "do" or "did" or "is" or "are" or "was" or "were" or
            "can" or "could" or "should" or "shall" or "has" or "have" or "had" or "may" or "might" or "must";
    }

    private static PositionStance Opposite(PositionStance stance) => stance switch
    {
        PositionStance.Opposes or PositionStance.Rejects => PositionStance.Supports,
        _ => PositionStance.Opposes,
    };
}
