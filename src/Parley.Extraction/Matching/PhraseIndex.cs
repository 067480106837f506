using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Parley.Pipeline;
using Parley.Text;

namespace Parley.Extraction.Matching;

/// <summary>
/// Where each normalised word occurs in a document (a pipeline feature, built once), so finding a phrase in a
/// sentence is a binary search in its first word's positions instead of a scan of every token.
/// </summary>
internal sealed class PhraseIndex
{
    private readonly IReadOnlyList<Token> _tokens;
    private readonly Dictionary<string, int> _wordIds;

    // The document's words, turning away most asked-for words it lacks (a cue list's phrases mostly) without hashing them.
    private readonly WordFilter _words = new([], 12);
    private readonly int[] _starts;
    private readonly int[] _positions;

    // Cue lists searched through FindAny, recognised by reference: a list seen a second time (a pack list) is
    // located in the document once; a list built afresh for one call (a collection literal) is only remembered
    // among the last few seen, without hashing it, and costs no more than a plain search.
    private readonly Dictionary<object, CueListIndex> _lists = new(ReferenceEqualityComparer.Instance);
    private readonly object?[] _recent = new object?[16];
    private int _recentNext;

    private PhraseIndex(IReadOnlyList<Token> tokens)
    {
        _tokens = tokens;
        // Read as a span (no interface call and token copy per word); sized for a news text's share of distinct
        // words (up to about three in five in a short report) so the map seldom grows: a map that grows once has
        // allocated its entries three times over.
        var span = PhraseMatcher<int>.AsSpan(tokens);
        _wordIds = new Dictionary<string, int>(Math.Max(16, span.Length * 5 / 8), StringComparer.Ordinal);
        // The word id of each token and the per-word counts are scratch: rented, not kept with the index.
        var idOf = ArrayPool<int>.Shared.Rent(Math.Max(1, span.Length));
        var counts = ArrayPool<int>.Shared.Rent(span.Length + 1);
        Array.Clear(counts, 0, span.Length + 1);
        var words = 0;
        for (var i = 0; i < span.Length; i++)
        {
            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_wordIds, span[i].Normalized, out var exists);
            if (!exists)
            {
                id = words++;
                _words.Add(span[i].Normalized);
            }

            idOf[i] = id;
            counts[id]++;
        }

        _starts = new int[words + 1];
        for (var w = 0; w < words; w++)
        {
            _starts[w + 1] = _starts[w] + counts[w];
        }

        // The fill cursors reuse the counts array: each word's next free slot, from its start.
        Array.Copy(_starts, counts, words);
        _positions = new int[span.Length];
        for (var i = 0; i < span.Length; i++)
        {
            _positions[counts[idOf[i]]++] = i;
        }

