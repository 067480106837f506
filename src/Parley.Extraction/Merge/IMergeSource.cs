using NodaTime;
using Parley.Model;
using Parley.Time;

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

    /// <summary>The claims about the mentions stored events of <paramref name="eventIds"/> hold, each with that event, without quotes.</summary>
    IReadOnlyList<(Claim Claim, string EventId)> ReadEventClaims(IReadOnlyCollection<string> eventIds);

    /// <summary>Stores <paramref name="events"/> (only those that differ) and deletes those of <paramref name="replaced"/> not among them.</summary>
    void WriteEvents(IReadOnlyCollection<string> replaced, IReadOnlyList<Event> events);

    /// <summary>Sets each claim's event.</summary>
    void WriteClaimEvents(IReadOnlyCollection<KeyValuePair<string, string?>> claimEvents);

    /// <summary>Deletes events with no account left and clears claims' events whose mention no event holds.</summary>
    void RemoveUnlinked();

    /// <summary>Makes the stored contradictions exactly these.</summary>
    void ReplaceContradictions(IReadOnlyList<Contradiction> contradictions);

    // What the incremental pass (and the full pass, keeping it ready) reads and writes besides.

    /// <summary>The changes stored since the last pass, in the order written.</summary>
    IReadOnlyList<MergeChange> ReadChanges();

    /// <summary>Deletes the changes read (by <see cref="MergeChange.Seq"/>).</summary>
    void ClearChanges(IReadOnlyCollection<long> seqs);

    /// <summary>The value the last pass stored under <paramref name="name"/>, or null.</summary>
    string? ReadMergeState(string name);

    /// <summary>Stores <paramref name="value"/> under <paramref name="name"/>.</summary>
    void WriteMergeState(string name, string value);

    /// <summary>Every event mention (dated or not) of <paramref name="documentIds"/>, in document order.</summary>
    IReadOnlyList<EventMention> ReadDocumentEventMentions(IReadOnlyCollection<string> documentIds);

    /// <summary>The stored blocks of <paramref name="type"/> that share a day with <paramref name="from"/> to <paramref name="to"/>.</summary>
    IReadOnlyList<(LocalDate First, LocalDate Last)> ReadBlocks(EventType type, LocalDate from, LocalDate to);

    /// <summary>Replaces the blocks of <paramref name="type"/> starting from <paramref name="from"/> to <paramref name="to"/> (all when null).</summary>
    void ReplaceBlocks(EventType type, LocalDate? from, LocalDate? to, IReadOnlyList<(LocalDate First, LocalDate Last)> blocks);

    /// <summary>The stored events of <paramref name="ids"/> that exist, with the accounts they still hold when <paramref name="withAccounts"/>, else none.</summary>
    IReadOnlyList<Event> ReadEvents(IReadOnlyCollection<string> ids, bool withAccounts);

    /// <summary>The stored dated events of <paramref name="type"/> starting from <paramref name="from"/> to <paramref name="to"/>, without their accounts.</summary>
    IReadOnlyList<Event> ReadDatedEvents(EventType type, LocalDate from, LocalDate to);

    /// <summary>The stored undated events of <paramref name="type"/> whose id is <paramref name="stem"/> or starts with it and a hyphen.</summary>
    IReadOnlyList<Event> ReadUndatedEvents(EventType type, string stem);

    /// <summary>Deletes those of <paramref name="ids"/> that hold no account any more.</summary>
    void RemoveUnlinkedEvents(IReadOnlyCollection<string> ids);

    /// <summary>The number of merged events stored.</summary>
    int CountEvents();

    /// <summary>The stored contradictions of one of <paramref name="attributes"/> or about one of <paramref name="eventIds"/>.</summary>
    IReadOnlyList<Contradiction> ReadContradictions(IReadOnlyCollection<ContradictionAttribute> attributes, IReadOnlyCollection<string> eventIds);

    /// <summary>Deletes the contradictions of <paramref name="remove"/> not among <paramref name="add"/> and stores <paramref name="add"/>.</summary>
    void UpdateContradictions(IReadOnlyCollection<string> remove, IReadOnlyList<Contradiction> add);

    /// <summary>Records which claims of <paramref name="documentIds"/> the contradictions between claims look at.</summary>
    void ReplaceBetweenClaims(IReadOnlyCollection<string> documentIds, IReadOnlyCollection<(string ClaimId, string DocumentId)> claims);

    /// <summary>The claims recorded by <see cref="ReplaceBetweenClaims"/>, in document order, with their stored event ids.</summary>
    IReadOnlyList<Claim> ReadBetweenClaims();
}

/// <summary>
/// A change since the last pass: a document stored, replaced or deleted (<see cref="Type"/> null), or an event
/// mention a deleted document held, with its type, date and the event that held it.
/// </summary>
/// <param name="Seq">The change's number.</param>
/// <param name="DocumentId">The document.</param>
/// <param name="Type">The deleted mention's type; null for the document's own row.</param>
/// <param name="Date">The deleted mention's date.</param>
/// <param name="EventId">The event that held the deleted mention.</param>
public sealed record MergeChange(long Seq, string DocumentId, EventType? Type, DateRange? Date, string? EventId);
