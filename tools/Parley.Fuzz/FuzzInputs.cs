using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Parley.Fuzz;

/// <summary>
/// Generators of hostile inputs: seed documents of each format (prose written for the fuzzer) broken by
/// structure-aware mutations (format tokens inserted, ranges deleted or repeated, deep nesting, bad UTF-8,
/// control characters), mixed with plain random bytes. The same generators feed the test suite's FsCheck
/// properties and the long fuzz run.
/// </summary>
public static class FuzzInputs
{
    private static readonly string[] Prose =
    [
        "The foreign ministers of the two countries met in Washington on 4 May 2023 and agreed to keep talking.",
        "A convoy of twelve trucks carrying flour waited at the checkpoint for a third day, officials said.",
        "Two soldiers were wounded in an exchange of fire near the border village late on Tuesday, the ministry said.",
        "The prime minister told parliament that a peace treaty could be signed before the end of the year.",
        "Mediators from the European Union proposed a new round of border delimitation talks in Brussels.",
        "Residents said the road had been closed since December and that fuel was running out.",
    ];

    /// <summary>Tokens that mean something to one of the formats, spliced in at random places.</summary>
    private static readonly string[] Tokens =
    [
        "<", ">", "</", "/>", "<div>", "</div>", "<p>", "</p>", "<article>", "<script>", "</script>", "<!--", "-->",
        "<![CDATA[", "]]>", "&amp;", "&#0;", "&#xD800;", "&nbsp;", "&bogus;", "<meta property=\"og:title\" content=\"",
        "<time datetime=\"", "<script type=\"application/ld+json\">", "{", "}", "[", "]", "\"", "\\", "\\u0000",
        "\\ud800", ":", ",", "null", "true", "1e999", "-0", "\"text\":", "\"published\":", "\"authors\":[", "---", "...",
        "\n---\n", "title: ", "published: ", "authors:\n  - ", "? ", "!!binary ", "&a ", "*a", "|", ">-", "\t", "\r\n",
        "\n", "\u2028", "\u202e", "\ufeff", "\ufffd", "\u0000", "\u0007", "<item>", "</item>", "<entry>", "<title>",
        "<link>", "<guid>", "<description>", "<pubDate>", "<![CDATA[<p>", "<!DOCTYPE x [<!ENTITY e \"x\">]>", "&e;",
        "2023-02-30", "31/12/2023", "13.13.2023", "Feb 29, 2023", "0000-00-00", "99999-01-01", "2023-W01", "Mon, 32 Jan 2023",
        "December", "Sept.", "  ", "By ", "BAKU, ", "YEREVAN (Reuters) - ", "id: ", "- id: ", "aliases: [", "roles:\n  - title: ",
    ];

