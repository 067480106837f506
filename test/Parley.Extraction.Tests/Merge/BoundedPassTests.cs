using NodaTime;
using Parley.Extraction.Merge;
using Parley.Model;
using Parley.Text;
using Parley.Time;

namespace Parley.Extraction.Tests.Merge;

/// <summary>
/// What lets the windowed pass hold less over a long run and find the same: merge groups that do not chain years of
/// happenings through a range of years, and contradictions let go once stored.
/// </summary>
public sealed class BoundedPassTests
{
    private static EventMention Mention(string doc, string key, DateRange date) => new()
    {
        Key = key, DocumentId = doc, Type = EventType.Meeting, Date = date, Place = null, Actors = ["armenia"],
        Span = new CharSpan(0, 1), Quote = "x", Trigger = "met",
    };

    private static string Describe(Event e) =>
        $"{e.Id}|{e.Date}|{string.Join(",", e.Actors)}|{string.Join(",", e.Mentions.Select(m => m.DocumentId + "#" + m.Key))}";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Merging_group_by_group_with_ranges_of_years_by_their_days_finds_what_one_merge_finds(int seed)
    {
        // Single days over two years, ranges of a few days, ranges of years given as days ("since 12 December 2022")
        // and years by their wording, some sharing a start day, in documents that often hold several of them.
        var random = new Random(seed);
        var start = new LocalDate(2022, 1, 1);
        var mentions = new List<EventMention>();
        for (var i = 0; i < 300; i++)
        {
            var day = start.PlusDays(random.Next(0, 730));
            var date = random.Next(8) switch
            {
                0 => new DateRange(day, day.PlusDays(random.Next(400, 900)), DatePrecision.Days),
                1 => new DateRange(start.PlusDays(random.Next(0, 3) * 17), start.PlusDays(random.Next(0, 3) * 17).PlusYears(2), DatePrecision.Days),
                2 => DateRange.Year(day.Year),
                3 => new DateRange(day, day.PlusDays(random.Next(1, 5)), DatePrecision.Days),
                _ => DateRange.Day(day.Year, day.Month, day.Day),
            };
            var at = random.Next(0, 50);
            mentions.Add(Mention($"d{random.Next(40):D2}", $"e{i}", date) with
            {
                Actors = random.Next(3) switch { 0 => [], 1 => ["armenia"], _ => ["azerbaijan", "armenia"] },
                Place = random.Next(3) == 0 ? "moscow" : null,
                Span = new CharSpan(at, at + 9),
            });
        }

        Assert.Contains(mentions, m => m.Date!.Value.Precision == DatePrecision.Days && m.Date.Value.Earliest.PlusYears(1) < m.Date.Value.Latest);
        var (whole, _) = new EventMerger().Merge(mentions);
        var grouped = new CrossDocumentPass(Shipped.Pack).Run(mentions, []).Events;
        Assert.Equal(whole.Select(Describe), grouped.Select(Describe));
    }

