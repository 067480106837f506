using Parley.Ingest.Readers;

namespace Parley.Ingest;

/// <summary>
/// The readers Parley knows, frozen: which reader handles a file extension or a format name.
/// Built by <see cref="ReaderRegistryBuilder"/>; <see cref="Default"/> holds the built-in formats.
/// </summary>
public sealed class ReaderRegistry
{
    private readonly Dictionary<string, IDocumentReader> _byExtension;
    private readonly Dictionary<string, IDocumentReader> _byFormat;

    internal ReaderRegistry(IReadOnlyList<IDocumentReader> readers)
    {
        Readers = readers;
        _byExtension = new Dictionary<string, IDocumentReader>(StringComparer.OrdinalIgnoreCase);
        _byFormat = new Dictionary<string, IDocumentReader>(StringComparer.OrdinalIgnoreCase);
        foreach (var reader in readers)
        {
            // A later registration wins, so a caller can replace a built-in reader.
            _byFormat[reader.Format] = reader;
            foreach (var extension in reader.Extensions)
            {
                _byExtension[extension] = reader;
            }
        }
    }

    /// <summary>The built-in readers: txt, md, html, jsonl and feeds (rss, atom, xml).</summary>
    public static ReaderRegistry Default { get; } = new ReaderRegistryBuilder().UseDefaults().Build();

    /// <summary>The registered readers in registration order.</summary>
    public IReadOnlyList<IDocumentReader> Readers { get; }

    /// <summary>Every extension some reader handles, sorted.</summary>
    public IEnumerable<string> Extensions => _byExtension.Keys.Order(StringComparer.Ordinal);

    /// <summary>The reader for a file extension (".md", with or without the dot); null when none.</summary>
    public IDocumentReader? ForExtension(string extension)
    {
        if (string.IsNullOrEmpty(extension))
        {
            return null;
        }

        return _byExtension.GetValueOrDefault(extension[0] == '.' ? extension : "." + extension);
    }

    /// <summary>The reader for a format name ("md") or an extension it handles ("markdown"); null when none.</summary>
    public IDocumentReader? ForFormat(string format) =>
        string.IsNullOrEmpty(format) ? null : _byFormat.GetValueOrDefault(format) ?? ForExtension(format);

    /// <summary>The reader for a file path, chosen by its extension; null when none.</summary>
    public IDocumentReader? ForPath(string path) => ForExtension(Path.GetExtension(path));
}

/// <summary>Gathers readers, then <see cref="Build"/> freezes them into a <see cref="ReaderRegistry"/>.</summary>
public sealed class ReaderRegistryBuilder
{
    private readonly List<IDocumentReader> _readers = [];

    /// <summary>Adds a reader; a later reader takes over the extensions and format name of an earlier one.</summary>
    public ReaderRegistryBuilder Use(IDocumentReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _readers.Add(reader);
        return this;
    }

    /// <summary>Adds the built-in readers.</summary>
    public ReaderRegistryBuilder UseDefaults() =>
        Use(new TxtReader()).Use(new MarkdownReader()).Use(new HtmlReader()).Use(new JsonlReader()).Use(new FeedReader());

    /// <summary>The frozen registry.</summary>
    public ReaderRegistry Build() => new([.. _readers]);
}
