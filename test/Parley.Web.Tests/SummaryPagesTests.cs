using System.Net;
using System.Text.Json;
using Parley.Model;

namespace Parley.Web.Tests;

/// <summary>
/// The summary pages (sources, map, network, actors, topics, search) and the API's documents, places and network answer
/// from the store's aggregates and pages: every request here is served by a store that throws when asked for the whole
/// record, and what they show is checked against the events the test wrote.
/// </summary>
public sealed class SummaryPagesTests(ManyEventsFixture fixture) : NoWholeRecordPageTests(fixture), IClassFixture<ManyEventsFixture>
{
    private ManyEventsStore Store => Fixture.Store;

    private async Task<JsonElement> Json(string url)
    {
        using var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/sources")]
    [InlineData("/map")]
    [InlineData("/map?actor=alpha&type=meeting")]
    [InlineData("/network")]
    [InlineData("/network?topic=border&from=2030-02")]
    [InlineData("/actors")]
    [InlineData("/actors/alpha")]
    [InlineData("/actors/valley")]
    [InlineData("/topics")]
    [InlineData("/topics/border")]
    [InlineData("/search?q=timeline+paging")]
    [InlineData("/documents")]
    [InlineData("/documents/doc-003")]
    [InlineData("/events/ev-010")]
    [InlineData("/contradictions")]
    [InlineData("/api/events")]
    [InlineData("/api/events/ev-010")]
    [InlineData("/api/entities")]
    [InlineData("/api/claims")]
    [InlineData("/api/contradictions")]
    [InlineData("/api/positions")]
    [InlineData("/api/documents")]
    [InlineData("/api/documents/doc-003")]
    [InlineData("/api/places")]
    [InlineData("/api/places?outlet=Odd+Herald")]
    [InlineData("/api/network")]
    [InlineData("/api/network?actor=beta")]
    public async Task Every_page_and_endpoint_answers_without_the_whole_record(string url)
    {
        using var response = await Client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task The_sources_page_counts_each_outlets_documents_events_claims_and_lone_events()
    {
        var page = await Page("/sources");
        var rows = page.QuerySelectorAll("table tbody tr").ToDictionary(r => r.QuerySelector("td")!.TextContent.Trim(), r => r);
        foreach (var outlet in new[] { "Even Post", "Odd Herald" })
        {
            var documents = Store.Documents.Where(d => d.Outlet == outlet).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            var events = Store.Events.Where(e => documents.Contains(e.Mentions[0].DocumentId)).ToList();
            var cells = rows[outlet].QuerySelectorAll("td.num").Select(c => c.TextContent).ToList();
            Assert.Equal([documents.Count.ToString(), events.Count.ToString(), documents.Count.ToString()], cells);
            // Each event has one account, so every one is the outlet's alone: the first eight named, the rest counted.
            Assert.Equal(events.OrderBy(e => e.Date!.Value.Earliest).ThenBy(e => e.Id, StringComparer.Ordinal).Take(8).Select(e => "/events/" + e.Id),
                rows[outlet].QuerySelectorAll("a.chip").Select(a => a.GetAttribute("href")));
            Assert.Contains($"and {events.Count - 8} more", rows[outlet].TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_map_and_places_count_the_filtered_events_at_each_place()
    {
        var atValley = Store.Events.Where(e => e.Place == "valley").ToList();
        var disputed = Store.Contradictions.Select(x => x.EventId).ToHashSet(StringComparer.Ordinal);
        var place = Assert.Single((await Json("/api/places")).GetProperty("items").EnumerateArray());
        Assert.Equal(("valley", atValley.Count, atValley.Count(e => disputed.Contains(e.Id))),
            (place.GetProperty("id").GetString(), place.GetProperty("events").GetInt32(), place.GetProperty("disputed").GetInt32()));
        var meetings = atValley.Count(e => e.Type == EventType.Meeting && e.Actors.Contains("alpha"));
        Assert.Equal(meetings, (await Json("/api/places?type=meeting&actor=alpha")).GetProperty("items")[0].GetProperty("events").GetInt32());

        var map = await Page("/map?type=meeting");
        Assert.Equal(atValley.Count(e => e.Type == EventType.Meeting).ToString(), map.QuerySelector("table tbody tr td.num")!.TextContent);
        Assert.Contains($"{Store.Events.Count(e => e.Type == EventType.Meeting && e.Place is null)} filtered event(s) have no place", map.QuerySelector("p.muted")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_network_links_the_actors_of_each_meeting_with_its_events_in_timeline_order()
    {
        var linked = Store.Events.Where(e => e.Targets.Count > 0).ToList();
        var network = await Json("/api/network");
        var edge = Assert.Single(network.GetProperty("edges").EnumerateArray());
        Assert.Equal(("alpha", "beta", "meeting", linked.Count),
            (edge.GetProperty("source").GetString(), edge.GetProperty("target").GetString(), edge.GetProperty("relation").GetString(), edge.GetProperty("weight").GetInt32()));
        Assert.Equal(["Alphaland", "Betaland"], network.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()));

        var page = await Page("/network");
        var row = Assert.Single(page.QuerySelectorAll("table tbody tr"));
        Assert.Equal(linked.Take(6).Select(e => "/events/" + e.Id), row.QuerySelectorAll("a.chip").Select(a => a.GetAttribute("href")));
        Assert.Contains($"+{linked.Count - 6}", row.TextContent, StringComparison.Ordinal);

        // Filtered: only the links of the events the filter keeps.
        var later = (await Json("/api/network?from=2030-03")).GetProperty("edges")[0].GetProperty("weight").GetInt32();
        Assert.Equal(linked.Count(e => e.Date!.Value.Latest >= new NodaTime.LocalDate(2030, 3, 1)), later);
        Assert.InRange(later, 1, linked.Count - 1);
        Assert.Empty((await Json("/api/network?actor=hostile")).GetProperty("edges").EnumerateArray());
    }

    [Fact]
    public async Task The_actor_and_topic_lists_and_pages_show_the_stores_counts_and_a_page_of_events()
    {
        var actors = await Page("/actors");
        var alpha = actors.QuerySelectorAll("table tbody tr").Single(r => r.QuerySelector("a")!.GetAttribute("href") == "/actors/alpha");
        var alphaEvents = Store.Events.Count(e => e.Actors.Contains("alpha") || e.Targets.Contains("alpha"));
        // Each document's claim and position are by the same actor: the claims' count is the positions' too.
        Assert.Equal([alphaEvents.ToString(), Store.Claims.Count(c => c.Speaker == "alpha").ToString(), Store.Claims.Count(c => c.Speaker == "alpha").ToString()],
            alpha.QuerySelectorAll("td.num").Take(3).Select(c => c.TextContent));
        Assert.DoesNotContain(actors.QuerySelectorAll("table tbody tr a"), a => a.GetAttribute("href") == "/actors/valley");

        var page = await Page("/actors/beta");
        var betaEvents = Store.Events.Where(e => e.Actors.Contains("beta") || e.Targets.Contains("beta")).ToList();
        Assert.Contains($"Events ({betaEvents.Count})", page.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.Equal(Math.Min(betaEvents.Count, 200), page.QuerySelectorAll("table.events tbody tr").Length);
        Assert.Contains(page.QuerySelectorAll("a[href='/?actor=beta']"), a => a.TextContent == $"all {betaEvents.Count} on the timeline");
        Assert.Equal(Store.Claims.Count(c => c.Speaker == "beta"), page.QuerySelectorAll("ul.hits li").Length);

        var place = await Page("/actors/valley");
        Assert.Contains($"Events ({Store.Events.Count(e => e.Place == "valley")})", place.QuerySelectorAll("h2").Select(h => h.TextContent));

        var topics = await Page("/topics");
        var water = topics.QuerySelectorAll("table tbody tr").Single(r => r.QuerySelector("a")!.TextContent == "water");
        Assert.Equal([Store.Events.Count(e => e.Topics.Contains("water")).ToString(), Store.Claims.Count(c => c.Topics.Contains("water")).ToString(), "0", "0"],
            water.QuerySelectorAll("td.num").Select(c => c.TextContent));
        var border = await Page("/topics/border");
        Assert.Contains($"Events on this topic ({Store.Events.Count(e => e.Topics.Contains("border"))})", border.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.Equal(["Alphaland", "Betaland"], border.QuerySelectorAll("table.matrix tbody th a").Select(a => a.TextContent));
        Assert.Equal(404, (int)(await Client.GetAsync("/topics/no-such-topic")).StatusCode);
        Assert.Equal(404, (int)(await Client.GetAsync("/actors/no-such-actor")).StatusCode);
    }

    [Fact]
    public async Task Documents_are_listed_by_id_a_page_at_a_time_with_their_filters()
    {
        var walked = new List<string>();
        string? cursor = null;
        for (var pages = 0; pages < 20; pages++)
        {
            var page = await Json("/api/documents?limit=7" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            walked.AddRange(page.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetString()!));
            cursor = page.GetProperty("next").GetString();
            if (cursor is null)
            {
                break;
            }
        }

        Assert.Equal(Store.Documents.Select(d => d.Id).Order(StringComparer.Ordinal), walked);
        var odd = await Json("/api/documents?outlet=odd+herald&from=2030-01-05&limit=500");
        Assert.Equal(Store.Documents.Where(d => d.Outlet == "Odd Herald" && d.Published is { } p && p.Latest >= new NodaTime.LocalDate(2030, 1, 5)).Select(d => d.Id),
            odd.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetString()));
        Assert.Equal(Store.Documents[0].Text.Length, (await Json("/api/documents?limit=1")).GetProperty("items")[0].GetProperty("length").GetInt32());
    }

    [Fact]
    public async Task The_quote_search_finds_the_claims_through_the_stores_index_and_shows_them_as_text()
    {
        var page = await Page("/search?q=TIMELINE+pag");
        var hits = page.QuerySelectorAll("ul.hits")[1].QuerySelectorAll("li").ToList();
        Assert.Equal(Math.Min(Store.Claims.Count, 100), hits.Count);
        Assert.All(hits, h => Assert.Contains("<script>window.__xss = 1</script>", h.TextContent, StringComparison.Ordinal));
        Assert.Empty((await Page("/search?q=imeline")).QuerySelectorAll("ul.hits")[1].QuerySelectorAll("li"));
    }
}
