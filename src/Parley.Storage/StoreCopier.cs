using Parley.Model;

namespace Parley.Storage;

/// <summary>
/// Copies a whole record from one store to another through <see cref="IParleyStore"/> alone, so any backend
/// copies to any other: every document with its extractions and stored content hash, then the merged events,
/// contradictions and claim links as they are (no merge is run again).
/// </summary>
public static class StoreCopier
{
    /// <summary>
    /// Copies <paramref name="source"/> into <paramref name="target"/>, which must hold no documents; reports each
    /// document copied to <paramref name="progress"/>. Throws <see cref="StoreException"/> when the target is not
    /// empty or a write fails.
    /// </summary>
    public static StoreStats Copy(IParleyStore source, IParleyStore target, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var already = target.GetStats().Documents;
        if (already > 0)
        {
            throw new StoreException(target.Location, $"already holds {already} documents; copy only into an empty store") { IsOpenFailure = true };
        }

        foreach (var extraction in source.ReadExtractions())
        {
            var id = extraction.Document.Id;
            // The hash as the source stored it (of the document as read, before inferred metadata), so a later
            // ingest of the same files into the copy still finds them unchanged.
            var hash = source.GetContentHash(id) ?? extraction.Document.ContentHash;
            // Claims are stored without their merged event; the merged links are copied with the events below.
            target.Save(extraction with { Claims = [.. extraction.Claims.Select(c => c with { EventId = null })] }, hash);
            progress?.Report(id);
        }

        var record = source.ReadRecord(RecordFilter.All);
        var claimEvents = record.Claims.Where(c => c.EventId is not null).ToDictionary(c => c.Id, c => c.EventId!, StringComparer.Ordinal);
        target.ReplaceMerged(record.Events, record.Contradictions, claimEvents);
        return target.GetStats();
    }
}
