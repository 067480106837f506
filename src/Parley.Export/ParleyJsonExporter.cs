using System.Text.Encodings.Web;
using System.Text.Json;
using Parley.Model;
using Parley.Time;

namespace Parley.Export;

/// <summary>
/// The parley/1 interchange format (<c>spec/FORMAT.md</c>): indented JSON with documents, entities, events,
/// claims, contradictions and positions. Producer fields beyond the spec: an event's <c>status</c> and
/// <c>cameo</c>, a position's fine-grained <c>detail</c>, a document's <c>url</c> and <c>published_inferred</c>,
/// an entity's <c>discovered</c>, a claim's <c>answers</c> (the earlier claim it answers) and <c>source</c> (the unnamed source that made it), and the character offsets (<c>start</c>, <c>end</c>) of claim, position and
/// event quotes.
/// </summary>
public sealed class ParleyJsonExporter : IExporter
{
    /// <summary>The value of the top-level <c>format</c> field.</summary>
    public const string FormatId = "parley/1";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Output held before it is written to the stream.</summary>
    private const int FlushBytes = 1 << 16;

    /// <inheritdoc />
    public string Name => "parley";

    /// <inheritdoc />
    public string FileExtension => ".json";

    /// <inheritdoc />
    public string Description => "parley/1 JSON, the interchange format the scorer and the gold files use";

    /// <inheritdoc />
    public void Write(ParleyRecord record, Stream output)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(output);
        using var w = new Utf8JsonWriter(output, WriterOptions);
        w.WriteStartObject();
        w.WriteString("format", FormatId);

        Array(w, "documents", record.Documents, WriteDocument);
        Array(w, "entities", record.Entities, WriteEntity);
        Array(w, "events", record.Events, WriteEvent);
        Array(w, "claims", record.Claims, WriteClaim);
        Array(w, "contradictions", record.Contradictions, WriteContradiction);
        Array(w, "positions", record.Positions, WritePosition);
        w.WriteEndObject();
        w.Flush();
    }

    private static void Array<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            write(w, item);
            // The writer holds what it wrote until flushed: flushed as it grows, a large record streams out.
            if (w.BytesPending > FlushBytes)
            {
                w.Flush();
            }
        }

        w.WriteEndArray();
    }

    private static void WriteContradiction(Utf8JsonWriter w, Contradiction x)
    {
        w.WriteStartObject();
        w.WriteString("id", x.Id);
        w.WriteString("event", x.EventId);
        w.WriteString("attribute", x.Attribute.ToWire());
        Strings(w, "claims", x.ClaimIds);
        Strings(w, "values", x.Values);
        w.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter w, Position p)
    {
        w.WriteStartObject();
        w.WriteString("actor", p.Actor);
        w.WriteString("topic", p.Topic);
        w.WriteString("stance", p.Stance.ToWire());
        w.WriteString("detail", p.Stance.ToDetail());
        w.WriteString("doc", p.DocumentId);
        w.WriteString("quote", p.Quote);
        Range(w, "date", p.Date);
        w.WriteNumber("start", p.Span.Start);
        w.WriteNumber("end", p.Span.End);
        w.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter w, Document d)
    {
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        w.WriteString("title", d.Title);
        w.WriteString("outlet", d.Outlet);
        Strings(w, "authors", d.Authors);
        Range(w, "published", d.Published);
        w.WriteBoolean("published_inferred", d.PublishedInferred);
        w.WriteString("url", d.Url);
        w.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter w, EntityWithMentions item)
    {
        var e = item.Entity;
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("kind", e.Kind.ToWire());
        w.WriteString("name", e.Name);
        Strings(w, "aliases", e.Aliases);
        w.WriteStartArray("roles");
        foreach (var r in e.Roles.Where(r => r.DocumentId is not null))
        {
            w.WriteStartObject();
            w.WriteString("title", r.Title);
            w.WriteString("of", r.Of);
            w.WriteString("from", r.From);
            w.WriteString("until", r.Until);
            w.WriteString("doc", r.DocumentId);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (e.Geo is { } geo)
        {
            w.WriteStartObject("geo");
            w.WriteNumber("lat", geo.Lat);
            w.WriteNumber("lon", geo.Lon);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("geo");
        }

        // One mention a document (its first), as the gold files have it: the scorer counts (document, entity) pairs.
        w.WriteStartArray("mentions");
        foreach (var (doc, quote) in item.Mentions
                     .GroupBy(m => m.DocumentId, StringComparer.Ordinal)
                     .Select(g => (g.Key, g.MinBy(m => m.Mention.Span.Start)!.Mention.Text)))
        {
            w.WriteStartObject();
            w.WriteString("doc", doc);
            w.WriteString("quote", quote);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteBoolean("discovered", e.Discovered);
        w.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter w, Event e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("type", e.Type.ToWire());
        Range(w, "date", e.Date);
        w.WriteString("place", e.Place);
        Strings(w, "actors", e.Actors);
        Strings(w, "targets", e.Targets);
        Strings(w, "mediators", e.Mediators);
        Strings(w, "topics", e.Topics);
        w.WriteStartArray("quantities");
        foreach (var q in e.Quantities)
        {
            w.WriteStartObject();
            w.WriteString("kind", q.Kind.ToWire());
            w.WriteNumber("value", q.Value);
            if (q.Approximate)
            {
                w.WriteBoolean("approximate", true);
            }

            // A producer's own field (FORMAT.md): whose dead or wounded the count is.
            if (q.Side is not null)
            {
                w.WriteString("side", q.Side);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("mentions");
        foreach (var m in e.Mentions)
        {
            w.WriteStartObject();
            w.WriteString("doc", m.DocumentId);
            w.WriteString("quote", m.Quote);
            w.WriteString("via", m.Via);
            w.WriteNumber("start", m.Span.Start);
            w.WriteNumber("end", m.Span.End);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("status", e.Status.ToWire());
        w.WriteString("cameo", e.Type.CameoRoot() is { Length: > 0 } cameo ? cameo : null);
        w.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter w, Claim c)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Id);
        w.WriteString("doc", c.DocumentId);
        w.WriteString("quote", c.Quote);
        w.WriteString("speaker", c.Speaker);
        w.WriteString("via", c.Via);
        w.WriteString("stance", c.Stance.ToWire());
        w.WriteString("event", c.EventId);
        Strings(w, "topics", c.Topics);
        if (c.Answers is not null)
        {
            w.WriteString("answers", c.Answers);
        }

        if (c.Source is not null)
        {
            w.WriteString("source", c.Source);
        }

        w.WriteNumber("start", c.Span.Start);
        w.WriteNumber("end", c.Span.End);
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void Range(Utf8JsonWriter w, string name, DateRange? range)
    {
        if (range is not { } r)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("earliest", DateRange.Iso(r.Earliest));
        w.WriteString("latest", DateRange.Iso(r.Latest));
        w.WriteEndObject();
    }
}
