using Parley.Extraction.Claims;
using Parley.Extraction.Entities;
using Parley.Extraction.Positions;
using Parley.Extraction.Events;
using Parley.Extraction.Text;
using Parley.Extraction.Time;
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
        var builder = new ExtractionPipelineBuilder()
            .Use(new SentenceStage())
            .Use(new TimeStage(PackPeriods.From(pack)))
            .Use(new EntityLinkingStage(pack))
            .Use(new DiscoveryStage(pack))
            .Use(new RoleStage(pack))
            .Use(new TitleReferenceStage(pack))
            .Use(new BodyReferenceStage(pack))
            .Use(new EventStage(pack))
            .Use(new EpisodeDatingStage(pack))
            .Use(new ClaimStage(pack))
            .Use(new AgendaStage())
            .Use(new PositionStage(pack));
        return builder;
    }

    /// <summary>The standard pipeline for <paramref name="pack"/>.</summary>
    public static ExtractionPipeline Create(DomainPack pack) => CreateBuilder(pack).Build();
}
