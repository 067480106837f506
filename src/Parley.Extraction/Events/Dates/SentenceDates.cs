using Parley.Extraction.Events.Arguments;
using Parley.Model;
using Parley.Time;

namespace Parley.Extraction.Events.Dates;

/// <summary>
/// The dates a sentence names of itself (not durations), with those that only cite a report — "(Trend.az, March 1)" —
/// set apart from the rest.
/// </summary>
internal static class SentenceDates
{
    // No dates: shared by every sentence without any and never written (a list made for a sentence is written, this one never).
    internal static readonly List<TimeExpression> NoDates = [];

    /// <summary>
    /// The sentence's dates that are not durations nor a comparison's baseline ("the worst fighting since 2020"), in
    /// order; <see cref="NoDates"/> when it has none.
    /// </summary>
    internal static List<TimeExpression> DatesOf(SentenceContext ctx)
    {
        var times = ctx.Times;
        var own = NoDates;
        for (var k = 0; k < times.Count; k++)
        {
            if (!times[k].IsDuration && !DateAttachment.IsComparisonBaseline(ctx, times[k]))
            {
                if (own.Count == 0)
                {
                    own = new List<TimeExpression>(times.Count);
                }

                own.Add(times[k]);
            }
        }

        return own;
    }

    /// <summary>
    /// Moves the dates that cite a report out of <paramref name="own"/> into the list returned, when some date of
    /// the sentence is not one (otherwise every date stays and none is cited); each date is tested once.
    /// </summary>
    internal static List<TimeExpression> SplitCitations(SentenceContext ctx, List<TimeExpression> own)
    {
        var isCitation = new bool[own.Count];
        var citations = 0;
        for (var k = 0; k < own.Count; k++)
        {
            isCitation[k] = IsCitationDate(ctx, own[k]);
            citations += isCitation[k] ? 1 : 0;
        }

        if (citations == 0 || citations == own.Count)
        {
            return [];
        }

        var cited = new List<TimeExpression>(citations);
        var kept = 0;
        for (var k = 0; k < own.Count; k++)
        {
            if (isCitation[k])
            {
                cited.Add(own[k]);
            }
            else
            {
                own[kept++] = own[k];
            }
        }

        own.RemoveRange(kept, own.Count - kept);
        return cited;
    }

    /// <summary>
    /// A date inside a parenthetical citation of an outlet — "(Trend.az, March 1)", "(1lurer.am, February 25)" — is
    /// the day of the report it cites; so is the date of a dateline opening the sentence ("LAKESIDE, May 2 (Wirepress)
    /// - … on Monday"), the day the report was filed.
    /// </summary>
    private static bool IsCitationDate(SentenceContext ctx, TimeExpression time)
    {
        if (PartyReader.DatelineEnd(ctx) is var datelineEnd and >= 0 && time.Span.End <= ctx.Tokens[datelineEnd].Span.Start)
        {
            return true;
        }

        var text = ctx.Analysis.Text;
        var from = Math.Max(ctx.Sentence.Span.Start, time.Span.Start - 60);
        var open = text.LastIndexOf('(', Math.Max(from, time.Span.Start - 1), Math.Max(0, time.Span.Start - from));
        if (open < 0 || !text.AsSpan(open + 1, time.Span.Start - open - 1).TrimEnd().EndsWith(",", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = text.AsSpan(time.Span.End, Math.Min(3, text.Length - time.Span.End)).TrimStart();
        return rest.StartsWith(")", StringComparison.Ordinal) &&
            OutletWithin(ctx, open, time.Span.Start);
    }

    /// <summary>True when an outlet is named after character <paramref name="after"/> and ends by <paramref name="end"/>.</summary>
    private static bool OutletWithin(SentenceContext ctx, int after, int end)
    {
        for (var k = 0; k < ctx.Mentions.Count; k++)
        {
            var m = ctx.Mentions[k];
            if (m.Kind == EntityKind.Outlet && m.Mention.Span.Start > after && m.Mention.Span.End <= end)
            {
                return true;
            }
        }

        return false;
    }
}
