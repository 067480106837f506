using Parley.Model;

namespace Parley.Extraction.Merge;

/// <summary>
/// Finds claims that cannot all be true about one event: what was discussed (asserted by one source, denied
/// by another), when (different days), counts (different tolls or sizes), whether it happened. Restatements
/// by the same source are not contradictions.
/// </summary>
/// <param name="blameWords">Words that lay blame or failure on a party (the pack's <c>blame_words</c>).</param>
public sealed class ContradictionFinder(IReadOnlyList<string> blameWords)
{
    /// <summary>Contradictions among <paramref name="claims"/> (each with its merged event id) about <paramref name="events"/>.</summary>
    public List<Contradiction> Find(IReadOnlyList<Event> events, IReadOnlyList<(Claim Claim, string? EventId)> claims)
    {
        var found = new List<Contradiction>();
        var byEvent = claims.Where(c => c.EventId is not null).GroupBy(c => c.EventId!).ToDictionary(g => g.Key, g => g.Select(x => x.Claim).ToList());
        foreach (var e in events)
        {
            var linked = byEvent.GetValueOrDefault(e.Id) ?? [];
            Agenda(e, linked, found);
            Dates(e, linked, found);
            Counts(e, linked, found);
            Occurrence(e, linked, found);
        }

        Responsibility(claims, found);
        Answers(claims, found);
        return found;
    }

    /// <summary>
    /// Who is to blame: one source lays blame or failure on a party, another denies it, in the same document or
    /// about the same event ("accused Moscow of failing its role" against "I would disagree that they failed").
    /// </summary>
    private void Responsibility(IReadOnlyList<(Claim Claim, string? EventId)> claims, List<Contradiction> found)
    {
        var blaming = claims.Where(c => HasWord(c.Claim.Quote, blameWords)).ToList();
        foreach (var denial in blaming.Where(c => c.Claim.Stance == ClaimStance.Denies))
        {
            var asserted = blaming.Where(a => a.Claim.Stance == ClaimStance.Asserts && DifferentSource(a.Claim, denial.Claim) &&
                (a.Claim.DocumentId == denial.Claim.DocumentId || (a.EventId is not null && a.EventId == denial.EventId))).ToList();
            if (asserted.Count == 0)
            {
                continue;
            }

            // Several denials of one accusation are one disagreement: they join the contradiction that holds it.
            var index = found.FindIndex(f => f.Attribute == ContradictionAttribute.Responsibility && asserted.Any(a => f.ClaimIds.Contains(a.Claim.Id)));
            if (index >= 0)
            {
                var joined = found[index];
                found[index] = joined with { ClaimIds = [.. joined.ClaimIds, denial.Claim.Id], Values = [.. joined.Values, "not to blame"] };
                continue;
            }

            var all = asserted.Append(denial).ToList();
            var eventId = all.Select(c => c.EventId).FirstOrDefault(id => id is not null);
            Add(found, eventId, ContradictionAttribute.Responsibility, [.. all.Select(c => c.Claim.Id)],
                [.. all.Select(c => c.Claim.Stance == ClaimStance.Denies ? "not to blame" : "to blame")]);
        }
    }

    /// <summary>
    /// A denial that answers an earlier claim of its document ("X accused Y of …"; "Y dismissed the accusations")
    /// disputes that what it asserted happened, whether or not either names an event. Pairs another attribute
    /// already sets side by side are left to it.
    /// </summary>
    private static void Answers(IReadOnlyList<(Claim Claim, string? EventId)> claims, List<Contradiction> found)
    {
        var byId = claims.GroupBy(c => c.Claim.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var denial in claims.Where(c => c.Claim.Stance == ClaimStance.Denies && c.Claim.Answers is not null))
        {
            if (!byId.TryGetValue(denial.Claim.Answers!, out var asserted) || asserted.Claim.Stance != ClaimStance.Asserts ||
                !DifferentSource(asserted.Claim, denial.Claim) ||
                found.Any(f => f.ClaimIds.Contains(denial.Claim.Id) && f.ClaimIds.Contains(asserted.Claim.Id)))
            {
                continue;
            }

            Add(found, asserted.EventId ?? denial.EventId, ContradictionAttribute.Occurred, [asserted.Claim.Id, denial.Claim.Id], ["happened", "did not happen"]);
        }
    }

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

