using Parley.Model;
using Parley.Time;

namespace Parley.Storage.Tests;

/// <summary>
/// The workbench's summary reads (schema version 12): each backend's SQL must give what the interface's in-memory
/// reading of the whole record gives, over a store of random events with places, mediators, outlets, claims and
/// positions.
/// </summary>
public abstract partial class StoreContractTests
{
    [SkippableFact]
    public void The_summary_reads_give_what_the_whole_record_gives_for_every_filter()
    {
        using var store = Open();
        var outlets = new Dictionary<string, string?> { ["doc-a"] = "Outlet A", ["doc-b"] = "Outlet B", ["doc-c"] = null, ["doc-d"] = "outlet a", ["doc-e"] = "Outlet A" };
        var mentions = new List<EventMention>();
        var n = 0;
        foreach (var (id, outlet) in outlets)
        {
            var x = Samples.Extraction(id);
            x = x with
            {
                Document = x.Document with { Outlet = outlet, Published = n == 2 ? null : DateRange.Day(2023, 1 + n, 10) },
                Claims = [.. x.Claims.Select(c => c with { Speaker = n % 2 == 0 ? "armenia" : "azerbaijan", Topics = n == 1 ? ["ceasefire", "border"] : c.Topics })],
                Positions = [.. x.Positions.Select(p => p with { Actor = n % 3 == 0 ? "armenia" : "azerbaijan", Topic = n == 4 ? "border" : p.Topic })],
            };
            store.Save(x);
            mentions.Add(x.Events[0]);
            n++;
        }

        var random = new Random(29);
        var types = new[] { EventType.Meeting, EventType.Agreement, EventType.Visit, EventType.ArmedClash, EventType.Proposal };
        string Actor() => "actor-" + random.Next(5).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var events = new List<Event>();
        var contradictions = new List<Contradiction>();
        for (var i = 0; i < 240; i++)
        {
            var day = new NodaTime.LocalDate(2022, 1, 1).PlusDays(random.Next(300));
            events.Add(new Event
            {
                Id = (i % 2 == 0 ? "E" : "e") + random.Next(100_000).ToString("00000", System.Globalization.CultureInfo.InvariantCulture) + "-" + i,
                Type = types[random.Next(types.Length)],
                // One in ten undated: they come last in each link's events.
                Date = random.Next(10) == 0 ? null : DateRange.Day(day.Year, day.Month, day.Day),
                Place = random.Next(4) == 0 ? null : "place-" + random.Next(3).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Actors = [Actor(), .. random.Next(3) == 0 ? [Actor()] : Array.Empty<string>()],
                Targets = random.Next(2) == 0 ? [] : [Actor()],
                Mediators = random.Next(4) == 0 ? [Actor()] : [],
                Topics = ["topic-" + random.Next(3).ToString(System.Globalization.CultureInfo.InvariantCulture)],
                Mentions = [.. new[] { mentions[random.Next(5)], mentions[random.Next(5)] }.Take(1 + random.Next(2)).DistinctBy(m => m.DocumentId)],
            });
            if (random.Next(6) == 0)
            {
                contradictions.Add(new Contradiction { Id = $"x{i}", EventId = events[^1].Id, Attribute = ContradictionAttribute.Date, ClaimIds = ["doc-a#c1"], Values = ["a", "b"] });
            }
        }

        store.ReplaceMerged(events, contradictions, new Dictionary<string, string>());
        IParleyStore memory = new WholeRecordOnly(store);

        static string Stubs(IEnumerable<EventStub> stubs) => string.Join(",", stubs.Select(s => $"{s.Id}/{s.Type}/{s.Date}"));
        static List<string> Outlets(IReadOnlyList<OutletSummary> rows) =>
            [.. rows.Select(o => $"{o.Outlet}|{o.Documents}|{o.Events}|{o.Claims}|{o.AloneEvents}|{Stubs(o.AloneFirst)}")];
        Assert.Equal(Outlets(memory.ReadOutletSummaries(3)), Outlets(store.ReadOutletSummaries(3)));
        Assert.Contains(store.ReadOutletSummaries(3), o => o.Outlet == "" && o.Documents == 1);

        var spring = new DateRange(new NodaTime.LocalDate(2022, 3, 1), new NodaTime.LocalDate(2022, 5, 31), DatePrecision.Days);
        var filters = new[]
        {
            RecordFilter.All,
            new RecordFilter { Type = EventType.Meeting },
            new RecordFilter { Actor = "actor-1" },
            new RecordFilter { Topic = "topic-2", Period = spring },
            new RecordFilter { Outlet = "Outlet B" },
            new RecordFilter { DisputedOnly = true },
            new RecordFilter { Place = "place-0", Actor = "actor-3" },
        };
        static List<string> Links(NetworkCounts network) =>
            [.. network.Links.Select(l => $"{l.A}|{l.B}|{l.Relation}|{l.Events}|{Stubs(l.First)}"),
             .. network.ActorEvents.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}")];
        foreach (var filter in filters)
        {
            var places = store.ReadPlaceCounts(filter);
            var expected = memory.ReadPlaceCounts(filter);
            Assert.Equal(expected.Events, places.Events);
            Assert.Equal(expected.Places, places.Places);
            Assert.Equal(expected.Events, store.CountEvents(filter));
            Assert.True(expected.Events > 0, $"the sample has no event for {filter}");
            Assert.Equal(Links(memory.ReadNetwork(filter, 6, 4)), Links(store.ReadNetwork(filter, 6, 4)));
            Assert.Equal(Links(memory.ReadNetwork(filter, 1000, 1000)), Links(store.ReadNetwork(filter, 1000, 1000)));
        }

        Assert.Contains(store.ReadPlaceCounts(RecordFilter.All).Places, p => p.Disputed > 0);
        var all = store.ReadNetwork(RecordFilter.All, 1000, 2);
        Assert.Equal(["clash", "mediation", "meeting"], all.Links.Select(l => l.Relation).Distinct().Order(StringComparer.Ordinal));

        static List<ActorCounts> ByActor(IEnumerable<ActorCounts> rows) => [.. rows.OrderBy(r => r.Id, StringComparer.Ordinal)];
        Assert.Equal(ByActor(memory.ReadActorCounts(null)), ByActor(store.ReadActorCounts(null)));
        Assert.Equal(ByActor(memory.ReadActorCounts(["actor-2", "armenia", "no-such-entity"])), ByActor(store.ReadActorCounts(["actor-2", "armenia", "no-such-entity"])));
        Assert.Equal(memory.ReadTopicCounts().OrderBy(t => t.Topic, StringComparer.Ordinal), store.ReadTopicCounts().OrderBy(t => t.Topic, StringComparer.Ordinal));
        Assert.Contains(store.ReadTopicCounts(), t => t.Topic == "border" && t.Claims == 1 && t.Positions == 1 && t.Parties == 1);

        // Documents a page at a time by id, with each filter (the outlet ignoring case).
        var documentFilters = new[]
        {
            new DocumentFilter(), new DocumentFilter { Outlet = "OUTLET A" }, new DocumentFilter { From = new NodaTime.LocalDate(2023, 2, 1) },
            new DocumentFilter { To = new NodaTime.LocalDate(2023, 4, 10), Outlet = "outlet a" },
        };
        foreach (var filter in documentFilters)
        {
            var expected = memory.ReadDocumentPage(filter, 100, null).Select(d => d.Id).ToList();
            Assert.NotEmpty(expected);
            var walked = new List<string>();
            for (string? after = null; walked.Count < 100;)
            {
                var page = store.ReadDocumentPage(filter, 2, after);
                walked.AddRange(page.Select(d => d.Id));
                if (page.Count < 2)
                {
                    break;
                }

                after = page[^1].Id;
            }

            Assert.Equal(expected, walked);
        }

        Assert.Equal(3, store.ReadDocumentPage(new DocumentFilter { Outlet = "outlet A" }, 10, null).Count);

        // The quotes' full-text index: every word (or a word's start) must be in the quote, whatever the case; a piece
        // inside a word is not a word; query syntax in the input is only text.
        Assert.Equal(outlets.Keys.Select(d => d + "#c1"), store.SearchClaimQuotes(["DENIED", "troop"], 100)!.Select(c => c.Id));
        Assert.Equal(["doc-a#c1", "doc-b#c1"], store.SearchClaimQuotes(["ministry", "fire"], 2)!.Select(c => c.Id));
        Assert.Empty(store.SearchClaimQuotes(["enied"], 100)!);
        Assert.Empty(store.SearchClaimQuotes(["denied", "ceasefire"], 100)!);
        Assert.Equal(outlets.Count, store.SearchClaimQuotes(["\"denied\"*", "troops)"], 100)!.Count);
        Assert.Empty(store.SearchClaimQuotes(["denied", "OR", "ceasefire"], 100)!);
        Assert.Empty(store.SearchClaimQuotes(["--", "\"\""], 100)!);

        // A claim stored again follows into the index; one deleted leaves it.
        var replaced = Samples.Extraction("doc-b");
        store.Save(replaced with { Claims = [.. replaced.Claims.Select(c => c with { Quote = "A statement about the corridor." })] }, "another version of doc-b");
        Assert.Equal(["doc-b#c1"], store.SearchClaimQuotes(["corridor"], 100)!.Select(c => c.Id));
        Assert.DoesNotContain("doc-b#c1", store.SearchClaimQuotes(["denied"], 100)!.Select(c => c.Id));
        store.DeleteDocument("doc-b");
        Assert.Empty(store.SearchClaimQuotes(["corridor"], 100)!);
    }

    /// <summary>A store that answers only through <see cref="IParleyStore.ReadRecord"/>: the interface's in-memory readings.</summary>
    private sealed class WholeRecordOnly(IParleyStore inner) : IParleyStore
    {
        public string Location => inner.Location;

        public int SchemaVersion => inner.SchemaVersion;

        public void Migrate() => inner.Migrate();

        public string? GetContentHash(string documentId) => inner.GetContentHash(documentId);

        public SaveOutcome Save(DocumentExtraction extraction, string contentHash) => inner.Save(extraction, contentHash);

        public IReadOnlyList<DocumentExtraction> ReadExtractions() => inner.ReadExtractions();

        public void ReplaceMerged(IReadOnlyList<Event> events, IReadOnlyList<Contradiction> contradictions, IReadOnlyDictionary<string, string> claimEventIds) =>
            inner.ReplaceMerged(events, contradictions, claimEventIds);

        public ParleyRecord ReadRecord(RecordFilter filter) => inner.ReadRecord(filter);

        public StoreStats GetStats() => inner.GetStats();

        public void Dispose()
        {
        }
    }
}
