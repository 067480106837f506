using Parley.Model;
using Parley.Time;

namespace Parley.Ingest.Metadata;

/// <summary>The metadata an article prints about itself.</summary>
/// <param name="Title">The headline, when printed as one.</param>
/// <param name="Outlet">The publishing outlet, when the text names it as such.</param>
/// <param name="Authors">Authors named by a byline or an author note.</param>
/// <param name="Published">The printed publication day; null when none is printed.</param>
public sealed record PrintedMetadata(string? Title, string? Outlet, IReadOnlyList<string> Authors, DateRange? Published);

/// <summary>
/// Reads an article's printed metadata from its own text (title, outlet, authors, publication date) by how news
/// pages lay them out: mastheads, headlines, bylines and date lines in the first lines, datelines opening the lead,
/// sources, copyright and author notes at the end. Dates in the body are events and are never taken as the
/// publication date. Outlet names can be confirmed by an optional recogniser (the CLI backs it with the domain pack);
/// the finder itself knows no outlet.
/// </summary>
public sealed class PrintedMetadataFinder
{
    private readonly Func<string, string?>? _recogniser;

    /// <summary>Creates a finder.</summary>
    /// <param name="outletRecogniser">
    /// Optional: given a short line or a capitalised phrase, returns the canonical name of the known outlet it is or
    /// names (as whole words), or null. Used for header lines and for phrases such as "told X".
    /// </param>
    public PrintedMetadataFinder(Func<string, string?>? outletRecogniser = null) => _recogniser = outletRecogniser;

    /// <summary>Finds the printed metadata of <paramref name="text"/>.</summary>
    public PrintedMetadata Find(string text)
    {
        var lines = new ArticleLines(text);
        var layout = new HeaderLayout(lines, _recogniser);
        var published = PrintedDates.Find(lines.Header, layout.LeadLines, lines.Trailer);
        return new PrintedMetadata(layout.Title, FindOutlet(text, lines, layout), FindAuthors(lines, layout), published);
    }

    /// <summary>
    /// Fills the fields the reader left empty (title, outlet, authors, published) from the text; fields the reader
    /// set are kept. A date found here is printed, so <see cref="Document.PublishedInferred"/> stays false.
    /// </summary>
    public Document Fill(Document document)
    {
        if (document.Title is not null && document.Outlet is not null && document.Authors.Count > 0 && document.Published is not null)
        {
            return document;
        }

        // Only what is missing is looked for: a feed or JSONL item usually gives its title and date, and the
        // date and outlet searches (the whole text, not just the header) were most of a document's reading time.
        var lines = new ArticleLines(document.Text);
        var layout = new HeaderLayout(lines, _recogniser);
        return document with
        {
            Title = document.Title ?? layout.Title,
            Outlet = document.Outlet ?? FindOutlet(document.Text, lines, layout),
            Authors = document.Authors.Count > 0 ? document.Authors : FindAuthors(lines, layout),
            Published = document.Published ?? PrintedDates.Find(lines.Header, layout.LeadLines, lines.Trailer),
            PublishedInferred = document.Published is not null && document.PublishedInferred,
        };
    }

    private string? FindOutlet(string text, ArticleLines lines, HeaderLayout layout)
    {
        // Strongest first: a masthead or a header outlet line, then an agency dateline, then the end of the page,
        // then what the lead and the body say about who is reporting.
        return layout.Lines.Select(l => l.Outlet).FirstOrDefault(o => o is not null)
            ?? layout.LeadLines.Select(l => Datelines.Agency(l.Text)).FirstOrDefault(o => o is not null)
            ?? lines.Trailer.Select(l => OutletCues.SourceLine(l.Text) ?? OutletCues.Copyright(l.Text)).FirstOrDefault(o => o is not null)
            ?? Recognise(lines.Trailer.Where(l => l.Words.Length <= 6).Select(l => l.Text))
            ?? layout.LeadLines.Select(l => OutletCues.LeadAttribution(l.Text)).FirstOrDefault(o => o is not null)
            ?? OutletCues.Interview(text)
            ?? Recognise(OutletCues.SpokenTo(text).SelectMany(Prefixes))
            ?? MostCited(OutletCues.SeeAlso(text));
    }

    private static List<string> FindAuthors(ArticleLines lines, HeaderLayout layout)
    {
        var fromHeader = layout.Lines.Where(l => l.Role == LineRole.Byline).SelectMany(l => l.Authors).ToList();
        if (fromHeader.Count == 0)
        {
            fromHeader = [.. lines.Trailer.SelectMany(l => Bylines.Labelled(l.Text))];
        }

        if (fromHeader.Count == 0)
        {
            fromHeader = [.. lines.Trailer.Select(l => Bylines.AuthorNote(l.Text)).OfType<string>()];
        }

        return [.. fromHeader.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The recognised outlet the text refers readers to most often, when it does so at least twice.</summary>
    private string? MostCited(IEnumerable<string> candidates)
    {
        if (_recogniser is null)
        {
            return null;
        }

        return candidates.Select(_recogniser).OfType<string>()
            .GroupBy(o => o, StringComparer.Ordinal)
            .Where(g => g.Count() >= 2)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault();
    }

    private string? Recognise(IEnumerable<string> candidates) =>
        _recogniser is null ? null : candidates.Select(_recogniser).FirstOrDefault(o => o is not null);

    /// <summary>"Daily Sabah Today" → "Daily Sabah Today", "Daily Sabah", "Daily": longest first.</summary>
    private static IEnumerable<string> Prefixes(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = words.Length; n >= 1; n--)
        {
            yield return string.Join(' ', words.Take(n));
        }
    }
}
