using System.Text.Json;
using System.Text.RegularExpressions;
using Parley.Model;
using Parley.Text;
using Parley.Time;

namespace Parley.Export.Tests;

public sealed partial class ParleyJsonExporterTests
{
    private const string Text1 =
        "On 10 November 2020 the leaders of Armenia, Azerbaijan and Russia signed a statement ending the fighting, " +
        "the Kremlin said. Russian peacekeepers were to deploy along the Lachin corridor.";

    private const string Text2 =
        "Armenian Prime Minister Nikol Pashinyan said the statement was painful. Baku called it a capitulation of Armenia in Xankəndi.";

    private static CharSpan Find(string text, string quote)
    {
        var i = text.IndexOf(quote, StringComparison.Ordinal);
        Assert.True(i >= 0, quote);
        return new CharSpan(i, i + quote.Length);
    }

    private static ParleyRecord Record()
    {
        var d1 = new Document { Id = "a1", Text = Text1, Title = "Ceasefire", Outlet = "Parley demo sample", Authors = ["Parley team"], Published = DateRange.Day(2020, 11, 10) };
        var d2 = new Document { Id = "a2", Text = Text2, Published = DateRange.Month(2020, 11), PublishedInferred = true };
        var signing = "the leaders of Armenia, Azerbaijan and Russia signed a statement ending the fighting";
        var mention = new EventMention
        {
            Key = "e1", DocumentId = "a1", Type = EventType.Agreement, Date = DateRange.Day(2020, 11, 10),
            Actors = ["armenia", "azerbaijan"], Mediators = ["russia"], Topics = ["ceasefire", "peacekeepers"],
            Quantities = [new Quantity(QuantityKind.Troops, 1960, Side: "russia"), new Quantity(QuantityKind.Days, 44, true)],
            Span = Find(Text1, signing), Quote = signing, Via = "kremlin",
        };
        var painful = "the statement was painful";
        var capitulation = "Baku called it a capitulation of Armenia";
        return new ParleyRecord
        {
            Documents = [d1, d2],
            Entities =
            [
                new EntityWithMentions(
                    new Entity
                    {
                        Id = "nikol-pashinyan", Kind = EntityKind.Person, Name = "Nikol Pashinyan",
                        Roles = [new EntityRole("Prime Minister", "armenia", "2018-05-08", null, null), new EntityRole("Prime Minister", "armenia", null, null, "a2")],
                    },
                    [new DocumentMention("a2", new EntityMention("nikol-pashinyan", Find(Text2, "Nikol Pashinyan"), "Nikol Pashinyan"))]),
                new EntityWithMentions(
                    new Entity { Id = "armenia", Kind = EntityKind.State, Name = "Armenia", Aliases = ["Republic of Armenia"] },
                    [
                        new DocumentMention("a1", new EntityMention("armenia", Find(Text1, "Armenia"), "Armenia")),
                        new DocumentMention("a2", new EntityMention("armenia", Find(Text2, "Armenia in"), "Armenia")),
                        new DocumentMention("a2", new EntityMention("armenia", new CharSpan(0, 8), "Armenian")),
                    ]),
                new EntityWithMentions(
                    new Entity { Id = "khankendi", Kind = EntityKind.Place, Name = "Xankəndi", Geo = new GeoPoint(39.8153, 46.7519) },
                    [new DocumentMention("a2", new EntityMention("khankendi", Find(Text2, "Xankəndi"), "Xankəndi"))]),
            ],
            Events = [new Event { Id = "2020-11-10-agreement", Type = EventType.Agreement, Date = mention.Date, Actors = mention.Actors, Mediators = mention.Mediators, Topics = mention.Topics, Quantities = mention.Quantities, Mentions = [mention] }],
            Claims =
            [
                new Claim { Id = "a2#c1", DocumentId = "a2", Span = Find(Text2, painful), Quote = painful, Speaker = "nikol-pashinyan", EventId = "2020-11-10-agreement", Topics = ["ceasefire"] },
                new Claim { Id = "a2#c2", DocumentId = "a2", Span = Find(Text2, capitulation), Quote = capitulation, Speaker = "azerbaijan", Stance = ClaimStance.Asserts },
            ],
            Contradictions = [new Contradiction { Id = "x1", EventId = "2020-11-10-agreement", Attribute = ContradictionAttribute.Agenda, ClaimIds = ["a2#c1", "a2#c2"], Values = ["painful", "capitulation"] }],
            Positions = [new Position { Actor = "russia", Topic = "peacekeepers", Stance = PositionStance.Offers, DocumentId = "a1", Span = Find(Text1, "Russian peacekeepers were to deploy"), Quote = "Russian peacekeepers were to deploy", Date = DateRange.Day(2020, 11, 10) }],
        };
    }

