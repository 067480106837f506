using System.Globalization;
using System.Text.Json;
using Parley.Ingest.Metadata;
using Parley.Ingest.Text;
using Parley.Model;

namespace Parley.Ingest.Readers;

/// <summary>
/// JSON Lines: one article a line, an object with <c>text</c> (required) and optional <c>id</c>, <c>title</c>,
/// <c>outlet</c>, <c>url</c>, <c>published</c> and <c>authors</c>. Blank lines are skipped; a bad line is a
/// failure naming its line number and the reading goes on with the next one.
/// </summary>
public sealed class JsonlReader : IDocumentReader
{
    /// <inheritdoc />
    public string Format => "jsonl";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".jsonl", ".ndjson"];

    /// <inheritdoc />
    public IEnumerable<ReadResult> Read(DocumentInput input, ReaderLimits limits)
    {
        Stream stream;
        try
        {
            stream = input.Open();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new ReadFailure(input.Source, null, $"cannot read: {TextLoader.OneLine(e.Message)}")];
        }

        return ReadLines(input, limits, stream);
    }

    private IEnumerable<ReadResult> ReadLines(DocumentInput input, ReaderLimits limits, Stream stream)
    {
        using (stream)
        {
            var lines = new LineSplitter(stream, limits.MaxLineLength);

            // A binary file is one failure, not one per "line" of it.
            if (lines.Peek() is { Length: > 0 } start
                && TextLoader.CheckBytes(input.Source, start, out _) is { } binary)
            {
                yield return binary;
                yield break;
            }

            var any = false;
            while (true)
            {
                if (!lines.TryNext(out var line, out var error))
                {
                    if (error is not null)
                    {
                        yield return new ReadFailure(input.Source, lines.LineNumber, $"cannot read: {error}");
                    }

                    break;
                }

                if (line.Overflow)
                {
                    any = true;
                    yield return new ReadFailure(input.Source, lines.LineNumber, $"line longer than the {limits.MaxLineLength:N0}-byte limit; not read");
                    continue;
                }

                var span = line.Bytes.AsSpan(0, line.Length);
                if (lines.LineNumber == 1 && span.StartsWith(TextLoader.Utf8Bom))
                {
                    span = span[TextLoader.Utf8Bom.Length..];
                }

                if (span.Trim(" \t\r"u8).IsEmpty)
                {
                    continue;
                }

                any = true;
                yield return ParseLine(input, lines.LineNumber, span.ToArray(), limits.MaxNestingDepth);
            }

            if (!any)
            {
                yield return new ReadFailure(input.Source, null, lines.LineNumber <= 1 && lines.TotalBytes == 0 ? "empty file" : "no JSON lines in the file");
            }
        }
    }

    private ReadResult ParseLine(DocumentInput input, int lineNumber, byte[] bytes, int maxDepth)
    {
        if (TextLoader.CheckBytes(input.Source, bytes, out _, lineNumber) is { } bad)
        {
            return bad;
        }

        if (TextLoader.Decode(input.Source, bytes, 0, out var json, lineNumber) is { } invalid)
        {
            return invalid;
        }

        if (Nesting.JsonTooDeep(bytes, maxDepth))
        {
            return new ReadFailure(input.Source, lineNumber, Nesting.TooDeep("JSON objects and arrays", maxDepth));
        }

        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = maxDepth + 1 });
        }
        catch (JsonException e)
        {
            return new ReadFailure(input.Source, lineNumber, $"not JSON: {TextLoader.OneLine(e.Message)}");
        }

        using (parsed)
        {
            var root = parsed.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new ReadFailure(input.Source, lineNumber, $"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}");
            }

            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                return new ReadFailure(input.Source, lineNumber, "no \"text\" string; each line needs the article text in \"text\"");
            }

            var text = textElement.GetString()!;
            if (string.IsNullOrWhiteSpace(text))
            {
                return new ReadFailure(input.Source, lineNumber, "\"text\" is empty");
            }

            var publishedText = String(root, "published") ?? String(root, "date");
            var published = DatePatterns.ParseMetadata(publishedText);
            if (publishedText is not null && published is null)
            {
                return new ReadFailure(input.Source, lineNumber, $"\"published\" is not a date: '{TextLoader.Quote(publishedText)}' (use YYYY-MM-DD)");
            }

            return new ReadSuccess(new Document
            {
                Id = String(root, "id") ?? $"{input.DefaultId}-{lineNumber.ToString(CultureInfo.InvariantCulture)}",
                Text = text,
                Title = String(root, "title"),
                Outlet = String(root, "outlet"),
                Url = String(root, "url"),
                Published = published,
                Authors = Authors(root),
                Source = $"{input.Source}#{lineNumber.ToString(CultureInfo.InvariantCulture)}",
                Format = Format,
            });
        }
    }

    private static string? String(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static List<string> Authors(JsonElement root)
    {
        if (!root.TryGetProperty("authors", out var value) && !root.TryGetProperty("author", out value))
        {
            return [];
        }

        return value.ValueKind switch
        {
            JsonValueKind.String when !string.IsNullOrWhiteSpace(value.GetString()) => [value.GetString()!.Trim()],
            JsonValueKind.Array => [.. value.EnumerateArray()
                .Where(v => v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()))
                .Select(v => v.GetString()!.Trim())],
            _ => [],
        };
    }

    /// <summary>One line's bytes; <see cref="Overflow"/> when it was longer than the limit (its bytes then dropped).</summary>
    private readonly record struct RawLine(byte[] Bytes, int Length, bool Overflow);

    /// <summary>Splits a stream into lines at '\n' without holding more than one line (up to the limit).</summary>
    private sealed class LineSplitter(Stream stream, int maxLineLength)
    {
        private readonly byte[] _chunk = new byte[64 * 1024];
        private int _position;
        private int _filled;
        private bool _ended;

        public int LineNumber { get; private set; }

        /// <summary>The first bytes of the stream (up to one chunk), read ahead without consuming them.</summary>
        public byte[] Peek()
        {
            if (_filled == 0 && !_ended && !Fill(out _))
            {
                return [];
            }

            return _chunk.AsSpan(_position, _filled - _position).ToArray();
        }

        private bool Fill(out string? error)
        {
            error = null;
            try
            {
                _filled = stream.Read(_chunk, 0, _chunk.Length);
            }
            catch (IOException e)
            {
                error = TextLoader.OneLine(e.Message);
                _filled = 0;
                _ended = true;
                return false;
            }

            _position = 0;
            TotalBytes += _filled;
            _ended = _filled == 0;
            return !_ended;
        }

        public long TotalBytes { get; private set; }

        public bool TryNext(out RawLine line, out string? error)
        {
            line = default;
            error = null;
            if (_ended && _position >= _filled)
            {
                return false;
            }

            var buffer = new MemoryStream();
            var overflow = false;
            while (true)
            {
                if (_position >= _filled && !Fill(out error))
                {
                    if (error is not null || buffer.Length == 0 && !overflow)
                    {
                        return false;
                    }

                    break;
                }

                var newline = Array.IndexOf(_chunk, (byte)'\n', _position, _filled - _position);
                var end = newline < 0 ? _filled : newline;
                if (!overflow)
                {
                    buffer.Write(_chunk, _position, end - _position);
                    if (buffer.Length > maxLineLength)
                    {
                        overflow = true;
                        buffer.SetLength(0);
                    }
                }

                _position = newline < 0 ? _filled : newline + 1;
                if (newline >= 0)
                {
                    break;
                }
            }

            LineNumber++;
            line = new RawLine(buffer.GetBuffer(), (int)buffer.Length, overflow);
            return true;
        }
    }
}
