using NodaTime;
using Parley.Text;
using Parley.Time;

namespace Parley.Extraction.Time;

/// <summary>The parts of a day-level date as written: month, day or days, and the year when given.</summary>
internal readonly record struct DayParts(int Month, int FirstDay, int LastDay, int? Year, IsoDayOfWeek? Weekday);

/// <summary>A date expression found by the parser, with what its context says about it.</summary>
internal sealed class Candidate
{
    // Candidates are keyed by identity in dictionaries; a counter gives them a hash without the runtime's
    // slower identity-hash path. A race between threads only repeats a number, which equality tolerates.
    private static int _nextHash;
    private readonly int _hash = _nextHash++;

    /// <summary>First token of the expression.</summary>
    public required int StartToken { get; init; }

    /// <summary>Token just past the expression.</summary>
    public required int EndToken { get; init; }

    /// <summary>Where it sits in the verbatim text.</summary>
    public CharSpan Span { get; set; }

    /// <summary>What it means.</summary>
    public required TimeNode Node { get; set; }

    /// <summary>A duration rather than a point in time.</summary>
    public bool IsDuration { get; init; }

    /// <summary>A named period of the conflict ("the 44-day war").</summary>
    public bool IsNamedPeriod { get; init; }

    /// <summary>The named period a "since" stretch runs from, with its own days ("since the 44-day war").</summary>
    public DateRange? Origin { get; init; }

    /// <summary>The text gave a weekday with the date ("Thursday (23 February)").</summary>
    public bool HasWeekday { get; init; }

    /// <summary>The text wrote a year (or "this year", "last year") in the expression.</summary>
    public bool HasExplicitYear { get; set; }

    /// <summary>A year, month or season of one year whose year a later year-less date may take.</summary>
    public bool ProvidesYear { get; init; }

    /// <summary>A year used as a modifier ("the 2030 agenda", "the 1991 Declaration"): often a name or a plan, not a happening.</summary>
    public bool IsAttributive { get; init; }

    /// <summary>A day-level date's parts, when it is one.</summary>
    public DayParts? Day { get; set; }

    /// <summary>Set by the recogniser: a day opening a line after a capitalised place ("MOSCOW, September 25."), the agency dateline.</summary>
    public bool IsDateline { get; set; }

    /// <summary>
    /// Set by the recogniser: a future date after "before" ("will meet before 30 January"), which names the
    /// days from the writing up to it rather than the day itself.
    /// </summary>
    public bool IsFutureLimit { get; set; }

    /// <summary>Set by the recogniser: the context puts the date in the future of the writing.</summary>
    public bool IsFuture { get; set; }

    /// <summary>
    /// Set by the recogniser for a weekday ("on Tuesday"): the day opening its sentence ("On September 13, the
    /// ministry said ... on Tuesday"), which frames the weekday instead of the publication day.
    /// </summary>
    public Candidate? WeekdayFrame { get; set; }

    /// <summary>Set by the recogniser: the earlier expression of the same clause whose year a year-less date takes.</summary>
    public Candidate? YearSource { get; set; }

    /// <inheritdoc />
    public override int GetHashCode() => _hash;

    /// <inheritdoc />
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <inheritdoc />
    public override string ToString() => $"{Span} {Node.GetType().Name}";
}
