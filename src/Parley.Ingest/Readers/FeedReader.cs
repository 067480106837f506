using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Parley.Ingest.Metadata;
using Parley.Ingest.Text;
using Parley.Model;

namespace Parley.Ingest.Readers;

/// <summary>
/// RSS (2.0, and 0.9x/1.0 alike) and Atom feeds, told apart by the root element, so <c>.xml</c> files are
/// sniffed. One document an item: its text is the item's content (or description, or summary) with HTML
/// stripped, its id a hash of its link, its outlet the feed's title. Documents get the format "rss" or "atom".
/// </summary>
public sealed class FeedReader : IDocumentReader
{
    private const string ContentModule = "http://purl.org/rss/1.0/modules/content/";

    /// <inheritdoc />
    public string Format => "feed";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".rss", ".atom", ".xml"];

    /// <inheritdoc />
    public IEnumerable<ReadResult> Read(DocumentInput input, ReaderLimits limits)
    {
        if (!TextLoader.TryLoad(input, limits, out var xml, out var failure))
        {
            return [failure!];
        }

        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersFromEntities = 0 };
        if (Nesting.XmlTooDeep(xml, settings, limits.MaxNestingDepth))
        {
            return [new ReadFailure(input.Source, null, Nesting.TooDeep("XML elements", limits.MaxNestingDepth))];
        }

        XDocument feed;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            feed = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            return [new ReadFailure(input.Source, e.LineNumber > 0 ? e.LineNumber : null, $"not well-formed XML: {TextLoader.OneLine(e.Message)}")];
        }

        var root = feed.Root!;
        var (format, items, channel) = root.Name.LocalName switch
        {
            "rss" => ("rss", root.Elements().Where(e => e.Name.LocalName == "channel").Elements().Where(IsItem).ToList(), root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel")),
            "RDF" => ("rss", root.Elements().Where(IsItem).ToList(), root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel")),
            "feed" => ("atom", root.Elements().Where(e => e.Name.LocalName == "entry").ToList(), root),
            _ => ("", [], null),
        };

        if (format.Length == 0)
        {
            return [new ReadFailure(input.Source, null, $"not an RSS or Atom feed (root element <{root.Name.LocalName}>)")];
        }

        if (items.Count == 0)
        {
            return [new ReadFailure(input.Source, null, $"{format.ToUpperInvariant()} feed with no items")];
        }

        var outlet = Child(channel, "title") is { } t ? HtmlText.Collapse(t.Value) : null;
        return items.Select((item, index) => ReadItem(input, format, outlet, item, index + 1, limits.MaxNestingDepth)).ToList();
    }

    private static bool IsItem(XElement e) => e.Name.LocalName == "item";

    private static ReadResult ReadItem(DocumentInput input, string format, string? outlet, XElement item, int number, int maxDepth)
    {
        try
        {
            return ReadItemText(input, format, outlet, item, number, maxDepth);
        }
        catch (ItemTooDeepException)
        {
            var line = ((IXmlLineInfo)item).HasLineInfo() ? ((IXmlLineInfo)item).LineNumber : (int?)null;
            return new ReadFailure(input.Source, line, $"item {number.ToString(CultureInfo.InvariantCulture)}: " + Nesting.TooDeep("its HTML", maxDepth));
        }
    }

    /// <summary>An item's HTML nests past the limit (caught per item, so the feed's other items are still read).</summary>
    private sealed class ItemTooDeepException : Exception;

    private static ReadResult ReadItemText(DocumentInput input, string format, string? outlet, XElement item, int number, int maxDepth)
    {
        var line = ((IXmlLineInfo)item).HasLineInfo() ? ((IXmlLineInfo)item).LineNumber : (int?)null;
        var title = Child(item, "title") is { } t ? HtmlText.Collapse(ItemText(t, format, maxDepth)) : null;
        var link = Link(item, format);
        var guid = HtmlText.Collapse(Child(item, format == "atom" ? "id" : "guid")?.Value);
        var key = link ?? guid;
        var label = $"item {number.ToString(CultureInfo.InvariantCulture)}" + (title is null ? "" : $" ('{title}')");
        if (key is null)
        {
            return new ReadFailure(input.Source, line, $"{label} has no link or id");
        }

        var body = format == "atom"
            ? Child(item, "content") ?? Child(item, "summary")
            : item.Element(XName.Get("encoded", ContentModule)) ?? Child(item, "description");
        var text = body is null ? "" : ItemText(body, format, maxDepth);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ReadFailure($"{input.Source}#{key}", line, $"{label} has no content or description");
        }

        var dateText = HtmlText.Collapse(Child(item, format == "atom" ? "published" : "pubDate")?.Value
                                ?? Child(item, format == "atom" ? "updated" : "date")?.Value);
        var authors = format == "atom"
            ? item.Elements().Where(e => e.Name.LocalName == "author").Select(a => HtmlText.Collapse(Child(a, "name")?.Value))
            : item.Elements().Where(e => e.Name.LocalName is "creator" or "author").Select(a => HtmlText.Collapse(a.Value));

        return new ReadSuccess(new Document
        {
            Id = ContentHashing.ShortId(key),
            Text = text,
            Title = title,
            Outlet = outlet,
            Url = link,
            Published = DatePatterns.ParseMetadata(dateText),
            Authors = [.. authors.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)],
            Source = $"{input.Source}#{key}",
            Format = format,
        });
    }

    private static string? Link(XElement item, string format)
    {
        if (format != "atom")
        {
            return HtmlText.Collapse(Child(item, "link")?.Value);
        }

        var links = item.Elements().Where(e => e.Name.LocalName == "link").ToList();
        var alternate = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault();
        return HtmlText.Collapse((string?)alternate?.Attribute("href"));
    }

    /// <summary>Plain text of a feed text element: HTML unless Atom says <c>type="text"</c>; XHTML is serialised first.</summary>
    private static string ItemText(XElement element, string format, int maxDepth)
    {
        if (format != "atom" || (string?)element.Attribute("type") == "html")
        {
            if (Nesting.HtmlTooDeep(element.Value, maxDepth))
            {
                throw new ItemTooDeepException();
            }
        }

        var type = format == "atom" ? (string?)element.Attribute("type") ?? "text" : "html";
        return type switch
        {
            "text" => element.Value.Trim(),
            "xhtml" => HtmlText.FromFragment(string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)))),
            _ => HtmlText.FromFragment(element.Value),
        };
    }

    private static XElement? Child(XElement? parent, string localName) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == localName);
}
