using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Parley.Model;
using Parley.Storage.Sqlite;
using Parley.Text;
using Parley.Time;
using Parley.Web.Data;
using Parley.Web.Hosting;

namespace Parley.Web.Benchmark;

/// <summary>
/// Measures the workbench on a large store: builds one from generated documents (default 100,000 events), serves it
/// on a loopback port and times pages and API calls (p50/p95/max over repeated requests).
/// <c>dotnet run -c Release --project benchmarks/Parley.Web.Benchmark -- [--events N] [--db FILE] [--requests N] [--only TEXT]</c>
/// </summary>
public static class Program
{
    private static readonly string[] Actors = [.. Enumerable.Range(0, 40).Select(i => $"actor-{i:00}")];
    private static readonly string[] Places = [.. Enumerable.Range(0, 30).Select(i => $"place-{i:00}")];
    private static readonly string[] Outlets = [.. Enumerable.Range(0, 12).Select(i => $"Outlet {i:00}")];
    private static readonly string[] Topics = ["border", "transit", "prisoners", "aid", "mines", "treaty"];
    private static readonly EventType[] Types = [EventType.Meeting, EventType.ArmedClash, EventType.AidDelivery, EventType.Agreement, EventType.Visit, EventType.Protest];

    /// <summary>Entry point.</summary>
    public static async Task<int> Main(string[] args)
    {
        var events = Option(args, "--events", 100_000);
        var requests = Option(args, "--requests", 40);
        var db = OptionText(args, "--db") ?? Path.Combine(Path.GetTempPath(), $"parley-web-bench-{events}.db");
        if (!File.Exists(db))
        {
            var build = Stopwatch.StartNew();
            Generate(db, events);
            Console.WriteLine($"built {db} with {events} events in {build.Elapsed.TotalSeconds:0.0} s");
        }

        using var reader = new WorkbenchReader(SqliteParleyStore.Open(db, new SqliteStoreOptions { CreateIfMissing = false }), ownsStore: true, catalog: Catalog());
        // The workbench reads the store page by page (it never loads the whole record), so only a check and the ids
        // the requests below need are read here.
        var load = Stopwatch.StartNew();
        var stats = reader.Check();
        var (page, _) = reader.StoreEventPage(new EventFilter(), 1000, null);
        var (documents, _) = reader.StoreDocumentPage(1000, null);
        var contradiction = reader.Read(store => store.ReadContradictionPage(null, 1, null)) is [var first, ..] ? first.Contradiction
            : throw new InvalidOperationException($"{db} holds no contradiction");
        Console.WriteLine($"store checked in {load.ElapsedMilliseconds} ms: {stats.Events} events, {stats.Documents} documents, {stats.Claims} claims, {stats.Contradictions} contradictions, {GC.GetTotalMemory(false) / 1_000_000} MB managed");

        await using var app = WorkbenchApp.Build(reader, new WorkbenchOptions { Port = 0, RequestsPerWindow = int.MaxValue });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        var someEvent = Uri.EscapeDataString(page[page.Count / 2].Event.Id);
        var disputed = Uri.EscapeDataString(contradiction.EventId ?? page[0].Event.Id);
        var someDoc = Uri.EscapeDataString(documents[documents.Count / 3].Id);
        string[] urls =
        [
            "/", "/?type=meeting", "/?actor=actor-07&from=2024-01&to=2024-12", "/?outlet=Outlet%2003&skip=2000",
            $"/events/{someEvent}", $"/events/{disputed}", "/contradictions", "/contradictions?attribute=killed&skip=1000",
            $"/documents/{someDoc}", "/documents", "/search?q=actor-07+place-04", "/search?q=envoys+border", "/actors", "/actors/actor-07", "/topics", "/topics/border",
            "/sources", "/map", "/network?type=meeting&from=2024-06&to=2024-06",
            "/api/events", $"/api/events?limit=500&cursor={someEvent}", "/api/events?type=armed_clash&place=place-04", $"/api/events/{someEvent}",
            "/api/entities", "/api/claims?speaker=actor-03", "/api/contradictions", "/api/positions?topic=aid", "/api/documents?outlet=Outlet%2005",
            "/api/places", "/api/network?from=2024-01&to=2024-03",
        ];

        // --only WORD times just the requests whose URL contains WORD (e.g. --only search), for a quick comparison.
        if (OptionText(args, "--only") is { } only)
        {
            urls = [.. urls.Where(u => u.Contains(only, StringComparison.Ordinal))];
        }

        Console.WriteLine($"{"request",-62} {"p50 ms",8} {"p95 ms",8} {"max ms",8}  bytes");
        var worst = 0.0;
        foreach (var url in urls)
        {
            var times = new List<double>();
            long bytes = 0;
            for (var i = 0; i < requests + 3; i++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync(url);
                var body = await response.Content.ReadAsByteArrayAsync();
                watch.Stop();
                if (!response.IsSuccessStatusCode)
                {
                    Console.WriteLine($"{url}: HTTP {(int)response.StatusCode}");
                    return 1;
                }

                bytes = body.Length;
                if (i >= 3)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds); // the first three warm the JIT and caches
                }
            }

