namespace Parley.Ingest;

/// <summary>One input a reader turns into documents: a file or a stream such as standard input.</summary>
public sealed class DocumentInput
{
    private readonly Func<Stream> _open;

    private DocumentInput(string source, string defaultId, string extension, long? length, Func<Stream> open)
    {
        Source = source;
        DefaultId = defaultId;
        Extension = extension;
        Length = length;
        _open = open;
    }

    /// <summary>What to call the input in documents and failures: a path or "stdin".</summary>
    public string Source { get; }

    /// <summary>The id a single-document input gives its document: the file name without extension.</summary>
    public string DefaultId { get; }

    /// <summary>The file name extension, lower case with its dot (".txt"); empty for streams.</summary>
    public string Extension { get; }

    /// <summary>Size in bytes when known without reading (files), otherwise null.</summary>
    public long? Length { get; }

    /// <summary>An input for a file on disk.</summary>
    public static DocumentInput FromFile(string path)
    {
        var info = new FileInfo(path);
        return new DocumentInput(path, Path.GetFileNameWithoutExtension(path), info.Extension.ToLowerInvariant(),
            info.Exists ? info.Length : null, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024));
    }

    /// <summary>An input for a stream (standard input, a test's memory stream). The stream is opened once per read.</summary>
    public static DocumentInput FromStream(Func<Stream> open, string source = "stdin", string? defaultId = null) =>
        new(source, defaultId ?? source, "", null, open);

    /// <summary>Opens the content for reading; the caller disposes the stream.</summary>
    public Stream Open() => _open();
}
