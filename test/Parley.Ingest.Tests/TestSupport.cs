using System.Text;
using Parley.Model;

namespace Parley.Ingest.Tests;

/// <summary>A temporary folder the tests write their own small files into.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Path = Directory.CreateTempSubdirectory("parley-ingest-").FullName;

    public string Path { get; }

    public string Write(string name, string content) => WriteBytes(name, new UTF8Encoding(false).GetBytes(content));

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Reading helpers.</summary>
public static class Read
{
    /// <summary>All results of reading one file with the reader its extension selects.</summary>
    public static List<ReadResult> File(string path, ReaderLimits? limits = null)
    {
        var reader = ReaderRegistry.Default.ForPath(path) ?? throw new InvalidOperationException("no reader for " + path);
        return [.. ReadJob.For(DocumentInput.FromFile(path), reader).Read(limits ?? ReaderLimits.Default)];
    }

    /// <summary>The single document of a file (fails the test otherwise).</summary>
    public static Document One(string path)
    {
        var results = File(path);
        var result = Assert.Single(results);
        Assert.True(result.Document is not null, $"expected a document, got: {result.Failure}");
        return result.Document!;
    }

    /// <summary>The single failure of a file (fails the test otherwise).</summary>
    public static ReadFailure Failure(string path, ReaderLimits? limits = null)
    {
        var result = Assert.Single(File(path, limits));
        Assert.True(result.Failure is not null, $"expected a failure, got document {result.Document?.Id}");
        return result.Failure!;
    }
}

/// <summary>Finds the shared folder (<c>shared/corpus</c>, <c>shared/gold</c>) by walking up from the test's base directory.</summary>
public static class SharedFolder
{
    public static string? Root { get; } = Locate();

    public static string? Corpus => Root is null ? null : System.IO.Path.Combine(Root, "corpus");

    public static string? Gold => Root is null ? null : System.IO.Path.Combine(Root, "gold");

    private static string? Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "corpus")))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>A fact that needs the shared corpus; reported as skipped (not passed) when it is absent.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (SharedFolder.Corpus is null)
        {
            Skip = "shared/corpus not found above the test directory (expected ../shared beside the repository)";
        }
    }
}

/// <summary>A fact that needs file permissions to bite: skipped on Windows and when the tests run as root, which ignores them.</summary>
public sealed class UnprivilegedFactAttribute : FactAttribute
{
    public UnprivilegedFactAttribute()
    {
        if (OperatingSystem.IsWindows() || Environment.IsPrivilegedProcess)
        {
            Skip = "running as root: folder permissions are not enforced";
        }
    }
}
