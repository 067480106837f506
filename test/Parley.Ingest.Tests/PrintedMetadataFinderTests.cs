using Parley.Ingest.Metadata;
using Parley.Model;
using Parley.Time;

namespace Parley.Ingest.Tests;

public class PrintedMetadataFinderTests
{
    private static readonly PrintedMetadataFinder Finder = new();

    private static PrintedMetadata Find(params string[] lines) => Finder.Find(string.Join('\n', lines));

    private const string Body1 = "The two delegations met for six hours on Monday and agreed to meet again after the holidays, officials said.";
    private const string Body2 = "Neither side published the draft, but both described the atmosphere as businesslike and calm.";

    // Titles

    [Fact]
    public void The_first_short_line_without_a_full_stop_is_the_title()
    {
        var found = Find("Lake Talks Resume After Long Pause", "", "March 22 2023", "", Body1, "", Body2);

        Assert.Equal("Lake Talks Resume After Long Pause", found.Title);
        Assert.Equal("2023-03-22", found.Published?.ToString());
    }

    [Fact]
    public void A_first_line_that_is_a_sentence_is_no_title()
    {
        var found = Find(Body1, Body2);

        Assert.Null(found.Title);
        Assert.Null(found.Published);
    }

    [Fact]
    public void A_heading_printed_twice_is_a_title_even_with_a_full_stop()
    {
        var found = Find("Ceremony held at the old airfield.", "", Body1, "", "* * *", "", "Ceremony held at the old airfield.", "", Body2);

        Assert.Equal("Ceremony held at the old airfield.", found.Title);
    }

    [Fact]
    public void A_markdown_heading_is_a_title()
    {
        Assert.Equal("Bridge reopens to traffic.", Find("# Bridge reopens to traffic.", "", Body1).Title);
    }

    [Fact]
    public void Masthead_section_and_slug_lines_are_skipped()
    {
        var found = Find(
            "NRI - Northern Research Institute",
            "",
            "Analysis",
            "",
            "ferry links return to the northern lakes",
            "",
            "Ferry Links Return to the Northern Lakes",
            "",
            "Author: Jonas Berg",
            "",
            "10/13/2023",
            "",
            "Image source: Archive",
            "",
            Body1);

        Assert.Equal("Ferry Links Return to the Northern Lakes", found.Title);
        Assert.Equal("NRI - Northern Research Institute", found.Outlet);
        Assert.Equal(["Jonas Berg"], found.Authors);
        Assert.Equal("2023-10-13", found.Published?.ToString());
    }

    [Fact]
    public void A_breadcrumb_is_not_the_title()
    {
        var found = Find("Home | World | Europe", "Talks Stall Over Border Map", "Posted on March 3, 2023 by Jonas Berg", Body1);

        Assert.Equal("Talks Stall Over Border Map", found.Title);
        Assert.Equal(["Jonas Berg"], found.Authors);
        Assert.Equal("2023-03-03", found.Published?.ToString());
    }

    [Fact]
    public void A_headline_run_together_with_its_standfirst_is_cut()
    {
        var found = Find("New talks in the valley lifted hopes of a deal More work remains for the negotiators this spring", Body1);

        Assert.Equal("New talks in the valley lifted hopes of a deal", found.Title);
    }

    [Theory]
    [InlineData("Armenian minister says accord is close as envoys travel to The Hague")]
    [InlineData("Delegates Meet As Winter Sets In Over The Mountain Passes")]
    public void Proper_names_and_title_case_are_not_cut(string title) =>
        Assert.Equal(title, Find(title, Body1).Title);

    [Fact]
    public void An_overlong_first_line_is_no_title()
    {
        var line = string.Join(' ', Enumerable.Repeat("word", 40));

        Assert.Null(Find(line, Body1).Title);
    }

    // Outlets

