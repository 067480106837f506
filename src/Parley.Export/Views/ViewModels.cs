using System.Text.Json.Serialization;

namespace Parley.Export.Views;

/// <summary>A quote in its document, with what a reader needs to cite it: the outlet and the publication date.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Outlet">The document's outlet, when known.</param>
/// <param name="Published">The publication date (ISO day, or <c>earliest..latest</c>), when known.</param>
/// <param name="Quote">The quote: an exact substring of the document's text.</param>
/// <param name="Start">Offset of the quote in the verbatim text.</param>
/// <param name="End">End offset (exclusive).</param>
public sealed record CitationView(string DocumentId, string? Outlet, string? Published, string Quote, int Start, int End)
{
    /// <summary>"Outlet, date" for a citation mark; the document id stands in for an unknown outlet.</summary>
    public string Label => $"{Outlet ?? DocumentId}, {Published ?? "undated"}";
}

/// <summary>One merged event as views list it: names instead of ids, dates as ISO text.</summary>
/// <param name="Id">Event id.</param>
/// <param name="Type">Type wire name (<c>armed_clash</c>).</param>
/// <param name="Status">Status wire name.</param>
/// <param name="Date">ISO day or <c>earliest..latest</c>; null when undated.</param>
/// <param name="DateEarliest">First possible day, ISO.</param>
/// <param name="DateLatest">Last possible day, ISO.</param>
/// <param name="PlaceId">Place entity id.</param>
/// <param name="Place">Place name.</param>
/// <param name="Actors">Acting sides, by name.</param>
/// <param name="Targets">Sides acted upon, by name.</param>
/// <param name="Mediators">Mediators, by name.</param>
/// <param name="Topics">Topic ids.</param>
/// <param name="Quantities">Counts as text ("5 killed", "about 40 tons").</param>
/// <param name="Sources">Number of distinct documents reporting it.</param>
/// <param name="Contradicted">True when accounts of it disagree.</param>
public sealed record EventSummary(
    string Id, string Type, string Status, string? Date, string? DateEarliest, string? DateLatest, string? PlaceId, string? Place,
    IReadOnlyList<string> Actors, IReadOnlyList<string> Targets, IReadOnlyList<string> Mediators, IReadOnlyList<string> Topics,
    IReadOnlyList<string> Quantities, int Sources, bool Contradicted);

/// <summary>A claim as views show it.</summary>
/// <param name="Id">Claim id.</param>
/// <param name="Speaker">Who says it (name), when known.</param>
/// <param name="Via">The source it is attributed to (name), when known.</param>
/// <param name="Stance">asserts or denies.</param>
/// <param name="Citation">The quote.</param>
public sealed record ClaimView(string Id, string? Speaker, string? Via, string Stance, CitationView Citation);

/// <summary>One document's account of an event.</summary>
/// <param name="Citation">The account's quote.</param>
/// <param name="Status">The status this account gives.</param>
/// <param name="Date">The date this account gives.</param>
/// <param name="Place">The place this account gives (name).</param>
/// <param name="Actors">Actors this account names.</param>
/// <param name="Targets">Targets this account names.</param>
/// <param name="Quantities">Counts this account gives.</param>
/// <param name="Via">The source the document cites for it (name).</param>
/// <param name="Claims">Claims in the same document about the event.</param>
public sealed record AccountView(
    CitationView Citation, string Status, string? Date, string? Place, IReadOnlyList<string> Actors, IReadOnlyList<string> Targets,
    IReadOnlyList<string> Quantities, string? Via, IReadOnlyList<ClaimView> Claims);

/// <summary>One side of a contradiction: the value it gives and where it says so.</summary>
/// <param name="Value">The value ("2023-02-24", "reintegration not discussed").</param>
/// <param name="Speaker">Who gives it (name), or the outlet when no speaker is known.</param>
/// <param name="Citation">The quote, or null when the account cannot be found in the record.</param>
public sealed record ContradictionSide(string Value, string? Speaker, CitationView? Citation);

/// <summary>A contradiction with its accounts resolved to quotes.</summary>
/// <param name="Id">Contradiction id.</param>
/// <param name="Attribute">What the accounts disagree on.</param>
/// <param name="Event">The event, when it is about one and the event is in the record.</param>
/// <param name="Sides">Each account's value and quote.</param>
public sealed record ContradictionView(string Id, string Attribute, EventSummary? Event, IReadOnlyList<ContradictionSide> Sides);

