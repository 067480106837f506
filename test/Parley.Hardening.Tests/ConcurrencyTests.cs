using Parley.Storage;
using Parley.Storage.Sqlite;

namespace Parley.Hardening.Tests;

/// <summary>Two ingests on one SQLite store take turns; reads go on while an ingest writes (WAL).</summary>
public sealed class ConcurrencyTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void Two_ingests_on_one_store_wait_for_each_other_with_a_message_and_store_both_corpora()
    {
        var first = _temp.File("first");
        var second = _temp.File("second");
        var documents = GeneratedCorpus.Write(first, 60, seed: 4, prefix: "first") + GeneratedCorpus.Write(second, 60, seed: 5, prefix: "second");
        var db = _temp.File("shared.db");

        using var a = ParleyProcess.Start("ingest", first, "--db", db, "--pack", ParleyProcess.Pack, "--quiet");
        // The second starts while the first holds the store (it takes the lock before loading the pack).
        Thread.Sleep(300);
        using var b = ParleyProcess.Start("ingest", second, "--db", db, "--pack", ParleyProcess.Pack, "--quiet");
        var ra = a.Wait(TimeSpan.FromMinutes(3));
        var rb = b.Wait(TimeSpan.FromMinutes(3));

        Assert.True(ra.Exit == 0, $"first ingest: {ra.Exit} {ra.Errors}{ra.Output}");
        Assert.True(rb.Exit == 0, $"second ingest: {rb.Exit} {rb.Errors}{rb.Output}");
        var waited = ra.Errors + rb.Errors;
        Assert.Contains("the store is locked by another process", waited, StringComparison.Ordinal);
        Assert.Contains("waiting", waited, StringComparison.Ordinal);
        Assert.Equal("ok", StoreInspection.IntegrityCheck(db));
        Assert.Equal(documents, StoreInspection.Count(db, "SELECT count(*) FROM documents"));

        // The same as one run over both folders.
        var together = _temp.File("together.db");
        Assert.Equal(0, ParleyProcess.Run("ingest", first, second, "--db", together, "--pack", ParleyProcess.Pack, "--quiet").Exit);
        Assert.Equal(InProcessIngest.RowsPerDocument(together), InProcessIngest.RowsPerDocument(db));
        Assert.Equal(StoreInspection.Export(together, _temp.Path), StoreInspection.Export(db, _temp.Path));
    }

    [Fact]
    public void Reads_go_on_while_an_ingest_writes()
    {
        var corpus = _temp.File("corpus");
        var documents = GeneratedCorpus.Write(corpus, 150, seed: 6);
        var db = _temp.File("busy.db");
        using (SqliteParleyStore.Open(db))
        {
            // Created (and its schema applied) before the ingest, so the reader can open it from the start.
        }

        using var ingest = ParleyProcess.Start("ingest", corpus, "--db", db, "--pack", ParleyProcess.Pack, "--quiet");
        var reads = 0;
        var seen = new List<int>();
        using (var reader = SqliteParleyStore.Open(db, new SqliteStoreOptions { CreateIfMissing = false, BusyTimeout = TimeSpan.FromMilliseconds(100) }))
        {
            while (!ingest.HasExited)
            {
                // What the workbench asks for on its first page: counts and the timeline.
                var stats = reader.GetStats();
                _ = reader.ReadEvents(RecordFilter.All, limit: 50);
                seen.Add(stats.Documents);
                reads++;
                Thread.Sleep(20);
            }
        }

        var done = ingest.Wait(TimeSpan.FromMinutes(3));
        Assert.True(done.Exit == 0, $"ingest: {done.Exit} {done.Errors}");
        Assert.True(reads > 10, $"only {reads} reads happened during the ingest");
        // Each read saw a committed state: the count only grows, and reads saw it grow.
        Assert.Equal(seen.Order(), seen);
        Assert.True(seen.Distinct().Count() > 1, "no read saw the ingest's progress");
        Assert.Equal(documents, StoreInspection.Count(db, "SELECT count(*) FROM documents"));
    }

    public void Dispose() => _temp.Dispose();
}
