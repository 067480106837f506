using Parley.Extraction.Merge;
using Parley.Model;

namespace Parley.Extraction.Tests.Merge;

/// <summary>Rival counts from unnamed sources, and tolls kept with the clash, on prose written for these tests.</summary>
public sealed class RivalCountTests
{
    private static IReadOnlyList<Contradiction> Contradictions(params DocumentExtraction[] extractions) =>
        new CrossDocumentPass(Shipped.Pack).Run(extractions).Contradictions;

    private const string Rally =
        "Thousands of people rallied in Yerevan on Sunday against the border deal.\n\n" +
        "Police said about 8,000 people had taken part in the march. Organisers said the crowd numbered more than 25,000.";

    [Fact]
    public void Each_unnamed_source_keeps_its_noun()
    {
        var claims = Shipped.Run(Rally, "2024-05-13").Claims;
        Assert.Contains(claims, c => c.Speaker is null && c.Source == "police");
        Assert.Contains(claims, c => c.Speaker is null && c.Source == "organizer");
    }

    [Fact]
    public void Police_and_organisers_giving_other_crowd_sizes_in_the_next_sentence_contradict_about_the_rally()
    {
        var x = Shipped.Run(Rally, "2024-05-13");
        var police = Assert.Single(x.Claims, c => c.Source == "police");
        var organisers = Assert.Single(x.Claims, c => c.Source == "organizer");
        Assert.Equal(police.Id, organisers.Answers);
        // Both are about the rally told before them, which counts a crowd.
        var rally = Assert.Single(x.Events, e => e.Type == EventType.Protest);
        Assert.Equal(rally.Key, police.EventKey);
        Assert.Equal(rally.Key, organisers.EventKey);

        var found = Assert.Single(Contradictions(x), c => c.Attribute == ContradictionAttribute.Quantity);
        Assert.Equal([police.Id, organisers.Id], found.ClaimIds);
        Assert.NotNull(found.EventId);
    }

    [Fact]
    public void One_unnamed_source_updating_its_own_count_is_no_dispute()
    {
        var x = Shipped.Run(
            "Thousands of people rallied in Yerevan on Sunday against the border deal.\n\n" +
            "Police said about 8,000 people had taken part in the march. Police later said the crowd numbered about 12,000.", "2024-05-13");
        Assert.DoesNotContain(Contradictions(x), c => c.Attribute == ContradictionAttribute.Quantity);
    }

    [Fact]
    public void Two_sides_counting_their_own_dead_do_not_dispute_each_other()
    {
        var x = Shipped.Run(
            "Fighting broke out on the border near Jermuk on Tuesday.\n\n" +
            "Armenia's defence ministry said 15 of its soldiers had been killed. Azerbaijan's defence ministry said seven of its servicemen had been killed.",
            "2022-09-14");
        Assert.DoesNotContain(x.Claims, c => c.Answers is not null);
    }

    [Fact]
    public void Counts_far_apart_in_the_report_are_not_set_against_each_other()
    {
        var x = Shipped.Run(
            "Thousands of people rallied in Yerevan on Sunday against the border deal.\n\n" +
            "Police said about 8,000 people had taken part in the march.\n\n" +
            "The prime minister's office said the talks would go on.\n\n" +
            "Organisers said the crowd numbered more than 25,000.", "2024-05-13");
        Assert.DoesNotContain(x.Claims, c => c.Answers is not null);
    }

    [Fact]
    public void A_toll_given_in_a_sentence_that_names_talks_belongs_to_the_clash()
    {
        var x = Shipped.Run(
            "Azerbaijani and Armenian troops clashed near Sotk on Tuesday.\n\n" +
            "At talks in Moscow on Thursday, the Armenian foreign minister said 49 Armenian soldiers had been killed.", "2022-09-16");
        // (The clash told first: the one the report is about.)
        var clash = x.Events.Where(e => e.Type == EventType.ArmedClash).MinBy(e => e.Span.Start)!;
        Assert.Equal("sotk", clash.Place);
        var toll = Assert.Single(x.Claims, c => c.Quote.Contains("49", StringComparison.Ordinal));
        Assert.Equal(clash.Key, toll.EventKey);
    }
}
