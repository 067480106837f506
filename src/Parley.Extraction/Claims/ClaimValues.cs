using Parley.Extraction.Entities;
using Parley.Extraction.Events;
using Parley.Model;
using Parley.Packs;

namespace Parley.Extraction.Claims;

/// <summary>
/// What a claim says of the event it is about: the agenda of a meeting, the date (a day its own quote names before the
/// event's), the counts its own quote gives, and that the event did not happen when the claim denies it. One instance
/// reads one document at a time (call <see cref="Reset"/> before each).
/// </summary>
/// <param name="denialVerbs">The pack's <c>denial_verbs</c>.</param>
/// <param name="nonEventObjects">The pack's <c>non_event_objects</c>: what a denial may deny other than the event
/// ("denied the charges", "denied any involvement").</param>
/// <param name="places">The pack's places: what a place lies in ("nerkin-hand" → "syunik") and what kind of place it is.</param>
internal sealed class ClaimValues(IReadOnlyList<string> denialVerbs, IReadOnlyList<string> nonEventObjects, DomainPack places)
{
    // Kinds of place a clash is fought at or near: a city is more often the seat that speaks than where fighting was.
    private static readonly string[] FieldPlaces = ["village", "town", "district", "province", "region", "border-area", "mountain", "site"];

    // The date and count values of the events of the document being read, each with its event (see EventValues). A
    // document reports a few events: a scan by reference costs less than a map, whose hash of a fresh object does not.
    private readonly List<(EventMention Event, ClaimValue[] Values)> _eventValues = [];

    /// <summary>Forgets the events of the document read before.</summary>
    public void Reset() => _eventValues.Clear();

    /// <summary>
    /// What a claim about <paramref name="ev"/> says of it: the agenda, the date, and of the event's counts only those its
    /// own quote (tokens [<paramref name="first"/>, <paramref name="last"/>]) gives: "Azerbaijan said 71 of its
    /// servicemen were killed" gives 71, not the 105 another sentence added to the clash.
    /// </summary>
    public List<ClaimValue> Of(EventMention? ev, List<string> topics, ClaimStance stance, SentenceContext ctx, int first, int last, bool deniesOnlyAPart = false)
    {
        if (ev is null)
        {
            return [];
        }

        var eventValues = EventValues(ev);
        var values = new List<ClaimValue>(topics.Count + eventValues.Length + 1);
        if (ev.Type == EventType.Meeting)
        {
            foreach (var t in topics)
            {
                values.Add(new ClaimValue(ContradictionAttribute.Agenda, t, stance == ClaimStance.Denies));
            }
        }

        var given = ev.Quantities.Count > 0
            ? QuantityReader.Read(ctx.Tokens, first, last).Select(q => ClaimValue.OfCount(q.Quantity.Kind, q.Quantity.Value)).ToHashSet(StringComparer.Ordinal)
            : [];
        // "…, while Azerbaijani outlets reported that it was held on Thursday": a day the quote gives itself is its date.
        var ownDay = OwnDay(ctx, first, last);
        foreach (var v in eventValues)
        {
            if (v.Attribute == ContradictionAttribute.Date && ownDay is not null)
            {
                values.Add(new ClaimValue(ContradictionAttribute.Date, ownDay));
            }
            else if (v.Attribute is not (ContradictionAttribute.Killed or ContradictionAttribute.Wounded or ContradictionAttribute.Quantity) || given.Contains(v.Value))
            {
                values.Add(v);
            }
        }

        // "… attacked a post near Nerkin Hand", "shelled its positions in the Kalbajar and Lachin districts": where a clash
        // was fought, as the quote names it (the clash's own place, or a village, town, district or province); the places
        // each lies in go with it, so an account naming the village and one naming its province do not disagree.
        if (ev.Type == EventType.ArmedClash && stance == ClaimStance.Asserts)
        {
            foreach (var place in PlacesNamed(ctx, ev.Place, first, last))
            {
                values.Add(new ClaimValue(ContradictionAttribute.Place, place, false, Containers(place)));
            }
        }

        // ("Baku denied any involvement": the blame is denied, not the happening; no party is named as not to blame.)
        var deniesBlame = stance == ClaimStance.Denies && DeniesABlame(ctx, first, last);
        if (deniesBlame)
        {
            values.Add(new ClaimValue(ContradictionAttribute.Responsibility, ClaimValue.NotToBlame, true));
        }
        else if (stance == ClaimStance.Denies && ev.Type != EventType.Meeting && !deniesOnlyAPart)
        {
            values.Add(new ClaimValue(ContradictionAttribute.Occurred, "occurred", true));
        }

        return values;
    }

