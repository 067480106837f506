using Parley.Model;

namespace Parley.Ingest;

/// <summary>What reading one input gave: a <see cref="ReadSuccess"/> holding a document, or a <see cref="ReadFailure"/>.</summary>
public abstract record ReadResult
{
    private protected ReadResult()
    {
    }

    /// <summary>The document when this result is a success, otherwise null.</summary>
    public Document? Document => (this as ReadSuccess)?.Value;

    /// <summary>The failure when this result is one, otherwise null.</summary>
    public ReadFailure? Failure => this as ReadFailure;
}

/// <summary>A document read from an input.</summary>
/// <param name="Value">The document.</param>
public sealed record ReadSuccess(Document Value) : ReadResult;

/// <summary>An input (or one line or item of it) that could not be read.</summary>
/// <param name="Source">The file, folder, feed item or "stdin" that failed.</param>
/// <param name="Line">The 1-based line, for line-based formats such as JSONL; otherwise null.</param>
/// <param name="Reason">What is wrong and, where it helps, what to do about it (one line).</param>
public sealed record ReadFailure(string Source, int? Line, string Reason) : ReadResult
{
    /// <summary>The failure as one line: <c>source:line: reason</c>.</summary>
    public string Message => Line is { } line ? $"{Source}:{line}: {Reason}" : $"{Source}: {Reason}";

    /// <inheritdoc />
    public override string ToString() => Message;
}