    private static void Agenda(Event e, List<Claim> claims, List<Contradiction> found)
    {
        var values = claims.SelectMany(c => c.Values.Where(v => v.Attribute == ContradictionAttribute.Agenda).Select(v => (Claim: c, Value: v))).ToList();
        foreach (var topic in values.Select(v => v.Value.Value).Distinct())
        {
            var yes = values.Where(v => v.Value.Value == topic && !v.Value.Negated).ToList();
            var no = values.Where(v => v.Value.Value == topic && v.Value.Negated).ToList();
            if (yes.Count == 0 || no.Count == 0 || !yes.Any(y => no.Any(n => DifferentSource(y.Claim, n.Claim))))
            {
                continue;
            }

            var all = yes.Concat(no).ToList();
            Add(found, e.Id, ContradictionAttribute.Agenda, [.. all.Select(a => a.Claim.Id)], [.. all.Select(a => a.Value.Negated ? $"{topic} not discussed" : $"{topic} discussed")]);
            return;
        }
    }

    // Happenings that last: two reports giving different days for them usually saw different days of it.
    private static readonly EventType[] Lasting =
        [EventType.Displacement, EventType.Blockade, EventType.SupplyCut, EventType.Protest, EventType.AidDelivery, EventType.ArmedClash];

    private static void Dates(Event e, List<Claim> claims, List<Contradiction> found)
    {
        if (Array.IndexOf(Lasting, e.Type) >= 0)
        {
            return;
        }

        var days = e.Mentions.Where(m => m.Date is { IsSingleDay: true }).Select(m => (m.DocumentId, Day: m.Date!.Value.Earliest)).Distinct().ToList();
        if (days.Select(d => d.Day).Distinct().Count() < 2 || days.Select(d => d.DocumentId).Distinct().Count() < 2)
        {
            return;
        }

        var dated = claims.SelectMany(c => c.Values.Where(v => v.Attribute == ContradictionAttribute.Date).Select(v => (c.Id, v.Value))).ToList();
        var values = days.Select(d => Parley.Time.DateRange.Iso(d.Day)).Distinct().ToList();
        var ids = dated.Count >= 2 ? dated.Select(d => d.Id).ToList() : [.. e.Mentions.Select(m => $"{m.DocumentId}#{m.Key}")];
        Add(found, e.Id, ContradictionAttribute.Date, ids, dated.Count >= 2 ? [.. dated.Select(d => d.Value)] : values);
    }

    private static void Counts(Event e, List<Claim> claims, List<Contradiction> found)
    {
        foreach (var kind in new[] { QuantityKind.Killed, QuantityKind.Wounded })
        {
            var values = e.Mentions.SelectMany(m => m.Quantities.Where(q => q.Kind == kind).Select(q => (m.DocumentId, q.Value))).Distinct().ToList();
            if (values.Select(v => v.Value).Distinct().Count() < 2 || values.Select(v => v.DocumentId).Distinct().Count() < 2)
            {
                continue;
            }

            var attribute = kind == QuantityKind.Killed ? ContradictionAttribute.Killed : ContradictionAttribute.Wounded;
            var ids = claims.Where(c => c.Values.Any(v => v.Attribute == attribute)).Select(c => c.Id).ToList();
            Add(found, e.Id, attribute, ids, [.. values.Select(v => $"{v.Value} {kind.ToWire()}")]);
        }
    }

    private static void Occurrence(Event e, List<Claim> claims, List<Contradiction> found)
    {
        var denials = claims.Where(c => c.Values.Any(v => v.Attribute == ContradictionAttribute.Occurred && v.Negated)).ToList();
        var asserts = claims.Where(c => c.Stance == ClaimStance.Asserts).ToList();
        if (denials.Count == 0 || !asserts.Any(a => denials.Any(d => DifferentSource(a, d))))
        {
            return;
        }

        var all = asserts.Concat(denials).ToList();
        Add(found, e.Id, ContradictionAttribute.Occurred, [.. all.Select(c => c.Id)], [.. all.Select(c => c.Stance == ClaimStance.Denies ? "did not happen" : "happened")]);
    }

    private static bool DifferentSource(Claim a, Claim b) =>
        a.DocumentId != b.DocumentId || (a.Speaker ?? a.Via) != (b.Speaker ?? b.Via);

    private static void Add(List<Contradiction> found, string? eventId, ContradictionAttribute attribute, List<string> claims, List<string> values) =>
        found.Add(new Contradiction
        {
            Id = $"x{found.Count + 1}",
            EventId = eventId,
            Attribute = attribute,
            ClaimIds = claims,
            Values = values,
        });
}
