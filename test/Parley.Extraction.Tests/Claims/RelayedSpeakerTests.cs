using Parley.Model;

namespace Parley.Extraction.Tests.Claims;

/// <summary>Speakers who speak for a named person (counsel, kin), on prose written for these tests.</summary>
public sealed class RelayedSpeakerTests
{
    [Theory]
    [InlineData("Arayik Harutyunyan was moved to a new cell in May. His lawyer said on Tuesday that the cell had no window.", "arayik-harutyunyan-lawyers", "the cell had no window")]
    [InlineData("Arayik Harutyunyan was moved to a new cell in May. His daughter told reporters that the family had received no letters since March.", "arayik-harutyunyan-family", "the family had received no letters since March")]
    [InlineData("Lawyers for Arayik Harutyunyan told the judge that the charges were invented in Baku.", "arayik-harutyunyan-lawyers", "the charges were invented in Baku")]
    [InlineData("Arayik Harutyunyan's brother said the prison doctors had refused to examine him.", "arayik-harutyunyan-family", "the prison doctors had refused to examine him")]
    public void Counsel_or_kin_of_a_named_person_speak_as_that_persons_circle(string text, string speaker, string quote)
    {
        var result = Shipped.Run(text);
        var claim = Assert.Single(result.Claims);
        Assert.Equal(speaker, claim.Speaker);
        Assert.Equal(quote, claim.Quote);
        // The record carries the speaker: a group entity with a mention in the document.
        var group = Assert.Single(result.Entities, e => e.Id == speaker);
        Assert.Equal(EntityKind.Group, group.Kind);
        Assert.Contains(result.Mentions, m => m.EntityId == speaker);
    }

    [Fact]
    public void According_to_his_lawyers_names_the_persons_counsel()
    {
        var claims = Shipped.Run("Arayik Harutyunyan has refused food for a week, according to his lawyers.").Claims;
        Assert.Equal("arayik-harutyunyan-lawyers", Assert.Single(claims).Speaker);
    }

    [Fact]
    public void A_one_word_name_beside_the_kin_noun_still_leaves_the_family_as_speaker()
    {
        var claims = Shipped.Run("Arayik Harutyunyan was taken to hospital on Sunday. His son, Tigran, said his father had fainted twice in his cell.").Claims;
        var claim = Assert.Single(claims);
        Assert.Equal("arayik-harutyunyan-family", claim.Speaker);
        Assert.Equal("his father had fainted twice in his cell", claim.Quote);
    }

    [Fact]
    public void Bare_relatives_mean_the_person_the_circle_spoke_for_before_not_the_last_person_named()
    {
        var claims = Shipped.Run(
            "Arayik Harutyunyan has refused food for a week, according to his lawyers. Nikol Pashinyan raised the case with Brussels on Monday. " +
            "Relatives said he had lost ten kilograms.").Claims;
        Assert.Equal("arayik-harutyunyan-family", claims[^1].Speaker);
    }

    [Theory]
    [InlineData("Armenian lawyers said the trial broke every rule of procedure.")]
    [InlineData("Their lawyers said the trial broke every rule of procedure.")]
    public void A_body_of_lawyers_or_a_plural_owner_is_nobodys_circle(string text)
    {
        var result = Shipped.Run(text);
        Assert.DoesNotContain(result.Claims, c => c.Speaker is not null && c.Speaker.EndsWith("-lawyers", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Entities, e => e.Id.EndsWith("-lawyers", StringComparison.Ordinal));
    }

    [Fact]
    public void Kin_of_someone_the_record_does_not_know_still_report_in_nobodys_name()
    {
        var result = Shipped.Run("An elderly man was stopped at the bridge on Saturday. His daughter, Lusine, said her father had never held a weapon.");
        var claim = Assert.Single(result.Claims);
        Assert.Null(claim.Speaker);
        Assert.Equal("her father had never held a weapon", claim.Quote);
        Assert.DoesNotContain(result.Entities, e => e.Id.EndsWith("-family", StringComparison.Ordinal));
    }

    [Fact]
    public void A_named_lawyer_in_apposition_speaks_in_his_own_name()
    {
        var claims = Shipped.Run("Arayik Harutyunyan's lawyer, Avraam Berman, said the case files had been withheld.").Claims;
        Assert.Equal("avraam-berman", Assert.Single(claims).Speaker);
    }
}

/// <summary>Who speaks when the subject is a noun, a group named before, or stands after a date, on prose written for these tests.</summary>
public sealed class SubjectSpeakerTests
{
    [Fact]
    public void The_party_an_accusation_names_after_its_verb_is_not_who_spoke()
    {
        var claims = Shipped.Run("Opposition lawmakers accused Nikol Pashinyan of giving away four villages without a vote.").Claims;
        var claim = Assert.Single(claims);
        Assert.Null(claim.Speaker);
        Assert.Equal("lawmaker", claim.Source);
    }

