using Parley.Extraction.Merge;
using Parley.Model;

namespace Parley.Extraction.Tests.Merge;

/// <summary>Claims and the contradictions between them, on prose written for these tests.</summary>
public sealed class ContradictionTests
{
    private static IReadOnlyList<Contradiction> Contradictions(params DocumentExtraction[] extractions) =>
        new CrossDocumentPass(Shipped.Pack).Run(extractions).Contradictions;

    [Theory]
    [InlineData("The Kremlin spokesman said Moscow strongly opposes attempts to blame its peacekeepers for the fall of the town.")]
    [InlineData("Russia is categorically against any attempts to shift responsibility onto its soldiers, Dmitry Peskov said.")]
    [InlineData("Jeyhun Bayramov said Baku will never accept reproaches about the work of its border guards.")]
    public void Pushing_blame_back_is_a_denial(string text)
    {
        var claim = Assert.Single(Shipped.Run(text).Claims);
        Assert.Equal(ClaimStance.Denies, claim.Stance);
    }

    [Fact]
    public void A_war_against_someone_does_not_push_blame_back()
    {
        var claim = Assert.Single(Shipped.Run("Yerevan said Moscow, busy with its war against Ukraine, had failed to protect the road.").Claims);
        Assert.Equal(ClaimStance.Asserts, claim.Stance);
    }

    [Fact]
    public void An_accusation_and_the_denial_that_answers_it_contradict_on_whether_it_happened()
    {
        var x = Shipped.Run(
            "Armenian officials said Azerbaijani soldiers crossed the border near Jermuk and dug trenches on Armenian land.\n\n" +
            "Baku rejected the accusations and said its units stayed on its own side.");
        var accusation = x.Claims[0];
        var denial = Assert.Single(x.Claims, c => c.Stance == ClaimStance.Denies);
        Assert.Equal(accusation.Id, denial.Answers);

        var found = Assert.Single(Contradictions(x));
        Assert.Equal(ContradictionAttribute.Occurred, found.Attribute);
        Assert.Equal([accusation.Id, denial.Id], found.ClaimIds);
    }

    [Fact]
    public void A_denial_by_the_side_just_accused_answers_the_accusation()
    {
        var x = Shipped.Run(
            "The Karabakh authorities accused Azerbaijan of cutting the power line to Stepanakert on purpose. Baku denied any involvement and blamed a storm.");
        var accusation = Assert.Single(x.Claims, c => c.Stance == ClaimStance.Asserts);
        var denial = Assert.Single(x.Claims, c => c.Stance == ClaimStance.Denies);
        Assert.Equal(accusation.Id, denial.Answers);
        Assert.Contains(Contradictions(x), c => c.ClaimIds.SequenceEqual([accusation.Id, denial.Id]));

        var other = Shipped.Run(
            "The Karabakh authorities accused Azerbaijan of cutting the power line to Stepanakert on purpose. Moscow denied any involvement of its peacekeepers.");
        Assert.All(other.Claims, c => Assert.Null(c.Answers));
    }

    [Fact]
    public void A_denial_without_an_earlier_statement_answers_nothing()
    {
        var x = Shipped.Run("Baku rejected the accusations and said its units stayed on its own side.");
        Assert.All(x.Claims, c => Assert.Null(c.Answers));
        Assert.Empty(Contradictions(x));
    }

    [Fact]
    public void Two_sources_giving_different_days_of_an_exodus_do_not_contradict()
    {
        var one = Shipped.Run("On October 2, thousands of Karabakh Armenians fled to Goris.", "2023-10-04");
        var other = Shipped.Run("On October 3, thousands of Karabakh Armenians fled to Goris.", "2023-10-04", id: "u");
        Assert.DoesNotContain(Contradictions(one, other), c => c.Attribute == ContradictionAttribute.Date);
    }

    [Fact]
    public void Two_sources_giving_different_days_of_a_meeting_contradict()
    {
        var one = Shipped.Run("On October 2, the foreign ministers of Armenia and Azerbaijan met in Almaty.", "2023-10-04");
        var other = Shipped.Run("On October 3, the foreign ministers of Armenia and Azerbaijan met in Almaty.", "2023-10-04", id: "u");
        Assert.Contains(Contradictions(one, other), c => c.Attribute == ContradictionAttribute.Date);
    }

