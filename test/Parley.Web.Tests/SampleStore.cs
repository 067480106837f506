using Parley.Extraction;
using Parley.Model;
using Parley.Packs;
using Parley.Storage.Sqlite;
using Parley.Text;
using Parley.Time;

namespace Parley.Web.Tests;

/// <summary>
/// A small store written for these tests (invented places and outlets, prose written here): two outlets of opposite
/// sides that disagree on a clash's death toll, a mediated meeting, a position, and one article full of script
/// payloads that goes through the real extraction pipeline.
/// </summary>
public sealed class SampleStore : IDisposable
{
    public const string EastText =
        "Officials in Eastgrad said on 12 May 2031 that four soldiers were killed when the Hilltop border post came under fire. " +
        "The ministry blamed Westland for the attack.";

    public const string WestText =
        "A monitoring group in Westland reported that nine soldiers were killed at the Hilltop border post on 12 May 2031. " +
        "On 1 June 2031 envoys of Eastland and Westland met in Midtown, with the Lakeside Group mediating, to discuss border demarcation.";

    /// <summary>Every trick a hostile article could try, as text: tags, handlers, script URLs, SVG onload.</summary>
    public const string XssPayloads =
        "<script>window.__xss = 1; alert('script tag')</script> " +
        "<img src=x onerror=\"window.__xss = 2; alert('img onerror')\"> " +
        "<a href=\"javascript:window.__xss=3;alert('js link')\">click me</a> " +
        "<svg onload=\"window.__xss = 4; alert('svg onload')\"></svg> " +
        "\"><script>alert('attribute break')</script> " +
        "<iframe src=\"javascript:alert('frame')\"></iframe> " +
        "<style>body{display:none}</style> " +
        "<div style=\"background:url(javascript:alert(5))\" onmouseover=\"alert(6)\">hover</div>";

    public static readonly string XssText =
        "Armenia and Azerbaijan held talks in Brussels on 3 March 2031. " + XssPayloads +
        " The Armenian foreign ministry said the talks were useful. " + XssPayloads;

    public SampleStore()
    {
        Folder = Directory.CreateTempSubdirectory("parley-web-tests-").FullName;
        Path = System.IO.Path.Combine(Folder, "sample.db");
        using var store = SqliteParleyStore.Open(Path);
        var east = Doc("doc-east", "Four killed at Hilltop post", "Eastgrad Daily", EastText, DateRange.Day(2031, 5, 12));
        var west = Doc("doc-west", "Monitors count nine dead at Hilltop", "Westwire", WestText, DateRange.Day(2031, 5, 13));

        Entity[] entities =
        [
            Entity("eastland", EntityKind.State, "Eastland"),
            Entity("westland", EntityKind.State, "Westland"),
            Entity("lakeside-group", EntityKind.Organization, "Lakeside Group"),
            Entity("hilltop", EntityKind.Place, "Hilltop") with { Geo = new GeoPoint(40.1, 45.9) },
            Entity("midtown", EntityKind.Place, "Midtown") with { Geo = new GeoPoint(41.7, 44.8) },
            Entity("eastgrad-daily", EntityKind.Outlet, "Eastgrad Daily") with { Attributes = new Dictionary<string, string> { ["affiliation"] = "state", ["country"] = "eastland" } },
            Entity("westwire", EntityKind.Outlet, "Westwire") with { Attributes = new Dictionary<string, string> { ["affiliation"] = "independent", ["country"] = "westland" } },
        ];
        Catalog = [.. entities.Where(e => e.Kind == EntityKind.Outlet)];

        var clashEast = Mention("e1", east, EventType.ArmedClash, "four soldiers were killed when the Hilltop border post came under fire", "hilltop", ["westland"], ["eastland"], [], 4);
        var clashWest = Mention("e1", west, EventType.ArmedClash, "nine soldiers were killed at the Hilltop border post", "hilltop", ["westland"], ["eastland"], [], 9);
        var meeting = Mention("e2", west, EventType.Meeting, "envoys of Eastland and Westland met in Midtown", "midtown", ["eastland", "westland"], [], ["lakeside-group"], null) with
        {
            Date = DateRange.Day(2031, 6, 1),
            Topics = ["border-demarcation"],
        };

        var claimEast = Claim("c-east", east, "four soldiers were killed", "eastland", 4);
        var claimWest = Claim("c-west", west, "nine soldiers were killed", "westland", 9);
        var position = new Position
        {
            Actor = "eastland", Topic = "border-demarcation", Stance = PositionStance.Supports, DocumentId = west.Id,
            Span = SpanOf(west.Text, "to discuss border demarcation"), Quote = "to discuss border demarcation", Date = DateRange.Day(2031, 6, 1),
        };

        store.Save(Extraction(east, entities, [clashEast], [claimEast], []));
        store.Save(Extraction(west, entities, [clashWest, meeting], [claimWest], [position]));

        // The hostile article goes through the real pipeline, as 'parley ingest' would take it.
        var xss = Doc("doc-xss", "<script>alert('title')</script><img src=x onerror=alert('title')>", "<b onmouseover=alert('outlet')>Evil Outlet</b>", XssText, DateRange.Day(2031, 3, 3))
            with { Url = "javascript:alert('url')" };
        var packFolder = PackLocator.Find() ?? throw new InvalidOperationException("the karabakh pack was not found above the test folder");
        var xssExtraction = DefaultPipeline.Create(DomainPack.Load(packFolder)).Run(xss);
        var xssClaim = Claim("c-xss", xss, XssPayloads, "eastland", null);
        var xssMention = Mention("hostile-1", xss, EventType.Meeting, XssPayloads, null, ["eastland"], [], [], null);
        store.Save(xssExtraction with { Claims = [.. xssExtraction.Claims, xssClaim], Events = [.. xssExtraction.Events, xssMention] });
        XssMentionCount = xssExtraction.Mentions.Count;

        var clash = new Event
        {
            Id = "ev-clash", Type = EventType.ArmedClash, Date = DateRange.Day(2031, 5, 12), Place = "hilltop",
            Actors = ["westland"], Targets = ["eastland"], Quantities = [new Quantity(QuantityKind.Killed, 4)], Mentions = [clashEast, clashWest],
        };
        var talks = new Event
        {
            Id = "ev-talks", Type = EventType.Meeting, Date = DateRange.Day(2031, 6, 1), Place = "midtown",
            Actors = ["eastland", "westland"], Mediators = ["lakeside-group"], Topics = ["border-demarcation"], Mentions = [meeting],
        };
        var xssEvent = new Event
        {
            Id = "ev-xss", Type = EventType.Meeting, Date = DateRange.Day(2031, 3, 3), Actors = ["eastland"],
            Mentions = [xssMention],
        };
        var contradiction = new Contradiction
        {
            Id = "x1", EventId = "ev-clash", Attribute = ContradictionAttribute.Killed, ClaimIds = ["c-east", "c-west"], Values = ["4 killed", "9 killed"],
        };
        store.ReplaceMerged([clash, talks, xssEvent], [contradiction],
            new Dictionary<string, string> { ["c-east"] = "ev-clash", ["c-west"] = "ev-clash", ["c-xss"] = "ev-xss" });
    }