    [Theory]
    [InlineData("BAKU, May 3. /Lakeside Wire/. Officials met at noon to discuss the schedule.", "Lakeside Wire")]
    [InlineData("GENEVA, June 4 (Wirepress) - Officials met at noon to discuss the schedule.", "Wirepress")]
    [InlineData("WASHINGTON (Capitol Wire) — Officials met at noon to discuss the schedule.", "Capitol Wire")]
    [InlineData("ROME/PARIS, June 4 (Wirepress) - Officials met at noon to discuss the schedule.", "Wirepress")]
    [InlineData("OSLO / BERN, June 4 (Wirepress) - Officials met at noon to discuss the schedule.", "Wirepress")]
    [InlineData("VALLETTA, June 4 (Wirepress). Officials met at noon to discuss the schedule.", "Wirepress")]
    [InlineData("VALLETTA (Wirepress). Officials met at noon to discuss the schedule.", "Wirepress")]
    public void An_agency_in_the_dateline_is_the_outlet(string lead, string outlet)
    {
        Assert.Equal(outlet, Find("Officials meet at noon", lead, Body2).Outlet);
    }

    [Fact]
    public void A_bracketed_gloss_after_a_capitalised_word_is_no_agency()
    {
        Assert.Null(Find("Officials meet at noon", "Lakeside (Old Town). Officials met at noon to discuss the schedule.", Body2).Outlet);
    }

    [Fact]
    public void A_date_line_with_a_bracketed_time_then_place_and_agency_gives_date_and_known_agency()
    {
        var finder = new PrintedMetadataFinder(s => s == "Wirepress" ? "Wirepress" : null);

        var found = finder.Find(string.Join('\n', "Ferry service returns to the islands", "", "2 May 2023 [10:15] - Valletta, Wirepress", "", Body1, "", Body2));

        Assert.Equal("Ferry service returns to the islands", found.Title);
        Assert.Equal("2023-05-02", found.Published?.ToString());
        Assert.Equal("Wirepress", found.Outlet);
    }

    [Fact]
    public void An_unknown_name_after_the_place_is_not_taken_as_the_outlet()
    {
        var found = Find("Ferry service returns to the islands", "2 May 2023 - Valletta, Malta", Body1, Body2);

        Assert.Equal("2023-05-02", found.Published?.ToString());
        Assert.Null(found.Outlet);
    }

    [Theory]
    [InlineData("2 May 2023 [10:15] - Valletta, Wirepress")]
    [InlineData("2 May 2023 (10:15) - Valletta")]
    [InlineData("2 May 2023 | 10:15")]
    [InlineData("2 May 2023 - 10:15")]
    [InlineData("10:15, 2 May 2023 - Valletta")]
    [InlineData("May 2, 2023 | 10:15 | Valletta")]
    [InlineData("Valletta, 2 May 2023 10:15")]
    [InlineData("Valletta, 2 May 2023 [10:15]")]
    [InlineData("VALLETTA, May 2, 2023 | 10:15")]
    public void Common_agency_date_lines_give_the_date_and_are_never_the_title(string dateLine)
    {
        var found = Find(dateLine, "", Body1, "", Body2);

        Assert.Equal("2023-05-02", found.Published?.ToString());
        Assert.Null(found.Title);
    }

    [Theory]
    [InlineData("June 4, 2023 - Officials from both capitals met at noon to discuss the schedule.")]
    [InlineData("4 June 2023 – Officials from both capitals met at noon to discuss the schedule.")]
    [InlineData("June 4, 2023 (Wirepress) - Officials from both capitals met at noon to discuss the schedule.")]
    public void A_lead_that_opens_with_a_date_and_a_dash_dates_the_article(string lead)
    {
        var found = Find("Envoys meet at the lake", "", "By a staff reporter", "", lead, "", Body2, "", "Talks will resume on June 20, 2023.");

        Assert.Equal("2023-06-04", found.Published?.ToString());
    }

    [Fact]
    public void A_lead_that_opens_with_a_date_and_a_colon_is_no_dateline()
    {
        var found = Find("Envoys meet at the lake", "", "June 4, 2023: officials from both capitals met at noon.", "", Body2);

        Assert.NotEqual("2023-06-04", found.Published?.ToString());
    }

    [Fact]
    public void A_headline_ending_in_a_dash_and_a_name_stays_the_title()
    {
        var found = Find("Ferry service returns to the islands - Harbour Office", "", "2 May 2023", "", Body1);

        Assert.Equal("Ferry service returns to the islands - Harbour Office", found.Title);
        Assert.Equal("2023-05-02", found.Published?.ToString());
    }

