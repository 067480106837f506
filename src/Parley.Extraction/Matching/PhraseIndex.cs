using System.Buffers;
using System.Numerics;
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
    // Most slots of the constructor's identity table of words seen (a power of two).
    private const int SeenSlots = 1024;

    // The document's token list itself (read in place, no interface call per word compared).
    private readonly List<Token> _tokens;

    // The document's distinct words by id, and an open-addressing table of word id + 1 by hash (0: empty), a power of
    // two in size and at most two thirds full (a mask, not a division, finds a slot): a map of its own per document,
    // which costs less than half what a dictionary's entries do.
    private readonly string[] _words;
    private readonly int[] _slots;

    // The document's words, turning away most asked-for words it lacks (a cue list's phrases mostly) without hashing them.
    private readonly WordFilter _filter = new([], 12);
    private readonly int[] _starts;
    private readonly int[] _positions;

    // Cue lists searched through FindAny, recognised by reference: a list seen a second time (a pack list) is
    // located in the document once; a list built afresh for one call (a collection literal) is only remembered
    // among the last few seen, without hashing it, and costs no more than a plain search.
    // Sized for the lists the event, claim and position readers search, so it seldom grows.
    private readonly Dictionary<object, CueListIndex> _lists = new(32, ReferenceEqualityComparer.Instance);
    private readonly object?[] _recent = new object?[16];
    private int _recentNext;
    private object? _lastList;
    private CueListIndex? _lastLocated;

    private PhraseIndex(IReadOnlyList<Token> tokens)
    {
        _tokens = tokens as List<Token> ?? [.. tokens];
        // Read as a span (no interface call and token copy per word). The words are first told apart in scratch: a
        // table twice the tokens' count, each word's hash and string, each token's word id and each word's count,
        // all rented; only the document's words and a table sized to them are kept.
        var span = CollectionsMarshal.AsSpan(_tokens);
        var scratchSize = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, span.Length * 2));
        var table = ArrayPool<int>.Shared.Rent(scratchSize);
        Array.Clear(table, 0, scratchSize);
        var hashes = ArrayPool<int>.Shared.Rent(span.Length + 1);
        var words = ArrayPool<string>.Shared.Rent(span.Length + 1);
        var idOf = ArrayPool<int>.Shared.Rent(Math.Max(1, span.Length));
        var counts = ArrayPool<int>.Shared.Rent(span.Length + 1);
        Array.Clear(counts, 0, span.Length + 1);
        // The tokenizer keeps one string per word, so most repeats are the same instance: told by identity in a small
        // direct-mapped table (by the instance's own hash code) before the word's characters are hashed and compared.
        // Sized to the document (a news report is a few hundred tokens), at most SeenSlots: it is cleared per document.
        var seenSlots = (int)Math.Min(SeenSlots, BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, span.Length)));
        var seenWords = ArrayPool<string?>.Shared.Rent(seenSlots);
        Array.Clear(seenWords, 0, seenSlots);
        var seenIds = ArrayPool<int>.Shared.Rent(seenSlots);
        var count = 0;
        for (var i = 0; i < span.Length; i++)
        {
            var word = span[i].Normalized;
            var seen = RuntimeHelpers.GetHashCode(word) & (seenSlots - 1);
            if (ReferenceEquals(seenWords[seen], word))
            {
                idOf[i] = seenIds[seen];
                counts[seenIds[seen]]++;
                continue;
            }

            var hash = Hash(word);
            var slot = hash & (scratchSize - 1);
            int id;
            while (true)
            {
                var held = table[slot];
                if (held == 0)
                {
                    id = count++;
                    table[slot] = id + 1;
                    hashes[id] = hash;
                    words[id] = word;
                    _filter.Add(word);
                    break;
                }

                if (hashes[held - 1] == hash && string.Equals(words[held - 1], word, StringComparison.Ordinal))
                {
                    id = held - 1;
                    break;
                }

                slot = (slot + 1) & (scratchSize - 1);
            }

            idOf[i] = id;
            counts[id]++;
            seenWords[seen] = word;
            seenIds[seen] = id;
        }

        _words = words.AsSpan(0, count).ToArray();
        _slots = new int[count == 0 ? 0 : (int)BitOperations.RoundUpToPowerOf2((uint)(count + (count / 2) + 1))];
        var mask = _slots.Length - 1;
        for (var id = 0; id < count; id++)
        {
            var slot = hashes[id] & mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = id + 1;
        }

        _starts = new int[count + 1];
        for (var w = 0; w < count; w++)
        {
            _starts[w + 1] = _starts[w] + counts[w];
        }

        // The fill cursors reuse the counts array: each word's next free slot, from its start.
        Array.Copy(_starts, counts, count);
        _positions = new int[span.Length];
        for (var i = 0; i < span.Length; i++)
        {
            _positions[counts[idOf[i]]++] = i;
        }

        ArrayPool<int>.Shared.Return(table);
        ArrayPool<int>.Shared.Return(hashes);
        ArrayPool<string>.Shared.Return(words, clearArray: true);
        ArrayPool<int>.Shared.Return(idOf);
        ArrayPool<int>.Shared.Return(counts);
        // Only the slots this document used hold words: those are cleared, not the whole rented array.
        Array.Clear(seenWords, 0, seenSlots);
        ArrayPool<string?>.Shared.Return(seenWords);
        ArrayPool<int>.Shared.Return(seenIds);
    }

    /// <summary>
    /// FNV-1a over the word's characters: short words, hashed once each while building and once per look-up (a cue
    /// list's first words once per list, <see cref="CueList.FirstWordHashes"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(string word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & int.MaxValue);
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
    public bool MayHold(uint mix) => _filter.MayContain(mix);

    /// <summary>Ascending token indexes where the normalised <paramref name="word"/> occurs.</summary>
    public ReadOnlySpan<int> PositionsOf(string word) =>
        _slots.Length == 0 || !_filter.MayContain(word) ? [] : PositionsOf(word, Hash(word));

    /// <summary>
    /// <see cref="PositionsOf(string)"/> of a word whose <see cref="WordFilter.Mix"/> and <see cref="Hash"/> the caller
    /// took once (a pack list's words, asked about in every document), so neither is taken again here.
    /// </summary>
    public ReadOnlySpan<int> PositionsOf(string word, uint mix, int hash) =>
        _slots.Length == 0 || !_filter.MayContain(mix) ? [] : PositionsOf(word, hash);

    // The positions of a word whose Hash is known.
    private ReadOnlySpan<int> PositionsOf(string word, int hash)
    {
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot] is var held and not 0)
        {
            var id = held - 1;
            if (string.Equals(_words[id], word, StringComparison.Ordinal))
            {
                return _positions.AsSpan(_starts[id], _starts[id + 1] - _starts[id]);
            }

            slot = (slot + 1) & mask;
        }

        return [];
    }

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
        // A reader often searches one list several times running (each comma, each speech verb): the last list
        // located answers without a look-up in the map.
        if (ReferenceEquals(phrases, _lastList))
        {
            return _lastLocated;
        }

        // By reference, in a map: a document's stages search dozens of lists, each many times.
        if (_lists.TryGetValue(phrases, out var located))
        {
            (_lastList, _lastLocated) = (phrases, located);
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

    /// <summary>
    /// Adds to <paramref name="hits"/> every token index where <paramref name="parts"/> start, as (index &lt;&lt; 32 |
    /// <paramref name="order"/>), ascending; <paramref name="firstHash"/> is the <see cref="Hash"/> of the first part,
    /// which the caller has passed through <see cref="MayHold"/>.
    /// </summary>
    public void AddAll(string[] parts, int firstHash, int order, List<long> hits)
    {
        if (parts.Length == 0 || _slots.Length == 0)
        {
            return;
        }

        foreach (var p in PositionsOf(parts[0], firstHash))
        {
            if (p + parts.Length <= _tokens.Count && MatchesAt(parts, p))
            {
                hits.Add(((long)p << 32) | (uint)order);
            }
        }
    }

    private bool MatchesAt(string[] parts, int at)
    {
        var tokens = CollectionsMarshal.AsSpan(_tokens);
        for (var k = 1; k < parts.Length; k++)
        {
            if (!string.Equals(tokens[at + k].Normalized, parts[k], StringComparison.Ordinal))
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
    // Each document locates a dozen lists or so, most with a few hits: one array of hits each (the empty one
    // shared), gathered in one scratch list per thread rather than in a list grown afresh for every list.
    [ThreadStatic]
    private static List<long>? t_scratch;

    // Each hit packed as (position << 32 | place in the list), ascending: one array of numbers per list and document
    // (no references for the collector to trace); where a hit ends and which phrase it is are read from the list.
    private readonly long[] _hits;
    private readonly CueList _list;

    public CueListIndex(PhraseIndex index, CueList list)
    {
        _list = list;
        var phrases = list.Phrases;
        var keys = list.Keys;

        // Sorting the packed numbers orders hits by position, then by list order, with no comparison delegate and no
        // list of tuples.
        var hits = t_scratch ??= new List<long>(64);
        hits.Clear();
        var firstWords = list.FirstWordMixes;
        var firstHashes = list.FirstWordHashes;
        for (var order = 0; order < phrases.Length; order++)
        {
            // Most of a list's phrases start with a word the document lacks: told from the list's own array of mixes,
            // without reading each phrase's words; the others are looked up by the hash the list keeps, not hashed again.
            if (index.MayHold(firstWords[order]))
            {
                index.AddAll(keys[order], firstHashes[order], order, hits);
            }
        }

        var sorted = CollectionsMarshal.AsSpan(hits);
        sorted.Sort();
        _hits = sorted.Length == 0 ? [] : sorted.ToArray();
    }

    /// <summary>
    /// The earliest start in [<paramref name="lo"/>, <paramref name="hi"/>] of a phrase lying wholly inside it
    /// (at one start, the phrase listed first), or -1.
    /// </summary>
    public int First(int lo, int hi, out string? found)
    {
        // The first hit at or after lo: the first packed number not below (lo << 32) (the numbers are distinct, so a
        // miss's complement is that place).
        var hits = _hits;
        var k = hits.AsSpan().BinarySearch((long)lo << 32);
        for (k = k < 0 ? ~k : k; k < hits.Length && (int)(hits[k] >> 32) <= hi; k++)
        {
            var at = (int)(hits[k] >> 32);
            var order = (int)(hits[k] & uint.MaxValue);
            if (at + _list.Keys[order].Length - 1 <= hi)
            {
                found = _list.Phrases[order];
                return at;
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
        FirstWordHashes = new int[phrases.Length];
        for (var k = 0; k < phrases.Length; k++)
        {
            Keys[k] = Events.SentenceContext.KeyOf(phrases[k]);
            FirstWordMixes[k] = Keys[k].Length > 0 ? WordFilter.Mix(Keys[k][0]) : 0;
            FirstWordHashes[k] = Keys[k].Length > 0 ? PhraseIndex.Hash(Keys[k][0]) : 0;
        }
    }

    /// <summary>The <see cref="PhraseIndex.Hash"/> of each phrase's first word (0 for an empty key), taken once per list rather than once per document.</summary>
    public int[] FirstWordHashes { get; }

    /// <summary>The <see cref="WordFilter.Mix"/> of each phrase's first word (0 for an empty key).</summary>
    public uint[] FirstWordMixes { get; }

    /// <summary>The phrases, in list order.</summary>
    public string[] Phrases { get; }

    /// <summary>The normalised tokens of each phrase (<see cref="Events.SentenceContext.KeyOf"/>).</summary>
    public string[][] Keys { get; }

    // Lists found lately, by the list's identity, in front of the weak table: every document asks about each lasting
    // list it searches (a few dozen) once, and a read of this array costs a fraction of the table's look-up. An entry
    // holds its list, so at most KnownSlots lists outlive their pack, until overwritten. Entries are replaced whole
    // (a race costs a miss), and Of writes here whatever it writes to the table, so the two never disagree.
    private const int KnownSlots = 128;
    private static readonly KnownEntry?[] Recent = new KnownEntry?[KnownSlots];

    /// <summary>The cue list already read for <paramref name="phrases"/> (by reference, same length), or null.</summary>
    public static CueList? Known(IEnumerable<string> phrases)
    {
        if (phrases is not IReadOnlyList<string> list)
        {
            return null;
        }

        ref var slot = ref Recent[RuntimeHelpers.GetHashCode(list) & (KnownSlots - 1)];
        if (slot is { } entry && ReferenceEquals(entry.List, list))
        {
            return entry.Read.Phrases.Length == list.Count ? entry.Read : null;
        }

        if (!Lists.TryGetValue(list, out var known))
        {
            return null;
        }

        slot = new KnownEntry(list, known);
        return known.Phrases.Length == list.Count ? known : null;
    }

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
            Recent[RuntimeHelpers.GetHashCode(list) & (KnownSlots - 1)] = new KnownEntry(list, known);
        }

        return known;
    }

    /// <summary>A list and the cue list read for it, swapped into <see cref="Recent"/> whole.</summary>
    private sealed class KnownEntry(object list, CueList read)
    {
        public readonly object List = list;
        public readonly CueList Read = read;
    }
}
