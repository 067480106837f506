using Parley.Model;

namespace Parley.Extraction.Merge;

/// <summary>What the cross-document pass produces.</summary>
/// <param name="Events">Merged events, each holding every mention.</param>
/// <param name="Contradictions">Disagreements between claims.</param>
/// <param name="ClaimEventIds">For each claim id, the merged event it is about.</param>
public sealed record MergeResult(
    IReadOnlyList<Event> Events,
    IReadOnlyList<Contradiction> Contradictions,
    IReadOnlyDictionary<string, string> ClaimEventIds)
{
    /// <summary>Mentions rebuilt from the earlier pass's grouping instead of merged again (0 for a full pass).</summary>
    public int RegroupedMentions { get; init; }
}
