using Microsoft.AspNetCore.Mvc;
using Parley.Model;
using Parley.Storage;
using Parley.Web.Data;

namespace Parley.Web.Pages.Actors;

/// <summary>An actor (or any entity): roles over time, events, claims, and positions per topic over time.</summary>
public sealed class DetailModel(WorkbenchReader reader) : WorkbenchPage(reader)
{
    /// <summary>The entity id.</summary>
    public string Id { get; private set; } = "";

    /// <summary>The entity, when the record or the pack holds it.</summary>
    public Entity? Entity { get; private set; }

    /// <summary>Roles, earliest first.</summary>
    public IReadOnlyList<EntityRole> Roles { get; private set; } = [];

    /// <summary>A page of the events it acts in, is acted upon in or mediates (for a place: that happen at it), earliest first.</summary>
    public IReadOnlyList<EventRow> Events { get; private set; } = [];

    /// <summary>How many events that is in all.</summary>
    public int EventCount { get; private set; }

    /// <summary>A page of the claims it makes, by id.</summary>
    public IReadOnlyList<Claim> Claims { get; private set; } = [];

    /// <summary>How many claims it makes in all.</summary>
    public int ClaimCount { get; private set; }

    /// <summary>Positions by topic, each earliest first (at most <see cref="PositionsRead"/>).</summary>
    public IReadOnlyList<IGrouping<string, Position>> Positions { get; private set; } = [];

    /// <summary>How many positions it states in all.</summary>
    public int PositionCount { get; private set; }

    /// <summary>Names of the entities the page refers to.</summary>
    public IEntityNames Names { get; private set; } = null!;

    /// <summary>How many of its positions the page reads at most.</summary>
    public const int PositionsRead = 1000;

    /// <summary>Shows the actor: each list a page read from the store.</summary>
    public IActionResult OnGet(string id) => Guard(() =>
    {
        var catalog = Reader.Catalog;
        Names = catalog;
        Id = id;
        var (entity, counts, claims, positions) = Reader.Read(store =>
            (store.ReadEntity(id), store.ReadActorCounts([id]) is [var one, ..] ? one : null, store.ReadClaims(new ClaimFilter { Speaker = id }, PageSize, null),
                store.ReadPositions(new PositionFilter { Actor = id }, PositionsRead, null)));
        Entity = entity ?? catalog.EntityOf(id);
        // The timeline's filter the page links to: a place's events happen at it, anyone else's have it among their parties.
        var filter = Entity?.Kind == EntityKind.Place ? new EventFilter { Place = id } : new EventFilter { Actor = id };
        (Events, _) = Reader.StoreEventPage(filter, PageSize, null);
        EventCount = Events.Count < PageSize ? Events.Count : Reader.Read(store => store.CountEvents(filter.ToStoreFilter()));
        Claims = claims;
        ClaimCount = counts?.Claims ?? 0;
        PositionCount = counts?.Positions ?? 0;
        Positions = positions.Select(p => p.Position)
            .OrderBy(p => p.Date is null).ThenBy(p => p.Date?.Earliest)
            .GroupBy(p => p.Topic).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (Entity is null && EventCount == 0 && ClaimCount == 0 && PositionCount == 0)
        {
            return Missing($"Nothing in the record is '{id}'.");
        }

        Roles = (Entity?.Roles ?? []).OrderBy(r => r.From ?? "9999", StringComparer.Ordinal).ToList();
        return Page();
    });
}
