namespace Parley.Ingest;

/// <summary>
/// Reads one input format into documents. A new format is one class implementing this and one
/// <see cref="ReaderRegistryBuilder.Use"/> call.
/// </summary>
public interface IDocumentReader
{
    /// <summary>
    /// The format name accepted by <c>--stdin-format</c> (for example "txt"); documents carry it, or a finer one the
    /// reader tells apart (the feed reader's "rss" and "atom").
    /// </summary>
    string Format { get; }

    /// <summary>File name extensions this reader handles, lower case with the dot (".txt").</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>
    /// Reads the input. Never throws for bad input: every problem is a <see cref="ReadFailure"/> naming the input
    /// (and the line, for line-based formats).
    /// </summary>
    IEnumerable<ReadResult> Read(DocumentInput input, ReaderLimits limits);
}
