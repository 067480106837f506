using Parley.Model;

namespace Parley.Packs;

/// <summary>Everything a domain pack says about one conflict, loaded from its folder.</summary>
public sealed class DomainPack
{
    private readonly Dictionary<string, PackEntity> _byId;
    private readonly Dictionary<string, IReadOnlyList<string>> _lexicon;

    internal DomainPack(
        string folder,
        PackInfo info,
        IReadOnlyList<PackEntity> entities,
        IReadOnlyList<TopicDefinition> topics,
        IReadOnlyList<EventTypeDefinition> eventTypes,
        Dictionary<string, IReadOnlyList<string>> lexicon)
    {
        Folder = folder;
        Info = info;
        Entities = entities;
        Topics = topics;
        EventTypes = eventTypes;
        _lexicon = lexicon;
        _byId = new Dictionary<string, PackEntity>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            _byId.TryAdd(e.Id, e);
        }
    }

    /// <summary>The folder it was loaded from.</summary>
    public string Folder { get; }

    /// <summary>Pack id and name.</summary>
    public PackInfo Info { get; }

    /// <summary>Every entity of every kind.</summary>
    public IReadOnlyList<PackEntity> Entities { get; }

    /// <summary>Topics with their triggers.</summary>
    public IReadOnlyList<TopicDefinition> Topics { get; }

    /// <summary>Event types with their triggers.</summary>
    public IReadOnlyList<EventTypeDefinition> EventTypes { get; }

    /// <summary>Well-known happenings of the conflict, in pack order.</summary>
    public IReadOnlyList<EpisodeDefinition> Episodes { get; internal init; } = [];

    /// <summary>Loads the pack in <paramref name="folder"/>; throws <see cref="PackException"/> naming file, line and problem.</summary>
    public static DomainPack Load(string folder) => PackLoader.Load(folder);

    /// <summary>Reads and checks a pack without throwing: the pack (when readable) and every problem.</summary>
    public static (DomainPack? Pack, IReadOnlyList<PackProblem> Problems) Check(string folder) => PackLoader.Read(folder);

    /// <summary>The entity with this id, or null.</summary>
    public PackEntity? Find(string? id) => id is not null && _byId.TryGetValue(id, out var e) ? e : null;

    /// <summary>Entities of one kind.</summary>
    public IEnumerable<PackEntity> OfKind(EntityKind kind) => Entities.Where(e => e.Kind == kind);

    /// <summary>A named word list of the lexicon, empty when the pack has none.</summary>
    public IReadOnlyList<string> Words(string listName) => _lexicon.TryGetValue(listName, out var l) ? l : [];

    /// <summary>Names of the lexicon's lists.</summary>
    public IEnumerable<string> LexiconLists => _lexicon.Keys;
}
