using System.Globalization;
using CsvHelper;
using Parley.Export.Views;
using Parley.Model;
using Parley.Time;

namespace Parley.Export;

/// <summary>
/// A tab-separated event file in the spirit of GDELT and ICEWS: one row a dyad (source actor, CAMEO root, target
/// actor) with the date, place, coordinates and documents. An event with targets gives a row for each actor and
/// target; one without targets pairs its actors; a single actor gets a row with an empty target. Actor codes are
/// Parley's entity ids with the side the domain pack gives (CAMEO's ISO-and-role codes would need the pack to
/// carry them). Events whose type has no CAMEO root (appointment, dismissal, displacement) are left out: the
/// <c>acled</c> and <c>parley</c> formats carry them. Tabs and line breaks inside values become spaces, so every
/// line splits on tabs into the same columns, with no quoting.
/// </summary>
public sealed class CameoTsvExporter : IExporter
{
    private static readonly CsvWriterOptions Options = new() { Separator = '\t', Mode = CsvMode.NoEscape, NewLine = "\n" };

    /// <inheritdoc />
    public string Name => "cameo";

    /// <inheritdoc />
    public string FileExtension => ".tsv";

    /// <inheritdoc />
    public string Description => "tab-separated dyadic events with CAMEO root codes, in the manner of GDELT/ICEWS";

    /// <inheritdoc />
    public void Write(ParleyRecord record, Stream output)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(output);
        using var tsv = CsvWriter.Create(output, Options, leaveOpen: true);
        // A row gives its documents' addresses, not whether the event is disputed.
        tsv.WriteRecords(StreamedRecord.Walk(record, contradictions: false).Events.Where(x => x.Event.Type.CameoRoot().Length > 0).SelectMany(x => Rows(x.View, x.Event)));
    }

    /// <summary>The (source, target) pairs of an event.</summary>
    public static IEnumerable<(string? Source, string? Target)> Dyads(Event e)
    {
        if (e.Targets.Count > 0)
        {
            var sources = e.Actors.Count > 0 ? e.Actors : [null!];
            return sources.SelectMany(a => e.Targets.Select(t => ((string?)a, (string?)t)));
        }

        if (e.Actors.Count > 1)
        {
            return e.Actors.SelectMany((a, i) => e.Actors.Skip(i + 1).Select(b => ((string?)a, (string?)b)));
        }

        return [(e.Actors.Count == 1 ? e.Actors[0] : null, null)];
    }

    private static IEnumerable<CameoRow> Rows(RecordView view, Event e)
    {
        var place = view.Entity(e.Place);
        var documents = view.DocumentsOf(e);
        var urls = documents.Select(d => view.Document(d)?.Url).OfType<string>().ToList();
        var n = 0;
        foreach (var (source, target) in Dyads(e))
        {
            n++;
            yield return new CameoRow
            {
                EventId = $"{Clean(e.Id)}.{n}",
                Date = e.Date is { } d ? d.Earliest.ToString("yyyyMMdd", CultureInfo.InvariantCulture) : "",
                DateLatest = e.Date is { } dl ? dl.Latest.ToString("yyyyMMdd", CultureInfo.InvariantCulture) : "",
                DatePrecision = e.Date is { } dp ? dp.Precision.ToString().ToLowerInvariant() : "",
                SourceName = source is null ? "" : Clean(view.Name(source)),
                SourceCode = Clean(source),
                SourceSide = Clean(view.Entity(source)?.Attributes.GetValueOrDefault("side")),
                CameoRoot = e.Type.CameoRoot(),
                ParleyType = e.Type.ToWire(),
                TargetName = target is null ? "" : Clean(view.Name(target)),
                TargetCode = Clean(target),
                TargetSide = Clean(view.Entity(target)?.Attributes.GetValueOrDefault("side")),
                Mediators = Clean(string.Join(";", e.Mediators)),
                Place = Clean(place?.Name ?? e.Place),
                PlaceCode = Clean(e.Place),
                Latitude = place?.Geo is { } g ? g.Lat.ToString("0.####", CultureInfo.InvariantCulture) : "",
                Longitude = place?.Geo is { } g2 ? g2.Lon.ToString("0.####", CultureInfo.InvariantCulture) : "",
                Status = e.Status.ToWire(),
                NumSources = documents.Count,
                Documents = Clean(string.Join(";", documents)),
                Urls = Clean(string.Join(";", urls)),
            };
        }
    }

    /// <summary>The value with tabs and line breaks as spaces, so it cannot break the columns; "" for null.</summary>
    public static string Clean(string? value) =>
        value is null ? "" : string.Join(' ', value.Split(['\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>One row of the <c>cameo</c> export.</summary>
[CsvRecord]
public sealed partial record CameoRow
{
    /// <summary>Parley's event id and the dyad's number (<c>{event}.{n}</c>).</summary>
    [CsvColumn("event_id")] public required string EventId { get; init; }

    /// <summary>First possible day, <c>YYYYMMDD</c> (GDELT's SQLDATE), empty when undated.</summary>
    [CsvColumn("date")] public required string Date { get; init; }

    /// <summary>Last possible day, <c>YYYYMMDD</c>.</summary>
    [CsvColumn("date_latest")] public required string DateLatest { get; init; }

    /// <summary>day, days, month, season, year...</summary>
    [CsvColumn("date_precision")] public required string DatePrecision { get; init; }

    /// <summary>Source actor's name.</summary>
    [CsvColumn("source_name")] public required string SourceName { get; init; }

    /// <summary>Source actor's code (Parley entity id).</summary>
    [CsvColumn("source_code")] public required string SourceCode { get; init; }

    /// <summary>Source actor's side in the conflict.</summary>
    [CsvColumn("source_side")] public required string SourceSide { get; init; }

    /// <summary>CAMEO root code ("04").</summary>
    [CsvColumn("cameo_root")] public required string CameoRoot { get; init; }

    /// <summary>Parley's event type.</summary>
    [CsvColumn("parley_type")] public required string ParleyType { get; init; }

    /// <summary>Target actor's name.</summary>
    [CsvColumn("target_name")] public required string TargetName { get; init; }

    /// <summary>Target actor's code.</summary>
    [CsvColumn("target_code")] public required string TargetCode { get; init; }

    /// <summary>Target actor's side.</summary>
    [CsvColumn("target_side")] public required string TargetSide { get; init; }

    /// <summary>Mediator codes, ";"-separated.</summary>
    [CsvColumn("mediators")] public required string Mediators { get; init; }

    /// <summary>Place name.</summary>
    [CsvColumn("place")] public required string Place { get; init; }

    /// <summary>Place code (Parley entity id).</summary>
    [CsvColumn("place_code")] public required string PlaceCode { get; init; }

    /// <summary>Latitude.</summary>
    [CsvColumn("latitude")] public required string Latitude { get; init; }

    /// <summary>Longitude.</summary>
    [CsvColumn("longitude")] public required string Longitude { get; init; }

    /// <summary>occurred, planned, proposed, denied, hypothetical.</summary>
    [CsvColumn("status")] public required string Status { get; init; }

    /// <summary>Number of documents reporting it.</summary>
    [CsvColumn("num_sources")] public int NumSources { get; init; }

    /// <summary>Document ids, ";"-separated.</summary>
    [CsvColumn("documents")] public required string Documents { get; init; }

    /// <summary>Document addresses, ";"-separated.</summary>
    [CsvColumn("urls")] public required string Urls { get; init; }
}