    [Fact]
    public void A_byline_block_names_the_outlet()
    {
        var found = Find("Villagers prepare for winter", "", "15 November 2020", "", "Harbor Wire :", Body1, Body2);

        Assert.Equal("Harbor Wire", found.Outlet);
        Assert.Empty(found.Authors);
    }

    [Fact]
    public void A_short_line_with_an_outlet_word_names_the_outlet()
    {
        var found = Find("Leaders agree on a joint statement", Body1, "- World", "- Lakeside News Agency", "- Published Date: 10:31 | 31 October 2022", Body2);

        Assert.Equal("Lakeside News Agency", found.Outlet);
        Assert.Equal("2022-10-31", found.Published?.ToString());
    }

    [Theory]
    [InlineData("Source: Valley Times", "Valley Times")]
    [InlineData("Source: https://www.example-news.org/a/1", "example-news.org")]
    [InlineData("© 2024 Ridge Media Group. All rights reserved.", "Ridge Media Group")]
    [InlineData("Copyright Hill Post 2021", "Hill Post")]
    public void Source_and_copyright_lines_at_the_end_name_the_outlet(string trailer, string outlet)
    {
        Assert.Equal(outlet, Find("Talks resume", Body1, Body2, trailer).Outlet);
    }

    [Fact]
    public void The_leads_own_attribution_names_the_outlet()
    {
        var found = Find("21 December 2022 10:36 (UTC+04:00)", "", "A convoy crossed the checkpoint at dawn, Coastline Today reports.", "", Body2);

        Assert.Equal("Coastline Today", found.Outlet);
        Assert.Equal("2022-12-21", found.Published?.ToString());
        Assert.Null(found.Title);
    }

    [Fact]
    public void An_exclusive_interview_names_the_outlet()
    {
        var found = Find(Body1, "The deputy minister told Harbor Voice in an exclusive interview that talks would resume.", Body2);

        Assert.Equal("Harbor Voice", found.Outlet);
    }

    [Fact]
    public void Told_x_names_the_outlet_only_when_the_recogniser_knows_x()
    {
        string[] lines = [Body1, "A senior official told Ridgeline that contacts continued.", Body2];
        var recognising = new PrintedMetadataFinder(s => s == "Ridgeline" ? "Ridgeline" : null);

        Assert.Null(Finder.Find(string.Join('\n', lines)).Outlet);
        Assert.Equal("Ridgeline", recognising.Find(string.Join('\n', lines)).Outlet);
    }

    [Fact]
    public void An_outlet_cited_in_the_body_is_not_the_outlet()
    {
        var found = Find("Talks resume", Body1, "According to Harbor Voice, the talks resumed (Ridge Times, March 3).", Body2);

        Assert.Null(found.Outlet);
    }

    [Fact]
    public void The_recogniser_confirms_a_short_header_line()
    {
        var finder = new PrintedMetadataFinder(s => s.Contains("Ridgeline", StringComparison.Ordinal) ? "Ridgeline" : null);

        Assert.Equal("Ridgeline", finder.Find(string.Join('\n', "Talks resume", "Ridgeline | Politics", Body1)).Outlet);
    }

    [Fact]
    public void Repeated_see_also_references_to_one_known_outlet_name_the_publisher()
    {
        string[] lines = [Body1, "The road stayed shut (see RW, May 2; June 9).", "Talks stalled again (see RW, July 1).", Body2];
        var finder = new PrintedMetadataFinder(s => s == "RW" ? "Ridgeline Weekly" : null);

        Assert.Equal("Ridgeline Weekly", finder.Find(string.Join('\n', lines)).Outlet);
    }

    [Fact]
    public void A_single_see_also_reference_is_not_enough()
    {
        string[] lines = [Body1, "The road stayed shut (see RW, May 2).", Body2];
        var finder = new PrintedMetadataFinder(s => s == "RW" ? "Ridgeline Weekly" : null);

        Assert.Null(finder.Find(string.Join('\n', lines)).Outlet);
    }

    // Authors

