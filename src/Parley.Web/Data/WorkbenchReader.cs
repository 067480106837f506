using Parley.Model;
using Parley.Storage;
using Parley.Time;

namespace Parley.Web.Data;

/// <summary>A document found by a search, with a short excerpt around the first hit.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Title">Its title, when it has one.</param>
/// <param name="Excerpt">Text around the first matching word (plain text; the page encodes it).</param>
public sealed record DocumentHit(string DocumentId, string? Title, string Excerpt);

/// <summary>The documents a search found, and whether it ranked every match.</summary>
/// <param name="Hits">The best documents, best first.</param>
/// <param name="RankedNewest">
/// When more documents matched than the search ranks: how many of the most recently stored matches it ranked (the
/// hits are the best of those); null when every match was ranked.
/// </param>
public sealed record DocumentResults(IReadOnlyList<DocumentHit> Hits, int? RankedNewest);

/// <summary>A quote (claim, position or event account) that contains every searched word.</summary>
/// <param name="Kind">claim, position or event.</param>
/// <param name="DocumentId">The document it sits in.</param>
/// <param name="Quote">The quote.</param>
/// <param name="Start">Its offset in the document (for the reader's anchor).</param>
/// <param name="Link">Where the quote belongs: the event page, or the document.</param>
public sealed record QuoteHit(string Kind, string DocumentId, string Quote, int Start, string Link);

/// <summary>
/// The workbench's one way into the store: every page and API call reads what it shows through
/// <see cref="IParleyStore"/> by id, a keyset page or an aggregate, never the whole record; the small views (names,
/// filter values, summary counts) are kept until the store's file changes.
/// </summary>
public sealed class WorkbenchReader : IDisposable
{
    private static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan UnknownStoreRefresh = TimeSpan.FromSeconds(30);

    private readonly IParleyStore _store;
    private readonly IReadOnlyList<Entity> _catalog;
    private readonly bool _ownsStore;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, object> _memo = new(StringComparer.Ordinal);
    private string? _memoVersion;
    private DateTimeOffset _memoCheckedAt;
    private StoreCatalog? _catalogView;
    private string? _catalogVersion;
    private DateTimeOffset _catalogCheckedAt;

