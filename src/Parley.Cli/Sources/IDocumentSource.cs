using Parley.Model;

namespace Parley.Cli.Sources;

/// <summary>
/// The seam between the CLI and the readers: turns the paths given on the command line into documents and
/// failures. <see cref="IngestDocumentSource"/> stands behind it, over the Parley.Ingest readers.
/// </summary>
internal interface IDocumentSource
{
    /// <summary>
    /// Expands the command-line paths (files and folders) into the inputs to read, in a stable order; a path that
    /// does not exist or cannot be read becomes a failure.
    /// </summary>
    SourcePlan Plan(IReadOnlyList<string> paths);

    /// <summary>Reads one input: a file may hold several documents (JSONL, a feed) and fail on some lines.</summary>
    SourceRead Read(SourceInput input);

    /// <summary>
    /// Reads one input as a stream, a document or failure at a time, so a file of a million JSON lines is never
    /// held whole. By default it is <see cref="Read"/>, failures first.
    /// </summary>
    IEnumerable<SourceItem> ReadEach(SourceInput input)
    {
        var read = Read(input);
        return read.Failures.Select(f => new SourceItem(null, f)).Concat(read.Documents.Select(d => new SourceItem(d, null)));
    }
}

/// <summary>One file to read.</summary>
/// <param name="Path">Its path as found.</param>
/// <param name="Bytes">Its size, for progress and throughput.</param>
internal sealed record SourceInput(string Path, long Bytes);

/// <summary>An input, or part of one, that could not be read.</summary>
/// <param name="Path">The file (or the path given).</param>
/// <param name="Line">The 1-based line, when the problem is on one.</param>
/// <param name="Reason">What is wrong, in words a person can act on.</param>
internal sealed record SourceFailure(string Path, int? Line, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => Line is { } line ? $"{Path}:{line}: {Reason}" : $"{Path}: {Reason}";
}

/// <summary>The inputs found and the paths that could not be used.</summary>
internal sealed record SourcePlan(IReadOnlyList<SourceInput> Inputs, IReadOnlyList<SourceFailure> Failures);

/// <summary>One thing read from an input: a document or a failure.</summary>
internal sealed record SourceItem(Document? Document, SourceFailure? Failure);

/// <summary>What one input gave.</summary>
internal sealed record SourceRead(IReadOnlyList<Document> Documents, IReadOnlyList<SourceFailure> Failures);

/// <summary>The one place that chooses the document source.</summary>
internal static class DocumentSources
{
    /// <summary>The source the commands use: the Parley.Ingest readers.</summary>
    public static IDocumentSource Create(Parley.Packs.DomainPack? pack) => new IngestDocumentSource(pack);
}
