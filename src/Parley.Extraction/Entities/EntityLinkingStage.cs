using Parley.Extraction.Matching;
using Parley.Model;
using Parley.Packs;
using Parley.Pipeline;
using Parley.Text;

namespace Parley.Extraction.Entities;

/// <summary>
/// Links names to the pack's entities: every name and alias (longest match wins), capitals used for their
/// governments ("Baku said" versus "in Baku"), demonyms before government nouns, and bare surnames resolved
/// to the person named in full earlier in the document or, failing that, to the one person of that surname
/// holding office on the document's date.
/// </summary>
public sealed class EntityLinkingStage(DomainPack pack) : IExtractionStage
{
    private readonly EntityIndex _index = EntityIndex.For(pack);

    /// <inheritdoc />
    public string Name => "entities";

    /// <inheritdoc />
    public void Run(DocumentAnalysis analysis)
    {
        // The tokens read as a span here and below: no interface call per token, which the CLI (dynamic PGO off)
        // would not have devirtualised.
        var tokenList = analysis.Tokens;
        var tokens = PhraseMatcher<NameHit>.AsSpan(tokenList);
        var stream = MatchStream.For(analysis);
        var coverage = new TokenCoverage(tokens.Length);
        var linked = new LinkedMentions();
        analysis.SetFeature(coverage);
        analysis.SetFeature(linked);

        var at = 0;
        while (_index.Names.NextMatch(tokenList, stream, ref at, int.MaxValue, out var first, out var last, out var hits))
        {
            var hit = Choose(hits, first, last, tokens, linked, analysis.Text);
            Add(analysis, tokens, coverage, linked, hit.Entity, first, last, hit.Kind == NameHitKind.AdjectiveTitle);
            if (hit.EntityKind == EntityKind.Group)
            {
                AddHome(analysis, stream, linked, at, first, last);
            }
            else if (hit.Kind is NameHitKind.Adjective or NameHitKind.AdjectiveTitle ||
                     (hit.OwnsDemonym && _index.AdjectiveOf.TryGetValue(tokens[first].Normalized, out var demonymOf) && demonymOf == hit.EntityId))
            {
                // A demonym phrase the pack also lists as a name ("Azerbaijani officials") shares its noun all the same.
                AddCoordinatedDemonyms(analysis, coverage, linked, first, hit.Kind == NameHitKind.AdjectiveTitle);
            }
            else if (last > first && tokens[first].IsCapitalized && _index.AdjectiveOf.ContainsKey(tokens[first].Normalized))
            {
                // "Armenian and Azerbaijani troops": the other demonym shares the noun of a body's name too.
                AddCoordinatedDemonyms(analysis, coverage, linked, first, viaTitle: false, NounKey(tokens, first + 1, last));
            }
        }

        LinkSurnames(analysis, coverage, linked);
        linked.Items.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
    }

    /// <summary>
    /// "the residents of Kirants": a group named by its home names the home too, so the place is mentioned as
    /// well (without taking the tokens from the group). <paramref name="after"/> is the stream position just past
    /// the group's name.
    /// </summary>
    private void AddHome(DocumentAnalysis analysis, int[] stream, LinkedMentions linked, int after, int first, int last)
    {
        var tokens = PhraseMatcher<NameHit>.AsSpan(analysis.Tokens);
        var of = -1;
        for (var i = first + 1; i < last; i++)
        {
            if (tokens[i].Normalized == "of")
            {
                of = i;
            }
        }

        var at = after - 1;
        while (of >= 0 && at > 0 && stream[at - 1] > of)
        {
            at--;
        }

        if (of < 0 || !_index.Names.NextMatch(analysis.Tokens, stream, ref at, last, out var homeFirst, out var homeLast, out var hits) ||
            homeFirst != of + 1 || homeLast != last)
        {
            return;
        }

        foreach (var h in hits)
        {
            if (h.Kind == NameHitKind.Name && h.EntityKind is EntityKind.Place)
            {
                Add(analysis, tokens, coverage: null, linked, h.Entity, homeFirst, homeLast);
                return;
            }
        }
    }

