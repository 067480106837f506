using NodaTime;
using Parley.Model;

namespace Parley.Extraction.Merge;

/// <summary>
/// Where <see cref="WindowedCrossDocumentPass"/> reads the stored mentions and claims a window at a time and writes
/// what it merged (a store's merge session, behind this so extraction needs no storage).
/// </summary>
public interface IMergeSource
{
    /// <summary>The dated event mentions of <paramref name="type"/> starting from <paramref name="from"/> to <paramref name="to"/>, in document order.</summary>
    IReadOnlyList<EventMention> ReadEventMentions(EventType type, LocalDate from, LocalDate to);

    /// <summary>The first start day of a dated mention of <paramref name="type"/> after <paramref name="after"/> (of any when null).</summary>
    LocalDate? NextMentionStart(EventType type, LocalDate? after);

    /// <summary>Document ids after <paramref name="after"/> in ordinal order, at most <paramref name="limit"/>.</summary>
    IReadOnlyList<string> ReadDocumentIds(string? after, int limit);

    /// <summary>The undated event mentions of <paramref name="documentIds"/>, in document order.</summary>
    IReadOnlyList<EventMention> ReadUndatedEventMentions(IReadOnlyCollection<string> documentIds);

    /// <summary>The claims of <paramref name="documentIds"/>, in document order, with their stored event ids.</summary>
    IReadOnlyList<Claim> ReadClaims(IReadOnlyCollection<string> documentIds);

    /// <summary>The stored event of each of <paramref name="mentions"/> that one holds.</summary>
    IReadOnlyDictionary<(string Doc, string Key), string> ReadEventLinks(IReadOnlyCollection<(string Doc, string Key)> mentions);

    /// <summary>Stores <paramref name="events"/> (only those that differ) and deletes those of <paramref name="replaced"/> not among them.</summary>
    void WriteEvents(IReadOnlyCollection<string> replaced, IReadOnlyList<Event> events);

    /// <summary>Sets each claim's event.</summary>
    void WriteClaimEvents(IReadOnlyCollection<KeyValuePair<string, string?>> claimEvents);

    /// <summary>Deletes events with no account left and clears claims' events whose mention no event holds.</summary>
    void RemoveUnlinked();

    /// <summary>Makes the stored contradictions exactly these.</summary>
    void ReplaceContradictions(IReadOnlyList<Contradiction> contradictions);
}
