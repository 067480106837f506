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

            // Every stance cue of the sentence, in order; each states a position on the topics between it and
            // the next cue ("rejects the checkpoints and insists on a treaty that ...").
            var cues = new List<(int At, int End, PositionStance Stance)>();
            foreach (var (list, stance) in lists)
            {
                foreach (var cue in pack.Words(list))
                {
                    var key = SentenceContext.KeyOf(cue);
                    for (var at = ctx.Find(key, ctx.FirstToken, ctx.LastToken); at >= 0; at = ctx.Find(key, at + 1, ctx.LastToken))
                    {
                        if (!cues.Any(c => at < c.End && c.At < at + key.Length))
                        {
                            cues.Add((at, at + key.Length, stance));
                        }
                    }
                }
            }

            cues.Sort((a, b) => a.At.CompareTo(b.At));
            for (var k = 0; k < cues.Count; k++)
            {
                var (at, end, stance) = cues[k];
                var actor = SubjectOf(ctx, at);
                if (actor is null)
                {
                    continue;
                }

                var until = k + 1 < cues.Count ? cues[k + 1].At - 1 : ctx.LastToken;
                var topics = _cues.TopicsIn(analysis, end, until);
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

                    var span = ctx.SpanOf(Math.Min(actor.FirstToken, at), until);
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
                    // A demand read from the sentence already says the speaker supports it.
                    if (claim.Stance == ClaimStance.Denies || (stance == PositionStance.Supports && seen.Contains((speaker.Id, topic, PositionStance.Demands))) ||
                        !seen.Add((speaker.Id, topic, stance)))
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


    /// <summary>
    /// Who holds the stance: the nearest actor before the cue that is not the object of a preposition ("talks
    /// with Baku") nor inside brackets; null when every actor before it is.
    /// </summary>
    private static Entities.LinkedMention? SubjectOf(SentenceContext ctx, int at)
    {
        var before = ctx.Actors.Where(m => m.LastToken < at).ToList();
        for (var i = before.Count - 1; i >= 0; i--)
        {
            var m = before[i];
            // Skip what may stand before a name inside its phrase: articles, titles, capitalised modifiers
            // ("with Azerbaijani President Ilham Aliyev").
            var prev = m.FirstToken - 1;
            // "Secretary of State Antony Blinken": an "of" between capitalised words belongs to the title.
            while (prev >= ctx.FirstToken && prev >= m.FirstToken - 5 && ctx.Tokens[prev].IsWord &&
                   (ctx.Tokens[prev].Normalized is "the" or "a" or "an" or "his" or "her" or "its" or "their" ||
                    ctx.Tokens[prev].IsCapitalized ||
                    (ctx.Tokens[prev].Normalized == "of" && prev > ctx.FirstToken && ctx.Tokens[prev - 1].IsCapitalized && ctx.Tokens[prev + 1].IsCapitalized)))
            {
                prev--;
            }

            var word = prev >= ctx.FirstToken ? ctx.Tokens[prev].Normalized : "";
            if (word is "of" or "with" or "between" or "to" or "from" or "in" or "on" or "for" or "against" or "about" or "under" or "by" or "[" or "(" or "and" or "than")
            {
                continue;
            }

            if (InsideBrackets(ctx, m.FirstToken))
            {
                continue;
            }

            return m;
        }

        // Every actor before the cue sits in a phrase of its own: the holder is not named here.
        return null;
    }

    private static bool InsideBrackets(SentenceContext ctx, int token)
    {
        for (var i = token - 1; i >= ctx.FirstToken; i--)
        {
            var w = ctx.Tokens[i].Normalized;
            if (w is "]" or ")")
            {
                return false;
            }

            if (w is "[" or "(")
            {
                return true;
            }
        }

        return false;
    }

    private static bool NegatedBefore(SentenceContext ctx, int at) =>
        ctx.FindAny(["not", "never", "no", "n't"], Math.Max(ctx.FirstToken, at - 3), at - 1, out _) >= 0;
}
