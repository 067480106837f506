using System.Data.Common;
using Parley.Model;
using Parley.Text;
using Parley.Time;

namespace Parley.Storage.Sql;

/// <summary>
/// Reads event mention rows (columns as <see cref="RecordReader.EventMentionColumns"/>) the way the cross-document
/// pass holds thousands of them at once: a document's id, a place, a cast, a list of topics or a date that many
/// mentions share is one instance instead of one a row. A window of the pass holds a long chain of dates whole, so a
/// mention's size is what its memory follows. The pool is cleared when it grows past a bound, so it stays small however
/// many rows pass through.
/// </summary>
internal sealed class SharedMentionReader
{
    /// <summary>Distinct texts kept before the pool starts afresh (each a few dozen bytes).</summary>
    private const int MaxPooled = 50_000;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _lists = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<Quantity>> _quantities = new(StringComparer.Ordinal);
    private readonly Dictionary<(string?, string?, string?), DateRange?> _dates = [];

    /// <summary>One event mention from columns <paramref name="o"/> onwards.</summary>
    public EventMention ReadEventMention(DbDataReader r, int o = 0)
    {
        if (_strings.Count + _lists.Count + _quantities.Count + _dates.Count > MaxPooled)
        {
            _strings.Clear();
            _lists.Clear();
            _quantities.Clear();
            _dates.Clear();
        }

        var type = Text(r, o + 2)!;
        var date = Date(Text(r, o + 4), Text(r, o + 5), Text(r, o + 6));
        return new EventMention
        {
            DocumentId = Text(r, o)!,
            Key = Text(r, o + 1)!,
            Type = EventTypes.Parse(type) ?? throw new InvalidDataException($"Unknown event type '{type}' in the store."),
            Status = EventStatuses.Parse(Text(r, o + 3)!) ?? EventStatus.Occurred,
            Date = date,
            Place = Text(r, o + 7),
            Actors = List(r, o + 8),
            Targets = List(r, o + 9),
            Mediators = List(r, o + 10),
            Topics = List(r, o + 11),
            Quantities = Quantities(r.GetString(o + 12)),
            Span = new CharSpan(r.GetInt32(o + 13), r.GetInt32(o + 14)),
            Quote = Text(r, o + 15)!,
            Via = Text(r, o + 16),
            Trigger = Text(r, o + 17)!,
        };
    }

    private string? Text(DbDataReader r, int i)
    {
        if (r.IsDBNull(i))
        {
            return null;
        }

        var text = r.GetString(i);
        if (text.Length == 0)
        {
            return string.Empty;
        }

        if (_strings.TryGetValue(text, out var shared))
        {
            return shared;
        }

        _strings[text] = text;
        return text;
    }

    private IReadOnlyList<string> List(DbDataReader r, int i)
    {
        var json = r.GetString(i);
        if (_lists.TryGetValue(json, out var shared))
        {
            return shared;
        }

        // Each element shared too: the same party appears in many different casts.
        var list = JsonColumns.ReadStrings(json);
        if (list.Count > 0)
        {
            list = list.Select(x => _strings.TryGetValue(x, out var s) ? s : _strings[x] = x).ToList();
        }

        _lists[json] = list;
        return list;
    }

    private IReadOnlyList<Quantity> Quantities(string json)
    {
        if (_quantities.TryGetValue(json, out var shared))
        {
            return shared;
        }

        var list = JsonColumns.ReadQuantities(json);
        _quantities[json] = list;
        return list;
    }

    private DateRange? Date(string? earliest, string? latest, string? precision)
    {
        if (_dates.TryGetValue((earliest, latest, precision), out var date))
        {
            return date;
        }

        date = JsonColumns.ReadDate(earliest, latest, precision);
        _dates[(earliest, latest, precision)] = date;
        return date;
    }
}
