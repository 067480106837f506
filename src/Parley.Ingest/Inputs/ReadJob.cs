namespace Parley.Ingest;

/// <summary>
/// One unit of reading work from <see cref="InputEnumerator"/>: an input with the reader for it, or an input
/// that already failed (a missing path, a folder that cannot be listed, an unknown extension).
/// </summary>
public sealed class ReadJob
{
    private ReadJob(string source, DocumentInput? input, IDocumentReader? reader, ReadFailure? failure)
    {
        Source = source;
        Input = input;
        Reader = reader;
        Failure = failure;
    }

    /// <summary>The path (or "stdin") the job is about.</summary>
    public string Source { get; }

    /// <summary>The input to read; null for a failed job.</summary>
    public DocumentInput? Input { get; }

    /// <summary>The reader chosen for the input; null for a failed job.</summary>
    public IDocumentReader? Reader { get; }

    /// <summary>Why the input cannot be read at all; null for a job that can run.</summary>
    public ReadFailure? Failure { get; }

    /// <summary>A job that reads <paramref name="input"/> with <paramref name="reader"/>.</summary>
    public static ReadJob For(DocumentInput input, IDocumentReader reader) => new(input.Source, input, reader, null);

    /// <summary>A job that only reports a failure.</summary>
    public static ReadJob Failed(ReadFailure failure) => new(failure.Source, null, null, failure);

    /// <summary>Runs the reader (or yields the failure). Reader exceptions become failures; none escape.</summary>
    public IEnumerable<ReadResult> Read(ReaderLimits limits)
    {
        if (Failure is not null)
        {
            yield return Failure;
            yield break;
        }

        IEnumerator<ReadResult>? results = null;
        try
        {
            var done = false;
            while (!done)
            {
                (var next, done) = Step(ref results, limits);
                if (next is not null)
                {
                    yield return next;
                }
            }
        }
        finally
        {
            results?.Dispose();
        }
    }

    /// <summary>Starts the reader on first call, then takes its next result; an exception ends the job as a failure.</summary>
    private (ReadResult? Next, bool Done) Step(ref IEnumerator<ReadResult>? results, ReaderLimits limits)
    {
        try
        {
            results ??= Reader!.Read(Input!, limits).GetEnumerator();
            return results.MoveNext() ? (results.Current, false) : (null, true);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (Unexpected(e), true);
        }
    }

    private ReadFailure Unexpected(Exception e) =>
        new(Source, null, $"{Reader!.Format} reader failed: {Text.TextLoader.OneLine(e.Message)} ({e.GetType().Name}); please report this input");
}