            times.Sort();
            var p95 = times[(int)Math.Ceiling(times.Count * 0.95) - 1];
            worst = Math.Max(worst, p95);
            Console.WriteLine($"{url,-62} {times[times.Count / 2],8:0.0} {p95,8:0.0} {times[^1],8:0.0}  {bytes}");
        }

        Console.WriteLine($"worst p95: {worst:0.0} ms ({(worst <= 100 ? "within" : "over")} the 100 ms target)");
        await app.StopAsync();
        return 0;
    }

    private static IReadOnlyList<Entity> Catalog() =>
    [
        .. Actors.Select((id, i) => new Entity { Id = id, Kind = i % 3 == 0 ? EntityKind.State : EntityKind.Person, Name = $"Actor {i:00}" }),
        .. Places.Select((id, i) => new Entity { Id = id, Kind = EntityKind.Place, Name = $"Place {i:00}", Geo = new GeoPoint(38.5 + (i % 6) * 0.5, 44.5 + (i / 6) * 0.6) }),
        .. Outlets.Select((name, i) => new Entity
        {
            Id = $"outlet-{i:00}", Kind = EntityKind.Outlet, Name = name,
            Attributes = new Dictionary<string, string> { ["affiliation"] = i % 2 == 0 ? "state" : "independent", ["country"] = i % 3 == 0 ? "east" : "west" },
        }),
    ];

    /// <summary>
    /// Writes documents of generated prose, two event accounts each, into a new store, and merged events over them:
    /// the first fifth of the events have two accounts (a quarter of those disagree on a death toll), the rest one.
    /// </summary>
    private static void Generate(string db, int eventCount)
    {
        var random = new Random(20310512);
        var twoSourced = eventCount / 5;
        var mentionCount = eventCount + twoSourced;
        var documents = (mentionCount + 1) / 2;
        var mentions = new List<EventMention>(mentionCount);
        var claims = new List<Claim>(documents * 2);
        using var store = SqliteParleyStore.Open(db);
        var start = new NodaTime.LocalDate(2020, 1, 1);
        for (var d = 0; d < documents; d++)
        {
            var id = $"gen-{d:000000}";
            var text = new System.Text.StringBuilder();
            var docMentions = new List<EventMention>();
            var docClaims = new List<Claim>();
            for (var k = 0; k < 2; k++)
            {
                var (a, b, place) = (Actors[random.Next(Actors.Length)], Actors[random.Next(Actors.Length)], Places[random.Next(Places.Length)]);
                var type = Types[random.Next(Types.Length)];
                var killed = random.Next(1, 12);
                var sentence = $"Envoys of {a} and {b} were reported at {place}, where {killed} people were killed near the border crossing. ";
                var at = text.Length;
                text.Append(sentence);
                var day = start.PlusDays(random.Next(0, 5 * 365));
                var mention = new EventMention
                {
                    Key = $"e{k + 1}", DocumentId = id, Type = type, Date = DateRange.Day(day), Place = place, Actors = [a], Targets = [b],
                    Topics = [Topics[random.Next(Topics.Length)]], Quantities = [new Quantity(QuantityKind.Killed, killed)],
                    Span = new CharSpan(at, at + sentence.Length - 1), Quote = sentence.TrimEnd(),
                };
                docMentions.Add(mention);
                var claimQuote = $"{killed} people were killed";
                var claimAt = at + sentence.IndexOf(claimQuote, StringComparison.Ordinal);
                docClaims.Add(new Claim
                {
                    Id = $"{id}#c{k + 1}", DocumentId = id, Span = new CharSpan(claimAt, claimAt + claimQuote.Length), Quote = claimQuote, Speaker = a,
                    Values = [new ClaimValue(ContradictionAttribute.Killed, killed.ToString(CultureInfo.InvariantCulture))],
                });
            }

            var position = new Position
            {
                Actor = docMentions[0].Actors[0], Topic = docMentions[0].Topics[0], Stance = (PositionStance)random.Next(0, 6), DocumentId = id,
                Span = docMentions[0].Span, Quote = docMentions[0].Quote, Date = docMentions[0].Date,
            };
            var document = new Document
            {
                Id = id, Title = $"Generated report {d}", Outlet = Outlets[random.Next(Outlets.Length)], Text = text.ToString(),
                Published = docMentions[0].Date, Source = id + ".txt",
            };
            store.Save(new DocumentExtraction { Document = document, Events = docMentions, Claims = docClaims, Positions = d % 4 == 0 ? [position] : [] });
            mentions.AddRange(docMentions);
            claims.AddRange(docClaims);
        }

        var events = new List<Event>(eventCount);
        var contradictions = new List<Contradiction>();
        var claimEvents = new Dictionary<string, string>();
        for (var e = 0; e < eventCount; e++)
        {
            var accounts = e < twoSourced ? new[] { 2 * e, 2 * e + 1 } : [e + twoSourced];
            var first = mentions[accounts[0]];
            var id = $"ev-{e:000000}";
            events.Add(new Event
            {
                Id = id, Type = first.Type, Date = first.Date, Place = first.Place, Actors = first.Actors, Targets = first.Targets, Topics = first.Topics,
                Quantities = first.Quantities, Mentions = [.. accounts.Select(i => mentions[i])],
            });
            foreach (var i in accounts)
            {
                claimEvents[claims[i].Id] = id;
            }

            if (accounts.Length == 2 && e % 4 == 0)
            {
                contradictions.Add(new Contradiction
                {
                    Id = $"x{contradictions.Count + 1}", EventId = id, Attribute = ContradictionAttribute.Killed,
                    ClaimIds = [claims[accounts[0]].Id, claims[accounts[1]].Id],
                    Values = [$"{claims[accounts[0]].Values[0].Value} killed", $"{claims[accounts[1]].Values[0].Value} killed"],
                });
            }
        }

        store.ReplaceMerged(events, contradictions, claimEvents);
    }

    private static int Option(string[] args, string name, int fallback) =>
        OptionText(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string? OptionText(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
