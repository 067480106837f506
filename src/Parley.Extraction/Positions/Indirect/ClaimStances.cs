using Parley.Extraction.Events;
using Parley.Extraction.Positions.Cues;
using Parley.Extraction.Positions.Holders;
using Parley.Extraction.Positions.Recording;
using Parley.Extraction.Positions.Topics;
using Parley.Model;
using Parley.Packs;
using Parley.Pipeline;

namespace Parley.Extraction.Positions.Indirect;

/// <summary>
/// A speaker's claim that carries a stance cue states the speaker's position on the issues under the cue, unless a
/// party named inside the quote holds it ("he said Baku insists on ...": Baku's position).
/// </summary>
internal sealed class ClaimStances(DomainPack pack)
{
    private readonly SpeakerClaims _speakers = new(pack);
    private readonly SegmentReader _segments = new(pack);
    private readonly PossessedIssue _possessed = new(pack);
    private readonly SeveralHolders _several = new(pack);

    /// <summary>Records the positions the document's claims state through the stance cues of <paramref name="sentences"/>.</summary>
    internal void Read(DocumentAnalysis analysis, List<(SentenceContext Ctx, List<StanceCue> Cues)> sentences, PositionRecorder recorder)
    {
        foreach (var (speaker, first, last) in _speakers.Of(analysis))
        {
            for (var n = 0; n < sentences.Count; n++)
            {
                var (ctx, cues) = sentences[n];
                if (ctx.FirstToken > last)
                {
                    break;
                }

                if (ctx.LastToken < first)
                {
                    continue;
                }

                List<StanceCue>? inside = null;
                foreach (var c in cues)
                {
                    if (c.At >= first && c.End - 1 <= last)
                    {
                        (inside ??= []).Add(c);
                    }
                }

                if (inside is null)
                {
                    continue; // no cue, no segment
                }

                foreach (var read in _segments.Read(ctx, inside, first))
                {
                    // ("Its presence is no longer necessary, Bayramov said": a possessive stands for the party named before.)
                    var segment = _possessed.Apply(ctx, read, sentences, n);
                    // (A verdict's subject is the issue judged: no party inside the quote holds it.)
                    var inner = segment.Holder ?? (segment.Cue.Verdict ? null : HolderReader.SubjectOf(ctx, segment.Cue.At));
                    if (inner is not null && inner.FirstToken >= first && !(segment.Holder is null && HolderReader.IsObligated(ctx, inner)))
                    {
                        continue;
                    }

                    // ("the foreign ministers of Armenia and Azerbaijan agreed to …, the ministry said": the parties hold it.)
                    if (segment.Holder is null && _several.CollectiveBefore(ctx, segment.Cue.At, inner?.LastToken ?? ctx.FirstToken - 1) is { } collective && collective.First >= first)
                    {
                        continue;
                    }

                    // ("those who accepted citizenship would …": the stance of an unnamed subject is not the speaker's.)
                    if (segment.Holder is null && !segment.Cue.Verdict && HolderReader.UnnamedRelativeSubject(ctx, segment.Cue.At))
                    {
                        continue;
                    }

                    // Only what the speaker is not already recorded as holding.
                    List<(string Topic, PositionStance Stance)>? topics = null;
                    foreach (var t in segment.Topics)
                    {
                        if (!recorder.Holds(speaker.Id, t.Topic, t.Stance))
                        {
                            (topics ??= []).Add(t);
                        }
                    }

                    if (topics is not null)
                    {
                        recorder.Emit(ctx, segment with { Topics = topics }, speaker.Id, Math.Max(first, segment.QuoteFirst), Math.Min(last, segment.QuoteLast));
                    }
                }
            }
        }
    }
}