    /// <summary>
    /// "his Armenian and Azerbaijani counterparts", "Russian, Turkish and Iranian officials": demonyms coordinated
    /// before one that a government noun or title follows share that noun, so each names its state too.
    /// </summary>
    private void AddCoordinatedDemonyms(DocumentAnalysis analysis, TokenCoverage coverage, LinkedMentions linked, int first, bool viaTitle, string? noun = null)
    {
        var tokens = PhraseMatcher<NameHit>.AsSpan(analysis.Tokens);
        for (var at = first - 1; at >= 1 && tokens[at].Normalized is "and" or "or" or ","; at -= 2)
        {
            var word = at - 1;
            if (coverage.EntityAt(word) is not null || !tokens[word].IsCapitalized || !_index.AdjectiveOf.TryGetValue(tokens[word].Normalized, out var id))
            {
                return;
            }

            // With a body's noun, the body the pack names so ("Armenian troops"), else none: the state is no body.
            if (noun is not null && !_index.DemonymNamed.TryGetValue((id, noun), out id))
            {
                return;
            }

            Add(analysis, tokens, coverage, linked, _index.EntityOf(id!), word, word, viaTitle);
        }
    }

    private static string NounKey(ReadOnlySpan<Token> tokens, int first, int last)
    {
        var words = new string[last - first + 1];
        for (var k = first; k <= last; k++)
        {
            words[k - first] = tokens[k].Normalized;
        }

        return string.Join(' ', words);
    }

    /// <summary>
    /// Adds a mention of <paramref name="entity"/> (the pack's record, <see cref="EntityIndex.EntityOf"/>; null adds
    /// nothing) over tokens [first, last], marking them covered unless <paramref name="coverage"/> is null (a name
    /// inside another's, which keeps its tokens).
    /// </summary>
    private static void Add(DocumentAnalysis analysis, ReadOnlySpan<Token> tokens, TokenCoverage? coverage, LinkedMentions linked, Entity? entity, int first, int last, bool viaTitle = false)
    {
        if (entity is null)
        {
            return;
        }

        var entityId = entity.Id;
        var span = new CharSpan(tokens[first].Span.Start, tokens[last].Span.End);
        var mention = new EntityMention(entityId, span, span.Slice(analysis.Text));
        analysis.Mentions.Add(mention);
        analysis.Entities.TryAdd(entityId, entity);
        coverage?.Mark(first, last, entityId);
        linked.Items.Add(new LinkedMention(mention, first, last, entity.Kind, viaTitle));
    }