    /// <summary>
    /// Reads through <paramref name="store"/>; disposes it with this reader when <paramref name="ownsStore"/>.
    /// <paramref name="catalog"/> (the domain pack's entities) names what the record refers to but does not hold.
    /// </summary>
    public WorkbenchReader(IParleyStore store, bool ownsStore = false, IReadOnlyList<Entity>? catalog = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _catalog = catalog ?? [];
        _ownsStore = ownsStore;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Where the store is (shown in the page footer).</summary>
    public string Location => _store.Location;

    /// <summary>
    /// A view of the store computed once under <paramref name="key"/> and kept until the store changes (the summary
    /// pages' aggregates: a million events cost one read of a few seconds, not one per request).
    /// </summary>
    public T Memo<T>(string key, Func<IParleyStore, T> read) where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(read);
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (now - _memoCheckedAt >= CheckInterval)
            {
                _memoCheckedAt = now;
                var version = StoreVersion(now);
                if (version != _memoVersion)
                {
                    _memo.Clear();
                    _memoVersion = version;
                }
            }

            if (!_memo.TryGetValue(key, out var view))
            {
                _memo[key] = view = read(_store);
            }

            return (T)view;
        }
    }

    /// <summary>
    /// The entities' names and the filter form's values, read from the store (not from the whole record) and again
    /// when the store changes: what the timeline page needs beside its page of events.
    /// </summary>
    public StoreCatalog Catalog
    {
        get
        {
            lock (_gate)
            {
                var now = _time.GetUtcNow();
                if (_catalogView is not null && now - _catalogCheckedAt < CheckInterval)
                {
                    return _catalogView;
                }

                _catalogCheckedAt = now;
                var version = StoreVersion(now);
                if (_catalogView is null || version != _catalogVersion)
                {
                    _catalogView = new StoreCatalog(_store, _catalog);
                    _catalogVersion = version;
                }

                return _catalogView;
            }
        }
    }

    /// <summary>
    /// Runs one read of the store (the pages' and the API's reads of what they show: a page of rows, an item by id),
    /// one at a time: the store holds one connection.
    /// </summary>
    public T Read<T>(Func<IParleyStore, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (_gate)
        {
            return read(_store);
        }
    }

    /// <summary>
    /// Reads the store's counts: a check that it can be read, without loading the record (a store of a million events
    /// takes minutes and gigabytes to hold in memory; no page loads it). Throws <see cref="StoreException"/> when the store cannot be read.
    /// </summary>
    public StoreStats Check()
    {
        lock (_gate)
        {
            return _store.GetStats();
        }
    }

    /// <summary>
    /// A page of the events <paramref name="filter"/> selects, earliest first (undated last), after the event
    /// <paramref name="afterEventId"/> when given: read from the store's timeline indexes, not the in-memory record,
    /// so the first call on a store of a million events does not wait for the whole record to load (every filter,
    /// the outlet and disputed ones too, is the store's). Throws <see cref="BadQueryException"/> when the store holds
    /// no event <paramref name="afterEventId"/>.
    /// </summary>
    public (IReadOnlyList<EventRow> Rows, string? Next) StoreEventPage(EventFilter filter, int limit, string? afterEventId)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var storeFilter = filter.ToStoreFilter();
        IReadOnlyList<Event>? events;
        IReadOnlyList<Contradiction> contradictions;
        lock (_gate)
        {
            // One more than the page, to tell whether another follows.
            events = _store.ReadEvents(storeFilter, limit + 1, afterEventId)
                ?? throw new BadQueryException($"'cursor' must be the 'next' value of an earlier page; no event '{afterEventId}'");
            contradictions = _store.ReadContradictions([.. events.Take(limit).Select(e => e.Id)]);
        }

        var disputed = contradictions.Select(x => x.EventId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var rows = events.Take(limit)
            .Select(e => new EventRow(e, e.Mentions.Select(m => m.DocumentId).Distinct(StringComparer.Ordinal).Count(), new HashSet<string>(), disputed.Contains(e.Id)))
            .ToList();
        return (rows, events.Count > limit ? rows[^1].Event.Id : null);
    }

    /// <summary>
    /// A page of the documents, newest first, after the document <paramref name="afterDocumentId"/> when given, read
    /// from the store's index (not the in-memory record), and the cursor of the next page (null on the last). Throws
    /// <see cref="BadQueryException"/> when the store holds no document <paramref name="afterDocumentId"/>.
    /// </summary>
    public (IReadOnlyList<DocumentSummary> Rows, string? Next) StoreDocumentPage(int limit, string? afterDocumentId)
    {
        IReadOnlyList<DocumentSummary> documents;
        lock (_gate)
        {
            // One more than the page, to tell whether another follows.
            documents = _store.ReadDocuments(limit + 1, afterDocumentId)
                ?? throw new BadQueryException($"'after' must be a document of an earlier page; no document '{afterDocumentId}'");
        }

        var rows = documents.Take(limit).ToList();
        return (rows, documents.Count > limit ? rows[^1].Id : null);
    }

    /// <summary>
    /// How many matching documents a search ranks at most: the most recently stored ones. Ranking every match of a
    /// common word costs a score per document (hundreds of milliseconds on a store of 60,000 documents); the page
    /// says when the cap applied, and more words narrow the matches below it.
    /// </summary>
    public int RankedDocuments { get; init; } = 1000;

    /// <summary>
    /// Documents matching every word of <paramref name="text"/> through the store's full-text index, ranking the
    /// <see cref="RankedDocuments"/> most recently stored matches; none when the store has no index.
    /// </summary>
    public DocumentResults SearchDocuments(string text, int limit = 50)
    {
        var words = Words(text);
        if (words.Count == 0)
        {
            return new DocumentResults([], null);
        }

        DocumentSearchResult? found;
        IReadOnlyList<Document> documents;
        lock (_gate)
        {
            // Each word becomes a quoted FTS5 string, so user input is never read as query syntax.
            found = _store.SearchNewestDocuments(string.Join(' ', words.Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")), RankedDocuments, limit);
            // The hits' text, for the excerpts: read by id.
            documents = found is null ? [] : _store.ReadDocumentsById([.. found.Hits.Select(h => h.Id)]);
        }

        if (found is null)
        {
            return new DocumentResults([], null);
        }

        var texts = documents.ToDictionary(d => d.Id, d => d.Text, StringComparer.Ordinal);
        var hits = found.Hits
            .Select(hit => new DocumentHit(hit.Id, hit.Title, texts.TryGetValue(hit.Id, out var body) ? Excerpt(body, words) : ""))
            .ToList();
        return new DocumentResults(hits, found.MoreMatched ? RankedDocuments : null);
    }

    /// <summary>
    /// Claims whose quote holds every word of <paramref name="text"/> (each as a word or the start of one, ignoring
    /// case), by id, at most <paramref name="limit"/>: the store's full-text index of the quotes (none without one).
    /// </summary>
    public IReadOnlyList<QuoteHit> SearchQuotes(string text, int limit = 100)
    {
        var words = Words(text);
        if (words.Count == 0)
        {
            return [];
        }

        IReadOnlyList<Claim>? claims;
        lock (_gate)
        {
            claims = _store.SearchClaimQuotes(words, limit);
        }

        return [.. (claims ?? []).Select(c => new QuoteHit("claim", c.DocumentId, c.Quote, c.Span.Start,
            c.EventId is not null ? Links.Event(c.EventId) : Links.Document(c.DocumentId, c.Span.Start)))];
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsStore)
        {
            _store.Dispose();
        }
    }

    private static List<string> Words(string? text) =>
        (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => w.Trim('"', '\''))
            .Where(w => w.Length > 0)
            .Take(10)
            .ToList();

    private static string Excerpt(string text, IReadOnlyList<string> words)
    {
        var at = words.Select(w => text.IndexOf(w, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, at - 80);
        var end = Math.Min(text.Length, at + 160);
        return (start > 0 ? "…" : "") + text[start..end].ReplaceLineEndings(" ") + (end < text.Length ? "…" : "");
    }

    /// <summary>A token that changes when the store's file does; a time bucket for stores that are not one file.</summary>
    private string StoreVersion(DateTimeOffset now)
    {
        var file = _store.Location;
        if (File.Exists(file))
        {
            static string Stamp(string path) => File.Exists(path) ? $"{File.GetLastWriteTimeUtc(path).Ticks}:{new FileInfo(path).Length}" : "-";
            return Stamp(file) + "|" + Stamp(file + "-wal");
        }

        return (now.ToUnixTimeMilliseconds() / (long)UnknownStoreRefresh.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>The workbench's URLs, in one place.</summary>
public static class Links
{
    /// <summary>An event page.</summary>
    public static string Event(string id) => "/events/" + Uri.EscapeDataString(id);

    /// <summary>The reader, scrolled to the character offset <paramref name="at"/> when given.</summary>
    public static string Document(string id, int? at = null) =>
        "/documents/" + Uri.EscapeDataString(id) + (at is { } offset ? "#at-" + offset.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");

    /// <summary>An actor (any entity) page.</summary>
    public static string Actor(string id) => "/actors/" + Uri.EscapeDataString(id);

    /// <summary>A topic page.</summary>
    public static string Topic(string id) => "/topics/" + Uri.EscapeDataString(id);

    /// <summary>The timeline with one filter set.</summary>
    public static string Timeline(string name, string value) => "/?" + name + "=" + Uri.EscapeDataString(value);
}
