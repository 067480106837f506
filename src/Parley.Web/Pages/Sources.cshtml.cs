using Parley.Model;
using Parley.Web.Data;

namespace Parley.Web.Pages;

/// <summary>What one outlet reports.</summary>
/// <param name="Outlet">The outlet and its side.</param>
/// <param name="Documents">Its documents.</param>
/// <param name="Events">Events it reports.</param>
/// <param name="Claims">Claims in its documents.</param>
/// <param name="Alone">Events no other outlet reports.</param>
public sealed record OutletRow(OutletInfo Outlet, int Documents, int Events, int Claims, IReadOnlyList<EventRow> Alone);

/// <summary>One disputed value and the side whose media give it.</summary>
/// <param name="Contradiction">The contradiction.</param>
/// <param name="Side">The outlet's side.</param>
/// <param name="Outlet">The outlet.</param>
/// <param name="Value">The value that account gives, when the contradiction pairs them.</param>
public sealed record SideValue(Contradiction Contradiction, string Side, string Outlet, string? Value);

/// <summary>Sources: per outlet what it reports and what it alone reports; which side's media say what.</summary>
public sealed class SourcesModel(WorkbenchReader reader) : WorkbenchPage(reader)
{
    /// <summary>Outlets, most documents first.</summary>
    public IReadOnlyList<OutletRow> Outlets { get; private set; } = [];

    /// <summary>For each contradiction, the values by side.</summary>
    public IReadOnlyList<IGrouping<Contradiction, SideValue>> Disputes { get; private set; } = [];

    /// <summary>Builds the page.</summary>
    public void OnGet()
    {
        (Outlets, Disputes) = Index.Memo("sources", () => Build(Index));
    }

    /// <summary>How many disputes the page lists (newest first).</summary>
    public const int DisputesShown = 200;

    private static Tuple<IReadOnlyList<OutletRow>, IReadOnlyList<IGrouping<Contradiction, SideValue>>> Build(RecordIndex index)
    {
        var alone = index.EventRows.Where(r => r.Outlets.Count == 1).ToLookup(r => r.Outlets.First());
        var reported = index.EventRows.SelectMany(r => r.Outlets).CountBy(o => o).ToDictionary();
        var outlets = index.Record.Documents
            .GroupBy(d => index.OutletOf(d.Id).Name)
            .Select(g => new OutletRow(index.OutletOf(g.First().Id), g.Count(), reported.GetValueOrDefault(g.Key), g.Sum(d => index.ClaimsByDocument[d.Id].Count()),
                alone[g.Key].ToList()))
            .OrderByDescending(r => r.Documents).ThenBy(r => r.Outlet.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var disputes = RecordViews.Contradictions(index, null).Take(DisputesShown).Select(c => c.Contradiction)
            .SelectMany(c => c.ClaimIds.Select((reference, i) => (c, reference, i)))
            .Select(x => index.AccountOf(x.reference) is { } account
                ? new SideValue(x.c, index.OutletOf(account.DocumentId).Side, index.OutletOf(account.DocumentId).Name, x.c.Values.Count == x.c.ClaimIds.Count ? x.c.Values[x.i] : null)
                : null)
            .OfType<SideValue>()
            .GroupBy(v => v.Contradiction)
            .ToList();
        return Tuple.Create<IReadOnlyList<OutletRow>, IReadOnlyList<IGrouping<Contradiction, SideValue>>>(outlets, disputes);
    }
}
