using Parley.Model;

namespace Parley.Extraction.Tests.Claims;

/// <summary>A meeting's agenda gathered from the claims about it, on prose written for these tests.</summary>
public sealed class AgendaStageTests
{
    [Fact]
    public void A_meeting_takes_the_issues_its_claims_name_in_other_sentences()
    {
        var x = Shipped.Run(
            "On May 3, Azerbaijani officials and Karabakh Armenians held a meeting in Khojaly.\n" +
            "Azerbaijani media said the sides discussed reintegration at the meeting.\n" +
            "This was denied by Artak Beglaryan, who claimed that the talks were only about gas supplies.", "2023-05-05");
        var meeting = Assert.Single(x.Events, e => e.Type == EventType.Meeting && e.Date == Parley.Time.DateRange.ParsePartial("2023-05-03"));
        Assert.Contains("gas-supply", meeting.Topics);
        Assert.Contains("reintegration", meeting.Topics);
    }

    [Fact]
    public void A_meeting_no_claim_speaks_of_keeps_its_own_issues()
    {
        var x = Shipped.Run(
            "On May 3, Azerbaijani officials and Karabakh Armenians held a meeting in Khojaly on gas supplies.\n" +
            "Later, Artak Beglaryan said that mines near the road were being cleared.", "2023-05-05");
        var meeting = Assert.Single(x.Events, e => e.Type == EventType.Meeting);
        Assert.DoesNotContain("mining", meeting.Topics);
    }
}
