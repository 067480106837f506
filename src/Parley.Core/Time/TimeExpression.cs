using Parley.Text;

namespace Parley.Time;

/// <summary>A date expression found in text and the range of days it names.</summary>
/// <param name="Span">Where it sits in the verbatim text.</param>
/// <param name="Text">The verbatim expression.</param>
/// <param name="Range">The days it names, resolved against the document's date.</param>
/// <param name="IsAnchored">True when the expression was resolved from a known document date or another date, false when it is absolute.</param>
/// <param name="IsDuration">True for a duration ("for nine months", "44 days") rather than a point in time.</param>
public sealed record TimeExpression(CharSpan Span, string Text, DateRange Range, bool IsAnchored, bool IsDuration = false)
{
    /// <summary>
    /// The named period a stretch runs from ("since the 2020 war": the war's own days), or null. A happening named
    /// inside the expression is that period, not the stretch after it.
    /// </summary>
    public DateRange? Origin { get; init; }
}