    [Fact]
    public void Tolls_of_different_sides_do_not_contradict()
    {
        var one = Shipped.Run("On Tuesday two Azerbaijani servicemen were killed when Armenian and Azerbaijani troops clashed near Kalbajar.", "2021-11-17");
        var other = Shipped.Run("On Tuesday fifteen Armenian soldiers were killed when Armenian and Azerbaijani troops clashed near Kalbajar.", "2021-11-17", id: "u");
        Assert.Equal("azerbaijan", Assert.Single(one.Events).Quantities.Single(q => q.Kind == QuantityKind.Killed).Side);
        Assert.DoesNotContain(Contradictions(one, other), c => c.Attribute == ContradictionAttribute.Killed);
    }

    [Fact]
    public void Tolls_of_one_side_that_differ_contradict()
    {
        var one = Shipped.Run("On Tuesday two Azerbaijani servicemen were killed when Armenian and Azerbaijani troops clashed near Kalbajar.", "2021-11-17");
        var other = Shipped.Run("On Tuesday seven Azerbaijani servicemen were killed when Armenian and Azerbaijani troops clashed near Kalbajar.", "2021-11-17", id: "u");
        var found = Assert.Single(Contradictions(one, other), c => c.Attribute == ContradictionAttribute.Killed);
        Assert.Equal(["2 killed (azerbaijan)", "7 killed (azerbaijan)"], found.Values);
    }

    [Fact]
    public void Two_sources_of_one_report_giving_different_crowd_sizes_contradict()
    {
        var x = Shipped.Run(
            "Several hundred villagers gathered outside the governor's office in Kapan on Friday to protest against the border deal.\n\n" +
            "The Armenian interior ministry said 400 people took part, while Azerbaijani media put the crowd at about 2,000.", "2024-04-27");
        var protest = Assert.Single(x.Events, e => e.Type == EventType.Protest);
        Assert.Equal([400d, 2000d], protest.Quantities.Where(q => q.Kind == QuantityKind.People).Select(q => q.Value));

        var found = Assert.Single(Contradictions(x), c => c.Attribute == ContradictionAttribute.Quantity);
        Assert.Equal(["400 people", "2000 people"], found.Values);
        Assert.Equal(2, found.ClaimIds.Count);
    }

    [Fact]
    public void Two_sources_of_one_report_giving_different_tolls_of_one_side_contradict()
    {
        var x = Shipped.Run(
            "Armenian and Azerbaijani troops clashed near Vardenis on Tuesday.\n\n" +
            "The Armenian Defence Ministry said 12 Armenian soldiers had been killed. Azerbaijani media put the number of Armenian dead at about 40.", "2022-09-15");
        var clash = Assert.Single(x.Events, e => e.Type == EventType.ArmedClash);
        Assert.Contains(clash.Quantities, q => q.Kind == QuantityKind.Killed && q.Value == 40 && q.Side == "armenia");
        var found = Assert.Single(Contradictions(x), c => c.Attribute == ContradictionAttribute.Killed);
        Assert.Equal(["12 killed (armenia)", "40 killed (armenia)"], found.Values);
    }

    [Fact]
    public void Two_sources_of_one_report_dating_a_meeting_differently_contradict()
    {
        var x = Shipped.Run(
            "Armenian officials said the envoys met in Tbilisi on Monday, while Azerbaijani outlets reported that the meeting was held on Tuesday.", "2023-06-08");
        var found = Assert.Single(Contradictions(x), c => c.Attribute == ContradictionAttribute.Date);
        Assert.Equal(["2023-06-05", "2023-06-06"], found.Values);
        var alone = Shipped.Run("Armenian officials said the envoys met in Tbilisi on Monday and would meet again on Friday.", "2023-06-08");
        Assert.DoesNotContain(Contradictions(alone), c => c.Attribute == ContradictionAttribute.Date);
    }

