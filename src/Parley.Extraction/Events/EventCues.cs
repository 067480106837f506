using Parley.Extraction.Matching;
using Parley.Model;
using Parley.Packs;
using System.Runtime.CompilerServices;

namespace Parley.Extraction.Events;

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
                Triggers.Add(t, (def.Type, false));
            }

            foreach (var t in def.Weak)
            {
                Triggers.Add(t, (def.Type, true));
            }
        }

        foreach (var topic in pack.Topics)
        {
            foreach (var t in topic.Triggers)
            {
                Topics.Add(t, topic.Id, MatchTokens.Key(t).Length == 1 && char.IsUpper(t[0]) ? CaseRule.Capitalized : CaseRule.Any);
            }
        }

        Words = pack;
    }

    /// <summary>Event triggers: type and whether the trigger is weak.</summary>
    public PhraseMatcher<(EventType Type, bool Weak)> Triggers { get; } = new();

    /// <summary>Topic phrases.</summary>
    public PhraseMatcher<string> Topics { get; } = new();

    /// <summary>The pack, for its lexicon lists.</summary>
    public DomainPack Words { get; }

    /// <summary>Topic ids named in document tokens [<paramref name="first"/>, <paramref name="last"/>], each once, in order.</summary>
    public List<string> TopicsIn(Parley.Pipeline.DocumentAnalysis analysis, int first, int last) =>
        [.. Topics.FindAll(analysis.Tokens, MatchStream.For(analysis), first, last).SelectMany(m => m.Payloads).Distinct()];

    /// <summary>The cues for <paramref name="pack"/>.</summary>
    public static EventCues For(DomainPack pack) => Cache.GetValue(pack, p => new EventCues(p));
}
