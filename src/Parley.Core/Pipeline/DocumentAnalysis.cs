using System.Runtime.InteropServices;
using Parley.Model;
using Parley.Text;
using Parley.Time;

namespace Parley.Pipeline;

/// <summary>
/// The working state of one document while it passes through the pipeline. Each stage adds to the lists
/// earlier stages filled; <see cref="Freeze"/> turns the result into an immutable <see cref="DocumentExtraction"/>.
/// </summary>
public sealed class DocumentAnalysis
{
    // The default pipeline keeps seven features (indexes, linked mentions, topics, ...): sized for them, not grown from three.
    private readonly Dictionary<Type, object> _features = new(8);
    private IReadOnlyList<Token>? _tokens;

    /// <summary>Starts the analysis of <paramref name="document"/>.</summary>
    public DocumentAnalysis(Document document) => Document = document;

    /// <summary>The document; a stage may replace its metadata (not its text) through <see cref="UpdateDocument"/>.</summary>
    public Document Document { get; private set; }

    /// <summary>The verbatim text.</summary>
    public string Text => Document.Text;

    /// <summary>Tokens of the whole text, computed once.</summary>
    public IReadOnlyList<Token> Tokens => _tokens ??= Tokenizer.Tokenize(Document.Text);

    /// <summary>Sentences, in order.</summary>
    public List<Sentence> Sentences { get; } = [];

    /// <summary>Entities named in the document, by id.</summary>
    public Dictionary<string, Entity> Entities { get; } = new(StringComparer.Ordinal);

    /// <summary>Entity mentions, in text order once the linker is done.</summary>
    public List<EntityMention> Mentions { get; } = [];

    /// <summary>Titles the document gives people.</summary>
    public List<(string EntityId, EntityRole Role)> Roles { get; } = [];

    /// <summary>Date expressions.</summary>
    public List<TimeExpression> TimeExpressions { get; } = [];

    /// <summary>Event accounts.</summary>
    public List<EventMention> Events { get; } = [];

    /// <summary>Claims.</summary>
    public List<Claim> Claims { get; } = [];

    /// <summary>Positions.</summary>
    public List<Position> Positions { get; } = [];

    /// <summary>Replaces the document's metadata; the text must stay the same.</summary>
    public void UpdateDocument(Document updated)
    {
        if (!ReferenceEquals(updated.Text, Document.Text) && updated.Text != Document.Text)
        {
            throw new InvalidOperationException("A stage may not change a document's text.");
        }

        Document = updated;
    }

    /// <summary>Stores a stage's intermediate result for later stages (one value per type).</summary>
    public void SetFeature<T>(T value) where T : class => _features[typeof(T)] = value;

    /// <summary>Reads an intermediate result an earlier stage stored, or null.</summary>
    public T? GetFeature<T>() where T : class => _features.TryGetValue(typeof(T), out var v) ? (T)v : null;

    /// <summary>The sentence holding <paramref name="offset"/>, or null.</summary>
    public Sentence? SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var s = Sentences[mid].Span;
            if (offset < s.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return Sentences[mid];
            }
        }

        return null;
    }

    /// <summary>Index of the first token that starts at or after <paramref name="offset"/> (the token count when none does).</summary>
    public int TokenIndexAt(int offset) =>
        // The tokenizer's list is searched in place (asked per date and per claim, an interface call per step cost more than the search).
        Tokens is List<Token> list ? IndexAt(CollectionsMarshal.AsSpan(list), offset) : IndexAt([.. Tokens], offset);

    private static int IndexAt(ReadOnlySpan<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Span.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // Mentions by start, ties in the order they were added (a stable sort); most lists arrive sorted already.
    private static IEnumerable<EntityMention> InTextOrder(List<EntityMention> mentions)
    {
        for (var k = 1; k < mentions.Count; k++)
        {
            if (mentions[k].Span.Start < mentions[k - 1].Span.Start)
            {
                return mentions.OrderBy(m => m.Span.Start);
            }
        }

        return mentions;
    }

    /// <summary>Freezes the analysis into its result.</summary>
    public DocumentExtraction Freeze() => new()
    {
        Document = Document,
        Entities = [.. Entities.Values],
        Mentions = [.. InTextOrder(Mentions)],
        Roles = [.. Roles],
        TimeExpressions = [.. TimeExpressions],
        Events = [.. Events],
        Claims = [.. Claims],
        Positions = [.. Positions],
    };
}
