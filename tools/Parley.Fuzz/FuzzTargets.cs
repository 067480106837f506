using System.Text;
using Parley.Extraction;
using Parley.Ingest;
using Parley.Ingest.Metadata;
using Parley.Ingest.Readers;
using Parley.Packs;
using Parley.Pipeline;
using Parley.Time;

namespace Parley.Fuzz;

/// <summary>What a target made of one input.</summary>
public enum FuzzOutcome
{
    /// <summary>Read into at least one document (or a date, or a pack without problems).</summary>
    Accepted,
    /// <summary>Refused with a clear message naming the input (or no date found).</summary>
    Rejected,
}

/// <summary>An input was handled, but not as promised (a rejection that names no input, an empty document).</summary>
public sealed class FuzzViolationException(string message) : Exception(message);

/// <summary>
/// One thing fuzzed: its name, its input generator's format and how one input is run. <see cref="Run"/> returns how
/// the input was handled and throws when it was not handled: any exception but a caught rejection is a crash.
/// </summary>
public sealed class FuzzTarget(string name, string format, Func<byte[], FuzzOutcome> run)
{
    /// <summary>The target's name (the folder of its crashing inputs under test/fuzz-corpus).</summary>
    public string Name { get; } = name;

    /// <summary>Which seeds and tokens <see cref="FuzzInputs.For"/> uses for it.</summary>
    public string Format { get; } = format;

    /// <summary>Runs one input.</summary>
    public FuzzOutcome Run(byte[] input) => run(input);

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>
/// Every fuzz target: each reader (with the printed-metadata finder after it), the date parser, the pack loader, and
/// the extraction pipeline over what the text reader makes of an input.
/// </summary>
public static class FuzzTargets
{
    /// <summary>All targets, by name.</summary>
    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        Reader("txt", new TxtReader()),
        Reader("md", new MarkdownReader()),
        Reader("html", new HtmlReader()),
        Reader("jsonl", new JsonlReader()),
        Reader("feed", new FeedReader()),
        new("date", "date", Dates),
        new("pack", "pack", Pack),
        new("extract", "txt", Extract),
    ];

    /// <summary>The target called <paramref name="name"/>.</summary>
    public static FuzzTarget Named(string name) =>
        All.FirstOrDefault(t => t.Name == name) ?? throw new ArgumentException($"no fuzz target '{name}' (known: {string.Join(' ', All)})", nameof(name));

    /// <summary>Limits small enough that generated inputs reach them.</summary>
    public static ReaderLimits Limits { get; } = new(MaxDocumentBytes: 256 * 1024, MaxLineLength: 16 * 1024);

    private static FuzzTarget Reader(string format, IDocumentReader reader)
    {
        var source = "fuzz-input" + reader.Extensions[0];
        var ingestor = new DocumentIngestor(limits: Limits);
        return new FuzzTarget(format, format, bytes =>
        {
            var input = DocumentInput.FromStream(() => new MemoryStream(bytes, writable: false), source, "fuzz-input");
            var accepted = false;
            foreach (var result in ingestor.Read(input, reader))
            {
                if (result.Failure is { } failure)
                {
                    Require(failure.Source.StartsWith(source, StringComparison.Ordinal), $"a rejection names '{failure.Source}', not the input '{source}'");
                    Require(!string.IsNullOrWhiteSpace(failure.Reason) && !failure.Reason.Contains('\n', StringComparison.Ordinal), $"a rejection's reason is empty or spans lines: '{failure.Reason}'");
                }
                else
                {
                    var document = result.Document!;
                    Require(!string.IsNullOrWhiteSpace(document.Text), "a document with no text was accepted");
                    Require(!string.IsNullOrWhiteSpace(document.Id), "a document with no id was accepted");
                    accepted = true;
                }
            }

            return accepted ? FuzzOutcome.Accepted : FuzzOutcome.Rejected;
        });
    }

    private static FuzzOutcome Dates(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var end = -1;
        foreach (var match in DatePatterns.FindAll(text))
        {
            Require(match.Index > end && match.Length > 0 && match.Index + match.Length <= text.Length, $"a date match ({match.Index}, {match.Length}) is out of order or out of the text");
            end = match.Index + match.Length - 1;
        }

        var parsed = DatePatterns.Parse(text);
        var metadata = DatePatterns.ParseMetadata(text);
        _ = DateRange.ParsePartial(text);
        Require(parsed is null || metadata == parsed, "ParseMetadata disagrees with Parse");
        return metadata is null ? FuzzOutcome.Rejected : FuzzOutcome.Accepted;
    }

    private static readonly string PackFolder = Path.Combine(Path.GetTempPath(), "parley-fuzz-pack-" + Environment.ProcessId);

    private static FuzzOutcome Pack(byte[] bytes)
    {
        Directory.CreateDirectory(PackFolder);
        File.WriteAllText(Path.Combine(PackFolder, "pack.yaml"), "pack:\n  id: fuzz\n  name: Fuzz\n  description: generated\n");
        File.WriteAllBytes(Path.Combine(PackFolder, "fuzz.yaml"), bytes);
        var (pack, problems) = DomainPack.Check(PackFolder);
        foreach (var problem in problems)
        {
            Require(!string.IsNullOrWhiteSpace(problem.File), $"a pack problem names no file: '{problem.Message}'");
            Require(!string.IsNullOrWhiteSpace(problem.Message), $"a pack problem in {problem.File} has no message");
        }

        Require(pack is not null || problems.Count > 0, "no pack and no problem");
        return problems.Count == 0 ? FuzzOutcome.Accepted : FuzzOutcome.Rejected;
    }

    private static readonly Lazy<ExtractionPipeline> Pipeline = new(() =>
    {
        var folder = PackLocator.Find() ?? throw new InvalidOperationException("the default domain pack (data/packs/karabakh) was not found");
        var (pack, problems) = DomainPack.Check(folder);
        return pack is not null && problems.Count == 0
            ? DefaultPipeline.Create(pack)
            : throw new InvalidOperationException($"the default domain pack has problems: {string.Join("; ", problems.Select(p => p.Message))}");
    });

    private static readonly DocumentIngestor TextIngestor = new(limits: Limits);

    private static FuzzOutcome Extract(byte[] bytes)
    {
        var input = DocumentInput.FromStream(() => new MemoryStream(bytes, writable: false), "fuzz-input.txt", "fuzz-input");
        var accepted = false;
        foreach (var result in TextIngestor.Read(input, new TxtReader()))
        {
            if (result.Document is not { } document)
            {
                continue;
            }

            // Every quote the record keeps must be the text at its span: a quote is evidence only when it is.
            var extraction = Pipeline.Value.Run(document);
            foreach (var (span, quote) in extraction.Mentions.Select(m => (m.Span, m.Text))
                         .Concat(extraction.Events.Select(e => (e.Span, e.Quote)))
                         .Concat(extraction.Claims.Select(c => (c.Span, c.Quote)))
                         .Concat(extraction.Positions.Select(p => (p.Span, p.Quote))))
            {
                Require(span.Start >= 0 && span.End <= document.Text.Length && span.Start <= span.End, $"a span ({span.Start}, {span.End}) lies outside the text");
                Require(document.Text[span.Start..span.End] == quote, $"a quote is not the text at its span ({span.Start}, {span.End})");
            }

            accepted = true;
        }

        return accepted ? FuzzOutcome.Accepted : FuzzOutcome.Rejected;
    }

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new FuzzViolationException(problem);
        }
    }
}
