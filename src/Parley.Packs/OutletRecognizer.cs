using Parley.Model;
using Parley.Text;

namespace Parley.Packs;

/// <summary>Recognises the pack's outlets in a line of text (a masthead, a byline, a "Source:" line).</summary>
public sealed class OutletRecognizer
{
    private readonly List<(string[] Key, string Name)> _names;

    // Short one-word names ("EDM", "APA") read as words in running text, so they count only as a whole line.
    private readonly Dictionary<string, string> _shortNames;

    /// <summary>Compiles the outlet names and aliases of <paramref name="pack"/>, longest first.</summary>
    public OutletRecognizer(DomainPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var all = pack.OfKind(EntityKind.Outlet)
            // "Azerbaijani media" refers to a country's press in general and names no publisher; "OC Media" does.
            .Where(o => o.Affiliation is not "social-media" && !o.Name.EndsWith(" media", StringComparison.Ordinal))
            .SelectMany(o => o.AllNames.Concat(o.Domains).Select(n => (Key: Key(n), o.Name)))
            .Where(x => x.Key.Length > 0)
            .ToList();
        _names = [.. all.Where(x => x.Key.Length > 1 || x.Key[0].Length > 3).OrderByDescending(x => x.Key.Length)];
        _shortNames = all.Where(x => x.Key.Length == 1 && x.Key[0].Length <= 3)
            .GroupBy(x => x.Key[0], StringComparer.Ordinal)
            .Where(g => g.Select(x => x.Name).Distinct(StringComparer.Ordinal).Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
    }

    /// <summary>The canonical name of the first outlet named in <paramref name="line"/>, or null; a short name ("EDM") only when it is the whole line.</summary>
    public string? Recognize(string line)
    {
        var words = Key(line);
        if (words.Length == 1 && _shortNames.TryGetValue(words[0], out var shortName))
        {
            return shortName;
        }

        foreach (var (key, name) in _names)
        {
            for (var i = 0; i + key.Length <= words.Length; i++)
            {
                if (key.AsSpan().SequenceEqual(words.AsSpan(i, key.Length)))
                {
                    return name;
                }
            }
        }

        return null;
    }

    private static string[] Key(string text) =>
        [.. Tokenizer.Tokenize(text).Where(t => t.Kind != TokenKind.Punctuation || t.Normalized == ".").Select(t => t.Normalized)];
}
