using Parley.Model;
using Parley.Storage.Schema;
using Parley.Text;
using Parley.Time;

namespace Parley.Storage.Tests;

/// <summary>
/// What every backend must do the same way. Each backend runs these through a subclass
/// (<see cref="SqliteStoreTests"/>, <see cref="PostgresStoreTests"/>); the PostgreSQL run skips without a server.
/// </summary>
public abstract partial class StoreContractTests : IDisposable
{
    private StoreBackend? _backend;

    /// <summary>This test's backend, made on first use (so a missing server skips the test, not fails it).</summary>
    protected StoreBackend Backend => _backend ??= CreateBackend();

    protected abstract StoreBackend CreateBackend();

    public void Dispose()
    {
        _backend?.Dispose();
        GC.SuppressFinalize(this);
    }

    private IParleyStore Open() => Backend.Open();

    private long Count(string sql) => Backend.Count(sql);

    [SkippableFact]
    public void Migrations_apply_once_and_are_idempotent()
    {
        using (var store = Open())
        {
            Assert.Equal(SchemaScripts.LatestVersion, store.SchemaVersion);
            store.Migrate();
            store.Migrate();
            Assert.Equal(SchemaScripts.LatestVersion, store.SchemaVersion);
        }

        using (var again = Open())
        {
            Assert.Equal(SchemaScripts.LatestVersion, again.SchemaVersion);
        }

        Assert.Equal(SchemaScripts.LatestVersion, Count("SELECT count(*) FROM schema_version"));
        Assert.Equal(0, Count("SELECT count(*) FROM documents"));
    }

    [SkippableFact]
    public void Save_reports_new_then_unchanged_then_replaced()
    {
        using var store = Open();
        var first = Samples.Extraction();
        Assert.Null(store.GetContentHash("doc1"));
        Assert.Equal(SaveOutcome.New, store.Save(first));
        Assert.Equal(first.Document.ContentHash, store.GetContentHash("doc1"));
        Assert.Equal(SaveOutcome.Unchanged, store.Save(first));

        var edited = Samples.Extraction(text: Samples.Text + " Talks were to follow.");
        Assert.Equal(SaveOutcome.Replaced, store.Save(edited));
        Assert.Equal(edited.Document.ContentHash, store.GetContentHash("doc1"));
        Assert.Equal(1, store.GetStats().Documents);
    }

    [SkippableFact]
    public void Unchanged_save_writes_nothing()
    {
        using var store = Open();
        store.Save(Samples.Extraction());
        var stamp = ReadIngestedAt();
        Assert.Equal(SaveOutcome.Unchanged, store.Save(Samples.Extraction()));
        Assert.Equal(stamp, ReadIngestedAt());

        string ReadIngestedAt()
        {
            using var c = Backend.Connect();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT ingested_at || '/' || seq FROM documents WHERE id = 'doc1'";
            return (string)cmd.ExecuteScalar()!;
        }
    }

    [SkippableFact]
    public void The_hash_given_by_the_source_is_the_one_compared()
    {
        using var store = Open();
        var asRead = Samples.Document() with { Published = null };
        var inferred = Samples.Extraction() with { Document = asRead with { Published = DateRange.Month(2023, 9), PublishedInferred = true } };
        Assert.Equal(SaveOutcome.New, store.Save(inferred, asRead.ContentHash));
        Assert.Equal(asRead.ContentHash, store.GetContentHash("doc1"));
        Assert.Equal(SaveOutcome.Unchanged, store.Save(inferred, asRead.ContentHash));
        var back = store.ReadExtractions().Single().Document;
        Assert.True(back.PublishedInferred);
        Assert.Equal(DateRange.Month(2023, 9), back.Published);
    }

    [SkippableFact]
    public void Replace_removes_the_old_extractions()
    {
        using var store = Open();
        store.Save(Samples.Extraction());
        var text = "Talks in Prague were held on 6 October 2022.";
        var replacement = new DocumentExtraction
        {
            Document = Samples.Document(text: text),
            Entities = [new Entity { Id = "prague", Kind = EntityKind.Place, Name = "Prague" }],
            Mentions = [new EntityMention("prague", new CharSpan(9, 15), "Prague")],
        };
        Assert.Equal(SaveOutcome.Replaced, store.Save(replacement));

        var stats = store.GetStats();
        Assert.Equal(1, stats.Documents);
        Assert.Equal(1, stats.Mentions);
        Assert.Equal(0, stats.EventMentions);
        Assert.Equal(0, stats.Claims);
        Assert.Equal(0, stats.Positions);
        Assert.Equal(0, Count("SELECT count(*) FROM time_expressions"));
        Assert.Equal(0, Count("SELECT count(*) FROM entity_roles"));
        var x = store.ReadExtractions().Single();
        Assert.Equal(text, x.Document.Text);
        Assert.Equal(["prague"], x.Entities.Select(e => e.Id));
        Assert.Empty(x.Events);
        Assert.Empty(x.Claims);
        Assert.DoesNotContain(store.ReadRecord(RecordFilter.All).Entities, e => e.Entity.Id == "armenia");
    }

    [SkippableFact]
    public void A_failure_mid_save_leaves_the_store_as_before()
    {
        using var store = Open();
        var original = Samples.Extraction();
        store.Save(original);
        var statsBefore = store.GetStats();

        // Two claims with one id break the claims primary key after the document, entities and mentions
        // were already written inside the transaction.
        var broken = Samples.Extraction(text: Samples.Text + " Edited.");
        broken = broken with { Claims = [broken.Claims[0], broken.Claims[0]] };
        var ex = Assert.Throws<StoreException>(() => store.Save(broken));
        Assert.Contains("doc1", ex.Message, StringComparison.Ordinal);
        Assert.Contains(store.Location, ex.Message, StringComparison.Ordinal);

        Assert.Equal(original.Document.ContentHash, store.GetContentHash("doc1"));
        Assert.Equal(statsBefore, store.GetStats());
        var back = store.ReadExtractions().Single();
        Assert.Equal(original.Document.Text, back.Document.Text);
        Assert.Single(back.Claims);
        Assert.Equal(["doc1"], SearchHits.Of(store, "ceasefire").Select(h => h.Id));

        // The store stays usable: the corrected version goes in.
        Assert.Equal(SaveOutcome.Replaced, store.Save(Samples.Extraction(text: Samples.Text + " Edited.")));
        Assert.Single(store.ReadExtractions().Single().Claims);
    }

    [SkippableFact]
    public void A_mention_of_an_unknown_entity_is_refused_and_nothing_is_written()
    {
        using var store = Open();
        var x = Samples.Extraction();
        x = x with { Mentions = [.. x.Mentions, new EntityMention("nobody", new CharSpan(0, 7), "Armenia")] };
        Assert.Throws<StoreException>(() => store.Save(x));
        Assert.Null(store.GetContentHash("doc1"));
        Assert.Equal(0, store.GetStats().Documents);
        Assert.Equal(0, Count("SELECT count(*) FROM entities"));
    }

    [SkippableFact]
    public void Full_text_row_is_present_and_follows_replacement()
    {
        using var store = Open();
        store.Save(Samples.Extraction());
        Assert.Equal(["doc1"], SearchHits.Of(store, "ceasefire").Select(h => h.Id));
        Assert.Equal([("doc1", (string?)"Ceasefire agreed")], SearchHits.Of(store, "ministry"));
        Assert.Empty(SearchHits.Of(store, "Prague"));

        store.Save(Samples.Extraction(text: Samples.Text.Replace("ministry said", "ministry stated", StringComparison.Ordinal)));
        Assert.Equal(["doc1"], SearchHits.Of(store, "stated").Select(h => h.Id));
        Assert.Empty(SearchHits.Of(store, "said"));
    }

    [SkippableFact]
    public void The_newest_search_ranks_only_the_most_recently_stored_matches_and_says_when_more_matched()
    {
        using var store = Open();
        // Stored oldest first; the oldest says "convoy" most often, so it is the best match of all.
        string[] texts =
        [
            "Convoy, convoy, convoy: the convoy passed the convoy route.",
            "A convoy was seen near the river crossing in the early morning hours.",
            "No vehicles moved along the valley road today.",
            "The convoy and a second convoy waited at the bridge.",
            "Witnesses described a convoy heading north past the old mill at dusk.",
        ];
        for (var i = 0; i < texts.Length; i++)
        {
            store.Save(new DocumentExtraction { Document = Samples.Document($"doc{i}", texts[i]) });
        }

        var every = store.SearchNewestDocuments("convoy", candidates: 4) ?? throw new Xunit.Sdk.XunitException("no full-text index");
        Assert.False(every.MoreMatched);
        Assert.Equal(["doc0", "doc3"], every.Hits.Take(2).Select(h => h.Id));
        Assert.Equal(["doc0", "doc1", "doc3", "doc4"], every.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));

