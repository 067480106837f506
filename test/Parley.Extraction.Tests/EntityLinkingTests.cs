using Parley.Model;

namespace Parley.Extraction.Tests;

public sealed class EntityLinkingTests
{
    private static List<(string Text, string Id)> Mentions(string text, string published = "2023-03-20") =>
        [.. Shipped.Run(text, published).Mentions.Select(m => (m.Text, m.EntityId))];

    [Fact]
    public void Spellings_and_transliterations_link_to_one_entity()
    {
        var m = Mentions("Officials in Khankendi and in Stepanakert spoke. Later in Xankəndi it was quiet.");
        Assert.Equal(3, m.Count(x => x.Id == "stepanakert"));
    }

    [Theory]
    [InlineData("Ethnic Armenian officials in Karabakh said the bakeries had run out of flour.")]
    [InlineData("Separatist officials said the bakeries had run out of flour.")]
    public void Officials_of_the_Karabakh_Armenians_are_their_authorities_not_Armenia_s(string text)
    {
        var m = Mentions(text);
        Assert.Contains(m, x => x.Id == "nagorno-karabakh-republic");
        Assert.DoesNotContain(m, x => x.Id == "armenia");
    }

    [Theory]
    [InlineData("Yesterday Armenian and Azerbaijani officials met.", "armenia", "azerbaijan")]
    [InlineData("Russian, Turkish and Iranian officials met on Monday.", "russia", "iran")]
    [InlineData("The Armenian and Azerbaijani foreign ministers met on Monday.", "armenia", "azerbaijan")]
    [InlineData("The Armenian premier phoned his Azerbaijani counterpart on Monday.", "armenia", "azerbaijan")]
    public void Coordinated_demonyms_and_plural_titles_name_each_state(string text, string first, string last)
    {
        var ids = Mentions(text).Select(x => x.Id).ToList();
        Assert.Equal(first, ids[0]);
        Assert.Equal(last, ids[^1]);
    }

    [Fact]
    public void A_demonym_before_a_phrase_naming_something_else_is_not_coordinated_with_it()
    {
        // "Azerbaijani media" is no government: the demonym before it is left to other rules.
        var m = Mentions("Armenian and Azerbaijani media carried the story.");
        Assert.DoesNotContain(m, x => x.Text == "Armenian" && x.Id == "armenia");
    }

    [Fact]
    public void A_capital_stands_for_its_government_unless_it_is_a_location()
    {
        var m = Mentions("Baku rejected the plan, but the envoy stayed in Baku for two days.");
        Assert.Equal(("Baku", "azerbaijan"), m[0]);
        Assert.Contains(("Baku", "baku"), m);
    }

    [Theory]
    [InlineData("The bank opened branches in Yerevan and Tbilisi last spring.", "Tbilisi", "tbilisi")]
    [InlineData("Reporters waited at Ankara, Tehran and Moscow for the verdict.", "Moscow", "moscow")]
    [InlineData("Reporters waited at Ankara, Tehran and Moscow for the verdict.", "Tehran", "tehran")]
    public void A_capital_listed_after_a_place_is_a_place_too(string text, string name, string id)
    {
        var m = Mentions(text);
        Assert.Contains((name, id), m);
        Assert.DoesNotContain(m, x => x.Text == name && x.Id != id);
    }

    [Theory]
    [InlineData("The plan was proposed to Baku and Yerevan in the autumn.", "Yerevan", "armenia")]
    [InlineData("The mediators shuttled between Baku and Yerevan all week.", "Yerevan", "armenia")]
    [InlineData("In Tbilisi, Yerevan was blamed for the delay.", "Yerevan", "armenia")]
    [InlineData("Tbilisi said it would host the next round.", "Tbilisi", "georgia")]
    [InlineData("The Baku leadership closed the road.", "Baku", "azerbaijan")]
    public void A_capital_as_recipient_party_or_subject_stays_its_government(string text, string name, string id) =>
        Assert.Contains(Mentions(text), x => x.Text.StartsWith(name, StringComparison.Ordinal) && x.Id == id);

