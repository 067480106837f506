namespace Parley.Cli.Ingest;

/// <summary>
/// Where the full cross-document pass spent its time: how many windows it read, how many dated mentions they held
/// (a mention read again by a later window counts again), the largest, how often a chain too long to merge whole was
/// cut, the most merged mentions waiting for their ids, and the CPU seconds of each part. What grows faster than
/// the store shows here first.
/// </summary>
internal sealed record MergeProfile(int Windows, long MentionsRead, int LargestWindow, int ChainCuts, int MostWaiting, IReadOnlyDictionary<string, TimeSpan> Parts)
{
    /// <summary>The figures as the summary's JSON prints them.</summary>
    public object ToJson() => new
    {
        windows = Windows,
        mentions_read = MentionsRead,
        largest_window = LargestWindow,
        chain_cuts = ChainCuts,
        most_waiting = MostWaiting,
        cpu_seconds = Parts.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => Math.Round(p.Value.TotalSeconds, 3)),
    };
}
