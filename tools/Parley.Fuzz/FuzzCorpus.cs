using System.Security.Cryptography;

namespace Parley.Fuzz;

/// <summary>
/// The inputs that once crashed a target, kept in <c>test/fuzz-corpus/TARGET/</c> (one file an input, named by
/// its hash) and replayed by the test suite so a crash fixed stays fixed.
/// </summary>
public static class FuzzCorpus
{
    /// <summary>The corpus folder of the repository that holds <paramref name="start"/> (walking up), or null.</summary>
    public static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx")))
            {
                return Path.Combine(dir.FullName, "test", "fuzz-corpus");
            }
        }

        return null;
    }

    /// <summary>Saves a crashing input; returns its path.</summary>
    public static string Save(string corpus, string target, byte[] input)
    {
        var folder = Path.Combine(corpus, target);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, Convert.ToHexStringLower(SHA256.HashData(input))[..16] + ".bin");
        File.WriteAllBytes(path, input);
        return path;
    }

    /// <summary>Every saved input of every target, as (target, file).</summary>
    public static IEnumerable<(string Target, string File)> Inputs(string corpus) =>
        Directory.Exists(corpus)
            ? Directory.EnumerateDirectories(corpus).Order(StringComparer.Ordinal)
                .SelectMany(d => Directory.EnumerateFiles(d).Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(d), f)))
            : [];
}
