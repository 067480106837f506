using Parley.Model;
using Parley.Storage;

namespace Parley.Web.Data;

/// <summary>Names entity ids for display: what a list of events needs beside the events.</summary>
public interface IEntityNames
{
    /// <summary>The display name of an entity id, or the id itself when it is not known.</summary>
    string NameOf(string? entityId);
}

/// <summary>
/// What the timeline shows beside a page of events, read from the store without its events or mentions: the stored
/// entities (and the domain pack's) by id, for names, and the values the filter form offers. Small whatever the
/// number of events; <see cref="WorkbenchReader.Catalog"/> reads it again when the store changes.
/// </summary>
public sealed class StoreCatalog : IEntityNames
{
    private readonly Dictionary<string, Entity> _entities = new(StringComparer.Ordinal);

    /// <summary>Reads the entities and filter values of <paramref name="store"/>; <paramref name="catalog"/> names what the store does not hold.</summary>
    public StoreCatalog(IParleyStore store, IReadOnlyList<Entity> catalog)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(catalog);
        foreach (var entity in store.ReadEntities().Concat(catalog))
        {
            _entities.TryAdd(entity.Id, entity);
        }

        var facets = store.ReadEventFacets();
        List<(string, string)> Named(IEnumerable<string> ids) =>
            ids.Distinct(StringComparer.Ordinal).Select(id => (id, NameOf(id))).OrderBy(x => x.Item2, StringComparer.OrdinalIgnoreCase).ToList();
        Choices = new FilterChoices(
            new EventFilter(),
            Named(facets.Actors),
            Named(facets.Places),
            facets.Topics.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            facets.Outlets.Where(o => o.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.OrdinalIgnoreCase).ToList(),
            "/");
    }

    /// <summary>The filter form's values (with no filter in force).</summary>
    public FilterChoices Choices { get; }

    /// <inheritdoc />
    public string NameOf(string? entityId) =>
        entityId is null ? "" : _entities.TryGetValue(entityId, out var e) ? e.Name : entityId;
}
