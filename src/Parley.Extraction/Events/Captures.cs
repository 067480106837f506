using Parley.Extraction.Matching;
using Parley.Model;
using Parley.Packs;
using Parley.Text;

namespace Parley.Extraction.Events;

/// <summary>
/// Finds a capture told with a verb and a complement apart ("took six soldiers prisoner", "were taken captive"): a verb
/// of taking (the pack's <c>taking_verbs</c>) whose object, a few words of count and noun, is followed by a captive
/// complement (the pack's <c>captive_complements</c>: "prisoner", "captive", "hostage"), or the complement right after
/// the verb ("took prisoner six soldiers", the passive "were taken prisoner"). The fixed phrases cannot reach across the
/// object.
/// </summary>
internal sealed class Captures(DomainPack pack) : ITriggerFinder
{
    private readonly WordSet _verbs = new(pack.Words("taking_verbs"));
    private readonly HashSet<string> _complements = new(pack.Words("captive_complements"), StringComparer.Ordinal);

    // Most words an object holds between the verb and the complement: "at least 20 Armenian servicemen".
    private const int MaxObject = 6;

    // Words that end the object before a complement could come: the clause goes on with something else.
    private static readonly HashSet<string> ObjectEnds = new(StringComparer.Ordinal)
    {
        ",", ".", ";", ":", "to", "into", "from", "for", "with", "by", "that", "which", "who", "and", "part", "place", "control", "office", "steps", "measures",
    };

    /// <summary>
    /// The captures the sentence tells of, each as a verb trigger of an arrest from the verb to the complement, leaving out
    /// those a trigger of <paramref name="found"/> already covers.
    /// </summary>
    public List<PhraseMatch<(EventType Type, TriggerForm Form)>> Find(SentenceContext ctx, List<PhraseMatch<(EventType Type, TriggerForm Form)>> found)
    {
        List<PhraseMatch<(EventType Type, TriggerForm Form)>>? result = null;
        for (var i = ctx.FirstToken; i <= ctx.LastToken; i++)
        {
            if (!_verbs.Contains(ctx.WordId(i)) || ComplementAfter(ctx, i) is var complement && complement < 0 ||
                found.Exists(t => t.FirstToken <= complement && t.LastToken >= i && t.Payloads[0].Type == EventType.Arrest))
            {
                continue;
            }

            (result ??= []).Add(new PhraseMatch<(EventType Type, TriggerForm Form)>(i, complement,
                new CharSpan(ctx.Tokens[i].Span.Start, ctx.Tokens[complement].Span.End), [(EventType.Arrest, TriggerForm.Verb)]));
        }

        return result ?? [];
    }

    // The captive complement that goes with the verb at i, or -1 ("prisoner of war" keeps its head: a capture still).
    private int ComplementAfter(SentenceContext ctx, int verb)
    {
        for (var j = verb + 1; j <= ctx.LastToken && j <= verb + MaxObject + 1; j++)
        {
            var token = ctx.Tokens[j];
            if (_complements.Contains(token.Normalized))
            {
                return j;
            }

            if (!(token.IsWord || token.Kind == TokenKind.Number || token.Normalized == "-") || ObjectEnds.Contains(token.Normalized))
            {
                return -1;
            }
        }

        return -1;
    }
}
