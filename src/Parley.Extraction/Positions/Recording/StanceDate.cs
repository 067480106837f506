using Parley.Extraction.Events;
using Parley.Time;

namespace Parley.Extraction.Positions.Recording;

/// <summary>The day a stance was taken: the first date of its sentence that says when, not what.</summary>
internal static class StanceDate
{
    /// <summary>
    /// The first date of the sentence that can say when the stance was taken: not a span of time, and not the date of
    /// a thing the stance refers to ("as set out in the November 2020 statement", "the statement of November 10").
    /// </summary>
    /// <remarks>
    /// Not the events reader's <c>DateAttachment.DatesAnotherNoun</c> and <c>PremodifiesAnotherNoun</c>: those keep a
    /// date after "the end of" or "the night of", and one before a capitalised noun or after "at the", as the
    /// happening's, where a stance takes none of them.
    /// </remarks>
    internal static DateRange? StatedOn(SentenceContext ctx)
    {
        foreach (var t in ctx.Times)
        {
            var first = ctx.Analysis.TokenIndexAt(t.Span.Start);
            var next = ctx.Analysis.TokenIndexAt(t.Span.End);
            var namesAThing = ctx.Word(first - 1) == "of" ||
                              (ctx.Word(first - 1) is "the" or "a" or "an" && next <= ctx.LastToken && ctx.Tokens[next].IsWord && !ctx.Tokens[next].IsCapitalized);
            if (!t.IsDuration && !namesAThing)
            {
                return t.Range;
            }
        }

        return null;
    }
}
