using Parley.Model;

namespace Parley.Extraction.Tests.Positions;

/// <summary>
/// Two holders joined by "and", an offer refused in the apposition that follows it, the subject a coordinated verb
/// shares, and the EU's mission as an issue; each on prose written for the test.
/// </summary>
public sealed class JoinedHoldersAndRefusedOffersTests
{
    private static bool Has(DocumentExtraction x, string actor, string topic, string stance) =>
        x.Positions.Any(p => p.Actor == actor && p.Topic == topic && p.Stance.ToWire() == stance);

    [Fact]
    public void Two_holders_joined_by_and_both_hold_the_stance()
    {
        var x = Shipped.Run("The two ministers, Ararat Mirzoyan and Jeyhun Bayramov, signed a letter calling for the dissolution of the Minsk Group.", "2025-08-09");
        Assert.True(Has(x, "ararat-mirzoyan", "international-mediation", "opposes"));
        Assert.True(Has(x, "jeyhun-bayramov", "international-mediation", "opposes"));
    }

    [Fact]
    public void An_offer_refused_in_the_apposition_after_it_is_opposed_by_who_refused()
    {
        var x = Shipped.Run("Azerbaijan offered to send fuel along the Aghdam road, an offer the Karabakh leadership rejected within hours.", "2023-02-02");
        var offered = x.Positions.Where(p => p.Actor == "azerbaijan" && p.Stance == PositionStance.Offers).Select(p => p.Topic).ToList();
        Assert.NotEmpty(offered);
        Assert.All(offered, topic => Assert.Contains(x.Positions, p => p.Actor == "nagorno-karabakh-republic" && p.Topic == topic && p.Stance == PositionStance.Opposes));
    }

    [Fact]
    public void A_body_named_in_the_first_verb_s_object_is_no_holder_of_the_coordinated_verb()
    {
        var x = Shipped.Run("Armenia has suspended its payments to the CSTO and has called for an international presence along the border.", "2024-03-01");
        Assert.True(Has(x, "armenia", "international-mediation", "demands") || Has(x, "armenia", "international-mediation", "supports"));
        Assert.DoesNotContain(x.Positions, p => p.Actor == "csto");
    }

    [Fact]
    public void The_european_union_s_mission_is_an_issue_of_international_involvement()
    {
        var x = Shipped.Run("Moscow opposes the deployment of a European Union mission along the border, the ministry said.", "2024-03-01");
        Assert.Contains(x.Positions, p => p.Topic == "international-mediation" && p.Stance.ToWire() == "opposes");
    }
}
