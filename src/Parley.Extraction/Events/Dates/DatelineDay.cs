using Parley.Pipeline;
using Parley.Time;

namespace Parley.Extraction.Events.Dates;

/// <summary>
/// The day a wire report was filed, from its dateline ("YEREVAN, June 15 (Reuters) -", "MOSCOW, September 25.
/// /TASS/."): the day an undated happening of the report is recorded under, a truer one than the day the page was
/// published, which is often the next. A per-document feature, read once.
/// </summary>
internal sealed class DatelineDay
{
    private DatelineDay(DateRange? day, string? place)
    {
        Day = day;
        Place = place;
    }

    /// <summary>The dateline's day, or null when the report opens with no dated dateline.</summary>
    internal DateRange? Day { get; }

    /// <summary>The place the dateline names ("STEPANAKERT, Sept 20 (…) -"), or null when it names none or has no day.</summary>
    internal string? Place { get; }

    /// <summary>The document's dateline day, read on first use.</summary>
    internal static DatelineDay For(DocumentAnalysis analysis)
    {
        var known = analysis.GetFeature<DatelineDay>();
        if (known is null)
        {
            var day = Read(analysis);
            known = new DatelineDay(day, day is null ? null : ReadPlace(analysis));
            analysis.SetFeature(known);
        }

        return known;
    }

    /// <summary>The day an undated happening of the document is recorded under: the dateline's, else the publication's.</summary>
    internal static DateRange? FallbackDate(DocumentAnalysis analysis) => For(analysis).Day ?? analysis.Document.Published;

    /// <summary>The place or route named by a mention that opens the document's first sentence, or null.</summary>
    private static string? ReadPlace(DocumentAnalysis analysis)
    {
        foreach (var ctx in SentenceContext.All(analysis))
        {
            if (ctx.Sentence.IsHeading)
            {
                continue;
            }

            foreach (var m in ctx.Mentions)
            {
                if (m.FirstToken == ctx.FirstToken && m.Kind is Parley.Model.EntityKind.Place)
                {
                    return m.Mention.EntityId;
                }
            }

            return null;
        }

        return null;
    }

    private static DateRange? Read(DocumentAnalysis analysis)
    {
        var sentence = analysis.Sentences.Find(s => !s.IsHeading);
        if (sentence is null || analysis.Document.Published is not { } published)
        {
            return null;
        }

        // One to three words in capitals (the city), a comma, and perhaps the country and another comma.
        var tokens = analysis.Tokens;
        var i = analysis.TokenIndexAt(sentence.Span.Start);
        var first = i;
        while (i < tokens.Count && i - first < 3 && tokens[i].IsWord && tokens[i].IsAllCaps && tokens[i].Span.Length > 1)
        {
            i++;
        }

        if (i == first || i >= tokens.Count || tokens[i].Normalized != "," || (i - first == 1 && tokens[first].Span.Length < 3))
        {
            return null;
        }

        i++;
        if (i + 1 < tokens.Count && tokens[i].IsWord && tokens[i].IsCapitalized && tokens[i + 1].Normalized == ",")
        {
            i += 2;
        }

        if (i >= tokens.Count)
        {
            return null;
        }

        var start = tokens[i].Span.Start;
        foreach (var time in analysis.TimeExpressions)
        {
            // A day no later than publication: a dateline tells when the report was filed.
            if (time.Span.Start == start && !time.IsDuration && time.Range.IsSingleDay && time.Range.Earliest <= published.Latest)
            {
                return time.Range;
            }
        }

        return null;
    }
}
