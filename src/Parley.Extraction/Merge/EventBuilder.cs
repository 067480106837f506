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
    private readonly Named _actors = new();
    private readonly Named _targets = new();
    private readonly Named _mediators = new();
    private readonly Named _topics = new();
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
        // Members come shortest date first: those as precise as the first are the event's most precise accounts.
        var precise = m.DocumentId == _first.DocumentId || m.Date?.LengthInDays == _first.Date?.LengthInDays;
        _actors.Add(m.Actors, m.DocumentId, precise);
        _targets.Add(m.Targets, m.DocumentId, precise);
        _mediators.Add(m.Mediators, m.DocumentId, precise);
        _topics.Add(m.Topics, m.DocumentId, precise);

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
            Actors = _actors.Kept(),
            Targets = _targets.Kept(),
            Mediators = _mediators.Kept(),
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
            return _topics.All();
        }

        var shared = _topics.Shared();
        return shared.Count > 0 ? shared : _topics.All();
    }

    /// <summary>
    /// The values the members name for one field (actors, targets, mediators or topics), in the order first named,
    /// each with the first document naming it, whether another document does too and whether a precise account does.
    /// </summary>
    private sealed class Named
    {
        private readonly List<string> _order = [];
        private readonly Dictionary<string, (string Document, bool Shared, bool Precise)> _seen = new(StringComparer.Ordinal);

        /// <param name="values">What one member names.</param>
        /// <param name="document">The member's document.</param>
        /// <param name="precise">Whether the member is one of the event's most precise accounts, or from the first one's document.</param>
        public void Add(IReadOnlyList<string> values, string document, bool precise)
        {
            foreach (var value in values)
            {
                if (!_seen.TryGetValue(value, out var seen))
                {
                    _seen[value] = (document, false, precise);
                    _order.Add(value);
                }
                else
                {
                    _seen[value] = (seen.Document, seen.Shared || seen.Document != document, seen.Precise || precise);
                }
            }
        }

        public List<string> All() => [.. _order];

        /// <summary>The values two documents or more name.</summary>
        public List<string> Shared() => [.. _order.Where(v => _seen[v].Shared)];

        /// <summary>
        /// What the accounts agree on (two documents or more name it) and what the most precise accounts name: one
        /// account of vaguer days cannot add a party the others do not name. With one document, everything it names.
        /// </summary>
        public List<string> Kept() => [.. _order.Where(v => _seen[v] is var seen && (seen.Shared || seen.Precise))];
    }
}
