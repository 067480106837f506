using System.Text.Json;
using Parley.Export.Brief;
using Parley.Export.Views;
using Parley.Model;
using Parley.Storage;
using Parley.Time;

namespace Parley.Export.Tests;

/// <summary>
/// Each command's read of only what it prints gives what the view of the whole record (or of the filtered slice) gives:
/// the event's accounts, the actor's profile, the outlets, the contradictions, the brief and the streamed export.
/// </summary>
public sealed class SliceReadsTests
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    private static string Text<T>(T value) => JsonSerializer.Serialize(value, Json);

    [Fact]
    public void Every_event_reads_as_the_whole_record_shows_it()
    {
        var store = new RecordStore(SampleRecord.Create());
        var whole = new RecordView(store.ReadRecord(RecordFilter.All));
        Assert.NotEmpty(whole.Record.Events);
        foreach (var e in whole.Record.Events)
        {
            var detail = SliceReads.ReadEventDetail(store, e.Id, out var suggestion);
            Assert.Null(suggestion);
            Assert.Equal(Text(whole.Detail(e.Id)), Text(detail));
        }

        // The meeting's contradiction cites an account of the event and a claim: both resolve to their quotes.
        var meeting = SliceReads.ReadEventDetail(store, "2023-05-03-meeting-castelford", out _)!;
        Assert.All(Assert.Single(meeting.Contradictions).Sides, side => Assert.NotNull(side.Citation));
        Assert.Equal(["b#c1"], meeting.Accounts.SelectMany(a => a.Claims).Select(c => c.Id));
    }

    [Fact]
    public void A_mistyped_event_id_suggests_the_closest_stored_one()
    {
        var store = new RecordStore(SampleRecord.Create());
        Assert.Null(SliceReads.ReadEventDetail(store, "2023-05-06-armed-clash-dunmer", out var suggestion));
        Assert.Equal("2023-05-06-armed-clash-dunmere", suggestion);
        Assert.Equal(new RecordView(store.ReadRecord(RecordFilter.All)).SuggestEvent("2023-05-06-armed-clash-dunmer"), suggestion);
        Assert.Null(SliceReads.ReadEventDetail(store, "zzzz", out var none));
        Assert.Null(none);
    }

    [Fact]
    public void An_actor_reads_as_the_whole_record_shows_it_and_a_short_page_counts_the_rest_by_type()
    {
        var store = new RecordStore(SampleRecord.Create());
        var whole = new RecordView(store.ReadRecord(RecordFilter.All));
        foreach (var name in new[] { "Belmor", "ardania", "Republic of Ardania", "Northern Union" })
        {
            Assert.Null(SliceReads.ReadActor(store, name, 200, out var profile));
            Assert.Equal(Text(whole.Actor(whole.FindActor(name).EntityId!)), Text(profile));
            Assert.Null(profile!.EventsNotShown);
        }

        // Belmor takes part in all three events: a page of one lists the first and counts the others.
        Assert.Null(SliceReads.ReadActor(store, "Belmor", 1, out var page));
        var full = whole.Actor("belmor")!;
        Assert.Equal(Text(full.Events[0]), Text(Assert.Single(page!.Events)));
        Assert.Equal(full.Events.Count - 1, page.EventsNotShown);
        Assert.Equal(full.Events.Count, page.EventTypes!.Values.Sum());
        Assert.Equal(1, page.EventTypes["meeting"]);
        Assert.Equal(Text(full.Positions), Text(page.Positions));

        var problem = SliceReads.ReadActor(store, "Belmorr", 200, out var missing);
        Assert.Null(missing);
        Assert.Equal("actor", problem!.Field);
        Assert.Contains("did you mean 'Belmor'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_outlets_read_as_the_whole_record_counts_them_with_the_sole_events_past_the_limit_counted()
    {
        var store = new RecordStore(SampleRecord.Create());
        var whole = new RecordView(store.ReadRecord(RecordFilter.All));
        var sources = SliceReads.ReadSources(store, RecordFilter.All, 100);
        Assert.Equal(Text(whole.Sources()), Text(sources));
        Assert.Contains(sources, s => s.Outlet == RecordView.UnknownOutlet);

        var counted = SliceReads.ReadSources(store, RecordFilter.All, 0);
        Assert.All(counted, s => Assert.Empty(s.SoleEvents));
        Assert.Equal(whole.Sources().Select(s => s.SoleEvents.Count), counted.Select(s => s.MoreSoleEvents ?? 0));
    }

    [Fact]
    public void Contradictions_read_a_page_at_a_time_as_the_whole_record_resolves_them()
    {
        var store = new RecordStore(SampleRecord.Create());
        var whole = new RecordView(store.ReadRecord(RecordFilter.All));
        var all = SliceReads.ReadContradictions(store, RecordFilter.All, 100, null);
        Assert.Null(all.NextAfter);
        Assert.Equal(Text(whole.Contradictions()), Text(all.Contradictions));

        var first = SliceReads.ReadContradictions(store, RecordFilter.All, 1, null);
        Assert.Equal("x1", first.NextAfter);
        var second = SliceReads.ReadContradictions(store, RecordFilter.All, 1, first.NextAfter);
        Assert.Equal(Text(whole.Contradictions()), Text(first.Contradictions.Concat(second.Contradictions)));
        Assert.Null(second.NextAfter);

        // A slice: only the clash's contradiction, its event's two accounts cited for the two tolls.
        var clashes = SliceReads.ReadContradictions(store, new RecordFilter { Type = EventType.ArmedClash }, 100, null);
        Assert.Equal(Text(new RecordView(store.ReadRecord(new RecordFilter { Type = EventType.ArmedClash })).Contradictions()), Text(clashes.Contradictions));
        Assert.Equal(["x2"], clashes.Contradictions.Select(x => x.Id));
    }

    [Fact]
    public void A_brief_from_the_key_events_reads_as_the_brief_of_the_whole_period()
    {
        var store = new RecordStore(SampleRecord.Create());
        foreach (var (period, topic) in new (DateRange, string?)[] { (DateRange.Month(2023, 5), null), (DateRange.Day(2023, 5, 6), null), (DateRange.Month(2023, 5), "corridor") })
        {
            var filter = new RecordFilter { Period = period, Topic = topic };
            foreach (var builder in new[] { new BriefBuilder(), new BriefBuilder { MaxEvents = 1 } })
            {
                var expected = Render(builder.Build(new RecordView(store.ReadRecord(filter)), period, topic));
                var slice = SliceReads.ReadBrief(store, filter, builder.MaxEvents)!;
                Assert.Equal(expected, Render(builder.Build(slice.View, period, topic, slice.Contradictions)));
            }
        }

        Assert.Null(SliceReads.ReadBrief(store, new RecordFilter { Period = DateRange.Month(2030, 1) }, 40));
    }

    [Fact]
    public void The_streamed_record_enumerates_what_the_record_holds_page_after_page()
    {
        var store = new RecordStore(SampleRecord.Create());
        foreach (var filter in new[] { RecordFilter.All, new RecordFilter { Type = EventType.Meeting } })
        {
            var streamed = StreamedRecord.Open(store, filter);
            using var expected = new MemoryStream();
            using var written = new MemoryStream();
            new ParleyJsonExporter().Write(store.ReadRecord(filter), expected);
            new ParleyJsonExporter().Write(streamed, written);
            Assert.Equal(expected.ToArray(), written.ToArray());
            Assert.Equal(store.ReadRecord(filter).Events.Count, StreamedRecord.Enumerated(streamed.Events));
            Assert.Equal(streamed.Documents.Count, StreamedRecord.Enumerated(streamed.Documents));
            Assert.Throws<NotSupportedException>(() => streamed.Events[0]);
        }
    }

    private static string Render(SituationBrief brief)
    {
        using var text = new StringWriter();
        new MarkdownBriefRenderer().Render(brief, text);
        return text.ToString();
    }

    /// <summary>
    /// A store holding one record and answering only <see cref="IParleyStore.ReadRecord"/> (the interface reads the
    /// rest from it): the slice a filter selects as the SQL stores give it.
    /// </summary>
    internal sealed class RecordStore(ParleyRecord sample) : IParleyStore
    {
        // Documents and entities by id, as the SQL stores list them.
        private readonly ParleyRecord record = sample with
        {
            Documents = [.. sample.Documents.OrderBy(d => d.Id, StringComparer.Ordinal)],
            Entities = [.. sample.Entities.OrderBy(e => e.Entity.Id, StringComparer.Ordinal)],
        };

        public string Location => "memory";

        public int SchemaVersion => 0;

        public void Migrate()
        {
        }

        public string? GetContentHash(string documentId) => null;

        public SaveOutcome Save(DocumentExtraction extraction, string contentHash) => throw new NotSupportedException();

        public IReadOnlyList<DocumentExtraction> ReadExtractions() => [];

        public void ReplaceMerged(IReadOnlyList<Event> events, IReadOnlyList<Contradiction> contradictions, IReadOnlyDictionary<string, string> claimEventIds) =>
            throw new NotSupportedException();

        public StoreStats GetStats() => new(record.Documents.Count, record.Entities.Count, 0, 0, record.Events.Count, record.Claims.Count, record.Contradictions.Count, record.Positions.Count, 0);

        public ParleyRecord ReadRecord(RecordFilter filter)
        {
            var events = record.Events
                .Where(e => filter.Type is null || e.Type == filter.Type)
                .Where(e => filter.Topic is null || e.Topics.Contains(filter.Topic))
                .Where(e => filter.Actor is null || e.Actors.Concat(e.Targets).Concat(e.Mediators).Contains(filter.Actor))
                .Where(e => filter.Period is not { } p || (e.Date is { } d && d.Overlaps(p)))
                .OrderBy(e => e.Date is null).ThenBy(e => e.Date?.Earliest).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
            var ids = events.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            return filter.IsAll ? record with { Events = events } : record with
            {
                Events = events,
                Claims = [.. record.Claims.Where(c => c.EventId is not null && ids.Contains(c.EventId))],
                Contradictions = [.. record.Contradictions.Where(x => x.EventId is not null && ids.Contains(x.EventId))],
                Positions = [.. record.Positions.Where(p => (filter.Actor is null || p.Actor == filter.Actor) && (filter.Topic is null || p.Topic == filter.Topic)
                    && (filter.Period is null || (p.Date is { } d && d.Overlaps(filter.Period.Value))))],
            };
        }

        public void Dispose()
        {
        }
    }
}
