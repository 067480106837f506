using Parley.Extraction.Matching;
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
/// their roles in the document; when two people fit, nothing is linked. A state's title with no name ("Armenia's
/// prime minister said", "the Azerbaijani foreign minister") links to whoever held that office of that state on the
/// document's date by the pack's dated roles, named before or not.
/// </summary>
public sealed class TitleReferenceStage(DomainPack pack) : IExtractionStage
{
    private readonly EntityIndex _index = EntityIndex.For(pack);
    private readonly Dictionary<(string Of, string Title), List<(string Person, PackRole Role)>> _offices = Offices(pack);
    private readonly Dictionary<string, HashSet<string>> _packTitleWords = new(StringComparer.Ordinal);

    // Short forms of titles in news prose; each stands for the words of the title it shortens.
    private static readonly Dictionary<string, string[]> TitleAbbreviations = new(StringComparer.Ordinal)
    {
        ["pm"] = ["prime", "minister"],
        ["premier"] = ["prime", "minister"],
        ["fm"] = ["foreign", "minister"],
        ["defense"] = ["defence"],
    };

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

        // Every token is read here: as a span, with no interface call per read (the CLI runs without dynamic PGO).
        var tokens = PhraseMatcher<int>.AsSpan(analysis.Tokens);
        var day = TimeStage.AnchorOf(analysis.Document.Published);
        var added = new List<LinkedMention>();
        if (day is { } today)
        {
            LinkOfficeHolders(analysis, linked, coverage, today, added);
        }

        // The people named and their titles are read only when the text has a title with no name to link, which
        // most documents have not; nothing before then changes the mentions or roles they are read from.
        List<(string Id, int FirstSeen, List<HashSet<string>> Titles)>? people = null;
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (tokens[i].Normalized != "the" || coverage.EntityAt(i + 1) is not null)
            {
                continue;
            }

            // The title: modifiers and title nouns, ending in a title noun, with no name after it.
            var last = -1;
            var j = i + 1;
            while (j < tokens.Length && j - i <= 4 && tokens[j].IsWord &&
                   (_index.TitleNouns.Contains(tokens[j].Normalized) || RoleStage.TitleWords.Contains(tokens[j].Normalized)))
            {
                if (_index.TitleNouns.Contains(tokens[j].Normalized))
                {
                    last = j;
                }

                j++;
            }

            if (last < 0 || (last + 1 < tokens.Length && tokens[last + 1].IsCapitalized && tokens[last + 1].IsWord) || coverage.Any(i + 1, last))
            {
                continue;
            }

            people ??= People(analysis, linked, day);
            if (people.Count == 0)
            {
                break;
            }

            if (OnlyFit(people, analysis.Tokens, i, last) is not { } person)
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