    [Fact]
    public void A_capital_naming_a_format_or_round_of_talks_is_no_government()
    {
        var m = Mentions("Observers compared the Moscow format with the Minsk process, which had been idle for years.");
        Assert.Contains(("Moscow", "moscow"), m);
        Assert.Contains(("Minsk process", "osce-minsk-group"), m);
        Assert.DoesNotContain(m, x => x.Id is "russia" or "belarus");
    }

    [Theory]
    [InlineData("Farmers closed the Yerevan-Tbilisi highway for an hour.")]
    [InlineData("Farmers closed the Yerevan–Tbilisi road for an hour.")]
    public void Capitals_joined_as_the_ends_of_a_road_are_places(string text)
    {
        var m = Mentions(text, "2024-06-03");
        Assert.Contains(("Tbilisi", "tbilisi"), m);
        Assert.Contains(("Yerevan", "yerevan"), m);
        Assert.DoesNotContain(m, x => x.Id is "georgia" or "armenia");
    }

    [Fact]
    public void The_church_s_see_is_not_the_Vatican()
    {
        var m = Mentions("Pilgrims gathered outside the Holy See of Etchmiadzin on Sunday.");
        Assert.Contains(m, x => x.Id == "armenian-apostolic-church");
        Assert.DoesNotContain(m, x => x.Id == "vatican");
    }

    [Theory]
    [InlineData("Talks resume\n\nTBILISI, June 3 (Wirepress) - The delegations met again after a pause.")]
    [InlineData("Talks resume\n\nTBILISI/ANKARA, June 3 (Wirepress) - The delegations met again after a pause.")]
    [InlineData("Talks resume\n\nTbilisi, 3 June 2024\n\nThe delegations met again after a pause.")]
    public void The_capital_a_dateline_opens_with_is_the_place_it_was_filed_from(string text)
    {
        var m = Mentions(text, "2024-06-03");
        Assert.Equal("tbilisi", m[0].Id);
        Assert.DoesNotContain(m, x => x.Id is "georgia" or "turkiye");
    }

    [Fact]
    public void People_in_two_capitals_are_not_their_governments_speaking()
    {
        var claims = Shipped.Run("Staff in Ankara and Tbilisi said the offices would close in winter.").Claims;
        Assert.DoesNotContain(claims, c => c.Speaker is "turkiye" or "georgia");
    }

    [Fact]
    public void A_capital_owning_something_is_its_government_even_after_a_locative()
    {
        var m = Mentions("The talks stalled because of Baku's demands, while the streets of Baku were quiet.");
        Assert.Equal(("Baku", "azerbaijan"), m[0]);
        Assert.Contains(("Baku", "baku"), m);
    }

    [Fact]
    public void Demonyms_before_government_nouns_name_the_state()
    {
        var m = Mentions("The Azerbaijani authorities and the Armenian side exchanged notes.");
        Assert.Contains(m, x => x.Id == "azerbaijan" && x.Text == "Azerbaijani authorities");
        Assert.Contains(m, x => x.Id == "armenia" && x.Text == "Armenian side");
    }

    [Fact]
    public void A_body_the_pack_names_wins_over_the_demonym_reading()
    {
        var m = Mentions("The Azerbaijani Foreign Ministry issued a note, and the Russian foreign ministry replied.");
        Assert.Contains(("Azerbaijani Foreign Ministry", "azerbaijan-ministry-of-foreign-affairs"), m);
        Assert.DoesNotContain(m, x => x.Text == "Azerbaijani Foreign Ministry" && x.Id == "azerbaijan");
    }

