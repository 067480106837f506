using Parley.Extraction.Entities;
using Parley.Extraction.Matching;
using Parley.Model;
using Parley.Packs;

namespace Parley.Extraction.Events.Arguments;

/// <summary>
/// Who brokers, hosts or mediates a happening rather than taking part in it: the sentence's brokers, the host of
/// a meeting, the state of the venue, and a third party at talks between the two sides.
/// </summary>
internal sealed class MediatorReader(DomainPack pack)
{
    // A fixed cue list, one array for every call, so the document's index of it is built once (see PhraseIndex.ListOf).
    private static readonly string[] MediationVerbs = ["mediated", "brokered", "hosted"];

    private static readonly string[] MediationWords = ["mediation", "brokered", "mediated", "facilitated"];

    // No brokers: shared by the sentences that name none, never written.
    private static readonly HashSet<string> NoMediators = new(StringComparer.Ordinal);

    private readonly ActorIds _actorIds = new(pack);
    private readonly EntityIndex _entities = EntityIndex.For(pack);

    // The pack's cue lists, taken once (the same list object every time, which the document's index of a list keys on).
    private readonly IReadOnlyList<string> _mediationCues = pack.Words("mediation_cues");
    private readonly IReadOnlyList<string> _conflictSides = pack.Words("conflict_sides");
    private readonly IReadOnlyList<string> _mediatingBodies = pack.Words("mediating_bodies");
    private readonly HashSet<string> _titleWords = TitleWords.Of(pack);

    // The state seated at each place (the first the pack lists), looked up for every meeting and deal.
    private readonly Dictionary<string, string> _stateBySeat = StatesBySeat(pack);

    /// <summary>Happenings a third party can broker or host; a clash, a blockade or a flight has no mediator, whatever
    /// deal the sentence says was brokered.</summary>
    internal bool IsMediated(EventType type) =>
        type is EventType.Meeting or EventType.Agreement or EventType.Release or EventType.Proposal or EventType.Invitation or
            EventType.AidDelivery or EventType.Visit;

