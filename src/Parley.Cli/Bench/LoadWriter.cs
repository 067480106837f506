using System.Diagnostics;
using Parley.Storage;

namespace Parley.Cli.Bench;

/// <summary>
/// A writer ingesting while the query benchmark runs: on its own connection it stores batches of synthetic documents
/// (as the ingest writer does, one transaction a batch) and after every <see cref="BatchesPerMerge"/> batches their
/// merged events in a merge session (as the cross-document pass at the end of an ingest run does), until stopped.
/// What 'under load' means in <c>parley bench query --load</c>.
/// </summary>
internal sealed class LoadWriter : IDisposable
{
    /// <summary>Documents stored a transaction: ten event accounts each.</summary>
    public const int BatchDocuments = 100;

    /// <summary>Batches an 'ingest run' stores before its merge: 1,000 documents, 10,000 events.</summary>
    public const int BatchesPerMerge = 10;

    private readonly IParleyStore _store;
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;
    private readonly Stopwatch _clock = new();
    private readonly string _prefix;
    private readonly int _firstDocument;
    private readonly int _eventsPerSecond;
    private Exception? _failure;

    /// <summary>A writer to <paramref name="store"/> (not shared with the readers), not yet started.</summary>
    /// <param name="store">The store, opened for this writer alone.</param>
    /// <param name="firstDocument">The first synthetic document number to write (past the fill's).</param>
    /// <param name="eventsPerSecond">A ceiling on the pace, or 0 for as fast as the store takes them.</param>
    public LoadWriter(IParleyStore store, int firstDocument, int eventsPerSecond)
    {
        _store = store;
        _firstDocument = firstDocument;
        _eventsPerSecond = eventsPerSecond;
        // A run's own ids: a second run on the same store (--existing) adds documents rather than replacing the first run's.
        _prefix = "load-" + Guid.NewGuid().ToString("N")[..6] + "-";
        _thread = new Thread(Run) { IsBackground = true, Name = "bench load writer" };
    }

    /// <summary>Merged events stored so far (each document holds ten accounts, each merged as an event of its own).</summary>
    public long Events { get; private set; }

    /// <summary>Document batches committed so far.</summary>
    public int Batches { get; private set; }

    /// <summary>Merges committed so far.</summary>
    public int Merges { get; private set; }

    /// <summary>Seconds the writer has run.</summary>
    public double Seconds => _clock.Elapsed.TotalSeconds;

    /// <summary>Starts writing.</summary>
    public void Start()
    {
        _clock.Start();
        _thread.Start();
    }

    /// <summary>Stops after the batch in hand and waits for it; rethrows what stopped the writer early, if anything.</summary>
    public void Stop()
    {
        _stop.Cancel();
        _thread.Join();
        _clock.Stop();
        if (_failure is not null)
        {
            throw new InvalidOperationException($"the load writer failed: {_failure.Message}", _failure);
        }
    }

    private void Run()
    {
        try
        {
            var document = _firstDocument;
            var perBatch = BatchDocuments * SyntheticEvents.MentionsPerDocument;
            var unmerged = new List<Parley.Model.Event>();
            // At least one batch, however short the timing it runs beside.
            do
            {
                var (documents, events, _) = SyntheticEvents.Generate(_prefix, "ev-" + _prefix, document, perBatch, seed: document);
                document += documents.Count;
                _store.SaveBatch(documents);
                Batches++;
                unmerged.AddRange(events);
                if (Batches % BatchesPerMerge == 0)
                {
                    using (var session = _store.BeginMerge())
                    {
                        if (session is not null)
                        {
                            session.WriteEvents([], unmerged);
                            session.Commit();
                        }
                    }

                    Events += unmerged.Count;
                    Merges++;
                    unmerged.Clear();
                }

                if (_eventsPerSecond > 0)
                {
                    // Keep to the pace: sleep until the accounts stored so far are due.
                    var due = TimeSpan.FromSeconds(Batches * perBatch / (double)_eventsPerSecond) - _clock.Elapsed;
                    if (due > TimeSpan.Zero)
                    {
                        _stop.Token.WaitHandle.WaitOne(due);
                    }
                }
            }
            while (!_stop.IsCancellationRequested);
        }
        catch (Exception ex)
        {
            _failure = ex;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_thread.IsAlive)
        {
            _stop.Cancel();
            _thread.Join();
        }

        _stop.Dispose();
    }
}
