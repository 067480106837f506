using Parley.Model;
using Parley.Time;

namespace Parley.Storage;

/// <summary>What happened to a document handed to <see cref="IParleyStore.Save(DocumentExtraction)"/>.</summary>
public enum SaveOutcome
{
    /// <summary>A document id not seen before.</summary>
    New,
    /// <summary>Same id and same content hash: nothing written.</summary>
    Unchanged,
    /// <summary>Same id, new content: the old version and all its extractions were replaced.</summary>
    Replaced,
}

/// <summary>
/// The record's store. Every backend (SQLite, PostgreSQL) implements this one interface; nothing outside the
/// storage projects speaks SQL.
/// </summary>
public interface IParleyStore : IDisposable
{
    /// <summary>Human-readable location (a file path, a server and database).</summary>
    string Location { get; }

    /// <summary>Creates or upgrades the schema by applying the numbered migrations not yet applied.</summary>
    void Migrate();

    /// <summary>The schema version now applied.</summary>
    int SchemaVersion { get; }

    /// <summary>The stored content hash of a document, or null when the id is unknown.</summary>
    string? GetContentHash(string documentId);

    /// <summary>
    /// Stores a document and everything extracted from it in one transaction. An unchanged document (same id,
    /// same hash) writes nothing; a changed one replaces the old version and all its extractions. The hash
    /// stored is that of <see cref="DocumentExtraction.Document"/>.
    /// </summary>
    SaveOutcome Save(DocumentExtraction extraction) => Save(extraction, extraction.Document.ContentHash);

    /// <summary>
    /// Stores a document and its extractions as <see cref="Save(DocumentExtraction)"/> does, recording
    /// <paramref name="contentHash"/>: the hash of the document as its source gave it, before any stage
    /// inferred metadata, so <see cref="GetContentHash"/> compares equal when the same input is read again.
    /// </summary>
    SaveOutcome Save(DocumentExtraction extraction, string contentHash);

    /// <summary>
    /// Stores several documents as <see cref="Save(DocumentExtraction, string)"/> does, in one transaction where the
    /// backend can (much faster than one transaction each); the outcomes are in the order given. When it throws,
    /// nothing of the batch is stored.
    /// </summary>
    IReadOnlyList<SaveOutcome> SaveBatch(IReadOnlyList<(DocumentExtraction Extraction, string ContentHash)> batch) =>
        [.. batch.Select(b => Save(b.Extraction, b.ContentHash))];

    /// <summary>
    /// Deletes a document and everything extracted from it; true when it was stored. The merged results keep its
    /// accounts out from the next cross-document pass on.
    /// </summary>
    bool DeleteDocument(string documentId) => throw new NotSupportedException($"{Location} cannot delete documents");

    /// <summary>Reads back every stored document's extraction (for the cross-document pass).</summary>
    IReadOnlyList<DocumentExtraction> ReadExtractions();

    /// <summary>
    /// Reads back what the cross-document pass needs and nothing more: every stored event mention and every claim,
    /// each in document order (document id, then the order of the document's extraction), as
    /// <see cref="ReadExtractions"/> would give them.
    /// </summary>
    (IReadOnlyList<EventMention> Mentions, IReadOnlyList<Claim> Claims) ReadMergeInputs()
    {
        var extractions = ReadExtractions();
        return ([.. extractions.SelectMany(x => x.Events)], [.. extractions.SelectMany(x => x.Claims)]);
    }

    /// <summary>
    /// For each event mention the last cross-document pass merged, the id of its merged event (document id, mention
    /// key → event id): the grouping an incremental pass reuses for what is not new. A store that does not keep it
    /// returns nothing, and the pass merges everything again.
    /// </summary>
    IReadOnlyDictionary<(string Doc, string Key), string> ReadEventLinks() => new Dictionary<(string Doc, string Key), string>();

    /// <summary>
    /// Starts a cross-document pass done window by window in one write transaction (see <see cref="IMergeSession"/>);
    /// null when the store cannot, and the caller reads everything and uses <see cref="ReplaceMerged"/>.
    /// </summary>
    IMergeSession? BeginMerge() => null;

    /// <summary>
    /// Replaces the cross-document results (merged events, contradictions and each claim's event) in one
    /// transaction.
    /// </summary>
    void ReplaceMerged(IReadOnlyList<Event> events, IReadOnlyList<Contradiction> contradictions, IReadOnlyDictionary<string, string> claimEventIds);

