using Parley.Extraction.Matching;
using Parley.Model;
using Parley.Pipeline;
using Parley.Time;

namespace Parley.Extraction.Events.Dates;

/// <summary>
/// The days an event is recorded under, from the date expression chosen for it: the onset of a blockade, the
/// start of a "since" stretch, or the day of writing when nothing dates it.
/// </summary>
internal static class EventDay
{
    /// <summary>
    /// "The blockade" is both the happening and the name of the stretch it lasted: as a happening, a blockade is
    /// imposed, so it is dated by the stretch's first day.
    /// </summary>
    internal static DateRange? OnsetOf(EventType type, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, TimeExpression time) =>
        type == EventType.Blockade && time.Span.Contains(trigger.Span) && time.Range.LengthInDays > 1
            ? DateRange.Day(time.Range.Earliest)
            : null;

    /// <summary>
    /// A happening's date from its expression: "since December 12" tells when it began (the day, or the month for
    /// "since December 2022"), not the whole stretch to the day of writing.
    /// </summary>
    internal static DateRange StartOf(TimeExpression time)
    {
        var text = time.Text.TrimStart();
        if (!text.StartsWith("since ", StringComparison.OrdinalIgnoreCase) && !text.StartsWith("ever since ", StringComparison.OrdinalIgnoreCase))
        {
            return time.Range;
        }

        var start = time.Range.Earliest;
        foreach (var range in text.AsSpan().Split(' '))
        {
            // "12", "12th", not "2022".
            var w = text.AsSpan(range);
            if (w.Length > 0 && w.TrimEnd(",.").TrimEnd("sthndr").Length is 1 or 2 && char.IsDigit(w[0]))
            {
                return DateRange.Day(start);
            }
        }

        foreach (var range in text.AsSpan().Split(' '))
        {
            var w = text.AsSpan(range).TrimEnd(",.");
            if (w.Length > 0 && Parley.Extraction.Time.TimeLexicon.Month(w.ToString().ToLowerInvariant(), out _) > 0)
            {
                return DateRange.Month(start.Year, start.Month);
            }
        }

        return time.Range;
    }
}
