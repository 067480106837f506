using BenchmarkDotNet.Attributes;
using Parley.Extraction;
using Parley.Pipeline;

namespace Parley.Benchmarks;

/// <summary>
/// Each stage of the default pipeline on its own: before every iteration the earlier stages run (untimed)
/// over <see cref="BenchmarkCorpus"/>, then the iteration times the one stage over all of it. A stage that
/// first asks for the document's tokens pays for tokenising, as it does in the pipeline.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
[InvocationCount(1)]
public class StageBenchmarks
{
    private IReadOnlyList<IExtractionStage> _stages = null!;
    private IExtractionStage _stage = null!;
    private DocumentAnalysis[] _analyses = [];

    /// <summary>The stage timed.</summary>
    [ParamsSource(nameof(StageNames))]
    public string Stage { get; set; } = "";

    /// <summary>The default pipeline's stage names, in order.</summary>
    public static IEnumerable<string> StageNames() => DefaultPipeline.CreateBuilder(BenchmarkCorpus.Pack).Stages.Select(s => s.Name);

    /// <summary>Builds the pipeline and picks the stage.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _stages = DefaultPipeline.CreateBuilder(BenchmarkCorpus.Pack).Stages;
        _stage = _stages.Single(s => s.Name == Stage);
    }

    /// <summary>Runs the stages before <see cref="Stage"/> over fresh analyses of the corpus.</summary>
    [IterationSetup]
    public void Prepare()
    {
        var earlier = _stages.TakeWhile(s => s != _stage).ToList();
        _analyses = [.. BenchmarkCorpus.Documents.Select(d =>
        {
            var analysis = new DocumentAnalysis(d);
            foreach (var s in earlier)
            {
                s.Run(analysis);
            }

            return analysis;
        })];

        // The earlier stages' garbage is collected here, not inside the timed stage.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>The stage over the whole corpus.</summary>
    [Benchmark, ReadsCorpus]
    public int Run()
    {
        foreach (var analysis in _analyses)
        {
            _stage.Run(analysis);
        }

        return _analyses.Length;
    }
}
