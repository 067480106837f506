using Parley.Extraction.Events;
using Parley.Model;
using Parley.Text;

namespace Parley.Extraction.Tests;

public sealed class QuantityReaderTests
{
    [Theory]
    [InlineData("at least six soldiers were killed", QuantityKind.Killed, 6)]
    [InlineData("the attackers opened fire, killing two", QuantityKind.Killed, 2)]
    [InlineData("a convoy of 12 trucks carried 40 tons of flour", QuantityKind.Tons, 40)]
    [InlineData("over 100,000 people left the region", QuantityKind.People, 100000)]
    [InlineData("some 80 of its servicemen were martyred in the fighting", QuantityKind.Killed, 80)]
    [InlineData("the ministry named 14 new martyrs", QuantityKind.Killed, 14)]
    [InlineData("the death toll has since risen to 71", QuantityKind.Killed, 71)]
    [InlineData("by evening the toll reached 12", QuantityKind.Killed, 12)]
    public void Counts_are_read_with_their_kind(string text, QuantityKind kind, double value)
    {
        var tokens = Tokenizer.Tokenize(text);
        var found = QuantityReader.Read(tokens, 0, tokens.Count - 1).Select(q => q.Quantity).ToList();
        Assert.Contains(found, q => q.Kind == kind && q.Value == value);
    }

    [Theory]
    [InlineData("Forty-three conscripts were killed in the attack", QuantityKind.Killed, 43)]
    [InlineData("sixty seven trucks crossed the bridge", QuantityKind.Vehicles, 67)]
    [InlineData("twenty-five thousand people marched", QuantityKind.People, 25000)]
    public void A_tens_word_and_its_units_word_are_one_count(string text, QuantityKind kind, double value)
    {
        var tokens = Tokenizer.Tokenize(text);
        var found = Assert.Single(QuantityReader.Read(tokens, 0, tokens.Count - 1)).Quantity;
        Assert.Equal((kind, value), (found.Kind, found.Value));
    }

    [Fact]
    public void Years_are_not_counts()
    {
        var tokens = Tokenizer.Tokenize("in 2020 the war ended");
        Assert.Empty(QuantityReader.Read(tokens, 0, tokens.Count - 1));
    }

    [Theory]
    [InlineData("on March 6 by targeting Azerbaijani troops")]
    [InlineData("on 6 March gunmen fired at the soldiers")]
    public void Days_of_the_month_are_not_counts(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        Assert.Empty(QuantityReader.Read(tokens, 0, tokens.Count - 1));
    }
}

public sealed class ClaimTests
{
    [Fact]
    public void According_to_gives_the_speaker_and_the_rest_as_quote()
    {
        var x = Shipped.Run("According to the Azerbaijani Defense Ministry, the convoy carried weapons.");
        var c = Assert.Single(x.Claims);
        Assert.Equal("azerbaijan-ministry-of-defense", c.Speaker);
        Assert.Equal("the convoy carried weapons", c.Quote);
        Assert.Equal(ClaimStance.Asserts, c.Stance);
    }

    [Fact]
    public void A_denial_by_someone_is_a_denying_claim()
    {
        var x = Shipped.Run("Baku said the sides discussed reintegration. This was denied by the de facto Nagorno-Karabakh authorities.");
        Assert.Equal(2, x.Claims.Count);
        Assert.Equal("azerbaijan", x.Claims[0].Speaker);
        Assert.Equal(ClaimStance.Denies, x.Claims[1].Stance);
        Assert.Equal("nagorno-karabakh-republic", x.Claims[1].Speaker);
        Assert.Contains("reintegration", x.Claims[1].Topics);
    }

    [Fact]
    public void A_cited_outlet_in_parentheses_is_the_via()
    {
        var x = Shipped.Run("The road stayed closed for a week (News.am, March 3).");
        var c = Assert.Single(x.Claims);
        Assert.Equal("news-am", c.Via);
        Assert.DoesNotContain("News.am", c.Quote, StringComparison.Ordinal);
    }
}

public sealed class PositionTests
{
    [Fact]
    public void A_party_demanding_an_issue_supports_it()
    {
        var x = Shipped.Run("Armenia demanded the reopening of the Lachin corridor.");
        Assert.Contains(x.Positions, p => p.Actor == "armenia" && p.Topic == "lachin-corridor" && p.Stance == PositionStance.Demands);
    }

    [Fact]
    public void A_party_rejecting_an_issue_opposes_it()
    {
        var x = Shipped.Run("Yerevan rejected any checkpoints on the road.");
        Assert.Contains(x.Positions, p => p.Actor == "armenia" && p.Topic == "checkpoints" && p.Stance.ToWire() == "opposes");
    }
}

public sealed class ClaimSplitTests
{
    [Fact]
    public void An_assertion_and_a_relative_denial_in_one_sentence_are_two_claims()
    {
        var x = Shipped.Run("On March 3, officials of both sides met in Khojaly. Azerbaijani media wrote that reintegration was discussed at the talks, which the Karabakh presidential office denied.");
        Assert.Equal(2, x.Claims.Count);
        Assert.Equal(ClaimStance.Asserts, x.Claims[0].Stance);
        Assert.Equal(ClaimStance.Denies, x.Claims[1].Stance);
        Assert.Contains("reintegration", x.Claims[1].Topics);
        Assert.StartsWith("which", x.Claims[1].Quote, StringComparison.Ordinal);
        Assert.NotNull(x.Claims[1].EventKey);
        Assert.Equal(x.Claims[0].EventKey, x.Claims[1].EventKey);
    }

