namespace Parley.Text;

/// <summary>
/// A fixed set of normalised words compiled to their <see cref="Vocabulary"/> ids, one bit each: asking whether a
/// token is in it reads one bit by the token's id instead of hashing its string. Answers as a
/// <see cref="HashSet{T}"/> of the same words would for a token's normalised form (lower case already, so a set
/// made to ignore case holds its words in lower case).
/// </summary>
public sealed class WordSet
{
    private readonly bool _ignoreCase;

    // Bits for ids [_first, _first + 64 * _bits.Length): a list's words get their ids together at pack load, so the
    // range is mostly narrow.
    private readonly int _first;
    private readonly ulong[] _bits;

    /// <summary>The set of <paramref name="words"/>, telling case apart or not (<paramref name="ignoreCase"/>).</summary>
    public WordSet(IEnumerable<string> words, bool ignoreCase = false)
    {
        _ignoreCase = ignoreCase;
        var ids = new List<int>();
        foreach (var word in words)
        {
            ids.Add(Vocabulary.Intern(ignoreCase ? word.ToLowerInvariant() : word));
        }

        Count = ids.Distinct().Count();
        if (ids.Count == 0)
        {
            _bits = [];
            return;
        }

        _first = ids.Min() & ~63;
        _bits = new ulong[((ids.Max() - _first) >> 6) + 1];
        foreach (var id in ids)
        {
            var bit = id - _first;
            _bits[bit >> 6] |= 1UL << bit;
        }
    }

    /// <summary>How many distinct words the set holds.</summary>
    public int Count { get; }

    /// <summary>True when the word of id <paramref name="id"/> is in the set.</summary>
    public bool Contains(int id)
    {
        var bit = (uint)(id - _first);
        return bit < (uint)_bits.Length * 64 && (_bits[bit >> 6] & (1UL << (int)bit)) != 0;
    }

    /// <summary>True when <paramref name="token"/>'s normalised word is in the set.</summary>
    public bool Contains(in Token token) => Contains(Vocabulary.IdOf(token));

    /// <summary>True when <paramref name="word"/> is in the set (folded to lower case first when the set ignores case).</summary>
    public bool Contains(string? word)
    {
        if (word is null)
        {
            return false;
        }

        if (_ignoreCase && word.Length <= 64)
        {
            Span<char> lower = stackalloc char[word.Length];
            word.AsSpan().ToLowerInvariant(lower);
            return Contains(Vocabulary.Find(lower));
        }

        return Contains(Vocabulary.Find(_ignoreCase ? word.ToLowerInvariant() : word));
    }
}
