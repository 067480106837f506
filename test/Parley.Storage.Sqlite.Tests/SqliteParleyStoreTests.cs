using Microsoft.Data.Sqlite;
using Parley.Model;
using Parley.Text;
using Parley.Time;

namespace Parley.Storage.Sqlite.Tests;

public sealed class SqliteParleyStoreTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string DbPath => _temp.File("parley.db");

    public void Dispose() => _temp.Dispose();

    private static long Count(string db, string sql)
    {
        using var c = new SqliteConnection($"Data Source={db};Pooling=false");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return (long)cmd.ExecuteScalar()!;
    }

    [Fact]
    public void Migrations_apply_once_and_are_idempotent()
    {
        using (var store = SqliteParleyStore.Open(DbPath))
        {
            Assert.Equal(1, store.SchemaVersion);
            store.Migrate();
            store.Migrate();
            Assert.Equal(1, store.SchemaVersion);
        }

        using (var again = SqliteParleyStore.Open(DbPath))
        {
            Assert.Equal(1, again.SchemaVersion);
        }

        Assert.Equal(1, Count(DbPath, "SELECT count(*) FROM schema_version"));
        Assert.Equal(1, Count(DbPath, "SELECT count(*) FROM sqlite_master WHERE name = 'documents'"));
    }

    [Fact]
    public void Opens_in_wal_mode_with_foreign_keys()
    {
        using var store = SqliteParleyStore.Open(DbPath);
        using var c = new SqliteConnection($"Data Source={DbPath};Pooling=false");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string)cmd.ExecuteScalar()!);
    }

    [Fact]
    public void Save_reports_new_then_unchanged_then_replaced()
    {
        using var store = SqliteParleyStore.Open(DbPath);
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

    [Fact]
    public void Unchanged_save_writes_nothing()
    {
        using var store = SqliteParleyStore.Open(DbPath);
        store.Save(Samples.Extraction());
        var stamp = ReadIngestedAt();
        Assert.Equal(SaveOutcome.Unchanged, store.Save(Samples.Extraction()));
        Assert.Equal(stamp, ReadIngestedAt());

        string ReadIngestedAt()
        {
            using var c = new SqliteConnection($"Data Source={DbPath};Pooling=false");
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT ingested_at || '/' || seq FROM documents WHERE id = 'doc1'";
            return (string)cmd.ExecuteScalar()!;
        }
    }

    [Fact]
    public void The_hash_given_by_the_source_is_the_one_compared()
    {
        using var store = SqliteParleyStore.Open(DbPath);
        var asRead = Samples.Document() with { Published = null };
        var inferred = Samples.Extraction() with { Document = asRead with { Published = DateRange.Month(2023, 9), PublishedInferred = true } };
        Assert.Equal(SaveOutcome.New, store.Save(inferred, asRead.ContentHash));
        Assert.Equal(asRead.ContentHash, store.GetContentHash("doc1"));
        Assert.Equal(SaveOutcome.Unchanged, store.Save(inferred, asRead.ContentHash));
        var back = store.ReadExtractions().Single().Document;
        Assert.True(back.PublishedInferred);
        Assert.Equal(DateRange.Month(2023, 9), back.Published);
    }

    [Fact]
    public void Replace_removes_the_old_extractions()
    {
        using var store = SqliteParleyStore.Open(DbPath);
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
        Assert.Equal(0, Count(DbPath, "SELECT count(*) FROM time_expressions"));
        Assert.Equal(0, Count(DbPath, "SELECT count(*) FROM entity_roles"));
        var x = store.ReadExtractions().Single();
        Assert.Equal(text, x.Document.Text);
        Assert.Equal(["prague"], x.Entities.Select(e => e.Id));
        Assert.Empty(x.Events);
        Assert.Empty(x.Claims);
        Assert.DoesNotContain(store.ReadRecord(RecordFilter.All).Entities, e => e.Entity.Id == "armenia");
    }

    [Fact]
    public void A_failure_mid_save_leaves_the_store_as_before()
    {
        using var store = SqliteParleyStore.Open(DbPath);
        var original = Samples.Extraction();
        store.Save(original);
        var statsBefore = store.GetStats();

        // Two claims with one id break the claims primary key after the document, entities and mentions
        // were already written inside the transaction.
        var broken = Samples.Extraction(text: Samples.Text + " Edited.");
        broken = broken with { Claims = [broken.Claims[0], broken.Claims[0]] };
        var ex = Assert.Throws<StoreException>(() => store.Save(broken));
        Assert.Contains("doc1", ex.Message, StringComparison.Ordinal);
        Assert.Contains(DbPath, ex.Message, StringComparison.Ordinal);

        Assert.Equal(original.Document.ContentHash, store.GetContentHash("doc1"));
        Assert.Equal(statsBefore, store.GetStats());
        var back = store.ReadExtractions().Single();
        Assert.Equal(original.Document.Text, back.Document.Text);
        Assert.Single(back.Claims);
        Assert.Equal(1, Count(DbPath, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'ceasefire'"));

        // The store stays usable: the corrected version goes in.
        Assert.Equal(SaveOutcome.Replaced, store.Save(Samples.Extraction(text: Samples.Text + " Edited.")));
        Assert.Single(store.ReadExtractions().Single().Claims);
    }

    [Fact]
    public void A_mention_of_an_unknown_entity_is_refused_and_nothing_is_written()
    {
        using var store = SqliteParleyStore.Open(DbPath);
        var x = Samples.Extraction();
        x = x with { Mentions = [.. x.Mentions, new EntityMention("nobody", new CharSpan(0, 7), "Armenia")] };
        Assert.Throws<StoreException>(() => store.Save(x));
        Assert.Null(store.GetContentHash("doc1"));
        Assert.Equal(0, store.GetStats().Documents);
        Assert.Equal(0, Count(DbPath, "SELECT count(*) FROM entities"));
    }

    [Fact]
    public void Full_text_row_is_present_and_follows_replacement()
    {
        using var store = SqliteParleyStore.Open(DbPath);
        store.Save(Samples.Extraction());
        Assert.Equal(1, Count(DbPath, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'ceasefire'"));
        Assert.Equal([("doc1", (string?)"Ceasefire agreed")], store.SearchDocuments("ministry"));

        store.Save(Samples.Extraction(text: Samples.Text.Replace("ministry said", "ministry stated", StringComparison.Ordinal)));
        Assert.Equal(1, Count(DbPath, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'stated'"));
        Assert.Equal(0, Count(DbPath, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'said'"));
        Assert.Equal(1, Count(DbPath, "SELECT count(*) FROM documents_fts"));
    }

    [Fact]
    public void ReadExtractions_round_trips_everything()
    {
        var original = Samples.Extraction();
        using (var store = SqliteParleyStore.Open(DbPath))
        {
            store.Save(original);
        }

        using var reopened = SqliteParleyStore.Open(DbPath);
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
        Assert.Equal((oc.Id, oc.Span, oc.Quote, oc.Speaker, oc.Stance, oc.EventKey), (c.Id, c.Span, c.Quote, c.Speaker, c.Stance, c.EventKey));
        Assert.Equal(oc.Values, c.Values);
        Assert.Equal(oc.Topics, c.Topics);

        var p = Assert.Single(back.Positions);
        Assert.Equal(original.Positions[0] with { }, p, new PositionComparer());
    }

    [Fact]
    public void ReadRecord_gives_entities_with_mentions_and_document_roles()
    {
        using var store = SqliteParleyStore.Open(DbPath);
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

    [Fact]
    public void ReplaceMerged_stores_events_contradictions_and_claim_links()
    {
        using var store = SqliteParleyStore.Open(DbPath);
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

        // A second merge replaces the first whole.
        store.ReplaceMerged([], [], new Dictionary<string, string>());
        record = store.ReadRecord(RecordFilter.All);
        Assert.Empty(record.Events);
        Assert.Empty(record.Contradictions);
        Assert.All(record.Claims, c => Assert.Null(c.EventId));
    }

    [Fact]
    public void ReplaceMerged_is_one_transaction()
    {
        using var store = SqliteParleyStore.Open(DbPath);
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

    [Fact]
    public void A_replaced_document_drops_out_of_merged_events_until_the_next_merge()
    {
        using var store = SqliteParleyStore.Open(DbPath);
        store.Save(Samples.Extraction());
        store.Save(Samples.Extraction("doc2"));
        store.ReplaceMerged(Samples.Merge(store.ReadExtractions()), [], new Dictionary<string, string>());
        store.Save(Samples.Extraction("doc2", Samples.Text + " More."));
        var ev = Assert.Single(store.ReadRecord(RecordFilter.All).Events);
        Assert.Equal(["doc1"], ev.Mentions.Select(m => m.DocumentId));
    }

    [Fact]
    public void ReadRecord_filters_events()
    {
        using var store = SqliteParleyStore.Open(DbPath);
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

    [Fact]
    public void Stats_count_what_is_stored()
    {
        using var store = SqliteParleyStore.Open(DbPath);
        store.Save(Samples.Extraction());
        var s = store.GetStats();
        Assert.Equal(new StoreStats(1, 3, 3, 1, 0, 1, 0, 1, System.Text.Encoding.UTF8.GetByteCount(Samples.Text)), s);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_named_in_a_clear_error()
    {
        var path = _temp.File("notes.db");
        File.WriteAllText(path, new string('x', 4096));
        var ex = Assert.Throws<StoreException>(() => SqliteParleyStore.Open(path));
        Assert.True(ex.IsOpenFailure);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("not a SQLite database", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_does_not_exist_is_named_in_a_clear_error()
    {
        var path = Path.Combine(_temp.Path, "no-such-folder", "parley.db");
        var ex = Assert.Throws<StoreException>(() => SqliteParleyStore.Open(path));
        Assert.True(ex.IsOpenFailure);
        Assert.Contains("does not exist", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_given_as_the_file_is_a_clear_error()
    {
        var ex = Assert.Throws<StoreException>(() => SqliteParleyStore.Open(_temp.Path));
        Assert.True(ex.IsOpenFailure);
        Assert.Contains("folder", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_an_error_when_creation_is_off()
    {
        var ex = Assert.Throws<StoreException>(() => SqliteParleyStore.Open(DbPath, new SqliteStoreOptions { CreateIfMissing = false }));
        Assert.Contains("no database here", ex.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(DbPath));
    }

    [Fact]
    public void Another_programs_database_is_refused()
    {
        using (var c = new SqliteConnection($"Data Source={DbPath};Pooling=false"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE invoices (id INTEGER)";
            cmd.ExecuteNonQuery();
        }

        var ex = Assert.Throws<StoreException>(() => SqliteParleyStore.Open(DbPath));
        Assert.Contains("another program", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_database_locked_by_another_writer_is_a_clear_error()
    {
        using var store = SqliteParleyStore.Open(DbPath, new SqliteStoreOptions { BusyTimeout = TimeSpan.FromMilliseconds(200) });
        using var other = new SqliteConnection($"Data Source={DbPath};Pooling=false");
        other.Open();
        using var tx = other.BeginTransaction(); // BEGIN IMMEDIATE: holds the write lock
        var ex = Assert.Throws<StoreException>(() => store.Save(Samples.Extraction()));
        Assert.Contains("locked", ex.Message, StringComparison.Ordinal);
        Assert.Contains(DbPath, ex.Message, StringComparison.Ordinal);
        tx.Rollback();
        Assert.Equal(SaveOutcome.New, store.Save(Samples.Extraction()));
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
