using Parley.Model;
using Parley.Time;

namespace Parley.Storage.Tests;

/// <summary>
/// <see cref="IParleyStore.BulkLoad"/> stores what the ordinary path (<see cref="IParleyStore.SaveBatch"/>, then
/// <see cref="IParleyStore.ReplaceMerged"/>) stores: two stores of one backend filled both ways hold the same rows in
/// every table the record lives in, and read back the same. Run on each backend (<see cref="SqliteBulkLoadTests"/>,
/// <see cref="PostgresBulkLoadTests"/>).
/// </summary>
public abstract class BulkLoadContractTests
{
    /// <summary>The tables the documents, their extractions and the merged results are written to, derived rows included.</summary>
    private static readonly string[] Tables =
    [
        "documents", "merge_pending", "merge_state", "entities", "document_entities", "mentions", "entity_roles", "time_expressions",
        "event_mentions", "claims", "positions", "events", "event_links", "event_actors", "event_topics", "event_actor_topics",
        "event_outlets", "contradictions", "disputed_events", "contradiction_dates",
    ];

    protected abstract StoreBackend CreateBackend();

    /// <summary>A SELECT of every index of the store's tables with its definition (a bulk load drops and remakes most).</summary>
    protected abstract string IndexesSql { get; }

    [SkippableFact]
    public void A_bulk_load_stores_what_saving_and_merging_store()
    {
        var (documents, events, contradictions, claimEvents) = Record();
        using var ordinary = CreateBackend();
        using var bulk = CreateBackend();
        using (var store = ordinary.Open())
        {
            foreach (var chunk in documents.Chunk(2))
            {
                store.SaveBatch(chunk);
            }

            store.ReplaceMerged(events, contradictions, claimEvents);
        }

        using (var store = bulk.Open())
        {
            store.BulkLoad(documents, events, contradictions, claimEvents);
        }

        foreach (var table in Tables)
        {
            var expected = ordinary.Rows($"SELECT * FROM {table}");
            Assert.Equal(expected, bulk.Rows($"SELECT * FROM {table}"));
        }

        var indexes = ordinary.Rows($"SELECT * FROM ({IndexesSql}) i");
        Assert.Equal(indexes, bulk.Rows($"SELECT * FROM ({IndexesSql}) i"));
        Assert.Contains(indexes, i => i.Contains("ix_event_actor_topics_type_timeline", StringComparison.Ordinal));

        // Rows in the tables that matter, so the comparison above compared something.
        Assert.Equal(4, ordinary.Count("SELECT count(*) FROM documents"));
        Assert.Equal(6, ordinary.Count("SELECT count(*) FROM event_outlets"));
        Assert.Equal(2, ordinary.Count("SELECT count(*) FROM contradiction_dates"));

        // And what the readers make of them, full-text index included.
        using var first = ordinary.Open();
        using var second = bulk.Open();
        Assert.Equal(first.GetStats(), second.GetStats());
        foreach (var filter in new[]
        {
            RecordFilter.All, new RecordFilter { Outlet = "Outlet B" }, new RecordFilter { Outlet = RecordFilter.UnknownOutlet },
            new RecordFilter { DisputedOnly = true }, new RecordFilter { Actor = "armenia", Topic = "ceasefire" },
        })
        {
            Assert.Equal(Samples.Describe(first.ReadEvents(filter)), Samples.Describe(second.ReadEvents(filter)));
        }

        Assert.Equal(Describe(first.ReadExtractions()), Describe(second.ReadExtractions()));
        Assert.Equal(SearchHits.Of(first, "ceasefire"), SearchHits.Of(second, "ceasefire"));
        Assert.Equal(4, SearchHits.Of(second, "ceasefire").Count);
    }

    [SkippableFact]
    public void A_bulk_load_refuses_a_store_that_holds_documents()
    {
        using var backend = CreateBackend();
        using var store = backend.Open();
        store.Save(Samples.Extraction("doc0"));
        var (documents, events, contradictions, claimEvents) = Record();
        var error = Assert.Throws<StoreException>(() => store.BulkLoad(documents, events, contradictions, claimEvents));
        Assert.Contains("empty store", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, backend.Count("SELECT count(*) FROM documents"));
    }

