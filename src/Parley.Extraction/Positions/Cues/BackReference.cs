using Parley.Extraction.Events;
using Parley.Model;
using Parley.Packs;

namespace Parley.Extraction.Positions.Cues;

/// <summary>
/// A stance on what another party put forward a sentence before, named only by a noun pointing back ("Moscow proposed
/// a meeting on the corridor. Baku rejected the proposal.", "… demanded their release. Azerbaijan dismissed the
/// demand."): the issues of that offer or demand, with the stance the answer takes on them.
/// </summary>
internal sealed class BackReference(DomainPack pack)
{
    // Words that point back to something named before ("the offer", "this proposal", "such demands").
    private static readonly HashSet<string> Pointing = new(StringComparer.Ordinal) { "the", "this", "that", "these", "those", "such" };

    private readonly HashSet<string> _offers = new(pack.Words("offer_references"), StringComparer.Ordinal);
    private readonly HashSet<string> _demands = new(pack.Words("demand_references"), StringComparer.Ordinal);

    // What the sentences read so far stated: each segment with an issue, its holder, and the sentence it was read in.
    private readonly List<(Segment Segment, string Holder, int Sentence)> _stated = [];

    /// <summary>Remembers that <paramref name="holder"/> took the stances of <paramref name="segment"/> in sentence <paramref name="sentence"/>.</summary>
    internal void Stated(Segment segment, string holder, int sentence)
    {
        if (segment.Topics.Count > 0 && segment.Cue.Stance is PositionStance.Offers or PositionStance.Demands or PositionStance.Supports)
        {
            _stated.Add((segment, holder, sentence));
        }
    }

    /// <summary>
    /// The issues a cue with none of its own answers ("rejected the offer", "welcomed the proposal"), read in sentence
    /// <paramref name="sentence"/> by <paramref name="holder"/>: those of the latest offer (or demand) of another party in
    /// the sentence before or earlier in this one, each with the stance the answer takes (turning down an offer to
    /// end something backs that thing). Empty when the cue points back to nothing of the kind.
    /// </summary>
    internal List<(string Topic, PositionStance Stance)> Answered(SentenceContext ctx, Segment segment, string holder, int sentence)
    {
        if (segment.Topics.Count > 0 || segment.Cue.Stance is not (PositionStance.Opposes or PositionStance.Rejects or PositionStance.Supports) ||
            Negation.Before(ctx, segment.Cue.At) || PointedNoun(ctx, segment.Cue.End) is not { } noun)
        {
            return [];
        }

        var wantsDemand = _demands.Contains(noun);

        for (var k = _stated.Count - 1; k >= 0; k--)
        {
            var (said, by, at) = _stated[k];
            if (at < sentence - 1)
            {
                break;
            }

            // An offer is answered by an offer's issues only, a demand by a demand's; one's own offer is not answered.
            // ("Aliyev called for the dissolution of the group. Armenia rejected the proposal.": a call for something
            // proposes it, and a noun of offer answers it too.)
            var isDemand = said.Cue.Stance == PositionStance.Demands;
            var proposes = isDemand && !wantsDemand && ctx.Analysis.Tokens[said.Cue.At].Normalized is "called" or "calls" or "calling" &&
                ctx.Analysis.Tokens[said.Cue.At + 1].Normalized == "for";
            if (by == holder || (isDemand != wantsDemand && !proposes) || (!isDemand && said.Cue.Stance != PositionStance.Offers))
            {
                continue;
            }

            var rejecting = segment.Cue.Stance is PositionStance.Opposes or PositionStance.Rejects;
            var answered = new List<(string Topic, PositionStance Stance)>();
            foreach (var (topic, stance) in said.Topics)
            {
                if (stance == PositionStance.Conditional)
                {
                    continue;
                }

                var against = stance is PositionStance.Opposes or PositionStance.Rejects;
                answered.Add((topic, against == rejecting ? PositionStance.Supports : PositionStance.Opposes));
            }

            return answered;
        }

        return [];
    }

    /// <summary>
    /// The offer or demand noun a pointing word right after the cue introduces, past at most two modifiers ("the
    /// Russian offer", "this latest proposal"), when nothing of its own follows it ("the proposal to …", "the call for
    /// …" name their issue); null otherwise.
    /// </summary>
    private string? PointedNoun(SentenceContext ctx, int after)
    {
        if (after > ctx.LastToken || !Pointing.Contains(ctx.Word(after)))
        {
            return null;
        }

        for (var i = after + 1; i <= Math.Min(ctx.LastToken, after + 3); i++)
        {
            if (!ctx.Tokens[i].IsWord)
            {
                return null;
            }

            var word = ctx.Word(i);
            if (_offers.Contains(word) || _demands.Contains(word))
            {
                var next = i < ctx.LastToken ? ctx.Word(i + 1) : ".";
                return next is "to" or "for" or "that" or "about" or "of" or "'s" or "\u2019s" ? null : word;
            }
        }

        return null;
    }
}
