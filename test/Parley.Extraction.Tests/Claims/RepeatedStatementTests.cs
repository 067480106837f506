namespace Parley.Extraction.Tests.Claims;

/// <summary>A speaker repeating a statement ("He repeated that …"), on prose written for these tests.</summary>
public sealed class RepeatedStatementTests
{
    [Fact]
    public void Repeating_that_reports_speech_of_the_speaker_named_before()
    {
        var x = Shipped.Run("Defence ministry spokesman Aram Torosyan said the soldier was in hospital in Goris. He repeated that one soldier had been wounded in the shooting.", "2025-06-10");
        var repeated = Assert.Single(x.Claims, c => c.Quote.Contains("one soldier", StringComparison.Ordinal));
        Assert.Equal("aram-torosyan", repeated.Speaker);
        Assert.StartsWith("one soldier had been wounded", repeated.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_shelling_reports_no_speech()
    {
        var x = Shipped.Run("Villagers in Tegh said the repeated shelling had damaged the school.", "2025-06-10");
        var claim = Assert.Single(x.Claims);
        Assert.StartsWith("the repeated shelling", claim.Quote, StringComparison.Ordinal);
    }
}
