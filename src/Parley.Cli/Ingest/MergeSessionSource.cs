using NodaTime;
using Parley.Extraction.Merge;
using Parley.Model;
using Parley.Storage;

namespace Parley.Cli.Ingest;

/// <summary>A store's merge session as the windowed cross-document pass reads and writes it.</summary>
internal sealed class MergeSessionSource(IMergeSession session) : IMergeSource
{
    public IReadOnlyList<EventMention> ReadEventMentions(EventType type, LocalDate from, LocalDate to) => session.ReadEventMentions(type, from, to);

    public LocalDate? NextMentionStart(EventType type, LocalDate? after) => session.NextMentionStart(type, after);

    public IReadOnlyList<string> ReadDocumentIds(string? after, int limit) => session.ReadDocumentIds(after, limit);

    public IReadOnlyList<EventMention> ReadUndatedEventMentions(IReadOnlyCollection<string> documentIds) => session.ReadUndatedEventMentions(documentIds);

    public IReadOnlyList<Claim> ReadClaims(IReadOnlyCollection<string> documentIds) => session.ReadClaims(documentIds);

    public IReadOnlyDictionary<(string Doc, string Key), string> ReadEventLinks(IReadOnlyCollection<(string Doc, string Key)> mentions) =>
        session.ReadEventLinks(mentions);

    public IReadOnlyList<(Claim Claim, string EventId)> ReadEventClaims(IReadOnlyCollection<string> eventIds) => session.ReadEventClaims(eventIds);

    public void WriteEvents(IReadOnlyCollection<string> replaced, IReadOnlyList<Event> events) => session.WriteEvents(replaced, events);

    public void WriteClaimEvents(IReadOnlyCollection<KeyValuePair<string, string?>> claimEvents) => session.WriteClaimEvents(claimEvents);

    public void RemoveUnlinked() => session.RemoveUnlinked();

    public void ReplaceContradictions(IReadOnlyList<Contradiction> contradictions) => session.ReplaceContradictions(contradictions);

    public IReadOnlyList<MergeChange> ReadChanges() =>
        [.. session.ReadPending().Select(p => new MergeChange(p.Seq, p.DocumentId, p.Type, p.Date, p.EventId))];

    public void ClearChanges(IReadOnlyCollection<long> seqs) => session.ClearPending(seqs);

    public string? ReadMergeState(string name) => session.ReadMergeState(name);

    public void WriteMergeState(string name, string value) => session.WriteMergeState(name, value);

    public IReadOnlyList<EventMention> ReadDocumentEventMentions(IReadOnlyCollection<string> documentIds) => session.ReadDocumentEventMentions(documentIds);

    public IReadOnlyList<(LocalDate First, LocalDate Last)> ReadBlocks(EventType type, LocalDate from, LocalDate to) => session.ReadBlocks(type, from, to);

    public void ReplaceBlocks(EventType type, LocalDate? from, LocalDate? to, IReadOnlyList<(LocalDate First, LocalDate Last)> blocks) =>
        session.ReplaceBlocks(type, from, to, blocks);

    public IReadOnlyList<Event> ReadEvents(IReadOnlyCollection<string> ids, bool withAccounts) => session.ReadEvents(ids, withAccounts);

    public IReadOnlyList<Event> ReadDatedEvents(EventType type, LocalDate from, LocalDate to) => session.ReadDatedEvents(type, from, to);

    public IReadOnlyList<Event> ReadUndatedEvents(EventType type, string stem) => session.ReadUndatedEvents(type, stem);

    public void RemoveUnlinkedEvents(IReadOnlyCollection<string> ids) => session.RemoveUnlinkedEvents(ids);

    public int CountEvents() => session.CountEvents();

    public IReadOnlyList<Contradiction> ReadContradictions(IReadOnlyCollection<ContradictionAttribute> attributes, IReadOnlyCollection<string> eventIds) =>
        session.ReadContradictions(attributes, eventIds);

    public void UpdateContradictions(IReadOnlyCollection<string> remove, IReadOnlyList<Contradiction> add) => session.UpdateContradictions(remove, add);

    public void ReplaceBetweenClaims(IReadOnlyCollection<string> documentIds, IReadOnlyCollection<(string ClaimId, string DocumentId)> claims) =>
        session.ReplaceBetweenClaims(documentIds, claims);

    public IReadOnlyList<Claim> ReadBetweenClaims() => session.ReadBetweenClaims();
}
