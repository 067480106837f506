using NodaTime;
using Parley.Model;
using Parley.Packs;
using Parley.Time;

namespace Parley.Extraction.Events;

/// <summary>
/// The pack's <see cref="DomainPack.Episodes"/> as a reader of the conflict knows them: the one a named period
/// stands for ("the 44-day war" is the 2020 war between Armenia and Azerbaijan), and the one a definite reference
/// at a place can only mean ("Azerbaijan's blockade of the Lachin road", written in 2023).
/// </summary>
internal sealed class EpisodeIndex(DomainPack pack)
{
    // Each type's episodes in pack order, as arrays: asked for each dated event, read without an enumerator.
    private readonly Dictionary<EventType, EpisodeDefinition[]> _byType = pack.Episodes.GroupBy(e => e.Type).ToDictionary(g => g.Key, g => g.ToArray());

    /// <summary>The one episode of <paramref name="type"/> that begins within <paramref name="period"/>, or null.</summary>
    public EpisodeDefinition? Named(EventType type, DateRange period) =>
        Single(type, period, static (e, period) => period.Contains(e.Date.Earliest));

    /// <summary>
    /// The one episode of <paramref name="type"/> at <paramref name="place"/> (or in it, or around it) that had begun
    /// by <paramref name="written"/>, or null when none or several had.
    /// </summary>
    public EpisodeDefinition? Referenced(EventType type, string place, LocalDate written) =>
        Single(type, (Index: this, Place: place, Written: written), static (e, s) => e.Date.Earliest <= s.Written && s.Index.SamePlace(s.Place, e.Place));

    /// <summary>The pack's episodes of <paramref name="type"/>.</summary>
    public IEnumerable<EpisodeDefinition> OfType(EventType type) => EpisodesOf(type);

    private EpisodeDefinition[] EpisodesOf(EventType type) => _byType.TryGetValue(type, out var episodes) ? episodes : [];

    /// <summary>True when a mention's place is the episode's, or lies in it, or holds it.</summary>
    public bool SamePlace(string mentioned, string episode) =>
        mentioned == episode
        || PlaceNesting.Within(ContainerOf, mentioned, episode)
        || PlaceNesting.Within(ContainerOf, episode, mentioned);

    /// <summary>True when the episode's place lies inside the mention's (strictly narrower).</summary>
    public bool Narrower(string episode, string mentioned) => episode != mentioned && PlaceNesting.Within(ContainerOf, episode, mentioned);

    private string? ContainerOf(string place) => pack.Find(place)?.In;

    // The one episode of the type that fits, or null when none or several do. The test is a static delegate given its
    // state, so a call makes no closure.
    private EpisodeDefinition? Single<TState>(EventType type, TState state, Func<EpisodeDefinition, TState, bool> fits)
    {
        EpisodeDefinition? found = null;
        foreach (var episode in EpisodesOf(type))
        {
            if (!fits(episode, state))
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = episode;
        }

        return found;
    }
}
