using Parley.Model;

namespace Parley.Extraction.Tests.Claims;

/// <summary>Who made a statement (see Speakers), on prose written for these tests.</summary>
public sealed class SpeakerTests
{
    [Theory]
    [InlineData("The uncle of a missing shepherd told Hetq that the man had been led away by soldiers on Sunday.", "hetq", "the man had been led away by soldiers on Sunday")]
    [InlineData("Water talks stalled over the dam near Vorotan, a diplomatic source in Tbilisi told TASS.", "tass", "Water talks stalled over the dam near Vorotan")]
    public void An_outlet_told_is_the_channel_not_the_speaker(string text, string via, string quote)
    {
        var claim = Assert.Single(Shipped.Run(text).Claims);
        Assert.Equal((null, via, quote), (claim.Speaker, claim.Via, claim.Quote));
    }

    [Fact]
    public void A_state_named_before_an_unnamed_source_is_not_its_speaker()
    {
        var claim = Assert.Single(Shipped.Run("The ministers spoke about a rail line across the south of Armenia, a diplomatic source said.").Claims);
        Assert.Null(claim.Speaker);
    }

    [Fact]
    public void A_party_that_qualifies_an_unnamed_source_is_still_its_speaker()
    {
        var claim = Assert.Single(Shipped.Run("The shelling went on until dawn, Azerbaijani officials said.").Claims);
        Assert.Equal("azerbaijan", claim.Speaker);
    }

    [Theory]
    [InlineData("A teacher from Chartar, Lusine Arakelyan, wrote on Facebook that the school had lost its windows in the blast.", "facebook")]
    [InlineData("The commander said in an interview with APA that his men had held the hill all night.", "apa-az")]
    [InlineData("A medic in the town wrote on Telegram that the hospital had run out of insulin.", "telegram")]
    public void An_outlet_a_preposition_governs_after_the_verb_is_where_it_was_said(string text, string via)
    {
        var claim = Assert.Single(Shipped.Run(text).Claims);
        Assert.NotEqual(via, claim.Speaker);
        Assert.Equal(via, claim.Via);
    }

    [Fact]
    public void Its_press_service_is_the_body_named_before()
    {
        var x = Shipped.Run("Azerbaijan's defence ministry reported fire on its posts in Lachin. \"Not one of our soldiers left the trenches,\" its press service said.");
        var claim = Assert.Single(x.Claims, c => c.Quote == "Not one of our soldiers left the trenches");
        Assert.Equal("azerbaijan-ministry-of-defense", claim.Speaker);
    }

    [Fact]
    public void It_before_a_denial_is_the_body_that_spoke_before()
    {
        var x = Shipped.Run("Armenia's defence ministry said two posts were hit overnight. It denied that its troops had answered the fire.");
        var denial = Assert.Single(x.Claims, c => c.Stance == ClaimStance.Denies);
        Assert.Equal("armenia-ministry-of-defense", denial.Speaker);
    }

    [Theory]
    [InlineData("The ministry claimed, without offering any proof, that the village had been used as a firing point.", "the village had been used as a firing point")]
    [InlineData("Hikmet Hajiyev said, however, that the road through Aghdam stayed open.", "the road through Aghdam stayed open")]
    [InlineData("Azerbaijan's State Border Service denied on Wednesday that any convoy had crossed the bridge.", "any convoy had crossed the bridge")]
    [InlineData("Armenia's defence ministry rejected in a statement that its units had shelled the village.", "its units had shelled the village")]
    public void An_aside_between_the_verb_and_that_is_not_part_of_the_quote(string text, string quote)
    {
        Assert.Equal(quote, Assert.Single(Shipped.Run(text).Claims).Quote);
    }

    [Theory]
    [InlineData("According to a source in the Armenian defence ministry, the post was abandoned at dawn. The source said the men had run out of shells.")]
    [InlineData("According to a source in the Armenian defence ministry, the post was abandoned at dawn. The source, who spoke on condition of anonymity, said the men had run out of shells.")]
    public void The_source_again_is_the_unnamed_source_quoted_before(string text)
    {
        var claim = Assert.Single(Shipped.Run(text).Claims, c => c.Quote == "the men had run out of shells");
        Assert.Equal("armenia-ministry-of-defense", claim.Speaker);
    }

    [Fact]
    public void The_source_with_no_source_quoted_before_names_no_party()
    {
        var x = Shipped.Run("Nikol Pashinyan visited Gyumri on Friday. The source said the men had run out of shells.");
        Assert.DoesNotContain(x.Claims, c => c.Speaker is not null && c.Quote.Contains("shells", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A border guard, who asked not to be named, said the gate at the bridge had been welded shut.")]
    [InlineData("A local official, who asked for anonymity, said the gate at the bridge had been welded shut.")]
    public void Asking_not_to_be_named_reports_nothing_and_the_verb_after_it_does(string text)
    {
        var claim = Assert.Single(Shipped.Run(text).Claims);
        Assert.EndsWith("the gate at the bridge had been welded shut", claim.Quote, StringComparison.Ordinal);
    }
}
