using Parley.Model;

namespace Parley.Extraction.Tests.Claims;

/// <summary>Attribution of statements, on prose written for these tests.</summary>
public sealed class ClaimStageTests
{
    [Theory]
    [InlineData("On Monday, Jeyhun Bayramov, the foreign minister of Azerbaijan, said Armenia must change its constitution before any signing.", "jeyhun-bayramov", "Armenia must change its constitution before any signing")]
    [InlineData("On Monday, Nikol Pashinyan, at a meeting with villagers in Tavush, said that the border would be drawn on the basis of the Alma-Ata declaration.", "nikol-pashinyan", "the border would be drawn on the basis of the Alma-Ata declaration")]
    public void A_subject_with_an_aside_before_the_verb_is_the_speaker_and_what_follows_is_the_quote(string text, string speaker, string quote)
    {
        var claim = Assert.Single(Shipped.Run(text).Claims);
        Assert.Equal(speaker, claim.Speaker);
        Assert.Equal(quote, claim.Quote);
    }

    [Theory]
    [InlineData("Nikol Pashinyan turned down the offer on Monday, saying it would tie Armenia's hands.", "nikol-pashinyan", "it would tie Armenia's hands")]
    [InlineData("On Friday Arayik Harutyunyan stepped down, citing his health and saying that a younger leader was needed.", "arayik-harutyunyan", "a younger leader was needed")]
    public void A_participle_of_speech_reports_the_claim_of_the_main_subject(string text, string speaker, string quote)
    {
        var claim = Assert.Single(Shipped.Run(text).Claims, c => c.Quote == quote);
        Assert.Equal(speaker, claim.Speaker);
        Assert.Equal(ClaimStance.Asserts, claim.Stance);
    }

    [Theory]
    [InlineData("Ararat Mirzoyan called on Baku to reopen the road and said Yerevan would pay for the repairs.", "ararat-mirzoyan", "Yerevan would pay for the repairs")]
    [InlineData("Maria Zakharova urged Azerbaijan to show restraint and said that Moscow was ready to host new talks.", "maria-zakharova", "Moscow was ready to host new talks")]
    public void A_speech_verb_after_an_appeal_and_and_shares_the_main_subject(string text, string speaker, string quote)
    {
        var claim = Assert.Single(Shipped.Run(text).Claims);
        Assert.Equal(speaker, claim.Speaker);
        Assert.Equal(quote, claim.Quote);
    }

    [Theory]
    [InlineData("Nikol Pashinyan called the parade in Baku a provocation.", "called the parade in Baku a provocation")]
    [InlineData("Hikmet Hajiyev accused Yerevan of stalling the border talks.", "accused Yerevan of stalling the border talks")]
    [InlineData("Ararat Mirzoyan described the meeting in Almaty as constructive.", "described the meeting in Almaty as constructive")]
    [InlineData("Ararat Mirzoyan called the shelling a crime and urged the monitors to visit Jermuk.", "called the shelling a crime and urged the monitors to visit Jermuk")]
    public void A_verb_that_labels_its_object_stays_in_the_quote(string text, string quote)
    {
        Assert.Equal(quote, Assert.Single(Shipped.Run(text).Claims).Quote);
    }

    [Fact]
    public void A_denial_ends_where_a_coordinated_verb_of_speech_begins()
    {
        var claim = Assert.Single(Shipped.Run("Azerbaijan denied any part in the outage and said its engineers were ready to repair the pipe.").Claims);
        Assert.Equal((ClaimStance.Denies, "any part in the outage"), (claim.Stance, claim.Quote));
    }

    [Fact]
    public void A_denial_too_short_to_stand_alone_keeps_what_follows()
    {
        var claim = Assert.Single(Shipped.Run("Azerbaijan denied any role and said its engineers were ready to repair the pipe.").Claims);
        Assert.Equal((ClaimStance.Denies, "any role and said its engineers were ready to repair the pipe"), (claim.Stance, claim.Quote));
    }

    [Fact]
    public void A_denial_after_and_shares_the_main_subject()
    {
        var x = Shipped.Run("Armenia's Defence Ministry said seven Azerbaijani servicemen were killed, and denied that Armenian units had fired first.");
        var denial = Assert.Single(x.Claims, c => c.Stance == ClaimStance.Denies);
        Assert.Equal("armenia-ministry-of-defense", denial.Speaker);
    }

    [Fact]
    public void So_called_reports_no_speech()
    {
        var claim = Assert.Single(Shipped.Run("The new road would join the so-called Middle Corridor to the Caspian ports, Elnur Mammadov explained.").Claims);
        Assert.Equal("elnur-mammadov", claim.Speaker);
        Assert.Equal("The new road would join the so-called Middle Corridor to the Caspian ports", claim.Quote);
    }