    public string Folder { get; }

    /// <summary>What the domain pack would add: the outlets with their sides (the texts never name them).</summary>
    public IReadOnlyList<Entity> Catalog { get; }

    public string Path { get; }

    /// <summary>How many entity mentions the pipeline found in the hostile article.</summary>
    public int XssMentionCount { get; }

    public SqliteParleyStore Open() => SqliteParleyStore.Open(Path, new SqliteStoreOptions { CreateIfMissing = false });

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private static Document Doc(string id, string title, string outlet, string text, DateRange published) =>
        new() { Id = id, Title = title, Outlet = outlet, Text = text, Published = published, Source = id + ".txt" };

    private static Entity Entity(string id, EntityKind kind, string name) => new() { Id = id, Kind = kind, Name = name };

    private static DocumentExtraction Extraction(Document doc, Entity[] entities, EventMention[] events, Claim[] claims, Position[] positions)
    {
        var mentions = entities
            .Where(e => doc.Text.Contains(e.Name, StringComparison.Ordinal))
            .Select(e => new EntityMention(e.Id, SpanOf(doc.Text, e.Name), e.Name))
            .ToList();
        return new DocumentExtraction
        {
            Document = doc,
            Entities = entities.Where(e => mentions.Any(m => m.EntityId == e.Id)).ToList(),
            Mentions = mentions,
            Events = events,
            Claims = claims,
            Positions = positions,
        };
    }

    private static EventMention Mention(string key, Document doc, EventType type, string quote, string? place, string[] actors, string[] targets, string[] mediators, int? killed) => new()
    {
        Key = key, DocumentId = doc.Id, Type = type, Date = DateRange.Day(2031, 5, 12), Place = place, Actors = actors, Targets = targets,
        Mediators = mediators, Quantities = killed is { } k ? [new Quantity(QuantityKind.Killed, k)] : [], Span = SpanOf(doc.Text, quote), Quote = quote,
    };

    private static Claim Claim(string id, Document doc, string quote, string speaker, int? killed) => new()
    {
        Id = id, DocumentId = doc.Id, Span = SpanOf(doc.Text, quote), Quote = quote, Speaker = speaker,
        Values = killed is { } k ? [new ClaimValue(ContradictionAttribute.Killed, k.ToString(System.Globalization.CultureInfo.InvariantCulture))] : [],
    };

    private static CharSpan SpanOf(string text, string quote)
    {
        var at = text.IndexOf(quote, StringComparison.Ordinal);
        return at >= 0 ? new CharSpan(at, at + quote.Length) : throw new ArgumentException($"'{quote}' is not in the text");
    }
}
