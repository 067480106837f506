using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Parley.Model;
using Parley.Web.Data;

namespace Parley.Web.Api;

/// <summary>
/// The JSON API under <c>/api</c>: read-only, paged (<c>{"items": [...], "next": cursor-or-null}</c> with
/// <c>?limit=</c> up to 500 and <c>?cursor=</c> from the previous page), with the timeline's filters on events. The events
/// are read a page at a time from the store's indexes (the cursor is the last event's id), whatever the filters.
/// Bad parameters answer 400 and unknown ids 404, each with <c>{"error": "..."}</c>.
/// </summary>
public static class ApiEndpoints
{
    /// <summary>The page size when none is asked for.</summary>
    public const int DefaultLimit = 50;

    /// <summary>The largest page size.</summary>
    public const int MaxLimit = 500;

    /// <summary>Adds the endpoints to <paramref name="app"/>.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("record");
        api.MapGet("/events", (HttpRequest request, WorkbenchReader reader) => Guard(() =>
        {
            var filter = EventFilter.Parse(request.Query);
            var limit = Limit(request);
            var cursor = EventFilter.Value(request.Query, "cursor");
            // The cursor is the id of the previous page's last event (a keyset: page 1000 costs what page 1 does).
            var page = reader.StoreEventPage(filter, limit, cursor);
            return Results.Ok(new Page<EventSummaryDto>(page.Rows.Select(EventSummaryDto.From).ToList(), page.Next));
        })).WithSummary("Events, earliest first; filters: type, actor, place, topic, outlet, status, from, to, disputed");

        api.MapGet("/events/{id}", (string id, WorkbenchReader reader) =>
        {
            var index = reader.Current;
            if (!index.EventRowsById.TryGetValue(id, out var row))
            {
                return NotFound($"no event '{id}'");
            }

            var mentions = row.Event.Mentions.Select(m =>
            {
                var outlet = index.OutletOf(m.DocumentId);
                return new MentionDto(m.DocumentId, outlet.Name, outlet.Affiliation, m.Quote, m.Via, m.Span.Start, m.Span.End);
            }).ToList();
            return Results.Ok(new EventDetailDto(EventSummaryDto.From(row), mentions,
                index.ClaimsByEvent[id].Select(ClaimDto.From).ToList(),
                index.ContradictionsByEvent[id].Select(ContradictionDto.From).ToList()));
        }).WithSummary("One event with every account, its claims and its contradictions");

        api.MapGet("/entities", (HttpRequest request, WorkbenchReader reader) => Guard(() =>
        {
            var kind = EventFilter.Value(request.Query, "kind") is { } k
                ? EntityKinds.Parse(k) ?? throw new BadQueryException($"'kind' must be one of {string.Join(", ", Enum.GetValues<EntityKind>().Select(x => x.ToWire()))}; got '{k}'")
                : (EntityKind?)null;
            var name = EventFilter.Value(request.Query, "q");
            var items = reader.Current.Record.Entities
                .Where(e => kind is null || e.Entity.Kind == kind)
                .Where(e => name is null || e.Entity.Name.Contains(name, StringComparison.OrdinalIgnoreCase) || e.Entity.Aliases.Any(a => a.Contains(name, StringComparison.OrdinalIgnoreCase)))
                .Select(e => new EntityDto(e.Entity.Id, e.Entity.Kind.ToWire(), e.Entity.Name, e.Entity.Aliases,
                    e.Entity.Roles.Select(r => new RoleDto(r.Title, r.Of, r.From, r.Until, r.DocumentId)).ToList(),
                    e.Entity.Geo?.Lat, e.Entity.Geo?.Lon, e.Entity.Discovered, e.Mentions.Count));
            return Paged(request, items);
        })).WithSummary("Entities; filters: kind, q (name or alias contains)");

        api.MapGet("/claims", (HttpRequest request, WorkbenchReader reader) => Guard(() =>
        {
            var q = request.Query;
            var (eventId, speaker, topic, doc) = (EventFilter.Value(q, "event"), EventFilter.Value(q, "speaker"), EventFilter.Value(q, "topic"), EventFilter.Value(q, "doc"));
            var items = reader.Current.Record.Claims
                .Where(c => (eventId is null || c.EventId == eventId) && (speaker is null || c.Speaker == speaker)
                    && (topic is null || c.Topics.Contains(topic)) && (doc is null || c.DocumentId == doc));
            return Paged(request, items, ClaimDto.From);
        })).WithSummary("Claims; filters: event, speaker, topic, doc");

        api.MapGet("/contradictions", (HttpRequest request, WorkbenchReader reader) => Guard(() =>
        {
            var attribute = EventFilter.Value(request.Query, "attribute") is { } a
                ? ClaimWire.ParseAttribute(a) ?? throw new BadQueryException($"'attribute' must be one of {string.Join(", ", Enum.GetValues<ContradictionAttribute>().Select(x => x.ToWire()))}; got '{a}'")
                : (ContradictionAttribute?)null;
            var eventId = EventFilter.Value(request.Query, "event");
            var items = RecordViews.Contradictions(reader.Current, attribute)
                .Where(c => eventId is null || c.Contradiction.EventId == eventId);
            return Paged(request, items, c => ContradictionDto.From(c.Contradiction));
        })).WithSummary("Contradictions, newest first; filters: attribute, event");

