using System.Globalization;
using System.Text;
using System.Xml;
using Parley.Export.Views;
using Parley.Model;
using NodaTime;
using Parley.Time;

namespace Parley.Export;

/// <summary>
/// GraphML (graphml.graphdrawing.org) for Gephi, yEd or NetworkX: the actors of meetings, agreements, mediations
/// and clashes as nodes, and one edge per pair of actors and kind of tie, weighted by the number of events.
/// Ties: <c>met</c> between every two parties of a meeting (actors and targets), <c>agreed</c> likewise for an
/// agreement, <c>clashed</c> between the sides of an armed clash (actors against targets, or actors among
/// themselves when no target is named), and <c>mediated</c> between each mediator of any event and each party,
/// with the mediator as the edge's source. The graph is undirected throughout, because NetworkX and other
/// readers refuse graphs that mix directed and undirected edges. Only events reported as having happened count.
/// </summary>
public sealed class GraphMlExporter : IExporter
{
    /// <summary>The GraphML namespace.</summary>
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly XmlWriterSettings Settings = new() { Indent = true, Encoding = new UTF8Encoding(false), CloseOutput = false };

    /// <inheritdoc />
    public string Name => "graphml";

    /// <inheritdoc />
    public string FileExtension => ".graphml";

    /// <inheritdoc />
    public string Description => "GraphML network of actors tied by meetings, agreements, mediations and clashes (Gephi)";

    /// <summary>One weighted tie between two actors.</summary>
    /// <param name="Source">Entity id.</param>
    /// <param name="Target">Entity id.</param>
    /// <param name="Relation">met, agreed, clashed or mediated.</param>
    /// <param name="Events">The ids of the events behind the tie, in date order.</param>
    /// <param name="First">The earliest day of its dated events; null when none is dated.</param>
    /// <param name="Last">The latest day of its dated events; null when none is dated.</param>
    public sealed record Tie(string Source, string Target, string Relation, IReadOnlyList<string> Events, LocalDate? First, LocalDate? Last);

    /// <summary>The ties among the events of <paramref name="record"/>.</summary>
    public static IReadOnlyList<Tie> Ties(ParleyRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Ties(RecordView.Chronological(record.Events));
    }

