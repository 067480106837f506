using System.Text.RegularExpressions;
using Parley.Export.Views;
using Parley.Model;

namespace Parley.Export.Brief;

/// <summary>
/// The sentence templates of the brief: one per event type, filled only with what the record holds (names,
/// places, topics, counts). A slot <c>{field:words}</c> prints the words and the field's value when the field has
/// one and nothing otherwise; <c>{field}</c> prints the value.
/// </summary>
public static partial class BriefTemplates
{
    private static readonly Dictionary<EventType, string> Events = new()
    {
        [EventType.Meeting] = "{actors} met{targets: with}{mediators:, mediated by}{place: in}",
        [EventType.Proposal] = "{actors} put forward a proposal{targets: to}{place: in}",
        [EventType.Invitation] = "{actors} invited{targets:}{targets_none: another party} to talks{place: in}",
        [EventType.Refusal] = "{actors} turned down an invitation, proposal or demand{targets: from}",
        [EventType.Agreement] = "{actors} reached an agreement{targets: with}{mediators:, mediated by}{place: in}",
        [EventType.Appointment] = "An appointment was reported{parties: involving}{place: in}",
        [EventType.Dismissal] = "A dismissal was reported{parties: involving}{place: in}",
        [EventType.ArmedClash] = "An armed clash was reported{actors: involving}{targets: against}{place: in}",
        [EventType.AidDelivery] = "An aid delivery was reported{actors: by}{targets: for}{place: to}",
        [EventType.Blockade] = "A blockade was reported{actors: by}{targets: affecting}{place: at}",
        [EventType.SupplyCut] = "A supply cut was reported{actors: by}{targets: affecting}{place: in}",
        [EventType.Checkpoint] = "A checkpoint was reported set up{actors: by}{place: at}",
        [EventType.Displacement] = "Displacement was reported{parties: involving}{place: from or to}",
        [EventType.Arrest] = "An arrest was reported{actors: by}{targets: of}{place: in}",
        [EventType.Release] = "A release was reported{actors: by}{targets: of}{place: in}",
        [EventType.Protest] = "A protest was reported{actors: by}{targets: against}{place: in}",
        [EventType.Visit] = "{actors} visited{place:}{place_none: a place the record does not name}",
    };

    [GeneratedRegex(@"\{(?<field>[a-z_]+)(?::(?<words>[^}]*))?\}")]
    private static partial Regex Slot();

    /// <summary>The sentence for an event: date, template, status, topics and counts.</summary>
    public static string EventSentence(EventSummary e, EventType type)
    {
        ArgumentNullException.ThrowIfNull(e);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["actors"] = List(e.Actors),
            ["targets"] = List(e.Targets),
            ["mediators"] = List(e.Mediators),
            ["place"] = e.Place ?? "",
            ["parties"] = List([.. e.Actors.Concat(e.Targets).Distinct(StringComparer.Ordinal)]),
        };
        values["targets_none"] = values["targets"].Length == 0 ? "x" : "";
        values["place_none"] = values["place"].Length == 0 ? "x" : "";
        var text = Fill(Events[type], values);
        if (e.Actors.Count == 0 && Events[type].StartsWith("{actors}", StringComparison.Ordinal))
        {
            text = "Unnamed parties" + text; // the record names no actor for a template that starts with them
        }

        var date = e.Date is null ? "Undated" : e.Date.Replace("..", " to ", StringComparison.Ordinal);
        var status = e.Status == EventStatus.Occurred.ToWire() ? "" : $" (reported as {e.Status})";
        var topics = e.Topics.Count > 0 ? $"; topics: {string.Join(", ", e.Topics)}" : "";
        var counts = e.Quantities.Count > 0 ? $"; figures given: {string.Join(", ", e.Quantities)}" : "";
        return $"{date}: {text}{status}{topics}{counts}.";
    }

    /// <summary>A short name for an event in other sentences: "the meeting in Prague on 2022-10-06".</summary>
    public static string EventLabel(EventSummary e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var what = e.Type.Replace('_', ' ');
        return $"the {what}{(e.Place is null ? "" : " in " + e.Place)}{(e.Date is null ? "" : " on " + e.Date.Replace("..", " to ", StringComparison.Ordinal))}";
    }

    /// <summary>What a section says when it lists only the first <paramref name="listed"/> of <paramref name="held"/> contradictions.</summary>
    public static string Truncated(int held, int listed) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"The record holds {held:N0} contradictions about this period's events; only the first {listed:N0} (by id) are cited here.");

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string List(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "",
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };

    private static string Fill(string template, Dictionary<string, string> values) => Slot().Replace(template, m =>
    {
        var value = values.GetValueOrDefault(m.Groups["field"].Value, "");
        if (!m.Groups["words"].Success)
        {
            return value;
        }

        if (value.Length == 0)
        {
            return "";
        }

        var words = m.Groups["words"].Value;
        return m.Groups["field"].Value.EndsWith("_none", StringComparison.Ordinal) ? words : $"{words} {value}";
    });
}
