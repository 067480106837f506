using Parley.Extraction.Entities;
using Parley.Extraction.Events;
using Parley.Extraction.Positions.Cues;
using Parley.Model;
using Parley.Packs;

namespace Parley.Extraction.Positions.Topics;

/// <summary>
/// The issue a possessive stands for ("Russian peacekeepers began leaving. Hajiyev said their presence was no longer
/// needed", "Baku has demanded their withdrawal"): "their" or "its" before one of the pack's <c>possessed_issue_nouns</c>
/// is the party named last before it that agrees in number, and when that party's own name names one issue (the
/// peacekeepers, the EU mission), the stance is on that issue; a noun of undoing (<c>possessed_removal_nouns</c>:
/// withdrawal, departure) turns it.
/// </summary>
internal sealed class PossessedIssue(DomainPack pack)
{
    private readonly HashSet<string> _nouns = new(pack.Words("possessed_issue_nouns"), StringComparer.Ordinal);
    private readonly HashSet<string> _removals = new(pack.Words("possessed_removal_nouns"), StringComparer.Ordinal);
    private readonly EventCues _cues = EventCues.For(pack);
    private readonly TopicStances _topics = new(pack);

    /// <summary>
    /// <paramref name="segment"/> with the issue its possessive stands for (as its object, or as the clause its verdict
    /// judges), or the undoing a bare "the withdrawal" points back to, in place of what the noun names itself; unchanged
    /// when it has none, names other issues too, or what it stands for names no single issue. <paramref name="sentences"/>
    /// are those read so far, the current one at <paramref name="current"/>.
    /// </summary>
    internal Segment Apply(SentenceContext ctx, Segment segment, IReadOnlyList<(SentenceContext Ctx, List<StanceCue> Cues)> sentences, int current)
    {
        var owner = segment.Cue.Verdict ? AsJudged(ctx, segment.QuoteFirst, segment.Cue.At - 1) : AsObject(ctx, segment.Cue);
        var undoing = owner < 0 && !segment.Cue.Verdict ? UndoingNamed(ctx, segment.Cue) : -1;
        if (owner < 0 && undoing < 0)
        {
            return segment;
        }

        var own = OwnTopics(ctx, Math.Max(owner, undoing));
        if (!segment.Topics.All(t => own.Contains(t.Topic)))
        {
            return segment;
        }

        var stance = StanceAt(ctx, segment.Cue);
        if (undoing >= 0)
        {
            return Undone(ctx, segment.Cue.At, stance, sentences, current) is { Count: > 0 } undone ? segment with { Topics = undone } : segment;
        }

        List<SentenceContext> before = [];
        for (var n = current - 1; n >= Math.Max(0, current - 2); n--)
        {
            before.Add(sentences[n].Ctx);
        }

        return Resolve(ctx, owner, stance, before) is { Count: > 0 } possessed ? segment with { Topics = possessed } : segment;
    }

    /// <summary>
    /// The token of "the" opening the object of <paramref name="cue"/> when it is a bare noun of undoing ("welcomed the
    /// withdrawal", "agreed to the closure"), with no "of" naming what is undone; -1 otherwise.
    /// </summary>
    private int UndoingNamed(SentenceContext ctx, StanceCue cue)
    {
        var at = ctx.Word(cue.End) is "for" or "on" or "to" && !(cue.End > cue.At && ctx.Word(cue.End - 1) is "for" or "on" or "to") ? cue.End + 1 : cue.End;
        return ctx.Word(at) == "the" && _removals.Contains(ctx.Word(at + 1)) && ctx.Word(at + 2) is not ("of" or "from") ? at : -1;
    }

    // The one issue whose undoing was told last, in this sentence before the cue or up to five sentences before (a
    // removal word before it: "withdrawing its peacekeeping contingent"), with the stance a cue taking `stance` on that
    // undoing takes on the issue.
    private List<(string Topic, PositionStance Stance)> Undone(SentenceContext ctx, int cue, PositionStance stance, IReadOnlyList<(SentenceContext Ctx, List<StanceCue> Cues)> sentences, int current)
    {
        if (stance is PositionStance.Conditional)
        {
            return [];
        }

        var turned = stance is PositionStance.Opposes or PositionStance.Rejects ? PositionStance.Supports : PositionStance.Opposes;
        for (var n = current; n >= Math.Max(0, current - 5); n--)
        {
            var sentence = n == current ? ctx : sentences[n].Ctx;
            var last = n == current ? cue - 1 : sentence.LastToken;
            var undone = _topics.UndoneIn(sentence, sentence.FirstToken, last);
            if (undone.Count > 0)
            {
                return undone.Count == 1 ? [(undone[0], turned)] : [];
            }
        }

        return [];
    }

    /// <summary>The stance a cue takes, read with a negation before it ("did not welcome", "is not obsolete").</summary>
    private static PositionStance StanceAt(SentenceContext ctx, StanceCue cue) => !Negation.Before(ctx, cue.At) ? cue.Stance : cue.Stance switch
    {
        PositionStance.Supports or PositionStance.Demands or PositionStance.Offers => PositionStance.Opposes,
        PositionStance.Opposes when cue.Verdict => PositionStance.Supports,
        _ => cue.Stance,
    };

