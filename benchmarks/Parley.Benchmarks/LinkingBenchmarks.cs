using BenchmarkDotNet.Attributes;
using Parley.Extraction.Entities;
using Parley.Extraction.Text;
using Parley.Model;
using Parley.Packs;
using Parley.Pipeline;

namespace Parley.Benchmarks;

/// <summary>
/// Entity linking over <see cref="BenchmarkCorpus"/>, reported as MB/s of article text: the linking stage alone over
/// documents already split into sentences and tokens (made untimed before each iteration), and the whole path
/// from raw text (sentences, tokens and linking), plus tokenising alone and loading the pack.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
[InvocationCount(1)]
public class LinkingBenchmarks
{
    private readonly SentenceStage _sentences = new();
    private EntityLinkingStage _linking = null!;
    private IReadOnlyList<Document> _documents = [];
    private DocumentAnalysis[] _prepared = [];

    /// <summary>Builds the stage (the pack's index is built here, not timed).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _documents = BenchmarkCorpus.Documents;
        _linking = new EntityLinkingStage(BenchmarkCorpus.Pack);
        Console.WriteLine($"// Benchmark corpus: {_documents.Count} articles, {BenchmarkCorpus.Bytes / 1e6:F2} MB");
    }

    /// <summary>Fresh analyses with sentences and tokens, so <see cref="LinkPretokenized"/> times linking alone.</summary>
    [IterationSetup(Target = nameof(LinkPretokenized))]
    public void Prepare()
    {
        _prepared = new DocumentAnalysis[_documents.Count];
        for (var k = 0; k < _prepared.Length; k++)
        {
            var analysis = new DocumentAnalysis(_documents[k]);
            _sentences.Run(analysis);
            _ = analysis.Tokens;
            _prepared[k] = analysis;
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>The linking stage alone over pre-tokenised documents (target ≥ 50 MB/s).</summary>
    [Benchmark, ReadsCorpus]
    public int LinkPretokenized()
    {
        var mentions = 0;
        foreach (var analysis in _prepared)
        {
            _linking.Run(analysis);
            mentions += analysis.Mentions.Count;
        }

        return mentions;
    }

    /// <summary>Tokenising alone, from raw text.</summary>
    [Benchmark, ReadsCorpus]
    public int Tokenize()
    {
        var tokens = 0;
        foreach (var d in _documents)
        {
            tokens += Parley.Text.Tokenizer.Tokenize(d.Text).Count;
        }

        return tokens;
    }

    /// <summary>From raw text: sentences, tokens and linking, as the pipeline's first stages do them.</summary>
    [Benchmark, ReadsCorpus]
    public int SplitTokenizeLink()
    {
        var mentions = 0;
        foreach (var d in _documents)
        {
            var analysis = new DocumentAnalysis(d);
            _sentences.Run(analysis);
            _linking.Run(analysis);
            mentions += analysis.Mentions.Count;
        }

        return mentions;
    }

    /// <summary>Loads the domain pack from disk and builds its linking index (target ≤ 200 ms).</summary>
    [Benchmark]
    public int PackLoadAndIndex()
    {
        var pack = DomainPack.Load(BenchmarkCorpus.Pack.Folder);
        return EntityIndex.For(pack).Names.Count;
    }
}
