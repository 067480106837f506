using Parley.Extraction.Events;
using Parley.Time;

namespace Parley.Extraction.Positions.Recording;

/// <summary>The day a stance was taken: the first date of its sentence that says when, not what.</summary>
internal static class StanceDate
{
    /// <summary>
    /// The first date of the sentence that can say when the stance was taken: not a span of time, not a time still to
    /// come or running on past the day of writing, and not the date of a thing the stance refers to ("as set out in the
    /// November 2020 statement", "the statement of November 10").
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
            var namesAThing = ctx.Word(first - 1) == "of" || MadeOn(ctx, first) ||
                              (ctx.Word(first - 1) is "the" or "a" or "an" && next <= ctx.LastToken && ctx.Tokens[next].IsWord && !ctx.Tokens[next].IsCapitalized);
            // "could be signed this year", "talks next month": a span around or after the day of writing says when the
            // thing hoped for would be, not when the stance was taken, which the publication day then gives.
            var aheadOrAround = ctx.Analysis.Document.Published is { } written &&
                                (t.Range.Earliest > written.Latest || (!t.Range.IsSingleDay && t.Range.Latest >= written.Latest));
            if (!t.IsDuration && !namesAThing && !aheadOrAround)
            {
                return t.Range;
            }
        }

        return null;
    }

    /// <summary>
    /// "the declaration brokered by Russia in 2020", "the statement signed on November 10": a date inside the participle
    /// phrase that tells when a text was made. (After "was" or "had" the participle is the sentence's own verb.)
    /// </summary>
    private static bool MadeOn(SentenceContext ctx, int dateFirst)
    {
        for (var i = dateFirst - 1; i >= ctx.FirstToken && i >= dateFirst - 8; i--)
        {
            var word = ctx.Word(i);
            if (word is "," or ";" or "said" or "says" or "stated")
            {
                return false;
            }

            if (word is "brokered" or "signed" or "reached" or "struck" or "mediated" or "concluded" or "adopted" or "agreed")
            {
                return ctx.Word(i - 1) is not ("was" or "were" or "had" or "has" or "have" or "been" or "be" or "is" or "are");
            }
        }

        return false;
    }
}
