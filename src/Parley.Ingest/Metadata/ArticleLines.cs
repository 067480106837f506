namespace Parley.Ingest.Metadata;

/// <summary>A non-blank line of a text: its 1-based line number and its content without surrounding white space.</summary>
internal sealed record TextLine(int Number, string Text)
{
    /// <summary>Words (white-space separated).</summary>
    public string[] Words { get; } = Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>
/// The non-blank lines of an article and the two regions printed metadata stands in: the header (the first
/// <see cref="HeaderSize"/> non-blank lines) and the trailer (the last <see cref="TrailerSize"/> non-blank lines).
/// </summary>
internal sealed class ArticleLines
{
    public const int HeaderSize = 15;
    public const int TrailerSize = 4;

    public ArticleLines(string text)
    {
        var lines = new List<TextLine>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var trimmed = raw.Trim();
            if (trimmed.Length > 0)
            {
                lines.Add(new TextLine(number, trimmed));
            }
        }

        All = lines;
        Header = lines.Take(HeaderSize).ToList();
        // In a short text the trailer overlaps the header, but never takes the first line.
        Trailer = lines.Skip(Math.Max(1, lines.Count - TrailerSize)).ToList();
    }

    /// <summary>Every non-blank line.</summary>
    public IReadOnlyList<TextLine> All { get; }

    /// <summary>The first lines, where mastheads, titles, bylines and dates are printed.</summary>
    public IReadOnlyList<TextLine> Header { get; }

    /// <summary>The last lines (never the first), where sources, copyright, author notes and trailing datelines stand.</summary>
    public IReadOnlyList<TextLine> Trailer { get; }
}
