namespace Parley.Ingest.Tests;

public class HtmlReaderTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head>
          <title>Harbour talks resume | Coastline Herald</title>
          <meta property="og:title" content="Harbour talks resume after a pause">
          <meta property="og:site_name" content="Coastline Herald">
          <meta name="author" content="Mira Holt">
          <meta property="article:published_time" content="2024-02-05T09:30:00+04:00">
          <link rel="canonical" href="https://example.org/harbour">
          <style>p { color: red }</style>
        </head>
        <body>
          <nav><a href="/">Home</a> <a href="/world">World</a></nav>
          <header><h1>Site banner</h1></header>
          <article>
            <h1>Harbour talks resume</h1>
            <p>The two   delegations met
               on Monday &amp; agreed to meet again.</p>
            <script>track('view');</script>
            <aside>Read also: an unrelated story</aside>
            <p>A second paragraph<br>with a line break.</p>
            <ul><li>First point</li><li>Second point</li></ul>
          </article>
          <footer>Copyright notice</footer>
        </body></html>
        """;

    [Fact]
    public void Extracts_article_text_as_paragraphs_without_page_furniture()
    {
        using var temp = new TempFolder();
        var path = temp.Write("harbour.html", Page);

        var document = Read.One(path);

        Assert.Equal(
            "Harbour talks resume\n\nThe two delegations met on Monday & agreed to meet again.\n\nA second paragraph\nwith a line break.\n\nFirst point\n\nSecond point",
            document.Text);
        Assert.Equal("harbour", document.Id);
        Assert.Equal("html", document.Format);
    }

    [Fact]
    public void Reads_open_graph_and_article_meta()
    {
        using var temp = new TempFolder();
        var document = Read.One(temp.Write("harbour.htm", Page));

        Assert.Equal("Harbour talks resume after a pause", document.Title);
        Assert.Equal("Coastline Herald", document.Outlet);
        Assert.Equal(["Mira Holt"], document.Authors);
        Assert.Equal("2024-02-05", document.Published?.ToString());
        Assert.Equal("https://example.org/harbour", document.Url);
    }

    [Fact]
    public void Falls_back_to_json_ld_then_title_element()
    {
        using var temp = new TempFolder();
        var path = temp.Write("ld.html", """
            <html><head><title>Valley accord signed - Ridge Times</title>
            <script type="application/ld+json">{ "@context": "https://schema.org", "@graph": [
              { "@type": "WebSite", "name": "Ridge Times site" },
              { "@type": "NewsArticle", "datePublished": "2022-11-30",
                "author": [ { "@type": "Person", "name": "Ola Berg" }, { "name": "Sam Reyes" } ],
                "publisher": { "@type": "Organization", "name": "Ridge Times" } } ] }</script>
            <script type="application/ld+json">{ broken json</script>
            </head><body><main><p>Body of the page.</p></main><p>Outside main.</p></body></html>
            """);

        var document = Read.One(path);

        Assert.Equal("Valley accord signed", document.Title);
        Assert.Equal("Ridge Times", document.Outlet);
        Assert.Equal(["Ola Berg", "Sam Reyes"], document.Authors);
        Assert.Equal("2022-11-30", document.Published?.ToString());
        Assert.Equal("Body of the page.", document.Text);
    }

    [Fact]
    public void Uses_h1_and_time_element_and_the_body_when_nothing_else_is_there()
    {
        using var temp = new TempFolder();
        var path = temp.Write("bare.html", """
            <html><body><h1>Bridge reopens</h1><time datetime="2021-06-01">1 June</time><div>Traffic resumed.</div></body></html>
            """);

        var document = Read.One(path);

        Assert.Equal("Bridge reopens", document.Title);
        Assert.Equal("2021-06-01", document.Published?.ToString());
        Assert.Equal("Bridge reopens\n\n1 June\n\nTraffic resumed.", document.Text);
    }

    [Fact]
    public void A_page_without_text_is_a_failure()
    {
        using var temp = new TempFolder();
        var path = temp.Write("empty.html", "<html><body><nav>Menu</nav><script>x()</script></body></html>");

        Assert.Contains("no article text", Read.Failure(path).Reason);
    }

    [Fact]
    public void A_page_over_the_size_limit_is_refused_without_reading_it()
    {
        using var temp = new TempFolder();
        var path = System.IO.Path.Combine(temp.Path, "huge.html");
        using (var file = File.Create(path))
        {
            file.SetLength(50L * 1024 * 1024); // sparse: 50 MB on paper, nothing to parse
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var failure = Read.Failure(path);
        watch.Stop();

        Assert.Equal(path, failure.Source);
        Assert.Equal("too large (50 MB, limit 20 MB); not read", failure.Reason);
        Assert.True(watch.ElapsedMilliseconds < 1000, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void A_stream_over_the_limit_is_refused_while_reading()
    {
        var html = "<html><body><p>" + new string('a', 5000) + "</p></body></html>";
        var input = DocumentInput.FromStream(() => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(html)));

        var result = Assert.Single(new Readers.HtmlReader().Read(input, new ReaderLimits(MaxDocumentBytes: 1000)));

        Assert.Equal("stdin: too large (over the limit of 1000 bytes); not read", result.Failure?.Message);
    }
}
