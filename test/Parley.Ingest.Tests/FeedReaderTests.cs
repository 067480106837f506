using Parley.Model;

namespace Parley.Ingest.Tests;

public class FeedReaderTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Lakeside Wire</title>
            <link>https://example.org/</link>
            <item>
              <title>Ferry line restored</title>
              <link>https://example.org/ferry</link>
              <pubDate>Wed, 22 Mar 2023 10:00:00 +0400</pubDate>
              <dc:creator>Tom Veld</dc:creator>
              <description>Short teaser</description>
              <content:encoded><![CDATA[<p>The ferry <b>sailed</b> again.</p><p>Crews cheered.</p>]]></content:encoded>
            </item>
            <item>
              <title>Grain convoy waits</title>
              <link>https://example.org/grain</link>
              <description>&lt;p&gt;Trucks &amp;amp; drivers waited at the border.&lt;/p&gt;</description>
            </item>
          </channel>
        </rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Hillside Dispatch</title>
          <entry>
            <title>Border commission meets</title>
            <link rel="alternate" href="https://example.org/commission"/>
            <id>urn:example:1</id>
            <published>2024-04-19T08:00:00Z</published>
            <author><name>Nora Quist</name></author>
            <content type="html">&lt;p&gt;The commission met.&lt;/p&gt;&lt;p&gt;It will meet again.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>Plain summary</title>
            <link href="https://example.org/summary"/>
            <updated>2024-04-20T08:00:00Z</updated>
            <summary type="text">Only a plain summary.</summary>
          </entry>
        </feed>
        """;

    [Fact]
    public void Reads_rss_items_as_documents()
    {
        using var temp = new TempFolder();
        var path = temp.Write("wire.rss", Rss);

        var documents = Read.File(path).Select(r => r.Document!).ToList();

        Assert.Equal(2, documents.Count);
        var ferry = documents[0];
        Assert.Equal(ContentHashing.ShortId("https://example.org/ferry"), ferry.Id);
        Assert.Equal("The ferry sailed again.\n\nCrews cheered.", ferry.Text);
        Assert.Equal("Ferry line restored", ferry.Title);
        Assert.Equal("Lakeside Wire", ferry.Outlet);
        Assert.Equal("https://example.org/ferry", ferry.Url);
        Assert.Equal("2023-03-22", ferry.Published?.ToString());
        Assert.Equal(["Tom Veld"], ferry.Authors);
        Assert.Equal(path + "#https://example.org/ferry", ferry.Source);
        Assert.Equal("rss", ferry.Format);
        Assert.Equal("Trucks & drivers waited at the border.", documents[1].Text);
    }

    [Fact]
    public void Reads_atom_entries_as_documents()
    {
        using var temp = new TempFolder();
        var path = temp.Write("hill.atom", Atom);

        var documents = Read.File(path).Select(r => r.Document!).ToList();

        Assert.Equal(2, documents.Count);
        Assert.Equal("The commission met.\n\nIt will meet again.", documents[0].Text);
        Assert.Equal("Hillside Dispatch", documents[0].Outlet);
        Assert.Equal("2024-04-19", documents[0].Published?.ToString());
        Assert.Equal(["Nora Quist"], documents[0].Authors);
        Assert.Equal("atom", documents[0].Format);
        Assert.Equal(ContentHashing.ShortId("https://example.org/commission"), documents[0].Id);
        Assert.Equal("Only a plain summary.", documents[1].Text);
        Assert.Equal("2024-04-20", documents[1].Published?.ToString());
    }

    [Theory]
    [InlineData(Rss, "rss")]
    [InlineData(Atom, "atom")]
    public void Xml_files_are_sniffed_by_root_element(string xml, string format)
    {
        using var temp = new TempFolder();
        var path = temp.Write("feed.xml", xml);

        Assert.All(Read.File(path), r => Assert.Equal(format, r.Document?.Format));
    }

    [Fact]
    public void Xml_that_is_not_a_feed_is_a_failure()
    {
        using var temp = new TempFolder();
        var path = temp.Write("config.xml", "<configuration><item>not a feed</item></configuration>");

        Assert.Equal("not an RSS or Atom feed (root element <configuration>)", Read.Failure(path).Reason);
    }

    [Fact]
    public void A_feed_without_items_is_a_failure()
    {
        using var temp = new TempFolder();
        var path = temp.Write("quiet.rss", "<rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>");

        Assert.Equal("RSS feed with no items", Read.Failure(path).Reason);
    }

    [Fact]
    public void Malformed_xml_is_a_failure_with_its_line()
    {
        using var temp = new TempFolder();
        var path = temp.Write("broken.rss", "<rss>\n<channel>\n<item><title>x</item>\n</channel></rss>");

        var failure = Read.Failure(path);

        Assert.Equal(3, failure.Line);
        Assert.StartsWith("not well-formed XML", failure.Reason);
    }

    [Fact]
    public void An_item_without_text_or_link_fails_alone()
    {
        using var temp = new TempFolder();
        var path = temp.Write("partial.rss", """
            <rss version="2.0"><channel><title>T</title>
            <item><title>No link</title><description>Text.</description></item>
            <item><title>No text</title><link>https://example.org/empty</link></item>
            <item><title>Good</title><link>https://example.org/good</link><description>Body.</description></item>
            </channel></rss>
            """);

        var results = Read.File(path);

        Assert.Equal(3, results.Count);
        Assert.Equal("item 1 ('No link') has no link or id", results[0].Failure?.Reason);
        Assert.Equal("item 2 ('No text') has no content or description", results[1].Failure?.Reason);
        Assert.Equal("Body.", results[2].Document?.Text);
    }
}
