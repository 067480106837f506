using Parley.Extraction.Matching;
using Parley.Model;
using Parley.Packs;
using Parley.Pipeline;
using Parley.Text;

namespace Parley.Extraction.Entities;

/// <summary>
/// Links a definite body noun with no name to the body named last before it ("the Azerbaijani Foreign Ministry
/// reaffirmed … the ministry also called for"): "the" and one of the pack's <c>body_nouns</c>, not followed by a
/// name or "of", becomes a mention of the nearest earlier organisation whose mention or name holds that noun.
/// </summary>
public sealed class BodyReferenceStage(DomainPack pack) : IExtractionStage
{
    private readonly HashSet<string> _bodyNouns = new(pack.Words("body_nouns"), StringComparer.Ordinal);
    private readonly HashSet<string> _speechVerbs = new(pack.Words("speech_verbs"), StringComparer.Ordinal);

    // The words of each body's name, taken once from the pack rather than per "the ministry" read.
    private readonly Dictionary<string, HashSet<string>> _nameWords = pack.OfKind(EntityKind.Organization).ToDictionary(
        e => e.Id,
        e => Tokenizer.Tokenize(e.Name).Select(t => t.Normalized).ToHashSet(StringComparer.Ordinal),
        StringComparer.Ordinal);

    // An adjective to whom it names ("Armenian": Armenia), and each body's side, for "the Armenian ministry".
    private readonly Dictionary<string, string> _adjectiveOf = EntityIndex.For(pack).AdjectiveOf;

    private readonly Dictionary<string, string?> _sides = pack.OfKind(EntityKind.Organization).ToDictionary(e => e.Id, e => e.Side, StringComparer.Ordinal);

    /// <inheritdoc />
    public string Name => "body-references";

    /// <inheritdoc />
    public void Run(DocumentAnalysis analysis)
    {
        var linked = analysis.GetFeature<LinkedMentions>();
        var coverage = analysis.GetFeature<TokenCoverage>();
        if (linked is null || coverage is null || _bodyNouns.Count == 0)
        {
            return;
        }

        // Every token is read here: as a span, with no interface call per read (the CLI runs without dynamic PGO).
        var tokens = PhraseMatcher<int>.AsSpan(analysis.Tokens);
        var bodies = linked.Items.Where(m => m.Kind == EntityKind.Organization).ToList();
        if (bodies.Count == 0)
        {
            return;
        }

        var added = new List<LinkedMention>();
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            var noun = i + 1;
            if (tokens[i].Normalized != "the")
            {
                continue;
            }

            // "the Armenian ministry": a state's adjective before the noun keeps to that state's bodies.
            string? side = null;
            if (noun + 1 < tokens.Length && _adjectiveOf.TryGetValue(tokens[noun].Normalized, out var state) && _bodyNouns.Contains(tokens[noun + 1].Normalized))
            {
                side = state;
                noun++;
            }

            if (!_bodyNouns.Contains(tokens[noun].Normalized) || coverage.EntityAt(noun) is not null)
            {
                continue;
            }

            // "the Ministry of Defence", "the commission Baku set up": a name or a phrase of its own follows.
            if (noun + 1 < tokens.Length && (tokens[noun + 1].Normalized == "of" || (tokens[noun + 1].IsWord && tokens[noun + 1].IsCapitalized)))
            {
                continue;
            }

            // "The information spread by the Armenian ministry is false, the ministry said.": the speaker of a closing
            // attribution is not a body named in what it said; it is the one named before the sentence, if any.
            LinkedMention? antecedent = null;
            if (i > 0 && tokens[i - 1].Normalized == "," && noun + 1 < tokens.Length && _speechVerbs.Contains(tokens[noun + 1].Normalized) &&
                analysis.SentenceAt(tokens[i].Span.Start) is { } sentence)
            {
                var start = i;
                while (start > 0 && tokens[start - 1].Span.Start >= sentence.Span.Start)
                {
                    start--;
                }

                antecedent = LastHolding(analysis, bodies, start, tokens[noun].Normalized, side);
            }

            antecedent ??= LastHolding(analysis, bodies, i, tokens[noun].Normalized, side);
            if (antecedent is null)
            {
                continue;
            }

            var id = antecedent.Mention.EntityId;
            var span = tokens[noun].Span;
            var mention = new EntityMention(id, span, span.Slice(analysis.Text));
            analysis.Mentions.Add(mention);
            added.Add(new LinkedMention(mention, noun, noun, EntityKind.Organization));
            coverage.Mark(noun, noun, id);
        }

        if (added.Count > 0)
        {
            linked.Items.AddRange(added);
            linked.Items.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        }
    }

    /// <summary>
    /// The last of <paramref name="bodies"/> ending before token <paramref name="before"/> that holds <paramref name="head"/>
    /// (and is of <paramref name="side"/>'s state when one is given), or null.
    /// </summary>
    /// <remarks>A loop rather than a lambda: a lambda here captured the token index, a closure per token read.</remarks>
    private LinkedMention? LastHolding(DocumentAnalysis analysis, List<LinkedMention> bodies, int before, string head, string? side = null)
    {
        for (var k = bodies.Count - 1; k >= 0; k--)
        {
            if (bodies[k].LastToken < before && Holds(analysis, bodies[k], head) &&
                (side is null || (_sides.TryGetValue(bodies[k].Mention.EntityId, out var of) && of == side)))
            {
                return bodies[k];
            }
        }

        return null;
    }

    /// <summary>True when the mention's words or the entity's name hold <paramref name="head"/>.</summary>
    private bool Holds(DocumentAnalysis analysis, LinkedMention m, string head)
    {
        for (var k = m.FirstToken; k <= m.LastToken; k++)
        {
            if (analysis.Tokens[k].Normalized == head)
            {
                return true;
            }
        }

        return _nameWords.TryGetValue(m.Mention.EntityId, out var words) && words.Contains(head);
    }
}