    [Fact]
    public void One_voice_updating_its_own_count_does_not_contradict_itself()
    {
        var x = Shipped.Run(
            "Several hundred villagers gathered outside the governor's office in Kapan on Friday to protest against the border deal.\n\n" +
            "The Armenian interior ministry said 400 people took part. The ministry later said 600 people had joined.", "2024-04-27");
        Assert.Contains(Assert.Single(x.Events, e => e.Type == EventType.Protest).Quantities, q => q.Kind == QuantityKind.People && q.Value == 600);
        Assert.DoesNotContain(Contradictions(x), c => c.Attribute == ContradictionAttribute.Quantity);
    }

    [Fact]
    public void Crowd_sizes_of_two_reports_contradict()
    {
        var one = Shipped.Run("About 5,000 people rallied in Yerevan on Sunday against the border deal.", "2024-05-13");
        var other = Shipped.Run("Some 20,000 people rallied in Yerevan on Sunday against the border deal.", "2024-05-13", id: "u");
        var found = Assert.Single(Contradictions(one, other), c => c.Attribute == ContradictionAttribute.Quantity);
        Assert.Equal(["5000 people", "20000 people"], found.Values);
    }

    [Fact]
    public void Denying_who_fired_first_does_not_deny_the_clash()
    {
        var one = Shipped.Run("On Tuesday Azerbaijani troops opened fire on Armenian positions near Kalbajar, the Armenian defence ministry said.", "2021-11-17");
        var other = Shipped.Run("On Tuesday Azerbaijan's defence ministry denied that Azerbaijani troops had opened fire first near Kalbajar.", "2021-11-17", id: "u");
        Assert.DoesNotContain(Contradictions(one, other), c => c.Attribute == ContradictionAttribute.Occurred);
    }

    [Fact]
    public void Saying_a_topic_was_not_discussed_contradicts_saying_it_was()
    {
        var one = Shipped.Run("On Tuesday officials of Azerbaijan and the Karabakh Armenians met in Khojaly. The sides discussed reintegration, the Azerbaijani side said.", "2023-05-03");
        var other = Shipped.Run("On Tuesday officials of Azerbaijan and the Karabakh Armenians met in Khojaly. The delegation did not discuss reintegration, a spokesman for the Karabakh leader said.", "2023-05-03", id: "u");
        var denial = Assert.Single(other.Claims, c => c.Stance == ClaimStance.Denies);
        Assert.Equal("nagorno-karabakh-republic", denial.Speaker);
        var found = Assert.Single(Contradictions(one, other), c => c.Attribute == ContradictionAttribute.Agenda);
        Assert.Contains("reintegration not discussed", found.Values);
    }

    [Fact]
    public void A_denial_is_about_the_happening_its_own_paragraph_told_not_an_earlier_paragraph_s_claim()
    {
        var x = Shipped.Run(
            "Armenian officials said the Russian peacekeepers had failed to keep the road open.\n\n" +
            "On 13 December the gas supply to Stepanakert was cut. The local authorities blamed Baku; Azerbaijani officials denied any involvement in the outage.",
            "2022-12-20");
        var denial = Assert.Single(x.Claims, c => c.Stance == ClaimStance.Denies);
        var cut = Assert.Single(x.Events, e => e.Type == EventType.SupplyCut);
        Assert.Equal(cut.Key, denial.EventKey);
        Assert.Null(denial.Answers);
    }

    [Fact]
    public void An_accusation_and_a_denial_of_having_started_it_disagree_on_who_is_to_blame()
    {
        var x = Shipped.Run(
            "The Azerbaijani defence ministry said three of its soldiers were wounded and accused Armenian units of an armed attack near Zangilan.\n\n" +
            "\"It was not Armenia that began this,\" the Armenian prime minister Nikol Pashinyan said on Thursday.", "2022-09-15");
        var denial = Assert.Single(x.Claims, c => c.Speaker == "nikol-pashinyan");
        Assert.Equal(ClaimStance.Denies, denial.Stance);
        var found = Assert.Single(Contradictions(x), c => c.Attribute == ContradictionAttribute.Responsibility);
        Assert.Equal(["to blame", "not to blame"], found.Values);
        Assert.Equal(denial.Id, found.ClaimIds[^1]);
    }

