using Parley.Extraction.Events;
using Parley.Extraction.Matching;
using Parley.Model;
using Parley.Packs;
using Parley.Pipeline;

namespace Parley.Extraction.Positions;

/// <summary>
/// Reads stated positions: a party (the subject before a stance cue), the cue's stance (supports, demands,
/// offers, opposes, rejects, conditional) and the topics named after it, with the clause as the quote.
/// </summary>
public sealed class PositionStage(DomainPack pack) : IExtractionStage
{
    private readonly EventCues _cues = EventCues.For(pack);

    /// <inheritdoc />
    public string Name => "positions";

    /// <inheritdoc />
    public void Run(DocumentAnalysis analysis)
    {
        var lists = new (string List, PositionStance Stance)[]
        {
            ("condition_cues", PositionStance.Conditional),
            ("oppose_cues", PositionStance.Opposes),
            ("demand_cues", PositionStance.Demands),
            ("offer_cues", PositionStance.Offers),
            ("support_cues", PositionStance.Supports),
        };
        var seen = new HashSet<(string, string, PositionStance)>();
        foreach (var ctx in SentenceContext.All(analysis))
        {
            if (ctx.Sentence.IsHeading)
            {
                continue;
            }

            foreach (var (list, stance) in lists)
            {
                var at = ctx.FindAny(pack.Words(list), ctx.FirstToken, ctx.LastToken, out _);
                if (at < 0)
                {
                    continue;
                }

                var actor = ctx.Actors.LastOrDefault(m => m.LastToken < at && at - m.LastToken <= 12);
                if (actor is null)
                {
                    continue;
                }

                var topics = _cues.TopicsIn(analysis, at, ctx.LastToken);
                var date = ctx.Times.FirstOrDefault(t => !t.IsDuration)?.Range ?? analysis.Document.Published;
                foreach (var topic in topics)
                {
                    var finalStance = stance;
                    if (stance is PositionStance.Supports or PositionStance.Demands && NegatedBefore(ctx, at))
                    {
                        finalStance = PositionStance.Opposes;
                    }

                    if (!seen.Add((actor.Mention.EntityId, topic, finalStance)))
                    {
                        continue;
                    }

                    var span = ctx.SpanOf(Math.Min(actor.FirstToken, at), ctx.LastToken);
                    analysis.Positions.Add(new Position
                    {
                        Actor = actor.Mention.EntityId,
                        Topic = topic,
                        Stance = finalStance,
                        DocumentId = analysis.Document.Id,
                        Span = span,
                        Quote = span.Slice(analysis.Text),
                        Date = date,
                    });
                }

                break;
            }
        }

        FromClaims(analysis, seen);
    }

    // A speaker's claim that names an issue states the speaker's position on it: opposition or a condition
    // when the quote carries such a cue before the issue, support otherwise.
    private void FromClaims(DocumentAnalysis analysis, HashSet<(string, string, PositionStance)> seen)
    {
        foreach (var claim in analysis.Claims)
        {
            var speaker = pack.Find(claim.Speaker);
            if (speaker is null || speaker.Kind is EntityKind.Outlet or EntityKind.Place or EntityKind.Route)
            {
                continue;
            }

            var first = analysis.TokenIndexAt(claim.Span.Start);
            var last = first;
            while (last + 1 < analysis.Tokens.Count && analysis.Tokens[last + 1].Span.End <= claim.Span.End)
            {
                last++;
            }

            foreach (var match in _cues.Topics.FindAll(analysis.Tokens, MatchStream.For(analysis), first, last))
            {
                foreach (var topic in match.Payloads)
                {
                    var before = new Parley.Text.CharSpan(claim.Span.Start, analysis.Tokens[match.FirstToken].Span.Start).Slice(analysis.Text);
                    var stance = HasCue(before, pack.Words("condition_cues")) ? PositionStance.Conditional
                        : HasCue(before, pack.Words("oppose_cues")) || HasCue(before, ["not", "no", "never", "n't", "without"]) ? PositionStance.Opposes
                        : PositionStance.Supports;
                    if (claim.Stance == ClaimStance.Denies || !seen.Add((speaker.Id, topic, stance)))
                    {
                        continue;
                    }

                    analysis.Positions.Add(new Position
                    {
                        Actor = speaker.Id,
                        Topic = topic,
                        Stance = stance,
                        DocumentId = analysis.Document.Id,
                        Span = claim.Span,
                        Quote = claim.Quote,
                        Date = analysis.Document.Published,
                    });
                }
            }
        }
    }

    private static bool HasCue(string text, IReadOnlyList<string> cues)
    {
        var words = " " + Parley.Text.TextNormalizer.Fold(text).Replace(',', ' ').Replace('.', ' ') + " ";
        return cues.Any(c => words.Contains(" " + Parley.Text.TextNormalizer.Fold(c) + " ", StringComparison.Ordinal));
    }


    private static bool NegatedBefore(SentenceContext ctx, int at) =>
        ctx.FindAny(["not", "never", "no", "n't"], Math.Max(ctx.FirstToken, at - 3), at - 1, out _) >= 0;
}
