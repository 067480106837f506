using System.Runtime.CompilerServices;

namespace Parley.Extraction.Matching;

/// <summary>
/// A set of words answering "certainly not in it" cheaply: a bit per hash of a word's length, first and last
/// character, read before a map of the words is asked (a cleared bit is a sure no, a set one may be a yes). Most
/// words of a text are in none of the pack's word maps, and this turns them away without hashing the whole word.
/// </summary>
internal sealed class WordFilter
{
    private readonly int _bits;
    private readonly ulong[] _set;

    /// <summary>The filter of <paramref name="words"/>, with 2^<paramref name="bits"/> bits (fewer suit a few hundred words, as a document's).</summary>
    public WordFilter(IEnumerable<string> words, int bits = 16)
    {
        _bits = bits;
        _set = new ulong[Math.Max(1, (1 << bits) / 64)];
        foreach (var word in words)
        {
            Add(word);
        }
    }

    /// <summary>Adds <paramref name="word"/> to the words.</summary>
    public void Add(string word)
    {
        var bit = Hash(word);
        _set[bit >> 6] |= 1UL << bit;
    }

    /// <summary>False when <paramref name="word"/> is certainly not one of the words.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(string word) => MayContain(Mix(word));

    /// <summary>False when the word <paramref name="mix"/> was taken from (<see cref="Mix"/>) is certainly not one of the words.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(uint mix)
    {
        var bit = (int)(mix >>> (32 - _bits));
        return (_set[bit >> 6] & (1UL << bit)) != 0;
    }

    /// <summary>
    /// The word's length, first and last character mixed, which every filter's bit is read from: a list asked about
    /// in every document keeps its words' mixes side by side rather than reading each word again.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Mix(string word) =>
        word.Length == 0 ? 0 : ((uint)word.Length * 0x9E3779B1u) ^ ((uint)word[0] * 0x85EBCA77u) ^ ((uint)word[^1] * 0xC2B2AE3Du);

    private int Hash(string word) => (int)(Mix(word) >>> (32 - _bits));
}
