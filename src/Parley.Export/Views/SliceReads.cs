using Parley.Model;
using Parley.Storage;

namespace Parley.Export.Views;

/// <summary>A page of contradictions (<see cref="SliceReads.ReadContradictions"/>).</summary>
/// <param name="Contradictions">The page's contradictions, by id, resolved to quotes.</param>
/// <param name="NextAfter">The contradiction id the next page starts after; null when this is the last page.</param>
public sealed record ContradictionPage(IReadOnlyList<ContradictionView> Contradictions, string? NextAfter);

/// <summary>What a brief reads (<see cref="SliceReads.ReadBrief"/>).</summary>
/// <param name="View">The period's key events, its first contradictions and its positions, with what they cite.</param>
/// <param name="Contradictions">How many contradictions the period's events hold, of which the view has the first.</param>
public sealed record BriefSlice(RecordView View, int Contradictions);

/// <summary>
/// What the terminal views print, each read from the store's indexes and aggregates: one event with its accounts, an
/// actor's first events and counts, the outlets' counts, a page of contradictions, a brief's key events. Each builds a
/// <see cref="RecordView"/> over the few rows it needs (with the documents, claims and events their quotes cite), so
/// it answers on a store of a million events as on a small one, and as the view of the whole record would.
/// </summary>
public static class SliceReads
{
    /// <summary>Event ids read on each side of a mistyped one, to suggest the closest (all of them on a small store).</summary>
    public const int SuggestionWindow = 1000;

    /// <summary>Most contradictions a brief lists (by id): a period of a large store may hold thousands.</summary>
    public const int MaxBriefDisagreements = 40;

    /// <summary>
    /// The event <paramref name="eventId"/> with every account, its claims and its contradictions; null when the store
    /// holds no such event, with the closest stored id in <paramref name="suggestion"/> when one is close.
    /// </summary>
    public static EventDetail? ReadEventDetail(IParleyStore store, string eventId, out string? suggestion)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(eventId);
        suggestion = null;
        if (store.ReadEventsById([eventId]) is not [var e])
        {
            suggestion = string.IsNullOrWhiteSpace(eventId) ? null : RecordView.SuggestEvent(eventId, store.ReadEventIdsNear(eventId, SuggestionWindow));
            return null;
        }

