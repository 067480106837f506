namespace Parley.Ingest.Tests;

public class JsonlReaderTests
{
    [Fact]
    public void Reads_one_document_a_line_with_line_numbers_in_the_source()
    {
        using var temp = new TempFolder();
        var path = temp.Write("batch.jsonl", string.Join('\n',
            """{"id": "a1", "title": "Port deal", "outlet": "Shore Post", "url": "https://example.org/a1", "published": "2023-05-02", "authors": ["Ivo Lind", "Kai Moor"], "text": "Line one.\nLine two.  "}""",
            "",
            """{"title": "No id here", "author": "Lea Stone", "text": "Second text."}""",
            ""));

        var results = Read.File(path);

        Assert.Equal(2, results.Count);
        var first = results[0].Document!;
        Assert.Equal("a1", first.Id);
        Assert.Equal("Line one.\nLine two.  ", first.Text);
        Assert.Equal("Port deal", first.Title);
        Assert.Equal("Shore Post", first.Outlet);
        Assert.Equal("https://example.org/a1", first.Url);
        Assert.Equal("2023-05-02", first.Published?.ToString());
        Assert.Equal(["Ivo Lind", "Kai Moor"], first.Authors);
        Assert.Equal(path + "#1", first.Source);
        Assert.Equal("jsonl", first.Format);

        var second = results[1].Document!;
        Assert.Equal("batch-3", second.Id);
        Assert.Equal(["Lea Stone"], second.Authors);
        Assert.Equal(path + "#3", second.Source);
    }

    [Fact]
    public void Bad_lines_are_failures_with_their_line_and_reading_goes_on()
    {
        using var temp = new TempFolder();
        var path = temp.Write("mixed.jsonl", string.Join('\n',
            """{"id": "ok1", "text": "Fine."}""",
            "this is not json",
            """{"id": "no-text", "title": "Missing text"}""",
            """[1, 2, 3]""",
            """{"id": "blank", "text": "   "}""",
            """{"id": "bad-date", "text": "x", "published": "soon"}""",
            """{"id": "ok2", "text": "Also fine."}"""));

        var results = Read.File(path);

        Assert.Equal(["ok1", "ok2"], results.Select(r => r.Document?.Id).OfType<string>());
        var failures = results.Select(r => r.Failure).OfType<ReadFailure>().ToList();
        Assert.Equal([2, 3, 4, 5, 6], failures.Select(f => f.Line!.Value));
        Assert.All(failures, f => Assert.Equal(path, f.Source));
        Assert.StartsWith("not JSON", failures[0].Reason);
        Assert.Contains("no \"text\"", failures[1].Reason);
        Assert.Contains("expected a JSON object", failures[2].Reason);
        Assert.Contains("\"text\" is empty", failures[3].Reason);
        Assert.Contains("not a date", failures[4].Reason);
        Assert.Equal($"{path}:2: {failures[0].Reason}", failures[0].Message);
    }

    [Fact]
    public void A_bad_date_with_newlines_is_quoted_on_one_short_line()
    {
        // Found by the afl run: the reason quoted the field as it was, newlines and all.
        using var temp = new TempFolder();
        var path = temp.Write("dates.jsonl", """{"id": "d1", "text": "x", "published": "2023-05\nnot a date\r\n""" + new string('z', 500) + "\"}");

        var failure = Assert.Single(Read.File(path)).Failure;

        Assert.NotNull(failure);
        Assert.Contains("not a date: '2023-05 not a date zzz", failure!.Reason);
        Assert.DoesNotContain('\n', failure.Reason);
        Assert.DoesNotContain('\r', failure.Reason);
        Assert.True(failure.Reason.Length < 200, $"the reason is {failure.Reason.Length} characters long");
    }

    [Fact]
    public void A_line_over_the_limit_and_invalid_utf8_fail_on_their_line()
    {
        using var temp = new TempFolder();
        byte[] badUtf8 = [.. """{"text": "caf"""u8, 0xC3, 0x28, .. "\"}\n"u8];
        var path = temp.WriteBytes("limits.jsonl", [
            .. System.Text.Encoding.UTF8.GetBytes("""{"text": """ + "\"" + new string('y', 200) + "\"}\n"),
            .. badUtf8,
            .. """{"id": "last", "text": "ok"}"""u8,
        ]);

        var results = Read.File(path, new ReaderLimits(MaxLineLength: 100));

        Assert.Equal(3, results.Count);
        Assert.Equal(1, results[0].Failure?.Line);
        Assert.Contains("longer than the 100-byte limit", results[0].Failure?.Reason);
        Assert.Equal(2, results[1].Failure?.Line);
        Assert.Contains("not valid UTF-8", results[1].Failure?.Reason);
        Assert.Equal("last", results[2].Document?.Id);
    }

    [Fact]
    public void A_file_of_blank_lines_is_a_failure()
    {
        using var temp = new TempFolder();
        var path = temp.Write("blank.jsonl", "\n  \n\n");

        Assert.Equal("no JSON lines in the file", Read.Failure(path).Reason);
    }
}