    /// <summary>Seed documents per format name ("txt", "md", "html", "jsonl", "feed", "date", "pack").</summary>
    public static IReadOnlyList<string> Seeds(string format) => format switch
    {
        "txt" => [Article(0), "BAKU, March 3, 2023 - " + Article(1), "Headline\nBy Jane Roe\n14 May 2021 | 09:34 AM UTC\n\n" + Article(2)],
        "md" => [$"---\ntitle: Talks\npublished: 2023-05-04\nauthors: [Jane Roe, John Doe]\noutlet: Example News\n---\n{Article(0)}",
                 $"---\ntitle: \"Quoted: title\"\ndate: May 4, 2023\nauthor: Jane Roe\n---\n\n# Heading\n\n{Article(3)}", Article(4)],
        "html" => [$"<html><head><title>Talks | Example</title><meta property=\"og:site_name\" content=\"Example\"><meta property=\"article:published_time\" content=\"2023-05-04T10:00:00Z\"></head><body><nav>menu</nav><article><h1>Talks</h1><p>{Article(0)}</p><p>{Article(1)}</p></article></body></html>",
                   $"<html><head><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":\"Talks\",\"author\":[{{\"name\":\"Jane Roe\"}}],\"datePublished\":\"2023-05-04\"}}</script></head><body><main><p>{Article(2)}</p><time datetime=\"2023-05-04\">May 4</time></main></body></html>"],
        "jsonl" => [$"{{\"id\":\"a1\",\"text\":\"{Article(0)}\",\"title\":\"Talks\",\"published\":\"2023-05-04\",\"authors\":[\"Jane Roe\"]}}\n{{\"text\":\"{Article(1)}\",\"outlet\":\"Example\",\"url\":\"https://example.org/a\"}}\n"],
        "feed" => [$"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Example</title><item><title>Talks</title><link>https://example.org/1</link><pubDate>Thu, 04 May 2023 10:00:00 +0400</pubDate><description>&lt;p&gt;{Article(0)}&lt;/p&gt;</description></item></channel></rss>",
                   $"<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Example</title><entry><title>Talks</title><link href=\"https://example.org/2\"/><id>urn:2</id><published>2023-05-04</published><author><name>Jane Roe</name></author><content type=\"html\">&lt;p&gt;{Article(1)}&lt;/p&gt;</content></entry></feed>"],
        "date" => ["March 22 2023", "March 22, 2023", "Mar. 22, 2023", "22 March 2023", "10/13/2023", "10.11.2020", "2023-03-22",
                   "2023-03-22T10:00:00+04:00", "Wed, 22 Mar 2023 10:00:00 +0400", "14 May 2021 | 09:34 AM UTC", "2023", "2023-03",
                   "Published on Tuesday, 3 October 2023 at 10:15"],
        "pack" => [PackSeed],
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "no seeds for this format"),
    };

    /// <summary>A pack file exercising each top-level key the loader knows.</summary>
    public const string PackSeed = """
        entities:
          - id: ruritania
            kind: state
            name: Ruritania
            aliases: [Republic of Ruritania]
            demonyms: [Ruritanian]
        people:
          - id: jane-roe
            name: Jane Roe
            aliases: [J. Roe]
            surnames: [Roe]
            side: ruritania
            roles:
              - title: Foreign Minister
                of: ruritania
                from: 2020-01-01
                until: null
        places:
          - id: strelsau
            name: Strelsau
            aliases: [Strelsaw]
            country: ruritania
            lat: 50.1
            lon: 14.4
        topics:
          - id: border
            name: the border
            triggers: [border, delimitation]
        outlets:
          - id: example
            name: Example News
            aliases: [Example]
        """;

    /// <summary>The generator of inputs for a format: mutated seeds most of the time, random bytes sometimes.</summary>
    public static Gen<byte[]> For(string format)
    {
        var seeds = Seeds(format).Select(Encoding.UTF8.GetBytes).ToArray();
        // Mostly a few edits (the input still nearly parses, so the reader goes deep), sometimes many.
        var edits = Gen.Frequency((3, Gen.Choose(0, 2)), (1, Gen.Choose(3, 10)));
        var mutated = Gen.Elements(seeds).SelectMany(seed => edits.SelectMany(n => Gen.ListOf(Mutation(), n)).Select(ms => Apply(seed, ms)));
        var randomBytes = Gen.ArrayOf(Gen.Choose(0, 255).Select(i => (byte)i));
        var randomText = Gen.ListOf(Gen.Elements(Tokens)).Select(ts => Encoding.UTF8.GetBytes(string.Concat(ts)));
        return Gen.Frequency((6, mutated), (1, randomBytes), (2, randomText), (1, Nested(format)));
    }

    /// <summary>Text generator for string-typed targets (the date parser).</summary>
    public static Gen<string> TextFor(string format) => For(format).Select(b => Encoding.UTF8.GetString(b));

    /// <summary>One edit to a byte sequence.</summary>
    private sealed record Edit(int Kind, double Where, double Span, string Token, int Repeat, byte Byte);

    private static Gen<Edit> Mutation() =>
        from kind in Gen.Choose(0, 6)
        from position in Gen.Choose(0, 10_000).Select(i => i / 10_000.0)
        from span in Gen.Choose(0, 10_000).Select(i => i / 10_000.0)
        from token in Gen.Elements(Tokens)
        from repeat in Gen.Frequency((8, Gen.Choose(1, 4)), (1, Gen.Choose(50, 3000)))
        from b in Gen.Choose(0, 255)
        select new Edit(kind, position, span, token, repeat, (byte)b);

    private static byte[] Apply(byte[] seed, IEnumerable<Edit> edits)
    {
        var bytes = new List<byte>(seed);
        foreach (var edit in edits)
        {
            var at = (int)(edit.Where * bytes.Count);
            var length = Math.Min(bytes.Count - at, (int)(edit.Span * 64));
            switch (edit.Kind)
            {
                case 0 or 1: // a format token, once or many times
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(edit.Token, edit.Kind == 0 ? 1 : edit.Repeat))));
                    break;
                case 2:
                    bytes.RemoveRange(at, length);
                    break;
                case 3: // duplicate a range
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
                case 4 when bytes.Count > 0: // one raw byte (may break UTF-8)
                    bytes[Math.Min(at, bytes.Count - 1)] = edit.Byte;
                    break;
                case 5: // truncate
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    bytes.Insert(at, edit.Byte);
                    break;
            }
        }

        return [.. bytes];
    }

    /// <summary>Deeply nested input of the format's own brackets, around prose.</summary>
    private static Gen<byte[]> Nested(string format) =>
        from depth in Gen.Frequency((3, Gen.Choose(1, 300)), (1, Gen.Choose(300, 20_000)))
        select Encoding.UTF8.GetBytes(format switch
        {
            "html" => string.Concat(Enumerable.Repeat("<div><span>", depth)) + Article(0),
            "feed" => "<rss><channel><item><link>x</link><description>" + string.Concat(Enumerable.Repeat("<a>", depth)) + Article(0),
            "jsonl" => "{\"text\":\"" + Article(0) + "\",\"x\":" + new string('[', depth) + new string(']', depth) + "}",
            "md" or "pack" => (format == "md" ? "---\n" : "") + "title: " + new string('[', depth) + (format == "md" ? "\n---\n" + Article(0) : ""),
            _ => new string('(', depth) + Article(0),
        });

    private static string Article(int first) => string.Join(' ', Enumerable.Range(0, 3).Select(i => Prose[(first + i) % Prose.Length]));
}
