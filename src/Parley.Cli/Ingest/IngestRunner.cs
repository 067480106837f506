using System.Diagnostics;
using System.Threading.Channels;
using Parley.Cli.Sources;
using Parley.Extraction;
using Parley.Extraction.Merge;
using Parley.Model;
using Parley.Packs;
using Parley.Storage;
using Spectre.Console;

namespace Parley.Cli.Ingest;

/// <summary>How an ingest run reports as it goes.</summary>
internal enum IngestDisplay
{
    /// <summary>A live progress bar (files, MB, MB/s); failures listed after it.</summary>
    Progress,
    /// <summary>No progress; failure lines printed as they happen.</summary>
    Lines,
    /// <summary>Nothing printed while running (JSON output or --quiet, which still prints failures).</summary>
    Silent,
}

/// <summary>
/// Ingests as a stream in three stages joined by bounded channels, so memory does not grow with the corpus:
/// one reader (files → documents, skipping those stored unchanged) → extraction on every core → one writer that
/// stores documents in batched transactions. Then the cross-document pass merges window by window (one stretch of dates of
/// one event type at a time), so it too holds a window of the store, not all of it. A failing
/// input or document is reported and skipped; the rest is still stored.
/// </summary>
internal sealed class IngestRunner(CliContext context, IDocumentSource source, DomainPack pack, IParleyStore store)
{
    /// <summary>Documents waiting between two stages; bounds the memory held in flight.</summary>
    /// <remarks>
    /// 64: with the reader's checks on their own connection the writer is what the queues wait for, so a longer
    /// queue only holds more extractions in memory (256 took peak RSS from 141 to 194 MB on 5,000 documents).
    /// </remarks>
    private const int QueueLength = 64;

    /// <summary>Documents a write transaction holds at most.</summary>
    /// <remarks>
    /// Each commit writes every page it touched to the write-ahead log again, and a document's rows land on pages all
    /// over the store's indexes: 64 documents a transaction wrote 2.9 GB for a 366 MB store (20,000 documents).
    /// </remarks>
    private const int BatchSize = 256;

    /// <summary>Characters of document text a write transaction holds at most (a few large documents make a batch).</summary>
    private const long BatchChars = 16_000_000;

    /// <summary>How long the writer waits for a batch to fill before storing what it has.</summary>
    private static readonly TimeSpan BatchWait = TimeSpan.FromSeconds(1);

    /// <summary>Documents read before their stored hashes are asked for together.</summary>
    private const int CheckChunk = 32;

    /// <summary>
    /// A second connection to the same store for the stored-hash checks, or null to ask the writer's connection.
    /// On the writer's connection the reader waited behind every batch the writer stored, and extraction, fed by
    /// the reader, ran at the writer's pace instead of beside it. A document the check lets through is checked
    /// again in the writer's transaction, so a check that sees the store a batch behind changes nothing stored.
    /// </summary>
    public IParleyStore? Lookup { get; init; }

    /// <summary>Extraction workers (default: one a core).</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Merge everything again instead of what this ingest (and any earlier one not yet merged) changed.</summary>
    public bool FullMerge { get; init; }

    /// <summary>Which cross-document pass ran: "incremental", "full", or "none" (nothing merged).</summary>
    public string MergePass { get; private set; } = "none";

    /// <summary>Dated event mentions the incremental pass merged again (0 for the full pass).</summary>
    public int RemergedMentions { get; private set; }

    /// <summary>Mentions the cross-document pass took from the last pass's grouping instead of merging them again.</summary>
    public int RegroupedMentions { get; private set; }

    /// <summary>The most event mentions one window of the windowed cross-document pass read (0 when it was not used).</summary>
    public int LargestMergeWindow { get; private set; }

    /// <summary>Of the full cross-document pass: windows read, mentions read (again each time a window reads one again) and the CPU seconds of each part.</summary>
    public MergeProfile? MergeProfile { get; private set; }

    /// <summary>The process's peak resident memory when the documents were stored, before the cross-document pass.</summary>
    public long PeakBytesBeforeMerge { get; private set; }

