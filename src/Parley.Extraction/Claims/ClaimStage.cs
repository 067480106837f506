using Parley.Extraction.Entities;
using Parley.Extraction.Events;
using Parley.Extraction.Matching;
using Parley.Model;
using Parley.Packs;
using Parley.Pipeline;
using Parley.Text;

namespace Parley.Extraction.Claims;

/// <summary>
/// Reads attributed statements: "X said/told/claimed (that) …", "… , X said", "according to X, …", "X denied
/// …", "… was denied by X", a cited outlet in parentheses "(Trend.az, March 1)". Each claim keeps the
/// reported part as its quote, the speaker, the outlet it came through, its stance and the event the sentence
/// reports.
/// </summary>
public sealed class ClaimStage(DomainPack pack) : IExtractionStage
{
    private readonly EventCues _cues = EventCues.For(pack);

    /// <inheritdoc />
    public string Name => "claims";

    /// <inheritdoc />
    public void Run(DocumentAnalysis analysis)
    {
        var speech = pack.Words("speech_verbs");
        var denial = pack.Words("denial_verbs");
        var according = pack.Words("according_to");
        Claim? previous = null;
        foreach (var ctx in SentenceContext.All(analysis))
        {
            if (ctx.Sentence.IsHeading)
            {
                continue;
            }

            var claim = Read(ctx, speech, denial, according, previous);
            if (claim is not null)
            {
                analysis.Claims.Add(claim);
                previous = claim;
            }
        }
    }

    private Claim? Read(SentenceContext ctx, IReadOnlyList<string> speech, IReadOnlyList<string> denial, IReadOnlyList<string> according, Claim? previous)
    {
        var via = CitedOutlet(ctx);
        var (quoteFirst, quoteLast) = (ctx.FirstToken, ctx.LastToken);
        string? speaker = null;
        var stance = ClaimStance.Asserts;

        var acc = ctx.FindAny(according, ctx.FirstToken, ctx.LastToken, out var accPhrase);
        var den = ctx.FindAny(denial, ctx.FirstToken, ctx.LastToken, out var denPhrase);
        var say = ctx.FindAny(speech, ctx.FirstToken, ctx.LastToken, out var sayPhrase);

        if (den >= 0)
        {
            stance = ClaimStance.Denies;
            var by = ctx.Find("by", den, Math.Min(ctx.LastToken, den + 3));
            var agent = by >= 0 ? ActorAfter(ctx, by) : SubjectBefore(ctx, den);
            speaker = agent;
            var end = den + MatchTokens.Key(denPhrase!).Length;
            if (end <= ctx.LastToken && by < 0)
            {
                quoteFirst = ctx.Word(end) == "that" ? end + 1 : end;
            }
        }
        else if (acc >= 0)
        {
            var end = acc + MatchTokens.Key(accPhrase!).Length;
            speaker = ActorAfter(ctx, end - 1);
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
            speaker = SubjectBefore(ctx, say) ?? ActorAfter(ctx, say);
            var end = say + MatchTokens.Key(sayPhrase!).Length;
            var subjectNear = ctx.Mentions.Any(m => m.LastToken < say && say - m.LastToken <= 6);
            if (subjectNear && end <= ctx.LastToken && say - ctx.FirstToken <= 12)
            {
                quoteFirst = ctx.Word(end) == "that" ? Math.Min(end + 1, ctx.LastToken) : end;
            }
            else if (say > ctx.FirstToken + 3 && ctx.Word(say - 1) is "," or "\u201D" || PreviousIsQuoteEnd(ctx, say))
            {
                quoteLast = LastBeforeSpeaker(ctx, say);
            }

            if (speaker is null && via is null)
            {
                return null;
            }
        }
        else if (via is null)
        {
            return null;
        }

        // Drop a trailing parenthetical citation from the quote.
        var paren = ctx.Find("(", quoteFirst, quoteLast);
        if (paren > quoteFirst)
        {
            quoteLast = paren - 1;
        }

        while (quoteLast > quoteFirst && ctx.Tokens[quoteLast].Kind == TokenKind.Punctuation && ctx.Tokens[quoteLast].Normalized is "." or "," or ";")
        {
            quoteLast--;
        }

        if (quoteLast < quoteFirst)
        {
            return null;
        }

        var span = ctx.SpanOf(quoteFirst, quoteLast);
        var quote = span.Slice(ctx.Analysis.Text);
        var topics = _cues.TopicsIn(ctx.Analysis, ctx.FirstToken, ctx.LastToken);
        var ev = ctx.Analysis.Events.FirstOrDefault(e => e.Span.Overlaps(ctx.Sentence.Span));

        // A bare denial ("this was denied by …") is about what the previous claim asserted.
        if (stance == ClaimStance.Denies && topics.Count == 0 && previous is not null)
        {
            topics = [.. previous.Topics];
            ev ??= ctx.Analysis.Events.FirstOrDefault(e => e.Key == previous.EventKey);
        }

        if (speaker is not null && pack.Find(speaker)?.Kind == EntityKind.Outlet)
        {
            via ??= speaker;
        }

        var index = ctx.Analysis.Claims.Count + 1;
        return new Claim
        {
            Id = $"{ctx.Analysis.Document.Id}#c{index}",
            DocumentId = ctx.Analysis.Document.Id,
            Span = span,
            Quote = quote,
            Speaker = speaker,
            Via = via,
            Stance = stance,
            EventKey = ev?.Key,
            Topics = topics,
            Values = ValuesOf(ev, topics, stance),
        };
    }

