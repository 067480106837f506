using NodaTime;
using Parley.Model;
using Parley.Time;

namespace Parley.Merge;

/// <summary>
/// Where the cross-document pass reads the stored event mentions and claims a window at a time and writes what it
/// merged: narrow, indexed reads of the mentions and claims of one stretch of dates or one page of documents, and
/// writes of only the merged results that changed. A store's merge session implements it (inside one write
/// transaction); it lives here so that extraction needs no storage and storage no extraction.
/// </summary>
public interface IMergeSource
{
    /// <summary>
    /// The dated event mentions of <paramref name="type"/> that start on a day from <paramref name="from"/> to
    /// <paramref name="to"/>, in document order (document id, then the order of the document's extraction), without
    /// their quotes (empty: the pass links accounts by document and key, and the quote is most of a mention's size).
    /// </summary>
    IReadOnlyList<EventMention> ReadEventMentions(EventType type, LocalDate from, LocalDate to);

    /// <summary>
    /// As <see cref="ReadEventMentions"/>, each with its place in its document's extraction order, so that mentions read
    /// by separate calls can be put together in the order one read of them all gives. Strings and lists repeated across
    /// the mentions read (document ids, places, casts) may be one shared instance: the mentions are read-only.
    /// </summary>
    IReadOnlyList<(EventMention Mention, int Seq)> ReadEventMentionsWithSeq(EventType type, LocalDate from, LocalDate to);

    /// <summary>How many dated event mentions of <paramref name="type"/> start on a day from <paramref name="from"/> to <paramref name="to"/>.</summary>
    int CountEventMentions(EventType type, LocalDate from, LocalDate to);

    /// <summary>
    /// The stored event mentions of <paramref name="mentions"/> (document id, key), in no particular order, without their
    /// quotes: the pass holds a long chain's merged events as these keys and reads their mentions back when it writes them.
    /// </summary>
    IReadOnlyList<EventMention> ReadEventMentionsByKey(IReadOnlyCollection<(string Doc, string Key)> mentions);

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
    /// The claims about the event mentions stored events of <paramref name="eventIds"/> hold, each with the event that
    /// holds its mention (its own <see cref="Claim.EventId"/> is the one stored for it), in document order within an
    /// event; without their quotes and topics (what the contradictions about one event compare is the claims' values,
    /// stances and speakers).
    /// </summary>
    IReadOnlyList<(Claim Claim, string EventId)> ReadEventClaims(IReadOnlyCollection<string> eventIds);

    /// <summary>
    /// The claims about the event mentions stored event <paramref name="eventId"/> holds in <paramref name="documentIds"/>,
    /// in document order, without their quotes and topics as <see cref="ReadEventClaims"/> reads them: an event of a
    /// hundred thousand accounts is judged a page of its documents at a time.
    /// </summary>
    IReadOnlyList<Claim> ReadEventClaimsIn(string eventId, IReadOnlyCollection<string> documentIds);

    /// <summary>
    /// Stores event <paramref name="e"/> (its <see cref="Event.Mentions"/> unread) with the accounts <paramref name="links"/>
    /// gives, part after part in order, each part taken only once the one before is stored; deletes it as stored before
    /// and those of <paramref name="replaced"/>. One event's links are never all held at once.
    /// </summary>
    void WriteEventInParts(IReadOnlyCollection<string> replaced, Event e, IEnumerable<IReadOnlyList<(string Doc, string Key)>> links);

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

    /// <summary>
    /// Deletes every stored contradiction whose id is not in <paramref name="kept"/>: a pass that stores what it finds as
    /// it goes (<see cref="UpdateContradictions"/>) ends with this instead of holding all of it for
    /// <see cref="ReplaceContradictions"/>.
    /// </summary>
    void RemoveContradictionsExcept(IReadOnlySet<string> kept);

    // What an incremental pass (and the full pass, keeping it ready) needs besides (schema version 7): the changes since the last pass, the blocks of days
    // merged together, events read back by family, and narrow updates of contradictions and judged claims.

    /// <summary>The changes stored since the last pass (documents stored, replaced or deleted), in the order written.</summary>
    IReadOnlyList<MergeChange> ReadChanges();

    /// <summary>Deletes the change rows read (by <see cref="MergeChange.Seq"/>): those written since stay for the next pass.</summary>
    void ClearChanges(IReadOnlyCollection<long> seqs);

