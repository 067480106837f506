using Parley.Model;

namespace Parley.Web.Data;

/// <summary>What several pages show of a contradiction.</summary>
public static class RecordViews
{
    /// <summary>
    /// The account side of a contradiction: for each of its claims, the value that claim gives (values are listed in
    /// claim order; when the counts differ the value is shown once for the whole contradiction).
    /// </summary>
    public static string? ValueOfClaim(Contradiction contradiction, string claimId)
    {
        ArgumentNullException.ThrowIfNull(contradiction);
        var i = contradiction.ClaimIds.ToList().IndexOf(claimId);
        return i >= 0 && contradiction.Values.Count == contradiction.ClaimIds.Count ? contradiction.Values[i] : null;
    }
}
