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
    /// Not the events reader's <c>DateAttachment.DatesAnotherNoun</c> and <c>PremodifiesAnotherNoun</c>, whose tests
    /// differ: a stance takes no date after "of" ("the end of 2022" too, which dates a happening) and none between an
    /// article and a lower-case word ("at the 2019 summit" too), but keeps one before a capitalised word ("the 2020
    /// Karabakh war"), which a happening does not take.
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
