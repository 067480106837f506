using Parley.Model;
using Parley.Packs;
using Parley.Pipeline;
using Parley.Text;

namespace Parley.Extraction.Entities;

/// <summary>
/// Reads the titles a document gives people: before the name ("MP Ramin Mammadov", "Russian Major General
/// Andrey Volkov", "Azerbaijan's deputy foreign minister Elnur Mammadov") and in an apposition after it
/// ("Samvel Shahramanyan, secretary of the security council"). The title's body is an entity named inside
/// the title, else the demonym before it, else the person's side in the pack.
/// </summary>
public sealed class RoleStage(DomainPack pack) : IExtractionStage
{
    private static readonly HashSet<string> Stops = new(StringComparer.Ordinal)
    {
        "who", "which", "that", "said", "says", "told", "has", "had", "have", "was", "is", "were", "are", "will",
        "would", "and", "but", "when", "while", "after", "before", "as", "in", "on", "at", "during", "since",
    };

    private readonly EntityIndex _index = EntityIndex.For(pack);

    /// <inheritdoc />
    public string Name => "roles";

    /// <inheritdoc />
    public void Run(DocumentAnalysis analysis)
    {
        var linked = analysis.GetFeature<LinkedMentions>();
        if (linked is null)
        {
            return;
        }

        var seen = new HashSet<(string, string)>();
        foreach (var m in linked.Items.Where(m => m.Kind == EntityKind.Person).ToList())
        {
            foreach (var (title, of) in TitlesBefore(analysis, linked, m).Concat(TitlesAfter(analysis, linked, m)))
            {
                var clean = title.Trim().Trim(',', '.', ';', ':').Trim();
                if (clean.Length < 2 || !seen.Add((m.Mention.EntityId, clean.ToLowerInvariant())))
                {
                    continue;
                }

                var body = of ?? pack.Find(m.Mention.EntityId)?.Side;
                analysis.Roles.Add((m.Mention.EntityId, new EntityRole(clean, body, null, null, analysis.Document.Id)));
            }
        }

    }

    private IEnumerable<(string Title, string? Of)> TitlesBefore(DocumentAnalysis analysis, LinkedMentions linked, LinkedMention person)
    {
        var tokens = analysis.Tokens;
        var i = person.FirstToken - 1;
        var start = -1;
        string? of = null;
        while (i >= 0 && person.FirstToken - i <= 8)
        {
            var t = tokens[i];
            var owner = linked.Items.FirstOrDefault(x => x.LastToken == i || (x.LastToken == i - 1 && t.Normalized == "'s"));

            // "Armenian Prime Minister Nikol Pashinyan": the linker read "Armenian Prime Minister" as the
            // government; its title words are the person's title and the government its body.
            if (owner is not null && owner.LastToken == person.FirstToken - 1 && owner.Kind is not EntityKind.Person and not EntityKind.Place &&
                TitleWithin(tokens, owner.FirstToken, owner.LastToken) is { } titleStart)
            {
                of ??= owner.Mention.EntityId;
                start = titleStart;
                break;
            }

            if (owner is not null && owner.Kind is not EntityKind.Person and not EntityKind.Place)
            {
                of ??= owner.Mention.EntityId;
                break;
            }

            // "Special Representative for the South Caucasus Toivo Klaar": a place inside the title.
            if (owner is not null && owner.Kind == EntityKind.Place && owner.LastToken == i && owner.FirstToken >= 1 &&
                tokens[owner.FirstToken - 1].Normalized is "the" or "for" or "of")
            {
                i = owner.FirstToken - 1;
                continue;
            }

            if (t.IsWord && (_index.TitleNouns.Contains(t.Normalized) || t.Normalized is "foreign" or "defense" or "defence" or "prime" or "state" or "vice" or "deputy" or "de" or "facto" or "former" or "special" or "security" or "national" or "first" or "chief" or "presidential" or "affairs" or "interior" or "economy" or "of" or "the" or "for" or "gen" or "maj" or "lt" or "col"))
            {
                if (t.Normalized is not ("the" or "of" or "for"))
                {
                    start = i;
                }

                i--;
                continue;
            }

            if (t.Normalized == "." && i > 0 && tokens[i - 1].Normalized is "gen" or "maj" or "lt" or "col" or "adm")
            {
                i--;
                continue;
            }

            if (t.IsWord && _index.AdjectiveOf.TryGetValue(t.Normalized, out var state))
            {
                of ??= state;
            }

            break;
        }

        if (start >= 0 && tokens[start].Normalized is not ("former" or "de"))
        {
            var span = new CharSpan(tokens[start].Span.Start, tokens[person.FirstToken - 1].Span.End);
            var title = span.Slice(analysis.Text);
            if (title.Split(' ').Any(w => _index.TitleNouns.Contains(TextNormalizer.Fold(w).Trim('.'))))
            {
                yield return (title, of);
            }
        }
        else if (start >= 0)
        {
            var span = new CharSpan(tokens[start].Span.Start, tokens[person.FirstToken - 1].Span.End);
            yield return (span.Slice(analysis.Text), of);
        }
    }

    /// <summary>The first token of a run of title words inside [first, last] that reaches <paramref name="last"/>, or null.</summary>
    private int? TitleWithin(IReadOnlyList<Token> tokens, int first, int last)
    {
        int? start = null;
        for (var k = last; k >= first; k--)
        {
            var w = tokens[k].Normalized;
            if (tokens[k].IsWord && (_index.TitleNouns.Contains(w) || w is "foreign" or "defense" or "defence" or "prime" or "deputy" or "vice" or "state"))
            {
                start = k;
                continue;
            }

            break;
        }

        return start;
    }

    private IEnumerable<(string Title, string? Of)> TitlesAfter(DocumentAnalysis analysis, LinkedMentions linked, LinkedMention person)
    {
        var tokens = analysis.Tokens;
        var i = person.LastToken + 1;
        if (i >= tokens.Count || tokens[i].Normalized != ",")
        {
            yield break;
        }

        i++;
        if (i < tokens.Count && tokens[i].Normalized is "a" or "an" or "the")
        {
            i++;
        }

        var start = i;
        var hasTitle = false;
        string? of = null;
        while (i < tokens.Count && i - start < 16)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punctuation && t.Normalized is "," or "." or ";" or "(" or ")" or ":" or "\u201D" or "\"")
            {
                break;
            }

            if (t.IsWord && Stops.Contains(t.Normalized))
            {
                break;
            }

            var owner = linked.Items.FirstOrDefault(x => x.FirstToken == i);
            if (owner is not null)
            {
                if (owner.Kind == EntityKind.Person)
                {
                    break;
                }

                if (owner.Kind is not EntityKind.Place)
                {
                    of ??= owner.Mention.EntityId;
                }

                i = owner.LastToken + 1;
                continue;
            }

            if (t.IsWord && _index.TitleNouns.Contains(t.Normalized))
            {
                hasTitle = true;
            }
            else if (t.IsWord && _index.AdjectiveOf.TryGetValue(t.Normalized, out var state))
            {
                of ??= state;
            }

            i++;
        }

        if (hasTitle && i > start && i - start < 16)
        {
            var span = new CharSpan(tokens[start].Span.Start, tokens[i - 1].Span.End);
            yield return (span.Slice(analysis.Text), of);
        }
    }
}
