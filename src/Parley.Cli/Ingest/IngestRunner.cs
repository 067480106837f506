using System.Diagnostics;
using Parley.Cli.Sources;
using Parley.Extraction;
using Parley.Extraction.Merge;
using Parley.Model;
using Parley.Packs;
using Parley.Pipeline;
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
/// Reads the inputs, runs the extraction pipeline on every new or changed document, stores each one in its own
/// transaction, then runs the cross-document pass over the whole store. A failing input is reported and
/// skipped; the rest is still stored.
/// </summary>
internal sealed class IngestRunner(CliContext context, IDocumentSource source, DomainPack pack, IParleyStore store)
{
    public IngestSummary Run(IReadOnlyList<string> paths, IngestDisplay display)
    {
        var clock = Stopwatch.StartNew();
        var plan = source.Plan(paths);
        var state = new RunState(display == IngestDisplay.Lines ? context : null);
        foreach (var failure in plan.Failures)
        {
            state.Fail(failure);
        }

        var pipeline = DefaultPipeline.Create(pack);
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
                    foreach (var input in plan.Inputs)
                    {
                        Process(input, pipeline, state);
                        task.Increment(input.Bytes);
                        task.Description = Describe(++done, plan.Inputs.Count);
                    }

                    task.Value = total;
                });
        }
        else
        {
            foreach (var input in plan.Inputs)
            {
                Process(input, pipeline, state);
            }
        }

        var events = Merge(state);
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
            Database = store.Location,
        };
    }

    private static string Describe(int done, int total) => $"files {done}/{total}";

    private void Process(SourceInput input, ExtractionPipeline pipeline, RunState state)
    {
        SourceRead read;
        try
        {
            read = source.Read(input);
        }
        catch (Exception ex)
        {
            state.Fail(new SourceFailure(input.Path, null, "cannot be read: " + ex.Message));
            return;
        }

        foreach (var failure in read.Failures)
        {
            state.Fail(failure);
        }

        foreach (var doc in read.Documents)
        {
            if (!state.SeenIds.TryAdd(doc.Id, input.Path))
            {
                state.Fail(new SourceFailure(input.Path, null, $"duplicate document id '{doc.Id}' (also read from {state.SeenIds[doc.Id]}); rename one of the files"));
                continue;
            }

            Store(doc, input, pipeline, state);
        }
    }

    private void Store(Document doc, SourceInput input, ExtractionPipeline pipeline, RunState state)
    {
        var hash = doc.ContentHash;
        try
        {
            if (store.GetContentHash(doc.Id) == hash)
            {
                state.Unchanged++;
                return;
            }
        }
        catch (StoreException ex)
        {
            state.Fail(new SourceFailure(input.Path, null, ex.Message));
            return;
        }

        DocumentExtraction extraction;
        try
        {
            extraction = pipeline.Run(doc);
        }
        catch (Exception ex)
        {
            state.Fail(new SourceFailure(input.Path, null, $"extraction failed for document '{doc.Id}': {ex.GetType().Name}: {ex.Message}"));
            return;
        }

        try
        {
            switch (store.Save(extraction, hash))
            {
                case SaveOutcome.New:
                    state.New++;
                    break;
                case SaveOutcome.Replaced:
                    state.Replaced++;
                    break;
                default:
                    state.Unchanged++;
                    break;
            }
        }
        catch (Exception ex) when (ex is StoreException or ArgumentException)
        {
            state.Fail(new SourceFailure(input.Path, null, ex.Message));
        }
    }

    private int Merge(RunState state)
    {
        try
        {
            var result = new CrossDocumentPass(pack).Run(store.ReadExtractions());
            store.ReplaceMerged(result.Events, result.Contradictions, result.ClaimEventIds);
            return result.Events.Count;
        }
        catch (Exception ex)
        {
            state.Fail(new SourceFailure(store.Location, null, $"the cross-document pass failed; documents are stored but events are not merged: {ex.Message}"));
            return 0;
        }
    }

    private sealed class RunState(CliContext? printer)
    {
        private readonly List<SourceFailure> _failures = [];

        public int New { get; set; }

        public int Unchanged { get; set; }

        public int Replaced { get; set; }

        public Dictionary<string, string> SeenIds { get; } = new(StringComparer.Ordinal);

        public IReadOnlyList<SourceFailure> Failures => _failures;

        public void Fail(SourceFailure failure)
        {
            _failures.Add(failure);
            if (printer is not null)
            {
                PrintFailure(printer, failure);
            }
        }
    }

    /// <summary>One line naming the input (and line) and the reason.</summary>
    public static void PrintFailure(CliContext context, SourceFailure failure) =>
        context.Line("[red]failed:[/]", failure.ToString());
}