    /// <summary>
    /// Fills an empty store with documents and the cross-document results of them, storing exactly what
    /// <see cref="SaveBatch"/> of the documents and then <see cref="ReplaceMerged"/> would store. A backend may load
    /// it far faster in one transaction (PostgreSQL copies the rows in); a store already holding documents or events
    /// is refused. For filling a store for a benchmark or from a copy.
    /// </summary>
    void BulkLoad(IReadOnlyList<(DocumentExtraction Extraction, string ContentHash)> documents, IReadOnlyList<Event> events,
        IReadOnlyList<Contradiction> contradictions, IReadOnlyDictionary<string, string> claimEventIds)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var chunk in documents.Chunk(500))
        {
            SaveBatch(chunk);
        }

        ReplaceMerged(events, contradictions, claimEventIds);
    }

    /// <summary>Reads the record, or the slice of it <paramref name="filter"/> selects.</summary>
    ParleyRecord ReadRecord(RecordFilter filter);

    /// <summary>Counts of what the store holds.</summary>
    StoreStats GetStats();

    /// <summary>
    /// The merged events <paramref name="filter"/> selects, in timeline order (earliest date, then id), at most
    /// <paramref name="limit"/>: the timeline query, answered from indexes without reading the whole record.
    /// </summary>
    IReadOnlyList<Event> ReadEvents(RecordFilter filter, int limit = int.MaxValue) => [.. ReadRecord(filter).Events.Take(limit)];

    /// <summary>
    /// A page of the timeline: the merged events <paramref name="filter"/> selects, in timeline order (dated events by
    /// earliest day, then id; undated ones last, by id), at most <paramref name="limit"/>, starting right after the
    /// event <paramref name="afterEventId"/> (the last one of the previous page) when given. Null when the store
    /// holds no event with that id. A store without a cheaper way reads the whole timeline and skips to the cursor.
    /// </summary>
    IReadOnlyList<Event>? ReadEvents(RecordFilter filter, int limit, string? afterEventId)
    {
        var all = ReadEvents(filter)
            .OrderBy(e => e.Date is null).ThenBy(e => e.Date?.Earliest).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        if (afterEventId is null)
        {
            return [.. all.Take(limit)];
        }

        var at = all.FindIndex(e => e.Id == afterEventId);
        return at < 0 ? null : [.. all.Skip(at + 1).Take(limit)];
    }

    /// <summary>The contradictions about the given events (what marks a page's disputed events), by id.</summary>
    IReadOnlyList<Contradiction> ReadContradictions(IReadOnlyCollection<string> eventIds)
    {
        var ids = eventIds.ToHashSet(StringComparer.Ordinal);
        return [.. ReadRecord(RecordFilter.All).Contradictions.Where(x => x.EventId is not null && ids.Contains(x.EventId))];
    }

    /// <summary>
    /// The stored entities without their mentions, by id: what names the ids a page of events refers to and finds
    /// an actor by name, without reading every mention.
    /// </summary>
    IReadOnlyList<Entity> ReadEntities() => [.. ReadRecord(RecordFilter.All).Entities.Select(e => e.Entity)];

    /// <summary>
    /// A page of the documents, newest first (by earliest publication day, then id; undated ones last, by id), without
    /// their text, each with how many of its event accounts merged events hold and how many claims it has; at most
    /// <paramref name="limit"/>, starting right after the document <paramref name="afterDocumentId"/> when given. Null
    /// when the store holds no document with that id. A store without a cheaper way reads the whole record.
    /// </summary>
    IReadOnlyList<DocumentSummary>? ReadDocuments(int limit, string? afterDocumentId)
    {
        var record = ReadRecord(RecordFilter.All);
        var accounts = record.Events.SelectMany(e => e.Mentions).GroupBy(m => m.DocumentId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var claims = record.Claims.GroupBy(c => c.DocumentId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var all = record.Documents
            .OrderBy(d => d.Published is null).ThenByDescending(d => d.Published?.Earliest).ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => new DocumentSummary(d.Id, d.Title, d.Outlet, d.Published, accounts.GetValueOrDefault(d.Id), claims.GetValueOrDefault(d.Id)))
            .ToList();
        var at = afterDocumentId is null ? -1 : all.FindIndex(d => d.Id == afterDocumentId);
        return afterDocumentId is not null && at < 0 ? null : [.. all.Skip(at + 1).Take(limit)];
    }

    /// <summary>
    /// The values the event filters can take: every actor (acting, targeted or mediating), place and topic some merged
    /// event has, and every outlet a document names, each once (unordered). What a filter form offers, read without
    /// reading the events.
    /// </summary>
    EventFacets ReadEventFacets()
    {
        var record = ReadRecord(RecordFilter.All);
        return new EventFacets(
            [.. record.Events.SelectMany(e => e.Actors.Concat(e.Targets).Concat(e.Mediators)).Distinct(StringComparer.Ordinal)],
            [.. record.Events.Select(e => e.Place).OfType<string>().Distinct(StringComparer.Ordinal)],
            [.. record.Events.SelectMany(e => e.Topics).Distinct(StringComparer.Ordinal)],
            [.. record.Documents.Select(d => d.Outlet).OfType<string>().Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>The merged events with these ids, with their accounts (unordered); ids the store does not hold are left out.</summary>
    IReadOnlyList<Event> ReadEventsById(IReadOnlyCollection<string> eventIds)
    {
        var ids = eventIds.ToHashSet(StringComparer.Ordinal);
        return [.. ReadRecord(RecordFilter.All).Events.Where(e => ids.Contains(e.Id))];
    }

    /// <summary>The documents with these ids, with their text (unordered); ids the store does not hold are left out.</summary>
    IReadOnlyList<Document> ReadDocumentsById(IReadOnlyCollection<string> documentIds)
    {
        var ids = documentIds.ToHashSet(StringComparer.Ordinal);
        return [.. ReadRecord(RecordFilter.All).Documents.Where(d => ids.Contains(d.Id))];
    }

    /// <summary>
    /// One document's extraction as stored (its entity mentions, event accounts, claims and positions; entities, roles
    /// and time expressions left empty) and, for each of its event accounts a merged event holds, that event's id by
    /// mention key. Null when the store holds no such document.
    /// </summary>
    (DocumentExtraction Extraction, IReadOnlyDictionary<string, string> EventIds)? ReadDocumentExtraction(string documentId)
    {
        var record = ReadRecord(RecordFilter.All);
        if (record.Documents.FirstOrDefault(d => d.Id == documentId) is not { } document)
        {
            return null;
        }

        var extraction = new DocumentExtraction
        {
            Document = document,
            Mentions = [.. record.Entities.SelectMany(e => e.Mentions).Where(m => m.DocumentId == documentId).Select(m => m.Mention)],
            Events = [.. record.Events.SelectMany(e => e.Mentions).Where(m => m.DocumentId == documentId).DistinctBy(m => m.Key)],
            Claims = [.. record.Claims.Where(c => c.DocumentId == documentId)],
            Positions = [.. record.Positions.Where(p => p.DocumentId == documentId)],
        };
        var eventIds = record.Events.SelectMany(e => e.Mentions.Where(m => m.DocumentId == documentId).Select(m => (m.Key, e.Id)))
            .DistinctBy(x => x.Key).ToDictionary(x => x.Key, x => x.Id, StringComparer.Ordinal);
        return (extraction, eventIds);
    }

    /// <summary>The stored event accounts with these (document id, mention key) pairs; pairs the store does not hold are left out.</summary>
    IReadOnlyList<EventMention> ReadEventMentions(IReadOnlyCollection<(string DocumentId, string Key)> keys)
    {
        var wanted = keys.ToHashSet();
        return [.. ReadExtractions().SelectMany(x => x.Events).Where(m => wanted.Contains((m.DocumentId, m.Key)))];
    }

    /// <summary>
    /// A page of the claims <paramref name="filter"/> selects, by id, at most <paramref name="limit"/>, after the claim
    /// id <paramref name="afterClaimId"/> when given (a keyset: ids above it).
    /// </summary>
    IReadOnlyList<Claim> ReadClaims(ClaimFilter filter, int limit, string? afterClaimId) =>
        [.. ReadRecord(RecordFilter.All).Claims.Where(filter.Matches)
            .Where(c => afterClaimId is null || string.CompareOrdinal(c.Id, afterClaimId) > 0).OrderBy(c => c.Id, StringComparer.Ordinal).Take(limit)];

    /// <summary>
    /// A page of the positions <paramref name="filter"/> selects, by document id and then their order in the document,
    /// at most <paramref name="limit"/>, after the position <paramref name="after"/> when given.
    /// </summary>
    IReadOnlyList<StoredPosition> ReadPositions(PositionFilter filter, int limit, PositionKey? after) =>
        [.. ReadRecord(RecordFilter.All).Positions.GroupBy(p => p.DocumentId).SelectMany(g => g.Select((p, i) => new StoredPosition(p, new PositionKey(g.Key, i))))
            .Where(p => filter.Matches(p.Position))
            .OrderBy(p => p.Key.DocumentId, StringComparer.Ordinal).ThenBy(p => p.Key.Seq)
            .Where(p => after is not { } a || string.CompareOrdinal(p.Key.DocumentId, a.DocumentId) > 0 || (p.Key.DocumentId == a.DocumentId && p.Key.Seq > a.Seq))
            .Take(limit)];

    /// <summary>
    /// A page of the contradictions, newest first (by their day: the event's earliest, else the latest publication day of
    /// their claims' documents; undated ones last; then by id), of one attribute when given, at most
    /// <paramref name="limit"/>, after the contradiction <paramref name="afterContradictionId"/> when given. Null when
    /// the store holds no contradiction with that id.
    /// </summary>
    IReadOnlyList<DatedContradiction>? ReadContradictionPage(ContradictionAttribute? attribute, int limit, string? afterContradictionId)
    {
        var record = ReadRecord(RecordFilter.All);
        var events = record.Events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var claims = record.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var documents = record.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        NodaTime.LocalDate? DayOf(Contradiction x) =>
            x.EventId is not null && events.TryGetValue(x.EventId, out var e) && e.Date is { } d ? d.Earliest
            : x.ClaimIds.Select(id => claims.TryGetValue(id, out var c) && documents.TryGetValue(c.DocumentId, out var doc) ? doc.Published?.Earliest : null).Max();
        var all = record.Contradictions.Where(x => attribute is null || x.Attribute == attribute).Select(x => new DatedContradiction(x, DayOf(x)))
            .OrderBy(x => x.Day is null).ThenByDescending(x => x.Day).ThenBy(x => x.Contradiction.Id, StringComparer.Ordinal).ToList();
        var at = afterContradictionId is null ? -1 : all.FindIndex(x => x.Contradiction.Id == afterContradictionId);
        return afterContradictionId is not null && at < 0 ? null : [.. all.Skip(at + 1).Take(limit)];
    }

    /// <summary>
    /// The stored entity with this id, its roles from the documents added to its own; null when the store holds none.
    /// </summary>
    Entity? ReadEntity(string entityId) => ReadRecord(RecordFilter.All).Entities.FirstOrDefault(e => e.Entity.Id == entityId)?.Entity;

    /// <summary>How many times the documents name each of these entities (ids never named are left out).</summary>
    IReadOnlyDictionary<string, int> ReadMentionCounts(IReadOnlyCollection<string> entityIds)
    {
        var ids = entityIds.ToHashSet(StringComparer.Ordinal);
        return ReadRecord(RecordFilter.All).Entities.Where(e => ids.Contains(e.Entity.Id)).ToDictionary(e => e.Entity.Id, e => e.Mentions.Count, StringComparer.Ordinal);
    }

    /// <summary>
    /// Every outlet documents give (empty for none) with its counts, and the first <paramref name="aloneShown"/> events in
    /// timeline order that no other outlet reports; most documents first. A store without a cheaper way reads the whole record.
    /// </summary>
    IReadOnlyList<OutletSummary> ReadOutletSummaries(int aloneShown)
    {
        var record = ReadRecord(RecordFilter.All);
        static string Key(string? outlet) => string.IsNullOrWhiteSpace(outlet) ? "" : outlet;
        var outletOf = record.Documents.ToDictionary(d => d.Id, d => Key(d.Outlet), StringComparer.Ordinal);
        var eventOutlets = record.Events.Select(e => (Event: e, Outlets: e.Mentions.Select(m => outletOf.GetValueOrDefault(m.DocumentId)).OfType<string>().ToHashSet(StringComparer.Ordinal))).ToList();
        var timeline = eventOutlets.OrderBy(x => x.Event.Date is null).ThenBy(x => x.Event.Date?.Earliest).ThenBy(x => x.Event.Id, StringComparer.Ordinal).ToList();
        var claims = record.Claims.CountBy(c => outletOf.GetValueOrDefault(c.DocumentId) ?? "").ToDictionary(StringComparer.Ordinal);
        return [.. record.Documents.GroupBy(d => Key(d.Outlet), StringComparer.Ordinal)
            .Select(g =>
            {
                var alone = timeline.Where(x => x.Outlets.Count == 1 && x.Outlets.Contains(g.Key)).ToList();
                return new OutletSummary(g.Key, g.Count(), eventOutlets.Count(x => x.Outlets.Contains(g.Key)), claims.GetValueOrDefault(g.Key), alone.Count,
                    [.. alone.Take(aloneShown).Select(x => new EventStub(x.Event.Id, x.Event.Type, x.Event.Date?.Earliest))]);
            })
            .OrderByDescending(o => o.Documents).ThenBy(o => o.Outlet, StringComparer.Ordinal)];
    }

    /// <summary>
    /// How many of the events <paramref name="filter"/> selects happen at each place, and how many it selects in all. A
    /// store without a cheaper way reads the whole timeline.
    /// </summary>
    PlaceCounts ReadPlaceCounts(RecordFilter filter)
    {
        var events = ReadEvents(filter);
        var disputed = ReadContradictions([.. events.Select(e => e.Id)]).Select(x => x.EventId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return new PlaceCounts(
            [.. events.Where(e => e.Place is not null).GroupBy(e => e.Place!, StringComparer.Ordinal)
                .Select(g => new PlaceCount(g.Key, g.Count(), g.Count(e => disputed.Contains(e.Id))))
                .OrderByDescending(p => p.Events).ThenBy(p => p.Place, StringComparer.Ordinal)],
            events.Count);
    }

    /// <summary>
    /// The <paramref name="maxLinks"/> strongest links of the actor network (<see cref="EventPairs"/>) among the events
    /// <paramref name="filter"/> selects, each with its first <paramref name="eventsShown"/> events in timeline order, and
    /// each actor's distinct events over those links. A store without a cheaper way reads the whole timeline.
    /// </summary>
    NetworkCounts ReadNetwork(RecordFilter filter, int maxLinks, int eventsShown)
    {
        var links = new Dictionary<(string A, string B, string Relation), List<EventStub>>();
        foreach (var e in ReadEvents(filter))
        {
            foreach (var pair in EventPairs.Of(e))
            {
                if (!links.TryGetValue(pair, out var list))
                {
                    links[pair] = list = [];
                }

                list.Add(new EventStub(e.Id, e.Type, e.Date?.Earliest));
            }
        }

        return NetworkCounts.Of(links, maxLinks, eventsShown);
    }

    /// <summary>
    /// For each of <paramref name="entityIds"/> (every entity that acts in an event, speaks, states a position or is
    /// named when null), how many events, claims, positions and mentions the record holds; ids with none are left out.
    /// A store without a cheaper way reads the whole record.
    /// </summary>
    IReadOnlyList<ActorCounts> ReadActorCounts(IReadOnlyCollection<string>? entityIds)
    {
        var record = ReadRecord(RecordFilter.All);
        var events = record.Events.SelectMany(e => e.Actors.Concat(e.Targets).Concat(e.Mediators).Distinct(StringComparer.Ordinal)).CountBy(id => id).ToDictionary(StringComparer.Ordinal);
        var claims = record.Claims.Where(c => c.Speaker is not null).CountBy(c => c.Speaker!).ToDictionary(StringComparer.Ordinal);
        var positions = record.Positions.CountBy(p => p.Actor).ToDictionary(StringComparer.Ordinal);
        var mentions = record.Entities.Where(e => e.Mentions.Count > 0).ToDictionary(e => e.Entity.Id, e => e.Mentions.Count, StringComparer.Ordinal);
        var ids = entityIds ?? [.. events.Keys.Concat(claims.Keys).Concat(positions.Keys).Concat(mentions.Keys).Distinct(StringComparer.Ordinal)];
        return [.. ids.Distinct(StringComparer.Ordinal)
            .Select(id => new ActorCounts(id, events.GetValueOrDefault(id), claims.GetValueOrDefault(id), positions.GetValueOrDefault(id), mentions.GetValueOrDefault(id)))
            .Where(c => c.Events + c.Claims + c.Positions + c.Mentions > 0)];
    }

    /// <summary>Every topic of an event, claim or position, with its counts. A store without a cheaper way reads the whole record.</summary>
    IReadOnlyList<TopicCounts> ReadTopicCounts()
    {
        var record = ReadRecord(RecordFilter.All);
        var events = record.Events.SelectMany(e => e.Topics.Distinct(StringComparer.Ordinal)).CountBy(t => t).ToDictionary(StringComparer.Ordinal);
        var claims = record.Claims.SelectMany(c => c.Topics.Distinct(StringComparer.Ordinal)).CountBy(t => t).ToDictionary(StringComparer.Ordinal);
        var positions = record.Positions.GroupBy(p => p.Topic, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Count: g.Count(), Parties: g.Select(p => p.Actor).Distinct(StringComparer.Ordinal).Count()), StringComparer.Ordinal);
        return [.. events.Keys.Concat(claims.Keys).Concat(positions.Keys).Distinct(StringComparer.Ordinal)
            .Select(t => new TopicCounts(t, events.GetValueOrDefault(t), claims.GetValueOrDefault(t), positions.GetValueOrDefault(t).Count, positions.GetValueOrDefault(t).Parties))];
    }

    /// <summary>
    /// The claims about these merged events, in document order (document id, then their order in the document), as the
    /// whole record lists them. A store without a cheaper way reads the whole record.
    /// </summary>
    IReadOnlyList<Claim> ReadClaimsAbout(IReadOnlyCollection<string> eventIds)
    {
        var ids = eventIds.ToHashSet(StringComparer.Ordinal);
        return [.. ReadRecord(RecordFilter.All).Claims.Where(c => c.EventId is not null && ids.Contains(c.EventId))];
    }

    /// <summary>
    /// The claims with these ids, in document order; ids the store does not hold are left out. A store without a cheaper
    /// way reads the whole record.
    /// </summary>
    IReadOnlyList<Claim> ReadClaimsById(IReadOnlyCollection<string> claimIds)
    {
        var ids = claimIds.ToHashSet(StringComparer.Ordinal);
        return [.. ReadRecord(RecordFilter.All).Claims.Where(c => ids.Contains(c.Id))];
    }

    /// <summary>
    /// Up to <paramref name="count"/> merged event ids on each side of <paramref name="eventId"/> in id order (ordinal),
    /// the id itself among them when stored: the candidates for "did you mean" when an id is mistyped, without reading
    /// every id of a large store. A store without a cheaper way reads the whole timeline.
    /// </summary>
    IReadOnlyList<string> ReadEventIdsNear(string eventId, int count)
    {
        var ids = ReadEvents(RecordFilter.All).Select(e => e.Id).Order(StringComparer.Ordinal).ToList();
        var below = ids.Where(id => string.CompareOrdinal(id, eventId) < 0).TakeLast(count);
        return [.. below.Concat(ids.Where(id => string.CompareOrdinal(id, eventId) >= 0).Take(count))];
    }

    /// <summary>
    /// How many of the events <paramref name="filter"/> selects are of each type (types without any left out). A store
    /// without a cheaper way reads the whole timeline.
    /// </summary>
    IReadOnlyDictionary<EventType, int> ReadEventTypeCounts(RecordFilter filter) =>
        ReadEvents(filter).CountBy(e => e.Type).ToDictionary();

    /// <summary>
    /// How many distinct documents name each of these entities (ids never named are left out). A store without a cheaper
    /// way reads the whole record.
    /// </summary>
    IReadOnlyDictionary<string, int> ReadMentionDocumentCounts(IReadOnlyCollection<string> entityIds)
    {
        var ids = entityIds.ToHashSet(StringComparer.Ordinal);
        return ReadRecord(RecordFilter.All).Entities.Where(e => ids.Contains(e.Entity.Id) && e.Mentions.Count > 0)
            .GroupBy(e => e.Entity.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Mentions).Select(m => m.DocumentId).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
    }

    /// <summary>
    /// <see cref="ReadOutletSummaries(int)"/> over the events <paramref name="filter"/> selects: every outlet with all its
    /// documents, the claims about the selected events (every claim when nothing is filtered), the selected events it
    /// reports and those of them no other outlet reports, the first <paramref name="aloneShown"/> of these in timeline
    /// order. A store without a cheaper way reads the slice.
    /// </summary>
    IReadOnlyList<OutletSummary> ReadOutletSummaries(RecordFilter filter, int aloneShown)
    {
        if (filter.IsAll)
        {
            return ReadOutletSummaries(aloneShown);
        }

        var record = ReadRecord(filter);
        static string Key(string? outlet) => string.IsNullOrWhiteSpace(outlet) ? "" : outlet;
        var outletOf = record.Documents.ToDictionary(d => d.Id, d => Key(d.Outlet), StringComparer.Ordinal);
        var eventOutlets = record.Events.Select(e => (Event: e, Outlets: e.Mentions.Select(m => outletOf.GetValueOrDefault(m.DocumentId)).OfType<string>().ToHashSet(StringComparer.Ordinal))).ToList();
        var claims = record.Claims.CountBy(c => outletOf.GetValueOrDefault(c.DocumentId) ?? "").ToDictionary(StringComparer.Ordinal);
        return [.. record.Documents.GroupBy(d => Key(d.Outlet), StringComparer.Ordinal)
            .Select(g =>
            {
                var alone = eventOutlets.Where(x => x.Outlets.Count == 1 && x.Outlets.Contains(g.Key)).ToList();
                return new OutletSummary(g.Key, g.Count(), eventOutlets.Count(x => x.Outlets.Contains(g.Key)), claims.GetValueOrDefault(g.Key), alone.Count,
                    [.. alone.Take(aloneShown).Select(x => new EventStub(x.Event.Id, x.Event.Type, x.Event.Date?.Earliest))]);
            })
            .OrderByDescending(o => o.Documents).ThenBy(o => o.Outlet, StringComparer.Ordinal)];
    }

    /// <summary>
    /// A page of the contradictions the whole record (every one) or a slice of it (those about the events
    /// <paramref name="filter"/> selects) holds, by id, at most <paramref name="limit"/>, after the id
    /// <paramref name="afterContradictionId"/> when given (a keyset: ids above it). A store without a cheaper way reads
    /// the slice.
    /// </summary>
    IReadOnlyList<Contradiction> ReadContradictionList(RecordFilter filter, int limit, string? afterContradictionId) =>
        [.. ReadRecord(filter).Contradictions.Where(x => afterContradictionId is null || string.CompareOrdinal(x.Id, afterContradictionId) > 0)
            .OrderBy(x => x.Id, StringComparer.Ordinal).Take(limit)];

    /// <summary>
    /// How many contradictions <see cref="ReadContradictionList"/> pages through for <paramref name="filter"/>: every one
    /// the store holds when nothing is filtered, else those about the events it selects. A store without a cheaper way
    /// reads the slice.
    /// </summary>
    int CountContradictions(RecordFilter filter) => ReadRecord(filter).Contradictions.Count;

    /// <summary>
    /// The ids of the events <paramref name="filter"/> selects whose date lies wholly inside its period (every dated
    /// one when it has none), those reported by the most documents first, then by earliest day and id; at most
    /// <paramref name="limit"/>: a brief's key events. A store without a cheaper way reads the slice.
    /// </summary>
    IReadOnlyList<string> ReadMostReportedEvents(RecordFilter filter, int limit) =>
        [.. ReadEvents(filter)
            .Where(e => e.Date is { } d && (filter.Period is not { } p || (p.Contains(d.Earliest) && p.Contains(d.Latest))))
            .OrderByDescending(e => e.Mentions.Select(m => m.DocumentId).Distinct(StringComparer.Ordinal).Count())
            .ThenBy(e => e.Date!.Value.Earliest).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Take(limit).Select(e => e.Id)];

    /// <summary>
    /// A page of the entities the documents name, by id, each with its mentions (by document, then place) and its roles
    /// from the documents added to its own, as <see cref="ReadRecord"/> lists them: at most <paramref name="limit"/>,
    /// after the entity id <paramref name="afterEntityId"/> when given. A store without a cheaper way reads the record.
    /// </summary>
    IReadOnlyList<EntityWithMentions> ReadEntityPage(int limit, string? afterEntityId) =>
        [.. ReadRecord(RecordFilter.All).Entities.Where(e => afterEntityId is null || string.CompareOrdinal(e.Entity.Id, afterEntityId) > 0)
            .OrderBy(e => e.Entity.Id, StringComparer.Ordinal).Take(limit)];

    /// <summary>
    /// The entities the documents name (those <see cref="ReadRecord"/> lists: at least one mention), by id, without their
    /// mentions and with only their own roles (not those the documents give): what names the ids of an export. A store
    /// without a cheaper way reads the record.
    /// </summary>
    IReadOnlyList<Entity> ReadNamedEntities() =>
        [.. ReadRecord(RecordFilter.All).Entities.Select(e => e.Entity with { Roles = [.. e.Entity.Roles.Where(r => r.DocumentId is null)] })
            .OrderBy(e => e.Id, StringComparer.Ordinal)];

    /// <summary>
    /// A page of the claims of the record (every one) or of a slice (those about the events <paramref name="filter"/>
    /// selects) in document order (document id, then their order in it), as <see cref="ReadRecord"/> lists them: at
    /// most <paramref name="limit"/>, after the claim at <paramref name="after"/> when given. A store without a cheaper
    /// way reads the slice.
    /// </summary>
    IReadOnlyList<StoredClaim> ReadClaimPage(RecordFilter filter, int limit, ClaimKey? after)
    {
        var wanted = ReadRecord(filter).Claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return [.. ReadRecord(RecordFilter.All).Claims.GroupBy(c => c.DocumentId, StringComparer.Ordinal)
            .SelectMany(g => g.Select((c, i) => new StoredClaim(c, new ClaimKey(g.Key, i))))
            .Where(c => wanted.Contains(c.Claim.Id))
            .Where(c => after is not { } a || string.CompareOrdinal(c.Key.DocumentId, a.DocumentId) > 0 || (c.Key.DocumentId == a.DocumentId && c.Key.Seq > a.Seq))
            .Take(limit)];
    }

    /// <summary>How many merged events <paramref name="filter"/> selects.</summary>
    int CountEvents(RecordFilter filter) => ReadEvents(filter).Count;

    /// <summary>
    /// Claims whose quote holds every one of <paramref name="words"/> (plain words: letters and digits; each may begin a
    /// longer word), by id, at most <paramref name="limit"/>: the store's full-text index of the quotes. Null when the
    /// store has none, so callers search some other way.
    /// </summary>
    IReadOnlyList<Claim>? SearchClaimQuotes(IReadOnlyList<string> words, int limit) => null;

    /// <summary>
    /// A keyset page of the documents <paramref name="filter"/> selects, by id, with their text, at most
    /// <paramref name="limit"/>, after the id <paramref name="afterDocumentId"/> when given. A store without a cheaper
    /// way reads the whole record.
    /// </summary>
    IReadOnlyList<Document> ReadDocumentPage(DocumentFilter filter, int limit, string? afterDocumentId) =>
        [.. ReadRecord(RecordFilter.All).Documents.Where(filter.Matches)
            .Where(d => afterDocumentId is null || string.CompareOrdinal(d.Id, afterDocumentId) > 0).OrderBy(d => d.Id, StringComparer.Ordinal).Take(limit)];

    /// <summary>
    /// Documents whose title or text match a full-text query (the store's own query syntax), best first, as
    /// (id, title) pairs; null when the store has no full-text index, so callers search some other way.
    /// </summary>
    IReadOnlyList<(string Id, string? Title)>? SearchDocuments(string query, int limit = 20) => null;

    /// <summary>
    /// Like <see cref="SearchDocuments(string, int)"/>, but ranks only the <paramref name="candidates"/> most recently
    /// stored matches, so a query that most of a large store matches costs no more than a rare one; the answer says
    /// whether more documents matched than were ranked. Null when the store has no full-text index. A store without
    /// a cheaper way ranks every match.
    /// </summary>
    DocumentSearchResult? SearchNewestDocuments(string query, int candidates, int limit = 20) =>
        SearchDocuments(query, limit) is { } hits ? new DocumentSearchResult(hits, MoreMatched: false) : null;
}

/// <summary>A document as a list of documents shows it: no text, its counts (<see cref="IParleyStore.ReadDocuments"/>).</summary>
/// <param name="Id">The document id.</param>
/// <param name="Title">Its title, when it has one.</param>
/// <param name="Outlet">Its outlet, when known.</param>
/// <param name="Published">When it was published, when known.</param>
/// <param name="EventAccounts">Its event accounts that merged events hold.</param>
/// <param name="Claims">Its claims.</param>
public sealed record DocumentSummary(string Id, string? Title, string? Outlet, DateRange? Published, int EventAccounts, int Claims);

/// <summary>The values the event filters can take (<see cref="IParleyStore.ReadEventFacets"/>), each once.</summary>
/// <param name="Actors">Entity ids that act, are targeted or mediate in some merged event.</param>
/// <param name="Places">Place entity ids of merged events.</param>
/// <param name="Topics">Topic ids of merged events.</param>
/// <param name="Outlets">Outlet names documents give (as stored; may include blank ones).</param>
public sealed record EventFacets(IReadOnlyList<string> Actors, IReadOnlyList<string> Places, IReadOnlyList<string> Topics, IReadOnlyList<string> Outlets);

/// <summary>What <see cref="IParleyStore.SearchNewestDocuments"/> found.</summary>
/// <param name="Hits">(id, title) of the best documents among those ranked, best first (ties: most recently stored first).</param>
/// <param name="MoreMatched">True when more documents matched than were ranked: older matches were left out.</param>
public sealed record DocumentSearchResult(IReadOnlyList<(string Id, string? Title)> Hits, bool MoreMatched);

/// <summary>Selects claims (<see cref="IParleyStore.ReadClaims"/>); every null criterion matches everything.</summary>
public sealed record ClaimFilter
{
    /// <summary>Claims about this merged event.</summary>
    public string? EventId { get; init; }

    /// <summary>Claims this entity id makes.</summary>
    public string? Speaker { get; init; }

    /// <summary>Claims on this topic.</summary>
    public string? Topic { get; init; }

    /// <summary>Claims in this document.</summary>
    public string? DocumentId { get; init; }

    /// <summary>True when <paramref name="claim"/> passes the filter.</summary>
    public bool Matches(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return (EventId is null || claim.EventId == EventId) && (Speaker is null || claim.Speaker == Speaker)
            && (Topic is null || claim.Topics.Contains(Topic)) && (DocumentId is null || claim.DocumentId == DocumentId);
    }
}

/// <summary>Selects positions (<see cref="IParleyStore.ReadPositions"/>); every null criterion matches everything.</summary>
public sealed record PositionFilter
{
    /// <summary>Positions of this actor.</summary>
    public string? Actor { get; init; }

    /// <summary>Positions on this topic.</summary>
    public string? Topic { get; init; }

    /// <summary>Positions of this parley/1 stance (supports, opposes or conditional: <see cref="PositionStances.ToWire"/>).</summary>
    public string? Stance { get; init; }

    /// <summary>Positions whose date overlaps this period (undated ones never do).</summary>
    public DateRange? Period { get; init; }

    /// <summary>True when <paramref name="position"/> passes the filter.</summary>
    public bool Matches(Position position)
    {
        ArgumentNullException.ThrowIfNull(position);
        return (Actor is null || position.Actor == Actor) && (Topic is null || position.Topic == Topic) && (Stance is null || position.Stance.ToWire() == Stance)
            && (Period is not { } period || (position.Date is { } d && d.Overlaps(period)));
    }
}

/// <summary>Where a position is stored: its document and its place among the document's positions (a page's cursor).</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Seq">The position's number in the document.</param>
public readonly record struct PositionKey(string DocumentId, int Seq);

/// <summary>Where a claim is stored: its document and its place among the document's claims (a page's cursor).</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Seq">The claim's number in the document.</param>
public readonly record struct ClaimKey(string DocumentId, int Seq);

/// <summary>A claim with where it is stored.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="Key">Its key (the cursor of a page that ends with it).</param>
public sealed record StoredClaim(Claim Claim, ClaimKey Key);

/// <summary>A position with where it is stored.</summary>
/// <param name="Position">The position.</param>
/// <param name="Key">Its key (the cursor of a page that ends with it).</param>
public sealed record StoredPosition(Position Position, PositionKey Key);

/// <summary>A contradiction with the day it is listed by (<see cref="IParleyStore.ReadContradictionPage"/>).</summary>
/// <param name="Contradiction">The contradiction.</param>
/// <param name="Day">Its event's earliest day, else the latest publication day of its claims' documents; null when neither is known.</param>
public sealed record DatedContradiction(Contradiction Contradiction, NodaTime.LocalDate? Day);