    private static JsonElement Export(ParleyRecord record)
    {
        using var stream = new MemoryStream();
        new ParleyJsonExporter().Write(record, stream);
        Assert.True(stream.CanWrite, "the exporter leaves the stream open");
        stream.Position = 0;
        using var doc = JsonDocument.Parse(stream);
        return doc.RootElement.Clone();
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDay();

    private static void AssertRange(JsonElement range, bool nullable = true)
    {
        if (range.ValueKind == JsonValueKind.Null)
        {
            Assert.True(nullable);
            return;
        }

        var earliest = range.GetProperty("earliest").GetString()!;
        var latest = range.GetProperty("latest").GetString()!;
        Assert.Matches(IsoDay(), earliest);
        Assert.Matches(IsoDay(), latest);
        Assert.True(string.CompareOrdinal(earliest, latest) <= 0);
    }

    [Fact]
    public void Writes_the_format_and_every_section()
    {
        var root = Export(Record());
        Assert.Equal("parley/1", root.GetProperty("format").GetString());
        foreach (var section in new[] { "documents", "entities", "events", "claims", "contradictions", "positions" })
        {
            Assert.Equal(JsonValueKind.Array, root.GetProperty(section).ValueKind);
        }
    }

    [Fact]
    public void Documents_carry_their_metadata_and_published_range()
    {
        var docs = Export(Record()).GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(["a1", "a2"], docs.Select(d => d.GetProperty("id").GetString()));
        var a1 = docs[0];
        Assert.Equal("Ceasefire", a1.GetProperty("title").GetString());
        Assert.Equal("Parley demo sample", a1.GetProperty("outlet").GetString());
        Assert.Equal(["Parley team"], a1.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("2020-11-10", a1.GetProperty("published").GetProperty("earliest").GetString());
        Assert.Equal("2020-11-10", a1.GetProperty("published").GetProperty("latest").GetString());
        var a2 = docs[1];
        Assert.Equal(JsonValueKind.Null, a2.GetProperty("title").ValueKind);
        Assert.Equal(JsonValueKind.Null, a2.GetProperty("outlet").ValueKind);
        Assert.Equal("2020-11-01", a2.GetProperty("published").GetProperty("earliest").GetString());
        Assert.Equal("2020-11-30", a2.GetProperty("published").GetProperty("latest").GetString());
        Assert.True(a2.GetProperty("published_inferred").GetBoolean());
        foreach (var d in docs)
        {
            AssertRange(d.GetProperty("published"));
        }
    }

    [Fact]
    public void A_document_without_a_date_has_null_published()
    {
        var record = new ParleyRecord { Documents = [new Document { Id = "x", Text = "No date here." }] };
        var d = Export(record).GetProperty("documents")[0];
        Assert.Equal(JsonValueKind.Null, d.GetProperty("published").ValueKind);
        Assert.Equal(0, d.GetProperty("authors").GetArrayLength());
    }

    [Fact]
    public void Entities_have_kind_name_aliases_document_roles_geo_and_one_mention_a_document()
    {
        var entities = Export(Record()).GetProperty("entities").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
        var pm = entities["nikol-pashinyan"];
        Assert.Equal("person", pm.GetProperty("kind").GetString());
        Assert.Equal("Nikol Pashinyan", pm.GetProperty("name").GetString());
        var role = Assert.Single(pm.GetProperty("roles").EnumerateArray());
        Assert.Equal("Prime Minister", role.GetProperty("title").GetString());
        Assert.Equal("armenia", role.GetProperty("of").GetString());
        Assert.Equal("a2", role.GetProperty("doc").GetString());
        Assert.Equal(JsonValueKind.Null, role.GetProperty("from").ValueKind);
        Assert.Equal(JsonValueKind.Null, pm.GetProperty("geo").ValueKind);

        var armenia = entities["armenia"];
        Assert.Equal(["Republic of Armenia"], armenia.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal([("a1", "Armenia"), ("a2", "Armenian")],
            armenia.GetProperty("mentions").EnumerateArray().Select(m => (m.GetProperty("doc").GetString(), m.GetProperty("quote").GetString())));

        var place = entities["khankendi"];
        Assert.Equal("Xankəndi", place.GetProperty("name").GetString());
        Assert.Equal(39.8153, place.GetProperty("geo").GetProperty("lat").GetDouble());
        Assert.Equal(46.7519, place.GetProperty("geo").GetProperty("lon").GetDouble());
    }

    [Fact]
    public void Events_have_the_spec_fields_and_producer_fields()
    {
        var ev = Assert.Single(Export(Record()).GetProperty("events").EnumerateArray());
        Assert.Equal("2020-11-10-agreement", ev.GetProperty("id").GetString());
        Assert.Equal("agreement", ev.GetProperty("type").GetString());
        AssertRange(ev.GetProperty("date"), nullable: false);
        Assert.Equal(JsonValueKind.Null, ev.GetProperty("place").ValueKind);
        Assert.Equal(["armenia", "azerbaijan"], ev.GetProperty("actors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(0, ev.GetProperty("targets").GetArrayLength());
        Assert.Equal(["russia"], ev.GetProperty("mediators").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["ceasefire", "peacekeepers"], ev.GetProperty("topics").EnumerateArray().Select(a => a.GetString()));
        var q = ev.GetProperty("quantities").EnumerateArray().ToList();
        Assert.Equal("troops", q[0].GetProperty("kind").GetString());
        Assert.Equal(1960, q[0].GetProperty("value").GetInt32());
        Assert.Equal("days", q[1].GetProperty("kind").GetString());
        // Whose count it is, a producer field, only where the text names the side.
        Assert.Equal("russia", q[0].GetProperty("side").GetString());
        Assert.False(q[1].TryGetProperty("side", out _));
        var m = Assert.Single(ev.GetProperty("mentions").EnumerateArray());
        Assert.Equal("a1", m.GetProperty("doc").GetString());
        Assert.Equal("kremlin", m.GetProperty("via").GetString());
        Assert.Equal("occurred", ev.GetProperty("status").GetString());
        Assert.Equal("05", ev.GetProperty("cameo").GetString());
    }

    [Fact]
    public void Claims_contradictions_and_positions_use_wire_names()
    {
        var root = Export(Record());
        var claims = root.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal("a2#c1", claims[0].GetProperty("id").GetString());
        Assert.Equal("a2", claims[0].GetProperty("doc").GetString());
        Assert.Equal("nikol-pashinyan", claims[0].GetProperty("speaker").GetString());
        Assert.Equal(JsonValueKind.Null, claims[0].GetProperty("via").ValueKind);
        Assert.Equal("asserts", claims[0].GetProperty("stance").GetString());
        Assert.Equal("2020-11-10-agreement", claims[0].GetProperty("event").GetString());
        Assert.Equal(["ceasefire"], claims[0].GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(JsonValueKind.Null, claims[1].GetProperty("event").ValueKind);

        var x = Assert.Single(root.GetProperty("contradictions").EnumerateArray());
        Assert.Equal("agenda", x.GetProperty("attribute").GetString());
        Assert.Equal("2020-11-10-agreement", x.GetProperty("event").GetString());
        Assert.Equal(2, x.GetProperty("claims").GetArrayLength());
        Assert.Equal(2, x.GetProperty("values").GetArrayLength());

        var p = Assert.Single(root.GetProperty("positions").EnumerateArray());
        Assert.Equal("russia", p.GetProperty("actor").GetString());
        Assert.Equal("peacekeepers", p.GetProperty("topic").GetString());
        Assert.Equal("supports", p.GetProperty("stance").GetString());
        Assert.Equal("offers", p.GetProperty("detail").GetString());
        Assert.Equal("a1", p.GetProperty("doc").GetString());
        AssertRange(p.GetProperty("date"));
    }

    [Fact]
    public void Every_quote_is_a_substring_of_its_document_text()
    {
        var record = Record();
        var texts = record.Documents.ToDictionary(d => d.Id, d => d.Text);
        var root = Export(record);
        var quotes = new List<(string Doc, string Quote)>();
        foreach (var e in root.GetProperty("entities").EnumerateArray())
        {
            quotes.AddRange(e.GetProperty("mentions").EnumerateArray().Select(m => (m.GetProperty("doc").GetString()!, m.GetProperty("quote").GetString()!)));
        }

        foreach (var e in root.GetProperty("events").EnumerateArray())
        {
            quotes.AddRange(e.GetProperty("mentions").EnumerateArray().Select(m => (m.GetProperty("doc").GetString()!, m.GetProperty("quote").GetString()!)));
        }

        foreach (var section in new[] { "claims", "positions" })
        {
            quotes.AddRange(root.GetProperty(section).EnumerateArray().Select(c => (c.GetProperty("doc").GetString()!, c.GetProperty("quote").GetString()!)));
        }

        Assert.Equal(8, quotes.Count);
        Assert.All(quotes, q => Assert.Contains(q.Quote, texts[q.Doc], StringComparison.Ordinal));

        // Offsets, where given, point at the quote.
        foreach (var c in root.GetProperty("claims").EnumerateArray())
        {
            var text = texts[c.GetProperty("doc").GetString()!];
            var start = c.GetProperty("start").GetInt32();
            var end = c.GetProperty("end").GetInt32();
            Assert.Equal(c.GetProperty("quote").GetString(), text[start..end]);
        }
    }

    [Fact]
    public void Output_is_indented_utf8_without_escaped_letters()
    {
        using var stream = new MemoryStream();
        new ParleyJsonExporter().Write(Record(), stream);
        var text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        Assert.StartsWith("{\n  \"format\": \"parley/1\"", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Xankəndi", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_record_is_valid()
    {
        var root = Export(new ParleyRecord());
        Assert.Equal(0, root.GetProperty("documents").GetArrayLength());
        Assert.Equal(0, root.GetProperty("events").GetArrayLength());
    }
}
