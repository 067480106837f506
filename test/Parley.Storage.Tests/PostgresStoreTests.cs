using Npgsql;
using Parley.Model;
using Parley.Text;
using Parley.Time;
using Parley.Storage.PostgreSql;

namespace Parley.Storage.Tests;

/// <summary>
/// The shared suite on PostgreSQL (a throwaway server named by <c>PARLEY_TEST_PG</c>; skipped without one), and
/// what only a server can get wrong.
/// </summary>
public sealed class PostgresStoreTests : StoreContractTests
{
    protected override StoreBackend CreateBackend() => new PostgresBackend();

    private PostgresBackend Postgres => (PostgresBackend)Backend;

    [SkippableFact]
    public void Full_text_search_uses_a_tsvector_column_with_a_gin_index()
    {
        using var store = Backend.Open();
        store.Save(Samples.Extraction());
        Assert.Equal(1, Backend.Count("SELECT count(*) FROM documents WHERE search @@ to_tsquery('simple', 'ceasefire')"));
        Assert.Equal(1, Backend.Count("SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'ix_documents_search' AND indexdef LIKE '%gin%'"));
        // Web-search syntax: a phrase and an exclusion.
        Assert.Single(SearchHits.Of(store, "\"defence ministry\" -Prague"));
        Assert.Empty(SearchHits.Of(store, "\"ministry defence\""));
    }

