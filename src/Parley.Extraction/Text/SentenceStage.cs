using Parley.Pipeline;

namespace Parley.Extraction.Text;

/// <summary>Fills <see cref="DocumentAnalysis.Sentences"/>.</summary>
public sealed class SentenceStage : IExtractionStage
{
    private readonly SentenceSplitter _splitter = new();

    /// <inheritdoc />
    public string Name => "sentences";

    /// <inheritdoc />
    public void Run(DocumentAnalysis analysis) => analysis.Sentences.AddRange(_splitter.Split(analysis.Text));
}
