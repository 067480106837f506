using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Parley.Export.Brief;
using Parley.Export.Views;
using Parley.Model;
using Parley.Time;

namespace Parley.Export.Tests;

public sealed class BriefTests
{
    private static readonly DateRange May = DateRange.Month(2023, 5);

    private static (ParleyRecord Record, SituationBrief Brief) Build()
    {
        var record = SampleRecord.Create();
        return (record, new BriefBuilder().Build(new RecordView(record), May, null));
    }

    private static string Render(IBriefRenderer renderer, SituationBrief brief)
    {
        using var text = new StringWriter();
        renderer.Render(brief, text);
        return text.ToString();
    }

    [Fact]
    public void Every_statement_cites_quotes_that_are_stored_and_exact_substrings_of_their_documents()
    {
        var (record, brief) = Build();
        var stored = SampleRecord.StoredQuotes(record);
        var statements = brief.Sections.SelectMany(s => s.Statements).ToList();
        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.NotEmpty(s.Citations));
        Assert.All(brief.Citations, c =>
        {
            Assert.Equal(stored[(c.DocumentId, c.Start, c.End)], c.Quote);
            Assert.Equal(record.Documents.Single(d => d.Id == c.DocumentId).Text[c.Start..c.End], c.Quote);
        });
    }

    [Fact]
    public void The_brief_lists_dated_events_in_order_disagreements_and_moving_positions()
    {
        var (_, brief) = Build();
        var events = brief.Sections[0].Statements.Select(s => s.Parts[0].Text).ToList();
        Assert.Equal(2, events.Count); // the undated appointment is not an event of May
        Assert.StartsWith("2023-05-03 to 2023-05-04: Ardania and Belmor met, mediated by Northern Union in Castelford", events[0], StringComparison.Ordinal);
        Assert.StartsWith("2023-05-06: An armed clash was reported involving Belmor against Ardania in Dunmere", events[1], StringComparison.Ordinal);
        Assert.Equal(2, brief.Sections[1].Statements.Count);
        var ardania = brief.Sections[2].Statements.Single(s => s.Group == "Ardania");
        Assert.Contains("moved from supports to opposes", ardania.Parts[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_without_events_leaves_the_sections_empty_with_their_notes()
    {
        var brief = new BriefBuilder().Build(new RecordView(SampleRecord.Create() with { Events = [], Contradictions = [], Positions = [] }), May, "corridor");
        Assert.All(brief.Sections, s => Assert.Empty(s.Statements));
        Assert.Contains("no contradiction", Render(new MarkdownBriefRenderer(), brief), StringComparison.Ordinal);
        Assert.Contains("topic corridor", brief.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_brief_links_every_list_item_to_an_anchored_quote_that_reads_back_verbatim()
    {
        var (record, brief) = Build();
        var markdown = Render(new MarkdownBriefRenderer(), brief);
        var doc = Markdown.Parse(markdown);

        // The quotes: an anchor line, then the quote as a block quote whose text is the stored quote.
        var anchors = new Dictionary<string, string>(StringComparer.Ordinal);
        var blocks = doc.ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is ParagraphBlock p && p.Inline?.FirstChild is HtmlInline { Tag: var tag } && tag.StartsWith("<a id=\"", StringComparison.Ordinal))
            {
                var id = tag["<a id=\"".Length..tag.IndexOf('"', 7)];
                var quote = Assert.IsType<QuoteBlock>(blocks[i + 1]);
                anchors[id] = PlainText(quote);
            }
        }

        Assert.Equal(brief.Citations.Count, anchors.Count);
        var stored = SampleRecord.StoredQuotes(record).Values.Select(Collapse).ToHashSet();
        Assert.All(anchors.Values, q => Assert.Contains(q, stored));

        var items = doc.Descendants<ListItemBlock>().ToList();
        Assert.Equal(brief.Sections.Sum(s => s.Statements.Count), items.Count);
        foreach (var item in items)
        {
            var links = item.Descendants<LinkInline>().Where(l => !l.IsImage).ToList();
            Assert.NotEmpty(links);
            Assert.All(links, l => Assert.True(anchors.ContainsKey(l.Url!.TrimStart('#')), $"{l.Url} has no quote"));
        }

        // Article text cannot inject markup: rendered to HTML, the script tag and the link stay text.
        var html = Markdown.ToHtml(markdown);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"http://x\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<em>bold</em>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_brief_escapes_all_text_and_links_each_statement_to_a_stored_quote()
    {
        var (record, brief) = Build();
        var html = Render(new HtmlBriefRenderer(), brief);
        var doc = new HtmlParser().ParseDocument(html);

        Assert.Empty(doc.QuerySelectorAll("script"));
        Assert.DoesNotContain(doc.QuerySelectorAll("a"), a => a.GetAttribute("href") == "http://x");
        Assert.Contains("<Wire>", doc.Body!.TextContent, StringComparison.Ordinal); // the outlet's name, shown as text

        var stored = SampleRecord.StoredQuotes(record);
        var statements = doc.QuerySelectorAll("li.statement");
        Assert.Equal(brief.Sections.Sum(s => s.Statements.Count), statements.Length);
        foreach (var li in statements)
        {
            var cites = li.QuerySelectorAll("a.cite");
            Assert.NotEmpty(cites);
            foreach (var a in cites)
            {
                var target = doc.GetElementById(a.GetAttribute("href")!.TrimStart('#'));
                Assert.NotNull(target);
                var quote = target!.QuerySelector("blockquote")!.TextContent;
                Assert.Contains(quote, stored.Values);
            }
        }
    }

    [Theory]
    [InlineData("*x* [y](z) <b>", "\\*x\\* \\[y\\](z) \\<b\\>")]
    [InlineData("- item", "\\- item")]
    [InlineData("1975. Year", "1975\\. Year")]
    [InlineData("a\n\nb", "a b")]
    public void Markdown_escaping_keeps_text_literal(string text, string escaped) =>
        Assert.Equal(escaped, MarkdownBriefRenderer.Escape(text));

    private static string Collapse(string text) => string.Join(' ', text.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private static string PlainText(ContainerBlock block) => Collapse(string.Concat(block.Descendants<LiteralInline>().Select(l => l.Content.ToString())));
}
