using System.Text;
using BenchmarkDotNet.Attributes;
using Parley.Extraction;
using Parley.Extraction.Entities;
using Parley.Extraction.Text;
using Parley.Model;
using Parley.Packs;
using Parley.Pipeline;

namespace Parley.Benchmarks;

/// <summary>
/// Throughput of pack loading, entity linking and the whole extraction pipeline over a text built from the
/// repository's sample articles (about 1 MB), reported as MB/s through BenchmarkDotNet's column of bytes.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private DomainPack _pack = null!;
    private ExtractionPipeline _pipeline = null!;
    private ExtractionPipeline _linkingOnly = null!;
    private Document _document = null!;

    /// <summary>Loads the pack and builds the text.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var folder = PackLocator.Find() ?? throw new InvalidOperationException("pack not found");
        _pack = DomainPack.Load(folder);
        _pipeline = DefaultPipeline.Create(_pack);
        _linkingOnly = new ExtractionPipelineBuilder().Use(new SentenceStage()).Use(new EntityLinkingStage(_pack)).Build();
        var samples = Path.Combine(AppContext.BaseDirectory, "samples");
        var texts = Directory.Exists(samples) ? Directory.GetFiles(samples, "*.md").Select(File.ReadAllText).ToList() : [];
        if (texts.Count == 0)
        {
            texts.Add("Foreign Minister Ararat Mirzoyan met Jeyhun Bayramov in Washington on May 1, 2023. Baku said the talks were constructive.");
        }

        var sb = new StringBuilder();
        while (sb.Length < 1_000_000)
        {
            foreach (var t in texts)
            {
                sb.Append(t).Append("\n\n");
            }
        }

        _document = new Document { Id = "bench", Text = sb.ToString(), Published = Time.DateRange.Day(2023, 10, 1) };
        Console.WriteLine($"Benchmark text: {_document.Text.Length / 1e6:F2} M chars");
    }

    /// <summary>Loads the domain pack from disk (target ≤ 200 ms).</summary>
    [Benchmark]
    public DomainPack PackLoad() => DomainPack.Load(_pack.Folder);

    /// <summary>Sentences and entity linking over ~1 MB (target ≥ 50 MB/s).</summary>
    [Benchmark]
    public int Linking() => _linkingOnly.Run(_document).Mentions.Count;

    /// <summary>Every extraction stage over ~1 MB (target ≥ 10 MB/s).</summary>
    [Benchmark]
    public int AllStages() => _pipeline.Run(_document).Events.Count;
}
