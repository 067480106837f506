using System.Globalization;
using System.Text;
using FuzzySharp;
using Parley.Model;
using Parley.Time;

namespace Parley.Export.Views;

/// <summary>
/// Read-only questions over a (filtered) record, answered with view models that name things instead of giving
/// ids: the timeline, one event's accounts, an actor's profile, the contradictions, the outlets. The terminal
/// views, the brief and the exporters share it, and so can the workbench.
/// </summary>
public sealed class RecordView
{
    /// <summary>The outlet shown for documents that do not name theirs.</summary>
    public const string UnknownOutlet = "(unknown outlet)";

    private readonly Dictionary<string, Entity> _entities;
    private readonly Dictionary<string, int> _mentionDocuments;
    private readonly Dictionary<string, Document> _documents;
    private readonly Dictionary<string, Claim> _claims;
    private readonly Dictionary<string, Event> _events;
    private readonly Dictionary<string, (Event Event, EventMention Mention)> _mentions;
    private readonly Dictionary<string, List<Contradiction>> _contradictionsByEvent;
    private readonly Dictionary<string, Entity> _outletsByName;

    /// <summary>Indexes <paramref name="record"/>.</summary>
    public RecordView(ParleyRecord record)
        : this(record, null)
    {
    }

    /// <summary>
    /// Indexes <paramref name="record"/>, taking its entities from <paramref name="names"/> when given instead of indexing
    /// the record's own (a page of a streamed export, over the entities read once).
    /// </summary>
    internal RecordView(ParleyRecord record, RecordView? names)
    {
        ArgumentNullException.ThrowIfNull(record);
        Record = record;
        if (names is not null)
        {
            (_entities, _mentionDocuments, _outletsByName) = (names._entities, names._mentionDocuments, names._outletsByName);
        }
        else
        {
            _entities = record.Entities.GroupBy(e => e.Entity.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Entity, StringComparer.Ordinal);
            _mentionDocuments = record.Entities.GroupBy(e => e.Entity.Id, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Mentions).Select(m => m.DocumentId).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
            _outletsByName = new Dictionary<string, Entity>(StringComparer.Ordinal);
            foreach (var outlet in _entities.Values.Where(e => e.Kind == EntityKind.Outlet))
            {
                foreach (var name in outlet.Aliases.Prepend(outlet.Name))
                {
                    _outletsByName.TryAdd(Normalize(name), outlet);
                }
            }
        }

        _documents = record.Documents.GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _claims = record.Claims.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _events = record.Events.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _mentions = new Dictionary<string, (Event, EventMention)>(StringComparer.Ordinal);
        foreach (var e in record.Events)
        {
            foreach (var m in e.Mentions)
            {
                _mentions.TryAdd(MentionId(m), (e, m));
            }
        }

        _contradictionsByEvent = record.Contradictions.Where(x => x.EventId is not null)
            .GroupBy(x => x.EventId!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    /// <summary>The record this view reads.</summary>
    public ParleyRecord Record { get; }

    /// <summary>How a contradiction refers to an event mention rather than a claim: <c>{doc}#{key}</c>.</summary>
    public static string MentionId(EventMention mention) => $"{mention.DocumentId}#{mention.Key}";

    /// <summary>The entity with id <paramref name="id"/>, or null.</summary>
    public Entity? Entity(string? id) => id is not null && _entities.TryGetValue(id, out var e) ? e : null;

    /// <summary>The entity's name, or the id itself when the record does not know it.</summary>
    public string Name(string id) => Entity(id)?.Name ?? id;

    /// <summary>The document with id <paramref name="id"/>, or null.</summary>
    public Document? Document(string id) => _documents.GetValueOrDefault(id);

    /// <summary>The event with id <paramref name="id"/>, or null.</summary>
    public Event? Event(string id) => _events.GetValueOrDefault(id);

    /// <summary>The outlet entity a document's printed outlet names, when the record knows it.</summary>
    public Entity? OutletEntity(string documentId) =>
        Document(documentId)?.Outlet is { } outlet && _outletsByName.TryGetValue(Normalize(outlet), out var e) ? e : null;

    /// <summary>Distinct documents reporting <paramref name="e"/>.</summary>
    public IReadOnlyList<string> DocumentsOf(Event e) => [.. e.Mentions.Select(m => m.DocumentId).Distinct(StringComparer.Ordinal)];

    /// <summary>True when some contradiction is about <paramref name="eventId"/>.</summary>
    public bool IsContradicted(string eventId) => _contradictionsByEvent.ContainsKey(eventId);

    /// <summary>A citation of the quote at <paramref name="start"/>..<paramref name="end"/> of a document.</summary>
    public CitationView Cite(string documentId, int start, int end, string quote)
    {
        var document = Document(documentId);
        return new CitationView(documentId, document?.Outlet, DateText(document?.Published), quote, start, end);
    }

    /// <summary>A citation of an event account.</summary>
    public CitationView Cite(EventMention m) => Cite(m.DocumentId, m.Span.Start, m.Span.End, m.Quote);

    /// <summary>A citation of a claim.</summary>
    public CitationView Cite(Claim c) => Cite(c.DocumentId, c.Span.Start, c.Span.End, c.Quote);

    /// <summary>A citation of a position.</summary>
    public CitationView Cite(Position p) => Cite(p.DocumentId, p.Span.Start, p.Span.End, p.Quote);

    /// <summary>ISO text of a range: one day, or <c>earliest..latest</c>; null for null.</summary>
    public static string? DateText(DateRange? range) => range is not { } r ? null
        : r.IsSingleDay ? DateRange.Iso(r.Earliest) : $"{DateRange.Iso(r.Earliest)}..{DateRange.Iso(r.Latest)}";

    /// <summary>A count as text: "5 killed", "about 40 tons", "2 killed (azerbaijan)".</summary>
    public static string QuantityText(Quantity q) =>
        $"{(q.Approximate ? "about " : "")}{q.Value.ToString("0.##", CultureInfo.InvariantCulture)} {q.Kind.ToWire()}{(q.Side is null ? "" : $" ({q.Side})")}";

    /// <summary>The events, earliest first (undated last).</summary>
    public IReadOnlyList<EventSummary> Timeline() => [.. Chronological(Record.Events).Select(Summarize)];

    /// <summary>Events ordered by their first possible day, undated ones last, then by id.</summary>
    public static IEnumerable<Event> Chronological(IEnumerable<Event> events) =>
        events.OrderBy(e => e.Date is null).ThenBy(e => e.Date?.Earliest).ThenBy(e => e.Date?.Latest).ThenBy(e => e.Id, StringComparer.Ordinal);

    /// <summary>The view of one event.</summary>
    public EventSummary Summarize(Event e) => new(
        e.Id, e.Type.ToWire(), e.Status.ToWire(), DateText(e.Date),
        e.Date is { } d ? DateRange.Iso(d.Earliest) : null, e.Date is { } d2 ? DateRange.Iso(d2.Latest) : null,
        e.Place, e.Place is null ? null : Name(e.Place),
        Names(e.Actors), Names(e.Targets), Names(e.Mediators), e.Topics,
        [.. e.Quantities.Select(QuantityText)], DocumentsOf(e).Count, IsContradicted(e.Id));

    /// <summary>Every account of the event side by side, with the contradictions about it; null when unknown.</summary>
    public EventDetail? Detail(string eventId)
    {
        if (Event(eventId) is not { } e)
        {
            return null;
        }

        var claims = Record.Claims.Where(c => c.EventId == e.Id).ToList();
        var accounts = e.Mentions.Select(m => new AccountView(
            Cite(m), m.Status.ToWire(), DateText(m.Date), m.Place is null ? null : Name(m.Place), Names(m.Actors), Names(m.Targets),
            [.. m.Quantities.Select(QuantityText)], m.Via is null ? null : Name(m.Via),
            [.. claims.Where(c => c.DocumentId == m.DocumentId).Select(ToView)])).ToList();
        var contradictions = _contradictionsByEvent.GetValueOrDefault(e.Id) ?? [];
        return new EventDetail(Summarize(e), accounts, [.. contradictions.Select(Resolve)]);
    }

    /// <summary>Every contradiction in the record, resolved to quotes.</summary>
    public IReadOnlyList<ContradictionView> Contradictions() => [.. Record.Contradictions.Select(Resolve)];

    /// <summary>
    /// Resolves each account of a contradiction to its quote. Accounts are claim ids or event mentions
    /// (<c>{doc}#{key}</c>); when the values do not pair one-to-one with the accounts (differing counts), each value
    /// is cited from an account of the event that gives it.
    /// </summary>
    public ContradictionView Resolve(Contradiction x)
    {
        var e = x.EventId is null ? null : Event(x.EventId);
        var sides = new List<ContradictionSide>();
        if (x.Values.Count == x.ClaimIds.Count)
        {
            for (var i = 0; i < x.ClaimIds.Count; i++)
            {
                sides.Add(Side(x.ClaimIds[i], x.Values[i]));
            }
        }
        else
        {
            foreach (var value in x.Values)
            {
                var mention = e?.Mentions.FirstOrDefault(m => m.Quantities.Any(q => value.StartsWith(q.Value.ToString("0.##", CultureInfo.InvariantCulture) + " ", StringComparison.Ordinal)
                                                                                   && value.EndsWith(q.Kind.ToWire(), StringComparison.Ordinal)));
                sides.Add(mention is null ? new ContradictionSide(value, null, null) : new ContradictionSide(value, SpeakerOf(mention), Cite(mention)));
            }
        }

        return new ContradictionView(x.Id, x.Attribute.ToWire(), e is null ? null : Summarize(e), sides);
    }

    private ContradictionSide Side(string accountId, string value)
    {
        if (_claims.TryGetValue(accountId, out var claim))
        {
            var speaker = claim.Speaker ?? claim.Via;
            return new ContradictionSide(value, speaker is null ? Document(claim.DocumentId)?.Outlet : Name(speaker), Cite(claim));
        }

        return _mentions.TryGetValue(accountId, out var found)
            ? new ContradictionSide(value, SpeakerOf(found.Mention), Cite(found.Mention))
            : new ContradictionSide(value, null, null);
    }

    private string? SpeakerOf(EventMention m) => m.Via is not null ? Name(m.Via) : Document(m.DocumentId)?.Outlet;

    private ClaimView ToView(Claim c) =>
        new(c.Id, c.Speaker is null ? null : Name(c.Speaker), c.Via is null ? null : Name(c.Via), c.Stance.ToWire(), Cite(c));

    /// <summary>Each party's positions on each topic, earliest first, and whether the stance moved.</summary>
    public IReadOnlyList<PositionTrack> PositionTracks(string? actorId = null) =>
        [.. Record.Positions
            .Where(p => actorId is null || p.Actor == actorId)
            .GroupBy(p => (p.Actor, p.Topic))
            .OrderBy(g => Name(g.Key.Actor), StringComparer.OrdinalIgnoreCase).ThenBy(g => g.Key.Topic, StringComparer.Ordinal)
            .Select(g =>
            {
                var steps = g.OrderBy(p => p.Date is null).ThenBy(p => p.Date?.Earliest).ThenBy(p => p.DocumentId, StringComparer.Ordinal).ThenBy(p => p.Span.Start)
                    .Select(p => new PositionView(Name(p.Actor), p.Topic, p.Stance.ToWire(), p.Stance.ToDetail(), DateText(p.Date), Cite(p))).ToList();
                return new PositionTrack(g.Key.Actor, Name(g.Key.Actor), g.Key.Topic, steps, steps.Select(s => s.Stance).Distinct().Count() > 1);
            })];

    /// <summary>Roles, events and positions of one actor; null when the record does not know the id.</summary>
    public ActorProfile? Actor(string entityId)
    {
        if (Entity(entityId) is not { } entity)
        {
            return null;
        }

        var events = new List<ActorEvent>();
        foreach (var e in Chronological(Record.Events))
        {
            var role = e.Actors.Contains(entityId) ? "actor" : e.Targets.Contains(entityId) ? "target" : e.Mediators.Contains(entityId) ? "mediator" : null;
            if (role is not null)
            {
                events.Add(new ActorEvent(role, Summarize(e)));
            }
        }

        return new ActorProfile(
            entity.Id, entity.Name, entity.Kind.ToWire(), entity.Aliases,
            [.. entity.Roles.Select(r => new RoleView(r.Title, r.Of is null ? null : Name(r.Of), r.From, r.Until, r.DocumentId))],
            events, PositionTracks(entityId), _mentionDocuments.GetValueOrDefault(entityId));
    }

    /// <summary>Per outlet: its documents, their claims, the events they report and those only it reports.</summary>
    public IReadOnlyList<SourceSummary> Sources()
    {
        string OutletKey(string documentId) => Document(documentId)?.Outlet ?? UnknownOutlet;
        var eventOutlets = Record.Events.ToDictionary(e => e.Id, e => e.Mentions.Select(m => OutletKey(m.DocumentId)).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        return [.. Record.Documents
            .GroupBy(d => d.Outlet ?? UnknownOutlet, StringComparer.Ordinal)
            .Select(g =>
            {
                var docs = g.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
                var reported = Record.Events.Where(e => e.Mentions.Any(m => docs.Contains(m.DocumentId))).ToList();
                return new SourceSummary(
                    g.Key, docs.Count, Record.Claims.Count(c => docs.Contains(c.DocumentId)), reported.Count,
                    [.. reported.Where(e => eventOutlets[e.Id] is [var only] && only == g.Key).Select(e => e.Id)]);
            })
            .OrderByDescending(s => s.Documents).ThenBy(s => s.Outlet, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>
    /// Finds an actor by id, name or alias (case, accents and punctuation ignored); when none matches, suggests
    /// the closest name the record knows. Places and routes are not actors.
    /// </summary>
    public ActorLookup FindActor(string nameOrId)
    {
        var key = Normalize(nameOrId);
        var candidates = _entities.Values.Where(e => e.Kind is not (EntityKind.Place or EntityKind.Route)).ToList();
        var exact = candidates.FirstOrDefault(e => e.Id == nameOrId.Trim())
                    ?? candidates.FirstOrDefault(e => e.Aliases.Prepend(e.Name).Prepend(e.Id).Any(n => Normalize(n) == key));
        if (exact is not null)
        {
            return new ActorLookup(exact.Id, null);
        }

        var names = candidates.SelectMany(e => e.Aliases.Prepend(e.Name).Select(n => (Name: n, Entity: e))).ToList();
        if (names.Count == 0 || key.Length == 0)
        {
            return new ActorLookup(null, null);
        }

        var best = Process.ExtractOne(key, names.Select(n => Normalize(n.Name)), cutoff: 60);
        return new ActorLookup(null, best is null ? null : names[best.Index].Entity.Name);
    }

    /// <summary>The event id closest to <paramref name="id"/>, when one is close.</summary>
    public string? SuggestEvent(string id) => SuggestEvent(id, _events.Keys);

    /// <summary>The one of <paramref name="candidates"/> closest to the event id <paramref name="id"/>, when one is close.</summary>
    public static string? SuggestEvent(string id, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var ids = candidates.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (ids.Count == 0 || string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        var best = Process.ExtractOne(id, ids, cutoff: 60);
        return best is null ? null : ids[best.Index];
    }

    /// <summary>Lower case, accents dropped, runs of anything but letters and digits as one space.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return sb.ToString();
    }

    private List<string> Names(IEnumerable<string> ids) => [.. ids.Select(Name)];
}
