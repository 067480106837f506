using Parley.Model;

namespace Parley.Extraction.Merge;

/// <summary>
/// Finds claims that cannot all be true about one event: what was discussed (asserted by one source, denied
/// by another), when (different days), counts (different tolls or sizes), whether it happened. Restatements
/// by the same source are not contradictions.
/// </summary>
/// <param name="blameWords">Words that lay blame or failure on a party (the pack's <c>blame_words</c>).</param>
public sealed partial class ContradictionFinder(IReadOnlyList<string> blameWords)
{
    /// <summary>Contradictions among <paramref name="claims"/> (each with its merged event id) about <paramref name="events"/>.</summary>
    public List<Contradiction> Find(IReadOnlyList<Event> events, IReadOnlyList<(Claim Claim, string? EventId)> claims)
    {
        var found = new ContradictionSet();
        FindAboutEvents(events, claims, found);
        FindBetweenClaims(claims, found);
        return found;
    }

    /// <summary>
    /// The contradictions each of <paramref name="events"/> holds on its own (agenda, date, counts, whether it
    /// happened), from the claims about it among <paramref name="claims"/> (in document order), added to
    /// <paramref name="found"/>. Each event is judged alone, so events may be taken a few at a time.
    /// </summary>
    public void FindAboutEvents(IReadOnlyList<Event> events, IReadOnlyList<(Claim Claim, string? EventId)> claims, ContradictionSet found)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(found);
        var byEvent = claims.Where(c => c.EventId is not null).GroupBy(c => c.EventId!).ToDictionary(g => g.Key, g => g.Select(x => x.Claim).ToList());
        foreach (var e in events)
        {
            var linked = byEvent.GetValueOrDefault(e.Id) ?? [];
            var judged = new AboutOneEvent(e);
            foreach (var m in e.Mentions)
            {
                judged.Observe(m);
            }

            linked.ForEach(judged.Observe);
            judged.Decide();
            if (judged.WantsClaims)
            {
                linked.ForEach(judged.Collect);
            }

            if (judged.WantsMentions)
            {
                foreach (var m in e.Mentions)
                {
                    judged.Collect(m.DocumentId, m.Key);
                }
            }

            judged.AddTo(found);
        }
    }

    /// <summary>
    /// The contradictions between claims rather than about one event (who is to blame; a denial answering an
    /// earlier claim), added to <paramref name="found"/> after those about events. Only claims that
    /// <see cref="TakesPartBetweenClaims"/> (and the claims they answer) matter: passing only those, in document
    /// order, finds the same.
    /// </summary>
    public void FindBetweenClaims(IReadOnlyList<(Claim Claim, string? EventId)> claims, ContradictionSet found)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(found);
        Responsibility(claims, found);
        RivalBlame(claims, found);
        Answers(claims, found);
    }

    /// <summary>True for a claim that lays blame or answers another: one <see cref="FindBetweenClaims"/> looks at.</summary>
    public bool TakesPartBetweenClaims(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return (claim.Answers is not null && (claim.Stance == ClaimStance.Denies || DisputesCount(claim))) || SpeaksOfBlame(claim) ||
            claim.Values.Any(v => v is { Attribute: ContradictionAttribute.Quantity, Value: ClaimValue.CountGiven });
    }

    /// <summary>
    /// True for a claim that lays blame on a party or pushes it back: a blame word in its quote, or an accusation ("accused X
    /// of …") or a denial of having started it ("It was not X that started this") the claim stage marked.
    /// </summary>
    private bool SpeaksOfBlame(Claim claim) => HasWord(claim.Quote, blameWords) || BlamedParty(claim) is not null;

    /// <summary>
    /// <paramref name="claim"/> as <see cref="FindBetweenClaims"/> reads it, for a pass that holds the claims of a whole
    /// store: its quote cut to the first blame word in it (or to nothing), the only thing that search reads of a quote.
    /// </summary>
    public Claim Lean(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        foreach (var token in Parley.Text.Tokenizer.Tokenize(claim.Quote))
        {
            if (token.IsWord && blameWords.Contains(token.Normalized))
            {
                // The word alone, where it reads as a blame word on its own (it always should); otherwise the quote as it is.
                return claim with { Quote = HasWord(token.Normalized, blameWords) ? token.Normalized : claim.Quote };
            }
        }

        return claim with { Quote = "" };
    }

    /// <summary>True when <paramref name="claim"/> denies a blame and names no one ("Baku denied any involvement").</summary>
    private static bool DeniesBlame(Claim claim) =>
        claim.Values.Any(v => v is { Attribute: ContradictionAttribute.Responsibility, Subject: null, Negated: true });

    /// <summary>The party (its side) a claim accuses or says did not start it, as the claim stage marked it, or null.</summary>
    private static string? BlamedParty(Claim claim) =>
        claim.Values.FirstOrDefault(v => v.Attribute == ContradictionAttribute.Responsibility)?.Subject;

    /// <summary>
    /// Who is to blame: one source lays blame or failure on a party, another denies it, in the same document or
    /// about the same event ("accused Moscow of failing its role" against "I would disagree that they failed").
    /// </summary>
    private void Responsibility(IReadOnlyList<(Claim Claim, string? EventId)> claims, ContradictionSet found)
    {
        // Blaming assertions by document and by event (as positions in claim order), so each denial looks only at
        // the claims it can answer instead of at every blaming claim of the store.
        var blaming = claims.Where(c => SpeaksOfBlame(c.Claim)).Select(c => (c.Claim, c.EventId, Worded: HasWord(c.Claim.Quote, blameWords), Party: BlamedParty(c.Claim))).ToList();
        var byDocument = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byEvent = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < blaming.Count; i++)
        {
            if (blaming[i].Claim.Stance != ClaimStance.Asserts)
            {
                continue;
            }

            Listed(byDocument, blaming[i].Claim.DocumentId).Add(i);
            if (blaming[i].EventId is { } eventId)
            {
                Listed(byEvent, eventId).Add(i);
            }
        }

        // Which Responsibility contradiction holds a claim; the one found first wins, as a scan of found would.
        var holding = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var denial in blaming.Where(c => c.Claim.Stance == ClaimStance.Denies))
        {
            var candidates = byDocument.GetValueOrDefault(denial.Claim.DocumentId) ?? [];
            if (denial.EventId is not null && byEvent.TryGetValue(denial.EventId, out var aboutEvent))
            {
                candidates = [.. candidates.Union(aboutEvent).Order()];
            }

            // Two claims speaking of blame in words meet; an accusation and a denial of having started it meet only about one party.
            var asserted = candidates.Select(i => blaming[i])
                .Where(a => DifferentSource(a.Claim, denial.Claim) && ((a.Worded && denial.Worded) || (a.Party is not null && a.Party == denial.Party))).ToList();
            if (asserted.Count == 0)
            {
                continue;
            }

            // Several denials of one accusation are one disagreement: they join the contradiction that holds it.
            var index = asserted.Select(a => holding.GetValueOrDefault(a.Claim.Id, -1)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
            if (index >= 0)
            {
                var joined = found[index];
                found[index] = joined with { ClaimIds = [.. joined.ClaimIds, denial.Claim.Id], Values = [.. joined.Values, "not to blame"] };
                holding.TryAdd(denial.Claim.Id, index);
                continue;
            }

            var all = asserted.Append(denial).ToList();
            var eventId = all.Select(c => c.EventId).FirstOrDefault(id => id is not null);
            Add(found, eventId, ContradictionAttribute.Responsibility, [.. all.Select(c => c.Claim.Id)],
                [.. all.Select(c => c.Claim.Stance == ClaimStance.Denies ? "not to blame" : "to blame")], asserted[0].Claim.Id);
            foreach (var c in all)
            {
                holding.TryAdd(c.Claim.Id, found.Count - 1);
            }
        }
    }

    /// <summary>
    /// Rival accounts of who began it, each asserted: about one event, or in one document when a claim names none, one
    /// source says party P started it while another says party Q did ("Baku said Armenian units opened fire first";
    /// "Yerevan said Azerbaijani forces fired first") or that P only answered ("its troops were only responding"). The
    /// claims of one such event (or document) are one disagreement; claims a denial already sets against an accusation
    /// are left to that.
    /// </summary>
    private static void RivalBlame(IReadOnlyList<(Claim Claim, string? EventId)> claims, ContradictionSet found)
    {
        // (Only those between claims: a blame denied about the event may or may not be in the set yet, as the pass that
        // runs this has released or kept it, and what this finds must not depend on that.)
        var held = found.Where(x => x.Attribute == ContradictionAttribute.Responsibility && IsBetweenClaims(x)).SelectMany(x => x.ClaimIds).ToHashSet(StringComparer.Ordinal);
        var asserting = claims.Where(c => c.Claim.Stance == ClaimStance.Asserts && !held.Contains(c.Claim.Id) &&
            c.Claim.Values.Any(v => v is { Attribute: ContradictionAttribute.Responsibility, Subject: not null })).ToList();
        if (asserting.Count < 2)
        {
            return;
        }

        // A claim naming no event joins the first event another blaming claim of its document names: a report's own
        // accounts of one clash, some of them linked to it, some not ("It said its troops were only responding.").
        var firstEvent = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (claim, eventId) in asserting)
        {
            if (eventId is not null)
            {
                firstEvent.TryAdd(claim.DocumentId, eventId);
            }
        }

        var groups = new Dictionary<string, List<Claim>>(StringComparer.Ordinal);
        var order = new List<(string Key, string? EventId)>();
        foreach (var (claim, eventId) in asserting)
        {
            var about = eventId ?? firstEvent.GetValueOrDefault(claim.DocumentId);
            var key = about is null ? "document|" + claim.DocumentId : "event|" + about;
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = [];
                order.Add((key, about));
            }

            group.Add(claim);
        }

        foreach (var (key, about) in order)
        {
            var group = groups[key];
            if (!Rival(group))
            {
                continue;
            }

            Add(found, about, ContradictionAttribute.Responsibility, [.. group.Select(c => c.Id)],
                [.. group.Select(c => string.Join("; ", c.Values.Where(v => v.Attribute == ContradictionAttribute.Responsibility && v.Subject is not null)
                    .Select(v => v.Value == ClaimValue.NotToBlame ? $"{v.Subject} not to blame" : $"{v.Subject} to blame")))], group[0].Id);
        }
    }

    /// <summary>True when two claims of <paramref name="group"/>, of different sources, blame different parties or blame and clear one party.</summary>
    private static bool Rival(List<Claim> group)
    {
        foreach (var a in group)
        {
            foreach (var blamed in a.Values.Where(v => v is { Attribute: ContradictionAttribute.Responsibility, Subject: not null } && v.Value != ClaimValue.NotToBlame))
            {
                if (group.Any(b => DifferentSource(a, b) && b.Values.Any(v => v.Attribute == ContradictionAttribute.Responsibility && v.Subject is not null &&
                                                                            (v.Value == ClaimValue.NotToBlame ? v.Subject == blamed.Subject : v.Subject != blamed.Subject))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static List<int> Listed(Dictionary<string, List<int>> index, string key)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        return list;
    }

    /// <summary>
    /// A denial that answers an earlier claim of its document ("X accused Y of …"; "Y dismissed the accusations")
    /// disputes that what it asserted happened, whether or not either names an event; one that disputes the count it
    /// gave ("rejected that figure", "while Y put the figure at …") disputes the count. Pairs another attribute already
    /// sets side by side are left to it.
    /// </summary>
    private static void Answers(IReadOnlyList<(Claim Claim, string? EventId)> claims, ContradictionSet found)
    {
        var byId = claims.GroupBy(c => c.Claim.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        // The claim pairs already set side by side, looked up instead of scanning every contradiction per denial.
        var sideBySide = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < found.Count; i++)
        {
            foreach (var id in found[i].ClaimIds)
            {
                Listed(sideBySide, id).Add(i);
            }
        }

        foreach (var denial in claims.Where(c => c.Claim.Answers is not null && (c.Claim.Stance == ClaimStance.Denies || DisputesCount(c.Claim))))
        {
            if (!byId.TryGetValue(denial.Claim.Answers!, out var asserted) || asserted.Claim.Stance != ClaimStance.Asserts ||
                !DifferentSource(asserted.Claim, denial.Claim) ||
                (sideBySide.TryGetValue(denial.Claim.Id, out var holding) && holding.Any(i => found[i].ClaimIds.Contains(asserted.Claim.Id))) ||
                found.AnsweredSideBySide.Contains((denial.Claim.Id, asserted.Claim.Id)))
            {
                continue;
            }

            // ("Officials put the number at 23. Baku rejects that figure.": the denial disputes the count, not the happening;
            // "Baku denied any involvement" disputes the blame.)
            if (DisputesCount(denial.Claim))
            {
                Add(found, asserted.EventId ?? denial.EventId, ContradictionAttribute.Quantity, [asserted.Claim.Id, denial.Claim.Id], ["count given", "count disputed"],
                    asserted.Claim.Id + "|" + denial.Claim.Id);
            }
            else if (DeniesBlame(denial.Claim))
            {
                Add(found, asserted.EventId ?? denial.EventId, ContradictionAttribute.Responsibility, [asserted.Claim.Id, denial.Claim.Id], ["blamed", "blame denied"],
                    asserted.Claim.Id + "|" + denial.Claim.Id);
            }
            else
            {
                Add(found, asserted.EventId ?? denial.EventId, ContradictionAttribute.Occurred, [asserted.Claim.Id, denial.Claim.Id], ["happened", "did not happen"],
                    asserted.Claim.Id + "|" + denial.Claim.Id);
            }
            Listed(sideBySide, asserted.Claim.Id).Add(found.Count - 1);
            Listed(sideBySide, denial.Claim.Id).Add(found.Count - 1);
        }
    }

    /// <summary>True for a claim disputing the count of the claim it answers (see <see cref="ClaimValue.CountDisputed"/>).</summary>
    private static bool DisputesCount(Claim claim) =>
        claim.Values.Any(v => v is { Attribute: ContradictionAttribute.Quantity, Value: ClaimValue.CountDisputed });

    private static bool HasWord(string text, IReadOnlyList<string> words)
    {
        foreach (var token in Parley.Text.Tokenizer.Tokenize(text))
        {
            if (token.IsWord && words.Contains(token.Normalized))
            {
                return true;
            }
        }

        return false;
    }

    private static bool DifferentSource(Claim a, Claim b) =>
        a.DocumentId != b.DocumentId || Who(a) != Who(b);

    /// <summary>
    /// Who a claim comes from within its document: its speaker, else the outlet it came through, else the unnamed source
    /// that made it ("police", "organizers"), so two unnamed sources of one report can disagree; null for the text's own.
    /// </summary>
    internal static string? Who(Claim c) => c.Speaker ?? c.Via ?? (c.Source is { } source ? "unnamed " + source : null);

    /// <summary>
    /// Adds a contradiction whose id is derived from what it is about — the attribute and the event, or for a
    /// disagreement between claims the claims it answers (<paramref name="anchor"/>) — not from its position, so
    /// it keeps its id as documents are added.
    /// </summary>
    private static void Add(ContradictionSet found, string? eventId, ContradictionAttribute attribute, List<string> claims, List<string> values, string? anchor = null) =>
        found.Add(new Contradiction
        {
            Id = StableId(found, $"{attribute.ToWire()}|{eventId}|{anchor}"),
            EventId = eventId,
            Attribute = attribute,
            ClaimIds = claims,
            Values = values,
        });

    /// <summary>The attributes a contradiction about one event (not between claims) can have.</summary>
    private static readonly ContradictionAttribute[] AboutEvent =
        [ContradictionAttribute.Agenda, ContradictionAttribute.Date, ContradictionAttribute.Killed, ContradictionAttribute.Wounded, ContradictionAttribute.Quantity,
         ContradictionAttribute.Occurred, ContradictionAttribute.Participants, ContradictionAttribute.Responsibility, ContradictionAttribute.Place];

    /// <summary>The ids the contradictions <see cref="FindAboutEvents"/> can find about event <paramref name="eventId"/> take.</summary>
    public static IEnumerable<string> AboutEventIds(string eventId) => AboutEvent.Select(a => HashedId($"{a.ToWire()}|{eventId}|"));

    /// <summary>
    /// True for a contradiction between claims (who is to blame; a denial answering a claim) rather than one about its
    /// event alone: the two share the attributes "occurred", "quantity" and "responsibility" (a blame denied about the
    /// event), and only the id (derived from what it answers) tells them apart.
    /// </summary>
    public static bool IsBetweenClaims(Contradiction contradiction)
    {
        ArgumentNullException.ThrowIfNull(contradiction);
        return contradiction.Attribute is ContradictionAttribute.Responsibility or ContradictionAttribute.Occurred or ContradictionAttribute.Quantity &&
            contradiction.Id != HashedId($"{contradiction.Attribute.ToWire()}|{contradiction.EventId}|");
    }

    private static string HashedId(string key)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key));
        return "x" + Convert.ToHexStringLower(hash, 0, 6);
    }

    private static string StableId(ContradictionSet found, string key)
    {
        var id = HashedId(key);
        // Twelve hex digits clash about never; should they, the later one is numbered, in the pass's fixed order.
        var unique = id;
        for (var n = 2; !found.Ids.Add(unique); n++)
        {
            unique = $"{id}-{n}";
        }

        return unique;
    }

}

