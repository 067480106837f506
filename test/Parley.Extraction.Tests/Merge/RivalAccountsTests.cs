using Parley.Extraction.Merge;
using Parley.Model;

namespace Parley.Extraction.Tests.Merge;

/// <summary>
/// Rival reports of one happening that disagree on where it was, who struck, how many were held, what was discussed and
/// who attended, on prose written for these tests.
/// </summary>
public sealed class RivalAccountsTests
{
    private static MergeResult Pass(params DocumentExtraction[] extractions) => new CrossDocumentPass(Shipped.Pack).Run(extractions);

    private static DocumentExtraction Report(string id, string text, string published = "2024-09-03") => Shipped.Run(text, published, id);

    private const string FromYerevan = "Azerbaijani troops shelled an Armenian border post near Kut on September 2, the Armenian defence ministry said.";
    private const string FromBaku = "Armenian units fired on Azerbaijani army positions near Kalbajar on September 2, the Azerbaijani defence ministry said.";

    [Fact]
    public void Each_side_saying_the_other_struck_on_one_day_tells_one_clash_whose_place_they_dispute()
    {
        var result = Pass(Report("a", FromYerevan), Report("b", FromBaku));
        var clash = Assert.Single(result.Events, e => e.Type == EventType.ArmedClash);
        Assert.Equal(["a", "b"], clash.Mentions.Select(m => m.DocumentId).Distinct().Order());
        var place = Assert.Single(result.Contradictions, x => x.Attribute == ContradictionAttribute.Place);
        Assert.Equal(clash.Id, place.EventId);
        Assert.Equal(["kut", "kalbajar"], place.Values);
    }

    [Fact]
    public void Each_side_saying_the_other_struck_disagree_on_who_is_to_blame()
    {
        var result = Pass(Report("a", FromYerevan), Report("b", FromBaku));
        var blame = Assert.Single(result.Contradictions, x => x.Attribute == ContradictionAttribute.Responsibility);
        Assert.Equal(["azerbaijan to blame", "armenia to blame"], blame.Values);
    }

    [Fact]
    public void Rival_accounts_of_clashes_on_days_apart_stay_two_clashes()
    {
        var later = FromBaku.Replace("September 2", "September 6", StringComparison.Ordinal);
        var result = Pass(Report("a", FromYerevan), Report("b", later, "2024-09-07"));
        Assert.Equal(2, result.Events.Count(e => e.Type == EventType.ArmedClash));
        Assert.DoesNotContain(result.Contradictions, x => x.Attribute == ContradictionAttribute.Place);
    }

    [Fact]
    public void A_village_and_the_province_it_lies_in_are_no_disagreement()
    {
        var wider = "Azerbaijani troops shelled Armenian positions in Gegharkunik on September 2, an Armenian government spokesman said.";
        var result = Pass(Report("a", FromYerevan), Report("b", wider));
        Assert.DoesNotContain(result.Contradictions, x => x.Attribute == ContradictionAttribute.Place);
    }

    [Theory]
    [InlineData(FromYerevan, "azerbaijan")]
    [InlineData(FromBaku, "armenia")]
    public void An_account_of_who_struck_whom_lays_the_attack_on_the_side_that_struck(string text, string side)
    {
        var claim = Assert.Single(Report("a", text).Claims);
        var value = Assert.Single(claim.Values, v => v.Attribute == ContradictionAttribute.Responsibility);
        Assert.Equal(("struck", side), (value.Value, value.Subject));
    }

    [Fact]
    public void An_account_of_a_side_answering_fire_lays_no_attack_on_it()
    {
        var report = Report("a", "Azerbaijani units opened fire near Kalbajar on September 2 in response to shots from Armenian positions, the Azerbaijani defence ministry said.");
        Assert.Contains(report.Events, e => e.Type == EventType.ArmedClash && e.Actors.Contains("azerbaijan"));
        Assert.DoesNotContain(Assert.Single(report.Claims).Values, v => v is { Attribute: ContradictionAttribute.Responsibility, Value: "struck" });
    }

