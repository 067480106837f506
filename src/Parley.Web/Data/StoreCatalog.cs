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
    private readonly Dictionary<string, OutletInfo> _outletsByName = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads the entities and filter values of <paramref name="store"/>; <paramref name="catalog"/> names what the store does not hold.</summary>
    public StoreCatalog(IParleyStore store, IReadOnlyList<Entity> catalog)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(catalog);
        foreach (var entity in store.ReadEntities().Concat(catalog))
        {
            _entities.TryAdd(entity.Id, entity);
        }

        foreach (var entity in _entities.Values.Where(e => e.Kind == EntityKind.Outlet))
        {
            var info = new OutletInfo(entity.Name, entity.Id, Attribute(entity, "affiliation"), Attribute(entity, "country"));
            foreach (var name in entity.Aliases.Append(entity.Name).Append(entity.Id))
            {
                _outletsByName.TryAdd(name, info);
            }
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

    /// <summary>The stored (or the pack's) entity with this id, without its document roles; null when neither holds it.</summary>
    public Entity? EntityOf(string? entityId) => entityId is null ? null : _entities.GetValueOrDefault(entityId);

    /// <summary>Every stored entity and the pack's, each once.</summary>
    public IEnumerable<Entity> Entities => _entities.Values;

    /// <summary>An outlet by the name a document gives, with its side when an outlet entity has that name.</summary>
    public OutletInfo OutletNamed(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return new OutletInfo(RecordFilter.UnknownOutlet, null, null, null);
        }

        return _outletsByName.TryGetValue(name, out var info) ? info with { Name = name } : new OutletInfo(name, null, null, null);
    }

    private static string? Attribute(Entity entity, string key) =>
        entity.Attributes.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}

/// <summary>
/// The documents one page shows accounts from, read by id from the store: their titles, outlets and the sentence
/// around a quote.
/// </summary>
public sealed class PageDocuments
{
    private readonly Dictionary<string, Document> _documents = new(StringComparer.Ordinal);
    private readonly StoreCatalog _catalog;

    /// <summary>Holds <paramref name="documents"/>; <paramref name="catalog"/> gives the outlets' sides.</summary>
    public PageDocuments(IEnumerable<Document> documents, StoreCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
        foreach (var d in documents)
        {
            _documents.TryAdd(d.Id, d);
        }
    }

    /// <summary>The document's title, else its id.</summary>
    public string TitleOf(string documentId) => _documents.TryGetValue(documentId, out var d) ? d.Title ?? d.Id : documentId;

    /// <summary>The document's outlet and side.</summary>
    public OutletInfo OutletOf(string documentId) => _catalog.OutletNamed(_documents.GetValueOrDefault(documentId)?.Outlet);

    /// <summary>The sentence around <paramref name="span"/> in the document, split into before, quote and after.</summary>
    public (string Before, string Quote, string After)? SentenceAround(string documentId, Parley.Text.CharSpan span) =>
        _documents.TryGetValue(documentId, out var d) ? Sentences.Around(d.Text, span) : null;
}

/// <summary>Finds the sentence a quote sits in.</summary>
public static class Sentences
{
    /// <summary>The sentence around <paramref name="span"/> in <paramref name="text"/> (at most 400 characters each side), or null when the span is outside it.</summary>
    public static (string Before, string Quote, string After)? Around(string text, Parley.Text.CharSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (span.End > text.Length)
        {
            return null;
        }

        var start = span.Start;
        while (start > 0 && !IsSentenceEnd(text, start - 1) && span.Start - start < 400)
        {
            start--;
        }

        var end = span.End;
        while (end < text.Length && !(end > span.End && IsSentenceEnd(text, end - 1)) && end - span.End < 400)
        {
            end++;
        }

        return (text[start..span.Start].TrimStart(), text[span.Start..span.End], text[span.End..end].TrimEnd());
    }

    private static bool IsSentenceEnd(string text, int i) =>
        text[i] == '\n' || (text[i] is '.' or '!' or '?' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]));
}
