using System.Globalization;
using System.Net;
using IDocument = AngleSharp.Dom.IDocument;
using Parley.Model;
using Parley.Storage;
using Parley.Storage.Sqlite;
using Parley.Text;
using Parley.Time;
using Parley.Web.Pages;

namespace Parley.Web.Tests;

/// <summary>
/// A store of 450 events (more than two timeline pages), written for these tests: three actors in turn, two topics,
/// two types, one actor whose name is a script payload.
/// </summary>
public sealed class ManyEventsStore : IDisposable
{
    public const int Count = 450;
    public const string HostileName = "<script>window.__xss = 9</script>Bad Actor";

    public ManyEventsStore()
    {
        Folder = Directory.CreateTempSubdirectory("parley-web-timeline-").FullName;
        Path = System.IO.Path.Combine(Folder, "many.db");
        using var store = SqliteParleyStore.Open(Path);
        var entities = new[]
        {
            new Entity { Id = "alpha", Kind = EntityKind.State, Name = "Alphaland" },
            new Entity { Id = "beta", Kind = EntityKind.State, Name = "Betaland" },
            new Entity { Id = "hostile", Kind = EntityKind.Organization, Name = HostileName },
            new Entity { Id = "valley", Kind = EntityKind.Place, Name = "The Valley", Geo = new GeoPoint(40.1, 45.2) },
        };
        var actors = entities.Take(3).Select(e => e.Id).ToArray();
        // Markup in the article text: every page must show it as text.
        const string text = "A line written for the timeline paging tests, with <script>window.__xss = 1</script> & <b>markup</b> in it.";
        for (var d = 0; d * 10 < Count; d++)
        {
            var doc = new Document { Id = $"doc-{d:000}", Text = text, Title = $"Paging document {d}", Outlet = d % 2 == 0 ? "Even Post" : "Odd Herald",
                Published = d % 5 == 0 ? null : DateRange.Day(2030, 1, 1 + d % 20) };
            Documents.Add(doc);
            var mentions = new List<EventMention>();
            for (var k = 0; k < 10 && d * 10 + k < Count; k++)
            {
                var i = d * 10 + k;
                // Dates that tie (two events a day), so the id settles the order within a day.
                var day = new NodaTime.LocalDate(2030, 1, 1).PlusDays(i / 2);
                var mention = new EventMention
                {
                    Key = "m" + k, DocumentId = doc.Id, Type = i % 3 == 0 ? EventType.Meeting : EventType.ArmedClash,
                    Date = DateRange.Day(day.Year, day.Month, day.Day), Actors = [actors[i % 3]], Topics = [i % 2 == 0 ? "border" : "water"],
                    // Every sixth event (a meeting) has the next actor as its target, a link of the network; every fourth is at the valley.
                    Targets = i % 6 == 0 ? [actors[(i + 1) % 3]] : [], Place = i % 4 == 0 ? "valley" : null,
                    Span = new CharSpan(0, text.Length), Quote = text, Trigger = "met",
                };
                mentions.Add(mention);
                Events.Add(new Event
                {
                    Id = $"ev-{i:000}", Type = mention.Type, Date = mention.Date, Actors = mention.Actors, Targets = mention.Targets, Place = mention.Place,
                    Topics = mention.Topics, Mentions = [mention],
                });
            }

            var span = new CharSpan(0, text.Length);
            Claims.Add(new Claim { Id = doc.Id + "#c1", DocumentId = doc.Id, Span = span, Quote = text, Speaker = actors[d % 2], Topics = [d % 3 == 0 ? "water" : "border"] });
            store.Save(new DocumentExtraction
            {
                Document = doc, Entities = entities, Events = mentions, Claims = [Claims[^1]],
                Mentions = [new EntityMention(actors[d % 3], new CharSpan(2, 6), "line")],
                Positions = [new Position { Actor = actors[d % 2], Topic = "border", Stance = d % 4 == 0 ? PositionStance.Opposes : PositionStance.Supports, DocumentId = doc.Id, Span = span, Quote = text }],
            });
        }

        // Every tenth event disputed: two of its accounts' values, on the date or the place in turn.
        for (var i = 0; i < Count; i += 10)
        {
            var e = Events[i];
            Contradictions.Add(new Contradiction
            {
                Id = $"x-{i:000}", EventId = e.Id, Attribute = i % 20 == 0 ? ContradictionAttribute.Date : ContradictionAttribute.Place,
                ClaimIds = [e.Mentions[0].DocumentId + "#" + e.Mentions[0].Key, e.Mentions[0].DocumentId + "#c1"], Values = ["<i>one</i>", "two"],
            });
        }

        store.ReplaceMerged(Events, Contradictions, new Dictionary<string, string>());
    }