    [Fact]
    public void This_was_denied_by_points_back_to_the_claim_before_it()
    {
        var x = Shipped.Run("On March 3, officials of both sides met in Khojaly. According to Azerbaijani media, the sides discussed reintegration. This was denied by Karabakh Armenian representatives, who said gas supplies were discussed instead.");
        var denial = Assert.Single(x.Claims, c => c.Stance == ClaimStance.Denies);
        Assert.Contains("reintegration", denial.Topics);
        Assert.DoesNotContain("gas", denial.Quote, StringComparison.Ordinal);
        Assert.NotNull(denial.EventKey);
    }
}

public sealed class PronounSpeakerTests
{
    [Fact]
    public void He_said_is_the_last_person_named_before()
    {
        var x = Shipped.Run("Sergei Lavrov met Ararat Mirzoyan in Moscow on Monday. He said the road must reopen without delay.");
        var c = Assert.Single(x.Claims);
        Assert.Equal("ararat-mirzoyan", c.Speaker);
    }

    [Fact]
    public void A_byline_is_not_a_claim()
    {
        Assert.Empty(Shipped.Run("Lusine Grigoryan, News.am :").Claims);
    }
}

public sealed class PositionHolderTests
{
    [Fact]
    public void The_holder_is_the_subject_not_the_person_in_a_prepositional_phrase()
    {
        var x = Shipped.Run("US Secretary of State Antony Blinken, in a call with Azerbaijani President Ilham Aliyev, called for the reopening of the Lachin corridor.");
        var p = Assert.Single(x.Positions, p => p.Topic == "lachin-corridor");
        Assert.Equal("antony-blinken", p.Actor);
    }

    [Fact]
    public void A_precondition_is_a_conditional_position()
    {
        var x = Shipped.Run("Jeyhun Bayramov named a constitutional change in Armenia as a precondition for signing the peace treaty.");
        Assert.Contains(x.Positions, p => p.Actor == "jeyhun-bayramov" && p.Topic == "peace-treaty" && p.Stance == PositionStance.Conditional);
    }
}

public sealed class ContradictionTests
{
    private static Parley.Extraction.Merge.MergeResult Merge(params DocumentExtraction[] docs) =>
        new Parley.Extraction.Merge.CrossDocumentPass(Shipped.Pack).Run(docs);

    [Fact]
    public void Blame_laid_by_one_source_and_denied_by_another_is_a_responsibility_contradiction()
    {
        var x = Shipped.Run("Nikol Pashinyan said the Russian peacekeepers failed to protect the road. Dmitry Peskov rejected attempts to blame the peacekeepers, saying they had done their duty.");
        var c = Assert.Single(Merge(x).Contradictions, c => c.Attribute == ContradictionAttribute.Responsibility);
        Assert.Equal(2, c.ClaimIds.Count);
    }

    [Fact]
    public void One_source_restating_blame_is_no_contradiction()
    {
        var x = Shipped.Run("Nikol Pashinyan said the Russian peacekeepers failed to protect the road. Nikol Pashinyan later said they were responsible for the losses.");
        Assert.DoesNotContain(Merge(x).Contradictions, c => c.Attribute == ContradictionAttribute.Responsibility);
    }

    [Fact]
    public void Dismissing_the_accusations_denies_the_accusing_claim()
    {
        var x = Shipped.Run("Armenian officials accused Azerbaijani troops of crossing the border on Monday. A ministry spokesman in Baku added that talks would go on. Azerbaijan has dismissed the accusations as provocative.");
        var denial = Assert.Single(x.Claims, c => c.Stance == ClaimStance.Denies);
        Assert.StartsWith("Azerbaijan has dismissed", denial.Quote, StringComparison.Ordinal);
        Assert.Equal("azerbaijan", denial.Speaker);
    }
}

public sealed class MergeTests
{
    [Fact]
    public void A_town_and_its_district_can_hold_one_happening()
    {
        var a = Shipped.Run("On March 1, Azerbaijani officials met Karabakh Armenians in Khojaly.");
        var b = Shipped.Run("On March 1, Azerbaijani officials met Karabakh Armenians in the Khojaly district.") with { Document = new Document { Id = "u", Text = "x" } };
        b = b with { Events = [.. b.Events.Select(e => e with { DocumentId = "u" })] };
        var merged = new Parley.Extraction.Merge.CrossDocumentPass(Shipped.Pack).Run([a, b]);
        var meeting = Assert.Single(merged.Events, e => e.Type == EventType.Meeting);
        Assert.Equal(2, meeting.Mentions.Count);
    }

    [Fact]
    public void Two_towns_do_not_hold_one_happening()
    {
        var a = Shipped.Run("On March 1, Azerbaijani troops clashed with an armed group near Khojaly.");
        var b = Shipped.Run("On March 1, Azerbaijani troops clashed with an armed group near Shusha.");
        b = b with { Events = [.. b.Events.Select(e => e with { DocumentId = "u" })] };
        var merged = new Parley.Extraction.Merge.CrossDocumentPass(Shipped.Pack).Run([a, b]);
        Assert.Equal(2, merged.Events.Count(e => e.Type == EventType.ArmedClash));
    }
}