    [Fact]
    public void The_body_noun_refers_to_the_body_named_last()
    {
        var m = Mentions("The Azerbaijani Foreign Ministry answered on Monday. Later the ministry said the note was late, and the Ministry of Defence agreed.");
        Assert.Contains(("ministry", "azerbaijan-ministry-of-foreign-affairs"), m);
        Assert.DoesNotContain(m, x => x.Text == "Ministry" && x.Id == "azerbaijan-ministry-of-foreign-affairs");
    }

    [Fact]
    public void A_body_noun_after_a_state_adjective_refers_to_that_state_s_body_named_before()
    {
        var m = Mentions("The Armenian Foreign Ministry said the talks went well, and the Azerbaijani Foreign Ministry disagreed. The sides discussed the border, the Armenian ministry said.");
        Assert.Contains(("ministry", "armenia-ministry-of-foreign-affairs"), m);
        Assert.DoesNotContain(("ministry", "azerbaijan-ministry-of-foreign-affairs"), m);
    }

    [Fact]
    public void A_body_noun_after_a_state_adjective_with_no_body_of_that_state_stays_unlinked()
    {
        var m = Mentions("The Azerbaijani Foreign Ministry said the talks went well. The Armenian ministry did not comment.");
        Assert.DoesNotContain(m, x => x.Text == "ministry");
    }

    [Fact]
    public void A_body_noun_with_no_body_before_it_stays_unlinked()
    {
        var m = Mentions("The ministry said on Monday that the Azerbaijani Foreign Ministry had not replied.");
        Assert.DoesNotContain(m, x => x.Text == "ministry");
    }

    [Fact]
    public void A_surname_after_the_full_name_links_to_that_person()
    {
        var m = Mentions("Foreign Minister Ararat Mirzoyan arrived on Monday. Mirzoyan then met reporters.");
        Assert.Equal(2, m.Count(x => x.Id == "ararat-mirzoyan"));
    }

    [Fact]
    public void A_different_first_name_is_a_different_person()
    {
        var m = Mentions("Ruben Vardanyan left office. Local teacher Laura Vardanyan said the school was closed.");
        Assert.Single(m, x => x.Id == "ruben-vardanyan");
    }

    [Fact]
    public void Unknown_names_with_cues_are_discovered()
    {
        var x = Shipped.Run("The talks were hosted in the village of Zorbavan. Spokesman Tigran Exampleyan said the talks went well.");
        Assert.Contains(x.Entities, e => e.Discovered && e.Kind == EntityKind.Place && e.Name == "Zorbavan");
        Assert.Contains(x.Entities, e => e.Discovered && e.Kind == EntityKind.Person && e.Name == "Tigran Exampleyan");
    }

    [Theory]
    [InlineData("The ministers met for two days in the Kazakh city.")]
    [InlineData("The talks moved to the Georgian town on the border.")]
    public void A_state_adjective_before_a_place_noun_is_no_place_of_its_own(string text)
    {
        var x = Shipped.Run(text);
        Assert.DoesNotContain(x.Entities, e => e.Discovered);
    }

    [Theory]
    [InlineData("Vice President KD Marlow toured the depot on Monday.", "KD Marlow")]
    [InlineData("Maltese Foreign Minister Ian Borgello spoke to the press in Goris.", "Ian Borgello")]
    [InlineData("Her brother, Arvo Kaskyan, said the family was relieved.", "Arvo Kaskyan")]
    [InlineData("The freed soldiers, Oskar Lindyan and Peeter Seppyan, reached home by bus.", "Oskar Lindyan")]
    [InlineData("The freed soldiers, Oskar Lindyan and Peeter Seppyan, reached home by bus.", "Peeter Seppyan")]
    public void Names_behind_a_title_or_in_apposition_to_people_are_discovered_as_persons(string text, string name)
    {
        var x = Shipped.Run(text);
        Assert.Contains(x.Entities, e => e.Discovered && e.Kind == EntityKind.Person && e.Name == name);
    }