    /// <summary>Where each stage's time goes (the bench prints it).</summary>
    public StageTimes Times { get; } = new();

    public IngestSummary Run(IReadOnlyList<string> paths, IngestDisplay display)
    {
        var clock = Stopwatch.StartNew();
        var plan = source.Plan(paths);
        var state = new RunState(display == IngestDisplay.Lines ? context : null);
        foreach (var failure in plan.Failures)
        {
            state.Fail(failure);
        }

        if (display == IngestDisplay.Progress && plan.Inputs.Count > 0)
        {
            var total = Math.Max(1, plan.Inputs.Sum(i => i.Bytes));
            context.Console.Progress()
                .AutoClear(false)
                .HideCompleted(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new MegabytesColumn(), new MegabytesPerSecondColumn(), new ElapsedTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask(Describe(0, plan.Inputs.Count), maxValue: total);
                    var done = 0;
                    Stream(plan.Inputs, state, input =>
                    {
                        task.Increment(input.Bytes);
                        task.Description = Describe(Interlocked.Increment(ref done), plan.Inputs.Count);
                    });
                    task.Value = total;
                });
        }
        else
        {
            Stream(plan.Inputs, state, _ => { });
        }

        PeakBytesBeforeMerge = Process.GetCurrentProcess().PeakWorkingSet64;
        var merging = Stopwatch.StartNew();
        // After a store-wide failure the merge would fail the same way; the next run merges.
        var events = state.Stopped ? 0 : Merge(state);
        merging.Stop();
        clock.Stop();
        return new IngestSummary
        {
            New = state.New,
            Unchanged = state.Unchanged,
            Replaced = state.Replaced,
            Failures = state.Failures,
            Bytes = plan.Inputs.Sum(i => i.Bytes),
            Elapsed = clock.Elapsed,
            Events = events,
            MergeElapsed = merging.Elapsed,
            MergePass = MergePass,
            MergeCpu = Times.Merge,
            RemergedMentions = RemergedMentions,
            MergeProfile = MergeProfile,
            Database = store.Location,
        };
    }

    private static string Describe(int done, int total) => $"files {done}/{total}";

    /// <summary>Runs the three stages to the end; <paramref name="inputDone"/> is called once an input is fully stored.</summary>
    private void Stream(IReadOnlyList<SourceInput> inputs, RunState state, Action<SourceInput> inputDone)
    {
        // The store has one connection: the reader's hash checks and the writer's batches take turns on it.
        var gate = new Lock();
        var toExtract = Channel.CreateBounded<Pending>(new BoundedChannelOptions(QueueLength) { SingleWriter = true });
        var toStore = Channel.CreateBounded<Extracted>(new BoundedChannelOptions(QueueLength) { SingleReader = true });

        var reader = Task.Run(async () =>
        {
            try
            {
                foreach (var input in inputs)
                {
                    if (state.Stopped)
                    {
                        break;
                    }

                    var tracker = new InputTracker(input, inputDone);
                    foreach (var doc in ReadInput(input, state, gate))
                    {
                        tracker.Add();
                        await toExtract.Writer.WriteAsync(new Pending(doc.Document, doc.Hash, tracker)).ConfigureAwait(false);
                    }

                    tracker.ReadAll();
                }
            }
            finally
            {
                toExtract.Writer.Complete();
            }
        });

        var extractors = Enumerable.Range(0, Math.Max(1, Workers)).Select(_ => Task.Run(async () =>
        {
            // A pipeline each: the stages keep per-run state and are not shared between threads.
            var pipeline = DefaultPipeline.Create(pack);
            await foreach (var pending in toExtract.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                DocumentExtraction extraction;
                var started = StageTimes.Now();
                try
                {
                    extraction = pipeline.Run(pending.Document);
                    Times.AddExtract(started);
                }
                catch (Exception ex)
                {
                    state.Fail(new SourceFailure(pending.Tracker.Input.Path, null, $"extraction failed for document '{pending.Document.Id}': {ex.GetType().Name}: {ex.Message}"));
                    pending.Tracker.Done();
                    continue;
                }

                await toStore.Writer.WriteAsync(new Extracted(extraction, pending.Hash, pending.Tracker)).ConfigureAwait(false);
            }
        })).ToArray();
        var extracted = Task.WhenAll(extractors).ContinueWith(t => toStore.Writer.Complete(t.Exception), TaskScheduler.Default);

        var writer = Task.Run(async () =>
        {
            var batch = new List<Extracted>(BatchSize);
            while (await toStore.Reader.WaitToReadAsync().ConfigureAwait(false))
            {
                await Gather(toStore.Reader, batch).ConfigureAwait(false);

                if (!state.Stopped)
                {
                    lock (gate)
                    {
                        var started = StageTimes.Now();
                        Write(batch, state);
                        Times.AddWrite(started);
                    }
                }

                foreach (var item in batch)
                {
                    item.Tracker.Done();
                }

                batch.Clear();
            }
        });

        Task.WaitAll(reader, extracted, writer);
    }

    /// <summary>
    /// Fills <paramref name="batch"/> from <paramref name="extracted"/> up to a full batch (documents or text), waiting
    /// up to <see cref="BatchWait"/> for more: when the writer keeps up with extraction, taking only what is waiting
    /// made a transaction of a document or two.
    /// </summary>
    private static async Task Gather(ChannelReader<Extracted> extracted, List<Extracted> batch)
    {
        var waited = Stopwatch.StartNew();
        var chars = 0L;
        while (true)
        {
            while (batch.Count < BatchSize && chars < BatchChars && extracted.TryRead(out var item))
            {
                batch.Add(item);
                chars += item.Extraction.Document.Text.Length;
            }

            var left = BatchWait - waited.Elapsed;
            if (batch.Count >= BatchSize || chars >= BatchChars || left <= TimeSpan.Zero)
            {
                return;
            }

            using var timeout = new CancellationTokenSource(left);
            try
            {
                if (!await extracted.WaitToReadAsync(timeout.Token).ConfigureAwait(false))
                {
                    return;
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>The documents of one input that need extracting: new ids, not stored with the same hash.</summary>
    private IEnumerable<(Document Document, string Hash)> ReadInput(SourceInput input, RunState state, Lock gate)
    {
        // One document at a time (a big JSONL file is never held whole); a reader that throws ends only its input.
        // The stored hashes are asked for a few documents at a time, so the reader waits for the store's
        // connection once a chunk rather than once a document behind the writer's batches.
        using var items = source.ReadEach(input).GetEnumerator();
        var chunk = new List<(Document Document, string Hash)>(CheckChunk);
        var more = true;
        while (more && !state.Stopped)
        {
            chunk.Clear();
            while (chunk.Count < CheckChunk && !state.Stopped)
            {
                var started = StageTimes.Now();
                try
                {
                    more = items.MoveNext();
                }
                catch (Exception ex)
                {
                    state.Fail(new SourceFailure(input.Path, null, "cannot be read: " + ex.Message));
                    more = false;
                }

                Times.AddRead(started);
                if (!more)
                {
                    break;
                }

                if (items.Current.Failure is { } failure)
                {
                    state.Fail(failure);
                    continue;
                }

                var doc = items.Current.Document!;
                if (!state.SeenIds.TryAdd(doc.Id, input.Path, out var firstPath))
                {
                    state.Fail(new SourceFailure(input.Path, null, $"duplicate document id '{doc.Id}' (also read from {firstPath}); rename one of the files"));
                    continue;
                }

                // The hash of the document as read, before any stage infers metadata.
                chunk.Add((doc, doc.ContentHash));
            }

            foreach (var item in Unstored(chunk, input, state, gate))
            {
                yield return item;
            }
        }
    }

    /// <summary>Of <paramref name="chunk"/>, the documents not stored with the same hash (the rest are counted unchanged).</summary>
    private List<(Document Document, string Hash)> Unstored(List<(Document Document, string Hash)> chunk, SourceInput input, RunState state, Lock gate)
    {
        var wanted = new List<(Document, string)>(chunk.Count);
        if (chunk.Count == 0)
        {
            return wanted;
        }

        // Only the writer's own connection is shared with the writer; a lookup connection is the reader's alone.
        if (Lookup is { } lookup)
        {
            Check(lookup, chunk, wanted, input, state);
        }
        else
        {
            lock (gate)
            {
                Check(store, chunk, wanted, input, state);
            }
        }

        // After a store-wide failure nothing more is handed on: it could not be stored either.
        return state.Stopped ? [] : wanted;
    }

    /// <summary>Adds to <paramref name="wanted"/> the documents of <paramref name="chunk"/> that <paramref name="hashes"/> does not hold with the same hash.</summary>
    private void Check(IParleyStore hashes, List<(Document Document, string Hash)> chunk, List<(Document, string)> wanted, SourceInput input, RunState state)
    {
        var checking = StageTimes.Now();
        foreach (var (doc, hash) in chunk)
        {
            string? stored;
            try
            {
                stored = hashes.GetContentHash(doc.Id);
            }
            catch (StoreException ex)
            {
                if (ex.StopsAllWrites)
                {
                    state.Stop(new SourceFailure(store.Location, null, ex.Message + StoppedAdvice));
                    break;
                }

                state.Fail(new SourceFailure(input.Path, null, ex.Message));
                continue;
            }

            if (stored == hash)
            {
                state.Count(SaveOutcome.Unchanged);
                continue;
            }

            wanted.Add((doc, hash));
        }

        Times.AddCheck(checking);
    }

    /// <summary>Stores a batch in one transaction; when that fails, one by one, so only the bad document is lost.</summary>
    private void Write(List<Extracted> batch, RunState state)
    {
        try
        {
            var outcomes = store.SaveBatch([.. batch.Select(b => (b.Extraction, b.Hash))]);
            foreach (var outcome in outcomes)
            {
                state.Count(outcome);
            }

            return;
        }
        catch (Exception)
        {
            // Nothing of the batch was stored: store them one by one to find the document at fault.
        }

        foreach (var item in batch)
        {
            try
            {
                state.Count(store.Save(item.Extraction, item.Hash));
            }
            catch (StoreException ex) when (ex.StopsAllWrites)
            {
                // One clear error, not one a document: nothing after this can be stored either.
                state.Stop(new SourceFailure(item.Tracker.Input.Path, null,
                    $"document '{item.Extraction.Document.Id}' was not stored: {ex.Message}{StoppedAdvice}"));
                return;
            }
            catch (Exception ex)
            {
                // Whatever went wrong, the writer goes on: stopping it would stall the stages feeding it.
                state.Fail(new SourceFailure(item.Tracker.Input.Path, null, ex is StoreException or ArgumentException
                    ? ex.Message
                    : $"document '{item.Extraction.Document.Id}' could not be stored: {ex.GetType().Name}: {ex.Message}"));
            }
        }
    }

    private int Merge(RunState state)
    {
        var started = StageTimes.Now();
        try
        {
            // A store that can merge window by window never has every mention and claim in memory at once.
            using (var session = store.BeginMerge())
            {
                if (session is not null)
                {
                    // Only what changed, unless asked for everything or the store was merged by another build or pack.
                    var incremental = new IncrementalCrossDocumentPass(pack);
                    if (!FullMerge && incremental.Run(session) is { } merged)
                    {
                        session.Commit();
                        MergePass = "incremental";
                        LargestMergeWindow = incremental.LargestWindow;
                        RemergedMentions = incremental.MergedMentions;
                        Times.AddMerge(started);
                        return merged;
                    }

                    var windowed = new WindowedCrossDocumentPass(pack);
                    var count = windowed.Run(session);
                    session.Commit();
                    MergePass = "full";
                    LargestMergeWindow = windowed.LargestWindow;
                    MergeProfile = new MergeProfile(windowed.Windows, windowed.MentionsRead, windowed.LargestWindow, windowed.ChainCuts, windowed.MostWaiting, windowed.PartTimes);
                    Times.AddMerge(started);
                    return count;
                }
            }

            // Only what the pass reads: event mentions and claims, not the documents' text, entities or times, and
            // the grouping the last pass stored, so mentions it merged are not compared again. A replaced document
            // may have taken mentions out of that grouping, which the links cannot show (they went with it): then
            // everything is merged afresh.
            var (mentions, claims) = store.ReadMergeInputs();
            var previous = state.Replaced == 0 ? store.ReadEventLinks() : null;
            Times.AddMergeRead(started);
            var result = new CrossDocumentPass(pack).Run(mentions, claims, previous);
            RegroupedMentions = result.RegroupedMentions;
            var writing = StageTimes.Now();
            store.ReplaceMerged(result.Events, result.Contradictions, result.ClaimEventIds);
            MergePass = "full";
            Times.AddMergeWrite(writing);
            Times.AddMerge(started);
            return result.Events.Count;
        }
        catch (Exception ex)
        {
            state.Fail(new SourceFailure(store.Location, null, $"the cross-document pass failed; documents are stored but events are not merged: {ex.Message}"));
            return 0;
        }
    }

    private const string StoppedAdvice =
        " — ingest stopped here; every document stored before it is kept whole, and running the same ingest again stores the rest";

    private sealed record Pending(Document Document, string Hash, InputTracker Tracker);

    private sealed record Extracted(DocumentExtraction Extraction, string Hash, InputTracker Tracker);

    /// <summary>Counts an input's documents in flight; reports the input done when all are stored (or failed).</summary>
    private sealed class InputTracker(SourceInput input, Action<SourceInput> done)
    {
        // One extra count for the reading itself, released by ReadAll.
        private int _pending = 1;

        public SourceInput Input => input;

        public void Add() => Interlocked.Increment(ref _pending);

        public void ReadAll() => Done();

        public void Done()
        {
            if (Interlocked.Decrement(ref _pending) == 0)
            {
                done(input);
            }
        }
    }

    private sealed class RunState(CliContext? printer)
    {
        private readonly Lock _lock = new();
        private readonly List<SourceFailure> _failures = [];
        private int _new;
        private int _unchanged;
        private int _replaced;
        private volatile bool _stopped;

        /// <summary>True once a store-wide failure stopped the run.</summary>
        public bool Stopped => _stopped;

        /// <summary>Records the failure that stops the run (only the first is kept: the rest say the same).</summary>
        public void Stop(SourceFailure failure)
        {
            lock (_lock)
            {
                if (_stopped)
                {
                    return;
                }

                _stopped = true;
            }

            Fail(failure);
        }

        public int New => _new;

        public int Unchanged => _unchanged;

        public int Replaced => _replaced;

        /// <summary>Document ids read so far (only the reader touches it).</summary>
        public SeenDocumentIds SeenIds { get; } = new();

        public IReadOnlyList<SourceFailure> Failures
        {
            get
            {
                lock (_lock)
                {
                    return [.. _failures];
                }
            }
        }

        public void Count(SaveOutcome outcome)
        {
            switch (outcome)
            {
                case SaveOutcome.New:
                    Interlocked.Increment(ref _new);
                    break;
                case SaveOutcome.Replaced:
                    Interlocked.Increment(ref _replaced);
                    break;
                default:
                    Interlocked.Increment(ref _unchanged);
                    break;
            }
        }

        public void Fail(SourceFailure failure)
        {
            lock (_lock)
            {
                _failures.Add(failure);
                if (printer is not null)
                {
                    PrintFailure(printer, failure);
                }
            }
        }
    }

    /// <summary>One line naming the input (and line) and the reason.</summary>
    public static void PrintFailure(CliContext context, SourceFailure failure) =>
        context.Line("[red]failed:[/]", failure.ToString());
}
