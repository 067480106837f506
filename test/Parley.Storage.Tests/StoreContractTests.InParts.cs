using Parley.Merge;
using Parley.Model;
using Parley.Text;
using Parley.Time;

namespace Parley.Storage.Tests;

/// <summary>
/// An event of more accounts than the cross-document pass writes at once is stored a part at a time
/// (<see cref="IMergeSource.WriteEventInParts"/>) and its claims read back a page of documents at a time
/// (<see cref="IMergeSource.ReadEventClaimsIn"/>): on every backend that must store exactly what one piece stores.
/// </summary>
public abstract partial class StoreContractTests
{
    /// <summary>The accounts (links) in one part, and the documents in one page of claims: small, so there are many.</summary>
    private const int LinksPart = 5;
    private const int ClaimsPage = 4;

    /// <summary>Documents whose ids differ by case and punctuation, so an order other than ordinal would show.</summary>
    private static readonly string[] PartsDocuments =
        [.. Enumerable.Range(0, 24).Select(i => (i % 3) switch { 0 => $"Doc-{i:D2}", 1 => $"doc_{i:D2}", _ => $"d{i:D2}" })];

    /// <summary>The tables whose rows storing an event, its claims' links and its contradictions decide.</summary>
    private static readonly string[] MergedTables =
    [
        "events", "event_links", "event_actors", "event_topics", "event_actor_topics", "event_pairs", "event_outlets",
        "contradictions", "disputed_events", "contradiction_dates",
    ];

