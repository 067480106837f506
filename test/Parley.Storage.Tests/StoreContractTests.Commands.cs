using Parley.Model;
using Parley.Storage.Schema;
using Parley.Time;

namespace Parley.Storage.Tests;

/// <summary>
/// The command line's reads (one event's claims, an actor's counts, the outlets and contradictions of a slice, a brief's
/// key events): each backend's SQL must give what the interface's reading of the whole record gives, for every filter.
/// </summary>
public abstract partial class StoreContractTests
{
    [SkippableFact]
    public void The_command_reads_give_what_the_whole_record_gives_for_every_filter()
    {
        using var store = Open();
        var outlets = new Dictionary<string, string?> { ["doc-a"] = "Outlet A", ["doc-b"] = "Outlet B", ["doc-c"] = null, ["doc-d"] = "Outlet A", ["doc-e"] = "Outlet C" };
        var mentions = new List<EventMention>();
        var claimIds = new List<string>();
        var n = 0;
        foreach (var (id, outlet) in outlets)
        {
            var x = Samples.Extraction(id);
            var claim = x.Claims[0];
            var position = x.Positions[0];
            x = x with
            {
                Document = x.Document with { Outlet = outlet, Published = DateRange.Day(2022, 1 + n, 10) },
                // Two claims whose order in the document is not the order of their ids (c2 before c10).
                Claims = [claim with { Id = id + "#c2" }, claim with { Id = id + "#c10", Speaker = n % 2 == 0 ? "azerbaijan" : "armenia" }],
                // Positions of several months, one undated.
                Positions = [position with { Date = DateRange.Month(2022, 1 + n) }, position with { Actor = "armenia", Date = n == 3 ? null : DateRange.Month(2022, 6 + n) }],
            };
            store.Save(x);
            mentions.Add(x.Events[0]);
            claimIds.AddRange(x.Claims.Select(c => c.Id));
            n++;
        }

        var random = new Random(31);
        var types = new[] { EventType.Meeting, EventType.Agreement, EventType.Visit, EventType.ArmedClash };
        string Actor() => "actor-" + random.Next(4).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var events = new List<Event>();
        var contradictions = new List<Contradiction>();
        var claimEvents = new Dictionary<string, string>();
        for (var i = 0; i < 160; i++)
        {
            var day = new NodaTime.LocalDate(2022, 1, 1).PlusDays(random.Next(330));
            // Most events last a day, some a month (not wholly inside every period that overlaps them), one in ten is undated.
            var date = random.Next(10) == 0 ? (DateRange?)null : random.Next(5) == 0 ? DateRange.Month(day.Year, day.Month) : DateRange.Day(day.Year, day.Month, day.Day);
            events.Add(new Event
            {
                Id = (i % 2 == 0 ? "E" : "e") + random.Next(100_000).ToString("00000", System.Globalization.CultureInfo.InvariantCulture) + "-" + i,
                Type = types[random.Next(types.Length)],
                Date = date,
                Place = random.Next(3) == 0 ? null : "place-" + random.Next(3).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Actors = [Actor()],
                Targets = random.Next(2) == 0 ? [] : [Actor()],
                Topics = ["topic-" + random.Next(3).ToString(System.Globalization.CultureInfo.InvariantCulture)],
                // One to three accounts from distinct documents: the brief ranks events by them.
                Mentions = [.. Enumerable.Range(0, 1 + random.Next(3)).Select(_ => mentions[random.Next(mentions.Count)]).DistinctBy(m => m.DocumentId)],
            });
            if (random.Next(4) == 0)
            {
                contradictions.Add(new Contradiction
                {
                    Id = "x" + random.Next(1000).ToString("000", System.Globalization.CultureInfo.InvariantCulture) + "-" + i, EventId = events[^1].Id,
                    Attribute = ContradictionAttribute.Date, ClaimIds = [claimIds[random.Next(claimIds.Count)], claimIds[random.Next(claimIds.Count)]], Values = ["a", "b"],
                });
            }
        }

        // Each claim about an event; one contradiction about no event (the whole record lists it, a slice does not).
        foreach (var id in claimIds)
        {
            claimEvents[id] = events[random.Next(40)].Id;
        }

        contradictions.Add(new Contradiction { Id = "x-no-event", EventId = null, Attribute = ContradictionAttribute.Responsibility, ClaimIds = ["doc-a#c2", "doc-b#c10"], Values = ["a", "b"] });
        store.ReplaceMerged(events, contradictions, claimEvents);
        IParleyStore memory = new WholeRecordOnly(store);

        var summer = new DateRange(new NodaTime.LocalDate(2022, 6, 15), new NodaTime.LocalDate(2022, 8, 31), DatePrecision.Days);
        var filters = new[]
        {
            RecordFilter.All,
            new RecordFilter { Type = EventType.Meeting },
            new RecordFilter { Actor = "actor-1" },
            new RecordFilter { Topic = "topic-1" },
            new RecordFilter { Period = summer },
            new RecordFilter { Topic = "topic-2", Period = summer },
            new RecordFilter { Actor = "actor-2", Type = EventType.Visit },
        };
        static string Stubs(IEnumerable<EventStub> stubs) => string.Join(",", stubs.Select(s => $"{s.Id}/{s.Type}/{s.Date}"));
        static List<string> Outlets(IReadOnlyList<OutletSummary> rows) =>
            [.. rows.Select(o => $"{o.Outlet}|{o.Documents}|{o.Events}|{o.Claims}|{o.AloneEvents}|{Stubs(o.AloneFirst)}")];
        static string Ids(IEnumerable<Contradiction> list) => string.Join(",", list.Select(x => x.Id));
        foreach (var filter in filters)
        {
            Assert.Equal(Outlets(memory.ReadOutletSummaries(filter, 3)), Outlets(store.ReadOutletSummaries(filter, 3)));
            Assert.Equal(Outlets(memory.ReadOutletSummaries(filter, 1000)), Outlets(store.ReadOutletSummaries(filter, 1000)));

            var expected = memory.ReadContradictionList(filter, 1000, null);
            Assert.NotEmpty(expected);
            Assert.Equal(Ids(expected), Ids(store.ReadContradictionList(filter, 1000, null)));
            Assert.Equal(expected.Count, store.CountContradictions(filter));
            Assert.Equal(memory.CountContradictions(filter), store.CountContradictions(filter));
            var walked = new List<Contradiction>();
            for (string? after = null; ;)
            {
                var page = store.ReadContradictionList(filter, 3, after);
                walked.AddRange(page);
                if (page.Count < 3)
                {
                    break;
                }

                after = page[^1].Id;
            }

            Assert.Equal(Ids(expected), Ids(walked));
            Assert.Equal(filter.IsAll, walked.Any(x => x.EventId is null));

            // The slice's claims in document order, a page at a time, as the streamed export reads them.
            var claims = new List<string>();
            for (ClaimKey? after = null; ;)
            {
                var page = store.ReadClaimPage(filter, 3, after);
                claims.AddRange(page.Select(c => c.Claim.Id));
                if (page.Count < 3)
                {
                    break;
                }

                after = page[^1].Key;
            }

            Assert.Equal(memory.ReadRecord(filter).Claims.Select(c => c.Id), claims);
            Assert.Equal(memory.ReadClaimPage(filter, 1000, null).Select(c => c.Claim.Id), claims);

            Assert.Equal(memory.ReadEventTypeCounts(filter).OrderBy(kv => kv.Key), store.ReadEventTypeCounts(filter).OrderBy(kv => kv.Key));
            Assert.Equal(memory.ReadMostReportedEvents(filter, 1000), store.ReadMostReportedEvents(filter, 1000));
            Assert.Equal(memory.ReadMostReportedEvents(filter, 4), store.ReadMostReportedEvents(filter, 4));
        }

        // The slice of a period: the events dated wholly inside it, an event of a month that only overlaps it left out.
        var ranked = store.ReadMostReportedEvents(new RecordFilter { Period = summer }, 1000);
        Assert.NotEmpty(ranked);
        Assert.All(store.ReadEventsById(ranked), e => Assert.True(summer.Contains(e.Date!.Value.Earliest) && summer.Contains(e.Date!.Value.Latest), e.Id));
        Assert.Contains(store.ReadEvents(new RecordFilter { Period = summer }), e => !ranked.Contains(e.Id));

        // Claims in document order (c2 before c10 in each document), whatever their ids' order.
        var about = events.Take(40).Select(e => e.Id).ToList();
        static string ClaimIds(IEnumerable<Claim> claims) => string.Join(",", claims.Select(c => c.Id));
        Assert.Equal(ClaimIds(memory.ReadClaimsAbout(about)), ClaimIds(store.ReadClaimsAbout(about)));
        Assert.Equal(ClaimIds(memory.ReadClaimsAbout([claimEvents["doc-a#c2"]])), ClaimIds(store.ReadClaimsAbout([claimEvents["doc-a#c2"]])));
        Assert.Equal(["doc-a#c2", "doc-a#c10", "doc-c#c10"], store.ReadClaimsById(["doc-c#c10", "doc-a#c10", "no-such-claim", "doc-a#c2"]).Select(c => c.Id));
        Assert.Empty(store.ReadClaimsAbout(["no-such-event"]));

        // Ids near one: those on each side in ordinal order (upper case before lower), the id itself included.
        var some = events[17].Id;
        Assert.Equal(memory.ReadEventIdsNear(some, 3), store.ReadEventIdsNear(some, 3));
        Assert.Contains(some, store.ReadEventIdsNear(some, 1));
        Assert.Equal(6, store.ReadEventIdsNear("e5", 3).Count);
        Assert.Equal(memory.ReadEventIdsNear("e5", 3), store.ReadEventIdsNear("e5", 3));
        Assert.Equal(memory.ReadEventIdsNear("zzz", 1000), store.ReadEventIdsNear("zzz", 1000));

        // Documents naming each entity: every sample document names both states once.
        Assert.Equal(memory.ReadMentionDocumentCounts(["armenia", "azerbaijan-mod", "nobody"]).OrderBy(kv => kv.Key),
            store.ReadMentionDocumentCounts(["armenia", "azerbaijan-mod", "nobody"]).OrderBy(kv => kv.Key));
        Assert.Equal(outlets.Count, store.ReadMentionDocumentCounts(["armenia"])["armenia"]);

        // The named entities a page at a time, each with its mentions and its roles from the documents, as the record has them.
        static string Entities(IEnumerable<EntityWithMentions> list) => string.Join(";", list.Select(e =>
            $"{e.Entity.Id}|{e.Entity.Name}|{string.Join(",", e.Entity.Roles.Select(r => r.Title + "@" + r.DocumentId))}|{string.Join(",", e.Mentions.Select(m => $"{m.DocumentId}:{m.Mention.Span.Start}"))}"));
        var walkedEntities = new List<EntityWithMentions>();
        for (string? after = null; ;)
        {
            var page = store.ReadEntityPage(2, after);
            walkedEntities.AddRange(page);
            if (page.Count < 2)
            {
                break;
            }

            after = page[^1].Entity.Id;
        }

        Assert.Equal(Entities(store.ReadRecord(RecordFilter.All).Entities), Entities(walkedEntities));
        Assert.Equal(Entities(memory.ReadEntityPage(100, "armenia")), Entities(store.ReadEntityPage(100, "armenia")));
        Assert.Contains(walkedEntities, e => e.Entity.Roles.Count == outlets.Count && e.Mentions.Count == outlets.Count);

        // The named entities without their mentions, by id: the record's (Karabakh, stored but never named, is not one),
        // each with only its own roles (the spokesperson's role comes from the documents).
        var named = store.ReadNamedEntities();
        Assert.Equal(walkedEntities.Select(e => e.Entity.Id), named.Select(e => e.Id));
        Assert.Equal(memory.ReadNamedEntities().Select(e => $"{e.Id}|{e.Name}|{e.Roles.Count}"), named.Select(e => $"{e.Id}|{e.Name}|{e.Roles.Count}"));
        Assert.Contains(store.ReadEntities(), e => e.Id == "karabakh");
        Assert.DoesNotContain(named, e => e.Id == "karabakh");
        Assert.Empty(named.Single(e => e.Id == "azerbaijan-mod").Roles);

        // Positions of a period: those whose date overlaps it; undated ones never.
        static string Positions(IEnumerable<StoredPosition> rows) => string.Join(",", rows.Select(p => $"{p.Key.DocumentId}/{p.Key.Seq}"));
        foreach (var positionFilter in new[] { new PositionFilter { Period = summer }, new PositionFilter { Period = summer, Actor = "armenia" }, new PositionFilter { Actor = "armenia" } })
        {
            Assert.Equal(Positions(memory.ReadPositions(positionFilter, 100, null)), Positions(store.ReadPositions(positionFilter, 100, null)));
        }

        Assert.Equal(["doc-a/1", "doc-b/1", "doc-c/1"], store.ReadPositions(new PositionFilter { Period = summer }, 100, null).Select(p => $"{p.Key.DocumentId}/{p.Key.Seq}"));
    }

