using Parley.Model;
using Parley.Storage.Sqlite;
using Parley.Text;
using Parley.Time;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Parley.Web.Data;
using Parley.Web.Hosting;

namespace Parley.Web.Tests;

/// <summary>
/// Search against a scan of everything: over a store of generated prose (words written here, shuffled by a seeded
/// random), the document search must return exactly the documents holding every word and the quote search exactly
/// the claims whose quote holds every word as a word or a word's start (the claims' full-text index), by id, whatever
/// the case.
/// </summary>
public sealed class SearchTests : IDisposable
{
    private static readonly string[] Vocabulary =
    [
        "convoy", "convoys", "envoy", "envoys", "border", "crossing", "talks", "ceasefire", "monitors", "river", "valley",
        "bridge", "north", "delegation", "delegations", "shelling", "prisoners", "exchange", "road", "mill", "2031", "post-12",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("parley-search-tests-").FullName;
    private readonly string _path;

    public SearchTests()
    {
        _path = Path.Combine(_folder, "search.db");
        var random = new Random(7);
        using var store = SqliteParleyStore.Open(_path);
        var delegate_ = new Entity { Id = "delegate", Kind = EntityKind.Person, Name = "A delegate" };
        var events = new List<Event>();
        for (var d = 0; d < 150; d++)
        {
            var sentences = Enumerable.Range(0, 3).Select(_ => Sentence(random)).ToArray();
            var text = string.Join(' ', sentences);
            var doc = new Document { Id = $"doc-{d:000}", Title = $"Report {d}", Outlet = "Test Wire", Text = text, Source = $"doc-{d}.txt" };
            var claim = new Claim { Id = $"{doc.Id}#c1", DocumentId = doc.Id, Span = SpanOf(text, sentences[0]), Quote = sentences[0] };
            var mention = new EventMention
            {
                Key = "e1", DocumentId = doc.Id, Type = EventType.Meeting, Date = DateRange.Day(2031, 1, 1 + (d % 28)),
                Span = SpanOf(text, sentences[2]), Quote = sentences[2],
            };
            Position[] positions = d % 3 == 0
                ? [new Position { Actor = "delegate", Topic = "border", Stance = PositionStance.Supports, DocumentId = doc.Id, Span = SpanOf(text, sentences[1]), Quote = sentences[1] }]
                : [];
            store.Save(new DocumentExtraction { Document = doc, Entities = [delegate_], Claims = [claim], Events = [mention], Positions = positions });
            events.Add(new Event { Id = $"ev-{d:000}", Type = EventType.Meeting, Date = mention.Date, Mentions = [mention] });
        }

        store.ReplaceMerged(events, [], new Dictionary<string, string>());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    [Fact]
    public void Quote_search_finds_exactly_the_claims_holding_every_word_or_its_start_by_id()
    {
        using var reader = new WorkbenchReader(SqliteParleyStore.Open(_path, new SqliteStoreOptions { CreateIfMissing = false }), ownsStore: true);
        var claims = Record().Claims;
        var random = new Random(11);
        var (hits, misses) = (0, 0);
        for (var q = 0; q < 300; q++)
        {
            // Whole words, pieces of words ("voy", "ELEGAT": only a word's start matches), odd case, now and then a word no quote holds.
            var words = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Variant(random)).ToList();
            var query = string.Join(' ', words);
            bool Holds(string quote)
            {
                var tokens = Tokens(quote);
                return words.SelectMany(Tokens).All(w => tokens.Any(t => t.StartsWith(w, StringComparison.Ordinal)));
            }

            var expected = claims.Where(c => Holds(c.Quote)).OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => ("claim", c.DocumentId, c.Quote)).ToList();
            var found = reader.SearchQuotes(query, limit: 1000).Select(h => (h.Kind, h.DocumentId, h.Quote)).ToList();
            Assert.True(expected.SequenceEqual(found), $"'{query}': expected {expected.Count} quotes, the search gave {found.Count}");
            Assert.Equal(expected.Take(5), reader.SearchQuotes(query, limit: 5).Select(h => (h.Kind, h.DocumentId, h.Quote)));
            (hits, misses) = expected.Count > 0 ? (hits + 1, misses) : (hits, misses + 1);
        }

        // The queries exercise both hits and misses.
        Assert.True(hits > 30 && misses > 30, $"{hits} queries found quotes, {misses} none");
    }

    private static string[] Tokens(string text) =>
        System.Text.RegularExpressions.Regex.Split(text.ToLowerInvariant(), @"[^\p{L}\p{N}]+").Where(t => t.Length > 0).ToArray();

    private ParleyRecord Record()
    {
        using var store = SqliteParleyStore.Open(_path, new SqliteStoreOptions { CreateIfMissing = false });
        return store.ReadRecord(Parley.Storage.RecordFilter.All);
    }

