using Parley.Model;

namespace Parley.Extraction.Tests;

/// <summary>
/// Bare head nouns ("the corridor", "the mission", "supplies") that stand for the issue of the phrase they ended
/// before, and a word owned by people named before ("their return"), each on prose written for the test.
/// </summary>
public sealed class TopicHeadTests
{
    private static HashSet<string> PositionTopics(DocumentExtraction x, string actor) =>
        [.. x.Positions.Where(p => p.Actor == actor).Select(p => p.Topic)];

    private static HashSet<string> AllTopics(DocumentExtraction x) =>
        [.. x.Events.SelectMany(e => e.Topics), .. x.Claims.SelectMany(c => c.Topics), .. x.Positions.Select(p => p.Topic)];

    [Fact]
    public void The_corridor_after_the_Lachin_corridor_is_the_Lachin_road()
    {
        var x = Shipped.Run("Traffic on the Lachin corridor was light on Tuesday, drivers said. " +
            "The United States urged Azerbaijan to keep the corridor open.");
        Assert.Contains("lachin-corridor", PositionTopics(x, "united-states"));
    }

    [Fact]
    public void The_corridor_after_the_Zangezur_corridor_is_the_transport_link()
    {
        var x = Shipped.Run("Baku has long pressed for the Zangezur corridor through southern Armenia. " +
            "Turkiye said it supported the corridor.");
        var topics = PositionTopics(x, "turkiye");
        Assert.Contains("transport-links", topics);
        Assert.DoesNotContain("lachin-corridor", topics);
    }

    [Fact]
    public void A_bare_corridor_with_nothing_named_before_names_no_issue()
    {
        var x = Shipped.Run("Turkiye said it supported the corridor.");
        Assert.DoesNotContain("transport-links", AllTopics(x));
        Assert.DoesNotContain("lachin-corridor", AllTopics(x));
    }

    [Fact]
    public void The_mission_after_an_observer_mission_is_mediation_and_their_mission_is_a_task()
    {
        var named = Shipped.Run("The EU monitoring mission began a new round of patrols in Syunik on Friday. " +
            "Russia said it opposed the mission.");
        Assert.Contains("international-mediation", PositionTopics(named, "russia"));

        var task = Shipped.Run("Kazakhstan said the diplomats had failed in their mission.");
        Assert.DoesNotContain("international-mediation", AllTopics(task));
    }

    [Fact]
    public void The_format_with_no_phrase_before_is_the_format_of_talks()
    {
        var x = Shipped.Run("France said it supported the format and would send a diplomat to the next round.");
        Assert.Contains("international-mediation", PositionTopics(x, "france"));
    }

    [Fact]
    public void Supplies_in_a_gas_story_are_gas_not_aid()
    {
        var x = Shipped.Run("Gas supplies to Stepanakert stopped again on Sunday, the local authorities said. " +
            "The European Union called for supplies to be restored quickly.");
        var topics = PositionTopics(x, "european-union");
        Assert.Contains("gas-supply", topics);
        Assert.DoesNotContain("humanitarian-aid", topics);
    }

    [Fact]
    public void Supplies_after_medical_supplies_stay_aid()
    {
        var x = Shipped.Run("A convoy of medical supplies reached Stepanakert on Sunday, officials said. " +
            "The European Union called for more supplies to be delivered.");
        Assert.Contains("humanitarian-aid", PositionTopics(x, "european-union"));
    }

    [Fact]
    public void Their_return_after_prisoners_is_their_release_not_the_return_of_displaced_people()
    {
        var x = Shipped.Run("Six Armenian prisoners remain in custody in Baku, lawyers said. " +
            "France demanded their return.");
        var topics = PositionTopics(x, "france");
        Assert.Contains("amnesty", topics);
        Assert.DoesNotContain("return", topics);
    }

    [Fact]
    public void Their_return_after_refugees_stays_the_return_of_people()
    {
        var x = Shipped.Run("Thousands of refugees live in hotels in Yerevan, aid workers said. " +
            "France supported their return.");
        Assert.Contains("return", PositionTopics(x, "france"));
    }

    [Fact]
    public void A_corridor_named_as_a_place_is_not_the_issue()
    {
        var x = Shipped.Run("Baku has long pressed for the Zangezur corridor through southern Armenia. " +
            "Iran said it rejected any foreign troops stationed on the corridor.");
        Assert.DoesNotContain("transport-links", PositionTopics(x, "iran"));
    }

    [Theory]
    [InlineData("France called for the restoration of gas supplies to the region before winter.", "gas-supply")]
    [InlineData("France called for the restoration of electricity in the villages after the storm.", "electricity-supply")]
    public void Restoring_a_supply_is_the_supply_not_development(string text, string topic)
    {
        var topics = AllTopics(Shipped.Run(text));
        Assert.Contains(topic, topics);
        Assert.DoesNotContain("economic-development", topics);
    }

    [Fact]
    public void A_humanitarian_mission_is_aid_not_mediation()
    {
        var topics = AllTopics(Shipped.Run("A UN mission visited Stepanakert on Sunday, the first in thirty years, officials said."));
        Assert.Contains("humanitarian-aid", topics);
        Assert.DoesNotContain("international-mediation", topics);
    }

    [Fact]
    public void The_group_after_the_Minsk_Group_is_mediation()
    {
        var x = Shipped.Run("The OSCE Minsk Group has not met since the war, diplomats in Vienna say. " +
            "France said it supported the group and wanted it revived.");
        Assert.Contains("international-mediation", PositionTopics(x, "france"));
    }

    [Theory]
    [InlineData("France welcomed the start of border talks between Yerevan and Baku.")]
    [InlineData("France said the border dispute should be settled on the basis of the 1991 borders.")]
    public void Talk_of_where_the_border_runs_is_delimitation(string text)
    {
        Assert.Contains("border-delimitation", AllTopics(Shipped.Run(text)));
    }

    [Fact]
    public void Their_release_after_prisoners_is_amnesty_and_a_bare_release_names_nothing()
    {
        var owned = Shipped.Run("Four Armenian prisoners were moved to a new jail in Baku last week, relatives said. " +
            "France called for their release.");
        Assert.Contains("amnesty", PositionTopics(owned, "france"));

        var bare = Shipped.Run("France called for the release of the report on the talks.");
        Assert.DoesNotContain("amnesty", AllTopics(bare));
    }

    [Fact]
    public void The_group_after_another_group_is_not_the_Minsk_Group()
    {
        var x = Shipped.Run("The OSCE Minsk Group has not met since the war, diplomats in Vienna say. " +
            "A Paris-based rights group published a report on Monday. France said it supported the group.");
        Assert.DoesNotContain("international-mediation", PositionTopics(x, "france"));
    }

    [Fact]
    public void The_road_to_peace_is_peace_not_the_Lachin_road()
    {
        var x = Shipped.Run("Traffic on the Lachin road was light on Tuesday, drivers said. " +
            "France said it supported the road to peace.");
        Assert.DoesNotContain("lachin-corridor", PositionTopics(x, "france"));
    }
}