    [SkippableFact]
    public void An_event_written_in_parts_stores_what_one_piece_stores()
    {
        using var other = CreateBackend();
        using var inParts = Open();
        using var whole = other.Open();
        foreach (var store in new[] { inParts, whole })
        {
            StoreBeforeTheBigEvent(store);
        }

        // Accounts in the order the pass gives them: by document (ordinal), then position in it.
        var accounts = PartsDocuments.Order(StringComparer.Ordinal).SelectMany(d => new[] { (d, "e1"), (d, "e2") }).ToList();
        var big = new Event
        {
            Id = "big", Type = EventType.Meeting, Date = DateRange.Day(2023, 9, 20), Place = "karabakh",
            Actors = ["armenia", "azerbaijan"], Mediators = ["azerbaijan-mod"], Topics = ["ceasefire"],
            Quantities = [new Quantity(QuantityKind.Killed, 2, Approximate: true, Side: "azerbaijan")], Mentions = [],
        };
        var pages = PartsDocuments.Order(StringComparer.Ordinal).Chunk(ClaimsPage).ToList();

        using (var session = inParts.BeginMerge()!)
        {
            var partsTaken = 0;
            IReadOnlyCollection<(string, string)> before = [];
            // Each part is read from the store as the writer takes it, as the pass does: reads run between its inserts,
            // and the part before is stored by then.
            session.WriteEventInParts(["old"], big, accounts.Chunk(LinksPart).Select(part =>
            {
                partsTaken++;
                Assert.Equal(before.Select(_ => "big"), session.ReadEventLinks(before).Values);
                before = part;
                var read = session.ReadEventMentionsByKey(part).ToDictionary(m => (m.DocumentId, m.Key));
                return (IReadOnlyList<(string Doc, string Key)>)[.. part.Select(k => (read[k].DocumentId, read[k].Key))];
            }));
            Assert.Equal((accounts.Count + LinksPart - 1) / LinksPart, partsTaken);

            var paged = pages.SelectMany(page => session.ReadEventClaimsIn("big", page)).ToList();
            var all = session.ReadEventClaims(["big"]).Select(x => x.Claim).ToList();
            Assert.Equal(PartsDocuments.Length * 2, paged.Count);
            Assert.Equal(all.Select(c => c.Id), paged.Select(c => c.Id));
            Assert.Equivalent(all, paged, strict: true);
            Assert.All(paged, c => Assert.Equal("", c.Quote));
            Assert.All(paged, c => Assert.Empty(c.Topics));
            // A page gives only its own documents' claims, and only those about this event.
            Assert.Equal(pages[1].Order(StringComparer.Ordinal), session.ReadEventClaimsIn("big", pages[1]).Select(c => c.DocumentId).Distinct());
            Assert.Equal(pages[1].Select(d => d + "#c3"), session.ReadEventClaimsIn("other", pages[1]).Select(c => c.Id));
            FinishBigEvent(session, paged);
        }

        using (var session = whole.BeginMerge()!)
        {
            var mentions = session.ReadEventMentionsByKey(accounts).ToDictionary(m => (m.DocumentId, m.Key));
            session.WriteEvents(["old"], [big with { Mentions = [.. accounts.Select(k => mentions[k])] }]);
            FinishBigEvent(session, [.. session.ReadEventClaims(["big"]).Select(x => x.Claim)]);
        }

        // Every account linked once, in the order given; the replaced event gone; rows in the tables compared below.
        var stored = inParts.ReadRecord(RecordFilter.All).Events;
        Assert.Equal(["big", "other"], stored.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal(accounts.Select(k => $"{k.Item1}#{k.Item2}"), stored.Single(e => e.Id == "big").Mentions.Select(m => $"{m.DocumentId}#{m.Key}"));
        Assert.Equal(accounts.Count, Backend.Count("SELECT count(*) FROM event_links WHERE event_id = 'big'"));
        Assert.Equal(0, Backend.Count("SELECT count(*) FROM (SELECT doc_id, mention_key FROM event_links GROUP BY doc_id, mention_key HAVING count(*) > 1) AS twice"));
        Assert.Equal(0, Backend.Count("SELECT count(*) FROM events WHERE id = 'old'"));
        Assert.Equal(2, Backend.Count("SELECT count(*) FROM event_outlets WHERE event_id = 'big'"));
        Assert.Equal(1, Backend.Count("SELECT count(*) FROM contradictions WHERE event_id = 'big'"));

        foreach (var table in MergedTables)
        {
            Assert.Equal(other.Rows($"SELECT * FROM {table}"), Backend.Rows($"SELECT * FROM {table}"));
        }

        Assert.Equal(other.Rows("SELECT id, event_id FROM claims"), Backend.Rows("SELECT id, event_id FROM claims"));
        Assert.Equal(PartsDocuments.Length * 2, Backend.Count("SELECT count(*) FROM claims WHERE event_id = 'big'"));
        Assert.Equal(Samples.Describe(whole.ReadRecord(RecordFilter.All).Events), Samples.Describe(stored));
    }

    /// <summary>
    /// The store a pass finds: documents of two outlets, each with two accounts of the big event and one of another; a
    /// stored event "big" holding some of the accounts and "old" others (both replaced now), and contradictions about them.
    /// </summary>
    private static void StoreBeforeTheBigEvent(IParleyStore store)
    {
        var day = DateRange.Day(2023, 9, 20);
        foreach (var (id, i) in PartsDocuments.Select((id, i) => (id, i)))
        {
            var x = WithEvents(id, ("e1", EventType.Meeting, day), ("e2", EventType.Meeting, day), ("e3", EventType.Meeting, day));
            var blamed = i % 2 == 0 ? "azerbaijan" : "armenia";
            store.Save(x with
            {
                Document = x.Document with { Outlet = i % 2 == 0 ? "Parley demo sample" : "Second sample outlet" },
                Claims =
                [
                    x.Claims[0],
                    x.Claims[0] with
                    {
                        Id = id + "#c2", EventKey = "e2", Answers = null, Stance = ClaimStance.Asserts,
                        Values = [new ClaimValue(ContradictionAttribute.Responsibility, blamed)],
                    },
                    x.Claims[0] with { Id = id + "#c3", EventKey = "e3", Answers = null },
                ],
            });
        }

        using var session = store.BeginMerge()!;
        var mentions = session.ReadEventMentionsByKey([.. PartsDocuments.SelectMany(d => new[] { (d, "e1"), (d, "e2"), (d, "e3") })]);
        Event Holding(string id, Func<EventMention, bool> holds) => new()
        {
            Id = id, Type = EventType.Meeting, Date = DateRange.Day(2023, 9, 20), Actors = ["armenia"], Topics = ["ceasefire"],
            Mentions = [.. mentions.Where(holds).OrderBy(m => m.DocumentId, StringComparer.Ordinal).ThenBy(m => m.Key, StringComparer.Ordinal)],
        };
        var early = PartsDocuments.Take(5).ToHashSet(StringComparer.Ordinal);
        session.WriteEvents([], [
            Holding("old", m => m.Key != "e3" && early.Contains(m.DocumentId)),
            Holding("big", m => m.Key != "e3" && !early.Contains(m.DocumentId)),
            Holding("other", m => m.Key == "e3"),
        ]);
        session.WriteClaimEvents([.. session.ReadEventClaims(["old", "big", "other"]).Select(x => new KeyValuePair<string, string?>(x.Claim.Id, x.EventId))]);
        session.ReplaceContradictions([
            new Contradiction { Id = "x-old", EventId = "old", Attribute = ContradictionAttribute.Date, ClaimIds = ["Doc-00#c1", "doc_01#c1"], Values = ["a", "b"] },
            new Contradiction { Id = "x-big", EventId = "big", Attribute = ContradictionAttribute.Date, ClaimIds = ["d05#c1", "Doc-06#c1"], Values = ["a", "b"] },
        ]);
        session.Commit();
    }

    /// <summary>What the pass does after writing the big event: links its claims to it and judges them, then commits.</summary>
    private static void FinishBigEvent(IMergeSession session, IReadOnlyList<Claim> claims)
    {
        session.WriteClaimEvents([.. claims.Where(c => c.EventId != "big").Select(c => new KeyValuePair<string, string?>(c.Id, "big"))]);
        session.RemoveUnlinked();
        // The claims that blame, in the order read, as one disagreement about the event.
        var blaming = claims.Where(c => c.EventKey == "e2").ToList();
        session.UpdateContradictions(["x-old", "x-big"], [new Contradiction
        {
            Id = "x-big-blame", EventId = "big", Attribute = ContradictionAttribute.Responsibility,
            ClaimIds = [.. blaming.Select(c => c.Id)], Values = [.. blaming.Select(c => c.Values[0].Value)],
        }]);
        session.Commit();
    }
}
