using System.Text.Encodings.Web;
using System.Text.Json;
using Parley.Export.Views;
using Parley.Model;
using Parley.Time;

namespace Parley.Export;

/// <summary>
/// A GeoJSON (RFC 7946) FeatureCollection: one Point feature an event whose place has coordinates, at the
/// place's coordinates ([longitude, latitude], WGS 84). Events without a located place are left out. Properties
/// are scalars (lists joined with "; ") so QGIS and Kepler show them as plain columns.
/// </summary>
public sealed class GeoJsonExporter : IExporter
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <inheritdoc />
    public string Name => "geojson";

    /// <inheritdoc />
    public string FileExtension => ".geojson";

    /// <inheritdoc />
    public string Description => "GeoJSON FeatureCollection of the events with a located place (QGIS, Kepler)";

    /// <inheritdoc />
    public void Write(ParleyRecord record, Stream output)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(output);
        using var w = new Utf8JsonWriter(output, WriterOptions);
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        // A feature names its event's documents by id and says whether it is disputed: no document is read.
        foreach (var (view, e) in StreamedRecord.Walk(record, documents: false).Events)
        {
            if (view.Entity(e.Place) is { Geo: { } geo } place)
            {
                WriteFeature(w, view, e, place, geo);
                // A large slice is written as it is read, not held in the writer's buffer.
                if (w.BytesPending > 1 << 16)
                {
                    w.Flush();
                }
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    private static void WriteFeature(Utf8JsonWriter w, RecordView view, Event e, Entity place, GeoPoint geo)
    {
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        w.WriteString("id", e.Id);
        w.WriteStartObject("geometry");
        w.WriteString("type", "Point");
        w.WriteStartArray("coordinates");
        w.WriteNumberValue(geo.Lon);
        w.WriteNumberValue(geo.Lat);
        w.WriteEndArray();
        w.WriteEndObject();

        var summary = view.Summarize(e);
        var documents = view.DocumentsOf(e);
        w.WriteStartObject("properties");
        w.WriteString("event_id", e.Id);
        w.WriteString("type", summary.Type);
        w.WriteString("cameo", e.Type.CameoRoot() is { Length: > 0 } cameo ? cameo : null);
        w.WriteString("status", summary.Status);
        w.WriteString("date", summary.Date);
        w.WriteString("date_earliest", summary.DateEarliest);
        w.WriteString("date_latest", summary.DateLatest);
        w.WriteString("place", place.Name);
        w.WriteString("place_id", place.Id);
        w.WriteString("place_type", place.Attributes.GetValueOrDefault("type"));
        w.WriteString("actors", Joined(summary.Actors));
        w.WriteString("targets", Joined(summary.Targets));
        w.WriteString("mediators", Joined(summary.Mediators));
        w.WriteString("topics", Joined(summary.Topics));
        w.WriteString("quantities", Joined(summary.Quantities));
        w.WriteNumber("sources", documents.Count);
        w.WriteString("documents", string.Join("; ", documents));
        w.WriteBoolean("contradicted", summary.Contradicted);
        w.WriteString("quote", e.Mentions.Count > 0 ? e.Mentions[0].Quote : null);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static string? Joined(IReadOnlyList<string> values) => values.Count > 0 ? string.Join("; ", values) : null;
}