    [Fact]
    public void A_report_naming_two_districts_disputes_the_place_as_one_account()
    {
        var baku = "Armenian forces shelled Azerbaijani positions in the Kalbajar and Lachin districts on September 2, the Azerbaijani defence ministry said.";
        var found = Pass(Report("a", FromYerevan), Report("b", baku)).Contradictions;
        var place = Assert.Single(found, x => x.Attribute == ContradictionAttribute.Place);
        Assert.Equal(2, place.ClaimIds.Count);
        Assert.Equal("kut", place.Values[0]);
        Assert.Contains("; ", place.Values[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The Armenian side did not open fire on September 2, the Armenian defence ministry said.", "armenia")]
    [InlineData("Azerbaijani units did not shell the village, the Azerbaijani defence ministry said.", "azerbaijan")]
    public void A_side_said_not_to_have_struck_is_cleared(string text, string side)
    {
        var claim = Assert.Single(Report("a", text).Claims);
        Assert.Equal(ClaimStance.Denies, claim.Stance);
        Assert.Contains(claim.Values, v => v is { Attribute: ContradictionAttribute.Responsibility, Value: ClaimValue.NotToBlame } && v.Subject == side);
    }

    [Fact]
    public void A_side_said_not_to_have_struck_speaks_of_the_clash_told_before()
    {
        var report = Report("a", "Armenian units fired at Azerbaijani positions near Kalbajar on September 2, the ministry said.\n\n" +
                                 "\u201CThe Azerbaijani side did not open fire,\u201D the Azerbaijani defence ministry said.");
        var clash = Assert.Single(report.Events, e => e.Type == EventType.ArmedClash);
        var denial = Assert.Single(report.Claims, c => c.Stance == ClaimStance.Denies);
        Assert.Equal(clash.Key, denial.EventKey);
    }

    [Fact]
    public void One_report_giving_each_side_s_account_of_a_day_s_clash_sets_their_places_side_by_side()
    {
        var report = Report("a", "Armenia's defence ministry said Azerbaijani forces opened fire on Armenian positions near Tegh on September 2. " +
                                 "Azerbaijan's defence ministry said Armenian units had fired at its positions in the Lachin district on September 2.");
        var found = Pass(report).Contradictions;
        var place = Assert.Single(found, x => x.Attribute == ContradictionAttribute.Place);
        Assert.Equal(["tegh", "lachin-district"], place.Values);
        Assert.Contains(found, x => x.Attribute == ContradictionAttribute.Responsibility);
    }

    [Fact]
    public void A_side_denying_its_own_troops_crossed_over_denies_its_part_not_the_clash()
    {
        var report = Report("a", "Armenia's defence ministry said Azerbaijani troops attacked its positions near Verin Shorzha on September 2. " +
                                 "Azerbaijan's defence ministry said Armenian forces shelled its positions near Kalbajar on September 2. " +
                                 "Azerbaijan's foreign ministry denied that its troops had crossed into Armenian territory.");
        var denial = Assert.Single(report.Claims, c => c.Stance == ClaimStance.Denies);
        Assert.DoesNotContain(denial.Values, v => v.Attribute == ContradictionAttribute.Occurred);
        Assert.Contains(denial.Values, v => v is { Attribute: ContradictionAttribute.Responsibility, Value: ClaimValue.NotToBlame, Subject: "azerbaijan" });
        var found = Pass(report).Contradictions;
        Assert.DoesNotContain(found, x => x.Attribute == ContradictionAttribute.Occurred);
        Assert.Contains(found, x => x.Attribute == ContradictionAttribute.Responsibility);
    }

    [Fact]
    public void A_side_denying_its_troops_crossed_over_in_its_own_report_speaks_of_the_clash_it_told()
    {
        var report = Report("b", "Armenian units opened fire on Azerbaijani positions near Kalbajar on September 2, Azerbaijan's defence ministry said.\n\n" +
                                 "The ministry denied that Azerbaijani troops had crossed into Armenian territory.");
        var clash = Assert.Single(report.Events, e => e.Type == EventType.ArmedClash);
        var denial = Assert.Single(report.Claims, c => c.Stance == ClaimStance.Denies);
        Assert.Equal(clash.Key, denial.EventKey);
        Assert.Contains(denial.Values, v => v is { Attribute: ContradictionAttribute.Responsibility, Value: ClaimValue.NotToBlame, Subject: "azerbaijan" });
    }

    [Fact]
    public void Rival_accounts_of_who_struck_are_found_whether_or_not_the_event_s_own_blame_disagreement_is_in_the_set()
    {
        static Claim Said(string id, string speaker, string value) => new()
        {
            Id = id, DocumentId = id, Span = new Parley.Text.CharSpan(0, 10), Quote = "…", Speaker = speaker, Stance = ClaimStance.Asserts,
            Values = [new ClaimValue(ContradictionAttribute.Responsibility, value, value == ClaimValue.NotToBlame, "azerbaijan")],
        };

        List<(Claim, string?)> claims = [(Said("a", "armenia-ministry-of-defense", "struck"), "e"), (Said("b", "azerbaijan-ministry-of-defense", ClaimValue.NotToBlame), "e")];
        var finder = new ContradictionFinder(Shipped.Pack.Words("blame_words"));
        var aboutEvent = new Contradiction
        {
            Id = ContradictionFinder.AboutEventIds("e").ElementAt(7), EventId = "e", Attribute = ContradictionAttribute.Responsibility,
            ClaimIds = ["a", "b"], Values = ["blamed", "blamed"],
        };
        var kept = new ContradictionSet { aboutEvent };
        var released = new ContradictionSet();
        finder.FindBetweenClaims(claims, kept);
        finder.FindBetweenClaims(claims, released);
        var rival = Assert.Single(released);
        Assert.Equal(2, kept.Count);
        Assert.Equal(rival.Id, kept[1].Id);
        Assert.Equal(rival.ClaimIds, kept[1].ClaimIds);
        Assert.Equal(rival.Values, kept[1].Values);
    }

    private const string Rally = "Police detained 12 people at a rally outside parliament in Yerevan on May 20, the Interior Ministry said.";

    [Fact]
    public void Rival_counts_of_the_people_an_arrest_held_disagree()
    {
        var activists = "Opposition activists said police had detained 30 people at the rally outside parliament in Yerevan on May 20.";
        var result = Pass(Report("a", Rally, "2025-05-21"), Report("b", activists, "2025-05-21"));
        var count = Assert.Single(result.Contradictions, x => x.Attribute == ContradictionAttribute.Quantity);
        Assert.Equal(["12 people", "30 people"], count.Values);
    }

    [Fact]
    public void Two_reports_giving_one_count_of_the_people_held_agree()
    {
        var same = "Twelve people were detained at the rally outside parliament in Yerevan on May 20, police told reporters.";
        var result = Pass(Report("a", Rally, "2025-05-21"), Report("b", same.Replace("Twelve", "12", StringComparison.Ordinal), "2025-05-21"));
        Assert.DoesNotContain(result.Contradictions, x => x.Attribute == ContradictionAttribute.Quantity);
    }

    [Fact]
    public void Another_source_saying_more_were_held_right_after_disputes_the_count_of_those_held()
    {
        var report = Report("a", "Police detained 14 people at a rally in Gyumri on Friday, according to the Interior Ministry. Opposition lawmakers said more than 50 were held.", "2025-03-08");
        var count = Assert.Single(Pass(report).Contradictions, x => x.Attribute == ContradictionAttribute.Quantity);
        Assert.Equal(2, count.ClaimIds.Count);
    }

    [Fact]
    public void A_bare_number_beside_no_word_of_holding_disputes_no_count()
    {
        var report = Report("a", "Police detained 14 people at a rally in Gyumri on Friday, according to the Interior Ministry. Opposition lawmakers said more than 50 had signed the appeal.", "2025-03-08");
        Assert.DoesNotContain(Pass(report).Contradictions, x => x.Attribute == ContradictionAttribute.Quantity);
    }

    private const string Talks = "Ararat Mirzoyan and Jeyhun Bayramov held talks in Tbilisi on June 10, the foreign ministry said.";

    [Fact]
    public void Saying_a_minister_did_not_address_an_issue_is_about_the_meeting_told_before()
    {
        var report = Report("b", $"{Talks}\n\nBayramov did not address the transfer of villages, spokesman Aykhan Hajizada said.", "2024-06-11");
        var meeting = Assert.Single(report.Events, e => e.Type == EventType.Meeting);
        var denial = Assert.Single(report.Claims, c => c.Speaker == "aykhan-hajizada");
        Assert.Equal(ClaimStance.Denies, denial.Stance);
        Assert.Equal(meeting.Key, denial.EventKey);
        Assert.Contains(denial.Values, v => v is { Attribute: ContradictionAttribute.Agenda, Value: "border-delimitation", Negated: true });
    }

    [Fact]
    public void Discussed_in_one_report_and_not_addressed_in_another_disagree_on_the_agenda()
    {
        var one = Report("a", $"{Talks}\n\nThe ministers discussed the return of villages, spokeswoman Ani Badalyan said.", "2024-06-11");
        var other = Report("b", $"{Talks}\n\nBayramov did not address the transfer of villages, spokesman Aykhan Hajizada said.", "2024-06-11");
        var agenda = Assert.Single(Pass(one, other).Contradictions, x => x.Attribute == ContradictionAttribute.Agenda);
        Assert.Equal(["border-delimitation discussed", "border-delimitation not discussed"], agenda.Values);
    }

    [Fact]
    public void Attending_the_talks_is_said_of_the_talks_told_before()
    {
        var report = Report("a", $"{Talks}\n\nThe US adviser for Caucasus negotiations Louis Bono attended the talks, spokeswoman Ani Badalyan said.", "2024-06-11");
        var talks = report.Events.First(e => e.Type == EventType.Meeting);
        var claim = Assert.Single(report.Claims, c => c.Speaker == "ani-badalyan");
        Assert.Equal(talks.Key, claim.EventKey);
        Assert.Contains(claim.Values, v => v is { Attribute: ContradictionAttribute.Participants, Value: "louis-bono", Negated: false });
    }

    [Fact]
    public void A_night_running_into_the_next_day_and_that_day_tell_one_clash()
    {
        var night = Report("a", "Armenian units fired on Azerbaijani army positions near Kalbajar on the night of September 1-2, the Azerbaijani defence ministry said.");
        var result = Pass(night, Report("b", FromYerevan));
        Assert.Single(result.Events, e => e.Type == EventType.ArmedClash);
        Assert.Contains(result.Contradictions, x => x.Attribute == ContradictionAttribute.Place);
    }

    [Fact]
    public void The_accused_side_denying_it_fired_disputes_the_blame_for_a_strike_whose_dead_are_told()
    {
        var report = Report("a", "Baku said Armenian forces shelled the town of Barda overnight, killing four civilians. " +
                                 "Armenia's defence ministry denied firing at Barda.");
        var found = Pass(report).Contradictions;
        Assert.DoesNotContain(found, x => x.Attribute == ContradictionAttribute.Occurred);
        Assert.Contains(found, x => x.Attribute == ContradictionAttribute.Responsibility);
    }

    [Fact]
    public void A_denial_of_an_act_that_harmed_no_one_still_disputes_the_act()
    {
        var report = Report("a", "Baku said Armenian units shelled an empty post near Barda overnight. " +
                                 "Armenia's defence ministry denied firing at the post.");
        Assert.DoesNotContain(Pass(report).Contradictions, x => x.Attribute == ContradictionAttribute.Responsibility);
    }

    [Theory]
    [InlineData("Baku said an Armenian rocket strike on Barda had killed four civilians overnight.", "armenia")]
    [InlineData("Yerevan said Azerbaijani shelling of Tegh wounded two villagers overnight.", "azerbaijan")]
    public void A_side_s_adjective_before_a_noun_of_fighting_names_who_struck(string text, string side)
    {
        var claim = Assert.Single(Report("a", text).Claims);
        Assert.Contains(claim.Values, v => v.Attribute == ContradictionAttribute.Responsibility && v.Subject == side);
    }
}