        // Three candidates: the oldest match (doc0) is left out however well it would rank, and the answer says so.
        var newest = store.SearchNewestDocuments("convoy", candidates: 3)!;
        Assert.True(newest.MoreMatched);
        Assert.Equal("doc3", newest.Hits[0].Id);
        Assert.Equal(["doc1", "doc3", "doc4"], newest.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));

        Assert.Single(store.SearchNewestDocuments("convoy", candidates: 3, limit: 1)!.Hits);
        Assert.Empty(store.SearchNewestDocuments("tanker", candidates: 3)!.Hits);
    }

    [SkippableFact]
    public void ReadExtractions_round_trips_everything()
    {
        var original = Samples.Extraction();
        using (var store = Open())
        {
            store.Save(original);
        }

        using var reopened = Open();
        var back = reopened.ReadExtractions().Single();
        Assert.Equal(original.Document with { }, back.Document, new DocumentComparer());
        Assert.Equal(original.Entities.Select(e => e.Id).Order(), back.Entities.Select(e => e.Id).Order());
        var karabakh = back.Entities.Single(e => e.Id == "karabakh");
        Assert.Equal(new GeoPoint(39.8, 46.75), karabakh.Geo);
        Assert.True(back.Entities.Single(e => e.Id == "azerbaijan-mod").Discovered);
        Assert.Equal("azerbaijan", back.Entities.Single(e => e.Id == "azerbaijan").Attributes["side"]);
        Assert.Equal(original.Mentions, back.Mentions);
        Assert.Equal(original.Roles, back.Roles);
        Assert.Equal(original.TimeExpressions, back.TimeExpressions);

        var em = Assert.Single(back.Events);
        var om = original.Events[0];
        Assert.Equal((om.Key, om.Type, om.Status, om.Date, om.Place, om.Span, om.Quote, om.Via, om.Trigger),
            (em.Key, em.Type, em.Status, em.Date, em.Place, em.Span, em.Quote, em.Via, em.Trigger));
        Assert.Equal(om.Actors, em.Actors);
        Assert.Equal(om.Topics, em.Topics);
        Assert.Equal(om.Quantities, em.Quantities);

        var c = Assert.Single(back.Claims);
        var oc = original.Claims[0];
        Assert.Equal((oc.Id, oc.Span, oc.Quote, oc.Speaker, oc.Stance, oc.EventKey, oc.Answers, oc.Source), (c.Id, c.Span, c.Quote, c.Speaker, c.Stance, c.EventKey, c.Answers, c.Source));
        Assert.Equal(oc.Values, c.Values);
        Assert.Equal(oc.Topics, c.Topics);

        var p = Assert.Single(back.Positions);
        Assert.Equal(original.Positions[0] with { }, p, new PositionComparer());
    }

    [SkippableFact]
    public void Text_beyond_ascii_and_empty_fields_are_stored_as_given()
    {
        // Letters outside Latin-1, a typographic apostrophe, a character outside the BMP (a surrogate pair) and
        // a missing URL: the writer binds them itself, so each must come back character for character.
        var text = Samples.Text + " Xankəndi’s mayor said 🕊 was drawn on the wall of the şəhər hall.";
        var original = Samples.Extraction(text: text);
        original = original with { Document = original.Document with { Title = "Şuşa, Xankəndi — notes", Url = null } };
        using (var store = Open())
        {
            store.Save(original);
        }

        using var reopened = Open();
        var back = reopened.ReadExtractions().Single();
        Assert.Equal(text, back.Document.Text);
        Assert.Equal("Şuşa, Xankəndi — notes", back.Document.Title);
        Assert.Null(back.Document.Url);
        Assert.Equal(original.Mentions, back.Mentions);
        Assert.Equal(original.Document.ContentHash, reopened.GetContentHash(original.Document.Id));
    }

    [SkippableFact]
    public void ReadRecord_gives_entities_with_mentions_and_document_roles()
    {
        using var store = Open();
        store.Save(Samples.Extraction());
        store.Save(Samples.Extraction("doc2"));
        var record = store.ReadRecord(RecordFilter.All);
        Assert.Equal(["doc1", "doc2"], record.Documents.Select(d => d.Id));
        Assert.Equal(["armenia", "azerbaijan", "azerbaijan-mod"], record.Entities.Select(e => e.Entity.Id));
        var mod = record.Entities.Single(e => e.Entity.Id == "azerbaijan-mod");
        Assert.Equal(["doc1", "doc2"], mod.Mentions.Select(m => m.DocumentId));
        Assert.Equal(["doc1", "doc2"], mod.Entity.Roles.Select(r => r.DocumentId));
        Assert.Equal(2, record.Claims.Count);
        Assert.Equal(2, record.Positions.Count);
        Assert.Empty(record.Events); // nothing merged yet
    }

    [SkippableFact]
    public void ReplaceMerged_stores_events_contradictions_and_claim_links()
    {
        using var store = Open();
        store.Save(Samples.Extraction());
        store.Save(Samples.Extraction("doc2"));
        var events = Samples.Merge(store.ReadExtractions());
        var merged = Assert.Single(events);
        var contradiction = new Contradiction
        {
            Id = "x1", EventId = merged.Id, Attribute = ContradictionAttribute.Responsibility,
            ClaimIds = ["doc1#c1", "doc2#c1"], Values = ["armenia", "azerbaijan"],
        };
        store.ReplaceMerged(events, [contradiction], new Dictionary<string, string> { ["doc1#c1"] = merged.Id, ["doc2#c1"] = merged.Id });

        var record = store.ReadRecord(RecordFilter.All);
        var ev = Assert.Single(record.Events);
        Assert.Equal(EventType.Agreement, ev.Type);
        Assert.Equal(["doc1", "doc2"], ev.Mentions.Select(m => m.DocumentId));
        Assert.All(record.Claims, c => Assert.Equal(merged.Id, c.EventId));
        var x = Assert.Single(record.Contradictions);
        Assert.Equal(["doc1#c1", "doc2#c1"], x.ClaimIds);
        Assert.Equal(ContradictionAttribute.Responsibility, x.Attribute);
        Assert.Equal(1, store.GetStats().Events);
        // The grouping an incremental pass reuses: each merged mention with its event.
        Assert.Equal(ev.Mentions.Select(m => $"{m.DocumentId}#{m.Key}={merged.Id}").Order(StringComparer.Ordinal),
            store.ReadEventLinks().Select(l => $"{l.Key.Doc}#{l.Key.Key}={l.Value}").Order(StringComparer.Ordinal));

        // A second merge replaces the first whole.
        store.ReplaceMerged([], [], new Dictionary<string, string>());
        record = store.ReadRecord(RecordFilter.All);
        Assert.Empty(record.Events);
        Assert.Empty(store.ReadEventLinks());
        Assert.Empty(record.Contradictions);
        Assert.All(record.Claims, c => Assert.Null(c.EventId));
    }

    /// <summary>A sample document whose event mentions are <paramref name="events"/> (its claim is about the first).</summary>
    private static DocumentExtraction WithEvents(string id, params (string Key, EventType Type, DateRange? Date)[] events)
    {
        var sample = Samples.Extraction(id);
        var template = sample.Events[0];
        return sample with
        {
            Events = [.. events.Select((e, i) => template with { Key = e.Key, Type = e.Type, Date = e.Date, Span = new CharSpan(i, i + 5) })],
        };
    }

    private static readonly (string, EventType, DateRange?)[] SessionEvents =
    [
        ("e1", EventType.Meeting, DateRange.Day(2023, 9, 20)),
        ("e2", EventType.Meeting, DateRange.Day(2023, 9, 25)),
        ("e3", EventType.Agreement, DateRange.Day(2023, 9, 21)),
        ("e4", EventType.Meeting, null),
    ];

    [SkippableFact]
    public void A_merge_session_reads_mentions_by_type_and_start_day_in_document_order()
    {
        using var store = Open();
        foreach (var id in new[] { "b", "a", "c" })
        {
            store.Save(WithEvents(id, SessionEvents));
        }

        using var session = store.BeginMerge();
        Assert.NotNull(session);
        var window = session.ReadEventMentions(EventType.Meeting, new NodaTime.LocalDate(2023, 9, 19), new NodaTime.LocalDate(2023, 9, 24));
        Assert.Equal(["a#e1", "b#e1", "c#e1"], window.Select(m => $"{m.DocumentId}#{m.Key}"));
        Assert.Equal(DateRange.Day(2023, 9, 20), window[0].Date);
        Assert.All(window, m => Assert.Equal("", m.Quote));
        Assert.Empty(session.ReadEventMentions(EventType.Meeting, new NodaTime.LocalDate(2023, 9, 21), new NodaTime.LocalDate(2023, 9, 24)));

        Assert.Equal(3, session.CountEventMentions(EventType.Meeting, new NodaTime.LocalDate(2023, 9, 19), new NodaTime.LocalDate(2023, 9, 24)));
        Assert.Equal(0, session.CountEventMentions(EventType.Meeting, new NodaTime.LocalDate(2023, 9, 21), new NodaTime.LocalDate(2023, 9, 24)));

        // Read back by key: the same mentions as the window read, dated or not; a key no mention has gives nothing.
        var byKey = session.ReadEventMentionsByKey([("c", "e1"), ("a", "e1"), ("a", "e4"), ("a", "nothing")]);
        Assert.Equal(["a#e1", "a#e4", "c#e1"], byKey.Select(m => $"{m.DocumentId}#{m.Key}").Order(StringComparer.Ordinal));
        Assert.Equivalent(window.Where(m => m.Key == "e1" && m.DocumentId != "b"), byKey.Where(m => m.Date is not null), strict: true);
        Assert.All(byKey, m => Assert.Equal("", m.Quote));

        Assert.Equal(new NodaTime.LocalDate(2023, 9, 20), session.NextMentionStart(EventType.Meeting, null));
        Assert.Equal(new NodaTime.LocalDate(2023, 9, 25), session.NextMentionStart(EventType.Meeting, new NodaTime.LocalDate(2023, 9, 20)));
        Assert.Null(session.NextMentionStart(EventType.Meeting, new NodaTime.LocalDate(2023, 9, 25)));
        Assert.Null(session.NextMentionStart(EventType.Protest, null));

        Assert.Equal(["a", "b"], session.ReadDocumentIds(null, 2));
        Assert.Equal(["c"], session.ReadDocumentIds("b", 10));
        Assert.Empty(session.ReadDocumentIds("c", 10));

        var undated = session.ReadUndatedEventMentions(["c", "a"]);
        Assert.Equal(["a#e4", "c#e4"], undated.Select(m => $"{m.DocumentId}#{m.Key}"));
        Assert.All(undated, m => Assert.Null(m.Date));

        var claims = session.ReadClaims(["c", "a"]);
        Assert.Equal(["a#c1", "c#c1"], claims.Select(c => c.Id));
        Assert.Equal("e1", claims[0].EventKey);
        Assert.Equal("a#c0", claims[0].Answers);
    }

    [SkippableFact]
    public void A_merge_session_writes_only_what_it_is_given_and_nothing_until_committed()
    {
        using var store = Open();
        store.Save(WithEvents("a", SessionEvents));
        store.Save(WithEvents("b", SessionEvents));
        var mentions = store.ReadMergeInputs().Mentions;
        Event EventOf(string id, params string[] keys) => new()
        {
            Id = id, Type = EventType.Meeting, Date = DateRange.Day(2023, 9, 20), Actors = ["armenia"], Topics = ["ceasefire"],
            Mentions = [.. mentions.Where(m => keys.Contains($"{m.DocumentId}#{m.Key}"))],
        };

        using (var session = store.BeginMerge()!)
        {
            session.WriteEvents([], [EventOf("m1", "a#e1", "b#e1"), EventOf("m2", "a#e2")]);
            session.WriteClaimEvents([new("a#c1", "m1")]);
            // Read in the same transaction: what the session wrote, before it is committed.
            var links = session.ReadEventLinks([("a", "e1"), ("b", "e1"), ("a", "e2"), ("b", "e2")]);
            Assert.Equal(["a#e1=m1", "a#e2=m2", "b#e1=m1"], links.Select(l => $"{l.Key.Doc}#{l.Key.Key}={l.Value}").Order(StringComparer.Ordinal));
            Assert.Equal("m1", session.ReadClaims(["a"]).Single().EventId);
            // The claims about the written events, through their links: b's claim is about m1's mention though its own
            // event is not set yet; no claim is about a#e2; quotes are left out.
            var about = session.ReadEventClaims(["m1", "m2"]);
            Assert.Equal(["a#c1=m1 (m1)", "b#c1=m1 ()"], about.Select(x => $"{x.Claim.Id}={x.EventId} ({x.Claim.EventId})"));
            Assert.All(about, x => Assert.Equal("", x.Claim.Quote));
            Assert.Equal(Samples.Extraction("a").Claims.Single().Values, about[0].Claim.Values);
            Assert.Empty(session.ReadEventClaims(["m2"]));
        }

        // Disposed without Commit: nothing stays.
        Assert.Empty(store.ReadRecord(RecordFilter.All).Events);
        Assert.All(store.ReadRecord(RecordFilter.All).Claims, c => Assert.Null(c.EventId));

        using (var session = store.BeginMerge()!)
        {
            session.WriteEvents([], [EventOf("m1", "a#e1", "b#e1"), EventOf("m2", "a#e2")]);
            session.WriteClaimEvents([new("a#c1", "m1"), new("b#c1", "m2")]);
            session.ReplaceContradictions([new Contradiction { Id = "x1", EventId = "m1", Attribute = ContradictionAttribute.Date, ClaimIds = ["a#c1"], Values = ["a"] }]);
            session.Commit();
        }

        Assert.Equal(["m1", "m2"], store.ReadRecord(RecordFilter.All).Events.Select(e => e.Id).Order(StringComparer.Ordinal));

        using (var session = store.BeginMerge()!)
        {
            // m2 is replaced by m3 (same account); m1 keeps only a's mention, so b's claim (about b#e1) is about nothing.
            session.WriteEvents(["m1", "m2"], [EventOf("m1", "a#e1"), EventOf("m3", "a#e2")]);
            session.RemoveUnlinked();
            session.ReplaceContradictions([]);
            session.Commit();
        }

        var record = store.ReadRecord(RecordFilter.All);
        Assert.Equal(["m1", "m3"], record.Events.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["a#e1"], record.Events.Single(e => e.Id == "m1").Mentions.Select(m => $"{m.DocumentId}#{m.Key}"));
        Assert.Empty(record.Contradictions);
        Assert.Equal("m1", record.Claims.Single(c => c.Id == "a#c1").EventId);
        Assert.Null(record.Claims.Single(c => c.Id == "b#c1").EventId);
    }

    [SkippableFact]
    public void ReplaceMerged_is_one_transaction()
    {
        using var store = Open();
        store.Save(Samples.Extraction());
        var events = Samples.Merge(store.ReadExtractions());
        store.ReplaceMerged(events, [], new Dictionary<string, string>());

        var dangling = new Event
        {
            Id = "ghost", Type = EventType.Meeting,
            Mentions = [Samples.Extraction().Events[0] with { DocumentId = "missing-doc" }],
        };
        Assert.Throws<StoreException>(() => store.ReplaceMerged([dangling], [], new Dictionary<string, string>()));
        Assert.Equal(events.Select(e => e.Id), store.ReadRecord(RecordFilter.All).Events.Select(e => e.Id));
    }

    [SkippableFact]
    public void A_replaced_document_drops_out_of_merged_events_until_the_next_merge()
    {
        using var store = Open();
        store.Save(Samples.Extraction());
        store.Save(Samples.Extraction("doc2"));
        store.ReplaceMerged(Samples.Merge(store.ReadExtractions()), [], new Dictionary<string, string>());
        store.Save(Samples.Extraction("doc2", Samples.Text + " More."));
        var ev = Assert.Single(store.ReadRecord(RecordFilter.All).Events);
        Assert.Equal(["doc1"], ev.Mentions.Select(m => m.DocumentId));
    }

    [SkippableFact]
    public void ReadRecord_filters_events()
    {
        using var store = Open();
        store.Save(Samples.Extraction());
        store.ReplaceMerged(Samples.Merge(store.ReadExtractions()), [], new Dictionary<string, string> { ["doc1#c1"] = "ev-agreement" });

        int Events(RecordFilter f) => store.ReadRecord(f).Events.Count;
        Assert.Equal(1, Events(new RecordFilter { Type = EventType.Agreement }));
        Assert.Equal(0, Events(new RecordFilter { Type = EventType.Meeting }));
        Assert.Equal(1, Events(new RecordFilter { Period = DateRange.Month(2023, 9) }));
        Assert.Equal(0, Events(new RecordFilter { Period = DateRange.Year(2021) }));
        Assert.Equal(1, Events(new RecordFilter { Actor = "armenia" }));
        Assert.Equal(0, Events(new RecordFilter { Actor = "russia" }));
        Assert.Equal(1, Events(new RecordFilter { Topic = "ceasefire" }));
        Assert.Equal(0, Events(new RecordFilter { Topic = "border" }));
        Assert.Single(store.ReadRecord(new RecordFilter { Type = EventType.Agreement }).Claims);
        Assert.Empty(store.ReadRecord(new RecordFilter { Type = EventType.Meeting }).Claims);
    }

    [SkippableFact]
    public void Stats_count_what_is_stored()
    {
        using var store = Open();
        store.Save(Samples.Extraction());
        var s = store.GetStats();
        Assert.Equal(new StoreStats(1, 3, 3, 1, 0, 1, 0, 1, System.Text.Encoding.UTF8.GetByteCount(Samples.Text)), s);
    }

    [SkippableFact]
    public void SaveBatch_stores_all_or_nothing_and_reports_each_outcome_in_order()
    {
        using var store = Open();
        store.Save(Samples.Extraction("doc2"));
        var edited = Samples.Extraction("doc3", Samples.Text + " Edited.");
        store.Save(Samples.Extraction("doc3"));
        var batch = new[] { Samples.Extraction("doc9"), Samples.Extraction("doc2"), edited }.Select(x => (x, x.Document.ContentHash)).ToList();
        Assert.Equal([SaveOutcome.New, SaveOutcome.Unchanged, SaveOutcome.Replaced], store.SaveBatch(batch));
        Assert.Equal(3, store.GetStats().Documents);

        var good = Samples.Extraction("doc4");
        var broken = Samples.Extraction("doc5");
        broken = broken with { Claims = [broken.Claims[0], broken.Claims[0]] };
        Assert.Throws<StoreException>(() => store.SaveBatch([(good, good.Document.ContentHash), (broken, broken.Document.ContentHash)]));
        Assert.Null(store.GetContentHash("doc4"));
        Assert.Equal(3, store.GetStats().Documents);
    }

    [SkippableFact]
    public void An_entity_first_written_in_a_rolled_back_batch_is_written_again()
    {
        using var store = Open();
        var newcomer = new Entity { Id = "osce-minsk-group", Kind = EntityKind.Organization, Name = "OSCE Minsk Group", Aliases = ["Minsk Group"] };
        DocumentExtraction Naming(string id)
        {
            var x = Samples.Extraction(id);
            return x with { Entities = [.. x.Entities, newcomer] };
        }

        // The batch fails after the first document upserted the new entity: none of it is stored.
        var good = Naming("doc4");
        var broken = Naming("doc5");
        broken = broken with { Claims = [broken.Claims[0], broken.Claims[0]] };
        Assert.Throws<StoreException>(() => store.SaveBatch([(good, good.Document.ContentHash), (broken, broken.Document.ContentHash)]));
        Assert.Equal(0, Count("SELECT count(*) FROM entities WHERE id = 'osce-minsk-group'"));

        // The same entity in the next document must be written, not taken as already stored.
        var next = Naming("doc6");
        Assert.Equal(SaveOutcome.New, store.Save(next));
        Assert.Equal(1, Count("SELECT count(*) FROM entities WHERE id = 'osce-minsk-group'"));
        Assert.Contains(store.ReadExtractions().Single().Entities, e => e.Id == "osce-minsk-group" && e.Aliases.SequenceEqual(["Minsk Group"]));
    }

    [SkippableFact]
    public void An_entity_stored_again_with_other_values_is_updated_and_a_pack_entity_is_kept()
    {
        using var store = Open();
        var first = Samples.Extraction("doc1");
        store.Save(first);
        // The same pack entity with another alias: the stored row follows it.
        var renamed = first.Entities.Select(e => e.Id == "armenia" ? e with { Aliases = ["Hayastan"] } : e).ToList();
        store.Save(Samples.Extraction("doc2") with { Entities = renamed });
        // A discovered entity of the same id never replaces the pack's, however often it comes.
        var discovered = renamed.Select(e => e.Id == "armenia" ? e with { Name = "armenia?", Discovered = true } : e).ToList();
        store.Save(Samples.Extraction("doc3") with { Entities = discovered });
        store.Save(Samples.Extraction("doc4") with { Entities = discovered });

        var armenia = store.ReadExtractions().SelectMany(x => x.Entities).First(e => e.Id == "armenia");
        Assert.Equal(["Hayastan"], armenia.Aliases);
        Assert.Equal("Armenia", armenia.Name);
        Assert.False(armenia.Discovered);
        Assert.Equal(1, Count("SELECT count(*) FROM entities WHERE id = 'armenia'"));
    }

    [SkippableFact]
    public void ReadEvents_gives_the_timeline_filtered_ordered_and_limited()
    {
        using var store = Open();
        var extractions = new[] { "doc1", "doc2", "doc3" }.Select(id => Samples.Extraction(id)).ToList();
        foreach (var x in extractions)
        {
            store.Save(x);
        }

        var mentions = extractions.Select(x => x.Events[0]).ToList();
        Event Make(string id, EventType type, DateRange? date, string[] actors, string[] targets, string[] topics, EventMention mention) => new()
        {
            Id = id, Type = type, Date = date, Actors = actors, Targets = targets, Topics = topics, Mentions = [mention],
        };
        store.ReplaceMerged(
        [
            Make("ev-b", EventType.Meeting, DateRange.Day(2022, 10, 6), ["armenia"], [], ["border"], mentions[0]),
            Make("ev-a", EventType.Agreement, DateRange.Day(2023, 9, 20), ["azerbaijan"], ["armenia"], ["ceasefire"], mentions[1]),
            Make("ev-C", EventType.ArmedClash, DateRange.Day(2022, 10, 6), ["russia"], [], ["ceasefire", "border"], mentions[2]),
        ], [], new Dictionary<string, string>());

        IEnumerable<string> Ids(RecordFilter f, int limit = int.MaxValue) => store.ReadEvents(f, limit).Select(e => e.Id);
        // Date first, then id compared byte by byte ('C' before 'b'), on every backend.
        Assert.Equal(["ev-C", "ev-b", "ev-a"], Ids(RecordFilter.All));
        Assert.Equal(["ev-C", "ev-b"], Ids(RecordFilter.All, 2));
        Assert.Equal(["ev-b", "ev-a"], Ids(new RecordFilter { Actor = "armenia" }));
        Assert.Equal(["ev-C", "ev-a"], Ids(new RecordFilter { Topic = "ceasefire" }));
        Assert.Equal(["ev-C"], Ids(new RecordFilter { Topic = "border", Type = EventType.ArmedClash }));
        Assert.Equal(["ev-a"], Ids(new RecordFilter { Period = DateRange.Year(2023) }));
        Assert.Empty(Ids(new RecordFilter { Actor = "armenia", Period = DateRange.Year(2021) }));
        var ev = store.ReadEvents(new RecordFilter { Actor = "russia" }).Single();
        Assert.Equal("doc3", Assert.Single(ev.Mentions).DocumentId);
        Assert.Equal(store.ReadRecord(new RecordFilter { Topic = "border" }).Events.Select(e => e.Id), Ids(new RecordFilter { Topic = "border" }));

        // A new merge replaces the lookups too.
        store.ReplaceMerged([Make("ev-a", EventType.Agreement, null, ["iran"], [], [], mentions[1])], [], new Dictionary<string, string>());
        Assert.Empty(Ids(new RecordFilter { Actor = "armenia" }));
        Assert.Equal(["ev-a"], Ids(new RecordFilter { Actor = "iran" }));
    }

    [SkippableFact]
    public void ReadEvents_filters_by_place_and_status_and_finds_long_events_that_began_before_the_period()
    {
        using var store = Open();
        var extractions = new[] { "doc1", "doc2", "doc3" }.Select(id => Samples.Extraction(id)).ToList();
        foreach (var x in extractions)
        {
            store.Save(x);
        }

        var mentions = extractions.Select(x => x.Events[0]).ToList();
        store.ReplaceMerged(
        [
            // A year-long event: it overlaps a period starting in June although it starts in January.
            new Event { Id = "ev-year", Type = EventType.Agreement, Date = DateRange.Year(2022), Place = "brussels", Mentions = [mentions[0]] },
            new Event { Id = "ev-day", Type = EventType.Meeting, Date = DateRange.Day(2022, 6, 10), Place = "brussels", Status = EventStatus.Planned, Mentions = [mentions[1]] },
            new Event { Id = "ev-old", Type = EventType.Meeting, Date = DateRange.Day(2021, 12, 30), Place = "moscow", Mentions = [mentions[2]] },
        ], [], new Dictionary<string, string>());

        IEnumerable<string> Ids(RecordFilter f, int limit = int.MaxValue) => store.ReadEvents(f, limit).Select(e => e.Id);
        Assert.Equal(["ev-year", "ev-day"], Ids(new RecordFilter { Place = "brussels" }));
        Assert.Equal(["ev-day"], Ids(new RecordFilter { Status = EventStatus.Planned }));
        Assert.Equal(["ev-old", "ev-year"], Ids(new RecordFilter { Status = EventStatus.Occurred }));
        Assert.Equal(["ev-year", "ev-day"], Ids(new RecordFilter { Period = DateRange.Month(2022, 6) }));
        Assert.Equal(["ev-year"], Ids(new RecordFilter { Period = DateRange.Day(2022, 12, 31) }));
        Assert.Equal(["ev-old"], Ids(new RecordFilter { Period = DateRange.Day(2021, 12, 30) }));
        Assert.Equal(["ev-year"], Ids(new RecordFilter { Period = DateRange.Month(2022, 11), Place = "brussels" }, 1));
        Assert.Empty(Ids(new RecordFilter { Period = DateRange.Year(2023) }));

        // An event spanning years (longer than a year's span) is still found by a period long after it began, in order.
        store.ReplaceMerged(
        [
            new Event { Id = "ev-years", Type = EventType.Agreement, Date = new DateRange(new NodaTime.LocalDate(2019, 1, 1), new NodaTime.LocalDate(2022, 12, 31), DatePrecision.Year), Mentions = [mentions[0]] },
            new Event { Id = "ev-day", Type = EventType.Meeting, Date = DateRange.Day(2022, 6, 10), Mentions = [mentions[1]] },
            new Event { Id = "ev-old", Type = EventType.Meeting, Date = DateRange.Day(2021, 12, 30), Mentions = [mentions[2]] },
        ], [], new Dictionary<string, string>());
        Assert.Equal(["ev-years", "ev-day"], Ids(new RecordFilter { Period = DateRange.Month(2022, 6) }));
        Assert.Equal(["ev-years"], Ids(new RecordFilter { Period = DateRange.Month(2022, 6) }, 1));
        Assert.Equal(["ev-years", "ev-old", "ev-day"], Ids(new RecordFilter { Period = new DateRange(new NodaTime.LocalDate(2021, 1, 1), new NodaTime.LocalDate(2022, 12, 31), DatePrecision.Day) }));
        Assert.Equal(["ev-years"], Ids(new RecordFilter { Period = DateRange.Day(2022, 12, 31) }));
    }

    [SkippableFact]
    public void ReadEvents_walks_each_filter_and_combination_in_timeline_order_and_pages_like_the_whole_list()
    {
        using var store = Open();
        var mention = Samples.Extraction("doc1").Events[0];
        store.Save(Samples.Extraction("doc1"));
        // 400 events over three years: few actors, topics and places so filters combine to short and long lists, dates
        // that tie (so the id decides), a few of week, month and multi-year precision (spans reach back before a period).
        var random = new Random(7);
        string Pick(string prefix, int count) => prefix + random.Next(count).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var events = new List<Event>();
        for (var i = 0; i < 400; i++)
        {
            var day = new NodaTime.LocalDate(2021, 1, 1).PlusDays(random.Next(3 * 365));
            var date = (i % 40) switch
            {
                0 => DateRange.Month(day.Year, day.Month),
                1 => new DateRange(day, day.PlusDays(6), DatePrecision.Days),
                2 => new DateRange(day, day.PlusDays(800), DatePrecision.Year),
                _ => DateRange.Day(day.Year, day.Month, day.Day),
            };
            events.Add(new Event
            {
                // Upper and lower case ids: the tie-break is byte order ('E' before 'e') on every backend.
                Id = (i % 3 == 0 ? "E" : "e") + random.Next(1_000_000).ToString("000000", System.Globalization.CultureInfo.InvariantCulture) + "-" + i,
                Type = random.Next(2) == 0 ? EventType.Meeting : EventType.ArmedClash,
                Status = random.Next(4) == 0 ? EventStatus.Planned : EventStatus.Occurred,
                Date = date,
                Place = random.Next(3) == 0 ? null : Pick("place-", 3),
                Actors = [Pick("actor-", 5)],
                Targets = random.Next(2) == 0 ? [] : [Pick("actor-", 5)],
                Mediators = random.Next(5) == 0 ? [Pick("actor-", 5)] : [],
                Topics = random.Next(4) == 0 ? [] : [.. new[] { Pick("topic-", 4), Pick("topic-", 4) }.Distinct()],
                Mentions = [mention],
            });
        }

        store.ReplaceMerged(events, [], new Dictionary<string, string>());

        // What every surface means by the filter (the workbench's in-memory test), in timeline order.
        List<string> Expected(RecordFilter f) => [.. events
            .Where(e => (f.Type is null || e.Type == f.Type) && (f.Status is null || e.Status == f.Status) && (f.Place is null || e.Place == f.Place)
                && (f.Actor is null || e.Actors.Concat(e.Targets).Concat(e.Mediators).Contains(f.Actor)) && (f.Topic is null || e.Topics.Contains(f.Topic))
                && (f.Period is null || e.Date!.Value.Overlaps(f.Period.Value)))
            .OrderBy(e => DateRange.Iso(e.Date!.Value.Earliest), StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => e.Id)];
        var june = DateRange.Month(2022, 6);
        var since = new DateRange(new NodaTime.LocalDate(2022, 3, 15), new NodaTime.LocalDate(9999, 12, 31), DatePrecision.Days);
        var filters = new[]
        {
            RecordFilter.All,
            new RecordFilter { Actor = "actor-1" },
            new RecordFilter { Topic = "topic-2" },
            new RecordFilter { Actor = "actor-1", Topic = "topic-2" },
            new RecordFilter { Actor = "actor-3", Topic = "topic-0", Type = EventType.Meeting },
            new RecordFilter { Actor = "actor-2", Period = june },
            new RecordFilter { Topic = "topic-1", Period = since },
            new RecordFilter { Actor = "actor-4", Place = "place-0", Status = EventStatus.Occurred, Period = since },
            new RecordFilter { Topic = "topic-3", Status = EventStatus.Planned },
            new RecordFilter { Period = june },
            new RecordFilter { Type = EventType.ArmedClash, Period = june },
            // Type and status walk their own index (version 14).
            new RecordFilter { Type = EventType.Meeting, Status = EventStatus.Planned, Period = since },
            new RecordFilter { Place = "place-2", Period = since },
            new RecordFilter { Actor = "actor-0", Topic = "topic-1", Period = DateRange.Year(2023) },
        };
        foreach (var filter in filters)
        {
            var expected = Expected(filter);
            Assert.True(expected.Count > 0, $"the sample has no event for {filter}");
            Assert.Equal(expected, store.ReadEvents(filter).Select(e => e.Id));
            // A page is the head of the whole list, whatever drives the query.
            foreach (var limit in new[] { 1, 7, 50 })
            {
                Assert.Equal(expected.Take(limit), store.ReadEvents(filter, limit).Select(e => e.Id));
            }
        }

        // A later merge moves an event: its actor's and topic's timelines move it too.
        var moved = events[10] with { Date = DateRange.Day(2030, 1, 1) };
        events[10] = moved;
        store.ReplaceMerged(events, [], new Dictionary<string, string>());
        Assert.Equal(moved.Id, store.ReadEvents(new RecordFilter { Actor = moved.Actors[0] })[^1].Id);
        Assert.Equal(moved.Id, Assert.Single(store.ReadEvents(new RecordFilter { Actor = moved.Actors[0], Period = DateRange.Year(2030) })).Id);

        // ... and so does the (actor, topic) pairs' timeline; an event merged away leaves it.
        var at = events.FindIndex(e => e.Topics.Count > 0);
        var pairMoved = events[at] with { Date = DateRange.Day(2031, 1, 1) };
        events[at] = pairMoved;
        var gone = events.First(e => e.Topics.Count > 0 && e.Id != pairMoved.Id);
        events.Remove(gone);
        store.ReplaceMerged(events, [], new Dictionary<string, string>());
        Assert.Equal(pairMoved.Id, store.ReadEvents(new RecordFilter { Actor = pairMoved.Actors[0], Topic = pairMoved.Topics[0] })[^1].Id);
        Assert.DoesNotContain(gone.Id, store.ReadEvents(new RecordFilter { Actor = gone.Actors[0], Topic = gone.Topics[0] }).Select(e => e.Id));
        Assert.Equal(Expected(new RecordFilter { Actor = gone.Actors[0], Topic = gone.Topics[0] }),
            store.ReadEvents(new RecordFilter { Actor = gone.Actors[0], Topic = gone.Topics[0] }).Select(e => e.Id));
    }

    [SkippableFact]
    public void ReadEvents_answers_outlet_disputed_and_combined_filters_as_the_in_memory_test_does_page_by_page()
    {
        using var store = Open();
        // Four documents: two of one outlet, one of another, one without an outlet.
        var outlets = new Dictionary<string, string?> { ["doc-a"] = "Outlet A", ["doc-b"] = "Outlet B", ["doc-c"] = null, ["doc-d"] = "Outlet A" };
        var mentions = new List<EventMention>();
        foreach (var (id, outlet) in outlets)
        {
            var extraction = Samples.Extraction(id);
            extraction = extraction with { Document = extraction.Document with { Outlet = outlet } };
            store.Save(extraction);
            mentions.Add(extraction.Events[0]);
        }

        // 300 events reported by one or two of the documents; about one in eight disputed, some of them twice.
        var random = new Random(13);
        var events = new List<Event>();
        var contradictions = new List<Contradiction>();
        for (var i = 0; i < 300; i++)
        {
            var day = new NodaTime.LocalDate(2022, 1, 1).PlusDays(random.Next(400));
            var accounts = new[] { mentions[random.Next(4)], mentions[random.Next(4)] }.Take(1 + random.Next(2)).DistinctBy(m => m.DocumentId).ToList();
            var e = new Event
            {
                Id = (i % 2 == 0 ? "E" : "e") + random.Next(100_000).ToString("00000", System.Globalization.CultureInfo.InvariantCulture) + "-" + i,
                Type = new[] { EventType.Meeting, EventType.Proposal, EventType.Invitation }[random.Next(3)],
                Date = DateRange.Day(day.Year, day.Month, day.Day),
                Actors = ["actor-" + random.Next(4).ToString(System.Globalization.CultureInfo.InvariantCulture)],
                Targets = random.Next(2) == 0 ? [] : ["actor-" + random.Next(4).ToString(System.Globalization.CultureInfo.InvariantCulture)],
                Topics = ["topic-" + random.Next(3).ToString(System.Globalization.CultureInfo.InvariantCulture)],
                Mentions = accounts,
            };
            events.Add(e);
            for (var n = random.Next(8) == 0 ? 1 + random.Next(2) : 0; n > 0; n--)
            {
                contradictions.Add(new Contradiction
                {
                    Id = $"x{i}-{n}", EventId = e.Id, Attribute = ContradictionAttribute.Date, ClaimIds = ["doc-a#c1", "doc-b#c1"], Values = ["a", "b"],
                });
            }
        }

        store.ReplaceMerged(events, contradictions, new Dictionary<string, string>());
        var disputed = contradictions.Select(x => x.EventId!).ToHashSet(StringComparer.Ordinal);

        List<string> Expected(RecordFilter f) => [.. events
            .Where(e => (f.Type is null || e.Type == f.Type)
                && (f.Actor is null || e.Actors.Concat(e.Targets).Contains(f.Actor)) && (f.Topic is null || e.Topics.Contains(f.Topic))
                && (f.Period is null || e.Date!.Value.Overlaps(f.Period.Value))
                && (f.Outlet is null || e.Mentions.Any(m => (outlets[m.DocumentId] ?? RecordFilter.UnknownOutlet) == f.Outlet))
                && (!f.DisputedOnly || disputed.Contains(e.Id)))
            .OrderBy(e => DateRange.Iso(e.Date!.Value.Earliest), StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => e.Id)];
        var spring = new DateRange(new NodaTime.LocalDate(2022, 3, 1), new NodaTime.LocalDate(2022, 5, 31), DatePrecision.Days);
        var filters = new[]
        {
            new RecordFilter { Outlet = "Outlet A" },
            new RecordFilter { Outlet = "Outlet B", Actor = "actor-1" },
            new RecordFilter { Outlet = RecordFilter.UnknownOutlet, Period = spring },
            new RecordFilter { DisputedOnly = true },
            new RecordFilter { DisputedOnly = true, Topic = "topic-1" },
            new RecordFilter { DisputedOnly = true, Actor = "actor-2", Period = spring },
            new RecordFilter { DisputedOnly = true, Outlet = "Outlet A", Type = EventType.Proposal },
            new RecordFilter { Actor = "actor-0", Type = EventType.Invitation },
            new RecordFilter { Topic = "topic-2", Type = EventType.Meeting },
            new RecordFilter { Actor = "actor-3", Topic = "topic-0", Type = EventType.Proposal },
            new RecordFilter { Actor = "actor-1", Topic = "topic-2", Type = EventType.Meeting, Period = spring },
        };
        void Check(IEnumerable<RecordFilter> filters)
        {
            foreach (var filter in filters)
            {
                var expected = Expected(filter);
                Assert.True(expected.Count > 1, $"the sample has too few events for {filter}");
                Assert.Equal(expected, store.ReadEvents(filter).Select(e => e.Id));
                foreach (var size in new[] { 1, 5 })
                {
                    var walked = new List<string>();
                    string? after = null;
                    for (var pages = 0; pages < 400; pages++)
                    {
                        var page = store.ReadEvents(filter, size, after)!;
                        walked.AddRange(page.Select(e => e.Id));
                        if (page.Count < size)
                        {
                            break;
                        }

                        after = page[^1].Id;
                    }

                    Assert.Equal(expected, walked);
                }
            }
        }

        Check(filters);
        // Many contradictions: the disputed events still drive the query, each once.
        var disputedIds = disputed.Order(StringComparer.Ordinal).ToList();
        contradictions.AddRange(Enumerable.Range(0, 2100).Select(n => new Contradiction
        {
            Id = $"y{n}", EventId = disputedIds[n % disputedIds.Count], Attribute = ContradictionAttribute.Date, ClaimIds = ["doc-a#c1"], Values = ["a", "b"],
        }));
        store.ReplaceMerged(events, contradictions, new Dictionary<string, string>());
        Check(filters.Where(f => f.DisputedOnly));
        Assert.Empty(store.ReadEvents(new RecordFilter { Outlet = "No such outlet" }));

        // A disputed event moved in time with its contradictions unchanged, and a document of Outlet A stored again as
        // one of Outlet B: the disputed and outlet rows (schema version 11) follow both after the merge.
        var moved = events.FindIndex(e => disputed.Contains(e.Id));
        events[moved] = events[moved] with { Date = DateRange.Day(2021, 6, 1) };
        var replaced = Samples.Extraction("doc-d");
        store.Save(replaced with { Document = replaced.Document with { Outlet = "Outlet B" } }, "another version of doc-d");
        outlets["doc-d"] = "Outlet B";
        store.ReplaceMerged(events, contradictions, new Dictionary<string, string>());
        Assert.Equal(events[moved].Id, store.ReadEvents(new RecordFilter { DisputedOnly = true }, 1, null)![0].Id);
        Check(filters);
    }

    [SkippableFact]
    public void The_workbench_reads_claims_positions_contradictions_documents_and_entities_by_id_and_a_page_at_a_time()
    {
        using var store = Open();
        // Five documents of the sample, the fourth of them undated; a topic with LIKE's wildcards in it on the last.
        for (var n = 0; n < 5; n++)
        {
            var x = Samples.Extraction("doc" + n);
            x = x with
            {
                Document = x.Document with { Published = n == 3 ? null : DateRange.Day(2023, 1, 1 + n) },
                Claims = [.. x.Claims.Select(c => c with { Topics = n == 4 ? ["a_b%"] : c.Topics, Speaker = n % 2 == 0 ? "armenia" : "azerbaijan" })],
            };
            store.Save(x);
        }

        var events = Samples.Merge(store.ReadExtractions());
        var contradictions = Enumerable.Range(0, 5).Select(n => new Contradiction
        {
            // Two on the event (its day), three between claims only (their documents' day; doc3 has none).
            Id = "x" + n, EventId = n < 2 ? events[0].Id : null, Attribute = n % 2 == 0 ? ContradictionAttribute.Date : ContradictionAttribute.Place,
            ClaimIds = [$"doc{n}#c1"], Values = ["a", "b"],
        }).ToList();
        store.ReplaceMerged(events, contradictions, new Dictionary<string, string>());

        Assert.Equal(events[0].Mentions.Count, Assert.Single(store.ReadEventsById([events[0].Id, "no-such-event"])).Mentions.Count);
        Assert.Equal(["doc1", "doc2"], store.ReadDocumentsById(["doc2", "doc1", "doc9"]).Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.Equal(Samples.Extraction("doc2").Document.Text, store.ReadDocumentsById(["doc2"])[0].Text);

        // Claims by id, a page at a time, with each filter; a topic's wildcards are plain characters.
        Assert.Equal(["doc0#c1", "doc1#c1", "doc2#c1", "doc3#c1"], store.ReadClaims(new ClaimFilter { Topic = "ceasefire" }, 10, null).Select(c => c.Id));
        Assert.Equal(["doc4#c1"], store.ReadClaims(new ClaimFilter { Topic = "a_b%" }, 10, null).Select(c => c.Id));
        Assert.Empty(store.ReadClaims(new ClaimFilter { Topic = "axb" }, 10, null));
        Assert.Equal(["doc2#c1", "doc4#c1"], store.ReadClaims(new ClaimFilter { Speaker = "armenia" }, 2, "doc0#c1").Select(c => c.Id));
        Assert.Equal(["doc3#c1"], store.ReadClaims(new ClaimFilter { DocumentId = "doc3" }, 10, null).Select(c => c.Id));

        var positions = store.ReadPositions(new PositionFilter { Actor = "azerbaijan", Stance = "supports" }, 2, null);
        Assert.Equal(["doc0", "doc1"], positions.Select(p => p.Position.DocumentId));
        Assert.Equal(["doc2", "doc3", "doc4"], store.ReadPositions(new PositionFilter(), 10, positions[^1].Key).Select(p => p.Position.DocumentId));
        Assert.Empty(store.ReadPositions(new PositionFilter { Stance = "opposes" }, 10, null));

        // Newest first: the claims-only ones by their documents' day, the event's on its day (2023-09-20), undated last.
        var newest = store.ReadContradictionPage(null, 10, null)!;
        Assert.Equal(["x0", "x1", "x4", "x2", "x3"], newest.Select(x => x.Contradiction.Id));
        Assert.Equal(new NodaTime.LocalDate(2023, 1, 5), newest[2].Day);
        Assert.Null(newest[^1].Day);
        Assert.Equal(["x4", "x2", "x3"], store.ReadContradictionPage(null, 10, "x1")!.Select(x => x.Contradiction.Id));
        Assert.Equal(["x2"], store.ReadContradictionPage(ContradictionAttribute.Date, 1, "x4")!.Select(x => x.Contradiction.Id));
        Assert.Null(store.ReadContradictionPage(null, 10, "no-such-contradiction"));

        var (extraction, eventIds) = store.ReadDocumentExtraction("doc2")!.Value;
        Assert.Equal(Samples.Extraction("doc2").Mentions.Count, extraction.Mentions.Count);
        Assert.Equal(events[0].Id, eventIds[extraction.Events[0].Key]);
        Assert.Single(extraction.Claims);
        Assert.Null(store.ReadDocumentExtraction("doc9"));
        Assert.Equal(extraction.Events[0].Quote, Assert.Single(store.ReadEventMentions([("doc2", extraction.Events[0].Key), ("doc2", "nope")])).Quote);

        Assert.Equal("Armenia", store.ReadEntity("armenia")?.Name);
        Assert.Null(store.ReadEntity("no-such-entity"));
        var counts = store.ReadMentionCounts(["armenia", "no-such-entity"]);
        Assert.Equal(5 * Samples.Extraction().Mentions.Count(m => m.EntityId == "armenia"), counts["armenia"]);
        Assert.False(counts.ContainsKey("no-such-entity"));
    }

    [SkippableFact]
    public void ReadEvents_after_an_event_pages_through_the_whole_timeline_undated_events_last()
    {
        using var store = Open();
        var mention = Samples.Extraction("doc1").Events[0];
        store.Save(Samples.Extraction("doc1"));
        // 150 events: many on the same few days (so a page often ends inside a day and the id decides), a tenth undated.
        var random = new Random(11);
        var events = new List<Event>();
        for (var i = 0; i < 150; i++)
        {
            var day = new NodaTime.LocalDate(2022, 1, 1).PlusDays(random.Next(12));
            events.Add(new Event
            {
                Id = (i % 2 == 0 ? "E" : "e") + random.Next(100_000).ToString("00000", System.Globalization.CultureInfo.InvariantCulture) + "-" + i,
                Type = i % 3 == 0 ? EventType.Meeting : EventType.ArmedClash,
                Date = i % 10 == 0 ? null : i % 7 == 0 ? DateRange.Month(day.Year, day.Month) : DateRange.Day(day.Year, day.Month, day.Day),
                Actors = [i % 4 == 0 ? "armenia" : "azerbaijan"],
                Topics = i % 5 == 0 ? ["border"] : [],
                Mentions = [mention],
            });
        }

        store.ReplaceMerged(events, [], new Dictionary<string, string>());

        // Dated by earliest day then id (byte order), undated last by id: on every backend.
        List<string> Expected(Func<Event, bool> keep) => [.. events.Where(keep)
            .OrderBy(e => e.Date is null).ThenBy(e => e.Date is { } d ? DateRange.Iso(d.Earliest) : "", StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => e.Id)];
        var cases = new (RecordFilter Filter, Func<Event, bool> Keep)[]
        {
            (RecordFilter.All, _ => true),
            (new RecordFilter { Actor = "armenia" }, e => e.Actors.Contains("armenia")),
            (new RecordFilter { Topic = "border" }, e => e.Topics.Contains("border")),
            (new RecordFilter { Type = EventType.Meeting }, e => e.Type == EventType.Meeting),
            (new RecordFilter { Period = DateRange.Day(2022, 1, 5) }, e => e.Date is { } d && d.Overlaps(DateRange.Day(2022, 1, 5))),
        };
        foreach (var (filter, keep) in cases)
        {
            var expected = Expected(keep);
            Assert.Equal(expected, store.ReadEvents(filter, int.MaxValue, null)!.Select(e => e.Id));
            foreach (var size in new[] { 1, 7, 40 })
            {
                // Page by page, each starting after the last id of the one before: the whole list, once each, in order.
                var walked = new List<string>();
                string? after = null;
                for (var pages = 0; pages < 200; pages++)
                {
                    var page = store.ReadEvents(filter, size, after)!;
                    Assert.True(page.Count <= size);
                    walked.AddRange(page.Select(e => e.Id));
                    if (page.Count < size)
                    {
                        break;
                    }

                    after = page[^1].Id;
                }

                Assert.Equal(expected, walked);
            }
        }

        // A cursor that the filter does not select still places the page: the events after it in timeline order.
        var undated = Expected(e => e.Date is null);
        Assert.Equal(Expected(e => e.Date is null && e.Type == EventType.Meeting && string.CompareOrdinal(e.Id, undated[0]) > 0),
            store.ReadEvents(new RecordFilter { Type = EventType.Meeting }, int.MaxValue, undated[0])!.Select(e => e.Id).Where(undated.Contains));
        Assert.Null(store.ReadEvents(RecordFilter.All, 10, "no-such-event"));
    }

    [SkippableFact]
    public void ReadContradictions_and_ReadEntities_give_what_a_page_needs_only()
    {
        using var store = Open();
        store.Save(Samples.Extraction());
        store.Save(Samples.Extraction("doc2"));
        var merged = Assert.Single(Samples.Merge(store.ReadExtractions()));
        var other = merged with { Id = "ev-other" };
        var about = new Contradiction { Id = "x1", EventId = merged.Id, Attribute = ContradictionAttribute.Responsibility, ClaimIds = ["doc1#c1", "doc2#c1"], Values = ["armenia", "azerbaijan"] };
        var aboutOther = about with { Id = "x2", EventId = other.Id };
        store.ReplaceMerged([merged, other], [about, aboutOther], new Dictionary<string, string>());

        var found = Assert.Single(store.ReadContradictions([merged.Id]));
        Assert.Equal("x1", found.Id);
        Assert.Equal(["armenia", "azerbaijan"], found.Values);
        Assert.Equal(["x1", "x2"], store.ReadContradictions([other.Id, merged.Id, "ev-none"]).Select(x => x.Id));
        Assert.Empty(store.ReadContradictions([]));

        var entities = store.ReadEntities();
        // Every entity the record names, in id order (byte order), without reading their mentions.
        Assert.Subset(entities.Select(e => e.Id).ToHashSet(), store.ReadRecord(RecordFilter.All).Entities.Select(e => e.Entity.Id).ToHashSet());
        Assert.Equal(entities.Select(e => e.Id).Order(StringComparer.Ordinal), entities.Select(e => e.Id));
        Assert.Equal(["Republic of Armenia"], entities.Single(e => e.Id == "armenia").Aliases);

        // The filter form's values, read from the indexes, are what the whole record holds.
        var facets = store.ReadEventFacets();
        var record = store.ReadRecord(RecordFilter.All);
        Assert.Equal(record.Events.SelectMany(e => e.Actors.Concat(e.Targets).Concat(e.Mediators)).ToHashSet(), facets.Actors.ToHashSet());
        Assert.Equal(facets.Actors.Count, facets.Actors.Distinct().Count());
        Assert.NotEmpty(facets.Actors);
        Assert.Equal(record.Events.SelectMany(e => e.Topics).ToHashSet(), facets.Topics.ToHashSet());
        Assert.Equal(record.Events.Select(e => e.Place).OfType<string>().ToHashSet(), facets.Places.ToHashSet());
        Assert.Equal(record.Documents.Select(d => d.Outlet).OfType<string>().ToHashSet(), facets.Outlets.ToHashSet());
        Assert.All(new[] { facets.Topics, facets.Places, facets.Outlets }, Assert.NotEmpty);
    }

    [SkippableFact]
    public void ReadDocuments_pages_newest_first_undated_last_with_counts_and_no_text()
    {
        using var store = Open();
        // 23 documents: days that tie (the id decides, in byte order: 'D' before 'd'), some undated.
        var documents = new List<Document>();
        for (var i = 0; i < 23; i++)
        {
            var extraction = Samples.Extraction((i % 3 == 0 ? "D" : "d") + (100 - i).ToString(System.Globalization.CultureInfo.InvariantCulture));
            var doc = extraction.Document with { Published = i % 5 == 4 ? null : DateRange.Day(2023, 1 + i % 4, 1 + i / 8) };
            documents.Add(doc);
            store.Save(extraction with { Document = doc });
        }

        // One merged event holding the first document's account: its count is 1, the others' 0.
        var first = store.ReadExtractions().First(x => x.Document.Id == documents[0].Id);
        store.ReplaceMerged([new Event { Id = "ev-1", Type = first.Events[0].Type, Date = first.Events[0].Date, Mentions = [first.Events[0]] }], [], new Dictionary<string, string>());

        var expected = documents
            .OrderBy(d => d.Published is null).ThenByDescending(d => d.Published?.Earliest).ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => d.Id).ToList();
        foreach (var limit in new[] { 1, 4, 50 })
        {
            var seen = new List<string>();
            string? after = null;
            for (var pages = 0; pages < 30; pages++)
            {
                var page = store.ReadDocuments(limit, after)!;
                Assert.InRange(page.Count, 0, limit);
                seen.AddRange(page.Select(d => d.Id));
                if (page.Count < limit)
                {
                    break;
                }

                after = page[^1].Id;
            }

            Assert.Equal(expected, seen);
        }

        var all = store.ReadDocuments(100, null)!;
        Assert.Equal(1, all.Single(d => d.Id == documents[0].Id).EventAccounts);
        Assert.Equal(0, all.Single(d => d.Id == documents[1].Id).EventAccounts);
        Assert.All(all, d => Assert.Equal(Samples.Extraction().Claims.Count, d.Claims));
        Assert.Equal(documents[0].Title, all[0].Title);
        Assert.Null(all.Single(d => d.Id == documents[4].Id).Published);
        Assert.Null(store.ReadDocuments(10, "no-such-document"));
    }

    [SkippableFact]
    public void Four_concurrent_writers_of_overlapping_documents_store_each_once()
    {
        using (var first = Open())
        {
            Assert.Equal(0, first.GetStats().Documents);
        }

        const int Documents = 24;
        var outcomes = new System.Collections.Concurrent.ConcurrentBag<(string Id, SaveOutcome Outcome)>();
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            using var store = Open();
            // Each writer covers most documents, in its own order, so every document is written by several at once.
            var ids = Enumerable.Range(0, Documents).Where(i => (i + w) % 4 != 0).OrderBy(i => (i * 7 + w * 5) % Documents);
            foreach (var i in ids)
            {
                var id = $"doc{i:00}";
                outcomes.Add((id, store.Save(Samples.Extraction(id))));
            }
        })).ToArray();
        Task.WaitAll(writers);

        Assert.Equal(Documents, outcomes.Select(o => o.Id).Distinct().Count());
        // Each document was new to exactly one writer and unchanged for the others: none lost, none doubled.
        Assert.All(outcomes.GroupBy(o => o.Id), g => Assert.Equal(1, g.Count(o => o.Outcome == SaveOutcome.New)));
        Assert.DoesNotContain(outcomes, o => o.Outcome == SaveOutcome.Replaced);
        Assert.Equal(Documents, Count("SELECT count(*) FROM documents"));
        Assert.Equal(Documents, Count("SELECT count(DISTINCT id) FROM documents"));
        Assert.Equal(4, Count("SELECT count(*) FROM entities"));
        Assert.Equal(Documents * 3, Count("SELECT count(*) FROM mentions"));
        Assert.Equal(Documents, Count("SELECT count(*) FROM claims"));
        using var reader = Open();
        Assert.Equal(Documents, reader.ReadExtractions().Count);
    }

    [SkippableFact]
    public void A_version_1_store_gains_the_event_lookups_when_upgraded()
    {
        using (var store = Open())
        {
            store.Save(Samples.Extraction());
            store.ReplaceMerged(Samples.Merge(store.ReadExtractions()), [], new Dictionary<string, string>());
        }

        // Back to version 1: the lookups and the claims' answers gone, as a store written by that build has them.
        string[] versionTwelve = Backend is SqliteBackend
            ? ["DROP TRIGGER claims_fts_delete", "DROP TRIGGER claims_fts_update", "DROP TABLE claims_fts",
                // Version 13 dropped the insert trigger of the documents' index (the writer fills it once a transaction).
                "CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text); END"]
            : ["ALTER TABLE claims DROP COLUMN quote_search", "DROP INDEX ix_events_id_ordinal"];
        foreach (var sql in new[] { "DROP TABLE event_outlets", "DROP TABLE disputed_events", "DROP TABLE contradiction_dates", "DROP INDEX ix_claims_speaker", "DROP TABLE event_actor_topics", "DROP INDEX ix_documents_outlet_name", "DROP INDEX ix_documents_newest", "DROP TABLE event_actors", "DROP TABLE event_topics", "DROP INDEX ix_events_timeline", "DROP INDEX ix_positions_topic", "DROP INDEX ix_event_mentions_type_start", "ALTER TABLE claims DROP COLUMN answers", "ALTER TABLE claims DROP COLUMN source",
            "DROP INDEX ix_events_span", "DROP INDEX ix_events_type_timeline", "DROP INDEX ix_events_place_timeline", "DROP INDEX ix_events_status_timeline", "DROP INDEX ix_documents_outlet",
            "ALTER TABLE events DROP COLUMN date_span", "DROP TABLE merge_pending", "DROP TABLE merge_blocks", "DROP TABLE merge_between_claims", "DROP TABLE merge_state",
            "DROP INDEX ix_claims_doc_event", "CREATE INDEX ix_claims_doc ON claims(doc_id)", "DELETE FROM schema_version WHERE version > 1",
            "DROP TABLE event_pairs", "DROP INDEX ix_events_place", "DROP INDEX ix_positions_topic_actor", "DROP INDEX ix_events_type_status_timeline" }.Concat(versionTwelve))
        {
            Backend.Execute(sql);
        }

        using var upgraded = Open();
        Assert.Equal(SchemaScripts.LatestVersion, upgraded.SchemaVersion);
        Assert.Equal(["ev-agreement"], upgraded.ReadEvents(new RecordFilter { Actor = "azerbaijan" }).Select(e => e.Id));
        Assert.Equal(["ev-agreement"], upgraded.ReadEvents(new RecordFilter { Topic = "ceasefire" }).Select(e => e.Id));
        // The lookups carry the event's type (version 8), so a type narrows the actor's and the topic's rows.
        var type = upgraded.ReadEvents(new RecordFilter { Actor = "azerbaijan" })[0].Type;
        Assert.Equal(["ev-agreement"], upgraded.ReadEvents(new RecordFilter { Actor = "azerbaijan", Topic = "ceasefire", Type = type }).Select(e => e.Id));
        Assert.Empty(upgraded.ReadEvents(new RecordFilter { Topic = "ceasefire", Type = type == EventType.Meeting ? EventType.Proposal : EventType.Meeting }));
        // Version 14 made its (type, status) index on the upgraded store; a type with a status reads as before.
        var status = upgraded.ReadEvents(new RecordFilter { Actor = "azerbaijan" })[0].Status;
        Assert.Equal(["ev-agreement"], upgraded.ReadEvents(new RecordFilter { Type = type, Status = status }, 10).Select(e => e.Id));
        Assert.Empty(upgraded.ReadEvents(new RecordFilter { Type = type, Status = status == EventStatus.Denied ? EventStatus.Planned : EventStatus.Denied }, 10));
        // The (actor, topic) pairs are filled for events merged before the upgrade (version 9).
        Assert.Equal(["ev-agreement"], upgraded.ReadEvents(new RecordFilter { Actor = "azerbaijan", Topic = "ceasefire" }).Select(e => e.Id));
        Assert.Empty(upgraded.ReadEvents(new RecordFilter { Actor = "azerbaijan", Topic = "no-such-topic" }));
        // The outlet rows are filled for events merged before the upgrade (version 11).
        Assert.Equal(["ev-agreement"], upgraded.ReadEvents(new RecordFilter { Outlet = Samples.Extraction().Document.Outlet ?? RecordFilter.UnknownOutlet }).Select(e => e.Id));
        // The spans of events merged before the upgrade are filled in, so a period still finds them.
        Assert.Equal(["ev-agreement"], upgraded.ReadEvents(new RecordFilter { Period = DateRange.Day(2023, 9, 20) }).Select(e => e.Id));
        // The network's pairs and the quotes' full-text index are filled for what was stored before the upgrade (version 12).
        var link = Assert.Single(upgraded.ReadNetwork(RecordFilter.All, 10, 1).Links);
        Assert.Equal(("armenia", "azerbaijan", "meeting", 1), (link.A, link.B, link.Relation, link.Events));
        Assert.Single(upgraded.SearchClaimQuotes(["Denied"], 10)!);
        // The claims written before the upgrade are kept; what they answer is unknown.
        var claim = Assert.Single(upgraded.ReadExtractions().Single().Claims);
        Assert.Equal(Samples.Extraction().Claims[0].Quote, claim.Quote);
        Assert.Null(claim.Answers);
        // Nor is the unnamed source that made it (version 15).
        Assert.Null(claim.Source);
    }

    [SkippableFact]
    public void Storing_and_deleting_documents_leaves_what_the_next_merge_must_redo()
    {
        using var store = Open();
        var extraction = Samples.Extraction();
        store.Save(extraction);
        store.ReplaceMerged(Samples.Merge(store.ReadExtractions()), [], new Dictionary<string, string>());
        using (var session = store.BeginMerge()!)
        {
            // A stored document: one row naming it, cleared by the pass that merges it.
            var stored = session.ReadChanges();
            Assert.Equal([("doc1", (EventType?)null)], stored.Select(p => (p.DocumentId, p.Type)));
            session.ClearChanges([.. stored.Select(p => p.Seq)]);
            session.Commit();
        }

        Assert.False(store.DeleteDocument("no-such-document"));
        Assert.True(store.DeleteDocument("doc1"));
        Assert.Empty(store.ReadExtractions());
        using (var session = store.BeginMerge()!)
        {
            // A deleted one: each event mention it held, with its type, date and merged event, and the document itself.
            var deleted = session.ReadChanges();
            var mention = extraction.Events[0];
            Assert.Contains(deleted, p => p.DocumentId == "doc1" && p.Type == mention.Type && p.Date == mention.Date && p.EventId == "ev-" + mention.Type.ToWire());
            Assert.Equal(extraction.Events.Count, deleted.Count(p => p.Type is not null));
            Assert.Contains(deleted, p => p.DocumentId == "doc1" && p.Type is null);
        }
    }

    private sealed class DocumentComparer : IEqualityComparer<Document>
    {
        public bool Equals(Document? x, Document? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Text == y.Text && x.Title == y.Title && x.Outlet == y.Outlet &&
            x.Authors.SequenceEqual(y.Authors) && x.Published == y.Published && x.PublishedInferred == y.PublishedInferred &&
            x.Url == y.Url && x.Source == y.Source && x.Format == y.Format && x.ContentHash == y.ContentHash;

        public int GetHashCode(Document obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }

    private sealed class PositionComparer : IEqualityComparer<Position>
    {
        public bool Equals(Position? x, Position? y) => x == y;

        public int GetHashCode(Position obj) => obj.Actor.GetHashCode(StringComparison.Ordinal);
    }
}

/// <summary>A store's full-text hits; every backend under test has a full-text index, so null fails the test.</summary>
internal static class SearchHits
{
    public static IReadOnlyList<(string Id, string? Title)> Of(Parley.Storage.IParleyStore store, string query) =>
        store.SearchDocuments(query) ?? throw new Xunit.Sdk.XunitException($"{store.GetType().Name} returned no full-text index");
}
