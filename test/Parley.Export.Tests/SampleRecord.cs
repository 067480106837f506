using Parley.Model;
using Parley.Text;
using Parley.Time;

namespace Parley.Export.Tests;

/// <summary>
/// A small record over prose written for these tests (no corpus text): a mediated meeting reported by two outlets
/// that disagree on the day, a clash with differing tolls, a denied claim, positions that move, and quotes
/// holding CSV, XML, HTML and Markdown metacharacters.
/// </summary>
public static class SampleRecord
{
    public const string TextA =
        "Envoys of Ardania and Belmor met in Castelford on 3 May 2023, mediated by the Northern Union, the ministry said. " +
        "Ardania said it demands a corridor, \"open\" at all hours. Later Ardania said it rejects any corridor talk.";

    public const string TextB =
        "The Castelford meeting took place on 4 May 2023, a Belmor official said.\n" +
        "=HYPERLINK(\"x\") shelling near Dunmere killed 3 soldiers, <script>alert(1)</script> officials said.\t[link](http://x) *bold* & more.";

    public const string TextC =
        "Shelling near Dunmere on 6 May 2023 killed 5 soldiers. Belmor supports a corridor under conditions.";

    public static CharSpan Find(string text, string quote)
    {
        var i = text.IndexOf(quote, StringComparison.Ordinal);
        if (i < 0)
        {
            throw new ArgumentException($"'{quote}' is not in the text");
        }

        return new CharSpan(i, i + quote.Length);
    }

    private static EventMention Mention(string doc, string text, string key, EventType type, string quote, DateRange? date, string? place,
        string[] actors, string[]? targets = null, string[]? mediators = null, Quantity[]? quantities = null) => new()
    {
        Key = key, DocumentId = doc, Type = type, Date = date, Place = place, Actors = actors, Targets = targets ?? [],
        Mediators = mediators ?? [], Quantities = quantities ?? [], Span = Find(text, quote), Quote = quote,
    };

    private static Position Position(string doc, string text, string actor, string topic, PositionStance stance, string quote, DateRange date) => new()
    {
        Actor = actor, Topic = topic, Stance = stance, DocumentId = doc, Span = Find(text, quote), Quote = quote, Date = date,
    };

    private static EntityWithMentions Entity(string id, EntityKind kind, string name, string[]? aliases = null, GeoPoint? geo = null,
        Dictionary<string, string>? attributes = null, string? doc = "a") =>
        new(new Entity { Id = id, Kind = kind, Name = name, Aliases = aliases ?? [], Geo = geo, Attributes = attributes ?? [] },
            doc is null ? [] : [new DocumentMention(doc, new EntityMention(id, new CharSpan(0, 1), name))]);

