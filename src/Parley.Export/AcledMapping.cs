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

    /// <summary>ACLED's <c>disorder_type</c> for one of its event types.</summary>
    public static string DisorderType(string acledEventType) => acledEventType switch
    {
        "Battles" or "Explosions/Remote violence" or "Violence against civilians" => "Political violence",
        "Protests" or "Riots" => "Demonstrations",
        _ => StrategicDevelopments,
    };

    /// <summary>
    /// ACLED's numeric actor type (<c>inter1</c>, <c>inter2</c>): 1 state forces, 2 rebel groups, 3 political
    /// militias, 6 protesters, 7 civilians, 8 external/other forces. Read from the actor's <c>type</c> in the domain
    /// pack (armed-force, armed-group, militia, protesters, civilians), else from its kind: a state, or a body or
    /// person acting for one, is 1; a de facto administration is 2 (ACLED's code for armed movements holding
    /// territory); an international body is 8; a group is a population, 7. Null when unknown.
    /// </summary>
    public static int? Inter(Entity? actor, Func<string, Entity?> lookup)
    {
        for (var depth = 0; actor is not null && depth < 4; depth++)
        {
            switch (actor.Attributes.GetValueOrDefault("type"))
            {
                case "armed-force": return 1;
                case "armed-group": return 2;
                case "militia": return 3;
                case "protesters": return 6;
                case "civilians": return 7;
            }

            // A person or a ministry acts for its side.
            var side = actor.Attributes.GetValueOrDefault("side");
            switch (actor.Kind)
            {
                case EntityKind.State:
                    return 1;
                case EntityKind.Authority:
                    return 2;
                case EntityKind.Group:
                    return 7;
                case EntityKind.Organization when side is null:
                    return 8;
                case EntityKind.Person or EntityKind.Organization when side is not null && side != actor.Id:
                    actor = lookup(side);
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>ACLED's <c>interaction</c>: the two actor types, lower first ("12"), or the one type times ten ("10").</summary>
    public static int? Interaction(int? inter1, int? inter2) => (inter1, inter2) switch
    {
        (null, null) => null,
        ({ } a, null) => a * 10,
        (null, { } b) => b * 10,
        ({ } a, { } b) => (Math.Min(a, b) * 10) + Math.Max(a, b),
    };
}

