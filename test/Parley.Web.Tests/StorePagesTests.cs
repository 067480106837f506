using System.Net;
using System.Text.Json;
using IDocument = AngleSharp.Dom.IDocument;
using Parley.Model;
using Parley.Time;

namespace Parley.Web.Tests;

/// <summary>
/// The event page, the reader, the contradictions and the API's lists read what they show from the store, by id or a
/// page at a time: every request here is served by a store that throws when asked for the whole record.
/// </summary>
public sealed class StorePagesTests(ManyEventsFixture fixture) : NoWholeRecordPageTests(fixture), IClassFixture<ManyEventsFixture>
{

    private async Task<JsonElement> Json(string url)
    {
        using var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Every item of an API list, following its next cursors.</summary>
    private async Task<List<JsonElement>> WalkApi(string url, int limit)
    {
        var items = new List<JsonElement>();
        string? cursor = null;
        for (var pages = 0; pages < 100; pages++)
        {
            var page = await Json(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "limit=" + limit + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            var got = page.GetProperty("items").EnumerateArray().ToList();
            Assert.InRange(got.Count, 0, limit);
            items.AddRange(got);
            cursor = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetString();
            if (cursor is null)
            {
                return items;
            }

            Assert.Equal(limit, got.Count);
        }

        throw new InvalidOperationException("the pages never ended");
    }

    private static void NoInlineScript(IDocument page) =>
        Assert.All(page.QuerySelectorAll("script"), s => Assert.StartsWith("/", s.GetAttribute("src")));

    [Fact]
    public async Task The_event_page_shows_its_accounts_and_contradiction_with_the_article_text_as_text()
    {
        var e = Fixture.Store.Events[20];
        var page = await Page("/events/" + e.Id);
        NoInlineScript(page);
        var contradiction = page.QuerySelector("#x-x-020");
        Assert.NotNull(contradiction);
        // The account's quote and the value are text, never markup.
        Assert.Contains("<script>window.__xss = 1</script>", contradiction!.QuerySelector("blockquote")!.TextContent);
        Assert.Contains("<i>one</i>", contradiction.TextContent);
        Assert.Empty(contradiction.QuerySelectorAll("i"));
        // Both accounts resolved (the event account and the claim of the same document), each linking into it.
        Assert.Equal(2, contradiction.QuerySelectorAll("a[href^='/documents/" + e.Mentions[0].DocumentId + "#at-']").Length);
        Assert.Contains(page.QuerySelectorAll("p.sentence mark"), m => m.TextContent.Contains("<b>markup</b>", StringComparison.Ordinal));

        using var missing = await Client.GetAsync("/events/no-such-event");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_reader_shows_the_document_its_events_claims_and_positions_with_markup_as_text()
    {
        var doc = Fixture.Store.Documents[3];
        var page = await Page("/documents/" + doc.Id);
        NoInlineScript(page);
        var article = page.QuerySelector("article.document-text")!;
        Assert.Equal(doc.Text, article.TextContent);
        Assert.Empty(article.QuerySelectorAll("b"));
        // Its ten event accounts link to their events; the mention links to its actor.
        var expected = Fixture.Store.Events.Where(e => e.Mentions[0].DocumentId == doc.Id).Select(e => "/events/" + e.Id).Order(StringComparer.Ordinal);
        Assert.Equal(expected, page.QuerySelectorAll("aside a[href^='/events/']").Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal));
        Assert.Equal("/actors/alpha", article.QuerySelector("a.mention")?.GetAttribute("href"));
        Assert.Single(page.QuerySelectorAll("aside h2 + ul li"), li => li.TextContent.Contains("asserts", StringComparison.Ordinal));

        using var missing = await Client.GetAsync("/documents/no-such-document");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_contradictions_page_lists_newest_first_filters_by_attribute_and_refuses_an_unknown_cursor()
    {
        static List<string> Ids(IDocument page) => [.. page.QuerySelectorAll("li.contradiction a[href^='/events/']").Select(a => a.GetAttribute("href")!.Split('#')[1]["x-".Length..])];
        var newestFirst = Fixture.Store.Contradictions
            .OrderByDescending(x => DateRange.Iso(Fixture.Store.Events.Single(e => e.Id == x.EventId).Date!.Value.Earliest), StringComparer.Ordinal)
            .ThenBy(x => x.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(newestFirst.Select(x => x.Id), Ids(await Page("/contradictions")));
        var places = await Page("/contradictions?attribute=place");
        Assert.Equal(newestFirst.Where(x => x.Attribute == ContradictionAttribute.Place).Select(x => x.Id), Ids(places));
        Assert.Null(places.QuerySelector("a[rel=next]"));
        // A later page starts right after its cursor and keeps the filter.
        var later = await Page("/contradictions?attribute=place&after=" + newestFirst.First(x => x.Attribute == ContradictionAttribute.Place).Id);
        Assert.Equal(newestFirst.Where(x => x.Attribute == ContradictionAttribute.Place).Skip(1).Select(x => x.Id), Ids(later));
        Assert.Equal("/contradictions?attribute=place", later.QuerySelector("a[rel=first]")?.GetAttribute("href"));

        using var bad = await Client.GetAsync("/contradictions?after=no-such-contradiction");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task The_api_lists_page_through_claims_positions_contradictions_and_entities_once_each()
    {
        var claims = await WalkApi("/api/claims?topic=border", 7);
        Assert.Equal(Fixture.Store.Claims.Where(c => c.Topics.Contains("border")).Select(c => c.Id).Order(StringComparer.Ordinal),
            claims.Select(c => c.GetProperty("id").GetString()));
        var spoken = await WalkApi("/api/claims?speaker=beta", 5);
        Assert.Equal(Fixture.Store.Claims.Count(c => c.Speaker == "beta"), spoken.Count);
        Assert.All(spoken, c => Assert.Equal("beta", c.GetProperty("speaker").GetString()));

        var opposed = await WalkApi("/api/positions?stance=opposes", 4);
        Assert.Equal(Fixture.Store.Documents.Where((_, d) => d % 4 == 0).Select(d => d.Id), opposed.Select(p => p.GetProperty("doc").GetString()));
        Assert.Equal(Fixture.Store.Documents.Count, (await WalkApi("/api/positions", 6)).Count);

        var contradictions = await WalkApi("/api/contradictions", 10);
        Assert.Equal(Fixture.Store.Contradictions.Count, contradictions.Select(x => x.GetProperty("id").GetString()).Distinct().Count());
        Assert.Single((await Json("/api/contradictions?event=" + Fixture.Store.Events[30].Id)).GetProperty("items").EnumerateArray());

        var entities = await WalkApi("/api/entities", 2);
        Assert.Equal(["alpha", "beta", "hostile"], entities.Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(ManyEventsStore.HostileName, entities[2].GetProperty("name").GetString());

        var detail = await Json("/api/events/" + Fixture.Store.Events[40].Id);
        Assert.Single(detail.GetProperty("contradictions").EnumerateArray());
        Assert.Equal(Fixture.Store.Events[40].Mentions[0].DocumentId, detail.GetProperty("mentions")[0].GetProperty("doc").GetString());
        var text = await Json("/api/documents/" + Fixture.Store.Documents[0].Id);
        Assert.Equal(Fixture.Store.Documents[0].Text, text.GetProperty("text").GetString());

        using var bad = await Client.GetAsync("/api/positions?cursor=nonsense");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
