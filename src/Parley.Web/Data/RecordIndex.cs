using Parley.Model;
using Parley.Text;

namespace Parley.Web.Data;

/// <summary>An outlet as the workbench groups accounts by it: its name and, when the record knows it, its side.</summary>
/// <param name="Name">The name the documents give (or "unknown outlet").</param>
/// <param name="EntityId">The outlet entity, when one in the record matches the name.</param>
/// <param name="Affiliation">The outlet's affiliation (state, pro-government, independent, ...), when known.</param>
/// <param name="Country">The outlet's country (entity id), when known.</param>
public sealed record OutletInfo(string Name, string? EntityId, string? Affiliation, string? Country)
{
    /// <summary>Affiliation and country in words, or "affiliation unknown".</summary>
    public string Side => (Affiliation, Country) switch
    {
        (null, null) => "affiliation unknown",
        (not null, null) => Affiliation,
        (null, not null) => Country,
        _ => $"{Affiliation}, {Country}",
    };
}

/// <summary>One account a contradiction points at: a claim, or a document's event mention (<c>doc#key</c>).</summary>
/// <param name="Ref">The id as the contradiction gives it.</param>
/// <param name="DocumentId">The document it sits in.</param>
/// <param name="Span">Where in the document.</param>
/// <param name="Quote">The quote.</param>
/// <param name="Speaker">Who says it (entity id), when known.</param>
/// <param name="Via">The source the document cites, when known.</param>
public sealed record Account(string Ref, string DocumentId, CharSpan Span, string Quote, string? Speaker, string? Via);

/// <summary>An event with what the lists show about it: how many documents report it and whether they disagree.</summary>
/// <param name="Event">The merged event.</param>
/// <param name="SourceCount">Distinct documents that report it.</param>
/// <param name="Outlets">Names of the outlets of those documents.</param>
/// <param name="Disputed">True when a contradiction is recorded on it.</param>
public sealed record EventRow(Event Event, int SourceCount, IReadOnlySet<string> Outlets, bool Disputed);

/// <summary>
/// The whole record held in memory with the lookups the pages need, built once per change of the store so that a
/// page or API call is a walk over lists instead of a query.
/// </summary>
public sealed class RecordIndex : IEntityNames
{
    private readonly Dictionary<string, OutletInfo> _outletsByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Account> _accounts = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, object> _memo = new(StringComparer.Ordinal);
    private readonly Lazy<QuoteIndex> _quotes;
    private FilterChoices? _choices;

