using System.Text;

namespace Parley.Ingest.Tests;

public class InputEnumeratorTests
{
    private static List<string> Sources(IEnumerable<ReadJob> jobs) => [.. jobs.Select(j => j.Source)];

    [Fact]
    public void Folders_expand_recursively_in_sorted_order_skipping_unknown_and_hidden_files()
    {
        using var temp = new TempFolder();
        var b = temp.Write("b.txt", "B");
        var a = temp.Write("a.md", "A");
        var nested = temp.Write("sub/c.html", "<p>C</p>");
        var z = temp.Write("z.jsonl", "{\"text\":\"Z\"}");
        temp.Write("notes.json", "{}");
        temp.Write(".hidden.txt", "H");
        temp.Write(".git/d.txt", "D");

        var jobs = new InputEnumerator(ReaderRegistry.Default).Expand([temp.Path]).ToList();

        Assert.Equal([a, b, nested, z], Sources(jobs));
        Assert.All(jobs, j => Assert.Null(j.Failure));
        Assert.Equal(["md", "txt", "html", "jsonl"], jobs.Select(j => j.Reader!.Format));
    }

    [Fact]
    public void Named_files_keep_argument_order_and_problems_become_failures()
    {
        using var temp = new TempFolder();
        var second = temp.Write("2.txt", "two");
        var first = temp.Write("1.txt", "one");
        var unknown = temp.Write("data.csv", "x,y");
        var missing = Path.Combine(temp.Path, "missing.txt");

        var jobs = new InputEnumerator(ReaderRegistry.Default).Expand([second, first, unknown, missing]).ToList();

        Assert.Equal([second, first, unknown, missing], Sources(jobs));
        Assert.StartsWith("no reader for '.csv' files", jobs[2].Failure?.Reason);
        Assert.Equal("no such file or folder", jobs[3].Failure?.Reason);
    }

    [Fact]
    public void Dash_reads_standard_input_in_the_given_format()
    {
        var options = new InputOptions
        {
            StdinFormat = "md",
            OpenStdin = () => new MemoryStream(Encoding.UTF8.GetBytes("---\ntitle: From a pipe\n---\nPiped text.\n")),
        };

        var document = Assert.Single(new DocumentIngestor(options: options).Read(["-"])).Document!;

        Assert.Equal("stdin", document.Id);
        Assert.Equal("stdin", document.Source);
        Assert.Equal("md", document.Format);
        Assert.Equal("From a pipe", document.Title);
        Assert.Equal("Piped text.\n", document.Text);
    }

    [Fact]
    public void Standard_input_defaults_to_plain_text()
    {
        var options = new InputOptions { OpenStdin = () => new MemoryStream("Just text."u8.ToArray()) };

        var document = Assert.Single(new DocumentIngestor(options: options).Read(["-"])).Document!;

        Assert.Equal("txt", document.Format);
        Assert.Equal("Just text.", document.Text);
    }

    [Fact]
    public void An_unknown_standard_input_format_is_a_failure()
    {
        var options = new InputOptions { StdinFormat = "pdf" };

        var failure = Assert.Single(new DocumentIngestor(options: options).Read(["-"])).Failure!;

        Assert.Equal("stdin", failure.Source);
        Assert.StartsWith("unknown --stdin-format 'pdf'", failure.Reason);
    }

    [Fact]
    public void A_folder_that_cannot_be_listed_is_a_failure_naming_it()
    {
        using var temp = new TempFolder();
        var readable = temp.Write("open/a.txt", "A");
        var locked = Path.Combine(temp.Path, "locked");
        Directory.CreateDirectory(locked);
        var options = new InputOptions
        {
            ListFolder = folder => folder == locked ? throw new UnauthorizedAccessException("Access denied") : Directory.EnumerateFileSystemEntries(folder),
        };

        var results = new DocumentIngestor(options: options).Read([temp.Path]).ToList();

        Assert.Equal(2, results.Count);
        Assert.Equal(locked, results[0].Failure?.Source);
        Assert.Equal("folder cannot be read (permission denied); its files were skipped", results[0].Failure?.Reason);
        Assert.Equal(readable, results[1].Document?.Source);
    }

    [UnprivilegedFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_folder_without_permission_on_disk_is_a_failure_naming_it()
    {
        using var temp = new TempFolder();
        var locked = Path.Combine(temp.Path, "locked");
        Directory.CreateDirectory(locked);
        File.WriteAllText(Path.Combine(locked, "secret.txt"), "S");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var failure = Assert.Single(new DocumentIngestor().Read([temp.Path])).Failure;

            Assert.Equal(locked, failure?.Source);
            Assert.Contains("permission denied", failure?.Reason);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 2)]
    public void A_reader_that_throws_becomes_a_failure(bool lazy, int results)
    {
        using var temp = new TempFolder();
        var path = temp.Write("boom.boom", "x");
        var registry = new ReaderRegistryBuilder().UseDefaults().Use(new ThrowingReader(lazy)).Build();

        var read = new DocumentIngestor(registry).Read([path]).ToList();

        Assert.Equal(results, read.Count);
        Assert.Equal(path, read[^1].Failure?.Source);
        Assert.Equal("boom reader failed: kaboom (InvalidOperationException); please report this input", read[^1].Failure?.Reason);
    }

    private sealed class ThrowingReader(bool lazy) : IDocumentReader
    {
        public string Format => "boom";

        public IReadOnlyList<string> Extensions { get; } = [".boom"];

        public IEnumerable<ReadResult> Read(DocumentInput input, ReaderLimits limits) =>
            lazy ? FirstThenThrow(input) : throw new InvalidOperationException("kaboom");

        private static IEnumerable<ReadResult> FirstThenThrow(DocumentInput input)
        {
            yield return new ReadFailure(input.Source, 1, "first result");
            throw new InvalidOperationException("kaboom");
        }
    }
}
