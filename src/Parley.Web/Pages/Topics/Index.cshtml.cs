using Parley.Web.Data;

namespace Parley.Web.Pages.Topics;

/// <summary>One topic's counts.</summary>
public sealed record TopicRow(string Topic, int Events, int Claims, int Positions, int Parties);

/// <summary>Every topic the record touches.</summary>
public sealed class IndexModel(WorkbenchReader reader) : WorkbenchPage(reader)
{
    /// <summary>The rows, busiest first.</summary>
    public IReadOnlyList<TopicRow> Rows { get; private set; } = [];

    /// <summary>Builds the list from the store's counts (kept until the store changes).</summary>
    public void OnGet() => Rows = Reader.Memo("topics", store => (IReadOnlyList<TopicRow>)[.. store.ReadTopicCounts()
        .Select(t => new TopicRow(t.Topic, t.Events, t.Claims, t.Positions, t.Parties))
        .OrderByDescending(x => x.Positions + x.Events + x.Claims).ThenBy(x => x.Topic, StringComparer.Ordinal)]);
}