    [Fact]
    public void Rejecting_a_role_is_no_denial_and_the_participle_says_what_was_claimed()
    {
        var claim = Assert.Single(Shipped.Run("Ilham Aliyev rejected any role for foreign mediators, saying the war had settled the matter.").Claims);
        Assert.Equal(("ilham-aliyev", ClaimStance.Asserts), (claim.Speaker, claim.Stance));
        Assert.Equal("the war had settled the matter", claim.Quote);
    }

    [Theory]
    [InlineData("Mher Grigoryan told reporters in Ijevan that the first stretch of the border had been agreed.", "mher-grigoryan")]
    [InlineData("Shahin Mustafayev said in an interview with a Baku daily that the first stretch of the border had been agreed.", "shahin-mustafayev")]
    public void Whom_it_was_told_and_where_are_not_what_was_said(string text, string speaker)
    {
        var claim = Assert.Single(Shipped.Run(text).Claims);
        Assert.Equal(speaker, claim.Speaker);
        Assert.Equal("the first stretch of the border had been agreed", claim.Quote);
    }

    [Theory]
    [InlineData("Mher Grigoryan was quoted by Armenpress as saying that the survey of the northern stretch would end in June.", "mher-grigoryan", "armenpress")]
    [InlineData("Shahin Mustafayev has been cited by Trend as stating the survey of the northern stretch would end in June.", "shahin-mustafayev", "trend-az")]
    [InlineData("APA quoted Deputy Prime Minister Shahin Mustafayev as saying that the survey of the northern stretch would end in June.", "shahin-mustafayev", "apa-az")]
    public void A_person_quoted_by_an_outlet_as_saying_is_the_speaker_and_the_outlet_the_channel(string text, string speaker, string via)
    {
        var claim = Assert.Single(Shipped.Run(text).Claims);
        Assert.Equal((speaker, via), (claim.Speaker, claim.Via));
        Assert.Equal("the survey of the northern stretch would end in June", claim.Quote);
    }

    [Fact]
    public void They_is_the_body_the_sentence_before_was_about_never_the_party_named_after_the_verb()
    {
        var x = Shipped.Run("The Ministry of Defense of Armenia held a briefing on Monday. They said two Azerbaijani drones were downed near Jermuk.\n\nLocal officials met on Tuesday. They said Armenian soldiers had left the post.");
        var first = Assert.Single(x.Claims, c => c.Quote == "two Azerbaijani drones were downed near Jermuk");
        Assert.Equal("armenia-ministry-of-defense", first.Speaker);
        var second = Assert.Single(x.Claims, c => c.Quote == "Armenian soldiers had left the post");
        Assert.Null(second.Speaker);
    }

    [Theory]
    [InlineData("The two sides will settle all disputes by peaceful means, Sergei Lavrov said.")]
    [InlineData("Tension in the disputed region has risen sharply this month, Sergei Lavrov said.")]
    public void A_denial_verb_used_as_a_noun_or_modifier_denies_nothing(string text)
    {
        var claim = Assert.Single(Shipped.Run(text).Claims);
        Assert.Equal(ClaimStance.Asserts, claim.Stance);
        Assert.Equal("sergei-lavrov", claim.Speaker);
    }

    [Fact]
    public void He_before_a_denial_is_the_person_last_named()
    {
        var x = Shipped.Run("Hikmet Hajiyev spoke in Baku on Monday. He denied reports that troops had gathered near the border.");
        var denial = Assert.Single(x.Claims, c => c.Stance == ClaimStance.Denies);
        Assert.Equal("hikmet-hajiyev", denial.Speaker);
    }

    [Theory]
    [InlineData("The Geneva round was useful, Sergei Lavrov said.", "sergei-lavrov", "The Geneva round was useful")]
    [InlineData("The Geneva round was useful, Sergei Lavrov told reporters on Tuesday.", "sergei-lavrov", "The Geneva round was useful")]
    [InlineData("Troops from both sides traded fire for two hours near the village of Sotk overnight, the Armenian defence ministry said.", "armenia-ministry-of-defense", "Troops from both sides traded fire for two hours near the village of Sotk overnight")]
    public void A_closing_attribution_names_the_speaker_of_what_stands_before_its_comma(string text, string speaker, string quote)
    {
        var claim = Assert.Single(Shipped.Run(text).Claims);
        Assert.Equal(speaker, claim.Speaker);
        Assert.Equal(quote, claim.Quote);
    }