    public static ParleyRecord Create()
    {
        var meetingA = Mention("a", TextA, "e1", EventType.Meeting, "Envoys of Ardania and Belmor met in Castelford on 3 May 2023",
            DateRange.Day(2023, 5, 3), "castelford", ["ardania", "belmor"], mediators: ["northern-union"]);
        var meetingB = Mention("b", TextB, "e1", EventType.Meeting, "The Castelford meeting took place on 4 May 2023",
            DateRange.Day(2023, 5, 4), "castelford", ["belmor"]);
        var clashB = Mention("b", TextB, "e2", EventType.ArmedClash,
            "=HYPERLINK(\"x\") shelling near Dunmere killed 3 soldiers, <script>alert(1)</script> officials said.\t[link](http://x) *bold* & more.",
            DateRange.Month(2023, 5), "dunmere", ["belmor"], ["ardania"], quantities: [new Quantity(QuantityKind.Killed, 3)]);
        var clashC = Mention("c", TextC, "e1", EventType.ArmedClash, "Shelling near Dunmere on 6 May 2023 killed 5 soldiers",
            DateRange.Day(2023, 5, 6), "dunmere", ["belmor"], ["ardania"], quantities: [new Quantity(QuantityKind.Killed, 5)]);
        var appointment = Mention("c", TextC, "e2", EventType.Appointment, "Belmor supports a corridor", null, null, ["belmor"]);

        var meeting = new Event
        {
            Id = "2023-05-03-meeting-castelford", Type = EventType.Meeting, Date = new DateRange(new NodaTime.LocalDate(2023, 5, 3), new NodaTime.LocalDate(2023, 5, 4), DatePrecision.Days),
            Place = "castelford", Actors = ["ardania", "belmor"], Mediators = ["northern-union"], Topics = ["corridor"], Mentions = [meetingA, meetingB],
        };
        var clash = new Event
        {
            Id = "2023-05-06-armed-clash-dunmere", Type = EventType.ArmedClash, Date = DateRange.Day(2023, 5, 6), Place = "dunmere",
            Actors = ["belmor"], Targets = ["ardania"], Quantities = [new Quantity(QuantityKind.Killed, 5), new Quantity(QuantityKind.Killed, 3)], Mentions = [clashB, clashC],
        };
        var undated = new Event { Id = "appointment-belmor", Type = EventType.Appointment, Actors = ["belmor"], Mentions = [appointment] };

        var demands = "Ardania said it demands a corridor, \"open\" at all hours.";
        var rejects = "Later Ardania said it rejects any corridor talk.";
        var official = "a Belmor official said";
        return new ParleyRecord
        {
            Documents =
            [
                new Document { Id = "a", Text = TextA, Outlet = "Ardania Today", Published = DateRange.Day(2023, 5, 4), Url = "https://example.org/a" },
                new Document { Id = "b", Text = TextB, Outlet = "Belmor <Wire>", Published = DateRange.Day(2023, 5, 7) },
                new Document { Id = "c", Text = TextC, Published = DateRange.Month(2023, 5) },
            ],
            Entities =
            [
                Entity("ardania", EntityKind.State, "Ardania", ["Republic of Ardania", "Ardanian government"], attributes: new() { ["side"] = "ardania" }),
                Entity("belmor", EntityKind.State, "Belmor", ["Bëlmor"], attributes: new() { ["side"] = "belmor" }),
                Entity("northern-union", EntityKind.Organization, "Northern Union"),
                Entity("castelford", EntityKind.Place, "Castelford", geo: new GeoPoint(41.5, 44.25), attributes: new() { ["type"] = "city" }),
                Entity("dunmere", EntityKind.Place, "Dunmere", geo: new GeoPoint(40.125, 45.5), attributes: new() { ["type"] = "district" }),
                Entity("ardania-today", EntityKind.Outlet, "Ardania Today", attributes: new() { ["country"] = "ardania", ["affiliation"] = "state" }),
            ],
            Events = [meeting, clash, undated],
            Claims =
            [
                new Claim { Id = "b#c1", DocumentId = "b", Span = Find(TextB, official), Quote = official, Speaker = "belmor", EventId = meeting.Id, Values = [new ClaimValue(ContradictionAttribute.Date, "2023-05-04")] },
            ],
            Contradictions =
            [
                new Contradiction { Id = "x1", EventId = meeting.Id, Attribute = ContradictionAttribute.Date, ClaimIds = ["a#e1", "b#c1"], Values = ["2023-05-03", "2023-05-04"] },
                new Contradiction { Id = "x2", EventId = clash.Id, Attribute = ContradictionAttribute.Killed, ClaimIds = [], Values = ["3 killed", "5 killed"] },
            ],
            Positions =
            [
                Position("a", TextA, "ardania", "corridor", PositionStance.Demands, demands, DateRange.Day(2023, 5, 3)),
                Position("a", TextA, "ardania", "corridor", PositionStance.Rejects, rejects, DateRange.Day(2023, 5, 4)),
                Position("c", TextC, "belmor", "corridor", PositionStance.Conditional, "Belmor supports a corridor under conditions", DateRange.Day(2023, 5, 6)),
            ],
        };
    }

    /// <summary>Every stored quote: (document, start, end) to its text.</summary>
    public static Dictionary<(string Doc, int Start, int End), string> StoredQuotes(ParleyRecord record) =>
        record.Events.SelectMany(e => e.Mentions).Select(m => (m.DocumentId, m.Span, m.Quote))
            .Concat(record.Claims.Select(c => (c.DocumentId, c.Span, c.Quote)))
            .Concat(record.Positions.Select(p => (p.DocumentId, p.Span, p.Quote)))
            .GroupBy(x => (x.DocumentId, x.Span.Start, x.Span.End)).ToDictionary(g => g.Key, g => g.First().Quote);
}
