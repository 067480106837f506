using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Parley.Ingest.Metadata;
using Parley.Ingest.Text;

namespace Parley.Ingest.Readers;

/// <summary>
/// A saved web page. The text is the plain text of the main content (<c>article</c>, else <c>main</c>, else
/// <c>body</c>) without script, style, navigation, header, footer and aside, paragraphs joined by blank lines.
/// Metadata comes from Open Graph and article meta tags, JSON-LD, <c>&lt;title&gt;</c>, <c>h1</c> and
/// <c>&lt;time datetime&gt;</c>. Pages over <see cref="ReaderLimits.MaxDocumentBytes"/> are refused unparsed.
/// </summary>
public sealed class HtmlReader : IDocumentReader
{
    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm", ".xhtml"];

    /// <inheritdoc />
    public IEnumerable<ReadResult> Read(DocumentInput input, ReaderLimits limits)
    {
        if (!TextLoader.TryLoad(input, limits, out var html, out var failure))
        {
            return [failure!];
        }

        // Checked before parsing: a page nested a million deep takes quadratic time to parse and overflows the walk.
        if (Nesting.HtmlTooDeep(html, limits.MaxNestingDepth))
        {
            return [new ReadFailure(input.Source, null, Nesting.TooDeep("HTML elements", limits.MaxNestingDepth))];
        }

        using var page = HtmlText.Parse(html);
        if (Nesting.TreeTooDeep(page, limits.MaxNestingDepth + 4))
        {
            return [new ReadFailure(input.Source, null, Nesting.TooDeep("HTML elements", limits.MaxNestingDepth))];
        }

        var text = HtmlText.Extract(MainContent(page));
        if (string.IsNullOrWhiteSpace(text))
        {
            return [new ReadFailure(input.Source, null, "no article text in the page (empty body after removing scripts and navigation)")];
        }

        var ld = LinkedData.From(page);
        var outlet = Meta(page, "og:site_name") ?? ld.Publisher;
        var authors = AuthorsFrom(page, ld);
        return
        [
            new ReadSuccess(new Parley.Model.Document
            {
                Id = input.DefaultId,
                Text = text,
                Title = Title(page, ld, outlet),
                Outlet = outlet,
                Authors = authors,
                Published = Published(page, ld),
                Url = Attribute(page, "link[rel=canonical]", "href") ?? Meta(page, "og:url"),
                Source = input.Source,
                Format = Format,
            }),
        ];
    }

    private static INode MainContent(IHtmlDocument page)
    {
        var articles = page.QuerySelectorAll("article");
        if (articles.Length > 0)
        {
            return articles.MaxBy(a => a.TextContent.Length)!;
        }

        return page.QuerySelector("main, [role=main]") ?? (INode?)page.Body ?? page;
    }

    private static string? Title(IHtmlDocument page, LinkedData ld, string? outlet)
    {
        if (Meta(page, "og:title") is { } og)
        {
            return og;
        }

        if (ld.Headline is { } headline)
        {
            return headline;
        }

        if (HtmlText.Collapse(page.Title) is { } title)
        {
            // "Headline | Site" or "Headline - Site": drop the site name when it is the known outlet.
            foreach (var separator in new[] { " | ", " - ", " – ", " — " })
            {
                var cut = title.LastIndexOf(separator, StringComparison.Ordinal);
                if (cut > 0 && outlet is not null && title[(cut + separator.Length)..].Trim().Equals(outlet, StringComparison.OrdinalIgnoreCase))
                {
                    return title[..cut].Trim();
                }
            }

            return title;
        }

        return HtmlText.Collapse(page.QuerySelector("h1")?.TextContent);
    }

    private static List<string> AuthorsFrom(IHtmlDocument page, LinkedData ld)
    {
        var fromMeta = page.QuerySelectorAll("meta[name=author], meta[property='article:author']")
            .Select(m => HtmlText.Collapse(m.GetAttribute("content")))
            .OfType<string>()
            .Where(a => !a.Contains("://", StringComparison.Ordinal))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return fromMeta.Count > 0 ? fromMeta : ld.Authors;
    }

    private static Parley.Time.DateRange? Published(IHtmlDocument page, LinkedData ld)
    {
        var candidates = new[]
        {
            Meta(page, "article:published_time"),
            ld.DatePublished,
            Attribute(page, "meta[itemprop=datePublished]", "content"),
            Attribute(page, "time[datetime]", "datetime"),
        };
        return candidates.Select(DatePatterns.ParseMetadata).FirstOrDefault(d => d is not null);
    }

    private static string? Meta(IHtmlDocument page, string key) =>
        HtmlText.Collapse(page.QuerySelectorAll("meta")
            .FirstOrDefault(m => string.Equals(m.GetAttribute("property") ?? m.GetAttribute("name"), key, StringComparison.OrdinalIgnoreCase))
            ?.GetAttribute("content"));

    private static string? Attribute(IHtmlDocument page, string selector, string attribute) =>
        HtmlText.Collapse(page.QuerySelector(selector)?.GetAttribute(attribute));

    /// <summary>The fields Parley reads from a page's JSON-LD (schema.org) blocks.</summary>
    private sealed record LinkedData(string? Headline, string? Publisher, List<string> Authors, string? DatePublished)
    {
        public static LinkedData From(IHtmlDocument page)
        {
            var objects = new List<JsonElement>();
            foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
            {
                try
                {
                    using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                    Collect(json.RootElement.Clone(), objects);
                }
                catch (JsonException)
                {
                    // A broken JSON-LD block is common on the web; the page is still readable.
                }
            }

            // Prefer the article object; fall back to any object that has the field.
            var ordered = objects.OrderBy(o => IsArticle(o) ? 0 : 1).ToList();
            string? First(Func<JsonElement, string?> pick) => ordered.Select(pick).FirstOrDefault(v => v is not null);

            return new LinkedData(
                First(o => HtmlText.Collapse(StringProperty(o, "headline"))),
                First(o => o.TryGetProperty("publisher", out var p) ? HtmlText.Collapse(NameOf(p)) : null),
                ordered.Select(o => o.TryGetProperty("author", out var a) ? Names(a) : []).FirstOrDefault(n => n.Count > 0) ?? [],
                First(o => HtmlText.Collapse(StringProperty(o, "datePublished"))));
        }

        private static void Collect(JsonElement element, List<JsonElement> into)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, into);
                }
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                into.Add(element);
                if (element.TryGetProperty("@graph", out var graph))
                {
                    Collect(graph, into);
                }
            }
        }

        private static bool IsArticle(JsonElement o)
        {
            if (!o.TryGetProperty("@type", out var type))
            {
                return false;
            }

            var types = type.ValueKind == JsonValueKind.Array
                ? type.EnumerateArray().Select(t => t.ValueKind == JsonValueKind.String ? t.GetString() : null)
                : [type.ValueKind == JsonValueKind.String ? type.GetString() : null];
            return types.Any(t => t is not null && (t.EndsWith("Article", StringComparison.OrdinalIgnoreCase)
                                                     || t is "BlogPosting" or "Report" or "ReportageNews" or "AnalysisNewsArticle"));
        }

        private static string? StringProperty(JsonElement o, string name) =>
            o.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        private static string? NameOf(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object => StringProperty(value, "name"),
            JsonValueKind.Array => value.EnumerateArray().Select(NameOf).FirstOrDefault(n => n is not null),
            _ => null,
        };

        private static List<string> Names(JsonElement value) => value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Select(v => HtmlText.Collapse(NameOf(v))).OfType<string>()]
            : HtmlText.Collapse(NameOf(value)) is { } one ? [one] : [];
    }
}