    private NameHit Choose(NameHit[] hits, int firstToken, int lastToken, ReadOnlySpan<Token> tokens, LinkedMentions linked, string text)
    {
        var previous = PreviousWord(tokens, firstToken);
        // "in central Yerevan", "in downtown Baku": a word for a part of the city stands between the cue and the name.
        if (previous is "central" or "downtown" or "northern" or "southern" or "eastern" or "western" or "suburban" or "outer" or "inner" or "old" &&
            firstToken > 1 && PreviousWord(tokens, firstToken - 1) is { } cue)
        {
            previous = cue;
        }

        // "because of Baku's demands": a capital owning something is its government, whatever stands before it.
        var possessive = lastToken + 1 < tokens.Length && tokens[lastToken + 1].Normalized is "'s" && !FollowedByPlaceNoun(tokens, lastToken + 1);
        // ("a proposal from Baku", "an offer by Yerevan": whose proposal, not where from.)
        var offerFrom = previous is "from" or "by" && firstToken > 1 && PreviousWord(tokens, firstToken - 1) is
            "offer" or "offers" or "proposal" or "proposals" or "plan" or "demand" or "demands" or "request" or "invitation" or "initiative" or "ultimatum";
        var locative = !possessive && !offerFrom && (previous is not null && _index.Locatives.Contains(previous) || InListOfPlaces(tokens, firstToken, lastToken, linked));

        // A capital stands for its government where it acts or speaks; as a location, the place a dateline opens
        // with (where the report was filed) or a modifier ("the Lakeside talks") it is the place.
        foreach (var h in hits)
        {
            if (h.Government is { } government && !locative && !FollowedByPlaceNoun(tokens, lastToken) &&
                !OpensDateline(tokens, firstToken, lastToken, text) && !IsModifier(tokens, firstToken, lastToken) &&
                !InDashedPair(tokens, firstToken, lastToken))
            {
                return government;
            }
        }

        if (hits.Length == 1)
        {
            return hits[0];
        }

        // "Azerbaijani Foreign Ministry" is a body the pack names; the demonym-plus-noun reading (the state) is
        // only for bodies it does not know. Counted in one pass instead of filtering into a new list.
        var names = 0;
        NameHit? firstName = null;
        foreach (var h in hits)
        {
            if (h.Kind == NameHitKind.Name)
            {
                firstName ??= h;
                names++;
            }
        }

        var namesOnly = names > 0 && names < hits.Length;
        if (namesOnly && names == 1)
        {
            return firstName!;
        }

        // Several entities share the phrase: places after a locative cue, otherwise actors first.
        static int Rank(EntityKind k, bool loc) => k switch
        {
            EntityKind.Place or EntityKind.Route => loc ? 0 : 5,
            EntityKind.Person => 1,
            EntityKind.State or EntityKind.Authority => 2,
            EntityKind.Organization or EntityKind.Group => 3,
            _ => 4,
        };

        // The first of the best rank, as a stable sort would put it (among the names alone when namesOnly).
        NameHit? best = null;
        var bestRank = int.MaxValue;
        foreach (var h in hits)
        {
            if (namesOnly && h.Kind != NameHitKind.Name)
            {
                continue;
            }

            var rank = Rank(h.EntityKind ?? EntityKind.Group, locative);
            if (best is null || rank < bestRank)
            {
                best = h;
                bestRank = rank;
            }
        }

        return best!;
    }