    /// <summary>
    /// The token of "their" or "its" opening the object of <paramref name="cue"/> ("demanded their withdrawal", "called for
    /// its closure", "welcomed their continued presence"), or -1.
    /// </summary>
    internal int AsObject(SentenceContext ctx, StanceCue cue)
    {
        var at = ctx.Word(cue.End) is "for" or "on" or "to" && !(cue.End > cue.At && ctx.Word(cue.End - 1) is "for" or "on" or "to") ? cue.End + 1 : cue.End;
        return Opens(ctx, at) ? at : -1;
    }

    /// <summary>
    /// The token of "their" or "its" opening the clause [<paramref name="first"/>, <paramref name="last"/>] judged by a
    /// verdict, which holds nothing else but a copula ("their presence was", "its mandate is") after at most three plain
    /// words ("journalists that"), or -1.
    /// </summary>
    internal int AsJudged(SentenceContext ctx, int first, int last)
    {
        // ("told journalists that their presence was …": whom the verdict was told to may stand before the clause.)
        var owner = first;
        while (owner < Math.Min(last, first + 3) && !Opens(ctx, owner) && ctx.Tokens[owner] is { IsWord: true, IsCapitalized: false } &&
            ctx.Word(owner) is not ("of" or "for" or "in" or "on" or "to" or "with" or "about" or "at" or "by" or "from"))
        {
            owner++;
        }

        if (last < owner || !Opens(ctx, owner))
        {
            return -1;
        }

        for (var i = NounAfter(ctx, owner) + 1; i <= last; i++)
        {
            if (ctx.Word(i) is not ("is" or "was" or "are" or "were" or "has" or "had" or "have" or "been" or "become" or "became" or "now" or "already" or
                "long" or "also" or "would" or "be" or "will"))
            {
                return -1;
            }
        }

        return owner;
    }

    /// <summary>
    /// The issue the possessive at <paramref name="possessive"/> stands for, with the stance <paramref name="stance"/> taken on
    /// it (turned by a noun of undoing), looked for in its sentence before it and in <paramref name="before"/> (the sentences
    /// before, nearest first); empty when the party it stands for names no single issue.
    /// </summary>
    internal List<(string Topic, PositionStance Stance)> Resolve(SentenceContext ctx, int possessive, PositionStance stance, IReadOnlyList<SentenceContext> before)
    {
        var plural = ctx.Word(possessive) == "their";
        var noun = NounAfter(ctx, possessive);
        if (_removals.Contains(ctx.Word(noun)))
        {
            stance = stance is PositionStance.Opposes or PositionStance.Rejects ? PositionStance.Supports : PositionStance.Opposes;
        }

        if (Antecedent(ctx, possessive, plural) is var (found, at) && found is not null)
        {
            return Named(at, found, stance);
        }

        foreach (var earlier in before)
        {
            if (Antecedent(earlier, earlier.LastToken + 1, plural) is var (m, c) && m is not null)
            {
                return Named(c, m, stance);
            }
        }

        return [];
    }

    /// <summary>The topics the noun phrase of the possessive at <paramref name="possessive"/> names itself ("their withdrawal": the withdrawal of forces).</summary>
    internal IReadOnlyList<string> OwnTopics(SentenceContext ctx, int possessive)
    {
        var noun = NounAfter(ctx, possessive);
        var own = new List<string>();
        foreach (var match in DocumentTopics.For(ctx.Analysis, _cues).Matches(possessive + 1, noun))
        {
            own.AddRange(match.Payloads);
        }

        return own;
    }

    // "their presence", "its continued presence": a possessive before a noun of the list, one word between at most.
    private bool Opens(SentenceContext ctx, int at) =>
        ctx.Word(at) is "their" or "its" && (_nouns.Contains(ctx.Word(at + 1)) || (ctx.Tokens.Count > at + 2 && ctx.Tokens[at + 1].IsWord && _nouns.Contains(ctx.Word(at + 2))));

    private int NounAfter(SentenceContext ctx, int possessive) => _nouns.Contains(ctx.Word(possessive + 1)) ? possessive + 1 : possessive + 2;

    // The last party before token `before` of the sentence that "their" (a plural name) or "its" (a singular one, not a
    // person) may stand for: people are "he" or "she", and a state answers to "its" too, so the first that agrees decides.
    private static (LinkedMention? Found, SentenceContext Ctx) Antecedent(SentenceContext ctx, int before, bool plural)
    {
        var actors = ctx.ActorList;
        for (var i = actors.Count - 1; i >= 0; i--)
        {
            var m = actors[i];
            if (m.LastToken >= before || m.Kind == EntityKind.Person)
            {
                continue;
            }

            var word = ctx.Word(m.LastToken);
            if (plural == (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)))
            {
                return (m, ctx);
            }
        }

        return (null, ctx);
    }

    // The one issue the party's own name names ("Russian peacekeepers", "the EU mission"), with the stance; none for two or none.
    private List<(string Topic, PositionStance Stance)> Named(SentenceContext ctx, LinkedMention m, PositionStance stance)
    {
        var topics = new List<string>();
        foreach (var match in DocumentTopics.For(ctx.Analysis, _cues).Matches(m.FirstToken, m.LastToken))
        {
            foreach (var t in match.Payloads)
            {
                if (!topics.Contains(t))
                {
                    topics.Add(t);
                }
            }
        }

        return topics.Count == 1 ? [(topics[0], stance)] : [];
    }
}
