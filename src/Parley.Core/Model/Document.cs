using Parley.Time;

namespace Parley.Model;

/// <summary>
/// One news document as ingested: its verbatim text (every quote Parley reports is an exact substring of it)
/// and the metadata the reader and the text itself gave.
/// </summary>
public sealed record Document
{
    /// <summary>Stable id: the file name without extension, the JSONL <c>id</c>, or a hash of a feed item's link.</summary>
    public required string Id { get; init; }

    /// <summary>The verbatim text.</summary>
    public required string Text { get; init; }

    /// <summary>Headline, when known.</summary>
    public string? Title { get; init; }

    /// <summary>The publishing outlet, when known.</summary>
    public string? Outlet { get; init; }

    /// <summary>Authors named by the document.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Publication date: one day when printed, a range when inferred, null when unknown.</summary>
    public DateRange? Published { get; init; }

    /// <summary>True when <see cref="Published"/> was inferred from the content rather than printed.</summary>
    public bool PublishedInferred { get; init; }

    /// <summary>Address of the original, when known.</summary>
    public string? Url { get; init; }

    /// <summary>Where the document came from (a path, "stdin", a feed path and item).</summary>
    public string Source { get; init; } = "";

    /// <summary>Reader format that produced it (txt, md, html, jsonl, rss, atom).</summary>
    public string Format { get; init; } = "txt";

    /// <summary>SHA-256 of the text and metadata, hex; equal hashes mean an unchanged document.</summary>
    public string ContentHash => ContentHashing.Hash(this);
}
