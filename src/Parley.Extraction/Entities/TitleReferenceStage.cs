using Parley.Extraction.Time;
using Parley.Model;
using Parley.Packs;
using Parley.Pipeline;
using Parley.Text;

namespace Parley.Extraction.Entities;

/// <summary>
/// Links a definite title with no name to a person ("the deputy minister noted", "the MP said"): the one person
/// named earlier in the document whose title holds those words, either a title the document gave them or one the
/// pack's dated roles give them on the document's date. The phrase becomes a mention of that person and one of
/// their roles in the document; when two people fit, nothing is linked.
/// </summary>
public sealed class TitleReferenceStage(DomainPack pack) : IExtractionStage
{
    private readonly EntityIndex _index = EntityIndex.For(pack);

    /// <inheritdoc />
    public string Name => "title-references";

    /// <inheritdoc />
    public void Run(DocumentAnalysis analysis)
    {
        var linked = analysis.GetFeature<LinkedMentions>();
        var coverage = analysis.GetFeature<TokenCoverage>();
        if (linked is null || coverage is null)
        {
            return;
        }

        var tokens = analysis.Tokens;
        var day = TimeStage.AnchorOf(analysis.Document.Published);
        var people = new List<(string Id, int FirstSeen, List<HashSet<string>> Titles)>();
        foreach (var m in linked.Items.Where(m => m.Kind == EntityKind.Person))
        {
            if (people.Any(p => p.Id == m.Mention.EntityId))
            {
                continue;
            }

            var titles = analysis.Roles.Where(r => r.EntityId == m.Mention.EntityId).Select(r => r.Role.Title).ToList();
            if (day is { } d && pack.Find(m.Mention.EntityId) is { } known)
            {
                titles.AddRange(known.RolesOn(d).Select(r => r.Title));
            }

            people.Add((m.Mention.EntityId, m.FirstToken, [.. titles.Select(Words).Where(w => w.Count > 0)]));
        }

        if (people.Count == 0)
        {
            return;
        }

        var added = new List<LinkedMention>();
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Normalized != "the" || coverage.EntityAt(i + 1) is not null)
            {
                continue;
            }

            // The title: modifiers and title nouns, ending in a title noun, with no name after it.
            var last = -1;
            var j = i + 1;
            while (j < tokens.Count && j - i <= 4 && tokens[j].IsWord &&
                   (_index.TitleNouns.Contains(tokens[j].Normalized) || RoleStage.TitleWords.Contains(tokens[j].Normalized)))
            {
                if (_index.TitleNouns.Contains(tokens[j].Normalized))
                {
                    last = j;
                }

                j++;
            }

            if (last < 0 || (last + 1 < tokens.Count && tokens[last + 1].IsCapitalized && tokens[last + 1].IsWord) || coverage.Any(i + 1, last))
            {
                continue;
            }

            if (OnlyFit(people, tokens, i, last) is not { } person)
            {
                continue;
            }

            var span = new CharSpan(tokens[i + 1].Span.Start, tokens[last].Span.End);
            var text = span.Slice(analysis.Text);
            var mention = new EntityMention(person, span, text);
            analysis.Mentions.Add(mention);
            added.Add(new LinkedMention(mention, i + 1, last, EntityKind.Person, ViaTitle: true));
            coverage.Mark(i + 1, last, person);
            if (!HasRole(analysis, person, text))
            {
                analysis.Roles.Add((person, new EntityRole(text, pack.Find(person)?.Side, null, null, analysis.Document.Id)));
            }

            i = last;
        }

        if (added.Count > 0)
        {
            linked.Items.AddRange(added);
            linked.Items.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        }
    }

    /// <summary>True when the document already gives <paramref name="person"/> the title <paramref name="title"/> (any case).</summary>
    private static bool HasRole(DocumentAnalysis analysis, string person, string title) =>
        analysis.Roles.Any(r => r.EntityId == person && string.Equals(r.Role.Title, title, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The one person named before token <paramref name="at"/> whose title holds every word of the title in
    /// tokens (<paramref name="at"/>, <paramref name="last"/>], or null when none or several do.
    /// </summary>
    /// <remarks>A method of its own, so its closures are made only for a title, not for every token scanned.</remarks>
    private static string? OnlyFit(List<(string Id, int FirstSeen, List<HashSet<string>> Titles)> people, IReadOnlyList<Token> tokens, int at, int last)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var k = at + 1; k <= last; k++)
        {
            if (!Function.Contains(tokens[k].Normalized))
            {
                words.Add(tokens[k].Normalized);
            }
        }

        string? only = null;
        var count = 0;
        foreach (var p in people)
        {
            if (p.FirstSeen < at && p.Titles.Any(t => words.IsSubsetOf(t)))
            {
                only ??= p.Id;
                count++;
            }
        }

        return count == 1 ? only : null;
    }

    private static readonly HashSet<string> Function = new(StringComparer.Ordinal) { "the", "of", "for", "to", "on", "at", "in", "under", "a", "an" };

    private static HashSet<string> Words(string title) =>
        new(Tokenizer.Tokenize(title).Where(t => t.IsWord && !Function.Contains(t.Normalized)).Select(t => t.Normalized), StringComparer.Ordinal);
}