        Publish(linked, added);
    }

    /// <summary>Each person the document names, in order of first mention, with the word sets of every title they hold in it or (by the pack) on <paramref name="day"/>.</summary>
    private List<(string Id, int FirstSeen, List<HashSet<string>> Titles)> People(DocumentAnalysis analysis, LinkedMentions linked, NodaTime.LocalDate? day)
    {
        var people = new List<(string Id, int FirstSeen, List<HashSet<string>> Titles)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in linked.Items)
        {
            if (m.Kind != EntityKind.Person || !seen.Add(m.Mention.EntityId))
            {
                continue;
            }

            var titles = new List<HashSet<string>>();
            foreach (var (entityId, role) in analysis.Roles)
            {
                if (entityId == m.Mention.EntityId && Words(role.Title) is { Count: > 0 } words)
                {
                    titles.Add(words);
                }
            }

            if (day is { } d && pack.Find(m.Mention.EntityId) is { } known)
            {
                foreach (var role in known.Roles)
                {
                    if (role.IsActiveOn(d) && PackTitleWords(role.Title) is { Count: > 0 } words)
                    {
                        titles.Add(words);
                    }
                }
            }

            people.Add((m.Mention.EntityId, m.FirstToken, titles));
        }

        return people;
    }

    // The pack's titles recur in every document: their word sets are read once (they are only read, never changed).
    private HashSet<string> PackTitleWords(string title)
    {
        if (!_packTitleWords.TryGetValue(title, out var words))
        {
            _packTitleWords[title] = words = Words(title);
        }

        return words;
    }

    private static void Publish(LinkedMentions linked, List<LinkedMention> added)
    {
        if (added.Count > 0)
        {
            linked.Items.AddRange(added);
            linked.Items.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        }
    }

    /// <summary>
    /// "Armenia's PM told residents", "the Azerbaijani foreign minister said": a state (by name with "'s", or by its
    /// demonym) and a title with no name after it link to the one person the pack has holding that office of that
    /// state on <paramref name="day"/>; a "former" title, or an office two people held that day, links nothing.
    /// </summary>
    private void LinkOfficeHolders(DocumentAnalysis analysis, LinkedMentions linked, TokenCoverage coverage, NodaTime.LocalDate day, List<LinkedMention> added)
    {
        // Read as a span: this runs over every token of the document, and the CLI (dynamic PGO off) would make each
        // read of a list through its interface a call.
        var tokens = PhraseMatcher<int>.AsSpan(analysis.Tokens);
        var states = new Dictionary<int, string>();
        foreach (var m in linked.Items)
        {
            if (m.Kind == EntityKind.State)
            {
                states.TryAdd(m.LastToken, m.Mention.EntityId);
            }
        }

        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            // The owner: "Armenia's" (a linked state and its possessive) or a capitalised demonym ("Armenian").
            string? state;
            int first;
            if (tokens[i + 1].Normalized == "'s" && states.TryGetValue(i, out var named))
            {
                (state, first) = (named, i + 2);
            }
            else if (tokens[i].IsCapitalized && _index.AdjectiveOf.TryGetValue(tokens[i].Normalized, out var ofDemonym) &&
                     (coverage.EntityAt(i) is null || coverage.EntityAt(i) == ofDemonym))
            {
                (state, first) = (ofDemonym, i + 1);
            }
            else
            {
                continue;
            }

            // "the Office of the Azerbaijani President" names an institution, not its head.
            if (first >= tokens.Length || pack.Find(state)?.Kind != EntityKind.State ||
                (i >= 3 && tokens[i - 1].Normalized == "the" && tokens[i - 2].Normalized == "of" &&
                 tokens[i - 3].Normalized is "office" or "administration" or "apparatus" or "staff" or "service"))
            {
                continue;
            }

            // The title: title words ending in a title noun or a short form, with no name after it.
            var last = -1;
            for (var j = first; j < tokens.Length && j - first < 4 && tokens[j].IsWord; j++)
            {
                var word = tokens[j].Normalized;
                if (_index.TitleNouns.Contains(word) || TitleAbbreviations.ContainsKey(word))
                {
                    last = j;
                }
                else if (!RoleStage.TitleWords.Contains(word))
                {
                    break;
                }
            }

            // "Azerbaijani foreign minister" may be linked whole as the state's government; the title is still the person.
            if (last < 0 || (last + 1 < tokens.Length && tokens[last + 1].IsCapitalized && tokens[last + 1].IsWord) ||
                !PlainTitle(tokens, coverage, first, last, state))
            {
                continue;
            }

            if (!_offices.TryGetValue((state, TitleKey(tokens, first, last)), out var holders) ||
                OnlyHolder(holders, day) is not { } person || _index.EntityOf(person) is not { } entity)
            {
                continue;
            }

            var span = new CharSpan(tokens[first].Span.Start, tokens[last].Span.End);
            var mention = new EntityMention(person, span, span.Slice(analysis.Text));
            analysis.Mentions.Add(mention);
            analysis.Entities.TryAdd(person, entity);
            added.Add(new LinkedMention(mention, first, last, EntityKind.Person, ViaTitle: true));
            coverage.Mark(first, last, person);
            i = last;
        }
    }

    /// <summary>True when no token of the title is another entity's or makes it a past one ("former", "then", "ex").</summary>
    private static bool PlainTitle(ReadOnlySpan<Token> tokens, TokenCoverage coverage, int first, int last, string state)
    {
        for (var k = first; k <= last; k++)
        {
            if ((coverage.EntityAt(k) is { } covered && covered != state) || tokens[k].Normalized is "former" or "then" or "ex")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The one person holding one of <paramref name="holders"/>' roles on <paramref name="day"/>, or null when none or several do.</summary>
    private static string? OnlyHolder(List<(string Person, PackRole Role)> holders, NodaTime.LocalDate day)
    {
        string? only = null;
        foreach (var (person, role) in holders)
        {
            if (!role.IsActiveOn(day) || person == only)
            {
                continue;
            }

            if (only is not null)
            {
                return null;
            }

            only = person;
        }

        return only;
    }

    /// <summary>The title key (<see cref="TitleKey(IEnumerable{string})"/>) of tokens <paramref name="first"/> to <paramref name="last"/>.</summary>
    private static string TitleKey(ReadOnlySpan<Token> tokens, int first, int last)
    {
        var words = new string[last - first + 1];
        for (var k = first; k <= last; k++)
        {
            words[k - first] = tokens[k].Normalized;
        }

        return TitleKey(words);
    }

    /// <summary>Every pack person's roles by (whose office, title key).</summary>
    private static Dictionary<(string Of, string Title), List<(string Person, PackRole Role)>> Offices(DomainPack pack)
    {
        var offices = new Dictionary<(string, string), List<(string, PackRole)>>();
        foreach (var person in pack.OfKind(EntityKind.Person))
        {
            foreach (var role in person.Roles.Where(r => r.Of is not null))
            {
                var key = (role.Of!, TitleKey(Tokenizer.Tokenize(role.Title).Where(t => t.IsWord).Select(t => t.Normalized)));
                if (!offices.TryGetValue(key, out var list))
                {
                    offices[key] = list = [];
                }

                list.Add((person.Id, role));
            }
        }

        return offices;
    }

    /// <summary>A title's content words, short forms spelled out, sorted: "PM" and "Prime Minister" give one key.</summary>
    private static string TitleKey(IEnumerable<string> words) =>
        string.Join(' ', words.Where(w => !Function.Contains(w))
            .SelectMany(w => TitleAbbreviations.TryGetValue(w, out var full) ? full : [w]).Distinct().Order(StringComparer.Ordinal));

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
            // "the PM" holds the words of "prime minister".
            if (TitleAbbreviations.TryGetValue(tokens[k].Normalized, out var full))
            {
                words.UnionWith(full);
            }
            else if (!Function.Contains(tokens[k].Normalized))
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
