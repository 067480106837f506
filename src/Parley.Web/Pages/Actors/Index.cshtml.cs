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

    /// <summary>Builds the list from the store's counts (kept until the store changes).</summary>
    public void OnGet()
    {
        var catalog = Reader.Catalog;
        Rows = Reader.Memo("actors", store => (IReadOnlyList<ActorRow>)[.. store.ReadActorCounts(null)
            // Places, routes and outlets are named, not actors: listed only when they act, speak or take a position.
            .Where(c => c.Events + c.Claims + c.Positions > 0
                || (c.Mentions > 0 && catalog.EntityOf(c.Id) is { Kind: not (EntityKind.Place or EntityKind.Route or EntityKind.Outlet) }))
            .Select(c => new ActorRow(c.Id, catalog.NameOf(c.Id), catalog.EntityOf(c.Id)?.Kind.ToWire() ?? "unknown", c.Events, c.Claims, c.Positions, c.Mentions))
            .OrderByDescending(r => r.Events + r.Claims + r.Positions).ThenByDescending(r => r.Mentions).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase)]);
    }
}
