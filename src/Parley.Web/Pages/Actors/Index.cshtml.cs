using Parley.Model;
using Parley.Web.Data;

namespace Parley.Web.Pages.Actors;

/// <summary>One row of the actor list.</summary>
public sealed record ActorRow(string Id, string Name, string Kind, int Events, int Claims, int Positions, int Mentions);

/// <summary>Every entity that acts, speaks or takes a position, busiest first.</summary>
public sealed class IndexModel(WorkbenchReader reader) : WorkbenchPage(reader)
{
    /// <summary>The rows.</summary>
    public IReadOnlyList<ActorRow> Rows { get; private set; } = [];

    /// <summary>Builds the list.</summary>
    public void OnGet() => Rows = Index.Memo("actors", () => Build(Index));

    private static IReadOnlyList<ActorRow> Build(RecordIndex index)
    {
        var events = index.Record.Events.SelectMany(e => e.Actors.Concat(e.Targets).Concat(e.Mediators).Distinct()).CountBy(id => id).ToDictionary();
        var claims = index.Record.Claims.Where(c => c.Speaker is not null).CountBy(c => c.Speaker!).ToDictionary();
        var positions = index.Record.Positions.CountBy(p => p.Actor).ToDictionary();
        var mentions = index.Record.Entities.ToDictionary(e => e.Entity.Id, e => e.Mentions.Count);
        return events.Keys.Concat(claims.Keys).Concat(positions.Keys)
            .Concat(index.Record.Entities.Where(e => e.Entity.Kind is not (EntityKind.Place or EntityKind.Route or EntityKind.Outlet)).Select(e => e.Entity.Id))
            .Distinct()
            .Select(id => new ActorRow(id, index.NameOf(id), index.Entities.TryGetValue(id, out var e) ? e.Kind.ToWire() : "unknown",
                events.GetValueOrDefault(id), claims.GetValueOrDefault(id), positions.GetValueOrDefault(id), mentions.GetValueOrDefault(id)))
            .OrderByDescending(r => r.Events + r.Claims + r.Positions).ThenByDescending(r => r.Mentions).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
