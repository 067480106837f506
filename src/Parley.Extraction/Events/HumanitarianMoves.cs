using Parley.Extraction.Matching;
using Parley.Model;
using Parley.Packs;
using Parley.Text;

namespace Parley.Extraction.Events;

/// <summary>
/// Finds humanitarian movements told without the pack's fixed aid or flight phrases: goods that get somewhere ("20 tons
/// of flour reached Stepanakert", "two trucks carrying flour were allowed through the corridor": a cargo noun of the
/// pack's <c>cargo_nouns</c> right before a verb of the pack's <c>cargo_arrival_verbs</c>) are an aid delivery; people
/// moved by someone ("the Red Cross moved 17 patients to Armenia": a verb of the pack's <c>transfer_verbs</c> whose
/// object is headed by a noun of <c>transferred_people</c>) are a displacement.
/// </summary>
internal sealed class HumanitarianMoves(DomainPack pack) : ITriggerFinder
{
    private readonly string[][] _arrivals = [.. pack.Words("cargo_arrival_verbs").Select(SentenceContext.KeyOf).Where(k => k.Length > 0)];
    private readonly WordSet _cargo = new(pack.Words("cargo_nouns"));
    private readonly WordSet _transfers = new(pack.Words("transfer_verbs"));
    private readonly HashSet<string> _people = new(pack.Words("transferred_people"), StringComparer.Ordinal);

    // Words that may stand between a cargo noun and its verb: "20 tons of flour finally reached …", "… had reached".
    private static readonly HashSet<string> BeforeVerb = new(StringComparer.Ordinal) { "finally", "also", "eventually", "had", "have", "has", "later" };

    // Most words a moved people's noun phrase holds before its head: "17 seriously injured patients".
    private const int MaxModifiers = 3;

    /// <summary>True when the trigger opens on a cargo noun ("20 tons of [flour reached]"): goods are its subject.</summary>
    internal bool StartsWithCargo(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger) =>
        _cargo.Contains(ctx.Word(trigger.FirstToken));

    /// <summary>The movements the sentence tells of, leaving out those a trigger of <paramref name="found"/> of the same type already covers.</summary>
    public List<PhraseMatch<(EventType Type, TriggerForm Form)>> Find(SentenceContext ctx, List<PhraseMatch<(EventType Type, TriggerForm Form)>> found)
    {
        List<PhraseMatch<(EventType Type, TriggerForm Form)>>? result = null;
        for (var i = ctx.FirstToken; i <= ctx.LastToken; i++)
        {
            var (first, last, type) = (-1, -1, EventType.AidDelivery);
            if (_cargo.Contains(ctx.WordId(i)) && ArrivalAfter(ctx, i) is var end and >= 0)
            {
                (first, last) = (i, end);
            }
            else if (_transfers.Contains(ctx.WordId(i)) && PeopleAfter(ctx, i) is var head and >= 0)
            {
                (first, last, type) = (i, head, EventType.Displacement);
            }

            if (first < 0 || found.Exists(t => t.FirstToken <= last && t.LastToken >= first && t.Payloads[0].Type == type))
            {
                continue;
            }

            (result ??= []).Add(new PhraseMatch<(EventType Type, TriggerForm Form)>(first, last,
                new CharSpan(ctx.Tokens[first].Span.Start, ctx.Tokens[last].Span.End), [(type, TriggerForm.Verb)]));
        }

        return result ?? [];
    }

    // The last token of an arrival verb after the cargo noun at i, or -1.
    private int ArrivalAfter(SentenceContext ctx, int noun)
    {
        var j = noun + 1;
        while (j <= ctx.LastToken && j <= noun + 3 && BeforeVerb.Contains(ctx.Word(j)))
        {
            j++;
        }

        foreach (var verb in _arrivals)
        {
            var k = 0;
            while (k < verb.Length && ctx.Word(j + k) == verb[k])
            {
                k++;
            }

            if (k == verb.Length)
            {
                return j + k - 1;
            }
        }

        return -1;
    }

    // The head of the people moved by the verb at i ("moved [17 seriously injured] patients"), or -1; "moved closer",
    // "brought charges" and "moved troops" move no one in need.
    private int PeopleAfter(SentenceContext ctx, int verb)
    {
        for (var j = verb + 1; j <= ctx.LastToken && j <= verb + MaxModifiers + 1; j++)
        {
            var token = ctx.Tokens[j];
            if (_people.Contains(token.Normalized))
            {
                return j;
            }

            if (!(token.IsWord || token.Kind == TokenKind.Number) || token.Normalized is "to" or "from" or "into" or "of" or "and" or "by")
            {
                return -1;
            }
        }

        return -1;
    }
}
