using Parley.Model;
using Parley.Packs;
using Parley.Pipeline;
using Parley.Time;

namespace Parley.Extraction.Events;

/// <summary>
/// Dates a coarsely dated mention of a well-known happening by the pack's <see cref="DomainPack.Episodes"/>:
/// "Azerbaijan retook the region in September" is the two-day offensive a reader of the conflict knows, and
/// "protesters on the road since December" began on the day the sit-in did. A mention qualifies when it
/// occurred, its date spans more than a week and at most a season, its place is the episode's or lies in it or
/// around it, and exactly one episode of its type starts within its span. A mention dated the very day an episode
/// of its type began, placed no closer than a whole route, takes the episode's place.
/// </summary>
public sealed class EpisodeDatingStage(DomainPack pack) : IExtractionStage
{
    /// <summary>Longest span (a season) a mention may have and still be narrowed to an episode.</summary>
    private const int MaxSpanDays = 92;

    /// <summary>Spans this short already name the days.</summary>
    private const int MinSpanDays = 8;

    private readonly EpisodeIndex _episodes = new(pack);

    /// <inheritdoc />
    public string Name => "episode-dates";

    /// <inheritdoc />
    public void Run(DocumentAnalysis analysis)
    {
        for (var i = 0; i < analysis.Events.Count; i++)
        {
            var mention = analysis.Events[i];
            if (Episode(mention) is { } episode)
            {
                analysis.Events[i] = mention with { Date = episode.Date };
            }
            else if (PlacedEpisode(mention) is { } placed)
            {
                analysis.Events[i] = mention with { Place = placed.Place };
            }
        }
    }

    /// <summary>The one episode <paramref name="mention"/> can only be, or null.</summary>
    private EpisodeDefinition? Episode(EventMention mention)
    {
        if (mention is not { Status: EventStatus.Occurred, Date: { } date, Place: { } place }
            || date.LengthInDays is < MinSpanDays or > MaxSpanDays)
        {
            return null;
        }

        var fits = _episodes.OfType(mention.Type)
            .Where(e => e.Date.Earliest >= date.Earliest && e.Date.Earliest <= date.Latest && _episodes.SamePlace(place, e.Place))
            .Take(2)
            .ToList();
        return fits.Count == 1 ? fits[0] : null;
    }

    /// <summary>
    /// The one episode of the mention's type that began on the mention's very day, when the mention places it no
    /// closer than a whole route ("a checkpoint was set up on the Lachin road on April 23" is the one at the bridge)
    /// or than a region holding the episode's place ("an incursion in Syunik on May 12, 2021" is the one at Sev Lich).
    /// </summary>
    private EpisodeDefinition? PlacedEpisode(EventMention mention)
    {
        if (mention is not { Status: EventStatus.Occurred, Date: { IsSingleDay: true } date })
        {
            return null;
        }

        var onRoute = mention.Place is null || pack.Find(mention.Place)?.Kind == EntityKind.Route;
        var fits = _episodes.OfType(mention.Type).Where(e => e.Date.Earliest == date.Earliest && e.Place != mention.Place).Take(2).ToList();
        if (fits is not [var only])
        {
            return null;
        }

        return (onRoute && pack.Find(only.Place)?.Kind == EntityKind.Route) ||
               (mention.Place is { } region && _episodes.Narrower(only.Place, region)) ? only : null;
    }

}
