using Parley.Ingest.Metadata;
using Parley.Ingest.Text;
using Parley.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Parley.Ingest.Readers;

/// <summary>
/// A Markdown article with optional YAML front matter (<c>title</c>, <c>outlet</c>, <c>url</c>, <c>published</c>,
/// <c>authors</c>) between <c>---</c> lines at the very top. The text is everything after the front matter, verbatim.
/// </summary>
public sealed class MarkdownReader : IDocumentReader
{
    /// <inheritdoc />
    public string Format => "md";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

    /// <inheritdoc />
    public IEnumerable<ReadResult> Read(DocumentInput input, ReaderLimits limits)
    {
        if (!TextLoader.TryLoad(input, limits, out var text, out var failure))
        {
            return [failure!];
        }

        var document = new Document { Id = input.DefaultId, Text = text, Source = input.Source, Format = Format };
        if (!FrontMatter.TrySplit(text, out var yaml, out var body))
        {
            return [new ReadSuccess(document)];
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            return [new ReadFailure(input.Source, null, "front matter but no article text after it")];
        }

        if (Nesting.YamlTooDeep(yaml, limits.MaxNestingDepth))
        {
            return [new ReadFailure(input.Source, null, Nesting.TooDeep("front matter", limits.MaxNestingDepth))];
        }

        try
        {
            return [new ReadSuccess(FrontMatter.Apply(yaml, document with { Text = body }))];
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's own failures on some malformed input (not YamlException): still the file's fault.
            return [new ReadFailure(input.Source, null, $"front matter is not valid YAML: {TextLoader.OneLine(e.Message)}")];
        }
        catch (YamlException e)
        {
            // Front matter starts on line 2 (line 1 is the opening ---).
            var line = (int)e.Start.Line + 1;
            return [new ReadFailure(input.Source, line, $"front matter is not valid YAML: {TextLoader.OneLine(e.Message)}")];
        }
        catch (FrontMatterException e)
        {
            return [new ReadFailure(input.Source, null, e.Message)];
        }
    }

    private sealed class FrontMatterException(string message) : Exception(message);

    /// <summary>Finding and reading the YAML block.</summary>
    private static class FrontMatter
    {
        public static bool TrySplit(string text, out string yaml, out string body)
        {
            (yaml, body) = ("", text);
            var firstEnd = text.IndexOf('\n');
            if (firstEnd < 0 || text[..firstEnd].TrimEnd('\r') != "---")
            {
                return false;
            }

            var position = firstEnd + 1;
            while (position <= text.Length)
            {
                var end = text.IndexOf('\n', position);
                var content = (end < 0 ? text[position..] : text[position..end]).TrimEnd('\r');
                if (content is "---" or "...")
                {
                    yaml = text[(firstEnd + 1)..position];
                    body = end < 0 ? "" : text[(end + 1)..];
                    return true;
                }

                if (end < 0)
                {
                    return false;
                }

                position = end + 1;
            }

            return false;
        }

        public static Document Apply(string yaml, Document document)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            {
                return document;
            }

            if (stream.Documents[0].RootNode is not YamlMappingNode map)
            {
                throw new FrontMatterException("front matter must be a YAML mapping (key: value lines)");
            }

            string? Scalar(params string[] keys)
            {
                foreach (var key in keys)
                {
                    if (map.Children.TryGetValue(new YamlScalarNode(key), out var node))
                    {
                        return node is YamlScalarNode scalar
                            ? NullIfBlank(scalar.Value)
                            : throw new FrontMatterException($"front matter '{key}' must be a single value");
                    }
                }

                return null;
            }

            List<string> Authors()
            {
                foreach (var key in new[] { "authors", "author" })
                {
                    if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
                    {
                        continue;
                    }

                    return node switch
                    {
                        YamlScalarNode scalar => NullIfBlank(scalar.Value) is { } one ? [one] : [],
                        YamlSequenceNode list => [.. list.Children.OfType<YamlScalarNode>().Select(s => NullIfBlank(s.Value)).OfType<string>()],
                        _ => throw new FrontMatterException($"front matter '{key}' must be a name or a list of names"),
                    };
                }

                return [];
            }

            var publishedText = Scalar("published", "date");
            Parley.Time.DateRange? published = publishedText is null ? null
                : DatePatterns.ParseMetadata(publishedText)
                  ?? throw new FrontMatterException($"front matter 'published' is not a date: '{TextLoader.Quote(publishedText)}' (use YYYY-MM-DD)");

            return document with
            {
                Title = Scalar("title"),
                Outlet = Scalar("outlet", "site", "source"),
                Url = Scalar("url", "link"),
                Published = published,
                Authors = Authors(),
            };
        }

        private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