    /// <summary>
    /// The ties among <paramref name="chronological"/> (in <see cref="RecordView.Chronological"/> order), holding of each
    /// event only its id and days: a streamed slice's events pass once.
    /// </summary>
    private static List<Tie> Ties(IEnumerable<Event> chronological)
    {
        var ties = new Dictionary<(string, string, string), (List<string> Events, LocalDate? First, LocalDate? Last)>();
        void Add(string a, string b, string relation, Event e)
        {
            if (a == b)
            {
                return;
            }

            // A mediator stays first; other ties are stored once for either order.
            var key = relation == "mediated" || string.CompareOrdinal(a, b) < 0 ? (a, b, relation) : (b, a, relation);
            if (!ties.TryGetValue(key, out var tie))
            {
                tie = ([], null, null);
            }

            // An event adds all its ties before the next one comes, so it is already on this one only as its last.
            if (tie.Events.Count > 0 && tie.Events[^1] == e.Id)
            {
                return;
            }

            tie.Events.Add(e.Id);
            if (e.Date is { } d)
            {
                tie.First = tie.First is { } first && first <= d.Earliest ? first : d.Earliest;
                tie.Last = tie.Last is { } last && last >= d.Latest ? last : d.Latest;
            }

            ties[key] = tie;
        }

        foreach (var e in chronological.Where(e => e.Status == EventStatus.Occurred))
        {
            var parties = e.Actors.Concat(e.Targets).Distinct(StringComparer.Ordinal).ToList();
            if (e.Type is EventType.Meeting or EventType.Agreement)
            {
                var relation = e.Type == EventType.Meeting ? "met" : "agreed";
                for (var i = 0; i < parties.Count; i++)
                {
                    for (var j = i + 1; j < parties.Count; j++)
                    {
                        Add(parties[i], parties[j], relation, e);
                    }
                }
            }
            else if (e.Type == EventType.ArmedClash)
            {
                foreach (var (a, b) in CameoTsvExporter.Dyads(e))
                {
                    if (a is not null && b is not null)
                    {
                        Add(a, b, "clashed", e);
                    }
                }
            }

            foreach (var mediator in e.Mediators)
            {
                foreach (var party in parties)
                {
                    Add(mediator, party, "mediated", e);
                }
            }
        }

        return [.. ties.Select(kv => new Tie(kv.Key.Item1, kv.Key.Item2, kv.Key.Item3, kv.Value.Events, kv.Value.First, kv.Value.Last))
            .OrderBy(t => t.Source, StringComparer.Ordinal).ThenBy(t => t.Target, StringComparer.Ordinal).ThenBy(t => t.Relation, StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    public void Write(ParleyRecord record, Stream output)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(output);
        // Ties read only the events' parties, dates and status; nodes only the entities.
        var walk = StreamedRecord.Walk(record, documents: false, contradictions: false);
        var view = walk.Names;
        var ties = Ties(walk.Events.Select(x => x.Event));
        var tiesOf = ties.SelectMany(t => new[] { t.Source, t.Target }).CountBy(id => id, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var nodes = tiesOf.Keys.Order(StringComparer.Ordinal).ToList();

        using var w = XmlWriter.Create(output, Settings);
        w.WriteStartDocument();
        w.WriteStartElement("graphml", Namespace);
        Key(w, "label", "node", "label", "string");
        Key(w, "kind", "node", "kind", "string");
        Key(w, "side", "node", "side", "string");
        Key(w, "ties", "node", "ties", "int");
        Key(w, "relation", "edge", "relation", "string");
        Key(w, "weight", "edge", "weight", "double");
        Key(w, "first", "edge", "first_date", "string");
        Key(w, "last", "edge", "last_date", "string");
        Key(w, "events", "edge", "events", "string");

        w.WriteStartElement("graph", Namespace);
        w.WriteAttributeString("id", "parley");
        w.WriteAttributeString("edgedefault", "undirected");
        foreach (var id in nodes)
        {
            var entity = view.Entity(id);
            w.WriteStartElement("node", Namespace);
            w.WriteAttributeString("id", id);
            Data(w, "label", view.Name(id));
            Data(w, "kind", entity?.Kind.ToWire());
            Data(w, "side", entity?.Attributes.GetValueOrDefault("side"));
            Data(w, "ties", tiesOf[id].ToString(CultureInfo.InvariantCulture));
            w.WriteEndElement();
        }

        var n = 0;
        foreach (var tie in ties)
        {
            w.WriteStartElement("edge", Namespace);
            w.WriteAttributeString("id", $"e{n++}");
            w.WriteAttributeString("source", tie.Source);
            w.WriteAttributeString("target", tie.Target);
            Data(w, "relation", tie.Relation);
            Data(w, "weight", tie.Events.Count.ToString(CultureInfo.InvariantCulture));
            Data(w, "first", tie.First is { } first ? DateRange.Iso(first) : null);
            Data(w, "last", tie.Last is { } last ? DateRange.Iso(last) : null);
            Data(w, "events", string.Join(" ", tie.Events));
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
        w.Flush();
    }

    private static void Key(XmlWriter w, string id, string domain, string name, string type)
    {
        w.WriteStartElement("key", Namespace);
        w.WriteAttributeString("id", id);
        w.WriteAttributeString("for", domain);
        w.WriteAttributeString("attr.name", name);
        w.WriteAttributeString("attr.type", type);
        w.WriteEndElement();
    }

    /// <summary>The text without the control characters XML 1.0 cannot hold (names come from article text).</summary>
    public static string XmlText(string value) =>
        value.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')) ? new string([.. value.Where(c => !char.IsControl(c) || c is '\t' or '\n' or '\r')]) : value;

    private static void Data(XmlWriter w, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        w.WriteStartElement("data", Namespace);
        w.WriteAttributeString("key", key);
        w.WriteString(XmlText(value));
        w.WriteEndElement();
    }
}