    [SkippableFact]
    public void The_events_an_outlet_alone_reports_are_counted_from_the_rows_marked_sole_and_a_version_17_store_gains_the_marks()
    {
        using (var store = Open())
        {
            var mentions = new Dictionary<string, EventMention>();
            foreach (var (id, outlet) in new[] { ("doc-a", "Outlet A"), ("doc-b", "Outlet B"), ("doc-c", "Outlet A") })
            {
                var x = Samples.Extraction(id);
                store.Save(x with { Document = x.Document with { Outlet = outlet } });
                mentions[id] = x.Events[0];
            }

            Event Reported(string id, int day, params string[] documents) => new()
            {
                Id = id, Type = EventType.Meeting, Date = DateRange.Day(2023, 3, day), Actors = ["armenia"], Mentions = [.. documents.Select(d => mentions[d])],
            };

            // Two outlets report e1; only Outlet A reports e2 and e3 (e3 in two of its documents); only Outlet B e4.
            store.ReplaceMerged([Reported("e1", 1, "doc-a", "doc-b"), Reported("e2", 2, "doc-a"), Reported("e3", 3, "doc-a", "doc-c"), Reported("e4", 4, "doc-b")], [],
                new Dictionary<string, string>());
            Assert.Equal(["event_id=e2", "event_id=e3", "event_id=e4"], Backend.Rows("SELECT event_id FROM event_outlets WHERE sole = 1"));
        }

        // Back to version 17: no marks.
        foreach (var sql in new[] { "DROP INDEX ix_event_outlets_sole", "ALTER TABLE event_outlets DROP COLUMN sole", "DELETE FROM schema_version WHERE version > 17" })
        {
            Backend.Execute(sql);
        }

        using var upgraded = Open();
        Assert.Equal(SchemaScripts.LatestVersion, upgraded.SchemaVersion);
        static string Row(OutletSummary o) => $"{o.Outlet}|{o.Documents}|{o.Events}|{o.AloneEvents}|{string.Join(",", o.AloneFirst.Select(s => s.Id))}";
        Assert.Equal(["Outlet A|2|3|2|e2,e3", "Outlet B|1|2|1|e4"], upgraded.ReadOutletSummaries(5).Select(Row));
        Assert.Equal(["Outlet A|2|3|2|e2", "Outlet B|1|2|1|e4"], upgraded.ReadOutletSummaries(1).Select(Row));
        // A slice counts the same marks: March 1 to 3 holds e1, e2, e3.
        var slice = new RecordFilter { Period = new DateRange(new NodaTime.LocalDate(2023, 3, 1), new NodaTime.LocalDate(2023, 3, 3), DatePrecision.Days) };
        Assert.Equal(["Outlet A|2|3|2|e2,e3", "Outlet B|1|1|0|"], upgraded.ReadOutletSummaries(slice, 5).Select(Row));
        Assert.Equal(Outlets(((IParleyStore)new WholeRecordOnly(upgraded)).ReadOutletSummaries(slice, 5)), Outlets(upgraded.ReadOutletSummaries(slice, 5)));

        // Written again with another outlet's account, e2 is no longer Outlet A's alone.
        upgraded.ReplaceMerged([Reported2("e2", "doc-a", "doc-b"), Reported2("e3", "doc-a", "doc-c")], [], new Dictionary<string, string>());
        Assert.Equal(["Outlet A|2|2|1|e3", "Outlet B|1|1|0|"], upgraded.ReadOutletSummaries(5).Select(Row));

        Event Reported2(string id, params string[] documents)
        {
            var extractions = upgraded.ReadExtractions().ToDictionary(x => x.Document.Id);
            return new Event { Id = id, Type = EventType.Meeting, Date = DateRange.Day(2023, 3, 2), Actors = ["armenia"], Mentions = [.. documents.Select(d => extractions[d].Events[0])] };
        }

        static List<string> Outlets(IReadOnlyList<OutletSummary> rows) => [.. rows.Select(Row)];
    }
}
