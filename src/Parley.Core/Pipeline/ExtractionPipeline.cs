using Parley.Model;

namespace Parley.Pipeline;

/// <summary>An immutable, ordered list of stages, built by <see cref="ExtractionPipelineBuilder"/>.</summary>
public sealed class ExtractionPipeline
{
    internal ExtractionPipeline(IReadOnlyList<IExtractionStage> stages) => Stages = stages;

    /// <summary>The stages in the order they run.</summary>
    public IReadOnlyList<IExtractionStage> Stages { get; }

    /// <summary>Runs every stage over <paramref name="document"/> and returns what they found.</summary>
    public DocumentExtraction Run(Document document)
    {
        var analysis = new DocumentAnalysis(document);
        foreach (var stage in Stages)
        {
            stage.Run(analysis);
        }

        return analysis.Freeze();
    }
}

/// <summary>
/// Gathers extraction stages in order and freezes them into an <see cref="ExtractionPipeline"/>; a new stage
/// is added by one call here, without touching the others.
/// </summary>
public sealed class ExtractionPipelineBuilder
{
    private readonly List<IExtractionStage> _stages = [];

    /// <summary>The stages gathered so far.</summary>
    public IReadOnlyList<IExtractionStage> Stages => _stages;

    /// <summary>Appends a stage.</summary>
    public ExtractionPipelineBuilder Use(IExtractionStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        if (_stages.Any(s => s.Name == stage.Name))
        {
            throw new InvalidOperationException($"A stage named '{stage.Name}' is already registered.");
        }

        _stages.Add(stage);
        return this;
    }

    /// <summary>Inserts a stage just before the stage named <paramref name="before"/>.</summary>
    public ExtractionPipelineBuilder InsertBefore(string before, IExtractionStage stage)
    {
        var index = _stages.FindIndex(s => s.Name == before);
        if (index < 0)
        {
            throw new InvalidOperationException($"No stage named '{before}'.");
        }

        _stages.Insert(index, stage);
        return this;
    }

    /// <summary>Removes the stage named <paramref name="name"/>, if present.</summary>
    public ExtractionPipelineBuilder Remove(string name)
    {
        _stages.RemoveAll(s => s.Name == name);
        return this;
    }

    /// <summary>Freezes the stages into a pipeline.</summary>
    public ExtractionPipeline Build() => new([.. _stages]);
}
