using Parley.Model;

namespace Parley.Extraction.Tests.Claims;

/// <summary>"on the table" as a word of what talks took up, in a denial that disputes an agenda; prose written for the test.</summary>
public sealed class AgendaIdiomsTests
{
    [Fact]
    public void Denying_an_issue_was_on_the_table_disputes_the_agenda_of_the_talks()
    {
        var x = Shipped.Run(
            "The foreign ministers of Armenia and Azerbaijan met in Geneva on Thursday. According to the Armenian Foreign Ministry, " +
            "the ministers discussed the rights and security of the Armenians of Nagorno-Karabakh. Azerbaijan's Foreign Ministry " +
            "denied that the rights of Karabakh Armenians had been on the table.");
        var meeting = Assert.Single(x.Events, e => e.Type == EventType.Meeting);
        var denial = Assert.Single(x.Claims, c => c.Stance == ClaimStance.Denies);
        Assert.Equal(meeting.Key, denial.EventKey);
        Assert.Contains(denial.Values, v => v is { Attribute: ContradictionAttribute.Agenda, Value: "minority-rights", Negated: true });
    }
}
