using Parley.Ingest.Metadata;

namespace Parley.Ingest;

/// <summary>
/// The ingest entry point: expands PATH arguments, reads each input with its reader, and fills what the reader left
/// empty from the article's printed metadata. Yields one result per document or failure, in input order; nothing
/// throws for bad input.
/// </summary>
public sealed class DocumentIngestor
{
    private readonly InputEnumerator _inputs;
    private readonly PrintedMetadataFinder _finder;
    private readonly ReaderLimits _limits;

    /// <summary>Creates an ingestor.</summary>
    /// <param name="registry">Readers to use; <see cref="ReaderRegistry.Default"/> when null.</param>
    /// <param name="finder">Printed-metadata finder; one without an outlet recogniser when null.</param>
    /// <param name="limits">Size limits; <see cref="ReaderLimits.Default"/> when null.</param>
    /// <param name="options">Standard input settings.</param>
    public DocumentIngestor(ReaderRegistry? registry = null, PrintedMetadataFinder? finder = null, ReaderLimits? limits = null, InputOptions? options = null)
    {
        _inputs = new InputEnumerator(registry ?? ReaderRegistry.Default, options);
        _finder = finder ?? new PrintedMetadataFinder();
        _limits = limits ?? ReaderLimits.Default;
    }

    /// <summary>Reads every input named by <paramref name="paths"/> (files, folders, "-" for standard input).</summary>
    public IEnumerable<ReadResult> Read(IEnumerable<string> paths) =>
        _inputs.Expand(paths).SelectMany(job => job.Read(_limits)).Select(Complete);

    /// <summary>Reads one input with a given reader (for callers that already hold the input).</summary>
    public IEnumerable<ReadResult> Read(DocumentInput input, IDocumentReader reader) =>
        ReadJob.For(input, reader).Read(_limits).Select(Complete);

    private ReadResult Complete(ReadResult result) =>
        result is ReadSuccess success ? new ReadSuccess(_finder.Fill(success.Value)) : result;
}
