namespace Parley.Packs.Tests;

public sealed class OutletRecognizerTests
{
    private static readonly OutletRecognizer Recognizer = new(DomainPack.Load(PackLocator.Find()!));

    [Theory]
    [InlineData("Eurasia Review", "Eurasia Review")]
    [InlineData("eurasiareview.com", "Eurasia Review")]
    [InlineData("OC Media", "OC Media")]
    [InlineData("APA", "APA")]
    public void A_header_line_naming_a_pack_outlet_is_recognised(string line, string outlet) =>
        Assert.Equal(outlet, Recognizer.Recognize(line));

    [Fact]
    public void A_short_outlet_name_inside_a_sentence_is_not_recognised() =>
        Assert.Null(Recognizer.Recognize("the apa of the valley"));
}
