using Parley.Packs;

namespace Parley.Extraction.Events.Arguments;

/// <summary>
/// The lower-case words a title in front of a name is made of ("presidential aide", "deputy foreign minister"): each
/// word of the pack's <c>title_nouns</c> and the modifiers titles take. A verb's object may stand behind them
/// ("met presidential aide X").
/// </summary>
internal static class TitleWords
{
    private static readonly string[] Modifiers =
    [
        "foreign", "defense", "defence", "prime", "state", "vice", "deputy", "former", "special", "security", "national",
        "first", "chief", "presidential", "acting", "senior", "top", "new", "visiting", "outgoing", "incoming",
    ];

    /// <summary>The title words of <paramref name="pack"/>, each once.</summary>
    internal static HashSet<string> Of(DomainPack pack)
    {
        var words = new HashSet<string>(Modifiers, StringComparer.Ordinal);
        foreach (var title in pack.Words("title_nouns"))
        {
            foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(word);
            }
        }

        return words;
    }
}
