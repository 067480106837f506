using Parley.Model;

namespace Parley.Extraction.Tests;

/// <summary>Topic words that name an issue only in a fitting context, each on prose written for the test.</summary>
public sealed class TopicWordTests
{
    // Every topic the document's events, claims and positions carry.
    private static HashSet<string> TopicsOf(DocumentExtraction x) =>
        [.. x.Events.SelectMany(e => e.Topics), .. x.Claims.SelectMany(c => c.Topics), .. x.Positions.Select(p => p.Topic)];

    [Theory]
    [InlineData("Aliyev condemned the shelling of civilian infrastructure in Goris.", "economic-development")]
    [InlineData("Armenia agreed to talks only if the Azerbaijani troops returned to their positions.", "return")]
    [InlineData("Police detained forty demonstrators on the road to Ijevan, the ministry said.", "amnesty")]
    [InlineData("The soldier was charged with crossing the state border at night, the prosecutor said.", "border-delimitation")]
    [InlineData("Pashinyan asked the Collective Security Treaty Organization for help.", "peace-treaty")]
    public void A_word_outside_its_issue_names_no_topic(string text, string topic)
    {
        Assert.DoesNotContain(topic, TopicsOf(Shipped.Run(text)));
    }

    [Theory]
    [InlineData("Aliyev supports investment in infrastructure in Karabakh.", "economic-development")]
    [InlineData("Pashinyan supports the return of displaced people to their homes.", "return")]
    [InlineData("The court charged the former separatist leaders on Monday, the prosecutor said.", "amnesty")]
    [InlineData("Mirzoyan welcomed the work of the border commissions on the state border.", "border-delimitation")]
    public void The_same_word_in_its_issue_still_names_it(string text, string topic)
    {
        Assert.Contains(topic, TopicsOf(Shipped.Run(text)));
    }

    [Fact]
    public void Villages_handed_back_are_delimitation_not_the_return_of_people()
    {
        var topics = TopicsOf(Shipped.Run("Mirzoyan welcomed the return of the villages to Azerbaijan."));
        Assert.Contains("border-delimitation", topics);
        Assert.DoesNotContain("return", topics);
    }
}