    /// <summary>Who the sentence says brokered something; the same for every trigger of the sentence, read once and shared (not to be changed).</summary>
    internal HashSet<string> MediatorsOf(SentenceContext ctx)
    {
        if (ctx.KnownMediators is { } known)
        {
            return known;
        }

        // Most sentences name no mediation: one look in the document's index of each cue list says so, and their
        // phrases are then not searched one by one.
        var result = NoMediators;
        if (ctx.FindAny(_mediationCues, ctx.FirstToken, ctx.LastToken, out _) >= 0)
        {
            foreach (var key in SentenceContext.KeysOf(_mediationCues))
            {
                var at = ctx.Find(key, ctx.FirstToken, ctx.LastToken);
                if (at < 0)
                {
                    continue;
                }

                var first = ActorWithinSixAfter(ctx, at + key.Length);
                if (first is not null)
                {
                    Add(ref result, first.Mention.EntityId);
                }
            }
        }

        // "with EU mediation", "a US-brokered deal": the name right before the mediation word.
        if (ctx.FindAny(MediationWords, ctx.FirstToken, ctx.LastToken, out _) >= 0)
        {
            foreach (var word in MediationWords)
            {
                var at = ctx.Find(word, ctx.FirstToken, ctx.LastToken);
                var before = at > ctx.FirstToken ? ActorRightBefore(ctx, at) : null;
                if (before is not null)
                {
                    Add(ref result, before.Kind == EntityKind.Person ? pack.Find(before.Mention.EntityId)?.Side ?? before.Mention.EntityId : before.Mention.EntityId);
                }
                else if (at > ctx.FirstToken + 1 && ctx.Word(at - 1) == "-" && ctx.Tokens[at - 2].IsCapitalized &&
                         _entities.AdjectiveOf.TryGetValue(ctx.Word(at - 2), out var state))
                {
                    // "a Russian-brokered ceasefire": a demonym joined to the mediation word names its state.
                    Add(ref result, state);
                }
            }
        }

        // "Russian Major General X, commander of the peacekeeping unit, mediated": the subject of "mediated".
        // A passive ("talks between A and B, hosted by C") names its broker after "by", read with the cues above; the
        // party named before the participle is no broker.
        var verb = ctx.FindAny(MediationVerbs, ctx.FirstToken, ctx.LastToken, out _);
        if (verb > 0 && ctx.Word(verb + 1) != "by")
        {
            var subject = LastActorBefore(ctx, verb, notPerson: true) ?? LastActorBefore(ctx, verb, notPerson: false);
            if (subject is not null)
            {
                Add(ref result, subject.Kind == EntityKind.Person ? pack.Find(subject.Mention.EntityId)?.Side ?? subject.Mention.EntityId : subject.Mention.EntityId);
            }
        }

        ctx.KnownMediators = result;
        return result;

        // The shared empty set until a broker is found.
        static void Add(ref HashSet<string> set, string id)
        {
            if (ReferenceEquals(set, NoMediators))
            {
                set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(id);
        }
    }

    /// <summary>The first actor starting at most six tokens after <paramref name="after"/> (at or after it).</summary>
    private static LinkedMention? ActorWithinSixAfter(SentenceContext ctx, int after)
    {
        foreach (var m in ctx.ActorList)
        {
            if (m.FirstToken >= after && m.FirstToken - after <= 6)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The last actor ending right before token <paramref name="at"/>, or before a hyphen there ("US-brokered").</summary>
    private static LinkedMention? ActorRightBefore(SentenceContext ctx, int at)
    {
        LinkedMention? found = null;
        foreach (var m in ctx.ActorList)
        {
            if (m.LastToken == at - 1 || (m.LastToken == at - 2 && ctx.Word(at - 1) == "-"))
            {
                found = m;
            }
        }

        return found;
    }

    /// <summary>The last actor (one that is not a person, with <paramref name="notPerson"/>) ending before token <paramref name="at"/>, or null.</summary>
    private static LinkedMention? LastActorBefore(SentenceContext ctx, int at, bool notPerson)
    {
        var actors = ctx.ActorList;
        for (var k = actors.Count - 1; k >= 0; k--)
        {
            if (actors[k].LastToken < at && !(notPerson && actors[k].Kind == EntityKind.Person))
            {
                return actors[k];
            }
        }

        return null;
    }

    /// <summary>
    /// "The Russian minister met his Armenian and Azerbaijani counterparts": one side meeting two others at once
    /// hosts them, so it is the mediator and they are the parties.
    /// </summary>
    internal void HostOf(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, EventType type, List<string> actors, HashSet<string> mediators)
    {
        // One subject (by id) before the verb, and its object right after it. (Loops rather than LINQ: this runs for every meeting verb.)
        string? subject = null;
        var oneSubject = false;
        LinkedMention? firstAfter = null;
        foreach (var m in ctx.ActorList)
        {
            if (m.LastToken < trigger.FirstToken)
            {
                var id = _actorIds.ActorId(m, type);
                oneSubject = subject is null || (oneSubject && id == subject);
                subject = id;
            }

            if (m.FirstToken > trigger.LastToken && firstAfter is null)
            {
                firstAfter = m;
            }
        }

        if (firstAfter is null || !TriggerPhrase.IsObjectOf(ctx, trigger, firstAfter, _titleWords) || !oneSubject || subject is null)
        {
            return;
        }

        // Two guests or more among the parties, the host not among them.
        var guests = new List<string>();
        foreach (var m in ctx.ActorList)
        {
            if (m.FirstToken > trigger.LastToken && _actorIds.ActorId(m, type) is var id && actors.Contains(id) && !guests.Contains(id))
            {
                guests.Add(id);
            }
        }

        if (guests.Count < 2 || guests.Contains(subject))
        {
            return;
        }

        actors.Remove(subject);
        mediators.Add(subject);
    }

    /// <summary>
    /// The state whose capital holds the talks hosts them: a third state is their mediator; one of three or more
    /// parties is the mediator too (and, for a deal, a signatory as well).
    /// </summary>
    internal void HostByPlace(string? place, EventType type, List<string> actors, HashSet<string> mediators)
    {
        var host = place is not null && _stateBySeat.TryGetValue(place, out var seated) ? seated : null;
        // Two parties meeting in a third state's capital: that state hosts them, unless the sentence names who
        // mediates ("in Prague with EU mediation").
        if (host is not null && type == EventType.Meeting && !actors.Contains(host) && mediators.Count > 0)
        {
            return;
        }

        if (host is not null && type == EventType.Meeting && !actors.Contains(host))
        {
            mediators.Add(host);
            return;
        }

        if (host is null || !actors.Contains(host) || OtherStates(actors, host) < 2)
        {
            return;
        }

        mediators.Add(host);
        if (type == EventType.Meeting)
        {
            actors.Remove(host);
        }
    }

    private static Dictionary<string, string> StatesBySeat(DomainPack pack)
    {
        var bySeat = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var state in pack.OfKind(EntityKind.State))
        {
            if (state.Seat is { } seat)
            {
                bySeat.TryAdd(seat, state.Id);
            }
        }

        return bySeat;
    }

    /// <summary>The number of states among <paramref name="actors"/> other than <paramref name="host"/>.</summary>
    private int OtherStates(List<string> actors, string host)
    {
        var states = 0;
        foreach (var a in actors)
        {
            states += a != host && pack.Find(a)?.Kind == EntityKind.State ? 1 : 0;
        }

        return states;
    }

    /// <summary>
    /// Talks or a deal between two sides of the conflict (the pack's <c>conflict_sides</c>) with an outside state or
    /// international body at the table: the outsider mediates. It leaves the parties of talks and, for a deal,
    /// signs it as well.
    /// </summary>
    internal void ThirdParties(EventType type, List<string> actors, HashSet<string> mediators)
    {
        var sides = _conflictSides;
        string? SideOf(string id) => pack.Find(id) is { } e ? e.Side ?? e.Id : null;
        // Two sides of the conflict among the actors at least (a loop rather than LINQ: this runs for every meeting or deal).
        string? firstSide = null;
        var bothSides = false;
        foreach (var a in actors)
        {
            if (SideOf(a) is { } side && sides.Contains(side))
            {
                if (firstSide is null)
                {
                    firstSide = side;
                }
                else if (firstSide != side)
                {
                    bothSides = true;
                    break;
                }
            }
        }

        if (!bothSides)
        {
            return;
        }

        var bodies = _mediatingBodies;
        foreach (var actor in actors.ToList())
        {
            var entity = pack.Find(actor);
            var outsider = entity is not null && !sides.Contains(SideOf(actor)!) &&
                           (entity.Kind == EntityKind.State || (entity.Kind == EntityKind.Organization && (entity.Side is not null || bodies.Contains(entity.Id))));
            if (!outsider)
            {
                continue;
            }

            mediators.Add(actor);
            if (type == EventType.Meeting)
            {
                actors.Remove(actor);
            }
        }
    }

    /// <summary>Takes out of <paramref name="mediators"/> each state whose own body (one of its sides or parents) mediates too.</summary>
    internal void RemoveStatesOfMediatingBodies(HashSet<string> mediators) =>
        mediators.RemoveWhere(m => pack.Find(m)?.Kind == EntityKind.State &&
                                   mediators.Any(o => pack.Find(o) is { Kind: EntityKind.Organization } body && (body.Side == m || body.Parent == m)));
}