    public string Folder { get; }

    public string Path { get; }

    /// <summary>The documents (ten accounts each).</summary>
    public List<Document> Documents { get; } = [];

    /// <summary>The claims (one a document).</summary>
    public List<Claim> Claims { get; } = [];

    /// <summary>The contradictions (one on every tenth event).</summary>
    public List<Contradiction> Contradictions { get; } = [];

    /// <summary>The merged events, in timeline order (date, then id).</summary>
    public List<Event> Events { get; } = [];

    public SqliteParleyStore Open() => SqliteParleyStore.Open(Path, new SqliteStoreOptions { CreateIfMissing = false });

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>
/// A store that refuses to read the whole record: what the paged pages and the API must never need. Everything else goes to
/// the store it wraps.
/// </summary>
internal sealed class NoWholeRecordStore(IParleyStore inner) : IParleyStore
{
    public string Location => inner.Location;

    public int SchemaVersion => inner.SchemaVersion;

    public void Migrate() => inner.Migrate();

    public string? GetContentHash(string documentId) => inner.GetContentHash(documentId);

    public SaveOutcome Save(DocumentExtraction extraction, string contentHash) => inner.Save(extraction, contentHash);

    public IReadOnlyList<DocumentExtraction> ReadExtractions() => throw new InvalidOperationException("read every extraction");

    public void ReplaceMerged(IReadOnlyList<Event> events, IReadOnlyList<Contradiction> contradictions, IReadOnlyDictionary<string, string> claimEventIds) =>
        inner.ReplaceMerged(events, contradictions, claimEventIds);

    public ParleyRecord ReadRecord(RecordFilter filter) => throw new InvalidOperationException("read the whole record");

    public StoreStats GetStats() => inner.GetStats();

    public IReadOnlyList<Event> ReadEvents(RecordFilter filter, int limit = int.MaxValue) => inner.ReadEvents(filter, limit);

    public IReadOnlyList<Event>? ReadEvents(RecordFilter filter, int limit, string? afterEventId) => inner.ReadEvents(filter, limit, afterEventId);

    public IReadOnlyList<DocumentSummary>? ReadDocuments(int limit, string? afterDocumentId) => inner.ReadDocuments(limit, afterDocumentId);

    public IReadOnlyList<Contradiction> ReadContradictions(IReadOnlyCollection<string> eventIds) => inner.ReadContradictions(eventIds);

    public IReadOnlyList<Entity> ReadEntities() => inner.ReadEntities();

    public EventFacets ReadEventFacets() => inner.ReadEventFacets();

    public IReadOnlyList<Event> ReadEventsById(IReadOnlyCollection<string> eventIds) => inner.ReadEventsById(eventIds);

    public IReadOnlyList<Document> ReadDocumentsById(IReadOnlyCollection<string> documentIds) => inner.ReadDocumentsById(documentIds);

    public (DocumentExtraction Extraction, IReadOnlyDictionary<string, string> EventIds)? ReadDocumentExtraction(string documentId) => inner.ReadDocumentExtraction(documentId);

    public IReadOnlyList<EventMention> ReadEventMentions(IReadOnlyCollection<(string DocumentId, string Key)> keys) => inner.ReadEventMentions(keys);

    public IReadOnlyList<Claim> ReadClaims(ClaimFilter filter, int limit, string? afterClaimId) => inner.ReadClaims(filter, limit, afterClaimId);

    public IReadOnlyList<StoredPosition> ReadPositions(PositionFilter filter, int limit, PositionKey? after) => inner.ReadPositions(filter, limit, after);

    public IReadOnlyList<DatedContradiction>? ReadContradictionPage(ContradictionAttribute? attribute, int limit, string? afterContradictionId) =>
        inner.ReadContradictionPage(attribute, limit, afterContradictionId);