    [Fact]
    public void Document_search_finds_exactly_the_documents_holding_every_word()
    {
        using var reader = new WorkbenchReader(SqliteParleyStore.Open(_path, new SqliteStoreOptions { CreateIfMissing = false }), ownsStore: true);
        var documents = Record().Documents;
        var random = new Random(13);
        for (var q = 0; q < 60; q++)
        {
            var words = Enumerable.Range(0, random.Next(1, 3)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]).ToList();
            var query = string.Join(' ', words.Select(w => random.Next(2) == 0 ? w.ToUpperInvariant() : w));
            // The full-text index matches whole words (a hyphenated one as the phrase of its parts).
            var expected = documents
                .Where(d => words.All(w => HasWords(d.Title + " " + d.Text, w)))
                .Select(d => d.Id)
                .Order(StringComparer.Ordinal)
                .ToList();

            var found = reader.SearchDocuments(query, limit: 1000);
            Assert.Null(found.RankedNewest); // 150 documents: every match is ranked
            Assert.Equal(expected, found.Hits.Select(h => h.DocumentId).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void A_search_that_matches_more_than_it_ranks_keeps_the_newest_and_says_so()
    {
        using var reader = new WorkbenchReader(SqliteParleyStore.Open(_path, new SqliteStoreOptions { CreateIfMissing = false }), ownsStore: true) { RankedDocuments = 10 };
        var matching = Record().Documents.Where(d => HasWords(d.Text, "border")).Select(d => d.Id).Order(StringComparer.Ordinal).ToList();
        Assert.True(matching.Count > 10, "the generated prose should say 'border' in more than ten documents");

        var found = reader.SearchDocuments("border", limit: 50);
        Assert.Equal(10, found.RankedNewest);
        // Documents were stored in id order, so the newest ten matches are the last ten ids.
        Assert.Equal(matching.TakeLast(10), found.Hits.Select(h => h.DocumentId).Order(StringComparer.Ordinal));

        // Narrowed to one older document (by its title's number), the search ranks every match and finds it.
        var older = matching.First(id => id is not "doc-012");
        var narrow = reader.SearchDocuments("border report " + int.Parse(older[4..], System.Globalization.CultureInfo.InvariantCulture), limit: 50);
        Assert.Null(narrow.RankedNewest);
        Assert.Equal(older, Assert.Single(narrow.Hits).DocumentId);
    }

    [Fact]
    public async Task The_search_page_says_when_it_ranked_only_the_newest_matches()
    {
        var reader = new WorkbenchReader(SqliteParleyStore.Open(_path, new SqliteStoreOptions { CreateIfMissing = false }), ownsStore: true) { RankedDocuments = 10 };
        await using var app = WorkbenchApp.Build(reader, new WorkbenchOptions(), builder => builder.WebHost.UseTestServer());
        await app.StartAsync();
        using var client = app.GetTestClient();

        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync("/search?q=border"));
        Assert.Contains("best of the 10 most recently stored matches", page.QuerySelector(".ranked-newest")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(10, page.QuerySelectorAll("ul.hits")[0].QuerySelectorAll("li").Length);

        var narrow = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync("/search?q=border+tanker"));
        Assert.Null(narrow.QuerySelector(".ranked-newest"));
        await app.StopAsync();
        reader.Dispose();
    }

    private static string Sentence(Random random)
    {
        var words = Enumerable.Range(0, random.Next(5, 10)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]).ToArray();
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        if (random.Next(4) == 0)
        {
            words[^1] = words[^1].ToUpperInvariant();
        }

        return string.Join(' ', words) + ".";
    }

    private static string Variant(Random random)
    {
        var word = random.Next(12) == 0 ? "tanker" : Vocabulary[random.Next(Vocabulary.Length)];
        if (random.Next(3) == 0 && word.Length > 4)
        {
            var start = random.Next(0, 2);
            word = word[start..^random.Next(0, 2)];
        }

        return random.Next(3) switch
        {
            0 => word.ToUpperInvariant(),
            1 => char.ToUpperInvariant(word[0]) + word[1..],
            _ => word,
        };
    }

    /// <summary>True when <paramref name="text"/>'s words, case-folded, hold the words of <paramref name="word"/> in a row.</summary>
    private static bool HasWords(string text, string word)
    {
        static string[] Split(string s) => s.ToLowerInvariant().Split(s.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries);
        var tokens = Split(text);
        var phrase = Split(word);
        return Enumerable.Range(0, tokens.Length - phrase.Length + 1).Any(i => tokens.AsSpan(i, phrase.Length).SequenceEqual(phrase));
    }

    private static CharSpan SpanOf(string text, string quote)
    {
        var at = text.IndexOf(quote, StringComparison.Ordinal);
        return new CharSpan(at, at + quote.Length);
    }
}
