using CsvHelper;
using Parley.Export.Views;
using Parley.Model;
using Parley.Time;

namespace Parley.Export;

/// <summary>
/// One CSV row an event, with ACLED's column names and meanings where they apply (see <see cref="AcledMapping"/>
/// for the event types) and Parley's own columns, prefixed <c>parley_</c>, after them. Where ACLED's meaning
/// does not fit, the column is left out rather than filled with a guess. <c>inter1</c>/<c>inter2</c>/<c>interaction</c>
/// come from the actors' types in the domain pack (<see cref="AcledMapping.Inter"/>); <c>timestamp</c> is the
/// latest publication of a report of the event, so the export stays the same for the same record.
/// <c>country</c>/<c>admin1</c> are filled only when the place
/// carries them in the domain pack. <c>notes</c> is the first account's quote, verbatim; <c>fatalities</c> is the
/// lowest death toll reported (ACLED's conservative rule), 0 when none is.
/// </summary>
public sealed class AcledCsvExporter : IExporter
{
    // Quotes are article text: a field starting with '=' must not run as a formula in a spreadsheet.
    private static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.Escape, NewLine = "\n", TrueValue = "true", FalseValue = "false" };

    /// <inheritdoc />
    public string Name => "acled";

    /// <inheritdoc />
    public string FileExtension => ".csv";

    /// <inheritdoc />
    public string Description => "CSV with ACLED's column names (one row an event), plus Parley's status, sources and contradiction flag";

    /// <inheritdoc />
    public void Write(ParleyRecord record, Stream output)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(output);
        using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        csv.WriteRecords(StreamedRecord.Walk(record).Events.Select(x => ToRow(x.View, x.Event)));
    }

    private static AcledRow ToRow(RecordView view, Event e)
    {
        var (eventType, subEventType) = AcledMapping.Map(e.Type);
        var precision = AcledMapping.TimePrecision(e.Date);
        var place = view.Entity(e.Place);
        var documents = view.DocumentsOf(e);
        var outlets = documents.Select(d => view.Document(d)?.Outlet).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var scales = documents.Select(d => AcledMapping.SourceScale(view.OutletEntity(d))).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var actor2 = e.Targets.Count > 0 ? e.Targets[0] : e.Actors.Count > 1 ? e.Actors[1] : null;
        var killed = e.Quantities.Where(q => q.Kind == QuantityKind.Killed).Select(q => (int?)(int)q.Value).Min()
                     ?? e.Mentions.SelectMany(m => m.Quantities).Where(q => q.Kind == QuantityKind.Killed).Select(q => (int?)(int)q.Value).Min();
        var inter1 = e.Actors.Count > 0 ? AcledMapping.Inter(view.Entity(e.Actors[0]), view.Entity) : null;
        var inter2 = actor2 is null ? null : AcledMapping.Inter(view.Entity(actor2), view.Entity);
        var lastPublished = documents.Select(d => view.Document(d)?.Published?.Latest).Where(p => p is not null).Max();
        return new AcledRow
        {
            EventIdCnty = e.Id,
            EventDate = precision is null || e.Date is not { } d ? null : DateRange.Iso(d.Earliest),
            Year = precision is null ? null : e.Date?.Earliest.Year,
            TimePrecision = precision,
            DisorderType = AcledMapping.DisorderType(eventType),
            EventType = eventType,
            SubEventType = subEventType,
            Actor1 = e.Actors.Count > 0 ? view.Name(e.Actors[0]) : null,
            AssocActor1 = Join(view, e.Actors.Skip(1).Where(a => a != actor2)),
            Inter1 = inter1,
            Actor2 = actor2 is null ? null : view.Name(actor2),
            AssocActor2 = Join(view, e.Targets.Skip(1)),
            Inter2 = inter2,
            Interaction = AcledMapping.Interaction(inter1, inter2),
            CivilianTargeting = eventType == "Battles" && inter2 == 7 ? "Civilian targeting" : null,
            Country = place?.Attributes.GetValueOrDefault("country") is { } country ? view.Name(country) : null,
            Admin1 = place?.Attributes.GetValueOrDefault("admin1"),
            Location = place?.Name ?? (e.Place is null ? null : view.Name(e.Place)),
            Latitude = place?.Geo?.Lat,
            Longitude = place?.Geo?.Lon,
            GeoPrecision = AcledMapping.GeoPrecision(place),
            Source = outlets.Count > 0 ? string.Join("; ", outlets) : null,
            SourceScale = scales.Count > 0 ? string.Join("; ", scales) : null,
            Notes = e.Mentions.Count > 0 ? e.Mentions[0].Quote : null,
            Fatalities = killed ?? 0,
            // ACLED stamps when a row last changed; a record's row changes when a new report of it is published.
            Timestamp = lastPublished is { } last ? last.AtStartOfDayInZone(NodaTime.DateTimeZone.Utc).ToInstant().ToUnixTimeSeconds() : null,
            ParleyEventType = e.Type.ToWire(),
            ParleyStatus = e.Status.ToWire(),
            ParleyDateEarliest = e.Date is { } de ? DateRange.Iso(de.Earliest) : null,
            ParleyDateLatest = e.Date is { } dl ? DateRange.Iso(dl.Latest) : null,
            ParleyMediators = Join(view, e.Mediators),
            ParleyTopics = e.Topics.Count > 0 ? string.Join("; ", e.Topics) : null,
            ParleySources = documents.Count,
            ParleyDocuments = string.Join("; ", documents),
            ParleyContradicted = view.IsContradicted(e.Id),
        };
    }

    private static string? Join(RecordView view, IEnumerable<string> ids)
    {
        var names = ids.Select(view.Name).ToList();
        return names.Count > 0 ? string.Join("; ", names) : null; // ACLED separates associated actors with "; "
    }
}

