using Parley.Packs;
using Parley.Pipeline;

namespace Parley.Extraction;

/// <summary>The standard stage order: sentences, entities, time, events, claims, positions.</summary>
public static class DefaultPipeline
{
    /// <summary>A builder holding the standard stages for <paramref name="pack"/>, to extend or build.</summary>
    public static ExtractionPipelineBuilder CreateBuilder(DomainPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var builder = new ExtractionPipelineBuilder();
        return builder;
    }

    /// <summary>The standard pipeline for <paramref name="pack"/>.</summary>
    public static ExtractionPipeline Create(DomainPack pack) => CreateBuilder(pack).Build();
}
