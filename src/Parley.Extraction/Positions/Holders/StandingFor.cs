using Parley.Extraction.Entities;
using Parley.Extraction.Events;
using Parley.Model;
using Parley.Packs;
using Parley.Pipeline;

namespace Parley.Extraction.Positions.Holders;

/// <summary>
/// Whom a party stands for or acts as: the person quoted who names their own state ("Moscow will do everything",
/// Putin said), the doer of the act a purpose serves ("to prevent smuggling, a checkpoint was set up by ..."), and the
/// state a state body acts for.
/// </summary>
internal sealed class StandingFor(DomainPack pack)
{
    /// <summary>
    /// "Moscow will do everything for a settlement," Putin said: a speaker naming their own state in their
    /// quote states their own stance, so the person quoted holds it. Null when the cue is in no such quote.
    /// </summary>
    /// <remarks>
    /// A speaker named after a concessive word ("Russia did not object, though Zakharova said Moscow was not consulted")
    /// reports that clause, not the cue's: the party named keeps the stance.
    /// </remarks>
    internal string? SpeakerStandingFor(DocumentAnalysis analysis, SentenceContext ctx, LinkedMention actor, int cueToken)
    {
        if (pack.Find(actor.Mention.EntityId) is not { Kind: EntityKind.State or EntityKind.Authority } state)
        {
            return null;
        }

        var at = analysis.Tokens[cueToken].Span.Start;
        foreach (var claim in analysis.Claims)
        {
            if (claim.Span.Start <= at && at < claim.Span.End &&
                pack.Find(claim.Speaker) is { Kind: EntityKind.Person } speaker && speaker.Side == state.Id && !SpeaksAfterConcession(ctx, speaker.Id, cueToken))
            {
                return speaker.Id;
            }
        }

        return null;
    }

    /// <summary>
    /// "Pashinyan remains opposed, and his government offered …": "his government" (or "her country", "his
    /// administration") right before the cue is the state of the person named before it; null otherwise.
    /// </summary>
    internal string? GovernmentOf(SentenceContext ctx, LinkedMention actor, int cueToken)
    {
        var at = cueToken - 1;
        while (at > actor.LastToken + 1 && ctx.Word(at) is "has" or "have" or "had" or "will" or "would" or "is" or "was" or "also" or "then" or "now")
        {
            at--;
        }

        return at - 1 > actor.LastToken && ctx.Word(at - 1) is "his" or "her" && ctx.Word(at) is "government" or "country" or "administration" or "cabinet" &&
            actor.Kind == EntityKind.Person && pack.Find(actor.Mention.EntityId)?.Side is { } side && pack.Find(side)?.Kind == EntityKind.State
            ? side
            : null;
    }

    /// <summary>True when the person <paramref name="speaker"/> is named after the cue only past "though", "although", "while" or "whereas".</summary>
    private static bool SpeaksAfterConcession(SentenceContext ctx, string speaker, int cueToken)
    {
        foreach (var m in ctx.ActorList)
        {
            if (m.FirstToken > cueToken && m.Mention.EntityId == speaker)
            {
                for (var i = cueToken + 1; i < m.FirstToken; i++)
                {
                    if (ctx.Word(i) is "though" or "although" or "while" or "whereas")
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The one party of the act the sentence reports, when the cue opens a purpose ("to prevent", "in order to curb")
    /// with no subject of its own; a state body acts for its state.
    /// </summary>
    internal string? PurposeOfAct(DocumentAnalysis analysis, SentenceContext ctx, StanceCue cue)
    {
        if (cue.At - 1 < ctx.FirstToken || ctx.Word(cue.At - 1) != "to")
        {
            return null;
        }

        var span = ctx.Sentence.Span;
        var act = analysis.Events.FirstOrDefault(e => e.Status == EventStatus.Occurred && e.Actors.Count == 1 && span.Contains(e.Span));
        return act is null ? null : StateOf(act.Actors[0]);
    }

    /// <summary>The state a state body acts for, or the party itself.</summary>
    internal string StateOf(string doer) =>
        pack.Find(doer) is { Kind: EntityKind.Organization, Parent: { } parent } && pack.Find(parent)?.Kind == EntityKind.State ? parent : doer;
}
