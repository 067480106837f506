using Parley.Model;
using Parley.Pipeline;

namespace Parley.Extraction.Claims;

/// <summary>
/// Gathers a meeting's agenda from what the document's claims say about it: "the sides discussed reintegration,
/// Azerbaijani media said" and "the delegates claimed the talks were about gas supplies" each name issues of the one
/// meeting, told in sentences other than the one that reports it. The meeting's topics are those of every claim about
/// it, asserted or denied, since a disputed item was on the table in someone's account (the dispute itself is kept
/// as a contradiction between the claims).
/// </summary>
public sealed class AgendaStage : IExtractionStage
{
    /// <inheritdoc />
    public string Name => "agenda";

    /// <inheritdoc />
    public void Run(DocumentAnalysis analysis)
    {
        if (analysis.Claims.Count == 0)
        {
            return;
        }

        for (var i = 0; i < analysis.Events.Count; i++)
        {
            var meeting = analysis.Events[i];
            if (meeting.Type != EventType.Meeting)
            {
                continue;
            }

            List<string>? topics = null;
            foreach (var claim in analysis.Claims)
            {
                if (claim.EventKey != meeting.Key || claim.Topics.Count == 0)
                {
                    continue;
                }

                foreach (var topic in claim.Topics)
                {
                    if (!meeting.Topics.Contains(topic) && !(topics?.Contains(topic) ?? false))
                    {
                        (topics ??= []).Add(topic);
                    }
                }
            }

            if (topics is not null)
            {
                analysis.Events[i] = meeting with { Topics = [.. meeting.Topics, .. topics] };
            }
        }
    }
}
