using Parley.Model;
using Parley.Text;
using Parley.Time;

namespace Parley.Storage.Tests;

/// <summary>Small, fully populated extractions to store and read back.</summary>
public static class Samples
{
    public const string Text =
        "Armenia and Azerbaijan agreed on a ceasefire on 20 September 2023, the Azerbaijani defence ministry said. " +
        "The Armenian foreign ministry denied that its troops had fired first.";

    public static Document Document(string id = "doc1", string text = Text) => new()
    {
        Id = id,
        Text = text,
        Title = "Ceasefire agreed",
        Outlet = "Parley demo sample",
        Authors = ["Parley team"],
        Published = DateRange.Day(2023, 9, 21),
        Url = "https://example.org/" + id,
        Source = "/tmp/" + id + ".txt",
        Format = "txt",
    };

    public static DocumentExtraction Extraction(string id = "doc1", string text = Text)
    {
        var doc = Document(id, text);
        CharSpan Find(string s)
        {
            var i = text.IndexOf(s, StringComparison.Ordinal);
            Assert.True(i >= 0, $"'{s}' not in the text");
            return new CharSpan(i, i + s.Length);
        }

        var armenia = new Entity { Id = "armenia", Kind = EntityKind.State, Name = "Armenia", Aliases = ["Republic of Armenia"] };
        var azerbaijan = new Entity
        {
            Id = "azerbaijan", Kind = EntityKind.State, Name = "Azerbaijan",
            Roles = [], Attributes = new Dictionary<string, string> { ["side"] = "azerbaijan" },
        };
        var mod = new Entity { Id = "azerbaijan-mod", Kind = EntityKind.Organization, Name = "Azerbaijani defence ministry", Discovered = true };
        var karabakh = new Entity { Id = "karabakh", Kind = EntityKind.Place, Name = "Karabakh", Geo = new GeoPoint(39.8, 46.75) };
        var ceasefireQuote = "Armenia and Azerbaijan agreed on a ceasefire on 20 September 2023";
        var denyQuote = "The Armenian foreign ministry denied that its troops had fired first.";
        return new DocumentExtraction
        {
            Document = doc,
            Entities = [armenia, azerbaijan, mod, karabakh],
            Mentions =
            [
                new EntityMention("armenia", Find("Armenia"), "Armenia"),
                new EntityMention("azerbaijan", Find("Azerbaijan"), "Azerbaijan"),
                new EntityMention("azerbaijan-mod", Find("Azerbaijani defence ministry"), "Azerbaijani defence ministry"),
            ],
            Roles = [("azerbaijan-mod", new EntityRole("spokesperson", "azerbaijan", "2023", null, id))],
            TimeExpressions = [new TimeExpression(Find("20 September 2023"), "20 September 2023", DateRange.Day(2023, 9, 20), false)],
            Events =
            [
                new EventMention
                {
                    Key = "e1", DocumentId = id, Type = EventType.Agreement, Date = DateRange.Day(2023, 9, 20),
                    Place = "karabakh", Actors = ["armenia", "azerbaijan"], Topics = ["ceasefire"],
                    Quantities = [new Quantity(QuantityKind.Killed, 2, Approximate: true, Side: "azerbaijan")],
                    Span = Find(ceasefireQuote), Quote = ceasefireQuote, Via = null, Trigger = "agreed",
                },
            ],
            Claims =
            [
                new Claim
                {
                    Id = id + "#c1", DocumentId = id, Span = Find(denyQuote), Quote = denyQuote, Speaker = "armenia",
                    Stance = ClaimStance.Denies, EventKey = "e1", Topics = ["ceasefire"], Answers = id + "#c0", Source = "official",
                    Values = [new ClaimValue(ContradictionAttribute.Responsibility, "azerbaijan", Negated: false, Subject: "armenia")],
                },
            ],
            Positions =
            [
                new Position
                {
                    Actor = "azerbaijan", Topic = "ceasefire", Stance = PositionStance.Demands, DocumentId = id,
                    Span = Find(ceasefireQuote), Quote = ceasefireQuote, Date = DateRange.Month(2023, 9),
                },
            ],
        };
    }

    /// <summary>One merged event per event mention, as the placeholder cross-document pass does.</summary>
    public static IReadOnlyList<Event> Merge(IEnumerable<DocumentExtraction> extractions) =>
        [.. extractions.SelectMany(x => x.Events).GroupBy(m => m.Type).Select(g => new Event
        {
            Id = "ev-" + g.Key.ToWire(),
            Type = g.Key,
            Date = g.First().Date,
            Place = g.First().Place,
            Actors = g.First().Actors,
            Topics = g.First().Topics,
            Quantities = g.First().Quantities,
            Mentions = [.. g],
        })];

    /// <summary>Events as text, one line each: every value the record shows and the accounts in their order.</summary>
    public static List<string> Describe(IEnumerable<Event> events) =>
        [.. events.Select(e => string.Join(" ", e.Id, e.Type, e.Status, e.Date, e.Place, string.Join(",", e.Actors), string.Join(",", e.Targets),
            string.Join(",", e.Mediators), string.Join(",", e.Topics), string.Join(",", e.Mentions.Select(m => m.DocumentId + "#" + m.Key))))];
}