        var record = Complete(store, RecordFilter.All, [e], store.ReadClaimsAbout([e.Id]), store.ReadContradictions([e.Id]), [], Entities(store), citeEvents: true);
        return new RecordView(record).Detail(e.Id);
    }

    /// <summary>
    /// The actor <paramref name="nameOrId"/> names (as <see cref="RecordView.FindActor"/> finds it) with its first
    /// <paramref name="limit"/> events; a problem when no actor has that name.
    /// </summary>
    public static FilterProblem? ReadActor(IParleyStore store, string nameOrId, int limit, out ActorProfile? profile)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(nameOrId);
        profile = null;
        var entities = Entities(store);
        var lookup = new RecordView(new ParleyRecord { Entities = entities }).FindActor(nameOrId);
        if (lookup.EntityId is null || store.ReadEntity(lookup.EntityId) is not { } entity)
        {
            return new FilterProblem("actor", RecordQuery.UnknownActor(nameOrId, lookup));
        }

        profile = ReadActorProfile(store, entity, entities, limit);
        return null;
    }

    /// <summary>
    /// The profile of <paramref name="entity"/> (as <see cref="IParleyStore.ReadEntity"/> gives it, with its roles) with
    /// its first <paramref name="limit"/> events in timeline order, all its positions and, when it has more events, how
    /// many and how many of each type. <paramref name="entities"/> name the ids.
    /// </summary>
    public static ActorProfile ReadActorProfile(IParleyStore store, Entity entity, IReadOnlyList<EntityWithMentions> entities, int limit)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var filter = new RecordFilter { Actor = entity.Id };
        // One more than the page, to tell whether it has more.
        var page = store.ReadEvents(filter, limit == int.MaxValue ? limit : limit + 1);
        var shown = page.Take(limit).ToList();
        var positions = store.ReadPositions(new PositionFilter { Actor = entity.Id }, int.MaxValue, null).Select(p => p.Position).ToList();
        var named = entities.Where(e => e.Entity.Id != entity.Id).Prepend(new EntityWithMentions(entity, [])).ToList();
        var record = Complete(store, RecordFilter.All, shown, [], store.ReadContradictions([.. shown.Select(e => e.Id)]), positions, named, citeEvents: false);
        var profile = new RecordView(record).Actor(entity.Id)!;
        profile = profile with { Mentions = store.ReadMentionDocumentCounts([entity.Id]).GetValueOrDefault(entity.Id) };
        if (page.Count > shown.Count)
        {
            profile = profile with
            {
                EventsNotShown = store.CountEvents(filter) - shown.Count,
                EventTypes = store.ReadEventTypeCounts(filter).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.ToWire(), StringComparer.Ordinal)
                    .ToDictionary(kv => kv.Key.ToWire(), kv => kv.Value, StringComparer.Ordinal),
            };
        }

        return profile;
    }

    /// <summary>
    /// Per outlet, over the events <paramref name="filter"/> selects, as <see cref="RecordView.Sources"/> gives them, each
    /// listing the first <paramref name="soleShown"/> events only it reports and how many more there are.
    /// </summary>
    public static IReadOnlyList<SourceSummary> ReadSources(IParleyStore store, RecordFilter filter, int soleShown)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(soleShown);
        return [.. store.ReadOutletSummaries(filter, soleShown)
            .Select(o => new SourceSummary(o.Outlet.Length == 0 ? RecordView.UnknownOutlet : o.Outlet, o.Documents, o.Claims, o.Events,
                [.. o.AloneFirst.Select(s => s.Id)], o.AloneEvents > o.AloneFirst.Count ? o.AloneEvents - o.AloneFirst.Count : null))
            .OrderByDescending(s => s.Documents).ThenBy(s => s.Outlet, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>
    /// A page of the contradictions of the record (or of the events <paramref name="filter"/> selects), by id, at most
    /// <paramref name="limit"/>, after the contradiction <paramref name="afterId"/> when given.
    /// </summary>
    public static ContradictionPage ReadContradictions(IParleyStore store, RecordFilter filter, int limit, string? afterId)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var read = store.ReadContradictionList(filter, limit == int.MaxValue ? limit : limit + 1, afterId);
        var shown = read.Take(limit).ToList();
        var events = store.ReadEventsById([.. shown.Select(x => x.EventId).OfType<string>()]);
        var view = new RecordView(Complete(store, filter, events, [], shown, [], Entities(store), citeEvents: true));
        return new ContradictionPage(view.Contradictions(), read.Count > shown.Count ? shown[^1].Id : null);
    }

    /// <summary>
    /// What a brief of <paramref name="filter"/>'s period (and topic) needs, as a view: its <paramref name="maxEvents"/>
    /// most reported events dated inside the period, its first contradictions (<see cref="MaxBriefDisagreements"/>) and
    /// every position stated in the period, and how many contradictions the period holds. Null when the period has no
    /// event and no position.
    /// </summary>
    public static BriefSlice? ReadBrief(IParleyStore store, RecordFilter filter, int maxEvents)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        var positions = store.ReadPositions(new PositionFilter { Topic = filter.Topic, Period = filter.Period, Actor = filter.Actor }, int.MaxValue, null)
            .Select(p => p.Position).ToList();
        if (positions.Count == 0 && store.ReadEvents(filter, 1).Count == 0)
        {
            return null;
        }

        var key = store.ReadEventsById(store.ReadMostReportedEvents(filter, maxEvents));
        var contradictions = store.ReadContradictionList(filter, MaxBriefDisagreements, null);
        // Counted only when the page is full: a period of a large store may hold thousands.
        var held = contradictions.Count < MaxBriefDisagreements ? contradictions.Count : store.CountContradictions(filter);
        var known = key.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var events = key.Concat(store.ReadEventsById([.. contradictions.Select(x => x.EventId).OfType<string>().Where(id => !known.Contains(id))])).ToList();
        return new BriefSlice(new RecordView(Complete(store, filter, events, [], contradictions, positions, Entities(store), citeEvents: true)), held);
    }

    /// <summary>Every stored entity without its mentions: what names the ids and finds an actor.</summary>
    public static IReadOnlyList<EntityWithMentions> Entities(IParleyStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return [.. store.ReadEntities().Select(e => new EntityWithMentions(e, []))];
    }

    /// <summary>
    /// A record of these rows and what their quotes need: the claims and event accounts the contradictions cite (an
    /// account of another event only when nothing is filtered, as the slice holds only its own events' accounts and
    /// claims), and the documents every quote is in (those of the events' accounts when <paramref name="citeEvents"/>).
    /// The events are put in timeline order, as the whole record lists them.
    /// </summary>
    private static ParleyRecord Complete(IParleyStore store, RecordFilter filter, IReadOnlyList<Event> events, IReadOnlyList<Claim> claims,
        IReadOnlyList<Contradiction> contradictions, IReadOnlyList<Position> positions, IReadOnlyList<EntityWithMentions> entities, bool citeEvents)
    {
        var allEvents = events.DistinctBy(e => e.Id).ToList();
        var allClaims = claims.ToList();
        var known = allClaims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var cited = contradictions.SelectMany(x => x.ClaimIds).Where(id => !known.Contains(id)).Distinct(StringComparer.Ordinal).ToList();
        if (cited.Count > 0)
        {
            var inSlice = allEvents.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            var found = store.ReadClaimsById(cited).Where(c => filter.IsAll || (c.EventId is not null && inSlice.Contains(c.EventId))).ToList();
            allClaims.AddRange(found);
            known.UnionWith(found.Select(c => c.Id));
            var mentionIds = allEvents.SelectMany(e => e.Mentions).Select(RecordView.MentionId).ToHashSet(StringComparer.Ordinal);
            // Accounts of events not read yet: their events, found through the documents' links.
            var accounts = cited.Where(id => !known.Contains(id) && !mentionIds.Contains(id) && id.Contains('#', StringComparison.Ordinal)).ToList();
            if (filter.IsAll && accounts.Count > 0)
            {
                var holders = new HashSet<string>(StringComparer.Ordinal);
                foreach (var group in accounts.GroupBy(id => id[..id.LastIndexOf('#')], StringComparer.Ordinal))
                {
                    if (store.ReadDocumentExtraction(group.Key) is { } extraction)
                    {
                        holders.UnionWith(group.Select(id => extraction.EventIds.GetValueOrDefault(id[(id.LastIndexOf('#') + 1)..])).OfType<string>());
                    }
                }

                holders.ExceptWith(inSlice);
                allEvents.AddRange(store.ReadEventsById(holders));
            }
        }

        allEvents = [.. allEvents.OrderBy(e => e.Date is null).ThenBy(e => e.Date?.Earliest).ThenBy(e => e.Id, StringComparer.Ordinal)];
        var documentIds = allClaims.Select(c => c.DocumentId).Concat(positions.Select(p => p.DocumentId))
            .Concat(citeEvents ? allEvents.SelectMany(e => e.Mentions).Select(m => m.DocumentId) : []).ToHashSet(StringComparer.Ordinal);
        return new ParleyRecord
        {
            Documents = [.. store.ReadDocumentsById(documentIds).OrderBy(d => d.Id, StringComparer.Ordinal)],
            Entities = entities,
            Events = allEvents,
            Claims = allClaims,
            Contradictions = contradictions,
            Positions = positions,
        };
    }
}
