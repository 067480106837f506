namespace Parley.Text;

/// <summary>A half-open span [<see cref="Start"/>, <see cref="End"/>) of characters in a document's verbatim text.</summary>
public readonly record struct CharSpan
{
    /// <summary>Creates a span; the start must not be negative nor after the end.</summary>
    public CharSpan(int start, int end)
    {
        if (start < 0 || end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"Invalid span [{start}, {end}).");
        }

        Start = start;
        End = end;
    }

    // For spans already known to be valid (a token's), without the check.
    private CharSpan(int start, int end, bool trusted)
    {
        _ = trusted;
        Start = start;
        End = end;
    }

    /// <summary>A span whose bounds the caller has already checked: 0 ≤ start ≤ end.</summary>
    internal static CharSpan Trusted(int start, int end) => new(start, end, trusted: true);

    /// <summary>Offset of the first character.</summary>
    public int Start { get; }

    /// <summary>Offset just past the last character.</summary>
    public int End { get; }

    /// <summary>Number of characters.</summary>
    public int Length => End - Start;

    /// <summary>True when the spans share a character.</summary>
    public bool Overlaps(CharSpan other) => Start < other.End && other.Start < End;

    /// <summary>True when <paramref name="other"/> lies inside this span.</summary>
    public bool Contains(CharSpan other) => Start <= other.Start && other.End <= End;

    /// <summary>The text this span covers in <paramref name="text"/>.</summary>
    public string Slice(string text) => text.Substring(Start, Length);

    /// <inheritdoc />
    public override string ToString() => $"[{Start},{End})";
}
