namespace Parley.Packs;

/// <summary>Which place lies in which, by walking the pack's <c>in</c> links ("khojaly" → its district → "karabakh").</summary>
public static class PlaceNesting
{
    // The pack's chains are a few links long; the bound only keeps a cycle in a bad pack from looping.
    private const int MaxSteps = 8;

    /// <summary>True when <paramref name="inner"/> lies, through one or more links of <paramref name="containerOf"/>, in <paramref name="outer"/>.</summary>
    public static bool Within(Func<string, string?> containerOf, string inner, string outer)
    {
        ArgumentNullException.ThrowIfNull(containerOf);
        var steps = 0;
        for (var p = containerOf(inner); p is not null && steps < MaxSteps; p = containerOf(p), steps++)
        {
            if (p == outer)
            {
                return true;
            }
        }

        return false;
    }
}
