using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Parley.Storage.Sqlite;

namespace Parley.Hardening.Tests;

/// <summary>
/// A full disk (SQLite's max_page_count stands in for it), a read-only store and a store locked by another program:
/// one clear error, the run stops, and the store keeps exactly what it held before the document that failed.
/// </summary>
public sealed class StoreFailureTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private (string First, string Second) TwoCorpora()
    {
        var first = _temp.File("first");
        var second = _temp.File("second");
        GeneratedCorpus.Write(first, 30, seed: 1, prefix: "first");
        GeneratedCorpus.Write(second, 80, seed: 2, prefix: "second");
        return (first, second);
    }

    private static long PageCount(string db) => StoreInspection.Count(db, "PRAGMA page_count");

    [Fact]
    public void A_full_disk_stops_the_run_with_one_error_and_keeps_every_stored_document_whole()
    {
        var (first, second) = TwoCorpora();
        var reference = _temp.File("reference.db");
        InProcessIngest.Run(reference, first, second);
        var complete = InProcessIngest.RowsPerDocument(reference);

        var db = _temp.File("full.db");
        InProcessIngest.Run(db, first);
        var before = InProcessIngest.RowsPerDocument(db);

        var summary = InProcessIngest.Run(db, new SqliteStoreOptions { MaxPageCount = PageCount(db) + 40 }, second);

        var failure = Assert.Single(summary.Failures);
        Assert.Contains("disk is full", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("ingest stopped", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("second", failure.Path, StringComparison.Ordinal);
        Assert.Equal("ok", StoreInspection.IntegrityCheck(db));
        Assert.Equal(0, StoreInspection.ForeignKeyViolations(db));

        var after = InProcessIngest.RowsPerDocument(db);
        // What was there is untouched; what was added is whole (every table as a run without the limit stores it).
        Assert.All(before, row => Assert.Equal(row.Value, after[row.Key]));
        Assert.All(after, row => Assert.Equal(complete[row.Key], row.Value));
        var added = InProcessIngest.DocumentIds(db).Count - InProcessIngest.DocumentIds(reference).Count(id => before.ContainsKey("documents/" + id));
        Assert.InRange(added, 0, InProcessIngest.DocumentIds(reference).Count - 30 - 1);

        // With room again, the same command stores the rest.
        var resumed = InProcessIngest.Run(db, second);
        Assert.Empty(resumed.Failures);
        Assert.Equal(complete, InProcessIngest.RowsPerDocument(db));
    }

    [Fact]
    public void A_full_disk_while_replacing_a_document_keeps_its_old_version_and_all_its_extractions()
    {
        var folder = _temp.File("one");
        GeneratedCorpus.Write(folder, 12, seed: 3, prefix: "one");
        var db = _temp.File("replace.db");
        InProcessIngest.Run(db, folder);
        var before = InProcessIngest.RowsPerDocument(db);

        // Every document grows by a long passage: no replacement fits in the few pages left.
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories))
        {
            File.AppendAllText(file, string.Concat(Enumerable.Repeat("\n\nThe delegations met again in Geneva on 2 March 2023 and agreed on a further round of talks.", 400)));
        }

        var summary = InProcessIngest.Run(db, new SqliteStoreOptions { MaxPageCount = PageCount(db) + 2 }, folder);

        Assert.Contains(summary.Failures, f => f.Reason.Contains("disk is full", StringComparison.Ordinal));
        Assert.Equal(before, InProcessIngest.RowsPerDocument(db));
        Assert.Equal("ok", StoreInspection.IntegrityCheck(db));
    }

    [Fact]
    public void A_store_locked_by_another_program_stops_the_run_with_one_error_and_changes_nothing()
    {
        var (first, second) = TwoCorpora();
        var db = _temp.File("locked.db");
        InProcessIngest.Run(db, first);
        var before = InProcessIngest.RowsPerDocument(db);

        using (var other = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            other.Open();
            using var hold = other.BeginTransaction(deferred: false);
            using (var write = other.CreateCommand())
            {
                write.Transaction = hold;
                write.CommandText = "UPDATE schema_version SET version = version";
                write.ExecuteNonQuery();
            }

            var summary = InProcessIngest.Run(db, new SqliteStoreOptions { BusyTimeout = TimeSpan.FromMilliseconds(300) }, second);

            var failure = Assert.Single(summary.Failures);
            Assert.Contains("locked by another program", failure.Reason, StringComparison.Ordinal);
            Assert.Contains("ingest stopped", failure.Reason, StringComparison.Ordinal);
            hold.Rollback();
        }

        Assert.Equal(before, InProcessIngest.RowsPerDocument(db));
        Assert.Empty(InProcessIngest.Run(db, second).Failures);
    }

    [SkippableFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_read_only_store_is_a_clear_error_and_stays_as_it_was()
    {
        var (first, second) = TwoCorpora();
        var folder = _temp.File("readonly");
        Directory.CreateDirectory(folder);
        var db = Path.Combine(folder, "parley.db");
        InProcessIngest.Run(db, first);
        var before = File.ReadAllBytes(db);
        var rows = InProcessIngest.RowsPerDocument(db);

        File.SetUnixFileMode(db, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        File.SetUnixFileMode(_temp.Path, (UnixFileMode)0b111_101_101);
        try
        {
            // Root ignores file modes, so as root the run is made as the unprivileged 'nobody'.
            var asNobody = Environment.UserName == "root";
            Skip.If(asNobody && !File.Exists("/usr/bin/setpriv"), "running as root without setpriv: file permissions cannot be tested");
            var (exit, output, errors) = asNobody ? RunAsNobody(second, db) : ParleyProcess.Run("ingest", second, "--db", db, "--pack", ParleyProcess.Pack, "--quiet");

            var said = output + errors;
            Assert.True(exit != 0, "ingest into a read-only store reported success: " + said);
            Assert.Contains(db, said, StringComparison.Ordinal);
            Assert.Matches("read-only|cannot be opened", said);
            Assert.DoesNotContain("Unhandled", said, StringComparison.Ordinal);
            Assert.Equal(before, File.ReadAllBytes(db));
        }
        finally
        {
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_101);
            File.SetUnixFileMode(db, (UnixFileMode)0b110_110_100);
        }

        Assert.Equal(rows, InProcessIngest.RowsPerDocument(db));
    }

    private static (int Exit, string Output, string Errors) RunAsNobody(string corpus, string db)
    {
        var info = new ProcessStartInfo("/usr/bin/setpriv") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", ParleyProcess.Dll, "ingest", corpus, "--db", db, "--pack", ParleyProcess.Pack, "--quiet" })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["HOME"] = "/tmp";
        info.Environment["DOTNET_CLI_HOME"] = "/tmp";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "parley as nobody did not finish");
        process.WaitForExit();
        Skip.If(errors.Result.Contains("Permission denied", StringComparison.Ordinal) && !errors.Result.Contains(db, StringComparison.Ordinal),
            "the unprivileged user cannot run the built CLI here: " + errors.Result);
        return (process.ExitCode, output.Result, errors.Result);
    }

    public void Dispose() => _temp.Dispose();
}
