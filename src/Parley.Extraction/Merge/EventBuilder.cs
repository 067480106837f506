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
    // The first few days a meeting or visit is told to have lasted ("talks on May 14-15", "a three-day visit").
    private DateRange? _heldDays;
    private bool _occurred;
    private string? _place;
    private readonly Named<string> _actors = new();
    private readonly Named<string> _targets = new();
    private readonly Named<string> _mediators = new();
    private readonly Named<string> _topics = new();
    private readonly Named<Quantity> _quantities = new();
    private readonly HashSet<string> _preciseDocuments = new(StringComparer.Ordinal);
    // The first three documents told of: a topic is left out only with three accounts or more.
    private readonly List<string> _documents = [];

    // The longest a meeting or visit told with its days may last for them to be the days it was held ("May 14-15"),
    // rather than a vague span ("this week", "mid-May") that a day told elsewhere narrows.
    private const int MaxHeldDays = 4;

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

            if (_heldDays is null && m.Type is EventType.Meeting or EventType.Visit && date.Precision == DatePrecision.Days &&
                date.LengthInDays is >= 2 and <= MaxHeldDays)
            {
                _heldDays = date;
            }

            if (date.IsSingleDay)
            {
                _firstDay = _firstDay is null || date.Earliest < _firstDay ? date.Earliest : _firstDay;
                _lastDay = _lastDay is null || date.Earliest > _lastDay ? date.Earliest : _lastDay;
            }
        }

        _occurred |= m.Status == EventStatus.Occurred;
        _place ??= m.Place;
        // Members come shortest date first: the documents with a member as precise as the first are the event's most
        // precise accounts, and all their members count as theirs.
        if (m.Date?.LengthInDays == _first.Date?.LengthInDays)
        {
            _preciseDocuments.Add(m.DocumentId);
        }

        var precise = _preciseDocuments.Contains(m.DocumentId);
        _actors.Add(m.Actors, m.DocumentId, precise);
        _targets.Add(m.Targets, m.DocumentId, precise);
        _mediators.Add(m.Mediators, m.DocumentId, precise);
        _topics.Add(m.Topics, m.DocumentId, precise);
        _quantities.Add(m.Quantities, m.DocumentId, precise);

        if (_documents.Count < 3 && !_documents.Contains(m.DocumentId))
        {
            _documents.Add(m.DocumentId);
        }
    }

    /// <summary>The event, its id made unique among <paramref name="ids"/>, with no accounts.</summary>
    public Event Build(HashSet<string> ids)
    {
        var first = _first ?? throw new InvalidOperationException("An event needs a member.");
        // Accounts that put it on neighbouring days ("on the 24th" against "on the 25th"): the event spans the days
        // they give, and the contradiction finder sets the accounts side by side.
        var merged = _firstDay is { } from && _lastDay is { } to && from != to ? new DateRange(from, to, DatePrecision.Days) : _shortest;
        // Talks told as held over a few days and, elsewhere, on one of them ("met on Wednesday") lasted the days: the
        // one day is the part an account saw, not a narrower date of the whole.
        if (merged is { } part && _heldDays is { } held && held.Earliest <= part.Earliest && part.Latest <= held.Latest)
        {
            merged = held;
        }

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
            Quantities = _quantities.Kept(),
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
    /// The values the members name for one field (actors, targets, mediators, topics or counts), in the order first
    /// named, each with the first document naming it, whether another document does too and whether a precise account does.
    /// </summary>
    private sealed class Named<T>
        where T : notnull
    {
        private readonly List<T> _order = [];
        private readonly Dictionary<T, (string Document, bool Shared, bool Precise)> _seen = [];

        /// <param name="values">What one member names.</param>
        /// <param name="document">The member's document.</param>
        /// <param name="precise">Whether the member's document is one of the event's most precise accounts.</param>
        public void Add(IReadOnlyList<T> values, string document, bool precise)
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

        public List<T> All() => [.. _order];

        /// <summary>The values two documents or more name.</summary>
        public List<T> Shared() => [.. _order.Where(v => _seen[v].Shared)];

        /// <summary>
        /// What the accounts agree on (two documents or more name it) and what the most precise accounts name: one
        /// account of vaguer days cannot add a party or a count the others do not give. With one document, everything it names.
        /// </summary>
        public List<T> Kept() => [.. _order.Where(v => _seen[v] is var seen && (seen.Shared || seen.Precise))];
    }
}
