using Parley.Export.Views;
using Parley.Time;

namespace Parley.Export.Brief;

/// <summary>
/// Builds a situation brief from a record already limited to a period (and topic): the key events in date order,
/// where sources disagree, and each party's positions and how they moved. Every statement comes from a template
/// filled with the record's names and dates and carries the quotes that back it; nothing is written that the
/// record does not hold.
/// </summary>
public sealed class BriefBuilder
{
    /// <summary>Most events listed; when more fall in the period, those reported by the most documents are kept.</summary>
    public int MaxEvents { get; init; } = 40;

    /// <summary>Most accounts cited for one event.</summary>
    public int MaxCitationsPerEvent { get; init; } = 4;

    /// <summary>Most contradictions listed (the first by id); the brief says how many more the period holds.</summary>
    public int MaxDisagreements { get; init; } = SliceReads.MaxBriefDisagreements;

    /// <summary>
    /// Builds the brief for <paramref name="period"/> over <paramref name="view"/>. Key events are those dated
    /// inside the period; an event known only to a wider range (a war of several years) is not one of its events.
    /// The first <see cref="MaxDisagreements"/> of the view's contradictions are listed; <paramref name="contradictions"/>
    /// is how many the period holds when the view was given only the first of them (<see cref="SliceReads.ReadBrief"/>),
    /// and the brief says so when it lists fewer.
    /// </summary>
    public SituationBrief Build(RecordView view, DateRange period, string? topic, int? contradictions = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        var from = DateRange.Iso(period.Earliest);
        var to = DateRange.Iso(period.Latest);
        var citations = new Citations();
        var listed = view.Record.Contradictions.Take(MaxDisagreements).ToList();
        var held = Math.Max(contradictions ?? 0, view.Record.Contradictions.Count);
        var sections = new List<BriefSection>
        {
            new("Key events", KeyEvents(view, period, citations), "No dated event in the record falls in this period."),
            new("Where sources disagree", Disagreements(view, listed, citations), "The record holds no contradiction between accounts of these events.",
                Note: held > listed.Count ? BriefTemplates.Truncated(held, listed.Count) : null),
            new("Positions of the parties", Positions(view, citations), "The record holds no dated position in this period.", Groups: true),
        };
        var title = $"Situation brief: {from} to {to}" + (topic is null ? "" : $", topic {topic}");
        return new SituationBrief(title, from, to, topic, citations.List.Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).Count(), sections, citations.List);
    }

    private List<BriefStatement> KeyEvents(RecordView view, DateRange period, Citations citations)
    {
        var dated = view.Record.Events.Where(e => e.Date is { } d && period.Contains(d.Earliest) && period.Contains(d.Latest)).ToList();
        var kept = dated.OrderByDescending(e => view.DocumentsOf(e).Count).ThenBy(e => e.Date!.Value.Earliest).Take(MaxEvents).ToHashSet();
        var statements = new List<BriefStatement>();
        foreach (var e in RecordView.Chronological(kept))
        {
            var accounts = e.Mentions.GroupBy(m => m.DocumentId, StringComparer.Ordinal).Select(g => g.First()).Take(MaxCitationsPerEvent);
            var numbers = accounts.Select(m => citations.Number(view.Cite(m))).ToList();
            statements.Add(new BriefStatement([new BriefPart(BriefTemplates.EventSentence(view.Summarize(e), e.Type), numbers)]));
        }

        return statements;
    }

    private static List<BriefStatement> Disagreements(RecordView view, IEnumerable<Model.Contradiction> listed, Citations citations)
    {
        var statements = new List<BriefStatement>();
        foreach (var x in listed.Select(view.Resolve))
        {
            var sides = x.Sides.Where(s => s.Citation is not null).ToList();
            if (sides.Count == 0)
            {
                continue; // nothing to cite: the brief states nothing it cannot back
            }

            var about = x.Event is null ? "An account" : $"Accounts of {BriefTemplates.EventLabel(x.Event)}";
            var parts = new List<BriefPart> { new($"{about} differ on {x.Attribute}:", []) };
            parts.AddRange(sides.Select((s, i) => new BriefPart(
                $"{(s.Speaker ?? s.Citation!.Outlet ?? s.Citation!.DocumentId)} gives \u201c{s.Value}\u201d{(i < sides.Count - 1 ? ";" : ".")}",
                [citations.Number(s.Citation!)])));
            statements.Add(new BriefStatement(parts));
        }

        return statements;
    }

    private static List<BriefStatement> Positions(RecordView view, Citations citations)
    {
        var statements = new List<BriefStatement>();
        foreach (var track in view.PositionTracks())
        {
            var parts = new List<BriefPart> { new($"On {track.Topic}:", []) };
            for (var i = 0; i < track.Steps.Count; i++)
            {
                var step = track.Steps[i];
                parts.Add(new BriefPart($"{(i == 0 ? "" : "then ")}{step.Detail} ({step.Date ?? "undated"})", [citations.Number(step.Citation)]));
            }

            var first = track.Steps[0].Stance;
            var last = track.Steps[^1].Stance;
            parts.Add(new BriefPart(
                track.Moved ? $"\u2014 the stance moved{(first == last ? $" and returned to {last}" : $" from {first} to {last}")}." : $"\u2014 the stance held ({last}).",
                []));
            statements.Add(new BriefStatement(parts, track.Actor));
        }

        return statements;
    }

    /// <summary>Numbers quotes in the order they are first cited; the same quote keeps its number.</summary>
    private sealed class Citations
    {
        private readonly Dictionary<(string, int, int), int> _numbers = [];

        public List<CitationView> List { get; } = [];

        public int Number(CitationView c)
        {
            var key = (c.DocumentId, c.Start, c.End);
            if (!_numbers.TryGetValue(key, out var n))
            {
                List.Add(c);
                _numbers[key] = n = List.Count;
            }

            return n;
        }
    }
}
