using Parley.Model;
using Parley.Storage;
using Parley.Text;
using Parley.Time;

namespace Parley.Cli.Bench;

/// <summary>
/// Fills a store with <c>N</c> merged events (ten accounts a document, one account an event) spread over ten
/// years, every event type, 60 actors and 24 topics, for the query benchmark.
/// </summary>
internal static class SyntheticEvents
{
    public const int MentionsPerDocument = 10;
    public const int Actors = 60;
    public const int Topics = 24;
    public static readonly DateOnly Start = new(2015, 1, 1);
    public const int Days = 3650;

    public static EventType[] Types { get; } = Enum.GetValues<EventType>();

    public static void Fill(IParleyStore store, int events, int seed = 11)
    {
        var random = new Random(seed);
        var merged = new List<Event>(events);
        var batch = new List<(DocumentExtraction, string)>();
        for (var d = 0; d * MentionsPerDocument < events; d++)
        {
            var id = $"synthetic-{d:0000000}";
            var text = $"Synthetic document {d} for the query benchmark.";
            var mentions = new List<EventMention>();
            for (var k = 0; k < MentionsPerDocument && d * MentionsPerDocument + k < events; k++)
            {
                var day = Start.AddDays(random.Next(Days));
                var date = DateRange.Day(day.Year, day.Month, day.Day);
                var actor = "actor-" + random.Next(Actors);
                var target = "actor-" + random.Next(Actors);
                var mention = new EventMention
                {
                    Key = "e" + k, DocumentId = id, Type = Types[random.Next(Types.Length)], Date = date,
                    Actors = [actor], Targets = target == actor ? [] : [target], Topics = ["topic-" + random.Next(Topics)],
                    Span = new CharSpan(0, text.Length), Quote = text, Trigger = "synthetic",
                };
                mentions.Add(mention);
                merged.Add(new Event
                {
                    Id = $"ev-{d:0000000}-{k}", Type = mention.Type, Date = date, Actors = mention.Actors, Targets = mention.Targets,
                    Topics = mention.Topics, Mentions = [mention],
                });
            }

            var doc = new Document { Id = id, Text = text, Title = "Synthetic " + d };
            batch.Add((new DocumentExtraction { Document = doc, Events = mentions }, doc.ContentHash));
            if (batch.Count == 500)
            {
                store.SaveBatch(batch);
                batch.Clear();
            }
        }

        store.SaveBatch(batch);
        store.ReplaceMerged(merged, [], new Dictionary<string, string>());
    }
}
