using System.Text;

namespace Parley.Ingest.Tests;

public class BadInputTests
{
    [Theory]
    [InlineData("empty.txt")]
    [InlineData("empty.md")]
    [InlineData("empty.html")]
    [InlineData("empty.rss")]
    [InlineData("empty.jsonl")]
    public void An_empty_file_is_a_failure_for_every_reader(string name)
    {
        using var temp = new TempFolder();
        var path = temp.WriteBytes(name, []);

        var failure = Read.Failure(path);

        Assert.Equal(path, failure.Source);
        Assert.Equal("empty file", failure.Reason);
    }

    [Fact]
    public void A_file_of_white_space_is_empty()
    {
        using var temp = new TempFolder();
        var path = temp.Write("blank.txt", " \n\t\n");

        Assert.Equal("empty file (only white space)", Read.Failure(path).Reason);
    }

    [Theory]
    [InlineData("image.txt")]
    [InlineData("image.html")]
    [InlineData("image.jsonl")]
    public void A_file_with_nul_bytes_is_binary(string name)
    {
        using var temp = new TempFolder();
        var path = temp.WriteBytes(name, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);

        var failure = Read.Failure(path);

        Assert.Equal(path, failure.Source);
        Assert.StartsWith("binary content (NUL byte at offset 8)", failure.Reason);
    }

    [Fact]
    public void A_file_full_of_control_characters_is_binary()
    {
        using var temp = new TempFolder();
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();
        var path = temp.WriteBytes("noise.txt", bytes);

        Assert.Contains("control characters", Read.Failure(path).Reason);
    }

    [Fact]
    public void Utf16_text_is_refused_with_advice()
    {
        using var temp = new TempFolder();
        var path = temp.WriteBytes("wide.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Hello")]);

        Assert.Equal("UTF-16 text; Parley reads UTF-8, so save the file as UTF-8", Read.Failure(path).Reason);
    }

    [Fact]
    public void Invalid_utf8_names_the_byte_and_line()
    {
        using var temp = new TempFolder();
        var path = temp.WriteBytes("latin1.txt", [.. "first line\nsecond "u8, 0xE9, .. "t\u00e9\n"u8]);

        var failure = Read.Failure(path);

        Assert.Equal("not valid UTF-8 (byte 18, line 2); save the file as UTF-8", failure.Reason);
        Assert.Null(failure.Line);
    }

    [Fact]
    public void Every_failure_is_one_line()
    {
        using var temp = new TempFolder();
        temp.WriteBytes("a.txt", []);
        temp.WriteBytes("b.txt", [0, 1, 2]);
        temp.Write("c.jsonl", "{\n");
        temp.Write("d.rss", "<rss><channel></channel></rss>");

        var failures = new DocumentIngestor().Read([temp.Path]).Select(r => r.Failure).ToList();

        Assert.Equal(4, failures.Count);
        Assert.All(failures, f => Assert.DoesNotContain('\n', f!.Message));
    }
}