    [SkippableFact]
    public void The_store_names_the_server_without_the_password()
    {
        using var store = PostgresParleyStore.Open(Postgres.Settings().ConnectionString + ";Password=hunter2");
        Assert.StartsWith("postgresql://parley@127.0.0.1:", store.Location, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", store.Location, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_postgresql_uri_reaches_the_same_store()
    {
        using (var store = Backend.Open())
        {
            store.Save(Samples.Extraction());
        }

        var s = Postgres.Settings();
        using var viaUri = PostgresParleyStore.Open($"postgresql://{s.Username}@{s.Host}:{s.Port}/{s.Database}?search_path={Postgres.Schema}");
        Assert.Equal(1, viaUri.GetStats().Documents);
    }

    [SkippableFact]
    public void A_database_that_does_not_exist_is_a_clear_open_failure()
    {
        var settings = Postgres.Settings();
        settings.Database = "no_such_parley_db";
        var ex = Assert.Throws<StoreException>(() => PostgresParleyStore.Open(settings.ConnectionString));
        Assert.True(ex.IsOpenFailure);
        Assert.Contains("does not exist", ex.Message, StringComparison.Ordinal);
        Assert.Contains("no_such_parley_db", ex.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_server_that_does_not_answer_is_a_clear_open_failure()
    {
        var settings = Postgres.Settings();
        settings.Port = 1; // nothing listens on port 1 of the loopback
        settings.Timeout = 3;
        var ex = Assert.Throws<StoreException>(() => PostgresParleyStore.Open(settings.ConnectionString));
        Assert.True(ex.IsOpenFailure);
        Assert.Contains("cannot reach the PostgreSQL server", ex.Message, StringComparison.Ordinal);
        Assert.Contains(":1/", ex.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Another_programs_schema_is_refused()
    {
        Backend.Execute("CREATE TABLE invoices (id INTEGER)");
        var ex = Assert.Throws<StoreException>(() => Backend.Open());
        Assert.Contains("another program", ex.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Any_analyze_of_the_events_keeps_a_fine_histogram_of_their_dates()
    {
        // 400 events a day apart: more distinct days than the default 100 buckets hold.
        var documents = new List<(DocumentExtraction, string)>();
        var events = new List<Event>();
        for (var d = 0; d < 400; d++)
        {
            var text = $"Report number {d} of a border incident.";
            var doc = new Document { Id = $"report-{d:000}", Text = text };
            var day = new NodaTime.LocalDate(2020, 1, 1).PlusDays(d);
            var mention = new EventMention
            {
                Key = "e0", DocumentId = doc.Id, Type = EventType.ArmedClash, Date = DateRange.Day(day.Year, day.Month, day.Day),
                Actors = ["armenia"], Span = new CharSpan(0, text.Length), Quote = text, Trigger = "incident",
            };
            documents.Add((new DocumentExtraction { Document = doc, Events = [mention] }, doc.ContentHash));
            events.Add(new Event { Id = $"ev-{d:000}", Type = mention.Type, Date = mention.Date, Actors = mention.Actors, Mentions = [mention] });
        }

        using (var store = Backend.Open())
        {
            store.BulkLoad(documents, events, [], new Dictionary<string, string>());
        }

        // As autovacuum or an operator analyzes it, at the server's default target (100).
        Backend.Execute("ANALYZE events");
        long Bounds(string column) => Backend.Count($"""
            SELECT coalesce(array_length(histogram_bounds::text::text[], 1), 0) FROM pg_stats
            WHERE schemaname = current_schema() AND tablename = 'events' AND attname = '{column}'
            """);
        Assert.True(Bounds("date_earliest") > 101, $"date_earliest: {Bounds("date_earliest")} histogram bounds");
        Assert.True(Bounds("date_latest") > 101, $"date_latest: {Bounds("date_latest")} histogram bounds");
        // The other columns keep the default.
        Assert.Equal(-1, Backend.Count("SELECT coalesce(attstattarget, -1) FROM pg_attribute WHERE attrelid = 'events'::regclass AND attname = 'place'"));
    }

    [SkippableFact]
    public void Four_stores_migrating_a_fresh_schema_at_once_apply_each_migration_once()
    {
        var opens = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            using var store = Backend.Open();
            return store.SchemaVersion;
        })).ToArray();
        Task.WaitAll(opens);
        Assert.All(opens, t => Assert.Equal(Schema.SchemaScripts.LatestVersion, t.Result));
        Assert.Equal(Schema.SchemaScripts.LatestVersion, Backend.Count("SELECT count(*) FROM schema_version"));
    }
}

/// <summary>Reading the two spellings of a PostgreSQL location; no server needed.</summary>
public sealed class PostgresConnectionStringTests
{
    [Theory]
    [InlineData("Host=db.example;Port=5433;Username=parley;Database=record", true)]
    [InlineData("postgresql://parley@db.example/record", true)]
    [InlineData("postgres://db.example", true)]
    [InlineData("parley.db", false)]
    [InlineData("/tmp/store.db", false)]
    public void Recognizes_a_server_location(string text, bool expected) =>
        Assert.Equal(expected, PostgresConnectionString.Recognizes(text));

    [Fact]
    public void A_uri_becomes_npgsql_settings()
    {
        var s = PostgresConnectionString.Parse("postgresql://team%40desk:p%3Ass@db.example:6543/the%20record?sslmode=disable&application_name=desk");
        Assert.Equal(("db.example", 6543, "team@desk", "p:ss", "the record", SslMode.Disable, "desk"),
            (s.Host, s.Port, s.Username, s.Password, s.Database, s.SslMode, s.ApplicationName));
        Assert.Equal("postgresql://team%40desk@db.example:6543/the%20record", PostgresConnectionString.Describe(s));
    }

    [Fact]
    public void A_uri_without_a_port_uses_5432()
    {
        var s = PostgresConnectionString.Parse("postgres://parley@localhost/parley");
        Assert.Equal((5432, "parley"), (s.Port, s.Database));
    }

    [Theory]
    [InlineData("postgresql://", "host")]
    [InlineData("postgresql://db.example/x?frobnicate=1", "frobnicate")]
    [InlineData("Port=5432;Database=x", "Host")]
    [InlineData("Host=db;Frobnicate=1", "frobnicate")]
    public void A_bad_location_says_what_is_wrong(string text, string named)
    {
        var ex = Assert.Throws<FormatException>(() => PostgresConnectionString.Parse(text));
        Assert.Contains(named, ex.Message, StringComparison.OrdinalIgnoreCase);
    }
}
