using Parley.Extraction.Entities;
using Parley.Extraction.Matching;
using Parley.Model;
using Parley.Packs;
using Parley.Pipeline;
using Parley.Text;
using Parley.Time;

namespace Parley.Extraction.Events;

/// <summary>
/// Reads typed events from sentences: a trigger from the pack, then its arguments by syntax cues — actors
/// before the trigger and after "with"/"between", targets after "against"/"on"/"for", mediators after
/// mediation cues, the place after a locative preposition, the clause's date, agenda topics and counts — and
/// its status from modality and negation.
/// </summary>
public sealed class EventStage(DomainPack pack) : IExtractionStage
{
    private static readonly HashSet<EventType> TargetTypes =
    [
        EventType.ArmedClash, EventType.Arrest, EventType.Release, EventType.Blockade, EventType.SupplyCut,
        EventType.AidDelivery, EventType.Appointment, EventType.Dismissal, EventType.Invitation, EventType.Refusal,
        EventType.Visit, EventType.Proposal,
    ];

    private readonly EventCues _cues = EventCues.For(pack);

    /// <inheritdoc />
    public string Name => "events";

    /// <inheritdoc />
    public void Run(DocumentAnalysis analysis)
    {
        var stream = MatchStream.For(analysis);
        var counter = 0;
        foreach (var ctx in SentenceContext.All(analysis))
        {
            if (ctx.Sentence.IsHeading && ctx.Times.Count == 0)
            {
                continue;
            }

            var triggers = _cues.Triggers.FindAll(analysis.Tokens, stream, ctx.FirstToken, ctx.LastToken);
            var taken = new HashSet<EventType>();
            foreach (var trigger in triggers)
            {
                var (type, weak) = trigger.Payloads[0];
                if (taken.Contains(type) || Suppressed(ctx, trigger, triggers, type))
                {
                    continue;
                }

                var mention = Read(ctx, trigger, type, weak, ref counter);
                if (mention is not null)
                {
                    taken.Add(type);
                    analysis.Events.Add(mention);
                }
            }
        }
    }

    private static bool Suppressed(SentenceContext ctx, PhraseMatch<(EventType Type, bool Weak)> trigger, List<PhraseMatch<(EventType Type, bool Weak)>> all, EventType type)
    {
        // "refused to hold talks", "invited ... to hold talks", "proposed talks": the talks are the object.
        if (type == EventType.Meeting && all.Any(o => o.Payloads[0].Type is EventType.Refusal or EventType.Invitation or EventType.Proposal &&
            o.FirstToken < trigger.FirstToken && trigger.FirstToken - o.LastToken <= 8))
        {
            return true;
        }

        // A trigger inside a named thing ("Munich Security Conference") or a title is not an event.
        if (ctx.Mentions.Any(m => m.FirstToken <= trigger.FirstToken && trigger.LastToken <= m.LastToken))
        {
            return true;
        }

        return false;
    }

    private EventMention? Read(SentenceContext ctx, PhraseMatch<(EventType Type, bool Weak)> trigger, EventType type, bool weak, ref int counter)
    {
        var analysis = ctx.Analysis;
        var date = DateFor(ctx, trigger);
        var actors = new List<string>();
        var targets = new List<string>();
        var mediators = MediatorsOf(ctx);
        foreach (var m in ctx.Actors)
        {
            var id = ActorId(m, type);
            if (mediators.Contains(m.Mention.EntityId) || mediators.Contains(id))
            {
                continue;
            }

            var after = m.FirstToken > trigger.LastToken;
            var cue = PreviousWord(ctx, m.FirstToken);
            var isTarget = TargetTypes.Contains(type) && after && cue is not ("with" or "and" or "between" or "by");
            if (type is EventType.Appointment or EventType.Dismissal or EventType.Arrest && m.Kind == EntityKind.Person)
            {
                isTarget = true;
            }

            if (type == EventType.Meeting && after && cue is not ("with" or "and" or "between" or "of"))
            {
                continue;
            }

            var list = isTarget ? targets : actors;
            if (!list.Contains(id))
            {
                list.Add(id);
            }
        }

        if (weak && (date is null || actors.Count == 0))
        {
            return null;
        }

        // Events need a participant or a date to be worth recording; analysis prose has neither.
        if (actors.Count + targets.Count == 0 && date is null)
        {
            return null;
        }

        var (quantities, place) = (ReadQuantities(ctx, type), PlaceOf(ctx, trigger));
        var topics = TopicsOf(ctx);
        var status = StatusOf(ctx, trigger, type);
        var span = ctx.Sentence.Span;
        counter++;
        return new EventMention
        {
            Key = $"e{counter}",
            DocumentId = analysis.Document.Id,
            Type = type,
            Status = status,
            Date = date?.Range ?? FallbackDate(analysis),
            Place = place,
            Actors = actors,
            Targets = targets.Where(t => !actors.Contains(t)).ToList(),
            Mediators = [.. mediators],
            Topics = topics,
            Quantities = quantities,
            Span = span,
            Quote = span.Slice(analysis.Text),
            Via = ViaOf(ctx),
            Trigger = trigger.Span.Slice(analysis.Text),
        };
    }

    private static DateRange? FallbackDate(DocumentAnalysis analysis) => analysis.Document.Published;

