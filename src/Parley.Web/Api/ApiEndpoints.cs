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
            var catalog = reader.Catalog;
            // The event, its claims and contradictions and its accounts' documents, read by id.
            var found = reader.Read(store => store.ReadEventsById([id]) is [var e]
                ? (Event: e, Claims: store.ReadClaims(new Parley.Storage.ClaimFilter { EventId = id }, 1000, null), Contradictions: store.ReadContradictions([id]),
                    Documents: store.ReadDocumentsById([.. e.Mentions.Select(m => m.DocumentId)]))
                : default);
            if (found.Event is null)
            {
                return NotFound($"no event '{id}'");
            }

            var documents = new PageDocuments(found.Documents, catalog);
            var mentions = found.Event.Mentions.Select(m =>
            {
                var outlet = documents.OutletOf(m.DocumentId);
                return new MentionDto(m.DocumentId, outlet.Name, outlet.Affiliation, m.Quote, m.Via, m.Span.Start, m.Span.End);
            }).ToList();
            var row = new EventRow(found.Event, found.Event.Mentions.Select(m => m.DocumentId).Distinct(StringComparer.Ordinal).Count(), new HashSet<string>(), found.Contradictions.Count > 0);
            return Results.Ok(new EventDetailDto(EventSummaryDto.From(row), mentions,
                found.Claims.Select(ClaimDto.From).ToList(), found.Contradictions.Select(ContradictionDto.From).ToList()));
        }).WithSummary("One event with every account, its claims and its contradictions");

        api.MapGet("/entities", (HttpRequest request, WorkbenchReader reader) => Guard(() =>
        {
            var kind = EventFilter.Value(request.Query, "kind") is { } k
                ? EntityKinds.Parse(k) ?? throw new BadQueryException($"'kind' must be one of {string.Join(", ", Enum.GetValues<EntityKind>().Select(x => x.ToWire()))}; got '{k}'")
                : (EntityKind?)null;
            var name = EventFilter.Value(request.Query, "q");
            var limit = Limit(request);
            var cursor = EventFilter.Value(request.Query, "cursor");
            // The entities are the store's small table (no mentions): filtered in memory in id order (a keyset on the id);
            // those the documents name, with their counts and roles, read for a page at a time.
            var candidates = reader.Catalog.Entities
                .Where(e => kind is null || e.Kind == kind)
                .Where(e => name is null || e.Name.Contains(name, StringComparison.OrdinalIgnoreCase) || e.Aliases.Any(a => a.Contains(name, StringComparison.OrdinalIgnoreCase)))
                .Where(e => cursor is null || string.CompareOrdinal(e.Id, cursor) > 0)
                .OrderBy(e => e.Id, StringComparer.Ordinal)
                .Select(e => e.Id);
            var items = new List<EntityDto>();
            var more = false;
            foreach (var chunk in candidates.Chunk(500))
            {
                var counts = reader.Read(store => store.ReadMentionCounts(chunk));
                foreach (var id in chunk.Where(counts.ContainsKey))
                {
                    if (items.Count == limit)
                    {
                        more = true;
                        break;
                    }

                    var e = reader.Read(store => store.ReadEntity(id)) ?? reader.Catalog.EntityOf(id)!;
                    items.Add(new EntityDto(e.Id, e.Kind.ToWire(), e.Name, e.Aliases, e.Roles.Select(r => new RoleDto(r.Title, r.Of, r.From, r.Until, r.DocumentId)).ToList(),
                        e.Geo?.Lat, e.Geo?.Lon, e.Discovered, counts[id]));
                }

                if (more)
                {
                    break;
                }
            }

            return Results.Ok(new Page<EntityDto>(items, more ? items[^1].Id : null));
        })).WithSummary("Entities the documents name, by id; filters: kind, q (name or alias contains)");

        api.MapGet("/claims", (HttpRequest request, WorkbenchReader reader) => Guard(() =>
        {
            var q = request.Query;
            var filter = new Parley.Storage.ClaimFilter { EventId = EventFilter.Value(q, "event"), Speaker = EventFilter.Value(q, "speaker"), Topic = EventFilter.Value(q, "topic"), DocumentId = EventFilter.Value(q, "doc") };
            var limit = Limit(request);
            // A keyset on the claim id: the cursor is the last claim's id.
            var rows = reader.Read(store => store.ReadClaims(filter, limit + 1, EventFilter.Value(q, "cursor")));
            var page = rows.Take(limit).ToList();
            return Results.Ok(new Page<ClaimDto>(page.Select(ClaimDto.From).ToList(), rows.Count > limit ? page[^1].Id : null));
        })).WithSummary("Claims by id; filters: event, speaker, topic, doc");

        api.MapGet("/contradictions", (HttpRequest request, WorkbenchReader reader) => Guard(() =>
        {
            var attribute = EventFilter.Value(request.Query, "attribute") is { } a
                ? ClaimWire.ParseAttribute(a) ?? throw new BadQueryException($"'attribute' must be one of {string.Join(", ", Enum.GetValues<ContradictionAttribute>().Select(x => x.ToWire()))}; got '{a}'")
                : (ContradictionAttribute?)null;
            var eventId = EventFilter.Value(request.Query, "event");
            var limit = Limit(request);
            var cursor = EventFilter.Value(request.Query, "cursor");
            if (eventId is not null)
            {
                // One event's contradictions are few: read whole, by id.
                var ofEvent = reader.Read(store => store.ReadContradictions([eventId])).Where(x => attribute is null || x.Attribute == attribute)
                    .Where(x => cursor is null || string.CompareOrdinal(x.Id, cursor) > 0).ToList();
                var part = ofEvent.Take(limit).ToList();
                return Results.Ok(new Page<ContradictionDto>(part.Select(ContradictionDto.From).ToList(), ofEvent.Count > limit ? part[^1].Id : null));
            }

            // Newest first, a keyset on the last contradiction's id.
            var rows = reader.Read(store => store.ReadContradictionPage(attribute, limit + 1, cursor))
                ?? throw new BadQueryException($"'cursor' must be the 'next' value of an earlier page; no contradiction '{cursor}'");
            var page = rows.Take(limit).ToList();
            return Results.Ok(new Page<ContradictionDto>(page.Select(x => ContradictionDto.From(x.Contradiction)).ToList(), rows.Count > limit ? page[^1].Contradiction.Id : null));
        })).WithSummary("Contradictions, newest first; filters: attribute, event");

        api.MapGet("/positions", (HttpRequest request, WorkbenchReader reader) => Guard(() =>
        {
            var q = request.Query;
            var stance = EventFilter.Value(q, "stance");
            if (stance is not null && stance is not ("supports" or "opposes" or "conditional"))
            {
                throw new BadQueryException($"'stance' must be one of supports, opposes, conditional; got '{stance}'");
            }

            var filter = new Parley.Storage.PositionFilter { Actor = EventFilter.Value(q, "actor"), Topic = EventFilter.Value(q, "topic"), Stance = stance };
            var limit = Limit(request);
            // The cursor is the last position's place: its number in its document, a colon, the document id.
            Parley.Storage.PositionKey? after = null;
            if (EventFilter.Value(q, "cursor") is { } text)
            {
                var colon = text.IndexOf(':', StringComparison.Ordinal);
                after = colon > 0 && int.TryParse(text[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out var seq)
                    ? new Parley.Storage.PositionKey(text[(colon + 1)..], seq)
                    : throw new BadQueryException($"'cursor' must be the 'next' value of an earlier page; got '{text}'");
            }

            var rows = reader.Read(store => store.ReadPositions(filter, limit + 1, after));
            var page = rows.Take(limit).ToList();
            var items = page.Select(x => x.Position)
                .Select(p => new PositionDto(p.Actor, p.Topic, p.Stance.ToWire(), p.Stance.ToDetail(), p.DocumentId, p.Quote, DateDto.From(p.Date), p.Span.Start, p.Span.End)).ToList();
            var next = rows.Count > limit ? page[^1].Key.Seq.ToString(CultureInfo.InvariantCulture) + ":" + page[^1].Key.DocumentId : null;
            return Results.Ok(new Page<PositionDto>(items, next));
        })).WithSummary("Stated positions, by document; filters: actor, topic, stance");

        api.MapGet("/documents", (HttpRequest request, WorkbenchReader reader) => Guard(() =>
        {
            var range = EventFilter.Parse(request.Query);
            var filter = new Parley.Storage.DocumentFilter { Outlet = EventFilter.Value(request.Query, "outlet"), From = range.From, To = range.To };
            var limit = Limit(request);
            // A keyset on the document id: the cursor is the last document's id.
            var rows = reader.Read(store => store.ReadDocumentPage(filter, limit + 1, EventFilter.Value(request.Query, "cursor")));
            var page = rows.Take(limit).ToList();
            return Results.Ok(new Page<DocumentDto>(page.Select(ToDto).ToList(), rows.Count > limit ? page[^1].Id : null));
        })).WithSummary("Documents without their text, by id; filters: outlet, from, to");

        api.MapGet("/documents/{id}", (string id, WorkbenchReader reader) =>
            reader.Read(store => store.ReadDocumentsById([id])) is [var doc] ? Results.Ok(new DocumentTextDto(ToDto(doc), doc.Text)) : NotFound($"no document '{id}'"))
            .WithSummary("One document with its text");

        api.MapGet("/places", (HttpRequest request, WorkbenchReader reader) => Guard(() =>
        {
            var places = Parley.Web.Pages.MapModel.Read(reader, EventFilter.Parse(request.Query)).Places
                .Select(p => new PlaceDto(p.Place.Id, p.Place.Name, p.Place.Geo!.Value.Lat, p.Place.Geo.Value.Lon, p.Events, p.Disputed));
            return Paged(request, places);
        })).WithSummary("Places with the filtered events at each (the map)");

        api.MapGet("/network", (HttpRequest request, WorkbenchReader reader) => Guard(() =>
        {
            var catalog = reader.Catalog;
            var network = Parley.Web.Pages.NetworkModel.Read(reader, EventFilter.Parse(request.Query));
            // Each actor once, in the order of the strongest link it is on.
            var nodes = network.Links.SelectMany(l => new[] { l.A, l.B }).Distinct(StringComparer.Ordinal)
                .Select(id => new NetworkNodeDto(id, catalog.NameOf(id), catalog.EntityOf(id)?.Kind.ToWire() ?? "unknown", network.ActorEvents.GetValueOrDefault(id))).ToList();
            return Results.Ok(new NetworkDto(nodes, network.Links.Select(l => new NetworkEdgeDto(l.A, l.B, l.Relation, l.Events)).ToList()));
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
