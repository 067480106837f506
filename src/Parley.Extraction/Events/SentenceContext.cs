using Parley.Extraction.Entities;
using Parley.Model;
using Parley.Pipeline;
using Parley.Text;
using Parley.Time;

namespace Parley.Extraction.Events;

/// <summary>
/// One sentence seen through what earlier stages found in it: its tokens, linked mentions and date
/// expressions. Shared by the event, claim and position readers so each reads a sentence the same way.
/// </summary>
public sealed class SentenceContext
{
    // Cue phrases are tokenised once, not on every sentence.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> KeyCache = new(StringComparer.Ordinal);

    private SentenceContext(DocumentAnalysis analysis, Sentence sentence, int firstToken, int lastToken)
    {
        Analysis = analysis;
        Sentence = sentence;
        FirstToken = firstToken;
        LastToken = lastToken;
        var linked = analysis.GetFeature<LinkedMentions>();
        Mentions = linked is null ? [] : [.. linked.Within(firstToken, lastToken)];
        Times = [.. analysis.TimeExpressions.Where(t => sentence.Span.Contains(t.Span)).OrderBy(t => t.Span.Start)];
    }

    /// <summary>The document's analysis.</summary>
    public DocumentAnalysis Analysis { get; }

    /// <summary>The sentence.</summary>
    public Sentence Sentence { get; }

    /// <summary>First token index of the sentence.</summary>
    public int FirstToken { get; }

    /// <summary>Last token index of the sentence.</summary>
    public int LastToken { get; }

    /// <summary>Mentions inside the sentence, in order.</summary>
    public IReadOnlyList<LinkedMention> Mentions { get; }

    /// <summary>Date expressions inside the sentence, in order.</summary>
    public IReadOnlyList<TimeExpression> Times { get; }

    /// <summary>The document's tokens.</summary>
    public IReadOnlyList<Token> Tokens => Analysis.Tokens;

    /// <summary>Contexts of every sentence of the document.</summary>
    public static IEnumerable<SentenceContext> All(DocumentAnalysis analysis)
    {
        var tokens = analysis.Tokens;
        var t = 0;
        foreach (var s in analysis.Sentences)
        {
            while (t < tokens.Count && tokens[t].Span.Start < s.Span.Start)
            {
                t++;
            }

            var first = t;
            while (t < tokens.Count && tokens[t].Span.End <= s.Span.End)
            {
                t++;
            }

            if (t > first)
            {
                yield return new SentenceContext(analysis, s, first, t - 1);
            }
        }
    }

    /// <summary>The normalised word at token <paramref name="i"/>, or "" outside the sentence.</summary>
    public string Word(int i) => i >= FirstToken && i <= LastToken ? Tokens[i].Normalized : "";

    /// <summary>The normalised tokens of a cue phrase, tokenised once per phrase.</summary>
    public static string[] KeyOf(string phrase) =>
        KeyCache.GetOrAdd(phrase, static p => Parley.Extraction.Matching.MatchTokens.Key(p));

    /// <summary>Index of the first occurrence of a phrase (normalised, space-separated) in tokens [from, to], or -1.</summary>
    public int Find(string phrase, int from, int to) => Find(phrase.Split(' '), from, to);

    /// <summary>Index of the first occurrence of the normalised tokens <paramref name="parts"/> in tokens [from, to], or -1.</summary>
    public int Find(string[] parts, int from, int to)
    {
        if (parts.Length == 0)
        {
            return -1;
        }

        var end = Math.Min(to, LastToken) - parts.Length + 1;
        for (var i = Math.Max(from, FirstToken); i <= end; i++)
        {
            if (!string.Equals(Tokens[i].Normalized, parts[0], StringComparison.Ordinal))
            {
                continue;
            }

            var ok = true;
            for (var k = 1; k < parts.Length && ok; k++)
            {
                ok = string.Equals(Tokens[i + k].Normalized, parts[k], StringComparison.Ordinal);
            }

            if (ok)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Index of the first of <paramref name="phrases"/> found in [from, to], or -1.</summary>
    public int FindAny(IEnumerable<string> phrases, int from, int to, out string? found)
    {
        found = null;
        var best = -1;
        foreach (var p in phrases)
        {
            var at = Find(KeyOf(p), from, to);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
                found = p;
            }
        }

        return best;
    }

    /// <summary>The span of tokens [first, last] in the verbatim text.</summary>
    public CharSpan SpanOf(int first, int last) => new(Tokens[first].Span.Start, Tokens[last].Span.End);

    /// <summary>The sentence's verbatim text.</summary>
    public string Text => Sentence.Span.Slice(Analysis.Text);

    /// <summary>Mentions of actors (not places, routes or outlets).</summary>
    public IEnumerable<LinkedMention> Actors => Mentions.Where(m => m.Kind is not (EntityKind.Place or EntityKind.Route or EntityKind.Outlet));
}
