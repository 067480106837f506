using Parley.Model;
using Parley.Time;

namespace Parley.Packs;

/// <summary>A topic (issue on the agenda) and the phrases that signal it.</summary>
/// <param name="Id">Topic id of the taxonomy.</param>
/// <param name="Name">What the issue is.</param>
/// <param name="Triggers">Phrases that signal it.</param>
/// <param name="NotTriggers">
/// Phrases holding a trigger that name something else ("land mines" for the topic of mining): where one
/// matches, the trigger inside it does not count.
/// </param>
public sealed record TopicDefinition(string Id, string Name, IReadOnlyList<string> Triggers, IReadOnlyList<string>? NotTriggers = null)
{
    /// <summary>The phrases that do not signal it (never null).</summary>
    public IReadOnlyList<string> Excluded => NotTriggers ?? [];
}

/// <summary>An event type and the words that signal it.</summary>
/// <param name="Type">The type.</param>
/// <param name="Cameo">CAMEO root code.</param>
/// <param name="Triggers">Surface forms and phrases that signal it.</param>
/// <param name="Weak">Triggers that count only with an actor and a date in the same clause.</param>
/// <param name="Nouns">
/// Nouns naming the happening ("talks", "blockade"): they count only when the sentence dates them or a verb
/// of occurrence ("held", "took place") reports them, since most such nouns refer to something already known.
/// </param>
/// <param name="Topics">
/// Topic ids every event of the type concerns whatever its sentence names: in a pack whose amnesty issue covers
/// arrests and prosecution, an arrest or a release is on that issue.
/// </param>
/// <param name="ActorStance">
/// The stance on those topics that doing such a thing shows: whoever sets up a checkpoint stands for checkpoints.
/// </param>
public sealed record EventTypeDefinition(EventType Type, string Cameo, IReadOnlyList<string> Triggers, IReadOnlyList<string> Weak, IReadOnlyList<string>? Nouns = null, IReadOnlyList<string>? Topics = null, PositionStance? ActorStance = null)
{
    /// <summary>The noun triggers (never null).</summary>
    public IReadOnlyList<string> NounTriggers => Nouns ?? [];

    /// <summary>The topics inherent in the type (never null).</summary>
    public IReadOnlyList<string> InherentTopics => Topics ?? [];
}

/// <summary>General information on the pack.</summary>
/// <param name="Id">Pack id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">What it covers.</param>
public sealed record PackInfo(string Id, string Name, string Description);

/// <summary>
/// A well-known happening of the conflict (a war, an offensive, the start of a blockade): facts a coarse
/// mention of it ("retook the region in September") can be dated by.
/// </summary>
/// <param name="Id">Episode id.</param>
/// <param name="Name">What happened.</param>
/// <param name="Type">The event type a mention of it has.</param>
/// <param name="Place">The place id where it happened.</param>
/// <param name="Date">
/// The days it is dated to: its whole span for a short happening (an offensive), its first day for a state that
/// lasted (a blockade, a sit-in), since that is the day such an event is dated by.
/// </param>
public sealed record EpisodeDefinition(string Id, string Name, EventType Type, string Place, DateRange Date)
{
    /// <summary>The parties to it (entity ids), which a mention naming it by name alone ("the 44-day war") takes.</summary>
    public IReadOnlyList<string> Actors { get; init; } = [];
}