/// <summary>Everything the record says about one event.</summary>
/// <param name="Event">The event.</param>
/// <param name="Accounts">Each document's account, side by side.</param>
/// <param name="Contradictions">Where the accounts disagree.</param>
public sealed record EventDetail(EventSummary Event, IReadOnlyList<AccountView> Accounts, IReadOnlyList<ContradictionView> Contradictions);

/// <summary>A title an actor holds.</summary>
/// <param name="Title">The title.</param>
/// <param name="Of">Whose title it is (name).</param>
/// <param name="From">Start, when known.</param>
/// <param name="Until">End, when known.</param>
/// <param name="DocumentId">The document giving it, or null for the domain pack's knowledge.</param>
public sealed record RoleView(string Title, string? Of, string? From, string? Until, string? DocumentId);

/// <summary>A stated position with its quote.</summary>
/// <param name="Actor">The party (name).</param>
/// <param name="Topic">Topic id.</param>
/// <param name="Stance">parley/1 stance (supports, opposes, conditional).</param>
/// <param name="Detail">Fine-grained stance (demands, offers, rejects...).</param>
/// <param name="Date">When it was stated.</param>
/// <param name="Citation">The quote.</param>
public sealed record PositionView(string Actor, string Topic, string Stance, string Detail, string? Date, CitationView Citation);

/// <summary>One party's positions on one topic in date order, and whether the stance moved.</summary>
/// <param name="ActorId">The party's entity id.</param>
/// <param name="Actor">The party (name).</param>
/// <param name="Topic">Topic id.</param>
/// <param name="Steps">Positions, earliest first.</param>
/// <param name="Moved">True when the parley/1 stance changes along the steps.</param>
public sealed record PositionTrack(string ActorId, string Actor, string Topic, IReadOnlyList<PositionView> Steps, bool Moved);

/// <summary>An event an actor takes part in, and how.</summary>
/// <param name="Role">actor, target or mediator.</param>
/// <param name="Event">The event.</param>
public sealed record ActorEvent(string Role, EventSummary Event);

/// <summary>Everything the record says about one actor.</summary>
/// <param name="Id">Entity id.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Kind">Entity kind.</param>
/// <param name="Aliases">Other names.</param>
/// <param name="Roles">Titles held.</param>
/// <param name="Events">Events it acts in, is targeted by or mediates, by date.</param>
/// <param name="Positions">Its positions, by topic, each in date order.</param>
/// <param name="Mentions">Number of documents that name it.</param>
/// <param name="EventsNotShown">When <paramref name="Events"/> is only the first page of its events: how many more it has (left out of JSON otherwise).</param>
/// <param name="EventTypes">When <paramref name="Events"/> is only the first page: all its events, counted by type wire name.</param>
public sealed record ActorProfile(
    string Id, string Name, string Kind, IReadOnlyList<string> Aliases, IReadOnlyList<RoleView> Roles,
    IReadOnlyList<ActorEvent> Events, IReadOnlyList<PositionTrack> Positions, int Mentions,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? EventsNotShown = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, int>? EventTypes = null);

/// <summary>What one outlet contributes to the record.</summary>
/// <param name="Outlet">The outlet's name, or "(unknown outlet)".</param>
/// <param name="Documents">Documents it published.</param>
/// <param name="Claims">Claims in those documents.</param>
/// <param name="Events">Events those documents report.</param>
/// <param name="SoleEvents">Ids of the events only this outlet reports (the first of them, in timeline order, when <paramref name="MoreSoleEvents"/> is given).</param>
/// <param name="MoreSoleEvents">How many more events only this outlet reports than <paramref name="SoleEvents"/> lists; null (and left out of JSON) when it lists them all.</param>
public sealed record SourceSummary(string Outlet, int Documents, int Claims, int Events, IReadOnlyList<string> SoleEvents,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? MoreSoleEvents = null);

/// <summary>The result of looking an actor up by name.</summary>
/// <param name="EntityId">The entity found, or null.</param>
/// <param name="Suggestion">When none was found: the closest known name, if any is close.</param>
public sealed record ActorLookup(string? EntityId, string? Suggestion);
