using Parley.Model;
using Parley.Text;

namespace Parley.Packs;

/// <summary>Recognises the pack's outlets in a line of text (a masthead, a byline, a "Source:" line).</summary>
public sealed class OutletRecognizer
{
    private readonly List<(string[] Key, string Name)> _names;

    /// <summary>Compiles the outlet names and aliases of <paramref name="pack"/>, longest first.</summary>
    public OutletRecognizer(DomainPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        _names = [.. pack.OfKind(EntityKind.Outlet)
            .Where(o => o.Affiliation is not "social-media" && !o.Id.EndsWith("-media", StringComparison.Ordinal))
            .SelectMany(o => o.AllNames.Concat(o.Domains).Select(n => (Key: Key(n), o.Name)))
            .Where(x => x.Key.Length > 0 && (x.Key.Length > 1 || x.Key[0].Length > 3))
            .OrderByDescending(x => x.Key.Length)];
    }

    /// <summary>The canonical name of the first outlet named in <paramref name="line"/>, or null.</summary>
    public string? Recognize(string line)
    {
        var words = Key(line);
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