    [Theory]
    [InlineData("Baku has said the checkpoint guards against smuggling, while Yerevan has claimed the post strangles the region.")]
    [InlineData("Baku said on Monday that the checkpoint guards against smuggling; but Yerevan insisted the post strangles the region.")]
    public void A_contrasted_second_report_is_a_claim_of_its_own_speaker(string text)
    {
        var claims = Shipped.Run(text).Claims;
        Assert.Equal(2, claims.Count);
        Assert.Equal("azerbaijan", claims[0].Speaker);
        Assert.DoesNotContain("Yerevan", claims[0].Quote, StringComparison.Ordinal);
        Assert.Equal("armenia", claims[1].Speaker);
        Assert.Contains("strangles the region", claims[1].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_unnamed_sources_contrasted_by_while_give_a_claim_each_with_its_own_count()
    {
        var claims = Shipped.Run("The police put the crowd at about 4,000, while the organisers of the march said that 12,000 people had walked to the square.").Claims;
        Assert.Equal(["The police put the crowd at about 4,000", "12,000 people had walked to the square"], claims.Select(c => c.Quote));
    }

    [Fact]
    public void A_source_placed_by_a_phrase_before_its_verb_still_reports_and_a_figure_put_at_is_an_estimate()
    {
        var claims = Shipped.Run("Villagers in the valley told reporters that about 40 soldiers had crossed the river, while Arman Tatoyan put the figure at nearly 90.").Claims;
        Assert.Equal(2, claims.Count);
        Assert.Equal((null, "about 40 soldiers had crossed the river"), (claims[0].Speaker, claims[0].Quote));
        Assert.Equal(("arman-tatoyan", "put the figure at nearly 90"), (claims[1].Speaker, claims[1].Quote));
    }

    [Theory]
    [InlineData("Iran's foreign ministry warned that it would never accept new borders in the region, while Russia's foreign ministry spokeswoman Maria Zakharova said Moscow backed the talks.",
        "iran-ministry-of-foreign-affairs", "maria-zakharova")]
    [InlineData("Baku had accepted the wording of the last article, Armenia's foreign ministry said - although Jeyhun Bayramov described the outcome the other way round.",
        "armenia-ministry-of-foreign-affairs", "jeyhun-bayramov")]
    public void A_contrasted_report_whose_speaker_stands_behind_a_title_or_a_dash_is_a_claim_of_its_own(string text, string first, string second)
    {
        var claims = Shipped.Run(text).Claims;
        Assert.Equal([first, second], claims.Select(c => c.Speaker));
    }

    [Fact]
    public void A_party_named_in_a_relative_clause_after_the_subject_is_not_the_speaker()
    {
        var claim = Assert.Single(Shipped.Run("A Finnish diplomat, who chairs the OSCE council this year, said the closure opened a new chapter.").Claims);
        Assert.Equal((null, "the closure opened a new chapter"), (claim.Speaker, claim.Quote));
    }

    [Fact]
    public void A_name_in_apposition_to_the_subject_is_not_the_quote()
    {
        var claim = Assert.Single(Shipped.Run("His brother, Karen Avagyan, said the family had heard of the verdict only from the radio.").Claims);
        Assert.Equal("the family had heard of the verdict only from the radio", claim.Quote);
    }

    [Fact]
    public void It_is_the_body_the_sentence_before_was_about()
    {
        var claim = Assert.Single(Shipped.Run("Azerbaijan's Foreign Ministry issued a statement on the talks. It also insisted that the border commission meet before June.").Claims);
        Assert.Equal(("azerbaijan-ministry-of-foreign-affairs", "the border commission meet before June"), (claim.Speaker, claim.Quote));
    }

    [Fact]
    public void It_after_a_body_s_claim_is_that_body()
    {
        var claims = Shipped.Run("The road was reopened at dawn, the Armenian defence ministry said. No shots were fired during the night, it added.").Claims;
        Assert.Equal(["armenia-ministry-of-defense", "armenia-ministry-of-defense"], claims.Select(c => c.Speaker));
    }

    [Fact]
    public void The_organisation_is_the_body_the_sentence_is_about()
    {
        var claim = Assert.Single(Shipped.Run("The OSCE Permanent Council agreed on Thursday to fund the office for another year, the organisation said in a statement.").Claims);
        Assert.Equal("osce", claim.Speaker);
    }

    [Fact]
    public void A_readout_that_records_the_words_hands_the_claim_to_no_one_else_and_the_opening_quotation_is_the_quote()
    {
        var claim = Assert.Single(Shipped.Run("\"We did not start this,\" Armenian Foreign Minister Ararat Mirzoyan said by phone to his French counterpart, according to a readout released by his ministry.").Claims);
        Assert.Equal(("ararat-mirzoyan", "We did not start this"), (claim.Speaker, claim.Quote));
    }

    [Fact]
    public void He_after_a_person_the_pack_does_not_know_is_not_the_last_known_person()
    {
        var claims = Shipped.Run("Ruben Vardanyan was moved to Baku on Friday. His brother, Karen Avagyan, said the family had heard of the verdict only from the radio. \"They are punishing the whole family,\" he told OC Media.").Claims;
        var told = Assert.Single(claims, c => c.Quote == "They are punishing the whole family");
        // (The brother is found as a person of his own by discovery, or is no one known: never the last known person.)
        Assert.NotEqual("ruben-vardanyan", told.Speaker);
        Assert.Equal("oc-media", told.Via);
    }

    [Fact]
    public void A_speech_verb_in_a_relative_aside_whose_pronoun_is_its_object_reports_nothing()
    {
        Assert.Empty(Shipped.Run("The bloc, which Armenia asked for help in May, agreed on Tuesday to send observers to the border.").Claims);
    }

    [Fact]
    public void An_outlet_named_inside_what_was_said_is_not_the_channel()
    {
        var claim = Assert.Single(Shipped.Run("Ararat Mirzoyan said the ministry had learned of the shelling only from Azerbaijani media.").Claims);
        Assert.Equal(("ararat-mirzoyan", null), (claim.Speaker, claim.Via));
    }

    [Fact]
    public void An_outlet_where_earlier_reports_appeared_is_not_the_channel()
    {
        var claim = Assert.Single(Shipped.Run("The convoy had crossed the bridge at noon, Hikmet Hajiyev told reporters, confirming earlier reports in Armenian media.").Claims);
        Assert.Equal(("hikmet-hajiyev", null), (claim.Speaker, claim.Via));
    }

    [Theory]
    [InlineData("According to Armenian Prime Minister Nikol Pashinyan, the road closure breaks the ceasefire.", "nikol-pashinyan")]
    [InlineData("According to Azerbaijan's foreign minister Jeyhun Bayramov, the road closure is a fiction.", "jeyhun-bayramov")]
    [InlineData("According to Armenia, the road closure breaks the ceasefire.", "armenia")]
    public void A_state_that_only_qualifies_a_title_is_not_the_speaker_the_person_after_the_title_is(string text, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Shipped.Run(text).Claims).Speaker);
    }

