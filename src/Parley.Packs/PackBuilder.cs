namespace Parley.Packs;

/// <summary>Collects what the loader reads before the pack is frozen.</summary>
internal sealed class PackBuilder(string folder)
{
    public PackInfo Info { get; set; } = new("pack", Path.GetFileName(folder), "");

    public List<PackEntity> Entities { get; } = [];

    public List<(TopicDefinition Topic, string File, int Line)> Topics { get; } = [];

    public List<(EventTypeDefinition EventType, string File, int Line)> EventTypes { get; } = [];

    public List<(EpisodeDefinition Episode, string File, int Line)> Episodes { get; } = [];

    public Dictionary<string, IReadOnlyList<string>> Lexicon { get; } = new(StringComparer.Ordinal);

    public DomainPack Build() => new(folder, Info, Entities, [.. Topics.Select(t => t.Topic)], [.. EventTypes.Select(t => t.EventType)], Lexicon) { Episodes = [.. Episodes.Select(e => e.Episode)] };
}