    private static string? PreviousWord(ReadOnlySpan<Token> tokens, int index)
    {
        for (var i = index - 1; i >= 0 && i >= index - 2; i--)
        {
            if (tokens[i].Kind == TokenKind.Word)
            {
                return tokens[i].Normalized;
            }

            if (tokens[i].Normalized is not ("\u201C" or "\"" or "'"))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "in Lakeside, Hillford and Rivertown": a name in a list that opens with a place after a locative cue is a
    /// place too. Not when the cue also marks a party ("proposed to X and Y", "a letter from X", "talks between X
    /// and Y", "the residents of X"), and not after a comma unless the list goes on ("In Lakeside, X said").
    /// </summary>
    private bool InListOfPlaces(ReadOnlySpan<Token> tokens, int first, int last, LinkedMentions linked)
    {
        if (first > 0 && tokens[first - 1].Normalized == "," && !(last + 1 < tokens.Length && tokens[last + 1].Normalized is "," or "and" or "or"))
        {
            return false;
        }

        // Walk back over the list: connector, a place, connector, a place ... up to the cue before the first member.
        var member = first;
        while (member >= 2 && tokens[member - 1].Normalized is "and" or "or" or ",")
        {
            var before = MentionEndingAt(linked, member - 2);
            if (before is not { Kind: EntityKind.Place })
            {
                return false;
            }

            member = before.FirstToken;
            if (PreviousWord(tokens, member) is { } cue && _index.Locatives.Contains(cue))
            {
                return cue is not ("to" or "from" or "of" or "between");
            }
        }

        return false;
    }

    /// <summary>A mention among the last few linked (the list is in text order but for coordinated demonyms) ending at <paramref name="token"/>.</summary>
    private static LinkedMention? MentionEndingAt(LinkedMentions linked, int token)
    {
        for (var k = linked.Items.Count - 1; k >= 0 && k >= linked.Items.Count - 6; k--)
        {
            if (linked.Items[k].LastToken == token)
            {
                return linked.Items[k];
            }
        }

        return null;
    }

    /// <summary>
    /// "LAKESIDE, May 2 (Wirepress) -", "Lakeside, 2 May 2023", "ROME/PARIS, May 2": a place a dateline opens a line
    /// with (one of several joined by slashes).
    /// </summary>
    private static bool OpensDateline(ReadOnlySpan<Token> tokens, int first, int last, string text)
    {
        while (first >= 2 && tokens[first - 1].Normalized == "/" && tokens[first - 2].IsCapitalized)
        {
            first -= 2;
        }

        var start = tokens[first].Span.Start;
        var opensLine = start == 0 || text[start - 1] == '\n' || (text[start - 1] == '(' && (start == 1 || text[start - 2] == '\n'));
        if (!opensLine || last + 2 >= tokens.Length)
        {
            return false;
        }

        var next = tokens[last + 1].Normalized;
        var after = tokens[last + 2];
        return next switch
        {
            "," => after.Kind == TokenKind.Number || MonthNames.Contains(after.Normalized),
            "/" => after.IsCapitalized,
            "(" => after.IsCapitalized && ClosesDatelineAgency(tokens, last + 2),
            _ => false,
        };
    }

    /// <summary>"(Wirepress) -" or "(Wirepress)." after a dateline's place: a bracket closing within a few words, then a dash or full stop.</summary>
    private static bool ClosesDatelineAgency(ReadOnlySpan<Token> tokens, int from)
    {
        for (var i = from; i < tokens.Length && i < from + 5; i++)
        {
            if (tokens[i].Normalized == ")")
            {
                return i + 1 < tokens.Length && tokens[i + 1].Normalized is "-" or "\u2013" or "\u2014" or ".";
            }
        }

        return false;
    }

    /// <summary>
    /// "the Lakeside process", "the Lakeside talks": after "the", a capital before a lower-case word that is no
    /// government noun names the place the thing is called after, not a government.
    /// </summary>
    private bool IsModifier(ReadOnlySpan<Token> tokens, int first, int last) =>
        first > 0 && tokens[first - 1].Normalized == "the" && last + 1 < tokens.Length &&
        tokens[last + 1] is { IsWord: true, IsCapitalized: false } next && !_index.GovernmentNounWords.Contains(next.Normalized);

    /// <summary>
    /// "the Yerevan-Tbilisi highway", "the Baku–Moscow route": a name joined by a hyphen or en dash to another
    /// capitalised name before a noun of a way through is one end of that way, a place and not its government.
    /// </summary>
    private bool InDashedPair(ReadOnlySpan<Token> tokens, int first, int last)
    {
        var pairEnd = first > 1 && IsJoiningDash(tokens[first - 1]) && tokens[first - 2] is { IsWord: true, IsCapitalized: true } ? last
            : last + 2 < tokens.Length && IsJoiningDash(tokens[last + 1]) && tokens[last + 2] is { IsWord: true, IsCapitalized: true } ? last + 2
            : -1;
        return pairEnd >= 0 && pairEnd + 1 < tokens.Length && _index.PassageNouns.Contains(tokens[pairEnd + 1].Normalized);
    }

    private static bool IsJoiningDash(in Token token) => token.Normalized is "-" or "\u2013";

    private static readonly HashSet<string> MonthNames = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    private static bool FollowedByPlaceNoun(ReadOnlySpan<Token> tokens, int last) =>
        last + 1 < tokens.Length && tokens[last + 1].Normalized is "city" or "airport" or "streets" or "street" or "residents" or "hotel";

    private void LinkSurnames(DocumentAnalysis analysis, TokenCoverage coverage, LinkedMentions linked)
    {
        var tokens = PhraseMatcher<NameHit>.AsSpan(analysis.Tokens);
        HashSet<string>? namedInFull = null;
        var day = analysis.Document.Published?.Latest;
        for (var i = 0; i < tokens.Length; i++)
        {
            ref readonly var t = ref tokens[i];
            if (!t.IsWord || !t.IsCapitalized || coverage.EntityAt(i) is not null || !_index.TryGetSurname(t.Normalized, out var candidates))
            {
                continue;
            }

            // "Laura Vardanyan" is someone else than the Vardanyan the pack knows: a capitalised word before the
            // surname that is not a title or a linked entity makes a different full name.
            if (i > 0 && tokens[i - 1].IsWord && tokens[i - 1].IsCapitalized && coverage.EntityAt(i - 1) is null &&
                !_index.TitleNouns.Contains(tokens[i - 1].Normalized) && !IsSentenceStart(analysis, i - 1))
            {
                continue;
            }

            // People named in full by the name matcher (not by this loop), built on the first surname seen.
            namedInFull ??= PeopleNamed(linked);
            var earlier = CountNamed(candidates, namedInFull, out var firstEarlier);
            string? chosen = earlier == 1 ? firstEarlier : null;
            if (chosen is null && earlier == 0)
            {
                string? firstInOffice = candidates[0];
                var inOffice = day is null
                    ? candidates.Count
                    : CountInOffice(candidates, day.Value, out firstInOffice);
                chosen = inOffice == 1 ? firstInOffice : candidates.Count == 1 ? candidates[0] : null;
                // Several in office: "Prosecutor General Aliyev" is whom the title before names; a bare "Aliyev" is the
                // one who leads a state, as news refers to a head of state or government by surname alone.
                var titleBefore = i > 0 ? tokens[i - 1].Normalized : "";
                chosen ??= OneWith(candidates, day, role => string.Equals(role.Title.Split(' ')[^1], titleBefore, StringComparison.OrdinalIgnoreCase))
                           ?? OneWith(candidates, day, role => role.Of is { } of && pack.Find(of)?.Kind == EntityKind.State);
            }

            if (chosen is not null)
            {
                Add(analysis, tokens, coverage, linked, _index.EntityOf(chosen), i, i);
            }
        }
    }

    private static HashSet<string> PeopleNamed(LinkedMentions linked)
    {
        var people = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in linked.Items)
        {
            if (m.Kind == EntityKind.Person)
            {
                people.Add(m.Mention.EntityId);
            }
        }

        return people;
    }

    /// <summary>How many of <paramref name="ids"/> are in <paramref name="named"/>, and the first that is.</summary>
    private static int CountNamed(List<string> ids, HashSet<string> named, out string? first)
    {
        first = null;
        var count = 0;
        foreach (var id in ids)
        {
            if (named.Contains(id))
            {
                first ??= id;
                count++;
            }
        }

        return count;
    }

    /// <summary>How many of the people <paramref name="ids"/> hold a role on <paramref name="day"/>, and the first that does.</summary>
    private int CountInOffice(List<string> ids, NodaTime.LocalDate day, out string? first)
    {
        first = null;
        var count = 0;
        foreach (var id in ids)
        {
            var inOffice = false;
            foreach (var role in pack.Find(id)!.Roles)
            {
                if (role.IsActiveOn(day))
                {
                    inOffice = true;
                    break;
                }
            }

            if (inOffice)
            {
                first ??= id;
                count++;
            }
        }

        return count;
    }

    /// <summary>The one of <paramref name="ids"/> holding, on <paramref name="day"/> (any day when unknown), a role that passes <paramref name="test"/>; null when none or several do.</summary>
    private string? OneWith(List<string> ids, NodaTime.LocalDate? day, Func<PackRole, bool> test)
    {
        string? found = null;
        foreach (var id in ids)
        {
            foreach (var role in pack.Find(id)!.Roles)
            {
                if ((day is null || role.IsActiveOn(day.Value)) && test(role))
                {
                    if (found is not null && found != id)
                    {
                        return null;
                    }

                    found = id;
                    break;
                }
            }
        }

        return found;
    }

    private static bool IsSentenceStart(DocumentAnalysis analysis, int tokenIndex)
    {
        var start = analysis.Tokens[tokenIndex].Span.Start;
        var sentence = analysis.SentenceAt(start);
        return sentence is not null && sentence.Span.Start == start;
    }
}
