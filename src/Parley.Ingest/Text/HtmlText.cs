using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Parley.Ingest.Text;

/// <summary>
/// Plain text from HTML, the way a reader sees the page: block elements become paragraphs joined by blank
/// lines, white space collapses as a browser collapses it, <c>&lt;br&gt;</c> is a line break, <c>&lt;pre&gt;</c>
/// keeps its line breaks. Script, style, navigation, header, footer and aside are left out.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "nav", "header", "footer", "aside", "noscript", "template", "svg", "iframe", "head", "button", "select",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "blockquote", "body", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "li", "main", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption",
    };

    /// <summary>Parses an HTML document (or fragment).</summary>
    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>An attribute or short element value with its white space collapsed; null when blank.</summary>
    public static string? Collapse(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Split((char[])[' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The plain text of an HTML fragment (a feed item's description).</summary>
    public static string FromFragment(string html)
    {
        using var document = Parse(html);
        return document.Body is { } body ? Extract(body) : "";
    }

    /// <summary>The plain text under <paramref name="root"/>.</summary>
    public static string Extract(INode root)
    {
        var walker = new Walker();
        walker.Visit(root, preformatted: false);
        walker.Flush();
        return string.Join("\n\n", walker.Paragraphs);
    }

    private sealed class Walker
    {
        private readonly StringBuilder _current = new();

        public List<string> Paragraphs { get; } = [];

        public void Visit(INode node, bool preformatted)
        {
            switch (node)
            {
                case IText text:
                    Append(text.Data, preformatted);
                    break;
                case IElement element when Skipped.Contains(element.LocalName):
                    break;
                case IElement { LocalName: "br" }:
                    _current.Append('\n');
                    break;
                case IElement element:
                    var block = Blocks.Contains(element.LocalName);
                    if (block)
                    {
                        Flush();
                    }

                    var pre = preformatted || element.LocalName is "pre" or "textarea";
                    foreach (var child in element.ChildNodes)
                    {
                        Visit(child, pre);
                    }

                    if (block)
                    {
                        Flush();
                    }

                    break;
                default:
                    foreach (var child in node.ChildNodes)
                    {
                        Visit(child, preformatted);
                    }

                    break;
            }
        }

        public void Flush()
        {
            var lines = _current.ToString().Split('\n').Select(l => l.Trim(' ')).ToList();
            _current.Clear();
            while (lines.Count > 0 && lines[0].Length == 0)
            {
                lines.RemoveAt(0);
            }

            while (lines.Count > 0 && lines[^1].Length == 0)
            {
                lines.RemoveAt(lines.Count - 1);
            }

            if (lines.Count > 0)
            {
                Paragraphs.Add(string.Join('\n', lines));
            }
        }

        private void Append(string text, bool preformatted)
        {
            if (preformatted)
            {
                _current.Append(text.Replace("\r\n", "\n"));
                return;
            }

            foreach (var c in text)
            {
                // HTML white space (not U+00A0, which is content) collapses to one space.
                if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    if (_current.Length > 0 && _current[^1] is not (' ' or '\n'))
                    {
                        _current.Append(' ');
                    }
                }
                else
                {
                    _current.Append(c);
                }
            }
        }
    }
}