    [Theory]
    [InlineData("He later said Moscow would keep its monitors on the road.")]
    [InlineData("She also told reporters Baku wanted a quick deal.")]
    public void A_pronoun_subject_before_the_verb_is_the_speaker_not_the_party_named_after_it(string second)
    {
        var x = Shipped.Run("Maria Zakharova spoke to reporters in Moscow on Monday.\n" + second);
        var claim = Assert.Single(x.Claims);
        Assert.Equal("maria-zakharova", claim.Speaker);
    }

    [Fact]
    public void He_after_a_speech_is_its_speaker_not_the_last_person_the_speech_named()
    {
        var x = Shipped.Run("Maria Zakharova said on Monday that Moscow had never dealt with Ruben Vardanyan.\nShe also stressed that the peacekeepers would stay.");
        Assert.Equal(["maria-zakharova", "maria-zakharova"], x.Claims.Select(c => c.Speaker));
    }

    [Fact]
    public void A_vow_is_reported_speech()
    {
        var x = Shipped.Run("\"We will keep the road open for convoys,\" Maria Zakharova vowed on Monday.");
        Assert.Equal("maria-zakharova", Assert.Single(x.Claims).Speaker);
    }

    [Theory]
    [InlineData("Local residents said the bridge had been closed to lorries since the spring.", "Local residents said the bridge had been closed to lorries since the spring")]
    [InlineData("Customs figures show that grain deliveries to the region halved over the winter.", "grain deliveries to the region halved over the winter")]
    [InlineData("The losses, which, sources and officials say, could run into the hundreds, are still unconfirmed.", "The losses, which, sources and officials say, could run into the hundreds, are still unconfirmed")]
    [InlineData("There are conflicting claims about the toll, which, witnesses say, may be higher than announced.", "There are conflicting claims about the toll, which, witnesses say, may be higher than announced")]
    [InlineData("Last spring, border skirmishes near Sotk claimed at least 40 lives.", "Last spring, border skirmishes near Sotk claimed at least 40 lives")] // a toll in the text's voice, not speech
    [InlineData("Maria Zakharova spoke to reporters in Moscow on Monday.\n\u201CThe monitors will stay on the road all winter,\u201D the statement noted.", "The monitors will stay on the road all winter")] // a document, not the last person
    public void An_unnamed_source_makes_a_claim_in_nobodys_name(string text, string quote)
    {
        var x = Shipped.Run(text);
        var claim = Assert.Single(x.Claims);
        Assert.Null(claim.Speaker);
        Assert.Equal(quote, claim.Quote);
    }