    [Theory]
    [InlineData("By Ana Petrosyan and Rashad Aliyev", new[] { "Ana Petrosyan", "Rashad Aliyev" })]
    [InlineData("Written by Lena Marsh, Tom Veld & Ivo Lind", new[] { "Lena Marsh", "Tom Veld", "Ivo Lind" })]
    [InlineData("By Mira Holt | March 3, 2024", new[] { "Mira Holt" })]
    [InlineData("By Mira Holt for Harbor Voice", new[] { "Mira Holt" })]
    [InlineData("Authors: Jean-Luc de la Rue, K. Ivanova", new[] { "Jean-Luc de la Rue", "K. Ivanova" })]
    [InlineData("By the end of the day, no deal was reached.", new string[0])]
    public void Bylines_give_the_authors(string byline, string[] authors)
    {
        Assert.Equal(authors, Find("Talks resume", byline, Body1, Body2).Authors);
    }

    [Fact]
    public void A_name_under_the_date_is_the_author()
    {
        Assert.Equal(["Vera Lund"], Find("Talks resume", "", "6 October 2023", "", "Vera Lund", "", Body1).Authors);
    }

    [Fact]
    public void Author_notes_at_the_end_give_the_authors()
    {
        var found = Find(Body1, Body2, "Ana Petrosyan is a journalist based in the capital.", "Rashad Aliyev is a freelance reporter from the coast.");

        Assert.Equal(["Ana Petrosyan", "Rashad Aliyev"], found.Authors);
    }

    // Dates

    [Fact]
    public void A_published_label_wins_over_an_updated_one()
    {
        var found = Find("Talks resume", "Updated: 5 March 2024", "Published: 3 March 2024", Body1);

        Assert.Equal("2024-03-03", found.Published?.ToString());
    }

    [Fact]
    public void An_updated_date_is_used_when_nothing_else_is_printed()
    {
        Assert.Equal("2024-03-05", Find("Talks resume", "Updated Mar 5, 2024 at 10:00", Body1).Published?.ToString());
    }

    [Fact]
    public void A_dateline_with_a_region_gives_date_and_agency()
    {
        var found = Find("Ceasefire holds", "BAKU, Azerbaijan, March 3, 2023 (Wirepress) — The ceasefire held overnight.", Body2);

        Assert.Equal("2023-03-03", found.Published?.ToString());
        Assert.Equal("Wirepress", found.Outlet);
    }

    [Fact]
    public void A_dateline_opening_the_lead_gives_the_date()
    {
        var found = Find("Team ends assessment visit", "", "(Lakeside, 9 October 2023) – A team concluded its visit on Thursday.", "", Body2);

        Assert.Equal("2023-10-09", found.Published?.ToString());
    }

    [Theory]
    [InlineData("Baku, 22 March 2023")]
    [InlineData("Published on 22.03.2023")]
    [InlineData("2023-03-22")]
    public void A_trailing_date_line_gives_the_date(string trailer)
    {
        Assert.Equal("2023-03-22", Find("Talks resume", Body1, Body2, trailer).Published?.ToString());
    }

    [Fact]
    public void Dates_in_the_body_are_events_not_publication()
    {
        var found = Find(
            "Talks resume",
            "Officials pictured in the capital, July 25, 2023.",
            "On April 17, 2024, the prime minister met residents of the border villages.",
            "The commission met again on 19 April 2024.",
            Body2);

        Assert.Null(found.Published);
    }

    [Fact]
    public void Fill_keeps_what_the_reader_set_and_fills_the_rest()
    {
        var document = new Document
        {
            Id = "x",
            Text = string.Join('\n', "Talks resume", "By Mira Holt", "March 3, 2024", Body1),
            Title = "Reader title",
            Published = DateRange.Day(2024, 1, 1),
            PublishedInferred = true,
        };

        var filled = Finder.Fill(document);

        Assert.Equal("Reader title", filled.Title);
        Assert.Equal("2024-01-01", filled.Published?.ToString());
        Assert.True(filled.PublishedInferred);
        Assert.Equal(["Mira Holt"], filled.Authors);
        Assert.Same(document.Text, filled.Text);
    }
}