        api.MapGet("/positions", (HttpRequest request, WorkbenchReader reader) => Guard(() =>
        {
            var q = request.Query;
            var (actor, topic) = (EventFilter.Value(q, "actor"), EventFilter.Value(q, "topic"));
            var stance = EventFilter.Value(q, "stance");
            if (stance is not null && stance is not ("supports" or "opposes" or "conditional"))
            {
                throw new BadQueryException($"'stance' must be one of supports, opposes, conditional; got '{stance}'");
            }

            var items = reader.Current.Record.Positions
                .Where(p => (actor is null || p.Actor == actor) && (topic is null || p.Topic == topic) && (stance is null || p.Stance.ToWire() == stance))
                .Select(p => new PositionDto(p.Actor, p.Topic, p.Stance.ToWire(), p.Stance.ToDetail(), p.DocumentId, p.Quote, DateDto.From(p.Date), p.Span.Start, p.Span.End));
            return Paged(request, items);
        })).WithSummary("Stated positions; filters: actor, topic, stance");

        api.MapGet("/documents", (HttpRequest request, WorkbenchReader reader) => Guard(() =>
        {
            var outlet = EventFilter.Value(request.Query, "outlet");
            var range = EventFilter.Parse(request.Query);
            var items = reader.Current.Record.Documents
                .Where(d => outlet is null || string.Equals(d.Outlet, outlet, StringComparison.OrdinalIgnoreCase))
                .Where(d => range.From is null || (d.Published is { } p1 && p1.Latest >= range.From))
                .Where(d => range.To is null || (d.Published is { } p2 && p2.Earliest <= range.To));
            return Paged(request, items, ToDto);
        })).WithSummary("Documents without their text; filters: outlet, from, to");

        api.MapGet("/documents/{id}", (string id, WorkbenchReader reader) =>
            reader.Current.Documents.TryGetValue(id, out var doc) ? Results.Ok(new DocumentTextDto(ToDto(doc), doc.Text)) : NotFound($"no document '{id}'"))
            .WithSummary("One document with its text");

        api.MapGet("/places", (HttpRequest request, WorkbenchReader reader) => Guard(() =>
        {
            var places = RecordViews.Places(reader.Current, EventFilter.Parse(request.Query))
                .Select(p => new PlaceDto(p.Place.Id, p.Place.Name, p.Place.Geo!.Value.Lat, p.Place.Geo.Value.Lon, p.Events.Count, p.Events.Count(e => e.Disputed)));
            return Paged(request, places);
        })).WithSummary("Places with the filtered events at each (the map)");

        api.MapGet("/network", (HttpRequest request, WorkbenchReader reader) => Guard(() =>
        {
            var index = reader.Current;
            var links = RecordViews.Network(index, EventFilter.Parse(request.Query)).Take(400).ToList();
            var counts = links.SelectMany(l => new[] { (l.A, l.Events), (l.B, l.Events) })
                .GroupBy(x => x.Item1).ToDictionary(g => g.Key, g => g.SelectMany(x => x.Events).Distinct().Count());
            var nodes = counts.Select(kv => new NetworkNodeDto(kv.Key, index.NameOf(kv.Key),
                index.Entities.TryGetValue(kv.Key, out var e) ? e.Kind.ToWire() : "unknown", kv.Value)).ToList();
            return Results.Ok(new NetworkDto(nodes, links.Select(l => new NetworkEdgeDto(l.A, l.B, l.Relation, l.Events.Count)).ToList()));
        })).WithSummary("Actors linked by meetings, mediations and clashes (the network), with the timeline's filters");

        api.MapGet("/{**rest}", (string rest) => NotFound($"no API endpoint '/api/{rest}'")).ExcludeFromDescription();
    }

    private static DocumentDto ToDto(Document d) =>
        new(d.Id, d.Title, d.Outlet, d.Authors, DateDto.From(d.Published), d.PublishedInferred, d.Url, d.Text.Length);

    private static IResult Paged<T>(HttpRequest request, IEnumerable<T> items) => Paged(request, items, x => x);

    /// <summary>The page size asked for, checked.</summary>
    private static int Limit(HttpRequest request)
    {
        var limitText = EventFilter.Value(request.Query, "limit");
        var limit = DefaultLimit;
        if (limitText is not null && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > MaxLimit))
        {
            throw new BadQueryException($"'limit' must be a whole number from 1 to {MaxLimit}; got '{limitText}'");
        }

        return limit;
    }

    /// <summary>One page of <paramref name="items"/>; only the page's items are projected to what the API writes.</summary>
    private static IResult Paged<TSource, T>(HttpRequest request, IEnumerable<TSource> items, Func<TSource, T> project)
    {
        var limit = Limit(request);
        var cursorText = EventFilter.Value(request.Query, "cursor");
        var offset = 0;
        if (cursorText is not null && (!int.TryParse(cursorText, NumberStyles.None, CultureInfo.InvariantCulture, out offset) || offset < 0))
        {
            throw new BadQueryException($"'cursor' must be the 'next' value of an earlier page; got '{cursorText}'");
        }

        var page = items.Skip(offset).Take(limit + 1).ToList();
        var next = page.Count > limit ? (offset + limit).ToString(CultureInfo.InvariantCulture) : null;
        return Results.Ok(new Page<T>(page.Take(limit).Select(project).ToList(), next));
    }

    private static IResult Guard(Func<IResult> answer)
    {
        try
        {
            return answer();
        }
        catch (BadQueryException ex)
        {
            return Results.Json(new { error = ex.Message }, statusCode: StatusCodes.Status400BadRequest);
        }
    }

    private static IResult NotFound(string message) => Results.Json(new { error = message }, statusCode: StatusCodes.Status404NotFound);
}