    public Entity? ReadEntity(string entityId) => inner.ReadEntity(entityId);

    public IReadOnlyDictionary<string, int> ReadMentionCounts(IReadOnlyCollection<string> entityIds) => inner.ReadMentionCounts(entityIds);

    public IReadOnlyList<OutletSummary> ReadOutletSummaries(int aloneShown) => inner.ReadOutletSummaries(aloneShown);

    public PlaceCounts ReadPlaceCounts(RecordFilter filter) => inner.ReadPlaceCounts(filter);

    public NetworkCounts ReadNetwork(RecordFilter filter, int maxLinks, int eventsShown) => inner.ReadNetwork(filter, maxLinks, eventsShown);

    public IReadOnlyList<ActorCounts> ReadActorCounts(IReadOnlyCollection<string>? entityIds) => inner.ReadActorCounts(entityIds);

    public IReadOnlyList<TopicCounts> ReadTopicCounts() => inner.ReadTopicCounts();

    public int CountEvents(RecordFilter filter) => inner.CountEvents(filter);

    public IReadOnlyList<Claim>? SearchClaimQuotes(IReadOnlyList<string> words, int limit) => inner.SearchClaimQuotes(words, limit);

    public IReadOnlyList<Document> ReadDocumentPage(DocumentFilter filter, int limit, string? afterDocumentId) => inner.ReadDocumentPage(filter, limit, afterDocumentId);

    public DocumentSearchResult? SearchNewestDocuments(string query, int candidates, int limit = 20) => inner.SearchNewestDocuments(query, candidates, limit);

    public void Dispose() => inner.Dispose();
}

public sealed class ManyEventsFixture : IDisposable
{
    public ManyEventsStore Store { get; } = new();

    public void Dispose() => Store.Dispose();
}

/// <summary>
/// A workbench over <see cref="ManyEventsFixture"/> whose every page is served by a store that throws when asked for
/// the whole record.
/// </summary>
public abstract class NoWholeRecordPageTests(ManyEventsFixture fixture) : IAsyncLifetime
{
    private WorkbenchHost _host = null!;

    /// <summary>The store the pages are served from, and what it holds.</summary>
    protected ManyEventsFixture Fixture { get; } = fixture;

    /// <summary>A client of the running workbench.</summary>
    protected HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _host = await WorkbenchHost.StartInMemoryAsync(new NoWholeRecordStore(Fixture.Store.Open()), []);
        Client = _host.CreateClient();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>The page at <paramref name="url"/>, parsed; fails unless it answers 200.</summary>
    protected async Task<IDocument> Page(string url)
    {
        using var response = await Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {html}");
        return new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
    }
}

/// <summary>The timeline page reads one page of events from the store, with a link to the next.</summary>
public sealed class TimelinePageTests(ManyEventsFixture fixture) : NoWholeRecordPageTests(fixture), IClassFixture<ManyEventsFixture>
{

