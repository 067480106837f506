using Microsoft.AspNetCore.Mvc;
using Parley.Model;
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

    /// <summary>Events it acts in, is acted upon in, mediates, or that happen at it.</summary>
    public IReadOnlyList<EventRow> Events { get; private set; } = [];

    /// <summary>Claims it makes.</summary>
    public IReadOnlyList<Claim> Claims { get; private set; } = [];

    /// <summary>Positions by topic, each earliest first.</summary>
    public IReadOnlyList<IGrouping<string, Position>> Positions { get; private set; } = [];

    /// <summary>Shows the actor.</summary>
    public IActionResult OnGet(string id)
    {
        var index = Index;
        Id = id;
        Entity = index.Entities.GetValueOrDefault(id);
        Events = index.EventRows.Where(r => r.Event.Actors.Contains(id) || r.Event.Targets.Contains(id) || r.Event.Mediators.Contains(id) || r.Event.Place == id).ToList();
        Claims = index.Record.Claims.Where(c => c.Speaker == id).ToList();
        Positions = index.Record.Positions.Where(p => p.Actor == id)
            .OrderBy(p => p.Date is null).ThenBy(p => p.Date?.Earliest)
            .GroupBy(p => p.Topic).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (Entity is null && Events.Count == 0 && Claims.Count == 0 && Positions.Count == 0)
        {
            return Missing($"Nothing in the record is '{id}'.");
        }

        Roles = (Entity?.Roles ?? []).OrderBy(r => r.From ?? "9999", StringComparer.Ordinal).ToList();
        return Page();
    }
}
