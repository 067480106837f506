using Parley.Extraction.Matching;
using Parley.Model;
using Parley.Packs;
using System.Runtime.CompilerServices;

namespace Parley.Extraction.Events;

/// <summary>How a trigger names its event, which decides what else the sentence must hold for it to count.</summary>
public enum TriggerForm
{
    /// <summary>A verb or verb phrase ("met", "set up a checkpoint"): reports a happening.</summary>
    Verb,

    /// <summary>A noun ("talks", "blockade"): counts when dated or reported by an occurrence verb.</summary>
    Noun,

    /// <summary>A weak cue ("contacts", "incident"): counts only with an actor and a date.</summary>
    Weak,
}

/// <summary>The pack's event triggers, topic phrases and cue words compiled once per pack.</summary>
public sealed class EventCues
{
    private static readonly ConditionalWeakTable<DomainPack, EventCues> Cache = [];

    private EventCues(DomainPack pack)
    {
        foreach (var def in pack.EventTypes)
        {
            foreach (var t in def.Triggers)
            {
                Triggers.Add(t, (def.Type, TriggerForm.Verb));
            }

            foreach (var t in def.NounTriggers)
            {
                Triggers.Add(t, (def.Type, TriggerForm.Noun));
            }

            foreach (var t in def.Weak)
            {
                Triggers.Add(t, (def.Type, TriggerForm.Weak));
            }
        }

        foreach (var topic in pack.Topics)
        {
            foreach (var t in topic.Triggers)
            {
                _topics.Add(t, topic.Id, MatchTokens.Key(t).Length == 1 && char.IsUpper(t[0]) ? CaseRule.Capitalized : CaseRule.Any);
            }

            // Longest match wins, so a phrase naming something else ("land mines") hides the trigger inside it.
            foreach (var t in topic.Excluded)
            {
                _topics.Add(t, NoTopic);
            }
        }

        // A bare head noun ("the corridor", "the mission") stands for the issue of the last phrase it ended: it is
        // found with the topic phrases, marked, and read in context by DocumentTopics.
        var heads = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var line in pack.Words("topic_heads"))
        {
            var parts = line.Split('=', StringSplitOptions.TrimEntries);
            var key = MatchTokens.Key(parts[0]);
            if (key.Length == 1)
            {
                heads[key[0]] = parts.Length == 2 && parts[1].Length > 0 ? parts[1] : null;
                _topics.Add(key, HeadMarker, CaseRule.Any);
            }
        }

        TopicHeads = heads;
        var possessed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in pack.Words("possessed_topics"))
        {
            var parts = line.Split('=', StringSplitOptions.TrimEntries);
            var key = MatchTokens.Key(parts[0]);
            if (parts.Length == 2 && key.Length == 1 && parts[1].Length > 0)
            {
                possessed[key[0]] = parts[1];

                // Found with the topic phrases even where it names no topic of itself ("their release").
                _topics.Add(key, PossessedMarker, CaseRule.Any);
            }
        }

        PossessedTopics = possessed;
        Words = pack;
        LandNouns = new HashSet<string>(pack.Words("land_nouns"), StringComparer.Ordinal);
        InherentTopics = pack.EventTypes.SelectMany(t => t.InherentTopics.Select(topic => (t.Type, Topic: topic))).ToLookup(p => p.Type, p => p.Topic);
        Collectives = ReadCollectives(pack, "collective_holders");
        CollectiveParties = [.. Collectives, .. ReadCollectives(pack, "collective_parties")];
        CollectivePartyPhrases = [.. CollectivePhrases(pack, "collective_holders"), .. CollectivePhrases(pack, "collective_parties")];
    }

    /// <summary>Nouns of land (the pack's <c>land_nouns</c>): what a verb of handing over takes when territory changes hands.</summary>
    public IReadOnlySet<string> LandNouns { get; }

    /// <summary>
    /// Head nouns that, bare, stand for the issue of the last topic phrase they ended (the pack's <c>topic_heads</c>:
    /// "the corridor" after "the Lachin corridor"), each with the topic it names when no such phrase came before, or null.
    /// </summary>
    public IReadOnlyDictionary<string, string?> TopicHeads { get; }

    /// <summary>
    /// Words that, owned by "their" or "his", are the issue of the people last named (the pack's
    /// <c>possessed_topics</c>, "return = amnesty": after "the detainees", "their return" is their release), by word.
    /// </summary>
    public IReadOnlyDictionary<string, string> PossessedTopics { get; }

    /// <summary>The payload marking a word of <see cref="PossessedTopics"/> among a phrase's topics.</summary>
    internal const string PossessedMarker = "\u0001owned";

    /// <summary>The payload marking a head noun of <see cref="TopicHeads"/> among a phrase's topics.</summary>
    internal const string HeadMarker = "\u0001head";

    /// <summary>The topics each event type concerns of itself (the pack's <c>topics</c> of an event type).</summary>
    public ILookup<EventType, string> InherentTopics { get; }

    /// <summary>
    /// Phrases standing for several parties ("both sides", "the two countries") with the ids they stand for, from
    /// the pack's <c>collective_holders</c>: who holds a stance.
    /// </summary>
    public IReadOnlyList<(string[] Key, string[] Ids)> Collectives { get; }

    /// <summary>The <see cref="Collectives"/> and the looser <c>collective_parties</c> ("the sides"): who takes part in a happening.</summary>
    public IReadOnlyList<(string[] Key, string[] Ids)> CollectiveParties { get; }

    /// <summary>
    /// The phrases of <see cref="CollectiveParties"/> as written, in its order (their keys are its keys): one cue list,
    /// so a sentence is asked once whether it holds any of them.
    /// </summary>
    public IReadOnlyList<string> CollectivePartyPhrases { get; }

    // The phrases of the "phrase = id, id" lines that ReadCollectives reads, in its order.
    private static string[] CollectivePhrases(DomainPack pack, string list) =>
        [.. pack.Words(list).Select(line => line.Split('=')).Where(parts => parts.Length == 2).Select(parts => parts[0].Trim())];

    // "phrase = id, id" lines.
    private static (string[] Key, string[] Ids)[] ReadCollectives(DomainPack pack, string list) =>
    [
        .. pack.Words(list)
            .Select(line => line.Split('='))
            .Where(parts => parts.Length == 2)
            .Select(parts => (SentenceContext.KeyOf(parts[0].Trim()), parts[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))),
    ];

    /// <summary>Event triggers: type and form.</summary>
    public PhraseMatcher<(EventType Type, TriggerForm Form)> Triggers { get; } = new();

    // The payload of a phrase that holds a topic trigger but names no topic.
    private const string NoTopic = "";

    private readonly PhraseMatcher<string> _topics = new();

    /// <summary>The pack, for its lexicon lists.</summary>
    public DomainPack Words { get; }

    /// <summary>
    /// The next topic phrase from stream position <paramref name="i"/> on, up to token <paramref name="to"/>, those that
    /// name no topic (an excluded phrase hiding a trigger) included, one by one and without a match object each
    /// (read through <see cref="DocumentTopics"/>, which finds a document's phrases once).
    /// </summary>
    internal bool NextTopicPhrase(IReadOnlyList<Parley.Text.Token> tokens, int[] stream, ref int i, int to, out int first, out int last, out string[] topics) =>
        _topics.NextMatch(tokens, stream, ref i, to, out first, out last, out topics);

    /// <summary>The cues for <paramref name="pack"/>.</summary>
    public static EventCues For(DomainPack pack) => Cache.GetValue(pack, p => new EventCues(p));
}