    private static TimeExpression? DateFor(SentenceContext ctx, PhraseMatch<(EventType Type, bool Weak)> trigger)
    {
        var points = ctx.Times.Where(t => !t.IsDuration).ToList();
        if (points.Count == 0)
        {
            return null;
        }

        var at = ctx.Tokens[trigger.FirstToken].Span.Start;
        return points.OrderBy(t => Math.Abs(t.Span.Start - at)).First();
    }

    private string ActorId(LinkedMention m, EventType type)
    {
        if (m.Kind == EntityKind.Person && type is not (EventType.Appointment or EventType.Dismissal or EventType.Arrest or EventType.Release))
        {
            var side = pack.Find(m.Mention.EntityId)?.Side;
            if (side is not null)
            {
                return side;
            }
        }

        return m.Mention.EntityId;
    }

    private static string? PreviousWord(SentenceContext ctx, int token)
    {
        for (var i = token - 1; i >= ctx.FirstToken && i >= token - 3; i--)
        {
            if (ctx.Tokens[i].IsWord && ctx.Tokens[i].Normalized is not ("the" or "a" or "an" or "'s"))
            {
                return ctx.Tokens[i].Normalized;
            }
        }

        return null;
    }

    private HashSet<string> MediatorsOf(SentenceContext ctx)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var cues = pack.Words("mediation_cues");
        foreach (var cue in cues)
        {
            var key = string.Join(' ', MatchTokens.Key(cue));
            var at = ctx.Find(key, ctx.FirstToken, ctx.LastToken);
            if (at < 0)
            {
                continue;
            }

            var after = at + key.Split(' ').Length;
            var first = ctx.Actors.FirstOrDefault(m => m.FirstToken >= after && m.FirstToken - after <= 6);
            if (first is not null)
            {
                result.Add(first.Mention.EntityId);
            }
        }

        // "Russian Major General X, commander of the peacekeeping unit, mediated": the subject of "mediated".
        var verb = ctx.FindAny(["mediated", "brokered", "hosted"], ctx.FirstToken, ctx.LastToken, out _);
        if (verb > 0)
        {
            var subject = ctx.Actors.LastOrDefault(m => m.LastToken < verb && m.Kind != EntityKind.Person) ?? ctx.Actors.LastOrDefault(m => m.LastToken < verb);
            if (subject is not null)
            {
                result.Add(subject.Kind == EntityKind.Person ? pack.Find(subject.Mention.EntityId)?.Side ?? subject.Mention.EntityId : subject.Mention.EntityId);
            }
        }

        return result;
    }

    private string? PlaceOf(SentenceContext ctx, PhraseMatch<(EventType Type, bool Weak)> trigger)
    {
        var places = ctx.Mentions.Where(m => m.Kind is EntityKind.Place or EntityKind.Route).ToList();
        if (places.Count == 0)
        {
            return null;
        }

        var located = places.Where(p => PreviousWord(ctx, p.FirstToken) is "in" or "at" or "near" or "on" or "along" or "of" or "outside" or "inside" or "through" or "via" or "across").ToList();
        var pool = located.Count > 0 ? located : places;
        return pool.OrderBy(p => Math.Abs(p.FirstToken - trigger.FirstToken)).First().Mention.EntityId;
    }

    private List<string> TopicsOf(SentenceContext ctx)
    {
        return _cues.TopicsIn(ctx.Analysis, ctx.FirstToken, ctx.LastToken);
    }

    private static List<Quantity> ReadQuantities(SentenceContext ctx, EventType type)
    {
        var list = QuantityReader.Read(ctx.Tokens, ctx.FirstToken, ctx.LastToken).Select(q => q.Quantity).ToList();
        if (type == EventType.Displacement)
        {
            list = [.. list.Select(q => q.Kind == QuantityKind.People ? q with { Kind = QuantityKind.Displaced } : q)];
        }

        return [.. list.Distinct()];
    }

    private EventStatus StatusOf(SentenceContext ctx, PhraseMatch<(EventType Type, bool Weak)> trigger, EventType type)
    {
        var from = Math.Max(ctx.FirstToken, trigger.FirstToken - 6);
        var window = (from, trigger.FirstToken - 1);
        if (ctx.FindAny(pack.Words("denial_verbs"), ctx.FirstToken, trigger.FirstToken - 1, out _) >= 0 ||
            ctx.FindAny(["no such", "did not", "didn't", "has not", "have not", "never", "not"], window.from, window.Item2, out _) >= 0)
        {
            return EventStatus.Denied;
        }

        if (ctx.FindAny(pack.Words("planned_cues"), window.from, window.Item2, out _) >= 0)
        {
            return EventStatus.Planned;
        }

        if (ctx.FindAny(pack.Words("hypothetical_cues"), window.from, window.Item2, out _) >= 0)
        {
            return EventStatus.Hypothetical;
        }

        return type == EventType.Proposal ? EventStatus.Proposed : EventStatus.Occurred;
    }

    private string? ViaOf(SentenceContext ctx)
    {
        // A parenthetical citation "(Trend.az, March 1)" or "according to <outlet>".
        var outlet = ctx.Mentions.LastOrDefault(m => m.Kind == EntityKind.Outlet);
        return outlet?.Mention.EntityId;
    }
}
