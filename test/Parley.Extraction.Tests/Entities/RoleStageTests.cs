using Parley.Model;

namespace Parley.Extraction.Tests.Entities;

/// <summary>Titles read next to names, on prose written for these tests.</summary>
public sealed class RoleStageTests
{
    private static List<string> TitlesOf(string text, string person) =>
        [.. Shipped.Run(text).Roles.Where(r => r.EntityId == person).Select(r => r.Role.Title)];

    [Fact]
    public void A_title_set_off_by_a_comma_before_the_name_is_read()
    {
        Assert.Contains("de facto president", TitlesOf("The talks were opened by the de facto president, Arayik Harutyunyan, on Monday.", "arayik-harutyunyan"));
        Assert.Contains("Director of Coordination", TitlesOf("The mission was led by its Director of Coordination, Ramesh Rajasingham, last week.", "ramesh-rajasingham"));
    }

    [Fact]
    public void A_deputy_rank_before_a_title_is_part_of_it()
    {
        Assert.Contains("Deputy Prime Minister", TitlesOf("Armenian Deputy Prime Minister Mher Grigoryan led the delegation in Tavush on Friday.", "mher-grigoryan"));
    }

    [Fact]
    public void A_predicate_title_is_read_up_to_the_first_word_no_title_holds()
    {
        Assert.Equal(["journalist"], TitlesOf("Lilit Shahverdyan is a journalist living in Stepanakert.", "lilit-shahverdyan"));
    }

    [Fact]
    public void An_apposition_that_stops_at_a_verb_keeps_the_title_before_it()
    {
        var titles = TitlesOf("Huseyn Mahmudov, chief of the Military Cooperation Department under the Defense Ministry briefed the attaches on Monday about the mines near the border.", "huseyn-mahmudov");
        Assert.Contains(titles, t => t.StartsWith("chief of the Military Cooperation Department", StringComparison.Ordinal) && !t.Contains("briefed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_clause_after_the_name_that_opens_with_a_verb_is_no_title()
    {
        Assert.Empty(TitlesOf("Ramesh Rajasingham, accompanied the resident coordinator to Goris.", "ramesh-rajasingham"));
    }

    [Fact]
    public void An_apposition_before_another_name_is_that_name_s_title()
    {
        var text = "The session was attended by Nikol Pashinyan, Azerbaijani member of parliament, Ramin Mammadov, and others.";
        Assert.DoesNotContain(TitlesOf(text, "nikol-pashinyan"), t => t.Contains("member of parliament", StringComparison.Ordinal));
        Assert.Contains(TitlesOf(text, "ramin-mammadov"), t => t.Contains("member of parliament", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_of_a_body_before_the_name_includes_the_body()
    {
        Assert.Contains("commander of Russian peacekeepers", TitlesOf("A meeting took place with the commander of Russian peacekeepers Rustam Muradov in Stepanakert.", "rustam-muradov"));
    }

    [Fact]
    public void A_discovered_name_does_not_take_the_title_before_it()
    {
        var x = Shipped.Run("The Russian side was represented by Admiral Ivan Exampleov, who said little.");
        Assert.Contains(x.Entities, e => e.Discovered && e.Kind == EntityKind.Person && e.Name == "Ivan Exampleov");
    }
}
