using Parley.Extraction.Entities;
using Parley.Extraction.Matching;
using Parley.Model;
using Parley.Packs;
using Parley.Text;

namespace Parley.Extraction.Events;

/// <summary>
/// Finds a call between two parties told with a bare verb of calling (the pack's <c>call_verbs</c>: "called", "rang"):
/// "Macron called Pashinyan on Sunday", "Blinken called Azerbaijani President Ilham Aliyev and urged him …", "Lavrov
/// called his Armenian counterpart". The verb alone means many things ("called on", "called for", "called it a
/// provocation", "a group called …"), so it is a call only when its object is a party (titles and a possessive may stand
/// before it) or "his/her/their … counterpart(s)", and what follows the object ends the clause or says when or why it
/// was made ("on Sunday", "to discuss", ", the ministry said") rather than what the party was called ("a traitor").
/// </summary>
internal sealed class PhoneCalls(DomainPack pack) : ITriggerFinder
{
    private readonly WordSet _verbs = new(pack.Words("call_verbs"));
    private readonly HashSet<string> _titleWords = Arguments.TitleWords.Of(pack);

    // Words after the object that go on with the call: its day, purpose, manner or the next clause.
    private static readonly HashSet<string> Continuations = new(StringComparer.Ordinal)
    {
        ",", ".", ";", ":", "on", "to", "and", "late", "early", "earlier", "last", "this", "yesterday", "today", "tonight", "in", "after",
        "before", "during", "amid", "shortly", "following", "over", "by", "again", "twice", "for", "from", "hours", "days", "as", "-", "—", "–",
    };

    // Words right after the verb that make it another verb: "called on", "called for", "called off", "called it …".
    private static readonly HashSet<string> NotCalls = new(StringComparer.Ordinal)
    {
        "on", "upon", "for", "off", "out", "in", "up", "back", "it", "this", "that", "them", "themselves", "itself", "what", "a", "an", "the",
    };

    /// <summary>
    /// The calls the sentence tells of, each as a verb trigger of a meeting on the verb, leaving out a verb that a trigger
    /// of <paramref name="found"/> already covers.
    /// </summary>
    public List<PhraseMatch<(EventType Type, TriggerForm Form)>> Find(SentenceContext ctx, List<PhraseMatch<(EventType Type, TriggerForm Form)>> found)
    {
        List<PhraseMatch<(EventType Type, TriggerForm Form)>>? result = null;
        for (var i = ctx.FirstToken; i <= ctx.LastToken; i++)
        {
            if (!_verbs.Contains(ctx.WordId(i)) || !IsActiveCall(ctx, i) || ObjectEnd(ctx, i) is not { } end || (end < ctx.LastToken && !Continuations.Contains(ctx.Word(end + 1))) ||
                found.Exists(t => t.FirstToken <= i && t.LastToken >= i))
            {
                continue;
            }

            (result ??= []).Add(new PhraseMatch<(EventType Type, TriggerForm Form)>(i, i, ctx.Tokens[i].Span, [(EventType.Meeting, TriggerForm.Verb)]));
        }

        return result ?? [];
    }

    // Not "so called", "was called", "is called", "…, also called Artsakh", nor "called on/for/it".
    private static bool IsActiveCall(SentenceContext ctx, int verb) =>
        ctx.Word(verb - 1) is not ("so" or "was" or "were" or "is" or "are" or "be" or "been" or "being" or "-") &&
        !(ctx.Word(verb - 1) == "also" && ctx.Word(verb - 2) is "," or "(") &&
        !NotCalls.Contains(ctx.Word(verb + 1));

    // The last token of the object when it is a party or a counterpart, or null.
    private int? ObjectEnd(SentenceContext ctx, int verb)
    {
        var j = verb + 1;
        // "his Armenian counterpart", "their Azerbaijani counterparts".
        if (ctx.Word(j) is "his" or "her" or "their")
        {
            for (var k = j + 1; k <= j + 3 && k <= ctx.LastToken; k++)
            {
                if (ctx.Word(k) is "counterpart" or "counterparts")
                {
                    return ctx.Word(k + 1) is "in" or "from" && NextNonPlace(ctx, k + 2) is var after && after > k + 2 ? after - 1 : k;
                }
            }

            return null;
        }

        // "Armenian Prime Minister Nikol Pashinyan", "Pashinyan": titles and capitalised words, then a party's name.
        foreach (var m in ctx.ActorList)
        {
            // ("Armenian Prime Minister Nikol Pashinyan": a demonym or body in front of the title is not the object.)
            if (m.FirstToken < j || m.FirstToken > j + 4 || IsTitleWord(ctx, m.LastToken + 1))
            {
                continue;
            }

            for (var k = j; k < m.FirstToken; k++)
            {
                var token = ctx.Tokens[k];
                if (!IsTitleWord(ctx, k))
                {
                    return null;
                }
            }

            // "Macron called Pashinyan and Aliyev": the last party of a list joined by "and".
            var last = m.LastToken;
            foreach (var other in ctx.ActorList)
            {
                if (other.FirstToken == last + 2 && ctx.Word(last + 1) is "and" or ",")
                {
                    last = other.LastToken;
                }
            }

            return last;
        }

        return null;
    }

    private bool IsTitleWord(SentenceContext ctx, int k) =>
        k <= ctx.LastToken && (_titleWords.Contains(ctx.Tokens[k].Normalized) || (ctx.Tokens[k].IsWord && ctx.Tokens[k].IsCapitalized));

    // The first token from i on past a list of places ("in Baku and Yerevan on Monday" → "on"), or i when none stands there.
    private static int NextNonPlace(SentenceContext ctx, int i)
    {
        var k = i;
        while (PlaceAt(ctx, k) is { } place)
        {
            k = place.LastToken + 1;
            if (ctx.Word(k) is "and" or "," && PlaceAt(ctx, k + 1) is not null)
            {
                k++;
            }
        }

        return k;
    }

    private static LinkedMention? PlaceAt(SentenceContext ctx, int token)
    {
        foreach (var m in ctx.Mentions)
        {
            if (m.FirstToken == token && m.Kind == EntityKind.Place)
            {
                return m;
            }
        }

        return null;
    }
}