    [Fact]
    public void An_accusation_against_another_party_is_not_answered_by_a_denial_of_having_started_it()
    {
        var x = Shipped.Run(
            "The Azerbaijani defence ministry accused Russian peacekeepers of an armed attack near Zangilan.\n\n" +
            "\"It was not Armenia that began this,\" the Armenian prime minister Nikol Pashinyan said on Thursday.", "2022-09-15");
        Assert.DoesNotContain(Contradictions(x), c => c.Attribute == ContradictionAttribute.Responsibility);
    }

    [Fact]
    public void A_denial_of_what_the_deniers_own_side_did_is_about_the_act_another_side_reported()
    {
        var x = Shipped.Run(
            "Hundreds of Azerbaijani servicemen crossed into Syunik province on Tuesday night, the Armenian defence ministry said.\n\n" +
            "Baku denied that any of its soldiers had set foot on Armenian soil.", "2021-05-13");
        var act = Assert.Single(x.Claims, c => c.Stance == ClaimStance.Asserts);
        var denial = Assert.Single(x.Claims, c => c.Stance == ClaimStance.Denies);
        Assert.NotNull(act.EventKey);
        Assert.Equal(act.EventKey, denial.EventKey);
        var found = Assert.Single(Contradictions(x), c => c.Attribute == ContradictionAttribute.Occurred);
        Assert.Equal([act.Id, denial.Id], found.ClaimIds);
    }

    [Fact]
    public void A_denial_of_a_detail_by_the_other_side_is_not_tied_to_the_act()
    {
        var x = Shipped.Run(
            "Hundreds of Azerbaijani servicemen crossed into Syunik province on Tuesday night, the Armenian defence ministry said.\n\n" +
            "Baku denied that the Armenian maps of the area were correct.", "2021-05-13");
        var denial = Assert.Single(x.Claims, c => c.Stance == ClaimStance.Denies);
        Assert.Null(denial.EventKey);
    }

    [Fact]
    public void Rejecting_the_figure_another_side_gave_disputes_the_count()
    {
        var x = Shipped.Run(
            "Armenian Security Council secretary Armen Grigoryan said on Monday that Baku still held 40 Armenians, a number the government would raise at every meeting.\n\n" +
            "Azerbaijani officials reject that figure.", "2023-12-14");
        var given = Assert.Single(x.Claims, c => c.Speaker == "armen-grigoryan");
        var denial = Assert.Single(x.Claims, c => c.Stance == ClaimStance.Denies);
        Assert.Equal(given.Id, denial.Answers);
        var found = Assert.Single(Contradictions(x));
        Assert.Equal(ContradictionAttribute.Quantity, found.Attribute);
        Assert.Equal([given.Id, denial.Id], found.ClaimIds);
        Assert.True(ContradictionFinder.IsBetweenClaims(found));
    }

    [Theory]
    [InlineData("roughly 120 troops had dug in on the hill")]
    [InlineData("some 120 soldiers had been spotted near the pass")]
    public void A_rival_estimate_in_the_contrasted_report_disputes_the_count(string told)
    {
        var x = Shipped.Run(
            $"Residents of Sotk told journalists that {told}, while the Armenian ombudsman Arman Tatoyan put the figure at almost 400.",
            "2021-05-14");
        var rival = Assert.Single(x.Claims, c => c.Speaker == "arman-tatoyan");
        var first = Assert.Single(x.Claims, c => c.Id == rival.Answers);
        var found = Assert.Single(Contradictions(x), c => c.Attribute == ContradictionAttribute.Quantity);
        Assert.Equal([first.Id, rival.Id], found.ClaimIds);

        // A store's merge reads only the claims that take part between claims: both must be among them.
        var finder = new ContradictionFinder(Shipped.Pack.Words("blame_words"));
        Assert.True(finder.TakesPartBetweenClaims(first));
        Assert.True(finder.TakesPartBetweenClaims(rival));
    }

    [Fact]
    public void A_contrasted_report_of_the_same_count_disputes_nothing()
    {
        var x = Shipped.Run(
            "Residents of Sotk told journalists that roughly 120 troops had dug in on the hill, while the Armenian ombudsman Arman Tatoyan put the figure at 120 as well.",
            "2021-05-14");
        Assert.All(x.Claims, c => Assert.Null(c.Answers));
        Assert.DoesNotContain(Contradictions(x), c => c.Attribute == ContradictionAttribute.Quantity);
    }
}
