using System.Xml;
using AngleSharp.Dom;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Parley.Ingest.Text;

/// <summary>
/// How deeply an input nests, measured without recursion and before the recursive parts of a reader run: a
/// page of a million nested elements would otherwise overflow the stack (which no handler can catch) or take
/// quadratic time to parse. Each check stops counting as soon as the limit is passed.
/// </summary>
internal static class Nesting
{
    /// <summary>Elements whose end tag HTML lets a page leave out; counting them would overstate the depth.</summary>
    private static readonly HashSet<string> OptionalEnd = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "tbody", "thead", "tfoot",
        "colgroup", "caption", "html", "head", "body",
    };

    /// <summary>Elements that never have content.</summary>
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
    };

    /// <summary>The failure message for an input nested past the limit.</summary>
    public static string TooDeep(string what, int limit) =>
        $"{what} nested more than {limit:N0} levels deep (the limit); this does not look like an article";

    /// <summary>True when JSON text nests objects and arrays deeper than <paramref name="limit"/>.</summary>
    public static bool JsonTooDeep(ReadOnlySpan<byte> json, int limit)
    {
        var (depth, inString, escaped) = (0, false, false);
        foreach (var b in json)
        {
            if (inString)
            {
                (inString, escaped) = escaped ? (true, false) : (b != (byte)'"', b == (byte)'\\');
            }
            else if (b == (byte)'"')
            {
                inString = true;
            }
            else if (b is (byte)'{' or (byte)'[' && ++depth > limit)
            {
                return true;
            }
            else if (b is (byte)'}' or (byte)']')
            {
                depth--;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the tags of an HTML text open more than <paramref name="limit"/> elements inside each other
    /// (counting only elements that must be closed, so it never overstates a well-formed page).
    /// </summary>
    public static bool HtmlTooDeep(string html, int limit)
    {
        var depth = 0;
        for (var i = html.IndexOf('<'); i >= 0 && i < html.Length - 1; i = html.IndexOf('<', i + 1))
        {
            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
            {
                end++;
            }

            if (end == start || !char.IsAsciiLetter(html[start]))
            {
                continue;
            }

            var name = html.AsSpan(start, end - start).ToString();
            if (OptionalEnd.Contains(name) || Void.Contains(name))
            {
                continue;
            }

            var tagEnd = html.IndexOf('>', end);
            if (!closing && tagEnd > 0 && html[tagEnd - 1] == '/')
            {
                continue;
            }

            depth = closing ? Math.Max(0, depth - 1) : depth + 1;
            if (depth > limit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a parsed tree is deeper than <paramref name="limit"/> (walked with a stack of its own).</summary>
    public static bool TreeTooDeep(INode root, int limit)
    {
        var pending = new Stack<(INode Node, int Depth)>();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > limit)
            {
                return true;
            }

            foreach (var child in node.ChildNodes)
            {
                pending.Push((child, depth + 1));
            }
        }

        return false;
    }

    /// <summary>True when XML elements nest deeper than <paramref name="limit"/>; a malformed document is left to the loader.</summary>
    public static bool XmlTooDeep(string xml, XmlReaderSettings settings, int limit)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            while (reader.Read())
            {
                if (reader.Depth > limit)
                {
                    return true;
                }
            }
        }
        catch (XmlException)
        {
            // Reported with its line by the loader that follows.
        }

        return false;
    }

    /// <summary>True when YAML mappings and sequences nest deeper than <paramref name="limit"/>; a YAML error is left to the loader.</summary>
    public static bool YamlTooDeep(string yaml, int limit)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case MappingStart or SequenceStart when ++depth > limit:
                        return true;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            // Reported by the loader that follows.
        }

        return false;
    }
}
