using BenchmarkDotNet.Attributes;
using Parley.Extraction;
using Parley.Model;
using Parley.Storage.Sqlite;

namespace Parley.Benchmarks;

/// <summary>
/// The ingest's writer on its own: the extractions of <see cref="BenchmarkCorpus"/> (made once, untimed) stored
/// into a fresh SQLite file in transactions of <see cref="BatchSize"/> documents, as <c>parley ingest</c> does.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
[InvocationCount(1)]
public class StoreBenchmarks
{
    private List<DocumentExtraction> _extractions = [];
    private string _folder = "";
    private SqliteParleyStore? _store;

    /// <summary>Documents a write transaction holds (the ingest's batch is 64).</summary>
    [Params(1, 64)]
    public int BatchSize { get; set; }

    /// <summary>Extracts the corpus once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var pipeline = DefaultPipeline.Create(BenchmarkCorpus.Pack);
        _extractions = [.. BenchmarkCorpus.Documents.Select(pipeline.Run)];
    }

    /// <summary>A fresh, migrated store for each iteration.</summary>
    [IterationSetup]
    public void OpenStore()
    {
        _folder = Directory.CreateTempSubdirectory("parley-store-bench-").FullName;
        _store = SqliteParleyStore.Open(Path.Combine(_folder, "bench.db"));
    }

    /// <summary>Closes and deletes the iteration's store.</summary>
    [IterationCleanup]
    public void DeleteStore()
    {
        _store?.Dispose();
        _store = null;
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Stores every extraction of the corpus.</summary>
    [Benchmark, ReadsCorpus]
    public int Write()
    {
        var stored = 0;
        foreach (var chunk in _extractions.Chunk(BatchSize))
        {
            stored += _store!.SaveBatch([.. chunk.Select(x => (x, x.Document.ContentHash))]).Count;
        }

        return stored;
    }
}
