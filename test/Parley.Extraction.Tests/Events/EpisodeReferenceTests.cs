using NodaTime;
using Parley.Model;

namespace Parley.Extraction.Tests.Events;

/// <summary>
/// Well-known episodes named or referred to without a date of their own, on prose written for these tests: a named
/// war takes the pack's parties and place, a definite reference at a place takes the one episode it can mean.
/// </summary>
public sealed class EpisodeReferenceTests
{
    private static List<EventMention> Of(string text, string published, EventType type) =>
        [.. Shipped.Run(text, published).Events.Where(e => e.Type == type)];

    [Theory]
    [InlineData("Peacekeepers arrived after the Second Karabakh War ended in November 2020.")]
    [InlineData("Thousands of soldiers died in the 44-day war.")]
    [InlineData("The villagers came back years after the 2020 war.")]
    public void A_named_war_is_a_clash_between_its_parties_over_its_days(string text)
    {
        var war = Assert.Single(Of(text, "2024-05-16", EventType.ArmedClash));
        Assert.Equal((new LocalDate(2020, 9, 27), new LocalDate(2020, 11, 10)), (war.Date!.Value.Earliest, war.Date!.Value.Latest));
        Assert.Equal(["armenia", "azerbaijan"], war.Actors.Order());
        Assert.Equal("karabakh", war.Place);
    }

    [Fact]
    public void A_definite_reference_to_the_one_known_blockade_of_a_road_is_dated_by_it()
    {
        var blockade = Assert.Single(Of("Officials in Baku said that the talk of Azerbaijan's \"blockade\" of the Lachin road was slander.", "2023-09-16", EventType.Blockade));
        Assert.Equal(new LocalDate(2022, 12, 12), blockade.Date!.Value.Earliest);
        Assert.True(blockade.Date!.Value.IsSingleDay);
        Assert.Equal("lachin-corridor", blockade.Place);
    }

    [Theory]
    [InlineData("Officials in Baku said that talk of a blockade of the Lachin road was slander.", "2023-09-16")] // indefinite
    [InlineData("Officials in Baku said that the blockade of the Lachin road was slander.", "2022-06-01")] // written before it began
    [InlineData("Officials in Baku said that the blockade was slander.", "2023-09-16")] // no place to tie it to
    public void A_reference_that_cannot_only_mean_the_known_episode_is_no_event(string text, string published)
    {
        Assert.Empty(Of(text, published, EventType.Blockade));
    }

    [Fact]
    public void A_reference_at_a_place_of_several_known_episodes_is_no_event()
    {
        // Karabakh saw the wars of 1988-94, 2016 and 2020 and the 2023 offensive.
        Assert.DoesNotContain(Of("Veterans of the Karabakh war met in Yerevan, the organisers said.", "2024-05-16", EventType.ArmedClash),
            e => e.Date is { } d && d.Earliest.Year < 2024);
    }

    [Fact]
    public void A_date_after_the_nouns_named_complement_still_dates_it()
    {
        var clash = Assert.Single(Of("Following the military operation of the Azerbaijani army on 19-20 September 2023, the monitors went home.", "2024-05-16", EventType.ArmedClash));
        Assert.Equal((new LocalDate(2023, 9, 19), new LocalDate(2023, 9, 20)), (clash.Date!.Value.Earliest, clash.Date!.Value.Latest));
    }

    [Theory]
    [InlineData("On May 3, the offensive of the Azerbaijani army began near Martuni.", true)]
    [InlineData("On May 3, the shelling of the Azerbaijani army's positions began near Martuni.", false)]
    public void The_of_after_an_offensive_names_who_acts_and_after_shelling_what_is_hit(string text, bool acts)
    {
        var clash = Assert.Single(Of(text, "2023-05-10", EventType.ArmedClash));
        // The army stands for its state in a clash.
        Assert.Equal(acts, clash.Actors.Contains("azerbaijan"));
        Assert.Equal(!acts, clash.Targets.Contains("azerbaijan"));
    }

    [Theory]
    [InlineData("On May 3, Prime Minister Nikol Pashinyan chaired a meeting of the Security Council of Armenia.", 0)]
    [InlineData("On May 3, the deputy prime ministers held a meeting of the trilateral working group in Moscow.", 1)]
    [InlineData("On May 3, Nikol Pashinyan held a meeting of the Security Council with the Russian ambassador.", 1)]
    public void A_session_of_one_body_is_no_meeting_between_parties(string text, int meetings)
    {
        Assert.Equal(meetings, Of(text, "2023-05-10", EventType.Meeting).Count);
    }

    [Theory]
    [InlineData("On May 3, fighting broke out as saboteurs tried to carry arms from Goris to Khankendi.", null)]
    [InlineData("On May 3, fighting broke out near Khankendi as saboteurs tried to carry arms.", "stepanakert")]
    public void A_place_something_goes_to_or_comes_from_does_not_place_a_clash(string text, string? place)
    {
        Assert.Equal(place, Assert.Single(Of(text, "2023-05-10", EventType.ArmedClash)).Place);
    }

    [Fact]
    public void A_states_army_in_a_clash_stands_for_its_state()
    {
        var clash = Assert.Single(Of("On May 3, Azerbaijani troops clashed with Armenian troops near Sotk.", "2023-05-10", EventType.ArmedClash));
        Assert.Equal(["armenia", "azerbaijan"], clash.Actors.Concat(clash.Targets).Order());
    }

    [Theory]
    [InlineData("Most of the families I met in Goris on 29 September had come by bus.", 0)]
    [InlineData("Most of the families Nikol Pashinyan met in Goris on 29 September had come by bus.", 1)]
    public void The_writers_own_meetings_are_no_news(string text, int meetings)
    {
        Assert.Equal(meetings, Of(text, "2023-10-06", EventType.Meeting).Count);
    }
}