    /// <summary>
    /// "Baku denied any involvement", "He denies the charges": a denial whose object (within three words after its verb,
    /// or the quote's first words when the verb stands before it) is a charge or a part taken denies a blame, not
    /// that the event happened.
    /// </summary>
    private bool DeniesABlame(SentenceContext ctx, int first, int last)
    {
        var verb = ctx.FindAny(denialVerbs, Math.Max(ctx.FirstToken, first - 3), last, out _);
        var from = verb >= 0 ? verb + 1 : first;
        return ctx.FindAny(nonEventObjects, from, Math.Min(ctx.LastToken, from + 3), out _) >= 0;
    }

    // The places named among tokens [first, last], each once, in order: the clash's own place, and places of the kinds
    // fighting is told at.
    private List<string> PlacesNamed(SentenceContext ctx, string? own, int first, int last)
    {
        var named = new List<string>();
        foreach (var m in ctx.Mentions)
        {
            var id = m.Mention.EntityId;
            if (m.FirstToken >= first && m.LastToken <= last && m.Kind == EntityKind.Place && !named.Contains(id) &&
                (id == own || Array.IndexOf(FieldPlaces, places.Find(id)?.PlaceType) >= 0))
            {
                named.Add(id);
            }
        }

        return named;
    }

    // The places `place` lies in, innermost first, joined by spaces (at most eight: the pack's chains are short).
    private string Containers(string place)
    {
        var chain = new List<string>();
        for (var at = places.Find(place)?.In; at is not null && chain.Count < 8 && !chain.Contains(at); at = places.Find(at)?.In)
        {
            chain.Add(at);
        }

        return string.Join(' ', chain);
    }

    /// <summary>The one single day tokens [<paramref name="first"/>, <paramref name="last"/>] name, as an ISO date, or null.</summary>
    private static string? OwnDay(SentenceContext ctx, int first, int last)
    {
        var (start, end) = (ctx.Tokens[first].Span.Start, ctx.Tokens[last].Span.End);
        string? day = null;
        foreach (var t in ctx.Times)
        {
            if (t.Span.Start >= start && t.Span.End <= end && t.Range.IsSingleDay && !t.IsDuration)
            {
                if (day is not null)
                {
                    return null;
                }

                day = Parley.Time.DateRange.Iso(t.Range.Earliest);
            }
        }

        return day;
    }

    // The values every claim about the event gives, its date and counts, formatted once per event of the document
    // (several claims report each); the values are records, so the claims share them.
    private ClaimValue[] EventValues(EventMention ev)
    {
        foreach (var (known, knownValues) in _eventValues)
        {
            if (ReferenceEquals(known, ev))
            {
                return knownValues;
            }
        }

        var values = new List<ClaimValue>();
        if (ev.Date is { IsSingleDay: true } d)
        {
            values.Add(new ClaimValue(ContradictionAttribute.Date, Parley.Time.DateRange.Iso(d.Earliest)));
        }

        foreach (var q in ev.Quantities)
        {
            values.Add(new ClaimValue(ClaimValue.AttributeOfCount(q.Kind), ClaimValue.OfCount(q.Kind, q.Value)));
        }

        ClaimValue[] formatted = [.. values];
        _eventValues.Add((ev, formatted));
        return formatted;
    }
}
