using Parley.Extraction.Events;
using Parley.Extraction.Matching;
using Parley.Extraction.Positions.Cues;
using Parley.Extraction.Positions.Recording;
using Parley.Extraction.Positions.Topics;
using Parley.Model;
using Parley.Packs;
using Parley.Pipeline;

namespace Parley.Extraction.Positions.Indirect;

/// <summary>
/// "X said the illegal blockade is complicating the talks", "according to X, the blockade violates the statement":
/// a speaker who condemns the bad state an issue's phrase names (an adverse word with a condemning word right
/// before it or as its predicate) supports the issue, cue or none.
/// </summary>
internal sealed class Condemnations(DomainPack pack)
{
    private readonly EventCues _cues = EventCues.For(pack);
    private readonly SpeakerClaims _speakers = new(pack);
    private readonly HashSet<string> _condemning = new(pack.Words("condemnation_words").Select(w => SentenceContext.KeyOf(w)[0]), StringComparer.Ordinal);
    private readonly HashSet<string> _adverse = TopicStances.AdverseWords(pack);

    /// <summary>Records the issues the document's claims condemn the bad state of, in <paramref name="sentences"/>.</summary>
    internal void Read(DocumentAnalysis analysis, List<(SentenceContext Ctx, List<StanceCue> Cues)> sentences, PositionRecorder recorder)
    {
        // An issue phrase counts only with an adverse word in it, so a stretch holding none has no topics worth
        // matching: where the adverse words stand is read once per document (and only when a claim asks).
        List<int>? adverse = null;
        foreach (var (speaker, first, last) in _speakers.Of(analysis))
        {
            adverse ??= AdversePositions(analysis);
            if (adverse.Count == 0)
            {
                return;
            }

            foreach (var (ctx, _) in sentences)
            {
                if (ctx.FirstToken > last || ctx.LastToken < first)
                {
                    continue;
                }

                var from = Math.Max(first, ctx.FirstToken);
                var to = Math.Min(last, ctx.LastToken);
                var nextAdverse = StanceCues.LowerBound(adverse, from);
                if (nextAdverse == adverse.Count || adverse[nextAdverse] > to)
                {
                    continue;
                }

                foreach (var match in DocumentTopics.For(analysis, _cues).Matches(from, to))
                {
                    if (!HasAdverseWord(ctx, match) ||
                        Negation.Before(ctx, match.FirstToken) || CondemnedAt(ctx, match, from, to) is not var (qFirst, qLast))
                    {
                        continue;
                    }

                    var cue = new StanceCue(match.FirstToken, match.LastToken + 1, PositionStance.Supports, Trailing: false);
                    var topics = match.Payloads.Where(t => t.Length > 0).Select(t => (t, PositionStance.Supports)).ToList();
                    recorder.Emit(ctx, new Segment(cue, null, topics, qFirst, qLast), speaker.Id, qFirst, qLast);
                }
            }
        }
    }

    /// <summary>True when a word of the issue phrase <paramref name="match"/> is an adverse one ("blockade").</summary>
    private bool HasAdverseWord(SentenceContext ctx, PhraseMatch<string> match)
    {
        for (var i = match.FirstToken; i <= match.LastToken; i++)
        {
            if (_adverse.Contains(ctx.Tokens[i].Normalized))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The ascending token indexes of the document's adverse words ("blockade", "crisis").</summary>
    private List<int> AdversePositions(DocumentAnalysis analysis)
    {
        var index = PhraseIndex.For(analysis);
        var positions = new List<int>();
        foreach (var word in _adverse)
        {
            positions.AddRange(index.PositionsOf(word));
        }

        positions.Sort();
        return positions;
    }

    /// <summary>
    /// The tokens to quote when a condemning word qualifies the issue phrase <paramref name="match"/>: right before it
    /// ("the illegal blockade", quotes skipped) or as its predicate within a few words ("the blockade violates",
    /// "the blockade is complicating"); null otherwise.
    /// </summary>
    private (int First, int Last)? CondemnedAt(SentenceContext ctx, PhraseMatch<string> match, int from, int to)
    {
        static bool IsQuote(string w) => w is "\"" or "“" or "”" or "'" or "‘" or "’";
        for (var i = match.FirstToken - 1; i >= from && i >= match.FirstToken - 3; i--)
        {
            var word = ctx.Word(i);
            if (_condemning.Contains(word))
            {
                return (i, Math.Min(to, SegmentReader.ClauseEnd(ctx, match.LastToken, to)));
            }

            if (!IsQuote(word))
            {
                break;
            }
        }

        // Past what links the phrase to its predicate, and a short "of" complement ("the blockade of the road breaches").
        var ofWords = 0;
        for (var i = match.LastToken + 1; i <= to && i <= match.LastToken + 7; i++)
        {
            var word = ctx.Word(i);
            if (_condemning.Contains(word))
            {
                return (match.FirstToken, Math.Min(to, SegmentReader.ClauseEnd(ctx, i, to)));
            }

            if (word == "of" && ofWords == 0)
            {
                ofWords = 1;
            }
            else if (ofWords is > 0 and <= 3 && ctx.Tokens[i].IsWord && !(word is "is" or "was" or "are" or "were" or "has" or "had" or "not"))
            {
                ofWords++;
            }
            else if (IsQuote(word) || word is "is" or "was" or "are" or "were" or "has" or "had" or "been" or "being" or "also" or "clearly" or "only" or "further" or "a" or "an")
            {
                ofWords = int.MaxValue; // the complement is over
            }
            else
            {
                break;
            }
        }

        return null;
    }
}
