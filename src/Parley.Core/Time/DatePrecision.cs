namespace Parley.Time;

/// <summary>How precisely a date expression pins its range down, from the finest to the coarsest.</summary>
public enum DatePrecision
{
    /// <summary>One calendar day.</summary>
    Day,
    /// <summary>A span of a few days (a week, "mid-December").</summary>
    Days,
    /// <summary>A calendar month.</summary>
    Month,
    /// <summary>A season or a part of a year ("this spring", "late 2022").</summary>
    Season,
    /// <summary>A calendar year.</summary>
    Year,
    /// <summary>Several years.</summary>
    Years,
    /// <summary>A decade ("in the 1990s").</summary>
    Decade,
}