    [Fact]
    public void A_range_of_years_by_its_days_merges_only_with_one_from_its_start_day()
    {
        // "Since 12 December 2022" in two reports years apart, and the talks of one day inside it.
        var since = new LocalDate(2022, 12, 12);
        var (events, _) = new EventMerger().Merge([
            Mention("a", "e1", new DateRange(since, new LocalDate(2024, 3, 1), DatePrecision.Days)),
            Mention("b", "e1", new DateRange(since, new LocalDate(2025, 6, 30), DatePrecision.Days)),
            Mention("c", "e1", DateRange.Day(2023, 5, 14))]);
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.Mentions.Count == 2 && e.Mentions.All(m => m.DocumentId != "c"));
    }

    /// <summary>An event told by one document, with an accusation about it and the answer denying it happened.</summary>
    private static (Event Event, List<(Claim Claim, string? EventId)> Claims) AccusedAndDenied()
    {
        var e = new EventMerger().Merge([Mention("a", "e1", DateRange.Day(2023, 2, 3))]).Events[0];
        var accusation = new Claim
        {
            Id = "a#c1", DocumentId = "a", Span = new CharSpan(0, 40), Quote = "Yerevan said Baku's troops shelled the village.",
            Speaker = "armenia", EventKey = "e1", EventId = e.Id,
        };
        var denial = new Claim
        {
            Id = "a#c2", DocumentId = "a", Span = new CharSpan(41, 80), Quote = "Baku rejected the claim as a fabrication.",
            Speaker = "azerbaijan", Stance = ClaimStance.Denies, Answers = accusation.Id, EventKey = "e1", EventId = e.Id,
            Values = [new ClaimValue(ContradictionAttribute.Occurred, "occurred", Negated: true)],
        };
        return (e, [(accusation, e.Id), (denial, e.Id)]);
    }

    [Fact]
    public void Contradictions_let_go_once_stored_still_keep_an_answer_from_being_set_against_its_claim_again()
    {
        var finder = new ContradictionFinder(Shipped.Pack.Words("blame_words"));
        var (e, claims) = AccusedAndDenied();

        var held = new ContradictionSet();
        finder.FindAboutEvents([e], claims, held);
        finder.FindBetweenClaims(claims, held);

        var released = new ContradictionSet();
        finder.FindAboutEvents([e], claims, released);
        var stored = released.ToList();
        released.Release();
        Assert.Empty(released);
        Assert.Contains(stored[0].Id, released.IdsTaken);
        finder.FindBetweenClaims(claims, released);

        var occurred = Assert.Single(held, x => x.Attribute == ContradictionAttribute.Occurred);
        Assert.Equal(["a#c1", "a#c2"], occurred.ClaimIds);
        Assert.Equal(held.Select(x => x.Id + ":" + string.Join(",", x.ClaimIds)), stored.Concat(released).Select(x => x.Id + ":" + string.Join(",", x.ClaimIds)));
    }

    [Fact]
    public void Claims_held_without_their_quotes_find_the_same_disagreements_between_claims()
    {
        var finder = new ContradictionFinder(Shipped.Pack.Words("blame_words"));
        var x = Shipped.Run(
            "Yerevan said the Russian contingent was responsible for the collapse of the corridor and had failed the villagers.\n\n" +
            "The Kremlin spokesman said Moscow opposes attempts to blame its soldiers for what happened on the road.\n\n" +
            "Armenian officials said Azerbaijani troops fired on a tractor near Sotk on Tuesday morning.\n\n" +
            "Baku rejected the accusation and said its posts had not opened fire.", id: "lean");
        List<(Claim Claim, string? EventId)> whole = [.. x.Claims.Select(c => (c, (string?)null))];
        List<(Claim Claim, string? EventId)> lean = [.. x.Claims.Select(c => (finder.Lean(c), (string?)null))];

        var fromWhole = new ContradictionSet();
        finder.FindBetweenClaims(whole, fromWhole);
        var fromLean = new ContradictionSet();
        finder.FindBetweenClaims(lean, fromLean);

        Assert.Contains(fromWhole, c => c.Attribute == ContradictionAttribute.Responsibility);
        Assert.Equal(fromWhole.Select(c => $"{c.Id}|{c.Attribute}|{string.Join(",", c.ClaimIds)}|{string.Join(",", c.Values)}"),
            fromLean.Select(c => $"{c.Id}|{c.Attribute}|{string.Join(",", c.ClaimIds)}|{string.Join(",", c.Values)}"));
        // A quote keeps at most its first blame word.
        Assert.All(lean, c => Assert.True(c.Claim.Quote.Length <= "responsibility".Length, c.Claim.Quote));
        Assert.Contains(lean, c => c.Claim.Quote == "responsible");
    }

    [Fact]
    public void An_answer_no_contradiction_names_with_its_claim_is_still_set_against_it_after_a_release()
    {
        var finder = new ContradictionFinder(Shipped.Pack.Words("blame_words"));
        var (e, claims) = AccusedAndDenied();
        var found = new ContradictionSet();
        // The event is judged without its claims: nothing about it names the pair, so the answer is found between claims.
        finder.FindAboutEvents([e], [], found);
        found.Release();
        finder.FindBetweenClaims(claims, found);
        var answered = Assert.Single(found);
        Assert.Equal(ContradictionAttribute.Occurred, answered.Attribute);
        Assert.Equal(["a#c1", "a#c2"], answered.ClaimIds);
    }
}
