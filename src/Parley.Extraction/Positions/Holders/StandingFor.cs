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
    internal string? SpeakerStandingFor(DocumentAnalysis analysis, LinkedMention actor, int cueToken)
    {
        if (pack.Find(actor.Mention.EntityId) is not { Kind: EntityKind.State or EntityKind.Authority } state)
        {
            return null;
        }

        var at = analysis.Tokens[cueToken].Span.Start;
        foreach (var claim in analysis.Claims)
        {
            if (claim.Span.Start <= at && at < claim.Span.End &&
                pack.Find(claim.Speaker) is { Kind: EntityKind.Person } speaker && speaker.Side == state.Id)
            {
                return speaker.Id;
            }
        }

        return null;
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
