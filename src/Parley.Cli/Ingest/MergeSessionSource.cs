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

    public void WriteEvents(IReadOnlyCollection<string> replaced, IReadOnlyList<Event> events) => session.WriteEvents(replaced, events);

    public void WriteClaimEvents(IReadOnlyCollection<KeyValuePair<string, string?>> claimEvents) => session.WriteClaimEvents(claimEvents);

    public void RemoveUnlinked() => session.RemoveUnlinked();

    public void ReplaceContradictions(IReadOnlyList<Contradiction> contradictions) => session.ReplaceContradictions(contradictions);
}