    [Theory]
    [InlineData("The freed soldiers, Red Cross officials said, reached home by bus.")]
    [InlineData("The officials, Border Guard Service staff, reached home by bus.")]
    public void A_phrase_after_people_that_is_not_a_closed_apposition_is_no_person(string text)
    {
        var x = Shipped.Run(text);
        Assert.DoesNotContain(x.Entities, e => e.Discovered && e.Kind == EntityKind.Person);
    }

    [Fact]
    public void A_hyphenated_capitalised_word_stays_whole_in_a_discovered_name()
    {
        var x = Shipped.Run("The Cross-Border Liaison Office met in Goris on Monday.");
        Assert.Contains(x.Entities, e => e.Discovered && e.Kind == EntityKind.Organization && e.Name == "Cross-Border Liaison Office");
        Assert.DoesNotContain(x.Entities, e => e.Name == "Border Liaison Office");
    }

    [Fact]
    public void A_discovered_persons_surname_alone_refers_back_to_them()
    {
        var x = Shipped.Run("Spokesman Tigran Exampleyan met reporters in Goris on Monday. Exampleyan stressed that the road must stay open.");
        var person = Assert.Single(x.Entities, e => e.Discovered && e.Name == "Tigran Exampleyan");
        Assert.Equal(2, x.Mentions.Count(m => m.EntityId == person.Id));
        Assert.Contains(x.Claims, c => c.Speaker == person.Id && c.Quote.StartsWith("the road must stay open", StringComparison.Ordinal));
    }

    [Fact]
    public void Roles_are_read_from_appositions_and_titles()
    {
        var x = Shipped.Run("Samvel Shahramanyan, secretary of the security council, met reporters. MP Ramin Mammadov was there.");
        Assert.Contains(x.Roles, r => r.EntityId == "samvel-shahramanyan" && r.Role.Title.StartsWith("secretary", StringComparison.Ordinal));
        Assert.Contains(x.Roles, r => r.EntityId == "ramin-mammadov" && r.Role.Title == "MP");
    }

    [Fact]
    public void Quotes_are_exact_substrings()
    {
        const string text = "On Tuesday, Nikol Pashinyan’s office said the Lachin corridor stayed closed.";
        var x = Shipped.Run(text);
        Assert.All(x.Mentions, m => Assert.Equal(m.Text, text.Substring(m.Span.Start, m.Span.Length)));
        Assert.Contains(x.Mentions, m => m.EntityId == "lachin-corridor");
    }

    [Theory]
    [InlineData("Aliyev and Pashinyan spoke by phone on Monday.", "ilham-aliyev")]
    [InlineData("Prosecutor General Aliyev said the case had been opened.", "kamran-aliyev")]
    public void A_surname_several_office_holders_share_is_whom_the_title_names_or_the_head_of_state(string text, string id)
    {
        Assert.Contains(Mentions(text), m => m.Text == "Aliyev" && m.Id == id);
    }

    [Theory]
    [InlineData("The Ministry of Defence of Armenia reported shelling near Jermuk. Later the Defence Ministry said the fire had stopped.", "armenia-ministry-of-defense")]
    [InlineData("The Ministry of Defense of Azerbaijan spoke first. The Defence Ministry then added that two soldiers were hurt.", "azerbaijan-ministry-of-defense")]
    public void A_body_s_short_name_is_the_body_named_before_it(string text, string id)
    {
        var x = Shipped.Run(text);
        Assert.Equal(2, x.Mentions.Count(m => m.EntityId == id));
        Assert.DoesNotContain(x.Entities, e => e.Discovered && e.Kind == EntityKind.Organization);
    }

    [Fact]
    public void A_short_name_with_no_body_before_it_stays_a_body_of_its_own()
    {
        var x = Shipped.Run("The Defence Ministry said the fire had stopped near Jermuk.");
        Assert.Contains(x.Entities, e => e.Discovered && e.Kind == EntityKind.Organization && e.Name == "Defence Ministry");
    }
}