    [Fact]
    public void A_view_attributed_with_in_the_view_of_is_a_claim_of_that_party()
    {
        var x = Shipped.Run("From the point of view of the Kremlin, the peacekeepers fulfilled their mission in full.");
        var claim = Assert.Single(x.Claims);
        Assert.Equal("russia", claim.Speaker);
        Assert.Equal("the peacekeepers fulfilled their mission in full", claim.Quote);
    }

    [Fact]
    public void Records_showing_a_party_do_not_make_that_party_the_speaker()
    {
        var x = Shipped.Run("Official records indicate that Baku still holds dozens of detainees from the border villages.");
        var claim = Assert.Single(x.Claims);
        Assert.Null(claim.Speaker);
    }

    [Fact]
    public void The_officer_who_speaks_is_the_person_last_named()
    {
        var x = Shipped.Run("Maria Zakharova spoke to reporters in Moscow on Monday.\nThe spokeswoman reminded that the monitors had stayed on the road all winter.");
        var claim = Assert.Single(x.Claims);
        Assert.Equal("maria-zakharova", claim.Speaker);
    }

    [Theory]
    [InlineData("The road figures show a sharp fall in traffic over the winter months.")]
    [InlineData("Their homes, the villagers fear, will be lost to the new border line.")]
    [InlineData("The growing number of checkpoints shows that the road is no longer free.")]
    public void Evidence_without_a_source_or_a_that_clause_is_no_claim(string text)
    {
        Assert.Empty(Shipped.Run(text).Claims);
    }

    [Theory]
    [InlineData("\u2018The soldiers were already in the village\u2019, says Anahit Exampleyan, a teacher sitting by the road.", "The soldiers were already in the village")]
    [InlineData("\"The road is open again,\" said Karen Exampleyan, a driver from Goris.", "The road is open again")]
    public void An_unknown_speaker_after_an_inverted_verb_is_discovered_and_the_quote_sheds_its_stray_mark(string text, string quote)
    {
        var x = Shipped.Run(text);
        var claim = Assert.Single(x.Claims);
        Assert.Contains(x.Entities, e => e.Discovered && e.Kind == EntityKind.Person && e.Id == claim.Speaker);
        Assert.Equal(quote, claim.Quote.TrimEnd(','));
    }

    [Theory]
    [InlineData("Armenian officials insist that the road has been closed since Monday.", true)]
    [InlineData("The war let Azerbaijan assert control over the road near Lachin.", false)]
    [InlineData("Armenian officials declined to confirm that the road had been closed.", false)]
    public void A_plain_speech_verb_reports_speech_only_before_that_and_never_as_an_infinitive(string text, bool claim)
    {
        Assert.Equal(claim, Shipped.Run(text).Claims.Count > 0);
    }

