using Parley.Extraction.Events;
using Parley.Model;
using Parley.Packs;

namespace Parley.Extraction.Claims;

/// <summary>
/// Reads what a denial or rebuttal is of: something said not to have been talked about ("was not on the agenda"), a
/// state that lasts denied as it stands ("denied that the road is blocked"), an account another side gave ("rejected
/// Baku's account") and words for what was said called untrue ("the claims are lies").
/// </summary>
internal sealed class Denials(DomainPack pack)
{
    // States that last, which a side denies as they stand ("denied that the road is blocked").
    private static readonly EventType[] StandingStates = [EventType.Blockade, EventType.SupplyCut, EventType.Checkpoint];

    private readonly EventCues _cues = EventCues.For(pack);

    // ", a charge the ministry denied": nouns for what was said that a denial takes up.
    private readonly IReadOnlyList<string> _answerNouns = pack.Words("answer_nouns");

    // Words for what someone said ("claims", "reports"), and the words that call it untrue ("lies", "groundless").
    private readonly IReadOnlyList<string> _statementNouns = pack.Words("statement_nouns");
    private readonly IReadOnlyList<string> _discredit = pack.Words("discredit_words");

    /// <summary>
    /// "did not discuss", "was never discussed", "were not raised", "was not on the agenda": what was said is that
    /// something was not talked about.
    /// </summary>
    public static bool NegatesDiscussion(SentenceContext ctx, int first, int last)
    {
        for (var i = first + 1; i <= last; i++)
        {
            var word = ctx.Word(i);
            // ("There was no discussion of any status": a talk a plain "no" denies.)
            if (word is "discussion" or "discussions" && ctx.Word(i - 1) == "no")
            {
                return true;
            }

            var talked = word is "discuss" or "discussed" or "raised" or "mentioned" or "address" or "addressed" || (word == "agenda" && ctx.Word(i - 1) == "the" && ctx.Word(i - 2) == "on");
            if (!talked)
            {
                continue;
            }

            for (var j = i - 1; j >= first && j >= i - 4; j--)
            {
                if (ctx.Word(j) is "not" or "never" or "n't" or "neither" or "nor")
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "denied that the road is blocked", "denies there is any checkpoint": the latest blockade, supply cut or checkpoint told
    /// before the sentence whose kind a trigger in tokens [<paramref name="first"/>, <paramref name="last"/>] names, or null.
    /// A state that lasts is denied as it stands, with no date of its own, so the event stage tells no happening for it.
    /// </summary>
    public EventMention? StandingStateDenied(SentenceContext ctx, int first, int last)
    {
        foreach (var trigger in _cues.Triggers.FindAll(ctx.Analysis.Tokens, Parley.Extraction.Matching.MatchStream.For(ctx.Analysis), first, last))
        {
            foreach (var (type, _) in trigger.Payloads)
            {
                if (Array.IndexOf(StandingStates, type) >= 0 &&
                    ctx.Analysis.Events.LastOrDefault(e => e.Type == type && e.Span.End <= ctx.Sentence.Span.Start) is { } told)
                {
                    return told;
                }
            }
        }

        return null;
    }

    /// <summary>"rejected Baku's account", "denied the accusations": a word for what was said within four words after the denial verb.</summary>
    public bool DeniesAnAccount(SentenceContext ctx, int den) =>
        ctx.FindAny(_answerNouns, den + 1, Math.Min(ctx.LastToken, den + 4), out _) > den || ctx.FindAny(_statementNouns, den + 1, Math.Min(ctx.LastToken, den + 4), out _) > den;

    /// <summary>
    /// "the claims … are lies", "such reports were groundless": a word for what someone said, then within twelve
    /// words a copula and a word that calls it untrue.
    /// </summary>
    public bool Discredits(SentenceContext ctx, int last)
    {
        var noun = ctx.FindAny(_statementNouns, ctx.FirstToken, last, out _);
        if (noun < 0)
        {
            return false;
        }

        var copula = ctx.FindAny(Copulas, noun + 1, Math.Min(last, noun + 12), out _);
        return copula >= 0 && ctx.FindAny(_discredit, copula + 1, Math.Min(last, copula + 3), out _) >= 0;
    }

    // The verbs that link a word for what was said to what calls it untrue ("the reports are groundless").
    private static readonly string[] Copulas = ["are", "is", "were", "was", "are nothing but", "is nothing but", "remain", "proved"];
}