/// <summary>One row of the <c>acled</c> export; the column names are ACLED's, then Parley's own.</summary>
[CsvRecord]
public sealed partial record AcledRow
{
    /// <summary>Unique event id (Parley's event id).</summary>
    [CsvColumn("event_id_cnty")] public required string EventIdCnty { get; init; }

    /// <summary>The event's day (the first possible day), ISO; empty when known less precisely than a month.</summary>
    [CsvColumn("event_date")] public string? EventDate { get; init; }

    /// <summary>Year of <see cref="EventDate"/>.</summary>
    [CsvColumn("year")] public int? Year { get; init; }

    /// <summary>1 day, 2 week, 3 month.</summary>
    [CsvColumn("time_precision")] public int? TimePrecision { get; init; }

    /// <summary>ACLED disorder type: Political violence, Demonstrations or Strategic developments.</summary>
    [CsvColumn("disorder_type")] public required string DisorderType { get; init; }

    /// <summary>ACLED event type.</summary>
    [CsvColumn("event_type")] public required string EventType { get; init; }

    /// <summary>ACLED sub-event type.</summary>
    [CsvColumn("sub_event_type")] public required string SubEventType { get; init; }

    /// <summary>The first acting side.</summary>
    [CsvColumn("actor1")] public string? Actor1 { get; init; }

    /// <summary>The other acting sides, "; "-separated.</summary>
    [CsvColumn("assoc_actor_1")] public string? AssocActor1 { get; init; }

    /// <summary>ACLED's numeric type of the first actor (1 state forces … 8 external/other forces).</summary>
    [CsvColumn("inter1")] public int? Inter1 { get; init; }

    /// <summary>The first side acted upon, or the second acting side when none is acted upon.</summary>
    [CsvColumn("actor2")] public string? Actor2 { get; init; }

    /// <summary>The other sides acted upon.</summary>
    [CsvColumn("assoc_actor_2")] public string? AssocActor2 { get; init; }

    /// <summary>ACLED's numeric type of the second actor.</summary>
    [CsvColumn("inter2")] public int? Inter2 { get; init; }

    /// <summary>The two actor types, lower first.</summary>
    [CsvColumn("interaction")] public int? Interaction { get; init; }

    /// <summary>"Civilian targeting" when a violent event's second actor is civilians.</summary>
    [CsvColumn("civilian_targeting")] public string? CivilianTargeting { get; init; }

    /// <summary>Country of the place, when the pack gives it.</summary>
    [CsvColumn("country")] public string? Country { get; init; }

    /// <summary>First-level administrative region, when the pack gives it.</summary>
    [CsvColumn("admin1")] public string? Admin1 { get; init; }

    /// <summary>The place's name.</summary>
    [CsvColumn("location")] public string? Location { get; init; }

    /// <summary>Latitude of the place.</summary>
    [CsvColumn("latitude")] public double? Latitude { get; init; }

    /// <summary>Longitude of the place.</summary>
    [CsvColumn("longitude")] public double? Longitude { get; init; }

    /// <summary>1 point, 2 part of a region, 3 region.</summary>
    [CsvColumn("geo_precision")] public int? GeoPrecision { get; init; }

    /// <summary>Outlets of the reporting documents, "; "-separated.</summary>
    [CsvColumn("source")] public string? Source { get; init; }

    /// <summary>National / International, from the outlets' pack entries.</summary>
    [CsvColumn("source_scale")] public string? SourceScale { get; init; }

    /// <summary>The first account's quote, verbatim.</summary>
    [CsvColumn("notes")] public string? Notes { get; init; }

    /// <summary>The lowest death toll reported; 0 when none is.</summary>
    [CsvColumn("fatalities")] public int Fatalities { get; init; }

    /// <summary>Unix time of the latest publication among the reports of the event (when its row last changed).</summary>
    [CsvColumn("timestamp")] public long? Timestamp { get; init; }

    /// <summary>Parley's event type.</summary>
    [CsvColumn("parley_event_type")] public required string ParleyEventType { get; init; }

    /// <summary>occurred, planned, proposed, denied or hypothetical.</summary>
    [CsvColumn("parley_status")] public required string ParleyStatus { get; init; }

    /// <summary>First possible day.</summary>
    [CsvColumn("parley_date_earliest")] public string? ParleyDateEarliest { get; init; }

    /// <summary>Last possible day.</summary>
    [CsvColumn("parley_date_latest")] public string? ParleyDateLatest { get; init; }

    /// <summary>Mediators, "; "-separated.</summary>
    [CsvColumn("parley_mediators")] public string? ParleyMediators { get; init; }

    /// <summary>Topic ids, "; "-separated.</summary>
    [CsvColumn("parley_topics")] public string? ParleyTopics { get; init; }

    /// <summary>Number of documents reporting it.</summary>
    [CsvColumn("parley_sources")] public int ParleySources { get; init; }

    /// <summary>Their ids, "; "-separated.</summary>
    [CsvColumn("parley_documents")] public required string ParleyDocuments { get; init; }

    /// <summary>True when accounts of it disagree.</summary>
    [CsvColumn("parley_contradicted")] public bool ParleyContradicted { get; init; }
}
