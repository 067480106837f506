using Parley.Model;
using Parley.Storage;
using Parley.Text;
using Parley.Time;

namespace Parley.Cli.Bench;

/// <summary>
/// Fills a store with <c>N</c> merged events (ten accounts a document, one account an event) spread over ten
/// years, every event type, 60 actors, 24 topics, 40 places (seven events in ten have one) and every status (most
/// occurred), each document from one of <see cref="Outlets"/> outlets (<c>outlet-7</c>) and one event in
/// <see cref="DisputedOneIn"/> disputed, for the query benchmark. Each document's text names its number and one of <see cref="Subjects"/>
/// subjects (<c>subject17</c>), so full-text queries can match one document, a few hundred or all.
/// </summary>
internal static class SyntheticEvents
{
    public const int MentionsPerDocument = 10;
    public const int Actors = 60;
    public const int Topics = 24;
    public const int Places = 40;
    public const int Subjects = 1000;
    public const int Outlets = 20;
    /// <summary>One event in this many is disputed (has a contradiction).</summary>
    public const int DisputedOneIn = 50;
    public static readonly DateOnly Start = new(2015, 1, 1);
    public const int Days = 3650;

    public static EventType[] Types { get; } = Enum.GetValues<EventType>();

    public static void Fill(IParleyStore store, int events, int seed = 11)
    {
        var (documents, merged, contradictions) = Generate("synthetic-", "ev-", 0, events, seed);
        // What saving the documents and then the merged results would store, loaded in one go (PostgreSQL copies the
        // rows in: a row at a time it stored ~400 events a second).
        store.BulkLoad(documents, merged, contradictions, new Dictionary<string, string>());
    }

    /// <summary>
    /// The documents, merged events and contradictions of <paramref name="events"/> synthetic events, the first
    /// document numbered <paramref name="firstDocument"/>; ids start with <paramref name="documentPrefix"/> and
    /// <paramref name="eventPrefix"/>, so a second batch (the load writer's) does not collide with the fill.
    /// </summary>
    public static (List<(DocumentExtraction, string)> Documents, List<Event> Events, List<Contradiction> Contradictions) Generate(
        string documentPrefix, string eventPrefix, int firstDocument, int events, int seed)
    {
        var random = new Random(seed);
        // Place and status come from their own sequence, so the other fields are those of earlier runs.
        var extra = new Random(seed + 1);
        // Outlets and disputes from a third, for the same reason.
        var third = new Random(seed + 2);
        var contradictions = new List<Contradiction>();
        var statuses = Enum.GetValues<EventStatus>();
        var merged = new List<Event>(events);
        var documents = new List<(DocumentExtraction, string)>();
        for (var n = 0; n * MentionsPerDocument < events; n++)
        {
            var d = firstDocument + n;
            var id = $"{documentPrefix}{d:0000000}";
            var text = $"Synthetic document {d} for the query benchmark, on subject{d % Subjects}.";
            var mentions = new List<EventMention>();
            for (var k = 0; k < MentionsPerDocument && n * MentionsPerDocument + k < events; k++)
            {
                var day = Start.AddDays(random.Next(Days));
                var date = DateRange.Day(day.Year, day.Month, day.Day);
                var actor = "actor-" + random.Next(Actors);
                var target = "actor-" + random.Next(Actors);
                var place = extra.Next(10) < 7 ? "place-" + extra.Next(Places) : null;
                var status = extra.Next(10) < 8 ? EventStatus.Occurred : statuses[extra.Next(statuses.Length)];
                var mention = new EventMention
                {
                    Key = "e" + k, DocumentId = id, Type = Types[random.Next(Types.Length)], Date = date, Place = place, Status = status,
                    Actors = [actor], Targets = target == actor ? [] : [target], Topics = ["topic-" + random.Next(Topics)],
                    Span = new CharSpan(0, text.Length), Quote = text, Trigger = "synthetic",
                };
                mentions.Add(mention);
                var eventId = $"{eventPrefix}{d:0000000}-{k}";
                if (third.Next(DisputedOneIn) == 0)
                {
                    contradictions.Add(new Contradiction
                    {
                        Id = "x-" + eventId, EventId = eventId, Attribute = ContradictionAttribute.Date, ClaimIds = [], Values = ["earlier", "later"],
                    });
                }

                merged.Add(new Event
                {
                    Id = eventId, Type = mention.Type, Status = status, Date = date, Place = place, Actors = mention.Actors, Targets = mention.Targets,
                    Topics = mention.Topics, Mentions = [mention],
                });
            }

            var doc = new Document { Id = id, Text = text, Title = "Synthetic " + d, Outlet = "outlet-" + third.Next(Outlets) };
            documents.Add((new DocumentExtraction { Document = doc, Events = mentions }, doc.ContentHash));
        }

        return (documents, merged, contradictions);
    }
}