    /// <summary>
    /// Indexes <paramref name="record"/>. <paramref name="catalog"/> (the domain pack's entities) fills in names,
    /// outlet sides and coordinates of entities the record names by id but does not hold.
    /// </summary>
    public RecordIndex(ParleyRecord record, IReadOnlyList<Entity>? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        Record = record;
        Documents = ToDictionary(record.Documents, d => d.Id);
        Entities = ToDictionary(record.Entities.Select(e => e.Entity).Concat(catalog ?? []), e => e.Id);
        Claims = ToDictionary(record.Claims, c => c.Id);
        Events = ToDictionary(record.Events, e => e.Id);
        MentionsByDocument = record.Entities
            .SelectMany(e => e.Mentions)
            .ToLookup(m => m.DocumentId, m => m.Mention);
        ClaimsByDocument = record.Claims.ToLookup(c => c.DocumentId);
        ClaimsByEvent = record.Claims.Where(c => c.EventId is not null).ToLookup(c => c.EventId!);
        PositionsByDocument = record.Positions.ToLookup(p => p.DocumentId);
        ContradictionsByEvent = record.Contradictions.Where(c => c.EventId is not null).ToLookup(c => c.EventId!);
        EventMentionsByDocument = record.Events
            .SelectMany(e => e.Mentions.Select(m => (Event: e, Mention: m)))
            .ToLookup(x => x.Mention.DocumentId);

        foreach (var (e, m) in record.Events.SelectMany(e => e.Mentions.Select(m => (e, m))))
        {
            _accounts.TryAdd(m.DocumentId + "#" + m.Key, new Account(m.DocumentId + "#" + m.Key, m.DocumentId, m.Span, m.Quote, null, m.Via));
        }

        foreach (var c in record.Claims)
        {
            _accounts[c.Id] = new Account(c.Id, c.DocumentId, c.Span, c.Quote, c.Speaker, c.Via);
        }

        foreach (var entity in Entities.Values.Where(e => e.Kind == EntityKind.Outlet))
        {
            var info = new OutletInfo(entity.Name, entity.Id, Attribute(entity, "affiliation"), Attribute(entity, "country"));
            foreach (var name in entity.Aliases.Append(entity.Name).Append(entity.Id))
            {
                _outletsByName.TryAdd(name, info);
            }
        }

        EventRows = record.Events
            .Select(e =>
            {
                var docs = e.Mentions.Select(m => m.DocumentId).Distinct().ToList();
                var outlets = docs.Select(d => OutletOf(d).Name).ToHashSet(StringComparer.Ordinal);
                return new EventRow(e, docs.Count, outlets, ContradictionsByEvent[e.Id].Any());
            })
            .OrderBy(r => r.Event.Date is null)
            .ThenBy(r => r.Event.Date?.Earliest)
            .ThenBy(r => r.Event.Id, StringComparer.Ordinal)
            .ToList();
        EventRowsById = EventRows.ToDictionary(r => r.Event.Id, StringComparer.Ordinal);
        DocumentsNewestFirst = record.Documents.OrderBy(d => d.Published is null).ThenByDescending(d => d.Published?.Earliest).ToList();
        _quotes = new Lazy<QuoteIndex>(() => new QuoteIndex(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The quotes with a word index for search, built on the first search of this version of the store.</summary>
    public QuoteIndex Quotes => _quotes.Value;

    /// <summary>
    /// A view computed once per index under <paramref name="key"/> (the index never changes; a new one is built
    /// when the store does), so summary pages over a large record cost one pass, not one per request.
    /// </summary>
    public T Memo<T>(string key, Func<T> build) where T : class
    {
        ArgumentNullException.ThrowIfNull(build);
        return (T)_memo.GetOrAdd(key, _ => build());
    }

    /// <summary>The filter form's choices, read off the record once.</summary>
    public FilterChoices Choices => _choices ??= FilterChoices.Read(this);

    /// <summary>The record as read from the store.</summary>
    public ParleyRecord Record { get; }

    /// <summary>Documents by id.</summary>
    public IReadOnlyDictionary<string, Document> Documents { get; }

    /// <summary>Entities by id.</summary>
    public IReadOnlyDictionary<string, Entity> Entities { get; }

    /// <summary>Claims by id.</summary>
    public IReadOnlyDictionary<string, Claim> Claims { get; }

    /// <summary>Events by id.</summary>
    public IReadOnlyDictionary<string, Event> Events { get; }

    /// <summary>Events, earliest first (undated last), with their source counts.</summary>
    public IReadOnlyList<EventRow> EventRows { get; }

    /// <summary>Documents, newest first (undated last).</summary>
    public IReadOnlyList<Document> DocumentsNewestFirst { get; }

    /// <summary>Event rows by event id.</summary>
    public IReadOnlyDictionary<string, EventRow> EventRowsById { get; }

    /// <summary>Entity mentions of each document.</summary>
    public ILookup<string, EntityMention> MentionsByDocument { get; }

    /// <summary>Claims of each document.</summary>
    public ILookup<string, Claim> ClaimsByDocument { get; }

    /// <summary>Claims about each event.</summary>
    public ILookup<string, Claim> ClaimsByEvent { get; }

    /// <summary>Positions stated in each document.</summary>
    public ILookup<string, Position> PositionsByDocument { get; }

    /// <summary>Contradictions on each event.</summary>
    public ILookup<string, Contradiction> ContradictionsByEvent { get; }

    /// <summary>Event mentions in each document, with the merged event each belongs to.</summary>
    public ILookup<string, (Event Event, EventMention Mention)> EventMentionsByDocument { get; }

    /// <inheritdoc />
    public string NameOf(string? entityId) =>
        entityId is null ? "" : Entities.TryGetValue(entityId, out var e) ? e.Name : entityId;

    /// <summary>The claim or event mention a contradiction names, or null when the record no longer holds it.</summary>
    public Account? AccountOf(string reference) => _accounts.GetValueOrDefault(reference);

    /// <summary>The outlet of a document, with its side when the record knows the outlet.</summary>
    public OutletInfo OutletOf(string documentId)
    {
        var name = Documents.TryGetValue(documentId, out var doc) ? doc.Outlet : null;
        if (string.IsNullOrWhiteSpace(name))
        {
            return new OutletInfo(Parley.Storage.RecordFilter.UnknownOutlet, null, null, null);
        }

        return _outletsByName.TryGetValue(name, out var info) ? info with { Name = name } : new OutletInfo(name, null, null, null);
    }

    /// <summary>The sentence around <paramref name="span"/> in the document, split into before, quote and after.</summary>
    public (string Before, string Quote, string After)? SentenceAround(string documentId, CharSpan span) =>
        Documents.TryGetValue(documentId, out var doc) ? Sentences.Around(doc.Text, span) : null;

    private static string? Attribute(Entity entity, string key) =>
        entity.Attributes.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static Dictionary<string, T> ToDictionary<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            map.TryAdd(key(item), item);
        }

        return map;
    }
}
