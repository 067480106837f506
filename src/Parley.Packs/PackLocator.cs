namespace Parley.Packs;

/// <summary>Finds the default pack folder: next to the program, or under <c>data/packs</c> of the repository.</summary>
public static class PackLocator
{
    /// <summary>Name of the default pack.</summary>
    public const string DefaultPackName = "karabakh";

    /// <summary>The folder of pack <paramref name="name"/>, or null when none is found.</summary>
    public static string? Find(string name = DefaultPackName)
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            var shipped = Path.Combine(start, "packs", name);
            if (Directory.Exists(shipped))
            {
                return shipped;
            }

            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data", "packs", name);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
