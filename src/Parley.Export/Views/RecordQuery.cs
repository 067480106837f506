using NodaTime;
using Parley.Model;
using Parley.Storage;
using Parley.Time;

namespace Parley.Export.Views;

/// <summary>The filters a person gives, as text, before they are checked (command-line options, query strings).</summary>
/// <param name="From">First day of the period: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</param>
/// <param name="To">Last day of the period, same forms (a month means its last day).</param>
/// <param name="Type">Event type wire name.</param>
/// <param name="Actor">Actor entity id, name or alias.</param>
/// <param name="Topic">Topic id.</param>
public sealed record FilterInput(string? From = null, string? To = null, string? Type = null, string? Actor = null, string? Topic = null)
{
    /// <summary>True when no filter is given.</summary>
    public bool IsEmpty => From is null && To is null && Type is null && Actor is null && Topic is null;

    /// <summary>The filters given, as "from 2023-01, type meeting" for messages.</summary>
    public string Describe() => string.Join(", ", new[]
    {
        From is null ? null : $"from {From}", To is null ? null : $"to {To}", Type is null ? null : $"type {Type}",
        Actor is null ? null : $"actor {Actor}", Topic is null ? null : $"topic {Topic}",
    }.OfType<string>());
}

/// <summary>Why a filter cannot be used.</summary>
/// <param name="Field">The filter at fault: from, to, type or actor.</param>
/// <param name="Message">What is wrong and what to do.</param>
public sealed record FilterProblem(string Field, string Message);

/// <summary>One page of the timeline.</summary>
/// <param name="Filter">The checked filter (the actor resolved to its id).</param>
/// <param name="Events">The page's events, earliest first.</param>
/// <param name="NextAfter">The event id the next page starts after; null when this is the last page.</param>
public sealed record TimelinePage(RecordFilter Filter, IReadOnlyList<EventSummary> Events, string? NextAfter);

/// <summary>
/// Checks filters given as text and reads the slice of the record they select: the one place the surfaces turn
/// a person's dates, type and actor name into a <see cref="RecordFilter"/>.
/// </summary>
public static class RecordQuery
{
    /// <summary>Checks the period, type and topic; the actor name needs the store and is checked by <see cref="ReadTimeline"/> and the commands' reads.</summary>
    public static FilterProblem? TryParse(FilterInput input, out RecordFilter filter)
    {
        ArgumentNullException.ThrowIfNull(input);
        filter = RecordFilter.All;
        var from = DateRange.ParsePartial(input.From);
        if (input.From is not null && from is null)
        {
            return new FilterProblem("from", $"'{input.From}' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD");
        }

        var to = DateRange.ParsePartial(input.To);
        if (input.To is not null && to is null)
        {
            return new FilterProblem("to", $"'{input.To}' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD");
        }

        DateRange? period = null;
        if (from is not null || to is not null)
        {
            var first = from?.Earliest ?? new LocalDate(1, 1, 1);
            var last = to?.Latest ?? new LocalDate(9999, 12, 31);
            if (first > last)
            {
                return new FilterProblem("to", $"the period ends ({input.To}) before it starts ({input.From})");
            }

            period = new DateRange(first, last, DatePrecision.Days);
        }

        EventType? type = null;
        if (input.Type is not null)
        {
            type = EventTypes.Parse(input.Type.Trim());
            if (type is null)
            {
                return new FilterProblem("type", $"unknown event type '{input.Type}'; known types: {string.Join(", ", EventTypes.All.Select(t => t.ToWire()))}");
            }
        }

        filter = new RecordFilter { Period = period, Type = type, Topic = string.IsNullOrWhiteSpace(input.Topic) ? null : input.Topic.Trim() };
        return null;
    }

    /// <summary>
    /// Checks <paramref name="input"/> and looks its actor up by name among the stored entities, without reading the record.
    /// </summary>
    public static FilterProblem? Resolve(IParleyStore store, FilterInput input, out RecordFilter filter)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (TryParse(input, out filter) is { } problem)
        {
            return problem;
        }

        if (!string.IsNullOrWhiteSpace(input.Actor))
        {
            var lookup = new RecordView(new ParleyRecord { Entities = SliceReads.Entities(store) }).FindActor(input.Actor);
            if (lookup.EntityId is null)
            {
                return new FilterProblem("actor", UnknownActor(input.Actor, lookup));
            }

            filter = filter with { Actor = lookup.EntityId };
        }

        return null;
    }

    /// <summary>
    /// Reads one page of the timeline <paramref name="input"/> selects straight from the store's indexes: at most
    /// <paramref name="limit"/> events (0 for all) after the event <paramref name="afterEventId"/>, with only the
    /// entities and contradictions the page needs, so a page costs the same on a store of a million events as on a
    /// small one. An actor is looked up by name among the stored entities.
    /// </summary>
    public static FilterProblem? ReadTimeline(IParleyStore store, FilterInput input, int limit, string? afterEventId, out TimelinePage? page)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        page = null;
        if (TryParse(input, out var filter) is { } problem)
        {
            return problem;
        }

        var entities = store.ReadEntities().Select(e => new EntityWithMentions(e, [])).ToList();
        if (!string.IsNullOrWhiteSpace(input.Actor))
        {
            var lookup = new RecordView(new ParleyRecord { Entities = entities }).FindActor(input.Actor);
            if (lookup.EntityId is null)
            {
                return new FilterProblem("actor", UnknownActor(input.Actor, lookup));
            }

            filter = filter with { Actor = lookup.EntityId };
        }

        // One more than the page, to tell whether another page follows.
        var events = store.ReadEvents(filter, limit == 0 ? int.MaxValue : limit + 1, afterEventId);
        if (events is null)
        {
            return new FilterProblem("after", $"no event '{afterEventId}' in the store; give the id a previous page ended with");
        }

        var shown = limit == 0 ? events : [.. events.Take(limit)];
        var contradictions = store.ReadContradictions([.. shown.Select(e => e.Id)]);
        var view = new RecordView(new ParleyRecord { Entities = entities, Events = shown, Contradictions = contradictions });
        // The cursor is the last event in the store's order; within the page the events are shown in the timeline's
        // full order (a day's events by their latest day too), as the whole record shows them.
        page = new TimelinePage(filter, [.. RecordView.Chronological(shown).Select(view.Summarize)],
            events.Count > shown.Count ? shown[^1].Id : null);
        return null;
    }

    /// <summary>"no actor named X; did you mean Y?"</summary>
    public static string UnknownActor(string name, ActorLookup lookup) =>
        $"no actor named '{name}' in the record" + (lookup.Suggestion is { } s ? $"; did you mean '{s}'?" : "");
}
