using System.Text;
using Parley.Extraction.Matching;
using Parley.Model;
using Parley.Packs;
using Parley.Pipeline;
using Parley.Text;

namespace Parley.Extraction.Entities;

/// <summary>
/// Finds names the pack does not know, so a new actor shows up on day one: a run of capitalised words with a
/// cue — a title before it or an apposition after it (a person), "said"/"told" after it (a person), "the
/// village of …" or "… district" (a place), an organisation head noun ("… Center", "Ministry of …").
/// Each becomes an entity marked as discovered, with a slug id.
/// </summary>
public sealed class DiscoveryStage(DomainPack pack) : IExtractionStage
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "on", "in", "at", "as", "but", "and", "or", "for", "of", "to", "by", "with", "from", "after",
        "before", "since", "during", "however", "meanwhile", "moreover", "yet", "this", "that", "these", "those",
        "it", "its", "he", "she", "they", "we", "i", "his", "her", "their", "our", "there", "here", "when", "while",
        "although", "though", "if", "according", "earlier", "later", "also", "so", "thus", "hence", "still",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "president", "prime", "minister", "foreign", "ministry", "mr", "mrs", "ms", "dr",
        "general", "gen", "maj", "col", "lt", "said", "says", "read", "more", "photo", "video", "source",
        "news", "update", "updated", "published", "author", "by", "share", "tags", "related", "republic", "state",
        "armenian", "azerbaijani", "russian", "turkish", "iranian", "european", "american", "french", "western",
        "karabakh", "armenians", "azerbaijanis", "azeris", "russians", "both", "all", "some", "many", "several",
        "one", "two", "three", "first", "second", "last", "next", "new", "former", "deputy", "acting", "chief",
        "head", "commander", "spokesman", "spokeswoman", "secretary", "ambassador", "envoy", "representative",
        "special", "senior", "de", "facto", "so-called", "self-proclaimed", "separatist", "why", "what", "how",
        "who", "where", "which", "today", "yesterday", "no", "not", "such", "other", "each", "every", "only",
        "following", "despite", "amid", "under", "over", "into", "upon", "given", "instead", "nevertheless",
    };

    private static readonly HashSet<string> OrgHeads = new(StringComparer.Ordinal)
    {
        "center", "centre", "institute", "foundation", "committee", "council", "commission", "agency", "service",
        "forum", "department", "office", "union", "organization", "organisation", "bank", "fund", "group",
        "party", "movement", "ministry", "court", "assembly", "university", "association", "network", "company",
        "corporation", "cjsc", "ojsc", "llc", "mission", "army", "brigade", "battalion", "regiment", "front",
    };

    private static readonly HashSet<string> PlaceHeads = new(StringComparer.Ordinal)
    {
        "village", "town", "district", "region", "province", "city", "settlement", "mine", "river", "lake",
        "mountain", "mountains", "pass", "valley", "reservoir", "bridge", "airport", "hills", "heights",
    };

    private static readonly HashSet<string> SpeechAfter = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "wrote", "writes", "noted", "stated", "added", "explained", "argued", "stressed",
        "claimed", "tweeted", "recalled", "warned", "believes", "thinks", "insisted",
    };

    // Nouns of people a name can stand beside in apposition ("her brother, X Y,"; "the two envoys, X Y and Z W,"),
    // besides titles and the pack's captives.
    private static readonly HashSet<string> KinAndPeople = new(StringComparer.Ordinal)
    {
        "son", "sons", "daughter", "daughters", "wife", "husband", "brother", "brothers", "sister", "sisters", "father",
        "mother", "parents", "nephew", "niece", "cousin", "uncle", "aunt", "widow", "relative", "relatives", "lawyer",
        "lawyers", "men", "women", "man", "woman", "boys", "girls", "people", "residents", "envoys", "officials",
    };

    private readonly EntityIndex _index = EntityIndex.For(pack);

    private readonly HashSet<string> _captives = new(pack.Words("captive_nouns"), StringComparer.Ordinal);

    // The words of each pack body's name and aliases ("defense" read as "defence"), taken once.
    private readonly Dictionary<string, List<HashSet<string>>> _bodyNames = pack.OfKind(EntityKind.Organization).ToDictionary(
        e => e.Id,
        e => e.AllNames.Select(n => Tokenizer.Tokenize(n).Select(t => Spelling(t.Normalized)).ToHashSet(StringComparer.Ordinal)).ToList(),
        StringComparer.Ordinal);

    private static string Spelling(string word) => word == "defense" ? "defence" : word;

    /// <summary>
    /// The pack body mentioned last before token <paramref name="first"/> one of whose names holds every word of
    /// <paramref name="first"/>..<paramref name="last"/>, or null.
    /// </summary>
    private string? NamedBefore(ReadOnlySpan<Token> tokens, int first, int last, LinkedMentions linked)
    {
        LinkedMention? best = null;
        foreach (var m in linked.Items)
        {
            if (m.Kind != EntityKind.Organization || m.LastToken >= first || (best is not null && m.LastToken <= best.LastToken) ||
                !_bodyNames.TryGetValue(m.Mention.EntityId, out var names))
            {
                continue;
            }

            foreach (var words in names)
            {
                var all = true;
                for (var k = first; k <= last && all; k++)
                {
                    all = words.Contains(Spelling(tokens[k].Normalized));
                }

                if (all)
                {
                    best = m;
                    break;
                }
            }
        }

        return best?.Mention.EntityId;
    }

    /// <inheritdoc />
    public string Name => "discovery";

    /// <inheritdoc />
    public void Run(DocumentAnalysis analysis)
    {
        // Every token is read here, several times: as a span, with no interface call per read, which the CLI (no
        // dynamic PGO) would not have devirtualised.
        var tokenList = analysis.Tokens;
        var tokens = PhraseMatcher<int>.AsSpan(tokenList);
        var coverage = analysis.GetFeature<TokenCoverage>() ?? new TokenCoverage(tokens.Length);
        var linked = analysis.GetFeature<LinkedMentions>() ?? new LinkedMentions();
        var found = new Dictionary<string, (string Id, EntityKind Kind)>(StringComparer.Ordinal);
        var lastPersonEnd = -1;

        foreach (var sentence in analysis.Sentences)
        {
            if (sentence.IsHeading)
            {
                continue;
            }

            var first = analysis.TokenIndexAt(sentence.Span.Start);
            for (var i = first; i < tokens.Length && tokens[i].Span.Start < sentence.Span.End; i++)
            {
                if (!StartsName(tokens, i, coverage))
                {
                    continue;
                }

                var end = i;
                while (end + 1 < tokens.Length && tokens[end + 1].Span.Start < sentence.Span.End && ContinuesName(tokens, end + 1, coverage, analysis.Text))
                {
                    end++;
                }

                // Trim trailing connectors ("of", "the").
                while (end > i && !tokens[end].IsCapitalized)
                {
                    end--;
                }

                // "Admiral Oleg Semenov", "Maltese Foreign Minister Ian Borg", "Vice President KD Marlow": the words up
                // to the last title word before a name of two words or more are the title, not the name (a body's
                // name keeps its words: "State Security Service").
                for (var t = end - 2; t >= i && !OrgHeads.Contains(tokens[end].Normalized); t--)
                {
                    if (_index.TitleNouns.Contains(tokens[t].Normalized))
                    {
                        i = t + 1;
                        break;
                    }
                }

                // "the two envoys, X Y and Z W": a name joined to a person just found is a person too.
                var listedWithPerson = i >= 2 && lastPersonEnd == i - 2 && tokens[i - 1].Normalized is "and" or ",";
                var kind = Classify(tokenList, i, end, i == first, analysis.Text, listedWithPerson);
                if (kind == EntityKind.Person)
                {
                    lastPersonEnd = end;
                }

                // "the Defence Ministry said" after "the Ministry of Defence of Armenia": a body's short name is the body
                // named before it in the document whose name holds all its words, not a new body.
                if (kind == EntityKind.Organization && NamedBefore(tokens, i, end, linked) is { } body)
                {
                    var bodySpan = new CharSpan(tokens[i].Span.Start, tokens[end].Span.End);
                    var bodyMention = new EntityMention(body, bodySpan, bodySpan.Slice(analysis.Text));
                    analysis.Mentions.Add(bodyMention);
                    coverage.Mark(i, end, body);
                    linked.Items.Add(new LinkedMention(bodyMention, i, end, EntityKind.Organization));
                    i = end;
                    continue;
                }

                if (kind is not null)
                {
                    var name = new CharSpan(tokens[i].Span.Start, tokens[end].Span.End).Slice(analysis.Text);
                    var key = TextNormalizer.Fold(name);
                    if (!found.TryGetValue(key, out var entity))
                    {
                        entity = (Slug(name), kind.Value);
                        found[key] = entity;
                        analysis.Entities.TryAdd(entity.Id, new Entity { Id = entity.Id, Kind = entity.Kind, Name = name, Discovered = true });
                    }

                    var span = new CharSpan(tokens[i].Span.Start, tokens[end].Span.End);
                    var mention = new EntityMention(entity.Id, span, name);
                    analysis.Mentions.Add(mention);
                    coverage.Mark(i, end, entity.Id);
                    linked.Items.Add(new LinkedMention(mention, i, end, entity.Kind));
                }

                i = end;
            }
        }

        LinkSurnames(analysis, coverage, linked);
        linked.Items.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
    }

    /// <summary>
    /// "Maj-Gen Huseyn Mahmudov … Mahmudov stressed": after a discovered person's full name, the last word of
    /// the name alone refers back to them, as a known person's surname does. A surname two discovered people
    /// share stays unlinked.
    /// </summary>
    private static void LinkSurnames(DocumentAnalysis analysis, TokenCoverage coverage, LinkedMentions linked)
    {
        var people = linked.Items
            .Where(m => m.Kind == EntityKind.Person && m.LastToken > m.FirstToken && analysis.Entities.TryGetValue(m.Mention.EntityId, out var e) && e.Discovered)
            .GroupBy(m => analysis.Tokens[m.LastToken].Normalized, StringComparer.Ordinal)
            .Where(g => g.Select(m => m.Mention.EntityId).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.OrderBy(m => m.FirstToken).First(), StringComparer.Ordinal);
        if (people.Count == 0)
        {
            return;
        }

        var tokens = PhraseMatcher<int>.AsSpan(analysis.Tokens);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i] is { IsWord: true, IsCapitalized: true } && coverage.EntityAt(i) is null &&
                people.TryGetValue(tokens[i].Normalized, out var full) && i > full.LastToken)
            {
                var mention = new EntityMention(full.Mention.EntityId, tokens[i].Span, tokens[i].Span.Slice(analysis.Text));
                analysis.Mentions.Add(mention);
                coverage.Mark(i, i, full.Mention.EntityId);
                linked.Items.Add(new LinkedMention(mention, i, i, EntityKind.Person));
            }
        }
    }


    private static bool StartsName(ReadOnlySpan<Token> tokens, int i, TokenCoverage coverage)
    {
        ref readonly var t = ref tokens[i];
        return t.IsWord && t.IsCapitalized && !t.IsAllCaps && coverage.EntityAt(i) is null && !NotNames.Contains(t.Normalized) && t.Normalized.Length > 1;
    }

    private static bool ContinuesName(ReadOnlySpan<Token> tokens, int i, TokenCoverage coverage, string text)
    {
        var t = tokens[i];
        if (coverage.EntityAt(i) is not null && !(i + 1 < tokens.Length && OrgHeads.Contains(tokens[i + 1].Normalized)))
        {
            return false;
        }

        // Words must be adjacent: one space or a hyphen between them, no line break.
        var gap = text.AsSpan(tokens[i - 1].Span.End, t.Span.Start - tokens[i - 1].Span.End);
        if (gap.Length > 1 || gap.Contains('\n'))
        {
            return false;
        }

        if (t.IsWord && t.IsCapitalized)
        {
            return !(t.Normalized is "said" or "says");
        }

        // "High-Level Planning Group": a hyphen joining two capitalised words inside one word.
        if (t.Normalized == "-" && gap.Length == 0 && i + 1 < tokens.Length && tokens[i + 1] is { IsWord: true, IsCapitalized: true } after &&
            after.Span.Start == t.Span.End && coverage.EntityAt(i + 1) is null)
        {
            return true;
        }

        // "Center of Analysis of International Relations"
        return t.Normalized is "of" or "for" && i + 1 < tokens.Length && tokens[i + 1].IsCapitalized;
    }

    private EntityKind? Classify(IReadOnlyList<Token> tokens, int first, int last, bool sentenceStart, string text, bool listedWithPerson)
    {
        var words = Enumerable.Range(first, last - first + 1).Select(k => tokens[k].Normalized).ToList();
        var next = last + 1 < tokens.Count ? tokens[last + 1] : (Token?)null;
        var previous = first > 0 ? tokens[first - 1] : (Token?)null;
        var beforePrevious = first > 1 ? tokens[first - 2] : (Token?)null;

        // The adjective the pack gives a state or people alone ("the Kazakh city") names no place.
        if (words.Count == 1 && _index.AdjectiveOf.ContainsKey(words[0]))
        {
            return null;
        }

        if (OrgHeads.Contains(words[^1]) || (words.Count > 2 && OrgHeads.Contains(words[0])))
        {
            return words.Count >= 2 ? EntityKind.Organization : null;
        }

        if (next is not null && PlaceHeads.Contains(next.Value.Normalized) && !next.Value.IsCapitalized && words.Count <= 3)
        {
            return EntityKind.Place;
        }

        if (previous?.Normalized is "of" && beforePrevious is not null && PlaceHeads.Contains(beforePrevious.Value.Normalized) && words.Count <= 3)
        {
            return EntityKind.Place;
        }

        var looksLikePerson = words.Count is 2 or 3 && words.All(w => w.Length > 1 && w.All(char.IsLetter)) && !words.Any(NotNames.Contains);
        if (!looksLikePerson)
        {
            return null;
        }

        var titleBefore = previous is not null && (_index.TitleNouns.Contains(previous.Value.Normalized) || previous.Value.Normalized is "by" or "mp" or "." && beforePrevious is not null && _index.TitleNouns.Contains(beforePrevious.Value.Normalized));
        var speechAfter = next is not null && (SpeechAfter.Contains(next.Value.Normalized) ||
            (next.Value.Normalized == "," && last + 2 < tokens.Count && (_index.TitleNouns.Contains(tokens[last + 2].Normalized) ||
              (tokens[last + 2].Normalized is "a" or "an" or "the" or "who" && last + 3 < tokens.Count && (_index.TitleNouns.Contains(tokens[last + 3].Normalized) || tokens[last + 2].Normalized == "who"))))) ;
        var apposition = previous?.Normalized == "," && beforePrevious is not null && _index.TitleNouns.Contains(beforePrevious.Value.Normalized);
        // "her brother, X Y," / "the freed soldiers, X Y and Z W,": a closed apposition to a noun of people.
        var closed = next is null || next.Value.Normalized is "," or "and" or ")" or "." or ";";
        var appositionToPeople = closed && previous?.Normalized == "," && beforePrevious is { } noun &&
                                 (KinAndPeople.Contains(noun.Normalized) || _captives.Contains(noun.Normalized));
        // "…,' says Laura Exampleyan": the speaker named after an inverted speech verb that closes a quote.
        var speechBefore = previous is not null && SpeechAfter.Contains(previous.Value.Normalized) && words.Count >= 2 && beforePrevious is not null &&
            beforePrevious.Value.Normalized is "," or "\u2019" or "\u201D" or "\"" or "'";
        return (titleBefore || speechAfter || apposition || speechBefore || appositionToPeople || listedWithPerson) && (!sentenceStart || words.Count >= 2) ? EntityKind.Person : null;
    }

    private static string Slug(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in TextNormalizer.Fold(name))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().Trim('-');
    }
}
