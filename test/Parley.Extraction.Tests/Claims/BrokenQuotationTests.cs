namespace Parley.Extraction.Tests.Claims;

/// <summary>A quotation its attribution breaks in two ('"…," X said, "…"'), on prose written for these tests.</summary>
public sealed class BrokenQuotationTests
{
    [Theory]
    [InlineData("\"Nothing was decided,\" Ani Badalyan wrote on Facebook, \"but the ministers will talk again soon.\"", "ani-badalyan")]
    [InlineData("\u201CWe will not,\u201D Nikol Pashinyan told reporters, \u201Caccept a border drawn by force.\u201D", "nikol-pashinyan")]
    public void A_first_part_too_short_to_stand_alone_is_quoted_with_the_rest(string text, string speaker)
    {
        var claim = Assert.Single(Shipped.Run(text).Claims);
        Assert.Equal(speaker, claim.Speaker);
        Assert.True(claim.Quote.Length > text.Length / 2, claim.Quote);
    }

    [Fact]
    public void A_first_part_that_stands_alone_is_the_quote()
    {
        var claim = Assert.Single(Shipped.Run("\u201CThe road stays open to trucks every day,\u201D Hikmet Hajiyev wrote on X, \u201Cand the claims are false.\u201D").Claims);
        Assert.Equal("The road stays open to trucks every day", claim.Quote);
    }
}
