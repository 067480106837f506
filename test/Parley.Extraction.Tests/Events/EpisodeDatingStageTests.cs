using NodaTime;
using Parley.Model;
using Parley.Time;

namespace Parley.Extraction.Tests.Events;

/// <summary>Coarse dates of well-known happenings narrowed by the pack's episodes, on prose written for these tests.</summary>
public sealed class EpisodeDatingStageTests
{
    private static EventMention Single(string text, string published, EventType type) =>
        Assert.Single(Shipped.Run(text, published).Events, e => e.Type == type);

    [Theory]
    [InlineData("2023-11-02", "2023-09-19", "2023-09-20")] // the known offensive
    [InlineData("2019-11-02", "2019-09-01", "2019-09-30")] // no episode that September: the month stays
    public void A_month_dated_offensive_in_the_region_takes_the_days_of_a_known_offensive_only(string published, string earliest, string latest)
    {
        var clash = Single("Azerbaijani troops attacked Armenian positions in Nagorno-Karabakh in September and took the region within a day.", published, EventType.ArmedClash);
        Assert.Equal((earliest, latest), (DateRange.Iso(clash.Date!.Value.Earliest), DateRange.Iso(clash.Date!.Value.Latest)));
    }

    [Fact]
    public void A_clash_elsewhere_in_the_same_month_is_not_the_episode()
    {
        var clash = Single("Azerbaijani troops attacked Armenian positions near Jermuk in September and took two hills.", "2023-11-02", EventType.ArmedClash);
        Assert.Equal(new LocalDate(2023, 9, 1), clash.Date!.Value.Earliest);
        Assert.Equal(new LocalDate(2023, 9, 30), clash.Date!.Value.Latest);
    }

    [Theory]
    [InlineData("On April 23, Azerbaijan set up a checkpoint on the Lachin road.", "hakari-bridge-checkpoint")]
    [InlineData("On April 24, Azerbaijan set up a checkpoint on the Lachin road.", "lachin-corridor")]
    public void A_known_act_placed_only_on_a_route_on_its_very_day_takes_the_episodes_place(string text, string place)
    {
        var checkpoint = Single(text, "2023-04-25", EventType.Checkpoint);
        Assert.Equal(place, checkpoint.Place);
    }

    [Theory]
    [InlineData("On May 12, Azerbaijani units infiltrated Syunik Province and dug in on a hill.", "sev-lich")]
    [InlineData("On May 19, Azerbaijani units infiltrated Syunik Province and dug in on a hill.", "syunik")]
    public void A_known_act_placed_only_in_the_region_around_it_on_its_very_day_takes_the_episodes_place(string text, string place)
    {
        var clash = Single(text, "2021-05-20", EventType.ArmedClash);
        Assert.Equal(place, clash.Place);
    }

    [Fact]
    public void A_lasting_sit_in_is_dated_by_its_first_day()
    {
        var protest = Single("Azerbaijani activists have protested on the Lachin corridor since December, stopping most traffic.", "2023-02-10", EventType.Protest);
        Assert.Equal(new LocalDate(2022, 12, 12), protest.Date!.Value.Earliest);
        Assert.True(protest.Date!.Value.IsSingleDay);
    }

    [Fact]
    public void A_day_already_named_is_kept()
    {
        var clash = Single("On September 22, Azerbaijani troops attacked Armenian positions in Nagorno-Karabakh.", "2023-11-02", EventType.ArmedClash);
        Assert.Equal(new LocalDate(2023, 9, 22), clash.Date!.Value.Earliest);
        Assert.True(clash.Date!.Value.IsSingleDay);
    }
}
