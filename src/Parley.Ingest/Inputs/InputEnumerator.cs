namespace Parley.Ingest;

/// <summary>Settings for <see cref="InputEnumerator"/>.</summary>
public sealed record InputOptions
{
    /// <summary>Format of standard input (<c>-</c>): a format name or extension known to the registry. Default "txt".</summary>
    public string StdinFormat { get; init; } = "txt";

    /// <summary>Opens standard input; tests replace it with a memory stream.</summary>
    public Func<Stream> OpenStdin { get; init; } = Console.OpenStandardInput;

    /// <summary>
    /// Lists a folder's entries (full paths). Defaults to the file system; tests replace it to simulate a folder
    /// that cannot be listed.
    /// </summary>
    public Func<string, IEnumerable<string>> ListFolder { get; init; } = Directory.EnumerateFileSystemEntries;
}

/// <summary>
/// Expands PATH arguments into <see cref="ReadJob"/>s: a file is one job; a folder is every file under it with a
/// known extension, recursively, in ordinal name order (hidden entries and unknown extensions skipped); <c>-</c> is
/// standard input read as <see cref="InputOptions.StdinFormat"/>. Problems (missing path, folder without permission,
/// a named file of unknown format) become failed jobs, never exceptions.
/// </summary>
public sealed class InputEnumerator(ReaderRegistry registry, InputOptions? options = null)
{
    private readonly InputOptions _options = options ?? new InputOptions();

    /// <summary>The jobs for <paramref name="paths"/>, in argument order.</summary>
    public IEnumerable<ReadJob> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            foreach (var job in ExpandOne(path))
            {
                yield return job;
            }
        }
    }

    private IEnumerable<ReadJob> ExpandOne(string path)
    {
        if (path == "-")
        {
            yield return Stdin();
        }
        else if (Directory.Exists(path))
        {
            foreach (var job in Folder(path))
            {
                yield return job;
            }
        }
        else if (File.Exists(path))
        {
            yield return registry.ForPath(path) is { } reader
                ? ReadJob.For(DocumentInput.FromFile(path), reader)
                : ReadJob.Failed(new ReadFailure(path, null,
                    $"no reader for '{Path.GetExtension(path)}' files (known: {string.Join(' ', registry.Extensions)}); rename it or use '-' with --stdin-format"));
        }
        else
        {
            yield return ReadJob.Failed(new ReadFailure(path, null, "no such file or folder"));
        }
    }

    private ReadJob Stdin()
    {
        var reader = registry.ForFormat(_options.StdinFormat);
        return reader is null
            ? ReadJob.Failed(new ReadFailure("stdin", null,
                $"unknown --stdin-format '{_options.StdinFormat}' (known: {string.Join(' ', registry.Readers.Select(r => r.Format))})"))
            : ReadJob.For(DocumentInput.FromStream(_options.OpenStdin), reader);
    }

    private IEnumerable<ReadJob> Folder(string folder)
    {
        if (!TryList(folder, out var entries, out var failure))
        {
            yield return ReadJob.Failed(failure!);
            yield break;
        }

        // Files and sub-folders interleave in name order; a sub-folder's files come where it stands.
        foreach (var entry in entries.Where(e => !Path.GetFileName(e).StartsWith('.')).Order(StringComparer.Ordinal))
        {
            if (IsFolder(entry))
            {
                foreach (var job in Folder(entry))
                {
                    yield return job;
                }
            }
            else if (registry.ForPath(entry) is { } reader)
            {
                yield return ReadJob.For(DocumentInput.FromFile(entry), reader);
            }
        }
    }

    private bool TryList(string folder, out List<string> entries, out ReadFailure? failure)
    {
        failure = null;
        try
        {
            entries = [.. _options.ListFolder(folder)];
            return true;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException or System.Security.SecurityException)
        {
            entries = [];
            var reason = e is UnauthorizedAccessException
                ? "folder cannot be read (permission denied); its files were skipped"
                : $"folder cannot be read ({Text.TextLoader.OneLine(e.Message)}); its files were skipped";
            failure = new ReadFailure(folder, null, reason);
            return false;
        }
    }

    private static bool IsFolder(string path)
    {
        try
        {
            var attributes = File.GetAttributes(path);
            // Symbolic links to folders are not followed, so a link loop cannot recurse forever.
            return attributes.HasFlag(FileAttributes.Directory) && !attributes.HasFlag(FileAttributes.ReparsePoint);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
