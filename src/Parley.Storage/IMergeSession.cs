using NodaTime;
using Parley.Model;

namespace Parley.Storage;

/// <summary>
/// One cross-document pass done piece by piece inside one write transaction: narrow, indexed reads of the event
/// mentions and claims of one stretch of dates or one page of documents, and writes of only the merged results
/// that changed. Nothing is visible to other connections until <see cref="Commit"/>; disposing without it rolls
/// everything back. Lets the pass hold one window of the store at a time instead of all of it.
/// </summary>
public interface IMergeSession : IDisposable
{
    /// <summary>
    /// The dated event mentions of <paramref name="type"/> that start on a day from <paramref name="from"/> to
    /// <paramref name="to"/>, in document order (document id, then the order of the document's extraction), without
    /// their quotes (empty: the pass links accounts by document and key, and the quote is most of a mention's size).
    /// </summary>
    IReadOnlyList<EventMention> ReadEventMentions(EventType type, LocalDate from, LocalDate to);

    /// <summary>
    /// The first start day of a dated event mention of <paramref name="type"/> after <paramref name="after"/> (of any
    /// when null), or null when there is none.
    /// </summary>
    LocalDate? NextMentionStart(EventType type, LocalDate? after);

    /// <summary>Stored document ids after <paramref name="after"/> (all when null) in ordinal order, at most <paramref name="limit"/>.</summary>
    IReadOnlyList<string> ReadDocumentIds(string? after, int limit);

    /// <summary>The event mentions without a date of <paramref name="documentIds"/>, in document order, without their quotes.</summary>
    IReadOnlyList<EventMention> ReadUndatedEventMentions(IReadOnlyCollection<string> documentIds);

    /// <summary>The claims of <paramref name="documentIds"/>, in document order, each with the event id stored for it.</summary>
    IReadOnlyList<Claim> ReadClaims(IReadOnlyCollection<string> documentIds);

    /// <summary>For those of <paramref name="mentions"/> that a stored event holds, that event's id.</summary>
    IReadOnlyDictionary<(string Doc, string Key), string> ReadEventLinks(IReadOnlyCollection<(string Doc, string Key)> mentions);

    /// <summary>
    /// Stores <paramref name="events"/> (an event stored alike is left alone; one stored otherwise is rewritten with its
    /// accounts and lookup rows) and deletes those of <paramref name="replaced"/> not among them.
    /// </summary>
    void WriteEvents(IReadOnlyCollection<string> replaced, IReadOnlyList<Event> events);

    /// <summary>Sets the event of each claim id given (null: about no merged event).</summary>
    void WriteClaimEvents(IReadOnlyCollection<KeyValuePair<string, string?>> claimEvents);

    /// <summary>Deletes events left with no account and clears the event of claims whose event mention no event holds.</summary>
    void RemoveUnlinked();

    /// <summary>Makes the stored contradictions exactly <paramref name="contradictions"/>, writing only those that differ.</summary>
    void ReplaceContradictions(IReadOnlyList<Contradiction> contradictions);

    /// <summary>Commits everything written in the session.</summary>
    void Commit();
}