        ArrayPool<int>.Shared.Return(idOf);
        ArrayPool<int>.Shared.Return(counts);
    }

    /// <summary>The index of <paramref name="analysis"/>, built on first use.</summary>
    public static PhraseIndex For(DocumentAnalysis analysis)
    {
        var index = analysis.GetFeature<PhraseIndex>();
        if (index is null)
        {
            index = new PhraseIndex(analysis.Tokens);
            analysis.SetFeature(index);
        }

        return index;
    }

    /// <summary>False when the word <paramref name="mix"/> was taken from (<see cref="WordFilter.Mix"/>) is certainly not in the document.</summary>
    public bool MayHold(uint mix) => _words.MayContain(mix);

    /// <summary>Ascending token indexes where the normalised <paramref name="word"/> occurs.</summary>
    public ReadOnlySpan<int> PositionsOf(string word) =>
        _words.MayContain(word) && _wordIds.TryGetValue(word, out var id) ? _positions.AsSpan(_starts[id], _starts[id + 1] - _starts[id]) : [];

    /// <summary>The first token index in [<paramref name="lo"/>, <paramref name="last"/>] where <paramref name="parts"/> start, or -1.</summary>
    public int First(string[] parts, int lo, int last)
    {
        var positions = PositionsOf(parts[0]);
        for (var k = LowerBound(positions, lo); k < positions.Length && positions[k] <= last; k++)
        {
            if (MatchesAt(parts, positions[k]))
            {
                return positions[k];
            }
        }

        return -1;
    }

    /// <summary>Every token index where <paramref name="parts"/> start, ascending.</summary>
    public List<int> All(string[] parts)
    {
        var found = new List<int>();
        if (parts.Length == 0)
        {
            return found;
        }

        foreach (var p in PositionsOf(parts[0]))
        {
            if (p + parts.Length <= _tokens.Count && MatchesAt(parts, p))
            {
                found.Add(p);
            }
        }

        return found;
    }

    /// <summary>The located form of a cue list seen before in this document, or null on its first sighting.</summary>
    public CueListIndex? ListOf(IEnumerable<string> phrases)
    {
        // By reference, in a map: a document's stages search dozens of lists, each many times.
        if (_lists.TryGetValue(phrases, out var located))
        {
            return located;
        }

        for (var k = 0; k < _recent.Length; k++)
        {
            if (ReferenceEquals(_recent[k], phrases))
            {
                _recent[k] = null;
                var index = new CueListIndex(this, CueList.Of(phrases));
                _lists.Add(phrases, index);
                return index;
            }
        }

        // A list some earlier document searched twice is a lasting one (a pack's): located at once, not searched
        // phrase by phrase first. (Either way gives the same answer; this is only cheaper.)
        if (CueList.Known(phrases) is { } lasting)
        {
            var index = new CueListIndex(this, lasting);
            _lists.Add(phrases, index);
            return index;
        }

        _recent[_recentNext] = phrases;
        _recentNext = (_recentNext + 1) % _recent.Length;
        return null;
    }

    /// <summary>The first index in ascending <paramref name="values"/> holding a value not below <paramref name="min"/>.</summary>
    public static int LowerBound(ReadOnlySpan<int> values, int min)
    {
        int lo = 0, hi = values.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (values[mid] < min)
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

    /// <summary>Adds to <paramref name="hits"/> every token index where <paramref name="parts"/> start, as (index &lt;&lt; 32 | <paramref name="order"/>), ascending.</summary>
    public void AddAll(string[] parts, int order, List<long> hits)
    {
        if (parts.Length == 0)
        {
            return;
        }

        foreach (var p in PositionsOf(parts[0]))
        {
            if (p + parts.Length <= _tokens.Count && MatchesAt(parts, p))
            {
                hits.Add(((long)p << 32) | (uint)order);
            }
        }
    }

    private bool MatchesAt(string[] parts, int at)
    {
        for (var k = 1; k < parts.Length; k++)
        {
            if (!string.Equals(_tokens[at + k].Normalized, parts[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// Every occurrence in one document of the phrases of a cue list, ordered by position and then by the
/// phrase's place in the list, so "the first of these phrases in [from, to]" is a binary search.
/// </summary>
internal sealed class CueListIndex
{
    private readonly int[] _at;
    private readonly int[] _last;
    private readonly string[] _phrase;

    public CueListIndex(PhraseIndex index, CueList list)
    {
        var phrases = list.Phrases;
        var keys = list.Keys;

        // Each hit packed as (position << 32 | place in the list): sorting the numbers orders hits by position,
        // then by list order, with no comparison delegate and no list of tuples.
        var hits = new List<long>();
        var firstWords = list.FirstWordMixes;
        for (var order = 0; order < phrases.Length; order++)
        {
            // Most of a list's phrases start with a word the document lacks: told from the list's own array of mixes,
            // without reading each phrase's words.
            if (index.MayHold(firstWords[order]))
            {
                index.AddAll(keys[order], order, hits);
            }
        }

        var sorted = CollectionsMarshal.AsSpan(hits);
        sorted.Sort();
        _at = new int[sorted.Length];
        _last = new int[sorted.Length];
        _phrase = new string[sorted.Length];
        for (var k = 0; k < sorted.Length; k++)
        {
            var at = (int)(sorted[k] >> 32);
            var order = (int)(sorted[k] & uint.MaxValue);
            _at[k] = at;
            _last[k] = at + keys[order].Length - 1;
            _phrase[k] = phrases[order];
        }
    }

    /// <summary>
    /// The earliest start in [<paramref name="lo"/>, <paramref name="hi"/>] of a phrase lying wholly inside it
    /// (at one start, the phrase listed first), or -1.
    /// </summary>
    public int First(int lo, int hi, out string? found)
    {
        for (var k = PhraseIndex.LowerBound(_at, lo); k < _at.Length && _at[k] <= hi; k++)
        {
            if (_last[k] <= hi)
            {
                found = _phrase[k];
                return _at[k];
            }
        }

        found = null;
        return -1;
    }
}

/// <summary>
/// A cue list's phrases and their normalised keys, taken once per list (a pack list lives as long as its pack)
/// rather than copied and looked up again in every document that searches it.
/// </summary>
internal sealed class CueList
{
    // Keyed by the list object itself; a list dropped with its pack drops its entry.
    private static readonly ConditionalWeakTable<object, CueList> Lists = new();

    private CueList(string[] phrases)
    {
        Phrases = phrases;
        Keys = new string[phrases.Length][];
        FirstWordMixes = new uint[phrases.Length];
        for (var k = 0; k < phrases.Length; k++)
        {
            Keys[k] = Events.SentenceContext.KeyOf(phrases[k]);
            FirstWordMixes[k] = Keys[k].Length > 0 ? WordFilter.Mix(Keys[k][0]) : 0;
        }
    }

    /// <summary>The <see cref="WordFilter.Mix"/> of each phrase's first word (0 for an empty key).</summary>
    public uint[] FirstWordMixes { get; }

    /// <summary>The phrases, in list order.</summary>
    public string[] Phrases { get; }

    /// <summary>The normalised tokens of each phrase (<see cref="Events.SentenceContext.KeyOf"/>).</summary>
    public string[][] Keys { get; }

    /// <summary>The cue list already read for <paramref name="phrases"/> (by reference, same length), or null.</summary>
    public static CueList? Known(IEnumerable<string> phrases) =>
        phrases is IReadOnlyList<string> list && Lists.TryGetValue(list, out var known) && known.Phrases.Length == list.Count ? known : null;

    /// <summary>
    /// The cue list for <paramref name="phrases"/>. A list searched by reference is taken not to change, as the
    /// document's own index of it already takes it (a pack's lists do not); one whose length changed is read again.
    /// </summary>
    public static CueList Of(IEnumerable<string> phrases)
    {
        if (phrases is not IReadOnlyList<string> list)
        {
            return new CueList([.. phrases]);
        }

        if (!Lists.TryGetValue(list, out var known) || known.Phrases.Length != list.Count)
        {
            known = new CueList([.. list]);
            Lists.AddOrUpdate(list, known);
        }

        return known;
    }
}
