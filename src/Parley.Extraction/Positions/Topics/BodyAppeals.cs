using Parley.Extraction.Events;
using Parley.Model;
using Parley.Packs;

namespace Parley.Extraction.Positions.Topics;

/// <summary>
/// Appeals to an international body to act ("called on the UN to intervene", "demanding the bloc respond"): a party
/// asking such a body to step in takes a stance for international involvement, the pack's appeal topics.
/// </summary>
internal sealed class BodyAppeals(DomainPack pack)
{
    private readonly HashSet<string> _nouns = new(pack.Words("international_body_nouns"), StringComparer.Ordinal);

    /// <summary>The issues an appeal to an international body stands for (the pack's <c>appeal_topics</c>).</summary>
    internal IReadOnlyList<string> Topics { get; } = pack.Words("appeal_topics");

    /// <summary>
    /// The last token of the international body a demand cue addresses, followed by "to" ("called on the UN to",
    /// "appealed to the world body to", "urged the bloc to"), or -1. A body is an organisation of no side and no
    /// parent state, or a head noun the pack names for one after "the" ("the bloc").
    /// </summary>
    internal int AddressedBody(SentenceContext ctx, StanceCue cue)
    {
        if (Topics.Count == 0)
        {
            return -1;
        }

        var i = cue.End;
        if (ctx.Word(i) is "on" or "upon" or "to")
        {
            i++;
        }

        // A named body: the mention that opens here (after an article).
        var start = ctx.Word(i) == "the" ? i + 1 : i;
        foreach (var m in ctx.ActorList)
        {
            if ((m.FirstToken == i || m.FirstToken == start) && m.LastToken < ctx.LastToken && ctx.Word(m.LastToken + 1) == "to" &&
                pack.Find(m.Mention.EntityId) is { Kind: EntityKind.Organization, Side: null } body &&
                (body.Parent is null || pack.Find(body.Parent) is { Kind: EntityKind.Organization }))
            {
                return m.LastToken;
            }
        }

        // "the bloc", "the alliance": a body named by its head noun.
        return ctx.Word(i) == "the" && _nouns.Contains(ctx.Word(i + 1)) && ctx.Word(i + 2) == "to" ? i + 1 : -1;
    }
}