    private static List<string> EventIds(IDocument page) =>
        [.. page.QuerySelectorAll("table.events tbody tr td a[href^='/events/']").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!["/events/".Length..]))];

    private static string? NextLink(IDocument page) => page.QuerySelector("a[rel=next]")?.GetAttribute("href");

    /// <summary>Follows the next links from <paramref name="url"/>: each page's events, in order.</summary>
    private async Task<List<List<string>>> Walk(string url)
    {
        var pages = new List<List<string>>();
        for (string? at = url; at is not null && pages.Count < 10; )
        {
            var page = await Page(at);
            pages.Add(EventIds(page));
            at = NextLink(page);
        }

        return pages;
    }

    [Fact]
    public async Task A_page_holds_at_most_a_page_of_events_and_the_next_links_walk_the_whole_timeline_once()
    {
        var pages = await Walk("/");
        Assert.Equal(3, pages.Count); // 450 events: 200, 200, 50
        Assert.All(pages, p => Assert.InRange(p.Count, 1, WorkbenchPage.PageSize));
        Assert.Equal(WorkbenchPage.PageSize, pages[0].Count);
        var expected = Fixture.Store.Events
            .OrderBy(e => DateRange.Iso(e.Date!.Value.Earliest), StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => e.Id);
        Assert.Equal(expected, pages.SelectMany(p => p));

        // The last page links back to the first and to no next page.
        var last = await Page("/?after=" + pages[1][^1]);
        Assert.Null(NextLink(last));
        Assert.Equal("/", last.QuerySelector("a[rel=first]")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("type=armed_clash")]
    [InlineData("topic=border")]
    [InlineData("actor=beta")]
    [InlineData("topic=water&type=meeting")]
    [InlineData("actor=alpha&topic=border")]
    [InlineData("outlet=Odd+Herald&from=2030-03")]
    public async Task A_filtered_page_holds_only_matching_events_and_its_next_link_keeps_the_filter(string query)
    {
        var pages = await Walk("/?" + query);
        var q = System.Web.HttpUtility.ParseQueryString(query);
        var from = q["from"] is { } f ? DateRange.ParsePartial(f)!.Value.Earliest : (NodaTime.LocalDate?)null;
        var expected = Fixture.Store.Events
            .Where(e => (q["actor"] is not { } a || e.Actors.Concat(e.Targets).Contains(a)) && (q["topic"] is not { } t || e.Topics.Contains(t))
                && (q["type"] is not { } ty || e.Type.ToWire() == ty)
                && (q["outlet"] is not { } o || int.Parse(e.Mentions[0].DocumentId["doc-".Length..], CultureInfo.InvariantCulture) % 2 == (o == "Odd Herald" ? 1 : 0))
                && (from is null || e.Date!.Value.Latest >= from))
            .OrderBy(e => DateRange.Iso(e.Date!.Value.Earliest), StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => e.Id).ToList();
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < ManyEventsStore.Count, "the filter must leave events out");
        Assert.Equal(expected, pages.SelectMany(p => p));
        Assert.Equal((expected.Count + WorkbenchPage.PageSize - 1) / WorkbenchPage.PageSize, pages.Count);
    }

    [Fact]
    public async Task The_filter_form_offers_the_stored_values_and_names_are_encoded()
    {
        var page = await Page("/?actor=hostile");
        var actors = page.QuerySelectorAll("select[name=actor] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["", "alpha", "beta", "hostile"], actors.Order(StringComparer.Ordinal));
        Assert.Equal(["", "border", "water"], page.QuerySelectorAll("select[name=topic] option").Select(o => o.GetAttribute("value")));
        Assert.Equal(["", "Even Post", "Odd Herald"], page.QuerySelectorAll("select[name=outlet] option").Select(o => o.GetAttribute("value")));
        Assert.Equal("hostile", page.QuerySelector("select[name=actor] option[selected]")?.GetAttribute("value"));
        // The hostile name is shown as text in the rows, never as markup.
        Assert.Contains(ManyEventsStore.HostileName, page.QuerySelector("table.events tbody")!.TextContent);
        Assert.All(page.QuerySelectorAll("script"), s => Assert.StartsWith("/", s.GetAttribute("src")));
    }

    [Fact]
    public async Task The_document_list_is_read_from_the_store_newest_first_with_its_counts()
    {
        var page = await Page("/documents");
        var rows = page.QuerySelectorAll("table.documents tbody tr").ToList();
        var expected = Fixture.Store.Documents
            .OrderBy(d => d.Published is null).ThenByDescending(d => d.Published?.Earliest).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Select(d => "/documents/" + d.Id), rows.Select(r => r.QuerySelector("a")!.GetAttribute("href")));
        Assert.All(rows, r => Assert.Equal("10", r.QuerySelectorAll("td.num")[0].TextContent));
        Assert.Equal("unknown", rows[^1].QuerySelector("td.date")!.TextContent);
        Assert.Null(NextLink(page)); // 45 documents: one page

        // A later page starts right after its cursor.
        var later = await Page("/documents?after=" + expected[9].Id);
        Assert.Equal("/documents/" + expected[10].Id, later.QuerySelector("table.documents tbody tr a")!.GetAttribute("href"));
        Assert.Equal("/documents", later.QuerySelector("a[rel=first]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_cursor_the_store_does_not_hold_is_a_400_page()
    {
        foreach (var url in new[] { "/?after=no-such-event", "/documents?after=no-such-event" })
        {
            using var response = await Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("no-such-event", await response.Content.ReadAsStringAsync());
        }
    }
}