/// <summary>The contradictions found so far, with the ids they took (a later clash is numbered).</summary>
/// <remarks>
/// A pass that stores contradictions as it goes empties the set with <see cref="Release"/>: what a later search needs
/// of those released stays (their ids, and the pairs of a claim and the claim it answers that one of them names).
/// </remarks>
public sealed class ContradictionSet : List<Contradiction>
{
    /// <summary>Every id taken, released or not.</summary>
    internal HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Pairs (a claim, the claim it answers) that some contradiction found so far names together: an answer already set
    /// side by side with what it answers is not found again between claims, and this outlives <see cref="Release"/>.
    /// </summary>
    internal HashSet<(string Claim, string Answered)> AnsweredSideBySide { get; } = [];

    /// <summary>The ids every contradiction found so far took, including those released.</summary>
    public IReadOnlySet<string> IdsTaken => Ids;

    /// <summary>
    /// Empties the list once its contradictions are stored, keeping the ids they took and the answered pairs they name,
    /// so a long pass holds neither their claim lists nor their values.
    /// </summary>
    public void Release() => Clear();

    /// <summary>Notes which of <paramref name="answering"/> (a claim and the claim it answers) <paramref name="claimIds"/> names together.</summary>
    internal void NoteAnswered(List<string> claimIds, IReadOnlyList<(string Claim, string Answered)> answering)
    {
        if (answering.Count == 0)
        {
            return;
        }

        var named = claimIds.ToHashSet(StringComparer.Ordinal);
        foreach (var pair in answering)
        {
            if (named.Contains(pair.Claim) && named.Contains(pair.Answered))
            {
                AnsweredSideBySide.Add(pair);
            }
        }
    }
}
