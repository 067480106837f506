namespace Parley.Ingest.Tests;

public class MarkdownReaderTests
{
    [Fact]
    public void Reads_front_matter_and_keeps_the_body_verbatim()
    {
        using var temp = new TempFolder();
        const string body = "# Heading in the body\n\nThe delegations met for six hours.  Two spaces stay.\n";
        var path = temp.Write("note.md", $"""
            ---
            title: "Delegations meet in the valley"
            outlet: Valley Courier
            url: https://example.org/valley/1
            published: 2023-03-22
            authors:
              - Ana Petrosyan
              - Rashad Aliyev
            extra: ignored
            ---
            {body}
            """);

        var document = Read.One(path);

        Assert.Equal("note", document.Id);
        Assert.Equal("md", document.Format);
        Assert.Equal(body, document.Text);
        Assert.Equal("Delegations meet in the valley", document.Title);
        Assert.Equal("Valley Courier", document.Outlet);
        Assert.Equal("https://example.org/valley/1", document.Url);
        Assert.Equal("2023-03-22", document.Published?.ToString());
        Assert.Equal(["Ana Petrosyan", "Rashad Aliyev"], document.Authors);
    }

    [Fact]
    public void A_single_author_string_is_one_author()
    {
        using var temp = new TempFolder();
        var path = temp.Write("one.markdown", "---\nauthors: Lena Marsh\n---\nText.\n");

        var document = Read.One(path);

        Assert.Equal(["Lena Marsh"], document.Authors);
        Assert.Equal("Text.\n", document.Text);
    }

    [Fact]
    public void Without_front_matter_the_whole_file_is_the_text()
    {
        using var temp = new TempFolder();
        const string text = "Plain title\n\n--- not front matter ---\nBody.";
        var path = temp.Write("plain.md", text);

        var document = Read.One(path);

        Assert.Equal(text, document.Text);
        Assert.Null(document.Title);
    }

    [Fact]
    public void Broken_yaml_is_a_failure_with_the_file_line()
    {
        using var temp = new TempFolder();
        var path = temp.Write("bad.md", "---\ntitle: fine\nauthors: [unclosed\n---\nBody.\n");

        var failure = Read.Failure(path);

        Assert.Equal(path, failure.Source);
        Assert.NotNull(failure.Line);
        Assert.InRange(failure.Line!.Value, 3, 5);
        Assert.StartsWith("front matter is not valid YAML", failure.Reason);
    }

    [Fact]
    public void A_published_value_that_is_not_a_date_is_a_failure()
    {
        using var temp = new TempFolder();
        var path = temp.Write("date.md", "---\npublished: last spring\n---\nBody.\n");

        Assert.Contains("'published' is not a date", Read.Failure(path).Reason);
    }

    [Fact]
    public void A_multi_line_published_value_is_quoted_on_one_line()
    {
        using var temp = new TempFolder();
        var path = temp.Write("date.md", "---\npublished: |\n  last\n  spring\n---\nBody.\n");

        var reason = Read.Failure(path).Reason;

        Assert.Contains("'published' is not a date: 'last spring'", reason);
        Assert.DoesNotContain('\n', reason);
    }

    [Fact]
    public void Front_matter_without_a_body_is_a_failure()
    {
        using var temp = new TempFolder();
        var path = temp.Write("empty-body.md", "---\ntitle: Only metadata\n---\n\n");

        Assert.Contains("no article text", Read.Failure(path).Reason);
    }
}
