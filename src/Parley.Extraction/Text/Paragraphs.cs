namespace Parley.Extraction.Text;

/// <summary>Where paragraphs break in a document's text, as the stages that follow a paragraph's thread see it.</summary>
internal static class Paragraphs
{
    /// <summary>True when a line break lies between the end of one sentence (<paramref name="previousEnd"/>) and the start of the next.</summary>
    public static bool BreakBetween(string text, int previousEnd, int start)
    {
        var end = Math.Min(start, text.Length);
        return end > previousEnd && text.AsSpan(previousEnd, end - previousEnd).Contains('\n');
    }
}
