using System.Runtime.CompilerServices;

namespace Parley.Extraction.Matching;

/// <summary>
/// A set of words answering "certainly not in it" cheaply: a bit per hash of a word's length, first and last
/// character, read before a map of the words is asked (a cleared bit is a sure no, a set one may be a yes). Most
/// words of a text are in none of the pack's word maps, and this turns them away without hashing the whole word.
/// </summary>
internal sealed class WordFilter
{
    private const int Bits = 16;
    private readonly ulong[] _bits = new ulong[(1 << Bits) / 64];

    /// <summary>The filter of <paramref name="words"/>.</summary>
    public WordFilter(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            var bit = Hash(word);
            _bits[bit >> 6] |= 1UL << bit;
        }
    }

    /// <summary>False when <paramref name="word"/> is certainly not one of the words.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(string word)
    {
        var bit = Hash(word);
        return (_bits[bit >> 6] & (1UL << bit)) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(string word) =>
        word.Length == 0 ? 0 : (int)(((uint)word.Length * 0x9E3779B1u) ^ ((uint)word[0] * 0x85EBCA77u) ^ ((uint)word[^1] * 0xC2B2AE3Du)) >>> (32 - Bits);
}