    [Fact]
    public void The_villagers_after_a_group_named_with_that_noun_are_that_group()
    {
        var claims = Shipped.Run(
            "Tavush villagers blocked the road to the border on Monday. The villagers argued that the new line would cut them off from their orchards.",
            "2024-04-25").Claims;
        Assert.Equal("tavush-residents", Assert.Single(claims).Speaker);
    }

    [Fact]
    public void Villagers_named_by_no_group_before_stay_unnamed()
    {
        var claims = Shipped.Run("A road was closed on Monday. The villagers argued that the new line would cut them off from their orchards.", "2024-04-25").Claims;
        var claim = Assert.Single(claims);
        Assert.Null(claim.Speaker);
        Assert.Equal("villager", claim.Source);
    }

    [Fact]
    public void A_citing_aside_between_the_subject_and_its_verb_leaves_the_subject_the_speaker()
    {
        var claims = Shipped.Run("Azerbaijani media, citing officials in Baku, reported that the railway through Meghri had been discussed.", "2022-04-08").Claims;
        var claim = Assert.Single(claims);
        Assert.Equal("azerbaijani-media", claim.Speaker);
        Assert.Equal("the railway through Meghri had been discussed", claim.Quote);
    }

    [Fact]
    public void A_full_date_opening_the_sentence_leaves_the_subject_before_a_long_aside_the_speaker()
    {
        var claims = Shipped.Run(
            "On March 3, 2024, Armenia's Prime Minister Nikol Pashinyan, speaking to farmers from the villages of the Tavush region, said that the line would follow the Soviet maps.",
            "2024-03-05").Claims;
        var claim = Assert.Single(claims);
        Assert.Equal("nikol-pashinyan", claim.Speaker);
        Assert.Equal("the line would follow the Soviet maps", claim.Quote);
    }
}

/// <summary>A quotation whose first sentence stands before the one naming its speaker, on prose written for these tests.</summary>
public sealed class QuotationOpeningTests
{
    [Fact]
    public void A_denial_opening_a_quotation_is_the_speakers_claim_about_the_talks_before()
    {
        var x = Shipped.Run(
            "Ilham Aliyev and Nikol Pashinyan met in Brussels on Tuesday.\n\n" +
            "\u201CThere was no discussion of any corridor. The talks were about the border,\u201D Jeyhun Bayramov told reporters.", "2022-05-26");
        var opening = Assert.Single(x.Claims, c => c.Quote.StartsWith("There was no discussion", StringComparison.Ordinal));
        Assert.Equal("jeyhun-bayramov", opening.Speaker);
        Assert.Equal(ClaimStance.Denies, opening.Stance);
        Assert.Equal(Assert.Single(x.Events, e => e.Type == EventType.Meeting).Key, opening.EventKey);
        // Ids stay in the order of the text.
        Assert.Equal(x.Claims.OrderBy(c => c.Span.Start).Select(c => c.Id), x.Claims.Select(c => c.Id));
    }

    [Fact]
    public void An_opening_that_says_nothing_accounts_differ_on_is_left_alone()
    {
        var x = Shipped.Run(
            "Ilham Aliyev and Nikol Pashinyan met in Brussels on Tuesday.\n\n" +
            "\u201CIt was a long day. The talks were about the border,\u201D Jeyhun Bayramov told reporters.", "2022-05-26");
        Assert.DoesNotContain(x.Claims, c => c.Quote.StartsWith("It was a long day", StringComparison.Ordinal));
    }
}
