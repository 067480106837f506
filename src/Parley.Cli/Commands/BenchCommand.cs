using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Parley.Cli.Bench;
using Parley.Cli.Ingest;
using Parley.Cli.Sources;
using Parley.Export.Views;
using Parley.Ingest;
using Parley.Model;
using Parley.Storage;
using Parley.Time;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley bench ingest --docs N [--source DIR]</c>, <c>parley bench query --events N</c> and <c>parley bench corpus
/// --out DIR --mb N</c> (a scale corpus written to a folder, for a long ingest run): throughput and
/// latency on a store built for the run (a fresh SQLite file in the temp folder unless --db names one).
/// </summary>
internal static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        var docs = new Option<int>("--docs") { Description = "Articles to build and ingest", DefaultValueFactory = _ => 10_000, HelpName = "N" };
        var sourceDir = new Option<string?>("--source") { Description = "Corpus whose sentences are recombined (default: the shipped samples)", HelpName = "DIR" };
        var ingestDb = new Option<string?>("--db") { Description = "An empty store to fill (default: a new SQLite file in the temp folder, deleted after)", HelpName = "FILE|CONNECTION" };
        var pack = CommonOptions.Pack();
        var ingest = new Command("ingest", "Build a scale corpus from a source corpus, ingest it into a fresh store, print MB/s, docs/s and peak RSS") { docs, sourceDir, ingestDb, pack };
        ingest.SetAction(r => RunIngest(context, r.GetValue(docs), r.GetValue(sourceDir), r.GetValue(ingestDb), r.GetValue(pack)));

        var events = new Option<int>("--events") { Description = "Synthetic merged events to store", DefaultValueFactory = _ => 100_000, HelpName = "N" };
        var queries = new Option<int>("--queries") { Description = "Queries of each kind to time", DefaultValueFactory = _ => 200, HelpName = "N" };
        var queryDb = new Option<string?>("--db") { Description = "An empty store to fill (default: a new SQLite file in the temp folder, deleted after)", HelpName = "FILE|CONNECTION" };
        var existing = new Option<bool>("--existing") { Description = "Time the queries on the store --db names, filled by an earlier run with the same --events (no fill)" };
        var load = new Option<bool>("--load") { Description = "Time every query twice: idle, then while a writer on its own connection stores documents and their merged events (adds to the store)" };
        var loadRate = new Option<int>("--load-rate") { Description = "The writer's ceiling in events a second (0: as fast as the store takes them)", DefaultValueFactory = _ => 0, HelpName = "N" };
        var tsv = new Option<string?>("--tsv") { Description = "Also write the figures to this file as tab-separated lines (query, results, p50, p95, max, CPU p50, CPU p95, then the same under load)", HelpName = "FILE" };
        var only = new Option<string?>("--only") { Description = "Time only the queries whose name contains this text", HelpName = "TEXT" };
        var query = new Command("query", "Store N synthetic events and time timeline and event queries (p50, p95), idle and with --load under a concurrent writer") { events, queries, queryDb, existing, load, loadRate, tsv, only };
        query.SetAction(r => RunQuery(context, new QueryRun(r.GetValue(events), r.GetValue(queries), r.GetValue(queryDb), r.GetValue(existing), r.GetValue(load), r.GetValue(loadRate), r.GetValue(tsv), r.GetValue(only))));

        var outDir = new Option<string>("--out") { Description = "Folder to write (new or empty)", Required = true, HelpName = "DIR" };
        var megabytes = new Option<int>("--mb") { Description = "Size of the folder's article files, in MB", DefaultValueFactory = _ => 1024, HelpName = "N" };
        var large = new Option<int>("--large") { Description = "Also write N plain-text articles just under the maximum document size", HelpName = "N" };
        var corpusSource = new Option<string?>("--source") { Description = "Corpus whose sentences are recombined (default: the shipped samples)", HelpName = "DIR" };
        var corpus = new Command("corpus", "Write a scale corpus of a given size to a folder (for a long ingest run, e.g. scripts/ingest-memory.sh)") { outDir, megabytes, large, corpusSource };
        corpus.SetAction(r => RunCorpus(context, r.GetValue(outDir)!, r.GetValue(megabytes), r.GetValue(large), r.GetValue(corpusSource)));

        return new Command("bench", "Measure ingest throughput and query latency") { ingest, query, corpus };
    }

    private static int RunIngest(CliContext context, int docs, string? sourceOption, string? dbOption, string? packOption)
    {
        if (docs <= 0)
        {
            context.Error("--docs must be at least 1");
            return ExitCodes.Usage;
        }

        var sentences = Sentences(context, sourceOption);
        if (sentences is null)
        {
            return ExitCodes.Usage;
        }

        var pack = CommonOptions.LoadPack(context, packOption);
        if (pack is null)
        {
            return ExitCodes.Usage;
        }

        using var scratch = new ScratchFolder();
        var corpus = Directory.CreateDirectory(Path.Combine(scratch.Path, "corpus")).FullName;
        var textBytes = ScaleCorpus.Write(corpus, docs, sentences);
        context.Line("Corpus:", $"{docs} articles, {textBytes / 1e6:0.0} MB of text from {sentences.Count} sentences");

        using var store = OpenFresh(context, dbOption, scratch);
        if (store is null)
        {
            return ExitCodes.Usage;
        }

        using var lookup = IngestCommand.OpenLookup(dbOption ?? Path.Combine(scratch.Path, "bench.db"));
        var runner = new IngestRunner(context, DocumentSources.Create(pack), pack, store) { Lookup = lookup };
        var summary = runner.Run([corpus], IngestDisplay.Silent);
        var seconds = summary.Elapsed.TotalSeconds;
        var table = new Table().RoundedBorder().AddColumn("measure").AddColumn(new TableColumn("value").RightAligned());
        table.AddRow("documents stored", N(summary.New));
        table.AddRow("failures", N(summary.Failures.Count));
        table.AddRow("article text (MB)", (textBytes / 1e6).ToString("0.00", CultureInfo.InvariantCulture));
        table.AddRow("time (s)", seconds.ToString("0.00", CultureInfo.InvariantCulture));
        table.AddRow("MB/s (article text)", (textBytes / 1e6 / seconds).ToString("0.00", CultureInfo.InvariantCulture));
        table.AddRow("docs/s", (summary.New / seconds).ToString("0", CultureInfo.InvariantCulture));
        table.AddRow("of which cross-document pass (s)", summary.MergeElapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture));
        table.AddRow("merged events", N(summary.Events));
        table.AddRow("process CPU time (s)", Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture));
        // Per stage, summed over its threads: what to speed up, whatever else the machine was doing.
        var clock = StageTimes.IsCpuTime ? "CPU" : "wall";
        var times = runner.Times;
        foreach (var (stage, spent) in new[] { ("read + metadata", times.Read), ("stored-hash check", times.Check), ("extraction", times.Extract), ("store writes", times.Write), ("cross-document pass", times.Merge),
            ("  of which reading inputs", times.MergeRead), ("  of which storing results", times.MergeWrite) })
        {
            table.AddRow($"  {stage} ({clock} s)", spent.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture));
        }

        // The full pass by part (process CPU: the extraction and write threads are done by then).
        foreach (var (part, spent) in runner.MergeProfile?.Parts.OrderBy(p => p.Key, StringComparer.Ordinal) ?? Enumerable.Empty<KeyValuePair<string, TimeSpan>>())
        {
            table.AddRow($"    pass part: {part} (CPU s)", spent.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture));
        }

        table.AddRow("  JIT compilation (s)", System.Runtime.JitInfo.GetCompilationTime().TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " / " + System.Runtime.JitInfo.GetCompiledMethodCount().ToString(CultureInfo.InvariantCulture));
        table.AddRow("  GC pauses (s)", GC.GetTotalPauseDuration().TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture));
        table.AddRow("peak RSS (MB)", (Process.GetCurrentProcess().PeakWorkingSet64 / 1e6).ToString("0", CultureInfo.InvariantCulture));
        table.AddRow("  of which before the cross-document pass (MB)", (runner.PeakBytesBeforeMerge / 1e6).ToString("0", CultureInfo.InvariantCulture));
        table.AddRow("  largest cross-document window (event mentions)", runner.LargestMergeWindow.ToString(CultureInfo.InvariantCulture));
        context.Console.Write(table);
        context.Line("Store:", store.Location);
        return summary.Failures.Count == 0 ? ExitCodes.Ok : ExitCodes.Failures;
    }

    private static int RunCorpus(CliContext context, string outDir, int megabytes, int large, string? sourceOption)
    {
        if (megabytes <= 0 || large < 0)
        {
            context.Error("--mb must be at least 1 and --large at least 0");
            return ExitCodes.Usage;
        }

        if (Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any())
        {
            context.Error($"{outDir}: the folder is not empty; give a new or empty folder to --out");
            return ExitCodes.Usage;
        }

        var sentences = Sentences(context, sourceOption);
        if (sentences is null)
        {
            return ExitCodes.Usage;
        }

        var folder = Directory.CreateDirectory(outDir).FullName;
        var (documents, textBytes) = ScaleCorpus.WriteBytes(folder, megabytes * 1_000_000L, sentences);
        // Just under the limit, so they are read (a byte over and they are refused unread, which tests nothing here).
        var largeBytes = ReaderLimits.DefaultMaxDocumentBytes - 64 * 1024;
        for (var i = 0; i < large; i++)
        {
            ScaleCorpus.WriteLarge(Path.Combine(folder, $"scale-large-{i:000}.txt"), largeBytes, sentences, seed: 1000 + i);
        }

        var onDisk = Directory.EnumerateFiles(folder).Sum(f => new FileInfo(f).Length);
        context.Line("Corpus:", $"{documents + large} articles ({large} of {largeBytes / 1e6:0.0} MB), {onDisk / 1e6:0.0} MB in {folder}; {textBytes / 1e6:0.0} MB of JSONL article text");
        return ExitCodes.Ok;
    }

    private static IReadOnlyList<string>? Sentences(CliContext context, string? sourceOption)
    {
        var sourceDir = sourceOption ?? DemoCommand.FindSamples();
        if (sourceDir is null || !Directory.Exists(sourceDir))
        {
            context.Error($"{sourceOption ?? "data/samples"}: no such folder; pass --source DIR with .txt or .md articles");
            return null;
        }

        var sentences = ScaleCorpus.Sentences(sourceDir);
        if (sentences.Count == 0)
        {
            context.Error($"{sourceDir}: no sentences found in .txt or .md files");
            return null;
        }

        return sentences;
    }

    /// <summary>What <c>bench query</c> was asked for.</summary>
    private sealed record QueryRun(int Events, int Queries, string? Db, bool Existing, bool Load, int LoadRate, string? Tsv, string? Only);

    private static int RunQuery(CliContext context, QueryRun options)
    {
        var (events, queries, dbOption, existing) = (options.Events, options.Queries, options.Db, options.Existing);
        if (events <= 0 || queries <= 0 || options.LoadRate < 0)
        {
            context.Error("--events and --queries must be at least 1, --load-rate at least 0");
            return ExitCodes.Usage;
        }

        if (existing && dbOption is null)
        {
            context.Error("--existing: give the filled store with --db");
            return ExitCodes.Usage;
        }

        using var scratch = new ScratchFolder();
        var fill = Stopwatch.StartNew();
        if (!existing)
        {
            using var filling = OpenFresh(context, dbOption, scratch);
            if (filling is null)
            {
                return ExitCodes.Usage;
            }

            SyntheticEvents.Fill(filling, events);
            context.Line("Stored", $"{events} synthetic events in {fill.Elapsed.TotalSeconds:0.0} s in {filling.Location}");
        }

        // Queried as a later command queries it: closed after the fill (SQLite gathers the planner's statistics
        // then, with PRAGMA optimize) and opened again.
        using var store = CommonOptions.OpenStore(context, dbOption ?? Path.Combine(scratch.Path, "bench.db"), createIfMissing: false);
        if (store is null)
        {
            return ExitCodes.Usage;
        }

        var random = new Random(5);
        DateRange Month()
        {
            var day = SyntheticEvents.Start.AddDays(random.Next(SyntheticEvents.Days));
            return DateRange.Month(day.Year, day.Month);
        }

        string Actor() => "actor-" + random.Next(SyntheticEvents.Actors);
        string Topic() => "topic-" + random.Next(SyntheticEvents.Topics);
        string Place() => "place-" + random.Next(SyntheticEvents.Places);
        EventType Type() => SyntheticEvents.Types[random.Next(SyntheticEvents.Types.Length)];
        // A status other than the common 'occurred': what a reader filters for.
        EventStatus Status() => (EventStatus)(1 + random.Next(Enum.GetValues<EventStatus>().Length - 1));
        // --from DAY or --to DAY as the CLI and the workbench turn them into a period (open at the other end); a
        // --from day is also how a reader pages on through the timeline.
        RecordFilter Since(RecordFilter filter) => WithPeriod(filter, from: Day());
        RecordFilter Until(RecordFilter filter) => WithPeriod(filter, to: Day());
        string Day() => SyntheticEvents.Start.AddDays(random.Next(SyntheticEvents.Days)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // A timeline page is 100 events, as a screen or a web page shows them.
        const int Page = 100;
        string Outlet() => "outlet-" + random.Next(SyntheticEvents.Outlets);
        // The workbench's pages of an actor or topic show 200 events.
        const int EntityPage = 200;
        (string, Func<int>, bool) Run(string name, Func<int> run, bool isPage) => (name, run, isPage);
        // Twelve months' event ids, read before the clock runs, for cursors inside a month.
        // Their own random sequence, so the other kinds draw the values earlier runs drew.
        var monthRandom = new Random(7);
        var monthIds = Enumerable.Range(0, 12).Select(_ => SyntheticEvents.Start.AddDays(monthRandom.Next(SyntheticEvents.Days))).Select(day => DateRange.Month(day.Year, day.Month))
            .Select(month => (Month: month, Ids: store.ReadEvents(new RecordFilter { Period = month }).Select(e => e.Id).DefaultIfEmpty("").ToList())).ToList();
        (DateRange, List<string>) MonthIds() => monthIds[monthRandom.Next(monthIds.Count)];

        (string, Func<int>, bool) Events(string name, Func<RecordFilter> filter, int limit) => (name, () => store.ReadEvents(filter(), limit).Count, limit != int.MaxValue);
        // A whole month as the surfaces read it: page after page, each after the last event of the one before.
        (string, Func<int>, bool) Paged(string name, Func<RecordFilter> filter, int size) => (name, () =>
        {
            var chosen = filter();
            var count = 0;
            string? after = null;
            while (store.ReadEvents(chosen, size, after) is { Count: > 0 } page)
            {
                count += page.Count;
                after = page[^1].Id;
                if (page.Count < size)
                {
                    break;
                }
            }

            return count;
        }, false);
        // Full-text search as the workbench's search page asks it: every word quoted, the newest 1,000 matches ranked, 50 shown.
        (string, Func<int>, bool) Search(string name, Func<string> word) => (name, () => store.SearchNewestDocuments("\"" + word() + "\"", 1000, 50)?.Hits.Count ?? -1, true);
        var kinds = new (string Name, Func<int> Run, bool Page)[]
        {
            Events("timeline page (all)", () => RecordFilter.All, Page),
            Events("type, page", () => new RecordFilter { Type = Type() }, Page),
            Events("from a day (--from; next page), page", () => Since(RecordFilter.All), Page),
            Events("up to a day (--to), page", () => Until(RecordFilter.All), Page),
            // A month's first page, as the workbench's API pages (a cursor, no total), and the whole month, as
            // 'parley timeline --from M --to M' reads it: ~8,300 events a month at 1,000,000.
            Events("period: one month, page", () => new RecordFilter { Period = Month() }, Page),
            Events("period: one month (all of it, one read)", () => new RecordFilter { Period = Month() }, int.MaxValue),
            Paged("period: one month (all of it, pages of 500)", () => new RecordFilter { Period = Month() }, 500),
            Events("type + period (all of it)", () => new RecordFilter { Type = Type(), Period = Month() }, int.MaxValue),
            Events("actor, page", () => new RecordFilter { Actor = Actor() }, Page),
            Events("topic, page", () => new RecordFilter { Topic = Topic() }, Page),
            Events("place, page", () => new RecordFilter { Place = Place() }, Page),
            Events("status (not occurred), page", () => new RecordFilter { Status = Status() }, Page),
            Events("actor + period (all of it)", () => new RecordFilter { Actor = Actor(), Period = Month() }, int.MaxValue),
            Events("place + period (all of it)", () => new RecordFilter { Place = Place(), Period = Month() }, int.MaxValue),
            Events("topic + from a day, page", () => Since(new RecordFilter { Topic = Topic() }), Page),
            Events("actor + topic + type, page", () => new RecordFilter { Actor = Actor(), Topic = Topic(), Type = Type() }, Page),
            Events("actor + type, page", () => new RecordFilter { Actor = Actor(), Type = Type() }, Page),
            Events("topic + type, page", () => new RecordFilter { Topic = Topic(), Type = Type() }, Page),
            Events("actor + topic, page", () => new RecordFilter { Actor = Actor(), Topic = Topic() }, Page),
            Events("actor + period, page", () => new RecordFilter { Actor = Actor(), Period = Month() }, Page),
            Events("topic + period, page", () => new RecordFilter { Topic = Topic(), Period = Month() }, Page),
            Events("outlet, page", () => new RecordFilter { Outlet = Outlet() }, Page),
            Events("outlet + period, page", () => new RecordFilter { Outlet = Outlet(), Period = Month() }, Page),
            Events("disputed, page", () => new RecordFilter { DisputedOnly = true }, Page),
            Events("disputed + actor + period, page", () => new RecordFilter { DisputedOnly = true, Actor = Actor(), Period = Month() }, Page),
            Events("type + status + from a day, page", () => Since(new RecordFilter { Type = Type(), Status = Status() }), Page),
            Search("full text: one document", () => random.Next(events / SyntheticEvents.MentionsPerDocument).ToString(CultureInfo.InvariantCulture)),
            Search("full text: a subject (1 document in 1,000)", () => "subject" + random.Next(SyntheticEvents.Subjects)),
            Search("full text: every document", () => "synthetic"),
            // A month read on from inside it, as the next page of 'parley timeline --from M --to M' or the workbench's
            // cursor reads it: the cursor is an event of the month, anywhere in it.
            Run("period: one month, a later page (--after)", () =>
            {
                var (month, ids) = MonthIds();
                return store.ReadEvents(new RecordFilter { Period = month }, Page, ids[random.Next(ids.Count)])?.Count ?? 0;
            }, true),
            // An entity's page as the workbench's actor page reads it: its first page of events and, when there are
            // more, how many; its counts of events, claims, positions and mentions; its claims and positions.
            Run("an actor's page (events page, count, counts, claims, positions)", () =>
            {
                var actor = Actor();
                var filter = new RecordFilter { Actor = actor };
                var page = store.ReadEvents(filter, EntityPage + 1);
                var count = page.Count <= EntityPage ? page.Count : store.CountEvents(filter);
                _ = store.ReadActorCounts([actor]);
                _ = store.ReadClaims(new ClaimFilter { Speaker = actor }, EntityPage, null);
                _ = store.ReadPositions(new PositionFilter { Actor = actor }, 1000, null);
                return count;
            }, true),
            Run("a topic's page (events page, count, positions, a claim)", () =>
            {
                var topic = Topic();
                var filter = new RecordFilter { Topic = topic };
                _ = store.ReadPositions(new PositionFilter { Topic = topic }, 2001, null);
                _ = store.ReadClaims(new ClaimFilter { Topic = topic }, 1, null);
                var page = store.ReadEvents(filter, EntityPage + 1);
                return page.Count <= EntityPage ? page.Count : store.CountEvents(filter);
            }, true),
            // One event as 'parley event ID' and the workbench's event page read it: the event, its claims, its
            // contradictions and its documents.
            Run("an event (its accounts, claims, contradictions, documents)", () =>
            {
                var id = $"ev-{random.Next(events / SyntheticEvents.MentionsPerDocument):0000000}-{random.Next(SyntheticEvents.MentionsPerDocument)}";
                if (store.ReadEventsById([id]) is not [var e])
                {
                    return 0;
                }

                _ = store.ReadClaims(new ClaimFilter { EventId = id }, 1000, null);
                _ = store.ReadContradictions([id]);
                return store.ReadDocumentsById([.. e.Mentions.Select(m => m.DocumentId)]).Count;
            }, true),
            // The read commands as they read the store ('parley event', 'actor', 'sources', 'contradictions', 'brief'):
            // each reads what it prints, so these are the commands' costs less the process start. Results: rows read.
            Run("parley event ID", () =>
            {
                var id = $"ev-{random.Next(events / SyntheticEvents.MentionsPerDocument):0000000}-{random.Next(SyntheticEvents.MentionsPerDocument)}";
                return SliceReads.ReadEventDetail(store, id, out _)?.Accounts.Count ?? 0;
            }, true),
            Run("parley event ID (unknown id: the suggestion)", () => SliceReads.ReadEventDetail(store, $"ev-{random.Next(events / SyntheticEvents.MentionsPerDocument):0000000}-x", out var near) is null && near is not null ? 1 : 0, true),
            // The synthetic store names no entity: the actor's profile is read for an entity given by id.
            Run("parley actor NAME (first 200 events, counts by type)", () =>
            {
                var actor = Actor();
                return SliceReads.ReadActorProfile(store, new Entity { Id = actor, Name = actor, Kind = EntityKind.Person }, [], 200).Events.Count;
            }, true),
            Run("parley sources", () => SliceReads.ReadSources(store, RecordFilter.All, 5).Count, false),
            Run("parley sources --from M --to M (a month)", () => SliceReads.ReadSources(store, new RecordFilter { Period = Month() }, 5).Count, false),
            Run("parley contradictions (first page)", () => SliceReads.ReadContradictions(store, RecordFilter.All, 100, null).Contradictions.Count, true),
            Run("parley contradictions --from M --to M (a month, first page)", () => SliceReads.ReadContradictions(store, new RecordFilter { Period = Month() }, 100, null).Contradictions.Count, true),
            Run("parley brief --from M --to M (a month)", () =>
            {
                var period = Month();
                var builder = new Parley.Export.Brief.BriefBuilder();
                if (SliceReads.ReadBrief(store, new RecordFilter { Period = period }, builder.MaxEvents) is not { } slice)
                {
                    return 0;
                }

                using var text = new StringWriter();
                new Parley.Export.Brief.MarkdownBriefRenderer().Render(builder.Build(slice.View, period, null, slice.Contradictions), text);
                return slice.View.Record.Events.Count;
            }, false),
        };
        // 'parley export --format F --from M --to M' as it writes: the month's slice read a page at a time and written
        // to nowhere. Results: events written.
        kinds = [.. kinds, .. Parley.Export.ExporterRegistry.CreateDefault().Exporters.Select(exporter => Run($"parley export --format {exporter.Name} --from M --to M (a month)", () =>
        {
            var record = StreamedRecord.Open(store, new RecordFilter { Period = Month() });
            exporter.Write(record, Stream.Null);
            return StreamedRecord.Enumerated(record.Events);
        }, false))];

        if (options.Only is { } part)
        {
            kinds = [.. kinds.Where(k => k.Name.Contains(part, StringComparison.OrdinalIgnoreCase))];
        }

        // The 20 ms target is for a page; the whole-month reads are shown on their own rows, outside the summary.
        var idle = Time(kinds, queries);
        Timings? loaded = null;
        LoadWriter? writer = null;
        if (options.Load)
        {
            using var writing = CommonOptions.OpenStore(context, dbOption ?? Path.Combine(scratch.Path, "bench.db"), createIfMissing: false);
            if (writing is null)
            {
                return ExitCodes.Usage;
            }

            writer = new LoadWriter(writing, events / SyntheticEvents.MentionsPerDocument + 1, options.LoadRate);
            writer.Start();
            try
            {
                loaded = Time(kinds, queries);
            }
            finally
            {
                writer.Stop();
                writer.Dispose();
            }
        }

        var table = new Table().RoundedBorder().AddColumn("query").AddColumn(new TableColumn("results (mean)").RightAligned());
        foreach (var pass in loaded is null ? [""] : new[] { "", "load " })
        {
            foreach (var column in new[] { "p50 ms", "p95 ms", "max ms", "CPU p50", "CPU p95" })
            {
                table.AddColumn(new TableColumn(pass + column).RightAligned());
            }
        }

        string[] Cells(List<double> times, List<double>? cpu) => times.Count == 0 ? ["", "", "", "", ""]
            : [Ms(Percentile(times, 0.50)), Ms(Percentile(times, 0.95)), Ms(times.Max()), cpu is null ? "" : Ms(Percentile(cpu, 0.50)), cpu is null ? "" : Ms(Percentile(cpu, 0.95))];
        var rows = new List<string[]>();
        for (var k = 0; k < kinds.Length; k++)
        {
            var (name, _, _) = kinds[k];
            var found = idle.Found[k] is { } f ? (f / (double)queries).ToString("0", CultureInfo.InvariantCulture) : "no full-text index";
            rows.Add([name, found, .. Cells(idle.Times[k], idle.Cpu[k]), .. loaded is null ? Array.Empty<string>() : Cells(loaded.Times[k], loaded.Cpu[k])]);
        }

        rows.Add(["all pages", "", .. Cells(idle.Pages, null), .. loaded is null ? Array.Empty<string>() : Cells(loaded.Pages, null)]);
        foreach (var row in rows)
        {
            table.AddRow([.. row.Select(Markup.Escape)]);
        }

        context.Console.Write(table);
        if (options.Tsv is { } tsvFile)
        {
            File.WriteAllLines(tsvFile, rows.Select(r => string.Join('\t', r)));
        }

        if (writer is not null)
        {
            context.Line("Load:", $"the writer stored {writer.Batches * LoadWriter.BatchDocuments} documents in {writer.Batches} transactions of {LoadWriter.BatchDocuments} and {writer.Events} merged events in {writer.Merges} merges in {writer.Seconds:0.0} s: {writer.Batches * LoadWriter.BatchDocuments * SyntheticEvents.MentionsPerDocument / Math.Max(writer.Seconds, 0.001):0} event accounts/s");
        }

        return ExitCodes.Ok;
    }

    /// <summary>
    /// Each kind's wall times and the reading thread's CPU times in ms and its results summed (null: the store has no
    /// full-text index), and every page kind's wall times together.
    /// </summary>
    private sealed record Timings(List<double>[] Times, List<double>[] Cpu, long?[] Found, List<double> Pages);

    /// <summary>
    /// Runs each kind once to warm it, then <paramref name="queries"/> times on the clock, the wall's and the thread's
    /// CPU (on a shared machine the wall time of a query counts the time other processes had the cores; the CPU time
    /// does not, and holds SQLite's work, which runs on this thread, but not a PostgreSQL server's).
    /// </summary>
    private static Timings Time((string Name, Func<int> Run, bool Page)[] kinds, int queries)
    {
        var times = new List<double>[kinds.Length];
        var cpu = new List<double>[kinds.Length];
        var found = new long?[kinds.Length];
        var pages = new List<double>();
        for (var k = 0; k < kinds.Length; k++)
        {
            var (_, run, isPage) = kinds[k];
            times[k] = new List<double>(queries);
            cpu[k] = new List<double>(queries);
            if (run() < 0)
            {
                continue;
            }

            run(); // warm the statement and the cache
            long sum = 0;
            for (var q = 0; q < queries; q++)
            {
                var thread = StageTimes.Now();
                var clock = Stopwatch.StartNew();
                sum += run();
                times[k].Add(clock.Elapsed.TotalMilliseconds);
                cpu[k].Add((StageTimes.Now() - thread) / 1e6);
            }

            found[k] = sum;
            if (isPage)
            {
                pages.AddRange(times[k]);
            }
        }

        return new Timings(times, cpu, found, pages);
    }

    /// <summary><paramref name="filter"/> with the period <c>--from</c> or <c>--to</c> give, parsed as the CLI parses them.</summary>
    private static RecordFilter WithPeriod(RecordFilter filter, string? from = null, string? to = null)
    {
        var problem = RecordQuery.TryParse(new FilterInput(from, to), out var parsed);
        return problem is null ? filter with { Period = parsed.Period } : throw new InvalidOperationException(problem.Message);
    }

    private static IParleyStore? OpenFresh(CliContext context, string? dbOption, ScratchFolder scratch)
    {
        var store = CommonOptions.OpenStore(context, dbOption ?? Path.Combine(scratch.Path, "bench.db"), createIfMissing: true);
        if (store is not null && store.GetStats().Documents > 0)
        {
            context.Error($"{store.Location}: the benchmark needs an empty store");
            store.Dispose();
            return null;
        }

        return store;
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    private static string Ms(double ms) => ms.ToString("0.00", CultureInfo.InvariantCulture);

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>A temp folder for the corpus and the default store, deleted afterwards.</summary>
    private sealed class ScratchFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "parley-bench-" + Guid.NewGuid().ToString("N")[..8])).FullName;

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
