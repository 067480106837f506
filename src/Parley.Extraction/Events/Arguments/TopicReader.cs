using Parley.Extraction.Entities;
using Parley.Model;
using Parley.Packs;
using Parley.Text;

namespace Parley.Extraction.Events.Arguments;

/// <summary>
/// The agenda topics of a happening: the issues its sentence names that are not its parties, and those its event
/// type concerns of itself.
/// </summary>
internal sealed class TopicReader(DomainPack pack)
{
    // The topics each event type concerns of itself, by type.
    private readonly string[][] _inherentTopics = InherentTopicsByType(EventCues.For(pack));

    /// <summary>The topics an event of <paramref name="type"/> concerns whatever its sentence names ("an arrest" is on the amnesty issue).</summary>
    internal string[] InherentTopicsOf(EventType type) => _inherentTopics[(int)type];

    /// <summary>
    /// The topics the sentence names, leaving out one named only inside the name of a party to the happening:
    /// the Russian peacekeepers taking part make peacekeeping no more the agenda than Armenia makes Armenia.
    /// </summary>
    internal List<string> TopicsOf(SentenceContext ctx, DocumentTopics topics, List<string> actors, List<string> targets, HashSet<string> mediators, EventType type)
    {
        var coverage = ctx.Analysis.GetFeature<TokenCoverage>();
        var named = new List<string>();
        // A sentence names a few topics at most: lists, not sets.
        List<string>? outside = null;
        foreach (var match in topics.Within(ctx.FirstToken, ctx.LastToken))
        {
            if (!match.NamesTopic)
            {
                continue;
            }

            // "met with EU mediation", "through the mediation of the peacekeepers": how talks were held, not what
            // they were about (a proposal or an invitation of mediation is about it).
            if (type is not (EventType.Proposal or EventType.Invitation or EventType.Refusal) && IsMannerOfMediation(ctx.Analysis.Tokens, ctx.FirstToken, match.FirstToken, match.LastToken))
            {
                continue;
            }

            var entity = coverage?.EntityAt(match.FirstToken);
            var inParticipant = entity is not null && coverage!.EntityAt(match.LastToken) == entity &&
                (IsParticipant(entity, actors, targets, mediators) || (pack.Find(entity)?.Parent is { } parent && IsParticipant(parent, actors, targets, mediators)));
            foreach (var topic in match.Topics)
            {
                if (!named.Contains(topic))
                {
                    named.Add(topic);
                }

                if (!inParticipant && !(outside ??= []).Contains(topic))
                {
                    outside.Add(topic);
                }
            }
        }

        // The topics named outside a participant's name, in the order first named.
        var kept = 0;
        for (var k = 0; k < named.Count; k++)
        {
            if (outside is not null && outside.Contains(named[k]))
            {
                named[kept++] = named[k];
            }
        }

        named.RemoveRange(kept, named.Count - kept);
        return named;
    }

    private static bool IsParticipant(string id, List<string> actors, List<string> targets, HashSet<string> mediators) =>
        actors.Contains(id) || targets.Contains(id) || mediators.Contains(id);

    /// <summary>
    /// A lone mediation word that says how something was done: followed by "of" or "by", or within three words
    /// after "with", "through", "under" or "via".
    /// </summary>
    internal static bool IsMannerOfMediation(IReadOnlyList<Token> tokens, int floor, int first, int last)
    {
        string Word(int i) => i >= 0 && i < tokens.Count ? tokens[i].Normalized : "";
        if (first != last || Word(first) is not ("mediation" or "mediator" or "mediators" or "facilitation"))
        {
            return false;
        }

        if (Word(last + 1) is "of" or "by" or "from")
        {
            return true;
        }

        for (var i = first - 1; i >= floor && i >= first - 3; i--)
        {
            if (Word(i) is "with" or "through" or "under" or "via")
            {
                return true;
            }
        }

        return false;
    }

    private static string[][] InherentTopicsByType(EventCues cues)
    {
        var byType = new string[(int)Enum.GetValues<EventType>().Max() + 1][];
        for (var t = 0; t < byType.Length; t++)
        {
            byType[t] = [.. cues.InherentTopics[(EventType)t]];
        }

        return byType;
    }
}