    private static List<ClaimValue> ValuesOf(EventMention? ev, List<string> topics, ClaimStance stance)
    {
        var values = new List<ClaimValue>();
        if (ev is null)
        {
            return values;
        }

        if (ev.Type == EventType.Meeting)
        {
            values.AddRange(topics.Select(t => new ClaimValue(ContradictionAttribute.Agenda, t, stance == ClaimStance.Denies)));
        }

        if (ev.Date is { IsSingleDay: true } d)
        {
            values.Add(new ClaimValue(ContradictionAttribute.Date, Parley.Time.DateRange.Iso(d.Earliest)));
        }

        foreach (var q in ev.Quantities)
        {
            var attribute = q.Kind switch
            {
                QuantityKind.Killed => ContradictionAttribute.Killed,
                QuantityKind.Wounded => ContradictionAttribute.Wounded,
                _ => ContradictionAttribute.Quantity,
            };
            values.Add(new ClaimValue(attribute, $"{q.Kind.ToWire()}:{q.Value}"));
        }

        if (stance == ClaimStance.Denies && ev.Type != EventType.Meeting)
        {
            values.Add(new ClaimValue(ContradictionAttribute.Occurred, "occurred", true));
        }

        return values;
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

    private static int NextComma(SentenceContext ctx, int from)
    {
        for (var i = from; i <= ctx.LastToken; i++)
        {
            if (ctx.Tokens[i].Normalized == ",")
            {
                return i;
            }
        }

        return -1;
    }

    private static string? SubjectBefore(SentenceContext ctx, int verb)
    {
        var m = ctx.Mentions.LastOrDefault(x => x.LastToken < verb && verb - x.LastToken <= 10 && x.Kind is not (EntityKind.Place or EntityKind.Route));
        return m?.Mention.EntityId;
    }

    private static string? ActorAfter(SentenceContext ctx, int token)
    {
        var m = ctx.Mentions.FirstOrDefault(x => x.FirstToken > token && x.FirstToken - token <= 5 && x.Kind is not (EntityKind.Place or EntityKind.Route));
        return m?.Mention.EntityId;
    }

    private static string? CitedOutlet(SentenceContext ctx)
    {
        // "(Trend.az, March 1)", "(see EDM, …)": an outlet right after an opening parenthesis.
        foreach (var m in ctx.Mentions.Where(m => m.Kind == EntityKind.Outlet))
        {
            var p = m.FirstToken - 1;
            while (p >= ctx.FirstToken && ctx.Tokens[p].IsWord && ctx.Tokens[p].Normalized is "see" or "cf")
            {
                p--;
            }

            if (p >= ctx.FirstToken && ctx.Tokens[p].Normalized == "(")
            {
                return ctx.Tokens[p + 1].Normalized == "see" ? null : m.Mention.EntityId;
            }
        }

        return ctx.Mentions.FirstOrDefault(m => m.Kind == EntityKind.Outlet)?.Mention.EntityId;
    }
}
