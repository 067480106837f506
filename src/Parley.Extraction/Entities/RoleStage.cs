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
        // One list of a person's titles, refilled for each (no iterator or concatenation per person); the stage only
        // adds roles, so the mentions are read in place.
        var titles = new List<(string Title, string? Of)>();
        foreach (var m in linked.Items)
        {
            if (m.Kind != EntityKind.Person)
            {
                continue;
            }

            titles.Clear();
            TitlesBefore(analysis, linked, m, titles);
            TitlesAfter(analysis, linked, m, titles);
            foreach (var (title, of) in titles)
            {
                var clean = title.Trim().Trim(',', ';', ':').Trim().TrimEnd('.');
                if (clean.Length < 2 || !seen.Add((m.Mention.EntityId, clean.ToLowerInvariant())))
                {
                    continue;
                }

                var body = of ?? pack.Find(m.Mention.EntityId)?.Side;
                analysis.Roles.Add((m.Mention.EntityId, new EntityRole(clean, body, null, null, analysis.Document.Id)));
            }
        }

    }

    // Adds the title before the person's name, if any, to `titles`.
    private void TitlesBefore(DocumentAnalysis analysis, LinkedMentions linked, LinkedMention person, List<(string Title, string? Of)> titles)
    {
        if (TitleEndingAt(analysis, linked, person, person.FirstToken - 1) is { } title)
        {
            titles.Add(title);
        }
        // "Karabakh's de facto president, Arayik Harutyunyan": a title set off by a comma before the name.
        else if (person.FirstToken >= 2 && analysis.Tokens[person.FirstToken - 1].Normalized == "," &&
                 TitleEndingAt(analysis, linked, person, person.FirstToken - 2) is { } setOff && HasTitleNoun(setOff.Title))
        {
            titles.Add(setOff);
        }
    }

    // The look-ups below are loops over the mentions in list order, not LINQ with lambdas: they run for every token
    // around every person, and each lambda reading the token made its closure there.

    // The first mention ending at token i, or (when token i is a possessive "'s") just before it.
    private static LinkedMention? FirstEndingAt(LinkedMentions linked, int i, bool possessiveAfter)
    {
        foreach (var x in linked.Items)
        {
            if (x.LastToken == i || (possessiveAfter && x.LastToken == i - 1))
            {
                return x;
            }
        }

        return null;
    }

    private static LinkedMention? FirstStartingAt(LinkedMentions linked, int i)
    {
        foreach (var x in linked.Items)
        {
            if (x.FirstToken == i)
            {
                return x;
            }
        }

        return null;
    }

    private static bool PersonStartsAt(LinkedMentions linked, int i)
    {
        foreach (var x in linked.Items)
        {
            if (x.FirstToken == i && x.Kind == EntityKind.Person)
            {
                return true;
            }
        }

        return false;
    }

    private bool HasTitleNoun(string title) =>
        title.Split(' ', '-').Any(w => _index.TitleNouns.Contains(TextNormalizer.Fold(w).Trim('.', ',')));

    // The title ending at token `end` before the person's name, or null.
    private (string Title, string? Of)? TitleEndingAt(DocumentAnalysis analysis, LinkedMentions linked, LinkedMention person, int end)
    {
        var tokens = analysis.Tokens;
        var i = end;
        var start = -1;
        string? of = null;
        var setOff = end < person.FirstToken - 1; // "<title>, <Name>"
        while (i >= 0 && end - i < 8)
        {
            var t = tokens[i];
            var owner = FirstEndingAt(linked, i, possessiveAfter: t.Normalized == "'s");

            // "Armenian Prime Minister Nikol Pashinyan": the linker read "Armenian Prime Minister" as the
            // government; its title words are the person's title and the government its body.
            if (owner is not null && (owner.LastToken == end || (start < 0 && setOff)) && owner.Kind is not EntityKind.Person and not EntityKind.Place &&
                TitleWithin(tokens, owner.FirstToken, owner.LastToken) is { } titleStart)
            {
                of ??= owner.Mention.EntityId;
                start = titleStart;
                break;
            }

            // "commander of Russian peacekeepers Rustam Muradov": a title word, "of", then the body, then the name.
            if (owner is not null && owner.LastToken == end && owner.Kind is not EntityKind.Person and not EntityKind.Place && owner.FirstToken >= 2 &&
                tokens[owner.FirstToken - 1].Normalized is "of" or "for" && _index.TitleNouns.Contains(tokens[owner.FirstToken - 2].Normalized))
            {
                of ??= owner.Mention.EntityId;
                start = owner.FirstToken - 2;
                i = start - 1;
                continue;
            }

            if (owner is not null && owner.Kind is not EntityKind.Person and not EntityKind.Place)
            {
                of ??= owner.Mention.EntityId;
                // "health ministry spokeswoman": a body just before the title word names whose title it is, in the title.
                if (start == i + 1 && owner.Kind == EntityKind.Organization && owner.LastToken == i)
                {
                    start = owner.FirstToken;
                }
                // "Armenian Deputy Prime Minister": the linker read "Armenian Deputy" as the government; the rank word
                // it swallowed begins the title.
                else if (start == i + 1 && owner.LastToken == i && tokens[i].Normalized is "deputy" or "vice")
                {
                    start = i;
                }

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

            if (t.Normalized is "." or "-" && i > 0 && tokens[i - 1].Normalized is "gen" or "maj" or "lt" or "col" or "adm")
            {
                i--;
                continue;
            }

            // "Director of Coordination, X", "member of parliament, X": in a title set off before the name, a few words
            // may follow the title word.
            if (start < 0 && setOff && t.IsWord && owner is null && end - i < 4)
            {
                i--;
                continue;
            }

            // "UN Resident Coordinator", "Human Rights Defender": capitalised words before a title word belong to it.
            if (start == i + 1 && owner is null && t.IsWord && t.IsCapitalized && !t.IsAllCaps && i > 0 && !tokens[i - 1].Normalized.Equals(".", StringComparison.Ordinal) &&
                !_index.AdjectiveOf.ContainsKey(t.Normalized))
            {
                start = i;
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
            var span = new CharSpan(tokens[start].Span.Start, tokens[end].Span.End);
            var title = span.Slice(analysis.Text);
            if (HasTitleNoun(title))
            {
                return (title, of);
            }
        }
        else if (start >= 0)
        {
            var span = new CharSpan(tokens[start].Span.Start, tokens[end].Span.End);
            return (span.Slice(analysis.Text), of);
        }

        return null;
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

    // Lower-case words a title holds besides its title nouns ("former deputy foreign minister", "head of the …").
    internal static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "foreign", "defense", "defence", "prime", "state", "vice", "deputy", "de", "facto", "former", "special", "security",
        "national", "first", "chief", "presidential", "affairs", "interior", "economy", "acting", "current", "senior",
        "general", "of", "the", "for", "to", "on", "at", "under", "in", "charge",
    };

    /// <summary>
    /// "X, deputy foreign minister of Azerbaijan", "X, a former foreign minister and current advisor to president Y":
    /// the appositions after a name that hold a title noun, each cut before the first word that is no part of a title,
    /// added to <paramref name="titles"/> in order.
    /// </summary>
    private void TitlesAfter(DocumentAnalysis analysis, LinkedMentions linked, LinkedMention person, List<(string Title, string? Of)> titles)
    {
        var tokens = analysis.Tokens;
        var i = person.LastToken + 1;
        // "X, deputy minister, …" or "X is a journalist based in …".
        var predicate = i + 1 < tokens.Count && tokens[i].Normalized is "is" or "was" && tokens[i + 1].Normalized is "a" or "an";
        if (i >= tokens.Count || (tokens[i].Normalized != "," && !predicate))
        {
            return;
        }

        i++;
        while (true)
        {
            if (i < tokens.Count && tokens[i].Normalized is "a" or "an" or "the")
            {
                i++;
            }

            var start = i;
            var last = -1;
            var hasTitle = false;
            string? of = null;
            var more = false;
            int? firstLower = null;
            while (i < tokens.Count && i - start < 16)
            {
                var t = tokens[i];
                if (t.Kind == TokenKind.Punctuation && t.Normalized is "," or "." or ";" or ":" or "(" or ")" or "!" or "?")
                {
                    break;
                }

                if (t.IsWord && t.Normalized == "and" && hasTitle)
                {
                    more = true;
                    i++;
                    break;
                }

                var owner = FirstStartingAt(linked, i);
                if (owner is not null)
                {
                    // A person inside a title only after "to" ("advisor to president Y"); otherwise the words before the
                    // name are that person's title ("X, Karabakh president Y, and Z"), not X's.
                    if (owner.Kind == EntityKind.Person && !(hasTitle && i > start + 1 && (tokens[i - 1].Normalized == "to" || tokens[i - 2].Normalized == "to")))
                    {
                        hasTitle = false;
                        break;
                    }

                    if (owner.Kind is not EntityKind.Place and not EntityKind.Person)
                    {
                        of ??= owner.Mention.EntityId;
                    }

                    // "an Azerbaijani member of parliament": the linker read "Azerbaijani member" as the government.
                    hasTitle |= owner.ViaTitle || TitleWithin(tokens, owner.FirstToken, owner.LastToken) is not null;
                    i = owner.LastToken + 1;
                    last = i - 1;
                    continue;
                }

                if (t.IsWord && Stops.Contains(t.Normalized))
                {
                    break;
                }

                if (t.IsWord && _index.TitleNouns.Contains(t.Normalized))
                {
                    hasTitle = true;
                    last = i;
                }
                else if (t.IsWord && _index.AdjectiveOf.TryGetValue(t.Normalized, out var state))
                {
                    of ??= state;
                    last = i;
                }
                else if (t.IsWord && (t.IsCapitalized || TitleWords.Contains(t.Normalized)))
                {
                    if (t.IsCapitalized)
                    {
                        last = i;
                    }
                }
                else if (t.Kind != TokenKind.Punctuation)
                {
                    // A lower-case word: part of the title ("the peacekeeping unit") when a comma closes the
                    // apposition; otherwise the verb after it ("… Department briefed the attachés on …").
                    firstLower ??= last;
                    last = i;
                }

                i++;
            }

            var closed = i < tokens.Count && tokens[i].Normalized is "," or ";" or ")" && i - start < 16;
            // "X, Azerbaijani member of parliament, Y": the apposition before a name is that name's title.
            var beforeName = closed && PersonStartsAt(linked, i + 1);
            // "X, accompanied the coordinator": a verb opens the clause, no title.
            var opensWithVerb = start < tokens.Count && tokens[start].IsWord && !tokens[start].IsCapitalized &&
                !TitleWords.Contains(tokens[start].Normalized) && !_index.TitleNouns.Contains(tokens[start].Normalized);
            if (beforeName || opensWithVerb)
            {
                hasTitle = false;
            }

            if (!closed && firstLower is { } cut)
            {
                last = cut;
            }

            if (hasTitle && last >= start)
            {
                var span = new CharSpan(tokens[start].Span.Start, tokens[last].Span.End);
                titles.Add((span.Slice(analysis.Text), of));
            }

            if (!more)
            {
                return;
            }
        }
    }
}
