using Microsoft.Data.Sqlite;
using Parley.Storage.Sqlite;

namespace Parley.Storage.Tests;

/// <summary>The shared suite on SQLite, and what only a SQLite file can get wrong.</summary>
public sealed class SqliteStoreTests : StoreContractTests
{
    protected override StoreBackend CreateBackend() => new SqliteBackend();

    private SqliteBackend Sqlite => (SqliteBackend)Backend;

    private string DbPath => Sqlite.Location;

    private TempFolder Folder => Sqlite.Folder;

    [Fact]
    public void Full_text_index_rows_follow_the_documents()
    {
        using var store = SqliteParleyStore.Open(DbPath);
        store.Save(Samples.Extraction());
        Assert.Equal(1, Backend.Count("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'ceasefire'"));
        store.Save(Samples.Extraction(text: Samples.Text.Replace("ministry said", "ministry stated", StringComparison.Ordinal)));
        Assert.Equal(1, Backend.Count("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'stated'"));
        Assert.Equal(0, Backend.Count("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'said'"));
        Assert.Equal(1, Backend.Count("SELECT count(*) FROM documents_fts"));
    }

    [Fact]
    public void The_text_indexes_filled_once_a_transaction_match_the_tables_after_replacements_within_a_batch()
    {
        using var store = SqliteParleyStore.Open(DbPath);
        var edited = Samples.Text.Replace("ministry said", "ministry stated", StringComparison.Ordinal);
        var withCorridor = Samples.Extraction("doc2");
        withCorridor = withCorridor with { Claims = [.. withCorridor.Claims.Select(c => c with { Quote = "A statement about the corridor." })] };

        store.SaveBatch([(Samples.Extraction("doc1"), "v1"), (Samples.Extraction("doc2"), "v1")]);
        // doc1 twice in one batch: its first version, not yet indexed when the second replaces it, must leave no trace.
        Assert.Equal(
            [SaveOutcome.Replaced, SaveOutcome.New, SaveOutcome.Replaced, SaveOutcome.Replaced],
            store.SaveBatch([(Samples.Extraction("doc2", edited), "v2"), (Samples.Extraction("doc3"), "v1"), (withCorridor, "v3"), (Samples.Extraction("doc2"), "v4")]));

        // FTS5 checks each index against its content table (rank 1) and fails on any difference.
        Backend.Execute("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)");
        Backend.Execute("INSERT INTO claims_fts(claims_fts, rank) VALUES ('integrity-check', 1)");
        Assert.Equal(3, Backend.Count("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'ceasefire'"));
        Assert.Equal(0, Backend.Count("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'stated'"));
        Assert.Empty(store.SearchClaimQuotes(["corridor"], 10)!);
        Assert.Equal(["doc1#c1", "doc2#c1", "doc3#c1"], store.SearchClaimQuotes(["denied"], 10)!.Select(c => c.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Text_of_any_length_and_alphabet_is_stored_as_given()
    {
        // Short text is bound through the row command's own UTF-8 buffer, long text through the library's copy; an
        // empty string stays an empty string, not NULL.
        var quotes = new[] { "Ереван и Bakı — «ceasefire» ✓ 😀 \"quoted\"", new string('ə', 1500), new string('x', 5000) + " end" };
        var sample = Samples.Extraction();
        var extraction = sample with
        {
            Document = sample.Document with { Title = "" },
            Claims = [.. quotes.Select((q, i) => sample.Claims[0] with { Id = "doc1#q" + i, Quote = q })],
        };
        using (var store = SqliteParleyStore.Open(DbPath))
        {
            store.Save(extraction);
        }

        using var reopened = SqliteParleyStore.Open(DbPath);
        var stored = reopened.ReadDocumentExtraction("doc1")!.Value.Extraction;
        Assert.Equal(quotes, stored.Claims.Select(c => c.Quote));
        Assert.Equal(1, Backend.Count("SELECT count(*) FROM documents WHERE title = ''"));
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

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Closing_analyzes_the_tables_only_when_asked_to_optimize(bool optimize)
    {
        using (var writer = SqliteParleyStore.Open(DbPath))
        {
            writer.SaveBatch([.. Enumerable.Range(0, 40).Select(i => (Samples.Extraction($"doc{i}"), $"v{i}"))]);
            Backend.Execute("DROP TABLE IF EXISTS sqlite_stat1");
            // Closed before the writer, as an ingest's lookup connection is: with optimize on, its close analyzes.
            using var second = SqliteParleyStore.Open(DbPath, new SqliteStoreOptions { CreateIfMissing = false, PageCacheKibibytes = 2048, OptimizeOnClose = optimize });
            Assert.Equal("doc1", second.ReadDocumentExtraction("doc1")!.Value.Extraction.Document.Id);
            second.Dispose();
            Assert.Equal(optimize ? 1 : 0, Backend.Count("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"));
        }
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_named_in_a_clear_error()
    {
        var path = Folder.File("notes.db");
        File.WriteAllText(path, new string('x', 4096));
        var ex = Assert.Throws<StoreException>(() => SqliteParleyStore.Open(path));
        Assert.True(ex.IsOpenFailure);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("not a SQLite database", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_does_not_exist_is_named_in_a_clear_error()
    {
        var path = Path.Combine(Folder.Path, "no-such-folder", "parley.db");
        var ex = Assert.Throws<StoreException>(() => SqliteParleyStore.Open(path));
        Assert.True(ex.IsOpenFailure);
        Assert.Contains("does not exist", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_given_as_the_file_is_a_clear_error()
    {
        var ex = Assert.Throws<StoreException>(() => SqliteParleyStore.Open(Folder.Path));
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

}
