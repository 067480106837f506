using Parley.Model;

namespace Parley.Export;

/// <summary>
/// How Parley's event types map onto ACLED's <c>event_type</c> / <c>sub_event_type</c>. ACLED codes political
/// violence, protests and a few non-violent "strategic developments"; Parley's diplomatic events have no ACLED
/// type of their own, so they fall under Strategic developments / Other, as ACLED files diplomacy it chooses to
/// record. The table:
/// <list type="table">
/// <item><term>armed_clash</term><description>Battles / Armed clash</description></item>
/// <item><term>protest</term><description>Protests / Peaceful protest (Parley does not tell peaceful from violent)</description></item>
/// <item><term>agreement</term><description>Strategic developments / Agreement (ceasefires, peace deals)</description></item>
/// <item><term>release</term><description>Strategic developments / Agreement (ACLED files prisoner releases and exchanges there)</description></item>
/// <item><term>arrest</term><description>Strategic developments / Arrests</description></item>
/// <item><term>appointment, dismissal</term><description>Strategic developments / Change to group/activity</description></item>
/// <item><term>blockade, checkpoint, supply_cut</term><description>Strategic developments / Change to group/activity (a side changes what it does on the ground without violence)</description></item>
/// <item><term>meeting, proposal, invitation, refusal, visit, aid_delivery, displacement</term><description>Strategic developments / Other</description></item>
/// </list>
/// </summary>
public static class AcledMapping
{
    /// <summary>ACLED's event type for Parley's non-violent developments.</summary>
    public const string StrategicDevelopments = "Strategic developments";

    /// <summary>The ACLED event type and sub-event type for <paramref name="type"/>.</summary>
    public static (string EventType, string SubEventType) Map(EventType type) => type switch
    {
        EventType.ArmedClash => ("Battles", "Armed clash"),
        EventType.Protest => ("Protests", "Peaceful protest"),
        EventType.Agreement or EventType.Release => (StrategicDevelopments, "Agreement"),
        EventType.Arrest => (StrategicDevelopments, "Arrests"),
        EventType.Appointment or EventType.Dismissal or EventType.Blockade or EventType.Checkpoint or EventType.SupplyCut
            => (StrategicDevelopments, "Change to group/activity"),
        _ => (StrategicDevelopments, "Other"),
    };

    /// <summary>
    /// ACLED's <c>time_precision</c>: 1 when the day is known, 2 when it is known to within a week, 3 to within a
    /// month; null when the record knows it less precisely than a month (ACLED would not code such an event).
    /// </summary>
    public static int? TimePrecision(Time.DateRange? date) => date switch
    {
        null => null,
        { IsSingleDay: true } => 1,
        { LengthInDays: <= 7 } => 2,
        { LengthInDays: <= 31 } d when d.Earliest.Month == d.Latest.Month => 3,
        _ => null,
    };

    /// <summary>
    /// ACLED's <c>geo_precision</c> from a place's type in the domain pack: 1 for a town, village, site or other
    /// point; 2 for a district, province or border area (part of a region); 3 for a larger region. Null when the
    /// type is unknown.
    /// </summary>
    public static int? GeoPrecision(Entity? place) => place?.Attributes.GetValueOrDefault("type") switch
    {
        null => null,
        "district" or "province" or "border-area" => 2,
        "region" or "country-region" => 3,
        _ => 1,
    };

    /// <summary>
    /// ACLED's <c>source_scale</c> from an outlet's affiliation and country in the domain pack: International for
    /// international or foreign outlets, National for an outlet of one country; null when unknown.
    /// </summary>
    public static string? SourceScale(Entity? outlet) => outlet?.Attributes.GetValueOrDefault("affiliation") switch
    {
        "international" or "foreign" => "International",
        _ when outlet?.Attributes.ContainsKey("country") == true => "National",
        _ => null,
    };
}
