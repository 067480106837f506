namespace Parley.Model;

/// <summary>The seventeen event types of the taxonomy.</summary>
public enum EventType
{
    /// <summary>Talks, negotiations, consultations, a summit.</summary>
    Meeting,
    /// <summary>A party puts forward a plan or offer.</summary>
    Proposal,
    /// <summary>A party invites another to talks.</summary>
    Invitation,
    /// <summary>A party declines an invitation, proposal or demand.</summary>
    Refusal,
    /// <summary>An agreement, statement or ceasefire is reached or signed.</summary>
    Agreement,
    /// <summary>A person is given a role.</summary>
    Appointment,
    /// <summary>A person is removed from a role.</summary>
    Dismissal,
    /// <summary>Exchange of fire, shelling, war, offensive.</summary>
    ArmedClash,
    /// <summary>Humanitarian goods sent, stranded or delivered.</summary>
    AidDelivery,
    /// <summary>A route or area closed or obstructed.</summary>
    Blockade,
    /// <summary>Gas, electricity, water or communications cut.</summary>
    SupplyCut,
    /// <summary>A checkpoint is set up.</summary>
    Checkpoint,
    /// <summary>People leave or return.</summary>
    Displacement,
    /// <summary>A person is detained or charged.</summary>
    Arrest,
    /// <summary>Detainees set free, amnesty granted.</summary>
    Release,
    /// <summary>A demonstration, sit-in, camp.</summary>
    Protest,
    /// <summary>An official visit to a place.</summary>
    Visit,
}

/// <summary>Wire names and CAMEO roots of <see cref="EventType"/>.</summary>
public static class EventTypes
{
    private static readonly Dictionary<EventType, (string Wire, string Cameo)> Table = new()
    {
        [EventType.Meeting] = ("meeting", "04"),
        [EventType.Proposal] = ("proposal", "03"),
        [EventType.Invitation] = ("invitation", "02"),
        [EventType.Refusal] = ("refusal", "12"),
        [EventType.Agreement] = ("agreement", "05"),
        [EventType.Appointment] = ("appointment", ""),
        [EventType.Dismissal] = ("dismissal", ""),
        [EventType.ArmedClash] = ("armed_clash", "19"),
        [EventType.AidDelivery] = ("aid_delivery", "07"),
        [EventType.Blockade] = ("blockade", "17"),
        [EventType.SupplyCut] = ("supply_cut", "17"),
        [EventType.Checkpoint] = ("checkpoint", "17"),
        [EventType.Displacement] = ("displacement", ""),
        [EventType.Arrest] = ("arrest", "17"),
        [EventType.Release] = ("release", "08"),
        [EventType.Protest] = ("protest", "14"),
        [EventType.Visit] = ("visit", "04"),
    };

    private static readonly Dictionary<string, EventType> ByWire =
        Table.ToDictionary(kv => kv.Value.Wire, kv => kv.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every type.</summary>
    public static IReadOnlyCollection<EventType> All => Table.Keys;

    /// <summary>The wire name ("armed_clash").</summary>
    public static string ToWire(this EventType type) => Table[type].Wire;

    /// <summary>The CAMEO root code ("19"), empty where CAMEO has none (ACLED strategic developments).</summary>
    public static string CameoRoot(this EventType type) => Table[type].Cameo;

    /// <summary>Parses a wire name; null when unknown.</summary>
    public static EventType? Parse(string? text) => text is not null && ByWire.TryGetValue(text, out var t) ? t : null;
}
