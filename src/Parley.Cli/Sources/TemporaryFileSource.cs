using System.Text;
using Parley.Model;
using Parley.Time;

namespace Parley.Cli.Sources;

/// <summary>
/// TEMPORARY stand-in for Parley.Ingest, kept whole in this one file so it can be deleted when the real readers
/// land: reads <c>.txt</c> files verbatim and <c>.md</c> files with a simple YAML front matter (title, outlet,
/// published, authors, url), whose body is the text. The document id is the file name without extension.
/// </summary>
internal sealed class TemporaryFileSource : IDocumentSource
{
    private static readonly string[] Extensions = [".txt", ".md", ".markdown"];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <inheritdoc />
    public SourcePlan Plan(IReadOnlyList<string> paths)
    {
        var inputs = new List<SourceInput>();
        var failures = new List<SourceFailure>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                if (IsSupported(path))
                {
                    inputs.Add(new SourceInput(path, new FileInfo(path).Length));
                }
                else
                {
                    failures.Add(new SourceFailure(path, null, $"unsupported file type '{Path.GetExtension(path)}' (this build reads {string.Join(", ", Extensions)})"));
                }
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                    .Where(f => IsSupported(f) && !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (files.Count == 0)
                {
                    failures.Add(new SourceFailure(path, null, $"no {string.Join(", ", Extensions)} files in this folder"));
                }

                inputs.AddRange(files.Select(f => new SourceInput(f, new FileInfo(f).Length)));
            }
            else
            {
                failures.Add(new SourceFailure(path, null, "no such file or folder"));
            }
        }

        return new SourcePlan(inputs, failures);
    }

    /// <inheritdoc />
    public SourceRead Read(SourceInput input)
    {
        string raw;
        try
        {
            raw = StrictUtf8.GetString(File.ReadAllBytes(input.Path));
        }
        catch (DecoderFallbackException)
        {
            return Fail(input.Path, null, "not UTF-8 text; convert the file to UTF-8");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(input.Path, null, "cannot be read: " + ex.Message);
        }

        if (raw.Length > 0 && raw[0] == '\uFEFF')
        {
            raw = raw[1..];
        }

        var id = Path.GetFileNameWithoutExtension(input.Path);
        var ext = Path.GetExtension(input.Path).ToLowerInvariant();
        var doc = new Document { Id = id, Text = raw, Source = Path.GetFullPath(input.Path), Format = ext == ".txt" ? "txt" : "md" };
        if (doc.Format == "md")
        {
            var (meta, problem) = FrontMatter(input.Path, raw);
            if (problem is not null)
            {
                return new SourceRead([], [problem]);
            }

            doc = meta(doc);
        }

        if (string.IsNullOrWhiteSpace(doc.Text))
        {
            return Fail(input.Path, null, "the document has no text");
        }

        return new SourceRead([doc], []);
    }

    private static bool IsSupported(string path) => Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    private static SourceRead Fail(string path, int? line, string reason) => new([], [new SourceFailure(path, line, reason)]);

    /// <summary>Reads <c>---</c> delimited front matter of flat <c>key: value</c> lines; the rest is the text.</summary>
    private static (Func<Document, Document> Apply, SourceFailure? Problem) FrontMatter(string path, string raw)
    {
        var lines = raw.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r') != "---")
        {
            return (d => d, null);
        }

        var end = Array.FindIndex(lines, 1, l => l.TrimEnd('\r') is "---" or "...");
        if (end < 0)
        {
            return (d => d, new SourceFailure(path, 1, "front matter opened with '---' is never closed"));
        }

        string? title = null, outlet = null, url = null;
        DateRange? published = null;
        var authors = new List<string>();
        for (var i = 1; i < end; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                return (d => d, new SourceFailure(path, i + 1, $"front matter line is not 'key: value': '{line.Trim()}'"));
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = Unquote(line[(colon + 1)..].Trim());
            switch (key)
            {
                case "title":
                    title = value;
                    break;
                case "outlet":
                    outlet = value;
                    break;
                case "url":
                    url = value;
                    break;
                case "published":
                case "date":
                    published = DateRange.ParsePartial(value);
                    if (published is null && value.Length > 0)
                    {
                        return (d => d, new SourceFailure(path, i + 1, $"published date does not parse: '{value}' (use YYYY-MM-DD)"));
                    }

                    break;
                case "authors":
                case "author":
                    authors.AddRange(value.Trim('[', ']').Split(',').Select(a => Unquote(a.Trim())).Where(a => a.Length > 0));
                    break;
                default:
                    break; // other keys (sample, tags) are kept in the text file only
            }
        }

        var bodyStart = lines.Take(end + 1).Sum(l => l.Length + 1);
        var body = bodyStart >= raw.Length ? "" : raw[bodyStart..];
        return (d => d with
        {
            Text = body,
            Title = title,
            Outlet = outlet,
            Url = url,
            Published = published,
            Authors = authors,
        }, null);
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' && value[^1] == '"' || value[0] == '\'' && value[^1] == '\'')
            ? value[1..^1]
            : value;
}
