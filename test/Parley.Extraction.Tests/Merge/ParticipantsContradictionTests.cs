using Parley.Extraction.Merge;
using Parley.Model;

namespace Parley.Extraction.Tests.Merge;

/// <summary>Who took part in a meeting, as claims say and as sources dispute it, on prose written for these tests.</summary>
public sealed class ParticipantsContradictionTests
{
    private const string Talks = "Ararat Mirzoyan and Jeyhun Bayramov held talks in Tbilisi on June 10, the foreign ministry said.";

    private static IReadOnlyList<Contradiction> Contradictions(params DocumentExtraction[] extractions) =>
        new CrossDocumentPass(Shipped.Pack).Run(extractions).Contradictions;

    private static DocumentExtraction Report(string id, string sentence) => Shipped.Run($"{Talks}\n\n{sentence}", "2024-06-11", id);

    [Theory]
    [InlineData("Ani Badalyan said Toivo Klaar attended the meeting.", "toivo-klaar", false)]
    [InlineData("Ani Badalyan said Russia did not take part in the meeting.", "russia", true)]
    [InlineData("Aykhan Hajizada said no mediator was present at the meeting.", "third party", true)]
    [InlineData("Aykhan Hajizada said that no foreign observers had attended.", "third party", true)]
    public void A_claim_about_a_meeting_says_who_took_part(string sentence, string party, bool negated)
    {
        var claim = Assert.Single(Report("t", sentence).Claims, c => c.Speaker is "ani-badalyan" or "aykhan-hajizada");
        Assert.NotNull(claim.EventKey);
        var value = Assert.Single(claim.Values, v => v.Attribute == ContradictionAttribute.Participants);
        Assert.Equal((party, negated), (value.Value, value.Negated));
    }

    [Fact]
    public void A_third_party_said_to_attend_and_no_mediator_present_disagree_on_participants()
    {
        var one = Report("t", "Ani Badalyan said Toivo Klaar attended the meeting.");
        var other = Report("u", "Aykhan Hajizada said no mediator was present at the meeting.");
        var found = Assert.Single(Contradictions(one, other), c => c.Attribute == ContradictionAttribute.Participants);
        Assert.Equal(["toivo-klaar took part", "no third party took part"], found.Values);
    }

    [Fact]
    public void A_party_said_to_take_part_and_not_to_disagree_on_participants()
    {
        var one = Report("t", "Ani Badalyan said Russia took part in the meeting.");
        var other = Report("u", "Aykhan Hajizada said Russia did not take part in the meeting.");
        var found = Assert.Single(Contradictions(one, other), c => c.Attribute == ContradictionAttribute.Participants);
        Assert.Equal(["russia took part", "russia did not take part"], found.Values);
    }

    [Fact]
    public void Two_sources_agreeing_on_who_took_part_do_not_disagree()
    {
        var one = Report("t", "Ani Badalyan said Toivo Klaar attended the meeting.");
        var other = Report("u", "Aykhan Hajizada said Toivo Klaar attended the meeting as an observer.");
        Assert.DoesNotContain(Contradictions(one, other), c => c.Attribute == ContradictionAttribute.Participants);
    }

    [Fact]
    public void No_third_party_present_does_not_dispute_the_meeting_s_own_parties()
    {
        var one = Report("t", "Ani Badalyan said Ararat Mirzoyan attended the meeting.");
        var other = Report("u", "Aykhan Hajizada said no mediator was present at the meeting.");
        Assert.DoesNotContain(Contradictions(one, other), c => c.Attribute == ContradictionAttribute.Participants);
    }
}
