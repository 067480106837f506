using Parley.Web.Data;

namespace Parley.Web.Pages.Topics;

/// <summary>One topic's counts.</summary>
public sealed record TopicRow(string Topic, int Events, int Claims, int Positions, int Parties);

/// <summary>Every topic the record touches.</summary>
public sealed class IndexModel(WorkbenchReader reader) : WorkbenchPage(reader)
{
    /// <summary>The rows, busiest first.</summary>
    public IReadOnlyList<TopicRow> Rows { get; private set; } = [];

    /// <summary>Builds the list.</summary>
    public void OnGet() => Rows = Index.Memo("topics", () => Build(Index));

    private static IReadOnlyList<TopicRow> Build(RecordIndex index)
    {
        var r = index.Record;
        var events = r.Events.SelectMany(e => e.Topics).CountBy(t => t).ToDictionary();
        var claims = r.Claims.SelectMany(c => c.Topics).CountBy(t => t).ToDictionary();
        var positions = r.Positions.GroupBy(p => p.Topic).ToDictionary(g => g.Key, g => (Count: g.Count(), Parties: g.Select(p => p.Actor).Distinct().Count()));
        return events.Keys.Concat(claims.Keys).Concat(positions.Keys).Distinct()
            .Select(t => new TopicRow(t, events.GetValueOrDefault(t), claims.GetValueOrDefault(t), positions.GetValueOrDefault(t).Count, positions.GetValueOrDefault(t).Parties))
            .OrderByDescending(x => x.Positions + x.Events + x.Claims).ThenBy(x => x.Topic, StringComparer.Ordinal)
            .ToList();
    }
}
