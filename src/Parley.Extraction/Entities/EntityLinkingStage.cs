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
        var tokens = analysis.Tokens;
        var stream = MatchStream.For(analysis);
        var coverage = new TokenCoverage(tokens.Count);
        var linked = new LinkedMentions();
        analysis.SetFeature(coverage);
        analysis.SetFeature(linked);

        foreach (var match in _index.Names.FindAll(tokens, stream))
        {
            var hit = Choose(match, tokens);
            if (hit is null)
            {
                continue;
            }

            Add(analysis, coverage, linked, hit.EntityId, match.FirstToken, match.LastToken, hit.Kind == NameHitKind.AdjectiveTitle);
        }

        LinkSurnames(analysis, coverage, linked);
        linked.Items.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
    }

    /// <summary>Adds a mention of <paramref name="entityId"/> over tokens [first, last].</summary>
    internal void Add(DocumentAnalysis analysis, TokenCoverage coverage, LinkedMentions linked, string entityId, int first, int last, bool viaTitle = false)
    {
        var entity = pack.Find(entityId);
        if (entity is null)
        {
            return;
        }

        var tokens = analysis.Tokens;
        var span = new CharSpan(tokens[first].Span.Start, tokens[last].Span.End);
        var mention = new EntityMention(entityId, span, span.Slice(analysis.Text));
        analysis.Mentions.Add(mention);
        if (!analysis.Entities.ContainsKey(entityId))
        {
            analysis.Entities.Add(entityId, entity.ToEntity());
        }
        coverage.Mark(first, last, entityId);
        linked.Items.Add(new LinkedMention(mention, first, last, entity.Kind, viaTitle));
    }

    private NameHit? Choose(PhraseMatch<NameHit> match, IReadOnlyList<Token> tokens)
    {
        var hits = match.Payloads;
        var previous = PreviousWord(tokens, match.FirstToken);
        var locative = previous is not null && _index.Locatives.Contains(previous);

        // A capital stands for its government unless a locative cue makes it the place.
        foreach (var h in hits)
        {
            if (h.Kind == NameHitKind.Name && _index.SeatOf.TryGetValue(h.EntityId, out var government) && !locative && !FollowedByPlaceNoun(tokens, match.LastToken))
            {
                return new NameHit(government, NameHitKind.Name);
            }
        }

        if (hits.Count == 1)
        {
            return hits[0];
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

        return hits.OrderBy(h => Rank(pack.Find(h.EntityId)?.Kind ?? EntityKind.Group, locative)).First();
    }

    private static string? PreviousWord(IReadOnlyList<Token> tokens, int index)
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

    private static bool FollowedByPlaceNoun(IReadOnlyList<Token> tokens, int last) =>
        last + 1 < tokens.Count && tokens[last + 1].Normalized is "city" or "airport" or "streets" or "street" or "residents" or "hotel";

    private void LinkSurnames(DocumentAnalysis analysis, TokenCoverage coverage, LinkedMentions linked)
    {
        var tokens = analysis.Tokens;
        var namedInFull = linked.Items.Where(m => m.Kind == EntityKind.Person).Select(m => m.Mention.EntityId).ToHashSet(StringComparer.Ordinal);
        var day = analysis.Document.Published?.Latest;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsWord || !t.IsCapitalized || coverage.EntityAt(i) is not null || !_index.Surnames.TryGetValue(t.Normalized, out var candidates))
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

            var earlier = candidates.Where(namedInFull.Contains).ToList();
            string? chosen = earlier.Count == 1 ? earlier[0] : null;
            if (chosen is null && earlier.Count == 0)
            {
                var inOffice = day is null
                    ? candidates
                    : [.. candidates.Where(c => pack.Find(c)!.Roles.Any(r => r.IsActiveOn(day.Value)))];
                chosen = inOffice.Count == 1 ? inOffice[0] : candidates.Count == 1 ? candidates[0] : null;
            }

            if (chosen is not null)
            {
                Add(analysis, coverage, linked, chosen, i, i);
            }
        }
    }

    private static bool IsSentenceStart(DocumentAnalysis analysis, int tokenIndex)
    {
        var start = analysis.Tokens[tokenIndex].Span.Start;
        var sentence = analysis.SentenceAt(start);
        return sentence is not null && sentence.Span.Start == start;
    }
}
