using System.Numerics;
using System.Runtime.CompilerServices;
using Parley.Text;

namespace Parley.Extraction.Matching;

/// <summary>
/// A read-only map from <see cref="Vocabulary"/> word ids to values: open addressing over a power-of-two table at
/// most half full, so a look-up is a multiply, a shift and one or two int compares, and a miss (most words asked
/// about) seldom reads past its first slot. Built once from a finished map; <see cref="Vocabulary.Unknown"/> is no key.
/// </summary>
internal sealed class IdMap<TValue>
{
    private readonly int[] _keys;
    private readonly TValue[] _values;
    private readonly int _shift;

    /// <summary>The map of <paramref name="entries"/> (ids other than <see cref="Vocabulary.Unknown"/>).</summary>
    public IdMap(IReadOnlyDictionary<int, TValue> entries)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, entries.Count * 2));
        _keys = new int[size];
        _values = new TValue[size];
        _shift = 32 - BitOperations.Log2((uint)size);
        foreach (var (id, value) in entries)
        {
            var slot = Slot(id);
            while (_keys[slot] != Vocabulary.Unknown)
            {
                slot = (slot + 1) & (size - 1);
            }

            _keys[slot] = id;
            _values[slot] = value;
        }
    }

    /// <summary>The value of <paramref name="id"/>, or the type's default (null, zero) when it has none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TValue? Get(int id)
    {
        var keys = _keys;
        var slot = Slot(id);
        while (true)
        {
            var key = keys[slot];
            if (key == id)
            {
                return id == Vocabulary.Unknown ? default : _values[slot];
            }

            if (key == Vocabulary.Unknown)
            {
                return default;
            }

            slot = (slot + 1) & (keys.Length - 1);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(int id) => (int)(((uint)id * 0x9E3779B1u) >> _shift);
}
