namespace Parley.Extraction.Tests.Entities;

/// <summary>Definite titles without a name, on prose written for these tests.</summary>
public sealed class TitleReferenceStageTests
{
    [Fact]
    public void A_title_alone_links_to_the_one_person_holding_it_on_the_day()
    {
        var x = Shipped.Run("Jeyhun Bayramov met reporters in Baku on Monday. Later the foreign minister said the talks would go on.");
        Assert.Contains(x.Mentions, m => m.EntityId == "jeyhun-bayramov" && m.Text == "foreign minister");
        Assert.Contains(x.Roles, r => r.EntityId == "jeyhun-bayramov" && r.Role.Title == "foreign minister");
    }

    [Fact]
    public void A_title_the_document_gave_links_back_to_its_holder()
    {
        var x = Shipped.Run("Tigran Exampleyan, a deputy minister of Armenia, arrived in Goris. The deputy minister said the road stayed open.");
        var id = Assert.Single(x.Entities, e => e.Name == "Tigran Exampleyan").Id;
        Assert.Contains(x.Mentions, m => m.EntityId == id && m.Text == "deputy minister");
    }

    [Fact]
    public void A_title_two_people_hold_links_to_neither()
    {
        var x = Shipped.Run("Jeyhun Bayramov and Ararat Mirzoyan met in Almaty on Monday. The foreign minister said the talks would go on.");
        Assert.DoesNotContain(x.Mentions, m => m.Text == "foreign minister");
    }

    [Theory]
    [InlineData("Armenia's PM told the crowd that the border posts would move.", "2024-05-02", "nikol-pashinyan")]
    [InlineData("The Azerbaijani foreign minister told the crowd that the border posts would move.", "2024-05-02", "jeyhun-bayramov")]
    [InlineData("Armenia's prime minister told the crowd that the border posts would move.", "2016-05-02", null)]
    [InlineData("Armenia's former prime minister told the crowd that the border posts would move.", "2024-05-02", null)]
    public void A_states_title_without_a_name_links_to_whoever_held_that_office_on_the_day(string text, string published, string? holder)
    {
        var x = Shipped.Run(text, published);
        var person = x.Mentions.FirstOrDefault(m => x.Entities.Any(e => e.Id == m.EntityId && e.Kind == Parley.Model.EntityKind.Person));
        Assert.Equal(holder, person?.EntityId);
        if (holder is not null)
        {
            Assert.Equal(holder, Assert.Single(x.Claims).Speaker);
        }
    }
}
