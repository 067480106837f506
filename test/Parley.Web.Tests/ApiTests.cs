using System.Net;
using System.Text.Json;
using Parley.Web.Hosting;

namespace Parley.Web.Tests;

public sealed class SampleStoreFixture : IDisposable
{
    public SampleStore Store { get; } = new();

    public void Dispose() => Store.Dispose();
}

public sealed class ApiTests(SampleStoreFixture fixture) : IClassFixture<SampleStoreFixture>, IAsyncLifetime
{
    private WorkbenchHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await WorkbenchHost.StartInMemoryAsync(fixture.Store);
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<JsonElement> Json(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{url}: {(int)response.StatusCode} {body}");
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString());
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static List<string> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();

    [Fact]
    public async Task Events_page_through_with_the_cursor_and_end_with_null()
    {
        var all = Ids(await Json("/api/events?limit=500"));
        Assert.Equal(["ev-xss", "ev-clash", "ev-talks"], all); // earliest first

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await Json("/api/events?limit=1" + (cursor is null ? "" : "&cursor=" + cursor));
            var ids = Ids(page);
            Assert.Single(ids);
            seen.AddRange(ids);
            cursor = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetString();
            pages++;
        }
        while (cursor is not null && pages < 10);

        Assert.Equal(all, seen);
        Assert.Equal(3, pages);
    }

    [Theory]
    [InlineData("")] // read from the store's indexes
    [InlineData("&from=2031")]
    [InlineData("&status=occurred")]
    [InlineData("&outlet=Eastgrad%20Daily")] // a test on each event row in the store
    [InlineData("&disputed=0")]
    public async Task Filtered_pages_walk_the_same_events_as_one_page_whichever_way_they_are_read(string query)
    {
        var all = Ids(await Json("/api/events?limit=500" + query));
        var seen = new List<string>();
        string? cursor = null;
        for (var pages = 0; pages < 10; pages++)
        {
            var page = await Json("/api/events?limit=1" + query + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            seen.AddRange(Ids(page));
            cursor = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetString();
            if (cursor is null)
            {
                break;
            }

            // The cursor names the page's last event.
            Assert.Equal(seen[^1], cursor);
        }

        Assert.Equal(all, seen);
        Assert.NotEmpty(all);
    }

    [Theory]
    [InlineData("type=armed_clash", "ev-clash")]
    [InlineData("type=meeting&place=midtown", "ev-talks")]
    [InlineData("actor=lakeside-group", "ev-talks")]
    [InlineData("topic=border-demarcation", "ev-talks")]
    [InlineData("outlet=Eastgrad%20Daily", "ev-clash")]
    [InlineData("from=2031-05&to=2031-05-31", "ev-clash")]
    [InlineData("disputed=1", "ev-clash")]
    public async Task Event_filters_select_the_matching_events(string query, string expected)
    {
        Assert.Equal([expected], Ids(await Json("/api/events?" + query)));
    }

    [Fact]
    public async Task An_event_carries_both_accounts_its_claims_and_the_contradiction()
    {
        var e = await Json("/api/events/ev-clash");
        Assert.Equal(2, e.GetProperty("event").GetProperty("source_count").GetInt32());
        Assert.True(e.GetProperty("event").GetProperty("disputed").GetBoolean());
        var outlets = e.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("outlet").GetString()).ToList();
        Assert.Equal(["Eastgrad Daily", "Westwire"], outlets.Order());
        Assert.Equal("state", e.GetProperty("mentions").EnumerateArray().Single(m => m.GetProperty("outlet").GetString() == "Eastgrad Daily").GetProperty("affiliation").GetString());
        var x = Assert.Single(e.GetProperty("contradictions").EnumerateArray());
        Assert.Equal("killed", x.GetProperty("attribute").GetString());
        Assert.Equal(["4 killed", "9 killed"], x.GetProperty("values").EnumerateArray().Select(v => v.GetString()));
    }

    [Theory]
    [InlineData("/api/claims?event=ev-clash", 2)]
    [InlineData("/api/contradictions?attribute=killed", 1)]
    [InlineData("/api/contradictions?attribute=agenda", 0)]
    [InlineData("/api/positions?actor=eastland&stance=supports", 1)]
    [InlineData("/api/entities?kind=place&q=mid", 1)]
    [InlineData("/api/documents?outlet=westwire", 1)]
    [InlineData("/api/places", 2)]
    public async Task Lists_filter(string url, int count)
    {
        Assert.Equal(count, (await Json(url)).GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/events?type=picnic", "'type'")]
    [InlineData("/api/events?status=imagined", "'status'")]
    [InlineData("/api/events?from=2031-13", "'from'")]
    [InlineData("/api/events?from=2031-06&to=2031-05", "after")]
    [InlineData("/api/events?limit=0", "'limit'")]
    [InlineData("/api/events?limit=501", "'limit'")]
    [InlineData("/api/events?cursor=-1", "'cursor'")]
    [InlineData("/api/events?cursor=abc", "'cursor'")]
    [InlineData("/api/events?type=meeting&type=visit", "once")]
    [InlineData("/api/contradictions?attribute=mood", "'attribute'")]
    [InlineData("/api/entities?kind=planet", "'kind'")]
    public async Task Bad_parameters_answer_400_naming_the_parameter(string url, string mentioned)
    {
        var error = (await Json(url, HttpStatusCode.BadRequest)).GetProperty("error").GetString();
        Assert.Contains(mentioned, error);
    }

    [Theory]
    [InlineData("/api/events/no-such-event")]
    [InlineData("/api/documents/no-such-doc")]
    [InlineData("/api/no-such-list")]
    public async Task Unknown_ids_answer_404_as_json(string url)
    {
        Assert.False(string.IsNullOrEmpty((await Json(url, HttpStatusCode.NotFound)).GetProperty("error").GetString()));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/events")]
    [InlineData("/css/site.css")]
    [InlineData("/no-such-page")]
    public async Task Every_answer_carries_the_strict_security_headers(string url)
    {
        using var response = await _client.GetAsync(url);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("default-src 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Theory]
    [InlineData("/actors", "Lakeside Group")]
    [InlineData("/actors/lakeside-group", "ev-talks")]
    [InlineData("/actors/eastland", "to discuss border demarcation")]
    [InlineData("/topics", "border-demarcation")]
    [InlineData("/topics/border-demarcation", "to discuss border demarcation")]
    [InlineData("/sources", "Westwire")]
    [InlineData("/map", "Midtown")]
    [InlineData("/network", "mediation")]
    public async Task The_other_pages_show_the_record(string url, string expected)
    {
        using var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Sources_show_what_an_outlet_alone_reports()
    {
        var html = await _client.GetStringAsync("/sources");
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var westwire = page.QuerySelectorAll("tr").Single(r => r.TextContent.Contains("Westwire", StringComparison.Ordinal));
        Assert.Contains("/events/ev-talks", westwire.InnerHtml); // only Westwire reports the meeting
        Assert.DoesNotContain("/events/ev-clash", westwire.InnerHtml); // both report the clash
    }

    [Fact]
    public async Task Pages_answer_clear_404_and_400_pages()
    {
        using var missing = await _client.GetAsync("/events/no-such-event");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("There is no event &#x27;no-such-event&#x27;", await missing.Content.ReadAsStringAsync());

        using var bad = await _client.GetAsync("/?type=picnic");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("&#x27;type&#x27; must be one of", await bad.Content.ReadAsStringAsync());

        using var nowhere = await _client.GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, nowhere.StatusCode);
        Assert.Contains("There is no page at this address", await nowhere.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Nothing_but_get_and_head_is_answered(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/api/events") { Content = new StringContent("{}") };
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("/lib/../Parley.Web.dll")]
    [InlineData("/..%2fParley.Web.dll")]
    [InlineData("/lib/..%2f..%2fParley.Web.dll")]
    [InlineData("/%2e%2e/%2e%2e/sample.db")]
    [InlineData("/appsettings.json")]
    [InlineData("/Parley.Web.dll")]
    public async Task No_file_outside_the_static_folder_is_served(string url)
    {
        using var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_vendored_libraries_are_served_locally()
    {
        foreach (var url in new[] { "/lib/vis-timeline/peer/umd/vis-timeline-graph2d.min.js", "/lib/leaflet/dist/leaflet.js", "/lib/cytoscape/dist/cytoscape.min.js", "/lib/world-atlas/countries-50m.json" })
        {
            using var response = await _client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, url);
        }
    }

    [Fact]
    public async Task The_openapi_document_lists_the_endpoints()
    {
        var doc = await Json("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var expected in new[] { "/api/events", "/api/events/{id}", "/api/entities", "/api/claims", "/api/contradictions", "/api/positions", "/api/documents" })
        {
            Assert.Contains(expected, paths);
        }
    }

    [Fact]
    public async Task The_event_page_shows_both_contradicting_values_and_quotes()
    {
        var html = await _client.GetStringAsync("/events/ev-clash");
        Assert.Contains("4 killed", html);
        Assert.Contains("9 killed", html);
        Assert.Contains("<mark>four soldiers were killed", html);
        Assert.Contains("<mark>nine soldiers were killed", html);
        Assert.Contains("href=\"/documents/doc-east#at-", html);
    }

    [Fact]
    public async Task Search_finds_documents_through_the_full_text_index_and_quotes()
    {
        var html = await _client.GetStringAsync("/search?q=monitoring+Hilltop");
        Assert.Contains("/documents/doc-west", html);
        Assert.DoesNotContain("/documents/doc-east\"", html);

        var quotes = await _client.GetStringAsync("/search?q=%22nine+soldiers%22");
        Assert.Contains("nine soldiers were killed", quotes);
    }

    [Theory]
    [InlineData("/documents/doc-xss", "window.__xss")]
    [InlineData("/events/ev-xss", "window.__xss")]
    [InlineData("/search?q=script", "window.__xss")]
    [InlineData("/documents", "alert('title')")]
    [InlineData("/?actor=eastland", "")]
    [InlineData("/actors/eastland", "window.__xss")]
    [InlineData("/sources", "")]
    public async Task Hostile_text_is_encoded_never_emitted_as_markup(string url, string shownAsText)
    {
        var html = await _client.GetStringAsync(url);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.All(page.QuerySelectorAll("script"), s => Assert.StartsWith("/", s.GetAttribute("src")));
        Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name == "style");
        Assert.DoesNotContain(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(page.QuerySelectorAll("iframe, svg, img, object, embed, body style"));
        // The payload is there, as text.
        Assert.Contains(shownAsText, page.Body!.TextContent);
    }

    [Fact]
    public async Task The_rate_limit_answers_429_past_the_budget()
    {
        await using var host = await WorkbenchHost.StartInMemoryAsync(fixture.Store, new WorkbenchOptions { RequestsPerWindow = 3, RateWindow = TimeSpan.FromMinutes(5) });
        using var client = host.CreateClient();
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync("/api/events");
            codes.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], codes);
    }
}
