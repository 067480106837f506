namespace Parley.Pipeline;

/// <summary>
/// One step of the extraction pipeline. A stage reads what the document and earlier stages hold in the
/// <see cref="DocumentAnalysis"/> and adds its own findings; it never reaches into storage or other documents,
/// and the same document in gives the same result out.
/// </summary>
public interface IExtractionStage
{
    /// <summary>Short name for progress and diagnostics ("sentences", "entities").</summary>
    string Name { get; }

    /// <summary>Reads and adds to <paramref name="analysis"/>.</summary>
    void Run(DocumentAnalysis analysis);
}
