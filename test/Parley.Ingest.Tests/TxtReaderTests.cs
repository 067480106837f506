using System.Text;

namespace Parley.Ingest.Tests;

public class TxtReaderTests
{
    [Fact]
    public void Keeps_the_text_verbatim_and_names_the_document_after_the_file()
    {
        using var temp = new TempFolder();
        const string text = "Ministers Meet at the Lake\r\n\r\n  Indented line with trailing spaces   \r\nLast line without newline";
        var path = temp.Write("talks-2023.txt", text);

        var document = Read.One(path);

        Assert.Equal("talks-2023", document.Id);
        Assert.Equal(text, document.Text);
        Assert.Equal(path, document.Source);
        Assert.Equal("txt", document.Format);
    }

    [Fact]
    public void Strips_only_the_utf8_byte_order_mark()
    {
        using var temp = new TempFolder();
        var body = "\n Heading\n\nBody text.\n\n";
        var path = temp.WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(body)]);

        Assert.Equal(body, Read.One(path).Text);
    }

    [Fact]
    public void A_line_over_the_limit_is_refused()
    {
        using var temp = new TempFolder();
        var path = temp.Write("long.txt", "short\n" + new string('x', 300) + "\n");

        var failure = Read.Failure(path, new ReaderLimits(MaxLineLength: 100));

        Assert.Equal(2, failure.Line);
        Assert.Contains("over the 100 limit", failure.Reason);
    }
}
