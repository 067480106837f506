using BenchmarkDotNet.Attributes;
using Parley.Extraction;
using Parley.Extraction.Entities;
using Parley.Extraction.Text;
using Parley.Extraction.Time;
using Parley.Model;
using Parley.Packs;
using Parley.Pipeline;

namespace Parley.Benchmarks;

/// <summary>
/// Throughput of pack loading, entity linking, the time stage and the whole extraction pipeline over
/// <see cref="BenchmarkCorpus"/> (about 1 MB of articles), reported as MB/s in the table.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ExtractionBenchmarks
{
    private DomainPack _pack = null!;
    private ExtractionPipeline _pipeline = null!;
    private ExtractionPipeline _linkingOnly = null!;
    private TimeStage _time = null!;
    private IReadOnlyList<Document> _documents = null!;

    /// <summary>Loads the pack and builds the corpus.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _pack = BenchmarkCorpus.Pack;
        _pipeline = DefaultPipeline.Create(_pack);
        _linkingOnly = new ExtractionPipelineBuilder().Use(new SentenceStage()).Use(new EntityLinkingStage(_pack)).Build();
        _time = new TimeStage(PackPeriods.From(_pack));
        _documents = BenchmarkCorpus.Documents;
        Console.WriteLine($"// Benchmark corpus: {_documents.Count} articles, {BenchmarkCorpus.Bytes / 1e6:F2} MB");
    }

    /// <summary>Loads the domain pack from disk (target ≤ 200 ms).</summary>
    [Benchmark]
    public DomainPack PackLoad() => DomainPack.Load(_pack.Folder);

    /// <summary>Sentences and entity linking (target ≥ 50 MB/s).</summary>
    [Benchmark, ReadsCorpus]
    public int Linking()
    {
        var mentions = 0;
        foreach (var d in _documents)
        {
            mentions += _linkingOnly.Run(d).Mentions.Count;
        }

        return mentions;
    }

    /// <summary>The time stage alone on fresh documents, tokenising included (it is the first stage to need tokens).</summary>
    [Benchmark, ReadsCorpus]
    public int Time()
    {
        var expressions = 0;
        foreach (var d in _documents)
        {
            var analysis = new DocumentAnalysis(d);
            _time.Run(analysis);
            expressions += analysis.TimeExpressions.Count;
        }

        return expressions;
    }

    /// <summary>Every extraction stage (target ≥ 10 MB/s).</summary>
    [Benchmark, ReadsCorpus]
    public int AllStages()
    {
        var events = 0;
        foreach (var d in _documents)
        {
            events += _pipeline.Run(d).Events.Count;
        }

        return events;
    }
}
