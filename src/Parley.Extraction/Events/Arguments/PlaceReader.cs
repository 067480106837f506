using Parley.Extraction.Entities;
using Parley.Extraction.Matching;
using Parley.Model;
using Parley.Packs;

namespace Parley.Extraction.Events.Arguments;

/// <summary>
/// Where a happening took place: the place the sentence names for it (the nearest after a locative preposition, a
/// road, the area of a list, a forum's host city), and the venues of a meeting held in several.
/// </summary>
internal sealed class PlaceReader(DomainPack pack)
{
    private readonly HashSet<string> _titleNouns = new(pack.Words("title_nouns"), StringComparer.Ordinal);
    private readonly ReportingVerbs _reporting = new(pack);

    // The capitals: the places the pack seats a state at.
    private readonly HashSet<string> _capitals = [.. pack.OfKind(EntityKind.State).Select(s => s.Seat).OfType<string>()];

    // No places: shared by the sentences that name none, never written.
    private static readonly List<LinkedMention> NoPlaces = [];

    private static readonly HashSet<string> CompassPoints = new(StringComparer.Ordinal)
    {
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
        "southeastern", "southwestern", "northern", "southern", "eastern", "western",
    };

    /// <summary>The places of one "in A and B" ("in A, B and C", "in A and again in B") list after the trigger, in order.</summary>
    internal List<string> ListedVenues(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        // The places after the trigger, by first token (a stable insertion sort: a sentence names a few); most
        // meetings have none, and no list is made for them.
        List<LinkedMention>? places = null;
        for (var k = 0; k < ctx.Mentions.Count; k++)
        {
            var m = ctx.Mentions[k];
            if (m.Kind == EntityKind.Place && m.FirstToken > trigger.LastToken && !NamesCounterpartsHome(ctx, m))
            {
                places ??= [];
                var at = places.Count;
                while (at > 0 && places[at - 1].FirstToken > m.FirstToken)
                {
                    at--;
                }

                places.Insert(at, m);
            }
        }

        var first = -1;
        for (var k = 0; places is not null && k < places.Count && first < 0; k++)
        {
            first = ctx.Word(places[k].FirstToken - 1) == "in" ? k : -1;
        }

        if (first < 0)
        {
            return EventStage.NoIds;
        }

        var list = new List<string> { places![first].Mention.EntityId };
        for (var k = first + 1; k < places.Count; k++)
        {
            if (!IsVenueListGap(ctx, places[k - 1].LastToken + 1, places[k].FirstToken - 1))
            {
                break;
            }

            if (!list.Contains(places[k].Mention.EntityId))
            {
                list.Add(places[k].Mention.EntityId);
            }
        }

        return list;
    }

    /// <summary>
    /// True for a place that says where someone's counterparts sit ("spoke with his counterparts in Baku and Yerevan",
    /// "her colleagues from Paris"): it names their states, not where the talks were held. Only counterparts the phrase
    /// names by nothing else ("his counterparts", not "his Armenian counterparts") and not brought together by a host.
    /// </summary>
    internal static bool NamesCounterpartsHome(SentenceContext ctx, LinkedMention place)
    {
        var k = place.FirstToken - 1;
        // Back over the places listed before this one ("in Baku, Tbilisi and Yerevan").
        while (ctx.Word(k) is "and" or "," && PlaceEndingAt(ctx, k - 1) is { } listed)
        {
            k = listed.FirstToken - 1;
        }

        // ("hosted his Armenian and Azerbaijani counterparts in Moscow": counterparts named by their states, or brought
        // together by a host, meet where the place says.)
        return ctx.Word(k) is "in" or "from" && ctx.Word(k - 1) is "counterpart" or "counterparts" or "colleague" or "colleagues" &&
               ctx.Word(k - 2) is "his" or "her" or "their" or "its" or "the" &&
               ctx.Word(k - 3) is not ("hosted" or "host" or "hosts" or "hosting" or "received" or "receives" or "welcomed" or "welcomes" or "gathered");
    }

