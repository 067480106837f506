using Parley.Extraction.Merge;
using Parley.Model;
using Parley.Packs;
using Parley.Storage;
using Parley.Storage.Sqlite;
using Parley.Text;
using Parley.Time;

namespace Parley.Cli.Tests;

/// <summary>
/// The cross-document pass gives the same record however the documents arrive: in one ingest or several, and
/// merged group by group or in one pass over every mention.
/// </summary>
public sealed class IncrementalMergeTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private static string PackPath => PackLocator.Find() ?? CliHarness.TestPack;

    /// <summary>Ingests both labelled corpora into a fresh store and reads back what the cross-document pass takes.</summary>
    private (IReadOnlyList<EventMention> Mentions, IReadOnlyList<Claim> Claims) IngestedCorpus()
    {
        var corpus = SharedCorpus.Find()!;
        var db = _cli.PathOf("corpus.db");
        Assert.Equal(0, _cli.Run("ingest", Path.Combine(corpus, "seeds"), Path.Combine(corpus, "dev"), "--db", db, "--pack", PackPath, "--quiet").Exit);
        using var store = SqliteParleyStore.Open(db);
        return store.ReadMergeInputs();
    }

    [CorpusFact]
    public void Ingesting_in_two_batches_exports_what_one_batch_does()
    {
        var corpus = SharedCorpus.Find()!;
        var seeds = Path.Combine(corpus, "seeds");
        var dev = Path.Combine(corpus, "dev");
        var once = _cli.PathOf("once.db");
        var twice = _cli.PathOf("twice.db");

        Assert.Equal(0, _cli.Run("ingest", seeds, dev, "--db", once, "--pack", PackPath, "--quiet").Exit);
        // The later batch holds documents that sort before the first one's, so it reorders what was merged.
        Assert.Equal(0, _cli.Run("ingest", dev, "--db", twice, "--pack", PackPath, "--quiet").Exit);
        Assert.Equal(0, _cli.Run("ingest", seeds, "--db", twice, "--pack", PackPath, "--quiet").Exit);

        var a = Export(once, "once.json");
        var b = Export(twice, "twice.json");
        Assert.Contains("\"contradictions\"", a, StringComparison.Ordinal);
        Assert.Equal(a, b);
    }

    [CorpusFact]
    public void Merging_group_by_group_equals_one_pass_over_the_corpus()
    {
        var (mentions, claims) = IngestedCorpus();
        Assert.NotEmpty(mentions);
        AssertSameAsOnePass(DomainPack.Load(PackPath), mentions, claims);
    }

    [Fact]
    public void Merging_group_by_group_numbers_clashing_ids_as_one_pass_does()
    {
        var pack = DomainPack.Load(PackPath);
        var mentions = new List<EventMention>();
        var n = 0;
        EventMention Mention(string doc, DateRange? date, string actor, EventType type = EventType.Meeting) => new()
        {
            Key = "e" + ++n, DocumentId = doc, Type = type, Date = date, Actors = [actor],
            Span = new CharSpan(n, n + 1), Quote = "q", Trigger = "met",
        };

        // Undated mentions never merge, yet share an id stem; so do year-precision ranges that do not touch.
        foreach (var doc in new[] { "d3", "d1", "d2" })
        {
            mentions.Add(Mention(doc, null, "armenia"));
            mentions.Add(Mention(doc, new DateRange(new NodaTime.LocalDate(2022, 1, 3), new NodaTime.LocalDate(2022, 1, 20), DatePrecision.Year), "armenia"));
            mentions.Add(Mention(doc, new DateRange(new NodaTime.LocalDate(2022, 6, 3), new NodaTime.LocalDate(2022, 6, 20), DatePrecision.Year), "armenia"));
            mentions.Add(Mention(doc, DateRange.Day(2022, 6, 4), "azerbaijan"));
            mentions.Add(Mention(doc, DateRange.Day(2022, 6, 5), "azerbaijan", EventType.Blockade));
        }

        var claims = mentions.Select(m => new Claim
        {
            Id = m.DocumentId + "-c" + m.Key, DocumentId = m.DocumentId, EventKey = m.Key, Span = m.Span, Quote = "they met",
            Stance = ClaimStance.Asserts,
        }).ToList();
        var result = AssertSameAsOnePass(pack, mentions, claims);
        Assert.Contains(result.Events, e => e.Id.EndsWith("-2", StringComparison.Ordinal));
    }

    [CorpusFact]
    public void Merging_again_from_the_last_grouping_equals_merging_afresh()
    {
        var (mentions, claims) = IngestedCorpus();
        var pass = new CrossDocumentPass(DomainPack.Load(PackPath));
        var documents = mentions.Select(m => m.DocumentId).Distinct().Order(StringComparer.Ordinal).ToList();

        // Every other document first, then the rest: the later ones sort among the earlier ones and join their events.
        var first = documents.Where((_, i) => i % 2 == 1).ToHashSet(StringComparer.Ordinal);
        var earlier = pass.Run([.. mentions.Where(m => first.Contains(m.DocumentId))], [.. claims.Where(c => first.Contains(c.DocumentId))]);
        var links = earlier.Events.SelectMany(e => e.Mentions.Select(m => (Link: (m.DocumentId, m.Key), e.Id))).ToDictionary(x => x.Link, x => x.Id);

        var afresh = pass.Run(mentions, claims);
        var again = pass.Run(mentions, claims, links);
        Assert.Equal(afresh.Events.Select(Describe), again.Events.Select(Describe));
        Assert.Equal(afresh.Contradictions.Select(Describe), again.Contradictions.Select(Describe));
        Assert.Equal(afresh.ClaimEventIds.OrderBy(kv => kv.Key, StringComparer.Ordinal), again.ClaimEventIds.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        // Some groups held no new mention and were taken as they were, not merged again.
        Assert.InRange(again.RegroupedMentions, 1, mentions.Count - 1);
        Assert.Equal(0, afresh.RegroupedMentions);

        // With nothing new, everything is taken from the last grouping, and the result is still the same.
        var all = afresh.Events.SelectMany(e => e.Mentions.Select(m => (Link: (m.DocumentId, m.Key), e.Id))).ToDictionary(x => x.Link, x => x.Id);
        var unchanged = pass.Run(mentions, claims, all);
        Assert.Equal(mentions.Count, unchanged.RegroupedMentions);
        Assert.Equal(afresh.Events.Select(Describe), unchanged.Events.Select(Describe));
    }

    [Fact]
    public void A_group_with_nothing_new_keeps_its_grouping_and_one_with_something_new_is_merged_again()
    {
        var pack = DomainPack.Load(PackPath);
        var n = 0;
        EventMention Meeting(string doc, int day) => new()
        {
            Key = "e" + ++n, DocumentId = doc, Type = EventType.Meeting, Date = DateRange.Day(2022, 6, day), Actors = ["armenia"],
            Span = new CharSpan(n, n + 1), Quote = "q", Trigger = "met",
        };

        var a = Meeting("d1", 4);
        var b = Meeting("d2", 4);
        var pass = new CrossDocumentPass(pack);
        Assert.Single(pass.Run([a, b], []).Events);

        // A grouping the merger would not make (two events for what it merges into one) stands while nothing joins
        // the group: the pass does not compare those mentions again.
        var stored = new Dictionary<(string Doc, string Key), string> { [(a.DocumentId, a.Key)] = "one", [(b.DocumentId, b.Key)] = "two" };
        Assert.Equal(2, pass.Run([a, b], [], stored).Events.Count);

        // A new mention a day away joins the group, so the group is merged again, as a full pass would.
        var c = Meeting("d3", 5);
        var result = pass.Run([a, b, c], [], stored);
        Assert.Equal(0, result.RegroupedMentions);
        Assert.Equal(pass.Run([a, b, c], []).Events.Select(Describe), result.Events.Select(Describe));
    }

    [CorpusFact]
    public void Contradictions_keep_their_ids_when_documents_are_added()
    {
        var (mentions, claims) = IngestedCorpus();
        var pass = new CrossDocumentPass(DomainPack.Load(PackPath));
        var all = pass.Run(mentions, claims);
        Assert.NotEmpty(all.Contradictions);

        // Each contradiction found again from just the documents it cites (and those of its event) has the same id.
        var compared = 0;
        foreach (var x in all.Contradictions)
        {
            var cited = claims.Where(c => x.ClaimIds.Contains(c.Id)).Select(c => c.DocumentId)
                .Concat(all.Events.Where(e => e.Id == x.EventId).SelectMany(e => e.Mentions.Select(m => m.DocumentId)))
                .Concat(x.ClaimIds.Select(id => id.Split('#')[0]))
                .ToHashSet(StringComparer.Ordinal);
            var fewer = pass.Run([.. mentions.Where(m => cited.Contains(m.DocumentId))], [.. claims.Where(c => cited.Contains(c.DocumentId))]);
            var again = fewer.Contradictions.Where(y => y.Attribute == x.Attribute && y.ClaimIds.SequenceEqual(x.ClaimIds)).ToList();
            if (again.Count == 1 && again[0].EventId == x.EventId)
            {
                Assert.Equal(x.Id, again[0].Id);
                compared++;
            }
        }

        Assert.True(compared > 0, "no contradiction was found again from fewer documents");

        Assert.DoesNotContain(all.Contradictions, x => System.Text.RegularExpressions.Regex.IsMatch(x.Id, "^x[0-9]+$"));
    }

    [CorpusFact]
    public void The_windowed_pass_of_an_ingest_stores_what_one_pass_over_everything_finds()
    {
        var corpus = SharedCorpus.Find()!;
        var db = _cli.PathOf("windowed.db");
        Assert.Equal(0, _cli.Run("ingest", Path.Combine(corpus, "seeds"), Path.Combine(corpus, "dev"), "--db", db, "--pack", PackPath, "--quiet").Exit);
        using var store = SqliteParleyStore.Open(db);
        var pack = DomainPack.Load(PackPath);
        AssertStoredAsOnePass(store, pack);

        // Again from nothing, in windows of a day and pages of three documents: every window edge is crossed.
        store.ReplaceMerged([], [], new Dictionary<string, string>());
        Assert.Empty(store.ReadRecord(RecordFilter.All).Events);
        RunWindowed(store, pack);
        AssertStoredAsOnePass(store, pack);
    }

    [Fact]
    public void The_windowed_pass_numbers_chains_and_broad_ranges_as_one_pass_does()
    {
        using var store = SqliteParleyStore.Open(_cli.PathOf("synthetic.db"));
        var pack = DomainPack.Load(PackPath);
        var n = 0;
        EventMention Mention(string doc, DateRange? date, string actor, EventType type = EventType.Meeting) => new()
        {
            Key = "e" + ++n, DocumentId = doc, Type = type, Date = date, Actors = [actor],
            Span = new CharSpan(n, n + 1), Quote = "q", Trigger = "met",
        };

        var byDocument = new Dictionary<string, List<EventMention>>();
        foreach (var doc in new[] { "d3", "d1", "d2", "d4" })
        {
            var list = byDocument[doc] = [];
            // Undated and year-wide mentions that share an id stem; single days a day apart; a chain of week-long
            // ranges that outgrows any first window; a year range restating a day inside it.
            list.Add(Mention(doc, null, "armenia"));
            list.Add(Mention(doc, new DateRange(new NodaTime.LocalDate(2022, 1, 3), new NodaTime.LocalDate(2022, 1, 20), DatePrecision.Year), "armenia"));
            list.Add(Mention(doc, new DateRange(new NodaTime.LocalDate(2022, 6, 3), new NodaTime.LocalDate(2022, 6, 20), DatePrecision.Year), "armenia"));
            list.Add(Mention(doc, DateRange.Day(2022, 6, 4 + (doc[1] - '1')), "azerbaijan"));
            list.Add(Mention(doc, DateRange.Day(2022, 6, 5), "azerbaijan", EventType.Blockade));
            var week = (doc[1] - '1') * 5;
            list.Add(Mention(doc, new DateRange(new NodaTime.LocalDate(2022, 9, 1).PlusDays(week), new NodaTime.LocalDate(2022, 9, 7).PlusDays(week), DatePrecision.Days), "russia"));
            list.Add(Mention(doc, DateRange.Year(2021), "turkey", EventType.ArmedClash));
            list.Add(Mention(doc, DateRange.Day(2021, 3, 2), "turkey", EventType.ArmedClash));
        }

        foreach (var (doc, mentions) in byDocument)
        {
            var claims = mentions.Select((m, i) => new Claim
            {
                Id = $"{doc}#c{i}", DocumentId = doc, EventKey = m.Key, Span = m.Span, Quote = "they met",
                Stance = doc == "d2" ? ClaimStance.Denies : ClaimStance.Asserts,
                Values = doc == "d2" ? [new ClaimValue(ContradictionAttribute.Occurred, "happened", Negated: true)] : [],
            }).ToList();
            store.Save(new DocumentExtraction
            {
                Document = new Document { Id = doc, Text = new string('x', 40), Source = doc, Format = "txt" },
                Events = mentions,
                Claims = claims,
            });
        }

        RunWindowed(store, pack);
        var record = AssertStoredAsOnePass(store, pack);
        Assert.Contains(record.Events, e => e.Id.EndsWith("-2", StringComparison.Ordinal));
        Assert.NotEmpty(record.Contradictions);

        // Merging again changes nothing.
        RunWindowed(store, pack);
        AssertStoredAsOnePass(store, pack);
    }

    [Fact]
    public void A_chain_longer_than_the_cap_is_merged_in_pieces_and_stores_what_one_pass_finds()
    {
        using var store = SqliteParleyStore.Open(_cli.PathOf("chain.db"));
        var pack = DomainPack.Load(PackPath);
        var start = new NodaTime.LocalDate(2022, 1, 1);
        // Two reports a day for 120 days, each of a meeting with one party: neighbouring days chain into one group of
        // 240 mentions, and the merger pairs the days (a member must lie within a day of every other), so an event
        // cut in two by a piece's edge would show. A report a month also tells of the month's meetings as a whole.
        for (var d = 0; d < 240; d++)
        {
            var doc = $"d{d:D3}";
            var day = start.PlusDays(d / 2);
            var mentions = new List<EventMention>
            {
                new()
                {
                    Key = "e1", DocumentId = doc, Type = EventType.Meeting, Date = new DateRange(day, day, DatePrecision.Day),
                    Actors = ["armenia"], Span = new CharSpan(1, 2), Quote = "q", Trigger = "met",
                },
            };
            if (day.Day == 10 && d % 2 == 0)
            {
                mentions.Add(new EventMention
                {
                    Key = "e2", DocumentId = doc, Type = EventType.Meeting,
                    Date = new DateRange(day.With(NodaTime.DateAdjusters.StartOfMonth), day.With(NodaTime.DateAdjusters.EndOfMonth), DatePrecision.Month),
                    Actors = ["armenia"], Span = new CharSpan(5, 6), Quote = "q", Trigger = "met",
                });
            }

            store.Save(new DocumentExtraction
            {
                Document = new Document { Id = doc, Text = new string('x', 40), Source = doc, Format = "txt" },
                Events = mentions,
                Claims = [.. mentions.Select(m => new Claim
                {
                    Id = $"{doc}#c{m.Key}", DocumentId = doc, EventKey = m.Key, Span = m.Span, Quote = "they met",
                    Values = [new ClaimValue(ContradictionAttribute.Occurred, "happened", Negated: d % 7 == 0)],
                    Stance = d % 7 == 0 ? ClaimStance.Denies : ClaimStance.Asserts,
                })],
            });
        }

        using (var session = store.BeginMerge())
        {
            var pass = new WindowedCrossDocumentPass(pack) { FirstWindowDays = 1, ChainCap = 20, WriteMentions = 7 };
            pass.Run(session);
            session.Commit();
            // Cut many times, in windows of about the cap, each mention read once.
            Assert.InRange(pass.ChainCuts, 5, int.MaxValue);
            Assert.InRange(pass.LargestWindow, 1, 40);
            Assert.Equal(244, pass.MentionsRead);
        }

        var record = AssertStoredAsOnePass(store, pack);
        Assert.Equal(60, record.Events.Count);
        Assert.NotEmpty(record.Contradictions);

        // Under the default cap the chain is merged whole, to the same record.
        using (var session = store.BeginMerge())
        {
            var pass = new WindowedCrossDocumentPass(pack) { FirstWindowDays = 1 };
            pass.Run(session);
            session.Commit();
            Assert.Equal(0, pass.ChainCuts);
            Assert.Equal(244, pass.LargestWindow);
        }

        AssertStoredAsOnePass(store, pack);
    }

    [Fact]
    public void A_range_of_years_given_by_its_days_holds_no_window_open_and_answers_stay_apart_from_their_disputes()
    {
        using var store = SqliteParleyStore.Open(_cli.PathOf("years.db"));
        var pack = DomainPack.Load(PackPath);
        var start = new NodaTime.LocalDate(2022, 1, 1);
        EventMention Meeting(string doc, string key, DateRange date, int at) => new()
        {
            Key = key, DocumentId = doc, Type = EventType.Meeting, Date = date, Actors = ["armenia"],
            Span = new CharSpan(at, at + 2), Quote = "q", Trigger = "met",
        };

        // A meeting every other day for 240 days (two days apart: no chain), each reported with an accusation that it
        // happened and an answer denying it; and one report of talks "since" the first day, given as days over two years.
        for (var d = 0; d < 120; d++)
        {
            var doc = $"d{d:D3}";
            var day = start.PlusDays(d * 2);
            var claims = new List<Claim>
            {
                new()
                {
                    Id = $"{doc}#c1", DocumentId = doc, EventKey = "e1", Span = new CharSpan(1, 3), Quote = "they met", Speaker = "armenia",
                    Values = [new ClaimValue(ContradictionAttribute.Occurred, "happened")],
                },
                new()
                {
                    Id = $"{doc}#c2", DocumentId = doc, EventKey = "e1", Span = new CharSpan(4, 6), Quote = "they did not meet", Speaker = "azerbaijan",
                    Stance = ClaimStance.Denies, Answers = $"{doc}#c1", Values = [new ClaimValue(ContradictionAttribute.Occurred, "happened", Negated: true)],
                },
            };
            store.Save(new DocumentExtraction
            {
                Document = new Document { Id = doc, Text = new string('x', 40), Source = doc, Format = "txt" },
                Events = [Meeting(doc, "e1", new DateRange(day, day, DatePrecision.Day), 1)],
                Claims = claims,
            });
        }

        store.Save(new DocumentExtraction
        {
            Document = new Document { Id = "talks", Text = new string('x', 40), Source = "talks", Format = "txt" },
            Events = [Meeting("talks", "e1", new DateRange(start, start.PlusYears(2), DatePrecision.Days), 1)],
        });

        using (var session = store.BeginMerge())
        {
            var pass = new WindowedCrossDocumentPass(pack) { FirstWindowDays = 1, WindowMentions = 4, WriteMentions = 3, DocumentPage = 7 };
            pass.Run(session);
            session.Commit();
            // The range of years reaches no later start day, so it does not chain the meetings into one open group.
            Assert.InRange(pass.LargestWindow, 1, 20);
            Assert.InRange(pass.MostWaiting, 1, 20);
            Assert.Equal(0, pass.ChainCuts);
        }

        var record = AssertStoredAsOnePass(store, pack);
        Assert.Equal(121, record.Events.Count);
        // One dispute a meeting, about the event: the answer it names is not set against its claim a second time.
        Assert.Equal(120, record.Contradictions.Count);
        Assert.All(record.Contradictions, x => Assert.Equal(ContradictionAttribute.Occurred, x.Attribute));
    }

    [Fact]
    public void A_year_held_open_for_its_document_keeps_waiting_only_the_events_whose_ids_may_clash_with_it()
    {
        using var store = SqliteParleyStore.Open(_cli.PathOf("year-open.db"));
        var pack = DomainPack.Load(PackPath);
        var start = new NodaTime.LocalDate(2022, 1, 3);
        EventMention Meeting(string doc, DateRange date) => new()
        {
            Key = "e1", DocumentId = doc, Type = EventType.Meeting, Date = date, Actors = ["armenia"],
            Span = new CharSpan(1, 3), Quote = "q", Trigger = "met",
        };

        void Save(string doc, params EventMention[] mentions) => store.Save(new DocumentExtraction
        {
            Document = new Document { Id = doc, Text = new string('x', 40), Source = doc, Format = "txt" },
            Events = mentions,
        });

        // A report of the year's talks as a whole (open to the year's end: it may restate a meeting of its own report),
        // a meeting every third day, and talks over two days twice between them, all naming Armenia: the year and the two spans
        // take one id and its "-2" and "-3", in the order one pass gives them.
        Save("year", Meeting("year", DateRange.Year(2022)));
        for (var d = 0; d < 100; d++)
        {
            var day = start.PlusDays(d * 3);
            Save($"d{d:D3}", Meeting($"d{d:D3}", new DateRange(day, day, DatePrecision.Day)));
        }

        Save("span-b", Meeting("span-b", new DateRange(new NodaTime.LocalDate(2022, 3, 2), new NodaTime.LocalDate(2022, 3, 3), DatePrecision.Days)));
        Save("span-a", Meeting("span-a", new DateRange(new NodaTime.LocalDate(2022, 6, 9), new NodaTime.LocalDate(2022, 6, 10), DatePrecision.Days)));

        using (var session = store.BeginMerge())
        {
            var pass = new WindowedCrossDocumentPass(pack) { FirstWindowDays = 1, WindowMentions = 4, WriteMentions = 3 };
            pass.Run(session);
            session.Commit();
            // The single days are written as the sweep passes them (at most a window's worth wait); only the ids the
            // year may take (its own and the two spans') wait for its end, not the hundred meetings after its first day.
            Assert.InRange(pass.MostWaiting, 1, Math.Min(pass.LargestWindow + 2, 60));
        }

        var record = AssertStoredAsOnePass(store, pack);
        Assert.Equal(["2022-meeting-armenia", "2022-meeting-armenia-2", "2022-meeting-armenia-3"],
            record.Events.Select(e => e.Id).Where(id => id.StartsWith("2022-meeting", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_event_of_more_mentions_than_a_write_part_is_written_in_parts_to_what_one_piece_stores()
    {
        using var store = SqliteParleyStore.Open(_cli.PathOf("big-event.db"));
        var pack = DomainPack.Load(PackPath);
        var day = new NodaTime.LocalDate(2023, 3, 14);
        // Sixty reports of one meeting, a few a day late (so its accounts span two days), each telling of it twice, the
        // later sentence first in the report; their claims disagree on whether the border was discussed, on the day,
        // on the toll and on whether it took place, so every contradiction about one event names claims or accounts.
        for (var d = 0; d < 60; d++)
        {
            var doc = $"r{d * 37 % 60:D2}";
            var date = d % 9 == 0 ? day.PlusDays(1) : day;
            var topics = d % 4 == 0 ? new[] { "border", "transit" } : d % 3 == 0 ? ["transit"] : [];
            EventMention Telling(string key, int start) => new()
            {
                Key = key, DocumentId = doc, Type = EventType.Meeting, Date = new DateRange(date, date, DatePrecision.Day),
                Actors = d % 2 == 0 ? ["armenia", "azerbaijan"] : ["azerbaijan"], Place = d % 5 == 0 ? "brussels" : null,
                Topics = topics, Quantities = d % 6 == 0 ? [new Quantity(QuantityKind.Killed, d % 12 == 0 ? 2 : 3)] : [],
                Span = new CharSpan(start, start + 5), Quote = "q", Trigger = "met",
            };
            Claim About(string key, int start, int n) => new()
            {
                Id = $"{doc}#c{n}", DocumentId = doc, EventKey = key, Span = new CharSpan(start, start + 5), Quote = "they met",
                Speaker = d % 3 == 0 ? "armenia" : null, Via = d % 3 == 1 ? "azerbaijan" : null,
                Stance = d % 7 == 0 ? ClaimStance.Denies : ClaimStance.Asserts,
                Values =
                [
                    new ClaimValue(ContradictionAttribute.Occurred, "happened", Negated: d % 7 == 0),
                    .. d % 4 == 1 ? [new ClaimValue(ContradictionAttribute.Agenda, "border", Negated: d % 8 == 1)] : Array.Empty<ClaimValue>(),
                    .. d % 5 == 2 ? [new ClaimValue(ContradictionAttribute.Date, DateRange.Iso(date))] : Array.Empty<ClaimValue>(),
                    .. d % 6 == 0 ? [new ClaimValue(ContradictionAttribute.Killed, ClaimValue.OfCount(QuantityKind.Killed, d % 12 == 0 ? 2 : 3))] : Array.Empty<ClaimValue>(),
                ],
            };
            store.Save(new DocumentExtraction
            {
                Document = new Document { Id = doc, Text = new string('x', 80), Source = doc, Format = "txt" },
                Events = [Telling("e1", 40), Telling("e2", 10)],
                Claims = [About("e1", 40, 1), About("e2", 10, 2)],
            });
        }

        ParleyRecord Merged(int writeMentions)
        {
            using (var session = store.BeginMerge())
            {
                new WindowedCrossDocumentPass(pack) { WriteMentions = writeMentions }.Run(session);
                session.Commit();
            }

            return AssertStoredAsOnePass(store, pack);
        }

        // In parts of five on a store holding no event yet, in one piece over it, and in parts again over that.
        var inParts = Merged(5);
        Assert.InRange(inParts.Events.Max(e => e.Mentions.Count), 100, 120);
        Assert.Equal(
            [ContradictionAttribute.Occurred, ContradictionAttribute.Agenda, ContradictionAttribute.Killed, ContradictionAttribute.Date],
            inParts.Contradictions.Select(x => x.Attribute).Distinct().Order());
        var whole = Merged(10_000);
        Assert.Equal(inParts.Events.Select(Describe), whole.Events.Select(Describe));
        Assert.Equal(inParts.Contradictions.Select(Describe), whole.Contradictions.Select(Describe));
        Assert.Equal(whole.Contradictions.Select(Describe), Merged(5).Contradictions.Select(Describe));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void The_incremental_pass_after_documents_are_added_replaced_and_deleted_stores_what_one_pass_over_everything_finds(int seed)
    {
        using var store = SqliteParleyStore.Open(_cli.PathOf($"random-{seed}.db"));
        var pack = DomainPack.Load(PackPath);
        var random = new Random(seed);
        var version = 0;
        var stored = new List<string>();
        var blame = pack.Words("blame_words") is [var word, ..] ? word : "blamed";

        // Mentions crowded on few days, months and years, with broad ranges, undated ones and shared id stems, so
        // chains join and split, ids are numbered "-2", and claims blame, deny and answer one another.
        DocumentExtraction Document(string id)
        {
            version++;
            var mentions = new List<EventMention>();
            var claims = new List<Claim>();
            var count = random.Next(2, 7);
            for (var i = 0; i < count; i++)
            {
                var day = new NodaTime.LocalDate(2022, 5, 25).PlusDays(random.Next(0, 50));
                DateRange? date = random.Next(12) switch
                {
                    0 or 1 => null,
                    2 => new DateRange(day, day.PlusDays(random.Next(2, 6)), DatePrecision.Days),
                    3 => new DateRange(day.With(NodaTime.DateAdjusters.StartOfMonth), day.With(NodaTime.DateAdjusters.EndOfMonth), DatePrecision.Month),
                    4 => DateRange.Year(2022),
                    5 => new DateRange(new NodaTime.LocalDate(2022, 6, 5), new NodaTime.LocalDate(2022, 12, 31), DatePrecision.Year),
                    _ => DateRange.Day(day.Year, day.Month, day.Day),
                };
                var key = "e" + i;
                var type = random.Next(3) switch { 0 => EventType.Meeting, 1 => EventType.ArmedClash, _ => EventType.Blockade };
                mentions.Add(new EventMention
                {
                    Key = key, DocumentId = id, Type = type, Date = date,
                    Actors = random.Next(4) == 0 ? [] : [random.Next(2) == 0 ? "armenia" : "azerbaijan"],
                    Place = random.Next(3) == 0 ? "khojaly" : null,
                    Quantities = random.Next(4) == 0 ? [new Quantity(QuantityKind.Killed, random.Next(1, 4))] : [],
                    Span = new CharSpan(i * 10, i * 10 + 5), Quote = "q", Trigger = "met",
                });
                var denies = random.Next(3) == 0;
                claims.Add(new Claim
                {
                    Id = $"{id}#v{version}c{i}", DocumentId = id, EventKey = random.Next(5) == 0 ? null : key, Span = new CharSpan(i * 10, i * 10 + 5),
                    Quote = random.Next(3) == 0 ? $"they {blame} the other side" : "they said so",
                    Speaker = random.Next(2) == 0 ? "armenia" : "azerbaijan",
                    Stance = denies ? ClaimStance.Denies : ClaimStance.Asserts,
                    Answers = denies && i > 0 && random.Next(2) == 0 ? claims[random.Next(i)].Id : null,
                    Values = random.Next(3) == 0 ? [new ClaimValue(ContradictionAttribute.Occurred, "happened", Negated: denies)] : [],
                });
            }

            return new DocumentExtraction
            {
                Document = new Document { Id = id, Text = $"version {version}", Source = id, Format = "txt" },
                Events = mentions,
                Claims = claims,
            };
        }

        for (var d = 0; d < 12; d++)
        {
            stored.Add($"d{random.Next(100):D2}x{d}");
            store.Save(Document(stored[^1]));
        }

        RunWindowed(store, pack);
        AssertStoredAsOnePass(store, pack);
        for (var step = 0; step < 8; step++)
        {
            for (var n = random.Next(0, 4); n > 0; n--)
            {
                stored.Add($"d{random.Next(100):D2}y{step}{n}");
                store.Save(Document(stored[^1]));
            }

            for (var n = random.Next(0, 3); n > 0; n--)
            {
                var id = stored[random.Next(stored.Count)];
                Assert.Equal(SaveOutcome.Replaced, store.Save(Document(id)));
            }

            if (stored.Count > 6 && random.Next(2) == 0)
            {
                var id = stored[random.Next(stored.Count)];
                Assert.True(store.DeleteDocument(id));
                stored.Remove(id);
            }

            using (var session = store.BeginMerge())
            {
                var pass = new IncrementalCrossDocumentPass(pack) { DocumentPage = 3 };
                Assert.NotNull(pass.Run(session));
                session.Commit();
            }

            AssertStoredAsOnePass(store, pack);
        }
    }

    /// <summary>The windowed pass over <paramref name="store"/> with the smallest windows, pages and writes, committed.</summary>
    private static void RunWindowed(SqliteParleyStore store, DomainPack pack)
    {
        using var session = store.BeginMerge();
        var pass = new WindowedCrossDocumentPass(pack) { FirstWindowDays = 1, WindowMentions = 2, DocumentPage = 3, WriteMentions = 2 };
        pass.Run(session);
        session.Commit();
        Assert.InRange(pass.LargestWindow, 1, int.MaxValue);
        // A window carries the mentions of groups still open instead of reading them again: each dated mention is read once.
        Assert.Equal(store.ReadMergeInputs().Mentions.Count(m => m.Date is not null), pass.MentionsRead);
        Assert.InRange(pass.Windows, 1, int.MaxValue);
    }

    /// <summary>Asserts the store holds what the full pass finds over its mentions and claims; returns the stored record.</summary>
    private static ParleyRecord AssertStoredAsOnePass(SqliteParleyStore store, DomainPack pack)
    {
        var (mentions, claims) = store.ReadMergeInputs();
        var full = new CrossDocumentPass(pack).Run(mentions, claims);
        var record = store.ReadRecord(RecordFilter.All);
        Assert.NotEmpty(full.Events);
        Assert.Equal(full.Events.Select(Describe).Order(StringComparer.Ordinal), record.Events.Select(Describe).Order(StringComparer.Ordinal));
        Assert.Equal(full.Contradictions.Select(Describe).Order(StringComparer.Ordinal), record.Contradictions.Select(Describe).Order(StringComparer.Ordinal));
        Assert.Equal(full.ClaimEventIds.Select(kv => $"{kv.Key}={kv.Value}").Order(StringComparer.Ordinal),
            record.Claims.Where(c => c.EventId is not null).Select(c => $"{c.Id}={c.EventId}").Order(StringComparer.Ordinal));
        return record;
    }

    /// <summary>Compares the pass with the merger and contradiction finder run once over everything.</summary>
    private static MergeResult AssertSameAsOnePass(DomainPack pack, IReadOnlyList<EventMention> mentions, IReadOnlyList<Claim> claims)
    {
        var (events, eventOf) = new EventMerger(place => pack.Find(place)?.In).Merge(mentions);
        var linked = claims.Select(c => (c, c.EventKey is not null && eventOf.TryGetValue((c.DocumentId, c.EventKey), out var id) ? id : null)).ToList();
        var contradictions = new ContradictionFinder(pack.Words("blame_words")).Find(events, linked);

        var result = new CrossDocumentPass(pack).Run(mentions, claims);
        Assert.Equal(events.Select(Describe), result.Events.Select(Describe));
        Assert.Equal(contradictions.Select(Describe), result.Contradictions.Select(Describe));
        Assert.Equal(
            linked.Where(l => l.Item2 is not null).Select(l => $"{l.c.Id}={l.Item2}").Order(StringComparer.Ordinal),
            result.ClaimEventIds.Select(kv => $"{kv.Key}={kv.Value}").Order(StringComparer.Ordinal));
        return result;
    }

    private static string Describe(Event e) =>
        $"{e.Id}|{e.Type}|{e.Status}|{e.Date}|{e.Place}|{string.Join(",", e.Actors)}|{string.Join(",", e.Targets)}|{string.Join(",", e.Mediators)}|" +
        $"{string.Join(",", e.Topics)}|{string.Join(",", e.Quantities)}|{string.Join(",", e.Mentions.Select(m => m.DocumentId + "#" + m.Key))}";

    private static string Describe(Contradiction x) =>
        $"{x.Id}|{x.EventId}|{x.Attribute}|{string.Join(",", x.ClaimIds)}|{string.Join(",", x.Values)}";

    private string Export(string db, string name)
    {
        var path = _cli.PathOf(name);
        var (exit, output) = _cli.Run("export", "--format", "parley", "--out", path, "--db", db);
        Assert.True(exit == 0, output);
        return File.ReadAllText(path);
    }
}
