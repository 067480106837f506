using NodaTime;
using Parley.Model;
using Parley.Time;

namespace Parley.Extraction.Merge;

/// <summary>
/// Builds a merged event from its members given one at a time, in the merger's order, keeping only what the event
/// holds (its shortest date, the days its single-day accounts give, its sides, topics and counts), not the members:
/// an event of a hundred thousand mentions is built from pages of them. Its accounts are the caller's to attach.
/// </summary>
internal sealed class EventBuilder
{
    private EventMention? _first;
    private DateRange? _shortest;
    private LocalDate? _firstDay;
    private LocalDate? _lastDay;
    private bool _occurred;
    private string? _place;
    private readonly List<string> _actors = [];
    private readonly List<string> _targets = [];
    private readonly List<string> _mediators = [];
    private readonly List<string> _topics = [];
    // Of each topic, the first document naming it and whether a second one does.
    private readonly Dictionary<string, (string Document, bool Shared)> _topicDocuments = new(StringComparer.Ordinal);
    // The first three documents told of: a topic is left out only with three accounts or more.
    private readonly List<string> _documents = [];
    private readonly List<Quantity> _quantities = [];
    private readonly HashSet<Quantity> _quantitySet = [];

    /// <summary>Adds the next member, in the merger's order.</summary>
    public void Add(EventMention m)
    {
        _first ??= m;
        if (m.Date is { } date)
        {
            // The first of the shortest dates.
            if (_shortest is null || date.LengthInDays < _shortest.Value.LengthInDays)
            {
                _shortest = date;
            }

            if (date.IsSingleDay)
            {
                _firstDay = _firstDay is null || date.Earliest < _firstDay ? date.Earliest : _firstDay;
                _lastDay = _lastDay is null || date.Earliest > _lastDay ? date.Earliest : _lastDay;
            }
        }

        _occurred |= m.Status == EventStatus.Occurred;
        _place ??= m.Place;
        Union(_actors, m.Actors);
        Union(_targets, m.Targets);
        Union(_mediators, m.Mediators);
        Union(_topics, m.Topics);
        foreach (var topic in m.Topics)
        {
            if (!_topicDocuments.TryGetValue(topic, out var seen))
            {
                _topicDocuments[topic] = (m.DocumentId, false);
            }
            else if (!seen.Shared && seen.Document != m.DocumentId)
            {
                _topicDocuments[topic] = (seen.Document, true);
            }
        }

        if (_documents.Count < 3 && !_documents.Contains(m.DocumentId))
        {
            _documents.Add(m.DocumentId);
        }

        foreach (var q in m.Quantities)
        {
            if (_quantitySet.Add(q))
            {
                _quantities.Add(q);
            }
        }
    }

    /// <summary>The event, its id made unique among <paramref name="ids"/>, with no accounts.</summary>
    public Event Build(HashSet<string> ids)
    {
        var first = _first ?? throw new InvalidOperationException("An event needs a member.");
        // Accounts that put it on neighbouring days ("on the 24th" against "on the 25th"): the event spans the days
        // they give, and the contradiction finder sets the accounts side by side.
        var merged = _firstDay is { } from && _lastDay is { } to && from != to ? new DateRange(from, to, DatePrecision.Days) : _shortest;
        var status = _occurred ? EventStatus.Occurred : first.Status;
        return new Event
        {
            Id = EventMerger.MakeId(merged, first.Type, _place ?? (first.Actors.Count > 0 ? first.Actors[0] : first.Targets.Count > 0 ? first.Targets[0] : null), ids),
            Type = first.Type,
            Status = status,
            Date = merged,
            Place = _place,
            Actors = [.. _actors],
            Targets = [.. _targets],
            Mediators = [.. _mediators],
            Topics = SharedTopics(),
            Quantities = [.. _quantities],
            Mentions = [],
        };
    }

    /// <summary>
    /// What a happening is about: with three accounts (documents) or more, the issues at least two of them name (one
    /// passing mention of an issue in a long report is not what the happening was about); otherwise every issue named.
    /// One document telling of the happening in several sentences is one account.
    /// </summary>
    private List<string> SharedTopics()
    {
        if (_documents.Count < 3)
        {
            return [.. _topics];
        }

        var shared = _topics.Where(t => _topicDocuments[t].Shared).ToList();
        return shared.Count > 0 ? shared : [.. _topics];
    }

    private static void Union(List<string> result, IReadOnlyList<string> items)
    {
        foreach (var x in items)
        {
            if (!result.Contains(x))
            {
                result.Add(x);
            }
        }
    }
}
