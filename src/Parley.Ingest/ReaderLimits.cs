namespace Parley.Ingest;

/// <summary>Size limits that keep a reader from swallowing input that is not an article.</summary>
/// <param name="MaxDocumentBytes">
/// Largest file a single-document reader (txt, md, html) or a feed reader accepts; bigger files are rejected
/// from their length alone, before any parsing.
/// </param>
/// <param name="MaxLineLength">Longest line accepted in a text or Markdown file (characters) or a JSONL file (bytes).</param>
/// <param name="MaxNestingDepth">
/// Deepest nesting accepted: HTML elements (pages and feed item bodies), XML elements of a feed, JSON objects and
/// arrays of a JSONL line, YAML mappings and sequences of front matter.
/// </param>
public sealed record ReaderLimits(
    long MaxDocumentBytes = ReaderLimits.DefaultMaxDocumentBytes,
    int MaxLineLength = ReaderLimits.DefaultMaxLineLength,
    int MaxNestingDepth = ReaderLimits.DefaultMaxNestingDepth)
{
    /// <summary>Default for <see cref="MaxNestingDepth"/>: 256 levels (real pages nest a few dozen).</summary>
    public const int DefaultMaxNestingDepth = 256;

    /// <summary>Default for <see cref="MaxDocumentBytes"/>: 20 MB.</summary>
    public const long DefaultMaxDocumentBytes = 20L * 1024 * 1024;

    /// <summary>Default for <see cref="MaxLineLength"/>: 4 MB.</summary>
    public const int DefaultMaxLineLength = 4 * 1024 * 1024;

    /// <summary>The default limits.</summary>
    public static ReaderLimits Default { get; } = new();
}