    [Fact]
    public void A_quote_given_in_the_lead_and_again_in_full_is_one_claim()
    {
        const string text = "\u201CWe will keep the road open for every convoy that comes in peace,\u201D Dmitry Peskov said.\n" +
            "Talks went on in Moscow on Monday.\n" +
            "\u201CWe will keep the road open for every convoy that comes in peace, and we expect the same of our partners,\u201D Peskov told reporters.";
        var claim = Assert.Single(Shipped.Run(text).Claims, c => c.Speaker == "dmitry-peskov");
        Assert.Contains("expect the same of our partners", claim.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_quotes_of_one_speaker_that_start_differently_stay_two_claims()
    {
        const string text = "\u201CWe will keep the road open for every convoy,\u201D Dmitry Peskov said.\n" +
            "\u201COur monitors will stay in the region until the end of the mandate,\u201D Peskov told reporters.";
        Assert.Equal(2, Shipped.Run(text).Claims.Count(c => c.Speaker == "dmitry-peskov"));
    }

    [Fact]
    public void An_aside_in_brackets_inside_the_quote_stays_while_a_closing_citation_goes()
    {
        var claim = Assert.Single(Shipped.Run("Nikol Pashinyan said the Collective Security Treaty Organization (CSTO) had failed its members (Armenpress, May 3).").Claims);
        Assert.Equal("the Collective Security Treaty Organization (CSTO) had failed its members", claim.Quote);
    }

    [Fact]
    public void A_text_declaring_hereby_is_no_reported_claim()
    {
        Assert.Empty(Shipped.Run("We, the heads of the three delegations, have hereby stated that the border commissions will meet monthly.").Claims);
        Assert.Single(Shipped.Run("Nikol Pashinyan stated that the border commissions will meet monthly.").Claims);
    }

    [Fact]
    public void A_passive_speech_verb_names_its_speaker_only_through_by()
    {
        Assert.DoesNotContain(Shipped.Run("Some 9,000 people are reported to have crossed into Armenia overnight.").Claims, c => c.Speaker == "armenia");
        var claim = Assert.Single(Shipped.Run("The new crossing rules were announced by Azerbaijan on Monday after a long delay.").Claims);
        Assert.Equal("azerbaijan", claim.Speaker);
    }

    [Fact]
    public void Citing_evidence_after_the_speech_verb_keeps_the_speaker()
    {
        var claims = Shipped.Run("Yerevan keeps stoking tensions along the border, Elnur Mammadov noted, citing the new trenches near Sotk.").Claims;
        var claim = Assert.Single(claims);
        Assert.Equal("elnur-mammadov", claim.Speaker);
        Assert.StartsWith("Yerevan keeps stoking tensions along the border", claim.Quote, StringComparison.Ordinal);
        Assert.EndsWith("citing the new trenches near Sotk", claim.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speech_verb_inside_the_quotation_is_not_the_attribution()
    {
        var claim = Assert.Single(Shipped.Run("\u201CNo one can say the monitors did anything wrong,\u201D Dmitry Peskov added.").Claims);
        Assert.Equal("dmitry-peskov", claim.Speaker);
        Assert.StartsWith("No one can say", claim.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plural_noun_that_looks_like_a_speech_verb_is_not_one()
    {
        var claim = Assert.Single(Shipped.Run("In his view the territorial claims of Yerevan remain the main obstacle, Jeyhun Bayramov noted on Friday.").Claims);
        Assert.Equal("jeyhun-bayramov", claim.Speaker);
    }

    [Fact]
    public void A_participle_describing_a_noun_is_no_attribution()
    {
        Assert.Empty(Shipped.Run("Tension between Armenia and Azerbaijan stayed high following reported shelling near Sotk.").Claims);
    }

    [Theory]
    [InlineData("Yerevan's claims about a new blockade of the road are baseless.")]
    [InlineData("The reports of shelling near Sotk were nothing but fabrications, the statement went on.")]
    public void Calling_what_someone_said_untrue_is_a_denial(string text)
    {
        var claim = Assert.Single(Shipped.Run(text).Claims);
        Assert.Equal(ClaimStance.Denies, claim.Stance);
    }

    [Fact]
    public void Reports_that_are_not_called_untrue_are_no_denial()
    {
        Assert.DoesNotContain(Shipped.Run("The reports of shelling near Sotk were published on Monday.").Claims, c => c.Stance == ClaimStance.Denies);
    }

    [Fact]
    public void A_toll_stated_in_the_text_s_own_voice_is_a_claim()
    {
        var claim = Assert.Single(Shipped.Run("Three soldiers were killed in the shelling near Sotk on Tuesday.").Claims);
        Assert.Null(claim.Speaker);
        Assert.Equal(ClaimStance.Asserts, claim.Stance);
    }

    [Fact]
    public void A_count_of_things_is_no_toll()
    {
        Assert.Empty(Shipped.Run("Sappers have cleared a total of 1,200 mines from the fields near Aghdam.").Claims);
    }

    [Fact]
    public void A_quotation_carried_over_a_paragraph_break_is_its_speaker_s()
    {
        var text = "\u201CWe are close to a deal on the text,\u201D Maria Zakharova said on Monday. \u201CA few questions remain open.\n\n" +
                   "\u201CThe hardest of them is the return of the prisoners held since the war. The sides will meet again in Geneva.\u201D\n\n" +
                   "The talks are due to resume in June, officials in Baku said.";
        var claims = Shipped.Run(text).Claims;
        Assert.Contains(claims, c => c.Speaker == "maria-zakharova" && c.Quote.StartsWith("The hardest of them", StringComparison.Ordinal));
        Assert.Contains(claims, c => c.Speaker == "maria-zakharova" && c.Quote == "The sides will meet again in Geneva");
        // The writer's own sentence after the quotation closed, and the speaker's second sentence within her own
        // paragraph (the writer's selection), are not carried.
        Assert.DoesNotContain(claims, c => c.Speaker == "maria-zakharova" && c.Quote.Contains("due to resume", StringComparison.Ordinal));
        Assert.DoesNotContain(claims, c => c.Quote.StartsWith("A few questions", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paragraph_opening_on_a_quoted_word_does_not_carry_a_quotation()
    {
        var text = "\u201CWe are close to a deal on the text,\u201D Maria Zakharova said on Monday. \u201CA few questions remain open.\n\n" +
                   "\u201CIllegal\u201D checkpoints on the road to Lachin were set up again in June.";
        Assert.DoesNotContain(Shipped.Run(text).Claims, c => c.Speaker == "maria-zakharova" && c.Quote.Contains("checkpoints", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Washington reiterated calls for restraint after Moscow said the West was meddling in the region.", "russia")]
    [InlineData("Washington reiterated that talks must go on after Moscow said the West was meddling in the region.", "united-states")]
    public void A_speech_verb_taking_a_stance_noun_leaves_the_report_to_a_later_one(string text, string speaker)
    {
        var claim = Assert.Single(Shipped.Run(text).Claims);
        Assert.Equal(speaker, claim.Speaker);
    }

    [Fact]
    public void A_relative_clause_reporting_speech_is_its_antecedent_s_claim()
    {
        var claims = Shipped.Run("Azerbaijani media said the sides discussed reintegration at the meeting.\nThis was denied by Artak Beglaryan, who claimed that the talks were only about gas supplies and the road.").Claims;
        Assert.Contains(claims, c => c.Stance == ClaimStance.Denies && c.Speaker == "artak-beglaryan");
        var own = Assert.Single(claims, c => c.Quote.Contains("only about gas supplies", StringComparison.Ordinal));
        Assert.Equal("artak-beglaryan", own.Speaker);
        Assert.Equal(ClaimStance.Asserts, own.Stance);
        Assert.DoesNotContain("who claimed", Assert.Single(claims, c => c.Stance == ClaimStance.Denies).Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void An_appeal_keeps_its_verb_in_the_quote()
    {
        var claim = Assert.Single(Shipped.Run("On March 3, the EU envoy called on Baku to let the monitors reach the border villages.").Claims);
        Assert.StartsWith("called on Baku", claim.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void The_accusation_denied_is_the_other_side_s_report_of_a_hostile_act_just_before()
    {
        var text = "Baku and Yerevan accused each other on Tuesday of breaking the truce.\n\n" +
                   "The Azerbaijani defence ministry said Armenian units had shelled Tartar overnight, killing two civilians. Armenia denied the accusation.";
        var x = Shipped.Run(text);
        var clash = Assert.Single(x.Events, e => e.Type == EventType.ArmedClash);
        var denial = Assert.Single(x.Claims, c => c.Stance == ClaimStance.Denies);
        Assert.Equal(clash.Key, denial.EventKey);
    }

    [Fact]
    public void A_toll_told_on_its_own_is_about_the_clash_and_each_claim_gives_only_its_own_toll()
    {
        var text = "Azerbaijani troops shelled Armenian positions near Jermuk on Tuesday, the Armenian defence ministry said.\n\n" +
                   "Pashinyan told lawmakers that 49 Armenian soldiers had been killed.\n\n" +
                   "Baku said 30 of its servicemen were killed.";
        var x = Shipped.Run(text, "2023-03-15");
        var clash = Assert.Single(x.Events, e => e.Type == EventType.ArmedClash);
        Assert.Contains(new Quantity(QuantityKind.Killed, 30, false, "azerbaijan"), clash.Quantities);
        var baku = Assert.Single(x.Claims, c => c.Quote.Contains("30 of its", StringComparison.Ordinal));
        Assert.Equal(clash.Key, baku.EventKey);
        Assert.Equal(["killed:30"], baku.Values.Where(v => v.Attribute == ContradictionAttribute.Killed).Select(v => v.Value));
        var first = Assert.Single(x.Claims, c => c.Quote.Contains("shelled", StringComparison.Ordinal));
        Assert.DoesNotContain(first.Values, v => v.Attribute == ContradictionAttribute.Killed);
    }

    [Fact]
    public void Rejecting_claims_by_another_is_the_subject_s_denial()
    {
        var text = "The Azerbaijani defence ministry said Armenian units had opened fire near Lachin on Monday.\n\nThe ministry rejected claims by Yerevan that its troops had fired first.";
        var denial = Assert.Single(Shipped.Run(text).Claims, c => c.Stance == ClaimStance.Denies);
        Assert.Equal("azerbaijan-ministry-of-defense", denial.Speaker);
    }

    [Fact]
    public void The_de_facto_authorities_are_Karabakh_s_and_not_whom_they_blame()
    {
        var claim = Assert.Single(Shipped.Run("Power to Stepanakert was cut again on Monday, the de facto authorities said, blaming Baku.").Claims);
        Assert.Equal("nagorno-karabakh-republic", claim.Speaker);
    }

    [Fact]
    public void A_denial_that_says_what_it_denies_does_not_take_the_agenda_of_the_claim_before()
    {
        var text = "Pashinyan said the leaders discussed the gas supply and the humanitarian situation.\n\n" +
                   "Baku denied that the handover of the district had been agreed.";
        var claims = Shipped.Run(text).Claims;
        Assert.Contains(claims, c => c.Stance == ClaimStance.Asserts && c.Topics.Contains("gas-supply"));
        var denial = Assert.Single(claims, c => c.Stance == ClaimStance.Denies);
        Assert.DoesNotContain("gas-supply", denial.Topics);
    }

    [Fact]
    public void An_offer_turned_down_is_reported_by_who_told_it()
    {
        var claim = Assert.Single(Shipped.Run("Armenia has rejected Baku's offer of talks in Tbilisi, foreign ministry spokesperson Ani Badalyan told reporters.").Claims);
        Assert.Equal(ClaimStance.Asserts, claim.Stance);
        Assert.Equal("ani-badalyan", claim.Speaker);
    }

    [Fact]
    public void A_mutual_accusation_is_the_text_s_own_report()
    {
        var claim = Assert.Single(Shipped.Run("Baku and Yerevan accused each other of breaking the truce near Sotk on Monday.").Claims);
        Assert.Null(claim.Speaker);
        Assert.StartsWith("Baku and Yerevan", claim.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_denial_after_a_statement_leaves_the_statement_a_claim()
    {
        var claim = Assert.Single(Shipped.Run("The Azerbaijani defence ministry said Armenian units had fired mortars at its posts near Lachin, and denied shelling villages.").Claims);
        Assert.Equal("azerbaijan-ministry-of-defense", claim.Speaker);
        Assert.Equal(ClaimStance.Asserts, claim.Stance);
        Assert.DoesNotContain("denied", claim.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void He_right_before_the_verb_is_the_speaker_whatever_the_clause_names()
    {
        var text = "Hikmet Hajiyev spoke to reporters in Baku.\n\nSince the war began, 40 Azerbaijani civilians have been killed, he said.";
        var claim = Assert.Single(Shipped.Run(text).Claims);
        Assert.Equal("hikmet-hajiyev", claim.Speaker);
    }

    [Fact]
    public void The_source_said_is_the_unnamed_source_not_the_person_named_last()
    {
        var text = "Antony Blinken hosted the talks on Monday.\n\nThe border was not discussed, a diplomatic source told APA. The sides discussed the railway, the source said.";
        Assert.All(Shipped.Run(text).Claims, c => Assert.Null(c.Speaker));
    }

    [Fact]
    public void A_body_closing_an_attribution_is_not_the_body_its_statement_names()
    {
        var text = "The Azerbaijani defence ministry rejected the reports on Monday.\n\nThe information spread by the Armenian Defence Ministry is false, the ministry said.";
        var claim = Assert.Single(Shipped.Run(text).Claims, c => c.Quote.Contains("information", StringComparison.Ordinal));
        Assert.Equal("azerbaijan-ministry-of-defense", claim.Speaker);
        Assert.Equal(ClaimStance.Denies, claim.Stance);
    }

    [Fact]
    public void Blaming_another_is_a_claim_that_keeps_its_verb()
    {
        var claim = Assert.Single(Shipped.Run("Nikol Pashinyan blamed Baku for the escalation near Jermuk.").Claims);
        Assert.Equal("nikol-pashinyan", claim.Speaker);
        Assert.StartsWith("blamed Baku", claim.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subject_naming_no_known_party_does_not_hand_the_claim_to_the_party_it_names()
    {
        var claim = Assert.Single(Shipped.Run("The commission said Armenia bears full responsibility for the tension.").Claims);
        Assert.Null(claim.Speaker);
    }

    [Fact]
    public void A_short_denial_by_a_named_party_is_the_whole_sentence()
    {
        var claim = Assert.Single(Shipped.Run("The gas pipe to Stepanakert was damaged on Monday.\n\nBaku denied involvement.").Claims);
        Assert.Equal(("azerbaijan", ClaimStance.Denies, "Baku denied involvement"), (claim.Speaker, claim.Stance, claim.Quote));
    }

    [Fact]
    public void The_PM_is_the_prime_minister_named_before_and_the_colon_is_not_what_he_said()
    {
        var text = "Armenia's Prime Minister Nikol Pashinyan met residents of Kirants on Monday.\n\nThe PM added: \"We will build a new road to the village.\"";
        var claim = Assert.Single(Shipped.Run(text).Claims);
        Assert.Equal("nikol-pashinyan", claim.Speaker);
        Assert.DoesNotContain(":", claim.Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A Moscow-brokered truce announced on Monday evening broke down within a day, the Azerbaijani side said.")]
    [InlineData("The plan reported in the press last week was dropped by the government, Azerbaijani officials said.")]
    public void A_participle_describing_a_noun_is_no_speech_verb(string text)
    {
        var claim = Assert.Single(Shipped.Run(text, "2022-09-14").Claims);
        Assert.Equal("azerbaijan", claim.Speaker);
        Assert.DoesNotContain("said", claim.Quote, StringComparison.Ordinal);
    }
}