    /// <summary>
    /// The numbers of the changes stored so far as runs of consecutive numbers, every number of a run stored (a first
    /// ingest of half a million documents is one run): what a full pass clears when it ends, without holding a change each.
    /// </summary>
    IReadOnlyList<(long First, long Last)> ReadChangeRuns();

    /// <summary>Deletes the change rows of <paramref name="runs"/> (from <see cref="ReadChangeRuns"/>): those written since stay.</summary>
    void ClearChangeRuns(IReadOnlyCollection<(long First, long Last)> runs);

    /// <summary>The value the last pass stored under <paramref name="name"/>, or null.</summary>
    string? ReadMergeState(string name);

    /// <summary>Stores <paramref name="value"/> under <paramref name="name"/>.</summary>
    void WriteMergeState(string name, string value);

    /// <summary>Every event mention (dated or not) of <paramref name="documentIds"/>, in document order, without quotes.</summary>
    IReadOnlyList<EventMention> ReadDocumentEventMentions(IReadOnlyCollection<string> documentIds);

    /// <summary>The stored blocks of <paramref name="type"/> (first and last day) that share a day with <paramref name="from"/> to <paramref name="to"/>.</summary>
    IReadOnlyList<(LocalDate First, LocalDate Last)> ReadBlocks(EventType type, LocalDate from, LocalDate to);

    /// <summary>
    /// Replaces the blocks of <paramref name="type"/> starting from <paramref name="from"/> to <paramref name="to"/>
    /// (every block of the type when both are null) with <paramref name="blocks"/>.
    /// </summary>
    void ReplaceBlocks(EventType type, LocalDate? from, LocalDate? to, IReadOnlyList<(LocalDate First, LocalDate Last)> blocks);

    /// <summary>
    /// The stored events of <paramref name="ids"/> that exist; with <paramref name="withAccounts"/> each with the accounts
    /// it still holds (without quotes; none for an event whose accounts were all deleted), otherwise with none.
    /// </summary>
    IReadOnlyList<Event> ReadEvents(IReadOnlyCollection<string> ids, bool withAccounts);

    /// <summary>The stored dated events of <paramref name="type"/> starting from <paramref name="from"/> to <paramref name="to"/>, without their accounts.</summary>
    IReadOnlyList<Event> ReadDatedEvents(EventType type, LocalDate from, LocalDate to);

    /// <summary>The stored undated events of <paramref name="type"/> whose id is <paramref name="stem"/> or starts with it and a hyphen, with their accounts.</summary>
    IReadOnlyList<Event> ReadUndatedEvents(EventType type, string stem);

    /// <summary>Deletes those of <paramref name="ids"/> that no event mention links to any more.</summary>
    void RemoveUnlinkedEvents(IReadOnlyCollection<string> ids);

    /// <summary>The number of merged events stored.</summary>
    int CountEvents();

    /// <summary>The stored contradictions whose attribute is one of <paramref name="attributes"/> or whose event is one of <paramref name="eventIds"/>.</summary>
    IReadOnlyList<Contradiction> ReadContradictions(IReadOnlyCollection<ContradictionAttribute> attributes, IReadOnlyCollection<string> eventIds);

    /// <summary>
    /// Deletes the contradictions of <paramref name="remove"/> not among <paramref name="add"/>, and stores those of
    /// <paramref name="add"/> (one stored alike is left alone).
    /// </summary>
    void UpdateContradictions(IReadOnlyCollection<string> remove, IReadOnlyList<Contradiction> add);

    /// <summary>Records, for each of <paramref name="documentIds"/>, which of its claims the contradictions between claims look at.</summary>
    void ReplaceBetweenClaims(IReadOnlyCollection<string> documentIds, IReadOnlyCollection<(string ClaimId, string DocumentId)> claims);

    /// <summary>The claims recorded by <see cref="ReplaceBetweenClaims"/>, in document order, with their stored event ids.</summary>
    IReadOnlyList<Claim> ReadBetweenClaims();}

/// <summary>
/// One change stored since the last cross-document pass: a document stored, replaced or deleted (<see cref="Type"/>
/// null), or an event mention a deleted document held, with its type, date and the event that held it.
/// </summary>
/// <param name="Seq">The row's number (to delete exactly the rows read).</param>
/// <param name="DocumentId">The document.</param>
/// <param name="Type">The deleted mention's type, or null for the document's own row.</param>
/// <param name="Date">The deleted mention's date (null when undated or for the document's row).</param>
/// <param name="EventId">The merged event that held the deleted mention, if any.</param>
public sealed record MergeChange(long Seq, string DocumentId, EventType? Type, DateRange? Date, string? EventId);