    private static LinkedMention? PlaceEndingAt(SentenceContext ctx, int token)
    {
        foreach (var m in ctx.Mentions)
        {
            if (m.LastToken == token && m.Kind == EntityKind.Place)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>One to three tokens [<paramref name="from"/>, <paramref name="to"/>] of ",", "and", "again", "then" or "in", a comma or an "and" among them.</summary>
    private static bool IsVenueListGap(SentenceContext ctx, int from, int to)
    {
        var count = to - from + 1;
        if (count is < 1 or > 3)
        {
            return false;
        }

        var joins = false;
        for (var i = from; i <= to; i++)
        {
            var w = ctx.Word(i);
            if (w is not ("," or "and" or "again" or "then" or "in"))
            {
                return false;
            }

            joins |= w is "," or "and";
        }

        return joins;
    }

    /// <summary>
    /// A forum or conference the sentence names (an organization whose seat in the pack is a place): where it is
    /// named and its host city.
    /// </summary>
    private (int At, string Seat)? Venue(SentenceContext ctx)
    {
        for (var k = 0; k < ctx.Mentions.Count; k++)
        {
            var m = ctx.Mentions[k];
            // ("European Council President Charles Michel", "EU special representative Toivo Klaar": a body qualifying a
            // title names the person's office, not a venue.)
            // (A body named as what is done, "agreed to facilitate an EU mission", "talks with the OSCE", is no venue: one
            // is where something is held "at", "in" or "on the sidelines of".)
            if (m.Kind == EntityKind.Organization && pack.Find(m.Mention.EntityId)?.Seat is { } seat && pack.Find(seat)?.Kind == EntityKind.Place &&
                TriggerPhrase.PreviousWord(ctx, m.FirstToken) is "at" or "of" or "in" or "inside" or "during" or "by" &&
                !_titleNouns.Contains(ctx.Word(m.LastToken + 1)) &&
                !(m.LastToken + 2 <= ctx.LastToken && ctx.Tokens[m.LastToken + 1] is { IsWord: true, IsCapitalized: false } &&
                  (_titleNouns.Contains(ctx.Word(m.LastToken + 2)) || _titleNouns.Contains($"{ctx.Word(m.LastToken + 1)} {ctx.Word(m.LastToken + 2)}"))))
            {
                return (m.FirstToken, seat);
            }
        }

        return null;
    }

    internal string? PlaceOf(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, EventType type, (int First, int Last) clause)
    {
        // The sentence's places are the same for each of its triggers: taken once, only read here.
        var places = ctx.KnownPlaces ??= PlacesOf(ctx);
        // "…, though Yerevan kept funding the authorities in Stepanakert": a place in another clause locates that clause's act.
        // ("Supporters gathered outside the cathedral, and police detained 14 people": a clause whose subject names no party
        // happens where the clause before it does, when it names no place of its own.)
        if (places.Count > 0 && (places[0].FirstToken < clause.First || places[^1].LastToken > clause.Last))
        {
            var own = places.FindAll(m => m.FirstToken >= clause.First && m.LastToken <= clause.Last);
            places = own.Count == 0 && clause.First > ctx.FirstToken && Clauses.OpensWithBareSubject(ctx, clause.First - 1)
                ? places.FindAll(m => m.LastToken < clause.First)
                : own;
        }
        // "Officials in Yerevan said Azerbaijani forces shelled Martuni": where the speakers are is not where it happened,
        // when the reported clause names a place of its own.
        if (places.Count > 1 && _reporting.Before(ctx, trigger.FirstToken, clause.First) is var reported and >= 0 &&
            places[0].LastToken < reported && places[^1].FirstToken > reported)
        {
            places = places.FindAll(m => m.FirstToken > reported);
        }

        // "on the basis of the Alma-Ata Declaration", "the Brussels format": a place naming a text or a format is no
        // place of this happening, unless that text is the trigger itself ("the Moscow Declaration was signed").
        if (places.Exists(m => NamesATextOrFormat(ctx, m, trigger)))
        {
            places = places.FindAll(m => !NamesATextOrFormat(ctx, m, trigger));
        }

        // "BAKU/YEREVAN, Sept 14 (Reuters) - … fighting along the border": a report filed from a capital is about
        // talks or protests held there, seldom about what happens at a front, a road or a border (a town's dateline,
        // "GORIS, … - A convoy reached the town", is where it happened).
        if (places.Count > 0 && type is EventType.ArmedClash or EventType.Blockade or EventType.Checkpoint or EventType.SupplyCut or
                EventType.AidDelivery or EventType.Displacement && PartyReader.DatelineEnd(ctx) is var dateline and >= 0 && places[0].FirstToken < dateline)
        {
            places = places.FindAll(m => m.FirstToken > dateline || !_capitals.Contains(m.Mention.EntityId));
        }

        // "a rally led by the archbishop, who demanded … over the villages in Tavush": a place inside a clause about a
        // person after the trigger belongs to what that person did.
        // ("The talks opened days after Azerbaijan installed a checkpoint on the Lachin corridor": so does a place in a
        // later clause of its own after a noun.)
        if (places.Exists(m => AboutAPersonAfter(ctx, trigger, m) || InLaterSubordinateClause(ctx, trigger, m)))
        {
            places = places.FindAll(m => !AboutAPersonAfter(ctx, trigger, m) && !InLaterSubordinateClause(ctx, trigger, m));
        }

        if (places.Count == 0)
        {
            return type is EventType.Meeting or EventType.Agreement or EventType.Proposal ? Venue(ctx)?.Seat : null;
        }

        return PlaceAmong(ctx, trigger, type, places);
    }

    /// <summary>A place in a later clause after a noun trigger (see <see cref="Clauses.InLaterSubordinateClause"/>) is that clause's.</summary>
    private static bool InLaterSubordinateClause(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, LinkedMention place) =>
        trigger.Payloads[0].Form == TriggerForm.Noun && place.FirstToken > trigger.LastToken &&
        Clauses.InLaterSubordinateClause(ctx, trigger.LastToken, place.FirstToken);

    /// <summary>True when ", who" or ", whose" opens between the trigger and <paramref name="place"/>.</summary>
    private static bool AboutAPersonAfter(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, LinkedMention place)
    {
        for (var i = trigger.LastToken + 1; i < place.FirstToken; i++)
        {
            if (ctx.Word(i) is "who" or "whose" && ctx.Word(i - 1) == ",")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when token <paramref name="at"/> stands between a "(" and a ")" that closes before token <paramref name="end"/>.</summary>
    private static bool InParentheses(SentenceContext ctx, int at, int end)
    {
        var open = -1;
        for (var i = ctx.FirstToken; i < end; i++)
        {
            if (ctx.Word(i) == "(")
            {
                open = i;
            }
            else if (ctx.Word(i) == ")")
            {
                if (open >= 0 && open < at && at < i)
                {
                    return true;
                }

                open = -1;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="place"/> names a text or a format ("Alma-Ata Declaration") other than <paramref name="trigger"/>.</summary>
    private static bool NamesATextOrFormat(SentenceContext ctx, LinkedMention place, PhraseMatch<(EventType Type, TriggerForm Form)> trigger)
    {
        var next = place.LastToken + 1;
        return ctx.Word(next) is "declaration" or "statement" or "agreement" or "accords" or "accord" or "protocol" or "principles" or "format" or "process" or "formula" or "platform" or "agenda" &&
               (next < trigger.FirstToken || next > trigger.LastToken);
    }

    /// <summary>
    /// The places and roads the sentence names, but not one a distance is measured from, nor the dateline's city
    /// ("GENEVA, Oct 3 - …", where the report was filed) when the sentence names a place of its own.
    /// </summary>
    private static List<LinkedMention> PlacesOf(SentenceContext ctx)
    {
        var places = NoPlaces;
        for (var k = 0; k < ctx.Mentions.Count; k++)
        {
            var m = ctx.Mentions[k];
            if (m.Kind is EntityKind.Place or EntityKind.Route && !IsOffsetReference(ctx, m.FirstToken) && !NamesCounterpartsHome(ctx, m))
            {
                if (places.Count == 0)
                {
                    places = [];
                }

                places.Add(m);
            }
        }

        if (places.Count > 1 && PartyReader.DatelineEnd(ctx) is var dateline && places[0].FirstToken < dateline && places[^1].FirstToken > dateline)
        {
            places.RemoveAll(m => m.FirstToken < dateline);
        }

        // "YEREVAN, Aug 31 (Syunik Courier) -": a place in the outlet's name in the dateline's parentheses is none.
        if (places.Count > 0 && PartyReader.DatelineEnd(ctx) is var end and >= 0 && places[0].FirstToken < end)
        {
            places.RemoveAll(m => m.LastToken < end && InParentheses(ctx, m.FirstToken, end));
        }

        return places;
    }

    // Loops rather than LINQ: this runs for every event read in a sentence that names a place. Of equally near
    // places, the first named wins, as a stable sort by distance would have it.
    private string? PlaceAmong(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, EventType type, List<LinkedMention> places)
    {
        // A road is what a blockade closes or a checkpoint controls ("the blockade of the Lachin corridor"), whatever
        // the preposition before it.
        // A checkpoint is at a crossing when one is named.
        if (type is EventType.Blockade or EventType.Checkpoint && RoadOf(trigger, type, places) is { } road)
        {
            return road.Mention.EntityId;
        }

        // "fled Karabakh", "were forced out of Kalbajar": a flight happens where people leave, wherever they go.
        if (type == EventType.Displacement && PlaceLeft(ctx, trigger, places) is { } left)
        {
            return left.Mention.EntityId;
        }

        // "of" names a population's or a body's home ("the Armenians of Karabakh"), not where something happened;
        // "to" is the destination of a visit or an invitation.
        // ("troops crossed into Gegharkunik": where an incursion goes is where it happens.)
        var towards = type is EventType.Visit or EventType.Invitation or EventType.AidDelivery or EventType.Displacement || ctx.Word(trigger.LastToken) == "into";
        LinkedMention? nearestLocated = null;
        foreach (var p in places)
        {
            if ((TriggerPhrase.PreviousWord(ctx, p.FirstToken) is "in" or "at" or "near" or "on" or "along" or "outside" or "inside" or "through" or "via" or "across" ||
                 (towards && TriggerPhrase.PreviousWord(ctx, p.FirstToken) is "to" or "into")) &&
                (nearestLocated is null || Distance(p, trigger) < Distance(nearestLocated, trigger)))
            {
                nearestLocated = p;
            }
        }

        // "on the sidelines of the Munich Security Conference": talks at a forum take place in the city that hosts it,
        // unless a place named nearer the trigger says where.
        if (type is EventType.Meeting or EventType.Agreement or EventType.Proposal && Venue(ctx) is { } venue &&
            !(nearestLocated is not null && Distance(nearestLocated, trigger) < Math.Abs(venue.At - trigger.FirstToken)))
        {
            return venue.Seat;
        }

        // "the borderline of the villages: A, B, C and D": a list of places with none marked as where it happened
        // locates it in the area most of them lie in, or nowhere in particular.
        if (nearestLocated is null && places.Count >= 3 && AreaOfList(places) is (true, var area))
        {
            return area;
        }

        // Otherwise the nearest place, but not one something goes to or comes from ("smuggled arms from Armenia to the
        // Karabakh region" does not place a clash there).
        // A proposal, an invitation or a refusal is located only by "in", "at" and the like: a place without them
        // belongs to what is proposed ("a demilitarised zone around Karabakh", "a route through Syunik").
        var chosen = nearestLocated;
        if (chosen is null && type is not (EventType.Proposal or EventType.Invitation or EventType.Refusal))
        {
            foreach (var p in places)
            {
                if ((towards || TriggerPhrase.PreviousWord(ctx, p.FirstToken) is not ("to" or "from" or "into" or "toward" or "towards")) &&
                    (chosen is null || Distance(p, trigger) < Distance(chosen, trigger)))
                {
                    chosen = p;
                }
            }
        }

        if (chosen is null)
        {
            return null;
        }

        return NarrowerJustBefore(ctx, places, chosen) ?? chosen.Mention.EntityId;
    }

    private static int Distance(LinkedMention place, PhraseMatch<(EventType Type, TriggerForm Form)> trigger) => Math.Abs(place.FirstToken - trigger.FirstToken);

    /// <summary>The nearest road the sentence names, a crossing first for a checkpoint; null when it names none.</summary>
    private LinkedMention? RoadOf(PhraseMatch<(EventType Type, TriggerForm Form)> trigger, EventType type, List<LinkedMention> places)
    {
        LinkedMention? road = null;
        var (bestRank, bestDistance) = (int.MaxValue, int.MaxValue);
        foreach (var p in places)
        {
            if (p.Kind != EntityKind.Route)
            {
                continue;
            }

            var rank = type == EventType.Checkpoint && pack.Find(p.Mention.EntityId)?.PlaceType == "crossing" ? 0 : 1;
            var distance = Distance(p, trigger);
            if (rank < bestRank || (rank == bestRank && distance < bestDistance))
            {
                (road, bestRank, bestDistance) = (p, rank, distance);
            }
        }

        return road;
    }

    /// <summary>The place a flight leaves: named right after the trigger, or after its "from" or "out of"; null when none is.</summary>
    private static LinkedMention? PlaceLeft(SentenceContext ctx, PhraseMatch<(EventType Type, TriggerForm Form)> trigger, List<LinkedMention> places)
    {
        foreach (var p in places)
        {
            if (p.FirstToken > trigger.LastToken && p.FirstToken - trigger.LastToken <= 3 &&
                (p.FirstToken == trigger.LastToken + 1 || TriggerPhrase.PreviousWord(ctx, p.FirstToken) is "from" || (ctx.Word(p.FirstToken - 2) == "out" && ctx.Word(p.FirstToken - 1) == "of")))
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>
    /// For a list of three places or more (by id), the area most of them lie in, when at least half do (of equal
    /// counts, the first named), else null; not a list (false) for fewer.
    /// </summary>
    private (bool IsList, string? Area) AreaOfList(List<LinkedMention> places)
    {
        var listed = places.Select(p => p.Mention.EntityId).Distinct().ToList();
        if (listed.Count < 3)
        {
            return (false, null);
        }

        var area = listed.Select(id => pack.Find(id)?.In).OfType<string>().GroupBy(c => c, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).FirstOrDefault();
        return (true, area is not null && area.Count() * 2 >= listed.Count ? area.Key : null);
    }

    /// <summary>
    /// "10 km (6 miles) northwest of Goris": a place given as the point a distance is measured from is not where
    /// the thing happened.
    /// </summary>
    private static bool IsOffsetReference(SentenceContext ctx, int place)
    {
        if (ctx.Word(place - 1) != "of")
        {
            return false;
        }

        // "north-west" is three tokens.
        var direction = place - 2;
        if (ctx.Word(direction) is "west" or "east" && ctx.Word(direction - 1) == "-" && ctx.Word(direction - 2) is "north" or "south")
        {
            direction -= 2;
        }

        if (!CompassPoints.Contains(ctx.Word(direction)))
        {
            return false;
        }

        for (var i = direction - 1; i >= ctx.FirstToken && i >= direction - 6; i--)
        {
            if (ctx.Word(i) is "km" or "kilometers" or "kilometres" or "kilometer" or "kilometre" or "miles" or "mile" or "meters" or "metres")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Kirants village in the Tavush region": a place named just before the region that contains it is where the
    /// thing happened; the region only locates it.
    /// </summary>
    private string? NarrowerJustBefore(SentenceContext ctx, List<LinkedMention> places, LinkedMention container)
    {
        foreach (var inner in places)
        {
            if (inner.LastToken < container.FirstToken && container.FirstToken - inner.LastToken <= 4 &&
                (Within(inner.Mention.EntityId, container.Mention.EntityId) || UnplacedRightBefore(ctx, inner, container)))
            {
                return inner.Mention.EntityId;
            }
        }

        return null;
    }

    /// <summary>
    /// "the village of Dzhanyatag in Karabakh": a place the pack does not locate, written right before "in" and the
    /// place chosen, is the narrower one the writer locates there.
    /// </summary>
    private bool UnplacedRightBefore(SentenceContext ctx, LinkedMention inner, LinkedMention container) =>
        container.FirstToken - inner.LastToken == 2 && ctx.Word(inner.LastToken + 1) == "in" && pack.Find(inner.Mention.EntityId)?.In is null &&
        !Within(container.Mention.EntityId, inner.Mention.EntityId);

    private bool Within(string inner, string outer) => PlaceNesting.Within(id => pack.Find(id)?.In, inner, outer);
}
