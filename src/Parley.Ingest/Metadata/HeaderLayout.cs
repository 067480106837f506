using System.Text.RegularExpressions;

namespace Parley.Ingest.Metadata;

/// <summary>What a header line is.</summary>
internal enum LineRole
{
    /// <summary>Article content: the title or body.</summary>
    Content,

    /// <summary>A printed date (optionally labelled, with a time).</summary>
    Date,

    /// <summary>A byline: "By …", "Author: …", or a name under the date.</summary>
    Byline,

    /// <summary>A masthead or outlet line.</summary>
    Outlet,

    /// <summary>"Image source: …", "Photo: …" and other labelled page furniture.</summary>
    Label,

    /// <summary>A kicker, section name, breadcrumb or lower-case slug: one or two words, or no capitals at all.</summary>
    Kicker,
}

/// <summary>A header line with its role and, for bylines and outlet lines, what it names.</summary>
internal sealed record HeaderLine(TextLine Line, LineRole Role, IReadOnlyList<string> Authors, string? Outlet);

/// <summary>
/// Reads the header of an article as a page lays it out: masthead, section, slug, title, byline and date lines,
/// then the lead. Each line gets a role; the title is the first content line when it looks like one.
/// </summary>
internal sealed partial class HeaderLayout
{
    private const int MaxTitleLength = 200;
    private const int MaxTitleWords = 32;

    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "More", "This", "These", "That", "Those", "How", "Why", "What", "When", "Where", "Who",
        "But", "Yet", "As", "It", "Its", "Their", "They", "We", "He", "She", "After", "Before", "While", "Despite",
        "Amid", "Not", "No", "Now", "Here", "There", "Some", "Many",
    };

    public HeaderLayout(ArticleLines lines, Func<string, string?>? recogniser)
    {
        var header = lines.Header;
        var roles = new List<HeaderLine>(header.Count);
        for (var i = 0; i < header.Count; i++)
        {
            var previous = roles.Count > 0 ? roles[^1] : null;
            roles.Add(Classify(header[i], i, previous, recogniser));
        }

        Lines = roles;
        var content = roles.Where(r => r.Role == LineRole.Content).Select(r => r.Line).ToList();
        Title = content.Count > 0 ? TitleFrom(content[0], lines) : null;
        LeadLines = content.Skip(Title is null ? 0 : 1).Take(2).ToList();
    }

    /// <summary>The header lines with their roles.</summary>
    public IReadOnlyList<HeaderLine> Lines { get; }

    /// <summary>The printed title, or null when the first content line is not a title.</summary>
    public string? Title { get; }

    /// <summary>The first content lines after the title: where datelines and the lead's attribution stand.</summary>
    public IReadOnlyList<TextLine> LeadLines { get; }

    private static HeaderLine Classify(TextLine line, int index, HeaderLine? previous, Func<string, string?>? recogniser)
    {
        var text = line.Text;
        // A byline may carry the date too ("By A | March 3, 2024"); the date is read from every header line anyway.
        if (Bylines.Labelled(text) is { Count: > 0 } names)
        {
            return new HeaderLine(line, LineRole.Byline, names, null);
        }

        if (PrintedDates.DateLine(text) is not null)
        {
            // "… - Valletta, Wirepress": an agency after the date counts when the recogniser knows it.
            var agency = Datelines.Agency(text) ?? (Datelines.PlaceTail(text) is { } tail ? recogniser?.Invoke(tail.Name) : null);
            return new HeaderLine(line, LineRole.Date, [], agency);
        }

        if (LabelLine().IsMatch(text))
        {
            return new HeaderLine(line, LineRole.Label, [], OutletCues.SourceLine(text));
        }

        var outlet = (index == 0 ? OutletCues.Masthead(text) : null)
                     ?? OutletCues.BylineBlock(text)
                     ?? OutletCues.OutletLine(text)
                     ?? (line.Words.Length <= 6 ? recogniser?.Invoke(text) : null);
        if (outlet is not null)
        {
            return new HeaderLine(line, LineRole.Outlet, [], outlet);
        }

        // A bare name right under the date is the author.
        if (previous?.Role == LineRole.Date && PersonNames.IsName(text) && recogniser?.Invoke(text) is null)
        {
            return new HeaderLine(line, LineRole.Byline, [text], null);
        }

        var isBullet = BulletLine().IsMatch(text);
        var noCapitals = !text.Any(char.IsUpper) && text.Any(char.IsLetter);
        if (line.Words.Length <= 2 && !text.EndsWith('.') || noCapitals || isBullet && line.Words.Length <= 6 || IsBreadcrumb(text))
        {
            return new HeaderLine(line, LineRole.Kicker, [], null);
        }

        return new HeaderLine(line, LineRole.Content, [], null);
    }

    /// <summary>"Home | World | Europe", "News › Region": short pieces between navigation separators.</summary>
    private static bool IsBreadcrumb(string text)
    {
        var pieces = text.Split(['|', '›', '»', '>', '/', '•'], StringSplitOptions.TrimEntries);
        return pieces.Length >= 2 && pieces.All(p => p.Length > 0 && p.Split(' ').Length <= 3 && !p.EndsWith('.'));
    }

    private static string? TitleFrom(TextLine first, ArticleLines lines)
    {
        var text = first.Text;
        var heading = MarkdownHeading().Match(text);
        if (heading.Success)
        {
            return heading.Groups["title"].Value.Trim();
        }

        if (text.Length > MaxTitleLength || first.Words.Length > MaxTitleWords || first.Words.Length < 2 || text.EndsWith(':') || text.EndsWith(','))
        {
            return null;
        }

        // A line ending in a full stop is a sentence, unless the page prints it again as a heading.
        if (text.EndsWith('.') && !text.EndsWith("...", StringComparison.Ordinal)
            && lines.All.Count(l => l.Text == text) < 2)
        {
            return null;
        }

        return SplitRunTogether(first);
    }

    /// <summary>
    /// A headline and its standfirst run together on one line ("…hammered peace optimism More arms for…"): in a
    /// sentence-case line, a capitalised sentence-opening word straight after a lower-case word starts the second part.
    /// </summary>
    private static string SplitRunTogether(TextLine line)
    {
        var words = line.Words;
        var capitalised = words.Count(w => char.IsUpper(w[0]));
        if (words.Length < 6 || capitalised * 2 > words.Length)
        {
            return line.Text;
        }

        // The second part must read as a sentence: a lower-case word follows the opener ("More arms for…", not
        // "The Hague"), and it runs on for a few words.
        for (var i = 2; i < words.Length - 3; i++)
        {
            if (SentenceStarters.Contains(words[i]) && char.IsLower(words[i - 1][^1]) && char.IsLower(words[i + 1][0]))
            {
                var cut = line.Text.IndexOf(" " + words[i] + " " + words[i + 1], StringComparison.Ordinal);
                if (cut > 0)
                {
                    return line.Text[..cut];
                }
            }
        }

        return line.Text;
    }

    [GeneratedRegex(@"^(?:image|photo|picture|caption|credit|illustration|video|source|sources|via|tags?|category|section|read more|related|share|listen|reading time|file photo)\b[^:]{0,20}:", RegexOptions.IgnoreCase)]
    private static partial Regex LabelLine();

    [GeneratedRegex(@"^[-*•·]\s+")]
    private static partial Regex BulletLine();

    [GeneratedRegex(@"^#{1,3}\s+(?<title>\S.*?)\s*#*$")]
    private static partial Regex MarkdownHeading();
}
