namespace Parley.Cli;

/// <summary>Writes a file whole or not at all: into a temp file beside it, then moved into place.</summary>
internal static class AtomicFile
{
    /// <summary>
    /// Checks that <paramref name="outPath"/> can be a file: prints the problem and returns null when it is blank,
    /// a folder, or in a folder that does not exist.
    /// </summary>
    public static string? CheckTarget(CliContext context, string? outPath)
    {
        if (string.IsNullOrWhiteSpace(outPath) || Directory.Exists(outPath))
        {
            context.Error($"--out needs a file path{(outPath is not null && Directory.Exists(outPath) ? $"; '{outPath}' is a folder" : "")}");
            return null;
        }

        var target = Path.GetFullPath(outPath);
        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
        {
            context.Error($"the folder '{folder}' does not exist; create it or choose another --out");
            return null;
        }

        return target;
    }

    /// <summary>Writes <paramref name="target"/> with <paramref name="write"/>; on failure nothing is left behind.</summary>
    public static void Write(string target, Action<Stream> write)
    {
        var temp = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
