using NodaTime;
using Parley.Pipeline;
using Parley.Time;

namespace Parley.Extraction.Time;

/// <summary>
/// The "time" stage: finds every date expression of the document and resolves it against the publication
/// date, inferring that date from the content first when the document has none.
/// </summary>
/// <remarks>
/// <para>The anchor is the publication day, or the last day of a publication range.</para>
/// <para>
/// Inference (only when <c>Published</c> is null) works in two passes. The first resolves what needs no
/// anchor: written dates with a year, and year-less dates whose clause names the year. The latest of the past
/// ones fixes where year-less dates ("on March 1") fall: the first such day from 120 days before it on (a
/// future one, "by Feb. 2", the first from it on), since news drops the year of recent dates. The second
/// pass then takes the latest date the text names as past: a single day (or a range of up to a week) gives
/// that day to 7 days after it (6 when the text gave its weekday); a month, season or part of a month gives
/// its start to the end of the following month. After a day, a weekday the text names as past ("on
/// Wednesday") stretches the end to six days after the first such weekday from that day; a date named as
/// future ("by Feb. 2") caps the end at the day before it. Bare years alone place no year-less date and give
/// no range, unless a future date's year places them ("in late August ... by the end of 2023"); with nothing
/// to go on the date stays null.
/// </para>
/// </remarks>
public sealed class TimeStage : IExtractionStage
{
    /// <summary>Creates the stage; <paramref name="namedPeriods"/> maps names ("the 44-day war") to their days, <see cref="NamedPeriods.Default"/> when null.</summary>
    public TimeStage(IReadOnlyDictionary<string, DateRange>? namedPeriods = null) =>
        Recognizer = new TimeExpressionRecognizer(namedPeriods);

    /// <summary>The recogniser the stage runs, for later stages resolving dates inside a clause.</summary>
    public TimeExpressionRecognizer Recognizer { get; }

    /// <inheritdoc />
    public string Name => "time";

    /// <inheritdoc />
    public void Run(DocumentAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var candidates = Recognizer.Scan(analysis.Text, analysis.Tokens);
        if (analysis.Document.Published is null && PublicationInference.Infer(candidates) is { } inferred)
        {
            analysis.UpdateDocument(analysis.Document with { Published = inferred, PublishedInferred = true });
        }

        analysis.TimeExpressions.AddRange(TimeExpressionRecognizer.ToExpressions(analysis.Text, candidates, AnchorOf(analysis.Document.Published), analysis.Document.Published?.Earliest));
    }

    /// <summary>The day a document's dates are resolved against: its publication day, or the last day of its range.</summary>
    public static LocalDate? AnchorOf(DateRange? published) =>
        published is not { } p ? null : p.IsSingleDay ? p.Earliest : p.Latest;
}
