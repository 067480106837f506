using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using CsvHelper;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Parley.Model;

namespace Parley.Export.Tests;

public sealed class FormatExporterTests
{
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    private static byte[] Export(IExporter exporter, ParleyRecord record)
    {
        using var stream = new MemoryStream();
        exporter.Write(record, stream);
        Assert.True(stream.CanWrite, "the exporter leaves the stream open");
        return stream.ToArray();
    }

    [Fact]
    public void Acled_csv_reads_back_with_acled_columns_mapped_types_and_verbatim_notes()
    {
        var record = SampleRecord.Create();
        var bytes = Export(new AcledCsvExporter(), record);

        using var reader = CsvReader.Create(bytes, new CsvReaderOptions { Separator = ',' });
        var rows = reader.GetRecords<AcledRow>().ToList();
        Assert.Equal(record.Events.Count, rows.Count);

        var header = Encoding.UTF8.GetString(bytes).Split('\n')[0].Split(',');
        string[] acled = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
                          "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "country", "admin1", "location", "latitude", "longitude",
                          "geo_precision", "source", "source_scale", "notes", "fatalities", "timestamp"];
        Assert.Equal(acled, header.Take(acled.Length));
        Assert.Contains("parley_status", header);
        Assert.Contains("parley_sources", header);
        Assert.Contains("parley_contradicted", header);