    /// <summary>
    /// Four documents (two outlets, one without, one blank), events of one and of two accounts, a contradiction about
    /// an event and one between claims (dated by its documents), and claims linked to events.
    /// </summary>
    private static (List<(DocumentExtraction, string)> Documents, List<Event> Events, List<Contradiction> Contradictions, Dictionary<string, string> ClaimEvents) Record()
    {
        DocumentExtraction Doc(string id, string? outlet, EventType second, DateRange? date)
        {
            var sample = Samples.Extraction(id);
            var e1 = sample.Events[0];
            var e2 = e1 with { Key = "e2", Type = second, Date = date, Actors = ["azerbaijan"], Targets = ["armenia"], Topics = ["border", "ceasefire"], Place = null };
            return sample with { Document = sample.Document with { Outlet = outlet }, Events = [e1, e2] };
        }

        var extractions = new[]
        {
            Doc("doc1", "Outlet A", EventType.Meeting, DateRange.Day(2023, 9, 22)),
            Doc("doc2", "Outlet B", EventType.Meeting, DateRange.Month(2023, 10)),
            Doc("doc3", null, EventType.Proposal, null),
            Doc("doc4", " ", EventType.Proposal, DateRange.Year(2024)),
        };
        var agreement = new Event
        {
            Id = "ev-agreement", Type = EventType.Agreement, Date = DateRange.Day(2023, 9, 20), Place = "karabakh",
            Actors = ["armenia", "azerbaijan"], Topics = ["ceasefire"], Quantities = extractions[0].Events[0].Quantities,
            Mentions = [.. extractions.Select(x => x.Events[0])],
        };
        var others = extractions.Select(x => x.Events[1]).GroupBy(m => m.Type).Select(g => new Event
        {
            Id = "ev-" + g.Key.ToWire(), Type = g.Key, Status = EventStatus.Planned, Date = g.First().Date, Actors = g.First().Actors,
            Targets = g.First().Targets, Mediators = ["osce"], Topics = g.First().Topics, Mentions = [.. g],
        });
        List<Event> events = [agreement, .. others];
        List<Contradiction> contradictions =
        [
            new() { Id = "x1", EventId = agreement.Id, Attribute = ContradictionAttribute.Responsibility, ClaimIds = ["doc1#c1", "doc2#c1"], Values = ["armenia", "azerbaijan"] },
            new() { Id = "x2", Attribute = ContradictionAttribute.Date, ClaimIds = ["doc3#c1", "doc4#c1"], Values = ["earlier", "later"] },
        ];
        var claimEvents = new Dictionary<string, string> { ["doc1#c1"] = agreement.Id, ["doc2#c1"] = agreement.Id, ["doc3#c1"] = "ev-proposal" };
        return ([.. extractions.Select(x => (x, x.Document.ContentHash))], events, contradictions, claimEvents);
    }

    private static List<string> Describe(IEnumerable<DocumentExtraction> extractions) =>
        [.. extractions.Select(x => string.Join(" ", x.Document.Id, x.Document.Outlet, x.Document.Title, x.Entities.Count, x.Mentions.Count,
            x.Roles.Count, x.TimeExpressions.Count, string.Join(",", x.Events.Select(m => m.Key + m.Type + m.Date)),
            string.Join(",", x.Claims.Select(c => c.Id + "=" + c.EventId)), x.Positions.Count))];
}

/// <summary>The bulk load on SQLite.</summary>
public sealed class SqliteBulkLoadTests : BulkLoadContractTests
{
    protected override StoreBackend CreateBackend() => new SqliteBackend();

    protected override string IndexesSql => "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index'";
}

/// <summary>The bulk load on PostgreSQL (binary COPY); skipped without a server.</summary>
public sealed class PostgresBulkLoadTests : BulkLoadContractTests
{
    protected override StoreBackend CreateBackend() => new PostgresBackend();

    // The definition names the schema, which differs between the two stores.
    protected override string IndexesSql => "SELECT indexname, tablename, replace(indexdef, current_schema() || '.', '') AS indexdef FROM pg_indexes WHERE schemaname = current_schema()";
}