        var meeting = rows.Single(r => r.EventIdCnty == "2023-05-03-meeting-castelford");
        Assert.Equal(("Strategic developments", "Other"), (meeting.EventType, meeting.SubEventType));
        Assert.Equal("2023-05-03", meeting.EventDate);
        Assert.Equal(2, meeting.TimePrecision); // two possible days: known to within a week
        Assert.Equal(("Ardania", "Belmor"), (meeting.Actor1, meeting.Actor2));
        Assert.Equal(("Strategic developments", 1, 1, 11), (meeting.DisorderType, meeting.Inter1, meeting.Inter2, meeting.Interaction));
        Assert.Equal(new DateTimeOffset(2023, 5, 7, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds(), meeting.Timestamp); // the later of its two reports
        Assert.Equal((41.5, 44.25), (meeting.Latitude, meeting.Longitude));
        Assert.Equal(1, meeting.GeoPrecision);
        Assert.Equal("Ardania Today; Belmor <Wire>", meeting.Source);
        Assert.Equal("National", meeting.SourceScale);
        Assert.Equal("Northern Union", meeting.ParleyMediators);
        Assert.Equal(2, meeting.ParleySources);
        Assert.True(meeting.ParleyContradicted);

        var clash = rows.Single(r => r.EventIdCnty == "2023-05-06-armed-clash-dunmere");
        Assert.Equal(("Battles", "Armed clash"), (clash.EventType, clash.SubEventType));
        Assert.Equal(3, clash.Fatalities); // the lowest toll reported, as ACLED codes it
        Assert.Equal("Political violence", clash.DisorderType);
        Assert.Equal(new DateTimeOffset(2023, 5, 31, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds(), clash.Timestamp); // a report dated only to May
        Assert.Equal(2, clash.GeoPrecision);
        // The quote holds quotes, commas, a tab, a line break and a leading '=': it survives whole, defused as a formula.
        Assert.Equal("'" + record.Events[1].Mentions[0].Quote, clash.Notes);

        var undated = rows.Single(r => r.EventIdCnty == "appointment-belmor");
        Assert.True(string.IsNullOrEmpty(undated.EventDate));
        Assert.Null(undated.TimePrecision);
        Assert.Equal("Change to group/activity", undated.SubEventType);
        Assert.Equal(0, undated.Fatalities);
        Assert.Equal((1, (int?)null, 10), (undated.Inter1, undated.Inter2, undated.Interaction));
    }

    [Fact]
    public void Acled_actor_types_come_from_the_pack_type_then_the_kind_then_the_side()
    {
        var entities = new Dictionary<string, Entity>
        {
            ["ardania"] = new() { Id = "ardania", Kind = EntityKind.State, Name = "Ardania" },
            ["north"] = new() { Id = "north", Kind = EntityKind.Authority, Name = "North Administration" },
            ["minister"] = new() { Id = "minister", Kind = EntityKind.Person, Name = "A Minister", Attributes = new Dictionary<string, string> { ["side"] = "ardania" } },
            ["mission"] = new() { Id = "mission", Kind = EntityKind.Organization, Name = "Observer Mission" },
            ["crowd"] = new() { Id = "crowd", Kind = EntityKind.Group, Name = "Road protesters", Attributes = new Dictionary<string, string> { ["type"] = "protesters" } },
            ["villagers"] = new() { Id = "villagers", Kind = EntityKind.Group, Name = "Villagers" },
            ["nobody"] = new() { Id = "nobody", Kind = EntityKind.Person, Name = "A Writer" },
        };
        int? Inter(string id) => AcledMapping.Inter(entities[id], x => entities.GetValueOrDefault(x));
        Assert.Equal([1, 2, 1, 8, 6, 7, null], new[] { "ardania", "north", "minister", "mission", "crowd", "villagers", "nobody" }.Select(Inter));
        Assert.Equal(16, AcledMapping.Interaction(6, 1));
    }

    [Theory]
    [InlineData(EventType.ArmedClash, "Battles", "Armed clash")]
    [InlineData(EventType.Protest, "Protests", "Peaceful protest")]
    [InlineData(EventType.Agreement, "Strategic developments", "Agreement")]
    [InlineData(EventType.Release, "Strategic developments", "Agreement")]
    [InlineData(EventType.Arrest, "Strategic developments", "Arrests")]
    [InlineData(EventType.Meeting, "Strategic developments", "Other")]
    public void Acled_mapping_follows_the_documented_table(EventType type, string eventType, string subEventType) =>
        Assert.Equal((eventType, subEventType), AcledMapping.Map(type));

    [Fact]
    public void Every_event_type_has_an_acled_mapping() =>
        Assert.All(EventTypes.All, t => Assert.False(string.IsNullOrEmpty(AcledMapping.Map(t).SubEventType)));

    [Fact]
    public void Cameo_tsv_has_one_row_per_dyad_with_cameo_roots_and_no_quoting()
    {
        var record = SampleRecord.Create();
        var bytes = Export(new CameoTsvExporter(), record);
        var lines = Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split('\t');
        Assert.All(lines, l => Assert.Equal(header.Length, l.Split('\t').Length));

        using var reader = CsvReader.Create(bytes, new CsvReaderOptions { Separator = '\t', Mode = CsvMode.NoEscape });
        var rows = reader.GetRecords<CameoRow>().ToList();
        // meeting: Ardania–Belmor; clash: Belmor→Ardania; the appointment has no CAMEO root and is left out.
        Assert.Equal(2, rows.Count);
        var meeting = rows.Single(r => r.ParleyType == "meeting");
        Assert.Equal(("04", "20230503", "Ardania", "ardania", "Belmor", "belmor"), (meeting.CameoRoot, meeting.Date, meeting.SourceName, meeting.SourceCode, meeting.TargetName, meeting.TargetCode));
        Assert.Equal(("Castelford", "41.5", "44.25"), (meeting.Place, meeting.Latitude, meeting.Longitude));
        Assert.Equal("a;b", meeting.Documents);
        Assert.Equal("https://example.org/a", meeting.Urls);
        var clash = rows.Single(r => r.ParleyType == "armed_clash");
        Assert.Equal(("19", "belmor", "ardania", "ardania"), (clash.CameoRoot, clash.SourceCode, clash.TargetCode, clash.TargetSide));
    }

    [Fact]
    public void Cameo_dyads_pair_actors_when_no_target_is_named()
    {
        var e = new Event { Id = "x", Type = EventType.Meeting, Actors = ["a", "b", "c"], Mentions = [] };
        Assert.Equal([("a", "b"), ("a", "c"), ("b", "c")], CameoTsvExporter.Dyads(e).ToList());
        Assert.Equal([("a", (string?)null)], CameoTsvExporter.Dyads(e with { Actors = ["a"] }).ToList());
    }

    [Fact]
    public void Geojson_reads_back_with_netTopologySuite_as_points_at_the_places()
    {
        var record = SampleRecord.Create();
        var bytes = Export(new GeoJsonExporter(), record);
        var features = JsonSerializer.Deserialize<FeatureCollection>(bytes, GeoJson)!;

        Assert.Equal(2, features.Count); // the undated appointment has no place
        var meeting = features.Single(f => (string)f.Attributes["event_id"] == "2023-05-03-meeting-castelford");
        var point = Assert.IsType<Point>(meeting.Geometry);
        Assert.Equal((44.25, 41.5), (point.X, point.Y)); // GeoJSON order: longitude, latitude
        Assert.Equal("meeting", meeting.Attributes["type"]);
        Assert.Equal("Ardania; Belmor", meeting.Attributes["actors"]);
        Assert.Equal(2.0, Convert.ToDouble(meeting.Attributes["sources"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(true, meeting.Attributes["contradicted"]);
        var clash = features.Single(f => (string)f.Attributes["event_id"] == "2023-05-06-armed-clash-dunmere");
        Assert.Equal(record.Events[1].Mentions[0].Quote, clash.Attributes["quote"]);
    }

    [Fact]
    public void Graphml_is_well_formed_with_declared_keys_and_edges_between_known_nodes()
    {
        var record = SampleRecord.Create();
        var bytes = Export(new GraphMlExporter(), record);
        XNamespace g = GraphMlExporter.Namespace;
        var doc = XDocument.Load(new MemoryStream(bytes));
        Assert.Equal(g + "graphml", doc.Root!.Name);

        var keys = doc.Root.Elements(g + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("for")!);
        var graph = Assert.Single(doc.Root.Elements(g + "graph"));
        Assert.Equal("undirected", (string?)graph.Attribute("edgedefault"));
        var nodes = graph.Elements(g + "node").ToList();
        var edges = graph.Elements(g + "edge").ToList();
        var nodeIds = nodes.Select(n => (string)n.Attribute("id")!).ToList();
        Assert.Equal(nodeIds.Count, nodeIds.Distinct().Count());
        Assert.Equal(["ardania", "belmor", "northern-union"], nodeIds);

        // Every data element uses a key declared for its element kind (what a GraphML reader checks).
        foreach (var data in doc.Descendants(g + "data"))
        {
            var key = (string)data.Attribute("key")!;
            Assert.True(keys.ContainsKey(key), $"undeclared key {key}");
            Assert.Equal(data.Parent!.Name.LocalName, keys[key]);
        }

        foreach (var edge in edges)
        {
            Assert.Contains((string)edge.Attribute("source")!, nodeIds);
            Assert.Contains((string)edge.Attribute("target")!, nodeIds);
        }

        string Data(XElement e, string key) => (string)e.Elements(g + "data").Single(d => (string)d.Attribute("key")! == key);
        var byRelation = edges.ToLookup(e => Data(e, "relation"));
        var met = Assert.Single(byRelation["met"]);
        Assert.Equal(("ardania", "belmor", "1"), ((string)met.Attribute("source")!, (string)met.Attribute("target")!, Data(met, "weight")));
        var clashed = Assert.Single(byRelation["clashed"]);
        Assert.Equal("2023-05-06-armed-clash-dunmere", Data(clashed, "events"));
        var mediated = byRelation["mediated"].ToList();
        Assert.Equal(2, mediated.Count);
        Assert.All(mediated, e => Assert.Equal("northern-union", (string)e.Attribute("source")!));
        Assert.DoesNotContain(edges, e => e.Attribute("directed") is not null); // one edge default: NetworkX rejects mixed graphs
        Assert.Equal("Northern Union", Data(nodes[2], "label"));
    }

    [Fact]
    public void Graphml_is_valid_against_the_graphml_structure_schema()
    {
        var errors = GraphMlSchemaErrors(Export(new GraphMlExporter(), SampleRecord.Create()));
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("<graph edgedefault=\"undirected\"><node id=\"a\"/><edge source=\"a\" target=\"b\"/></graph>", "'b'")]
    [InlineData("<graph edgedefault=\"undirected\"><node id=\"a\"><data key=\"nope\">1</data></node></graph>", "'nope'")]
    [InlineData("<graph><node id=\"a\"/></graph>", "edgedefault")]
    public void The_graphml_schema_check_catches_broken_graphs(string body, string expected)
    {
        var xml = $"<graphml xmlns=\"{GraphMlExporter.Namespace}\"><key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>{body}</graphml>";
        var errors = GraphMlSchemaErrors(System.Text.Encoding.UTF8.GetBytes(xml));
        // The reader names what is wrong: the unknown node or key, or the missing attribute.
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    /// <summary>What a validating reader reports against the GraphML structure schema shipped with the tests.</summary>
    private static List<string> GraphMlSchemaErrors(byte[] graphml)
    {
        var settings = new System.Xml.XmlReaderSettings { ValidationType = System.Xml.ValidationType.Schema };
        settings.Schemas.Add(GraphMlExporter.Namespace, Path.Combine(AppContext.BaseDirectory, "graphml-structure.xsd"));
        settings.ValidationFlags |= System.Xml.Schema.XmlSchemaValidationFlags.ReportValidationWarnings;
        var errors = new List<string>();
        settings.ValidationEventHandler += (_, e) => errors.Add(e.Message);
        using var reader = System.Xml.XmlReader.Create(new MemoryStream(graphml), settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    [Fact]
    public void Graphml_weights_count_the_events_behind_a_tie()
    {
        var record = SampleRecord.Create();
        var second = record.Events[0] with { Id = "2023-06-01-meeting", Date = Time.DateRange.Day(2023, 6, 1) };
        var ties = GraphMlExporter.Ties(record with { Events = [.. record.Events, second] });
        var met = Assert.Single(ties, t => t.Relation == "met");
        Assert.Equal(2, met.Events.Count);
        Assert.Equal([record.Events[0].Id, second.Id], met.Events);
        Assert.Equal(("2023-05-03", "2023-06-01"), (Time.DateRange.Iso(met.First!.Value), Time.DateRange.Iso(met.Last!.Value)));
        var status = record.Events.ToDictionary(e => e.Id, e => e.Status);
        status[second.Id] = second.Status;
        Assert.DoesNotContain(ties, t => t.Events.Any(id => status[id] != EventStatus.Occurred));
    }

    [Fact]
    public void Graphml_text_drops_control_characters_xml_cannot_hold() =>
        Assert.Equal("ab\tc", GraphMlExporter.XmlText("a\u0001b\tc"));
}
