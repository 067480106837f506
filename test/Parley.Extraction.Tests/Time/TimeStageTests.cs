using NodaTime;
using Parley.Extraction.Time;
using Parley.Model;
using Parley.Pipeline;
using Parley.Time;

namespace Parley.Extraction.Tests.Time;

public sealed class TimeStageTests
{
    private static DocumentAnalysis Run(string text, DateRange? published = null)
    {
        var analysis = new DocumentAnalysis(new Document { Id = "t", Text = text, Published = published });
        new TimeStage().Run(analysis);
        return analysis;
    }

    private static string? Inferred(string text) =>
        Run(text).Document.Published is { } p ? $"{DateRange.Iso(p.Earliest)}..{DateRange.Iso(p.Latest)}" : null;

    [Fact]
    public void The_stage_is_named_time() => Assert.Equal("time", new TimeStage().Name);

    [Fact]
    public void A_named_period_that_began_after_the_text_was_written_is_not_that_period()
    {
        var periods = new Dictionary<string, DateRange> { ["exodus"] = new DateRange(new LocalDate(2023, 9, 24), new LocalDate(2023, 10, 3), DatePrecision.Days) };
        var analysis = new DocumentAnalysis(new Document { Id = "t", Text = "Villagers began an exodus this week.", Published = DateRange.Day(2020, 11, 15) });
        new TimeStage(periods).Run(analysis);
        Assert.Equal(["this week"], analysis.TimeExpressions.Select(e => e.Text));

        var later = new DocumentAnalysis(new Document { Id = "t", Text = "Villagers recalled the exodus.", Published = DateRange.Day(2024, 11, 15) });
        new TimeStage(periods).Run(later);
        Assert.Equal(["exodus"], later.TimeExpressions.Select(e => e.Text));
    }

    [Fact]
    public void A_named_period_leaves_the_day_that_later_expressions_count_from()
    {
        var periods = new Dictionary<string, DateRange> { ["the siege"] = new DateRange(new LocalDate(2022, 1, 10), new LocalDate(2022, 8, 30), DatePrecision.Days) };
        var analysis = new DocumentAnalysis(new Document
        {
            Id = "t",
            Text = "The envoys landed on 4 May 2022. They spoke of the siege. Later in the day, they met the mayor.",
            Published = DateRange.Day(2022, 5, 6),
        });
        new TimeStage(periods).Run(analysis);
        Assert.Equal(DateRange.Day(2022, 5, 4), analysis.TimeExpressions.Single(e => e.Text == "Later in the day").Range);
    }

    [Fact]
    public void A_weekday_in_a_text_dated_by_a_range_is_the_day_it_already_named()
    {
        const string text = "Envoys met in Vienna on July 25, 2023. They took questions late on Tuesday.";
        var ranged = Run(text, new DateRange(new LocalDate(2023, 7, 25), new LocalDate(2023, 8, 1), DatePrecision.Days));
        Assert.Equal(DateRange.Day(2023, 7, 25), ranged.TimeExpressions.Single(e => e.Text == "Tuesday").Range);

        // A printed date leaves one Tuesday in the week before it: the named day plays no part.
        var printed = Run(text, DateRange.Day(2023, 8, 1));
        Assert.Equal(DateRange.Day(2023, 8, 1), printed.TimeExpressions.Single(e => e.Text == "Tuesday").Range);
    }

    [Fact]
    public void A_printed_date_anchors_the_document_and_is_kept()
    {
        var analysis = Run("The envoy arrived yesterday. Talks held on March 1 went well.", DateRange.Day(2023, 3, 22));
        Assert.Equal(DateRange.Day(2023, 3, 22), analysis.Document.Published);
        Assert.False(analysis.Document.PublishedInferred);
        Assert.Equal(["yesterday", "March 1"], analysis.TimeExpressions.Select(e => e.Text));
        Assert.Equal(new LocalDate(2023, 3, 21), analysis.TimeExpressions[0].Range.Earliest);
        Assert.Equal(new LocalDate(2023, 3, 1), analysis.TimeExpressions[1].Range.Earliest);
    }

    [Fact]
    public void A_published_range_anchors_on_its_last_day()
    {
        var published = new DateRange(new LocalDate(2023, 3, 1), new LocalDate(2023, 3, 8), DatePrecision.Days);
        var analysis = Run("The envoy arrived yesterday.", published);
        Assert.Equal(new LocalDate(2023, 3, 7), Assert.Single(analysis.TimeExpressions).Range.Earliest);
        Assert.Equal(new LocalDate(2023, 3, 8), TimeStage.AnchorOf(published));
    }

    [Fact]
    public void An_undated_document_gets_the_week_after_its_latest_day()
    {
        var analysis = Run("The two sides met on 4 March 2022 in Geneva. They met again on 6 June 2022 in Brussels, officials said.");
        Assert.Equal(new DateRange(new LocalDate(2022, 6, 6), new LocalDate(2022, 6, 13), DatePrecision.Days), analysis.Document.Published);
        Assert.True(analysis.Document.PublishedInferred);
    }

    [Fact]
    public void Days_without_a_year_are_placed_after_the_dated_mentions_then_relative_ones_resolve()
    {
        const string text = "The envoy first proposed the format in November 2021, and contacts followed in the spring of 2022. " +
                            "On February 20, the sides met at the airfield. On March 2, they met again. A meeting in Prague last October had paved the way.";
        var analysis = Run(text);
        Assert.Equal("2023-03-02", DateRange.Iso(analysis.Document.Published!.Value.Earliest));
        Assert.Equal("2023-03-09", DateRange.Iso(analysis.Document.Published!.Value.Latest));
        var lastOctober = analysis.TimeExpressions.Single(e => e.Text == "last October");
        Assert.Equal(DateRange.Month(2022, 10), lastOctober.Range);
        Assert.Equal(new LocalDate(2023, 2, 20), analysis.TimeExpressions.Single(e => e.Text == "February 20").Range.Earliest);
    }

    [Fact]
    public void A_weekday_after_the_latest_day_stretches_the_range()
    {
        // 10 November 2020 was a Tuesday; "on Saturday" is then 14 November at the earliest, so the writing may be as late as the 20th.
        Assert.Equal("2020-11-10..2020-11-20",
            Inferred("The leaders signed the statement on 10 November 2020. The working group held its first meeting on Saturday."));
    }

    [Fact]
    public void A_weekday_given_with_the_latest_day_keeps_the_range_to_that_week()
    {
        Assert.Equal("2023-02-23..2023-03-01",
            Inferred("He was appointed on 4 November 2022. He was dismissed on Thursday (23 February), the office said."));
    }

    [Fact]
    public void A_future_date_caps_the_range()
    {
        Assert.Equal("2020-11-10..2020-11-13",
            Inferred("The truce was signed on 10 November 2020. The monitoring centre will open by 14 November, officials said."));
    }

    [Fact]
    public void Months_alone_give_the_month_to_the_end_of_the_next()
    {
        Assert.Equal("2025-02-01..2025-03-31",
            Inferred("In December 2024, the president said most articles were agreed. In February, the prime minister backed a new constitution."));
    }

    [Fact]
    public void A_year_named_in_the_clause_dates_the_month()
    {
        Assert.Equal("2022-09-01..2022-10-31",
            Inferred("Hopes faded in 2022, when the deadliest clashes broke out in September, observers noted."));
    }

    [Fact]
    public void A_future_deadline_places_year_less_months_when_only_bare_years_are_written()
    {
        const string text = "The sides fought a war in 2020. In late August, two trucks were stuck at the checkpoint. " +
                            "The premier claimed a treaty could be signed by the end of 2026.";
        Assert.Equal("2026-08-21..2026-09-30", Inferred(text));
    }

    [Fact]
    public void Dates_named_as_future_are_not_evidence_of_the_writing()
    {
        const string text = "In August 2023 the government announced plans to hold a referendum in 2027 and to draft the text by the end of 2026.";
        Assert.Equal("2023-08-01..2023-09-30", Inferred(text));
    }

    [Fact]
    public void A_year_used_as_a_modifier_is_not_evidence_of_the_writing()
    {
        // "the 2030 agenda" names a plan; the writing is dated by March 2022 and the day placed after it.
        Assert.Equal("2022-05-28..2022-06-04",
            Inferred("Officials cited the 2030 agenda. Since May 28 nothing has moved. In March 2022 gas was cut."));
    }

    private static string? InferredWith(string text, string period, DateRange range)
    {
        var analysis = new DocumentAnalysis(new Document { Id = "t", Text = text });
        new TimeStage(new Dictionary<string, DateRange> { [period] = range }).Run(analysis);
        return analysis.Document.Published is { } p ? $"{DateRange.Iso(p.Earliest)}..{DateRange.Iso(p.Latest)}" : null;
    }

    [Fact]
    public void A_named_period_alone_places_year_less_days_that_fall_within_it()
    {
        // Only "the siege" gives a year; the days named lie inside it, so they take its year.
        var siege = new DateRange(new LocalDate(2031, 11, 20), new LocalDate(2032, 6, 30), DatePrecision.Days);
        Assert.Equal("2032-02-03..2032-02-10",
            InferredWith("Since November 20 the valley has been cut off by the siege. On February 3 the envoy spoke.", "the siege", siege));
    }

    [Fact]
    public void A_named_period_does_not_place_days_long_after_it()
    {
        // March 1 would fall months after the siege ended: a look back, whose year the period cannot give.
        var siege = new DateRange(new LocalDate(2031, 11, 20), new LocalDate(2031, 12, 10), DatePrecision.Days);
        Assert.Null(InferredWith("Long after the siege, on March 1, the envoy spoke.", "the siege", siege));
    }

    [Fact]
    public void An_agency_dateline_is_the_day_of_writing()
    {
        // The dateline has no year; the named period places it, and the writing is that very day.
        var storm = new DateRange(new LocalDate(2031, 4, 2), new LocalDate(2031, 4, 3), DatePrecision.Days);
        Assert.Equal("2031-04-09..2031-04-09",
            InferredWith("Ministers meet\nVALLETTA, April 9. /AGENCY/. Officials reviewed the storm damage. The ministers spoke on April 4.", "the storm", storm));
    }

    [Theory]
    [InlineData("The war of 2020 ended with a truce. Talks have dragged on since, on Monday and on March 1.")]
    [InlineData("After the 44-day war, trade was cut. On March 1, the sides met.")]
    [InlineData("Nothing here is dated at all, although officials met yesterday.")]
    public void Without_a_month_or_day_with_a_year_the_date_stays_unknown(string text)
    {
        var analysis = Run(text);
        Assert.Null(analysis.Document.Published);
        Assert.False(analysis.Document.PublishedInferred);
    }

    [Fact]
    public void The_stage_runs_in_a_pipeline()
    {
        var pipeline = new ExtractionPipelineBuilder().Use(new TimeStage()).Build();
        var result = pipeline.Run(new Document { Id = "p", Text = "On 5 May 2021 the border commission met. It meets again next week." });
        Assert.True(result.Document.PublishedInferred);
        Assert.Equal(["5 May 2021", "next week"], result.TimeExpressions.Select(e => e.Text));
    }

    [Fact]
    public void The_stage_uses_the_named_periods_it_is_given()
    {
        var table = new Dictionary<string, DateRange> { ["the April war"] = DateRange.Month(2016, 4) };
        var analysis = new DocumentAnalysis(new Document { Id = "n", Text = "Since the April war, and after the 44-day war.", Published = DateRange.Day(2017, 1, 1) });
        new TimeStage(table).Run(analysis);
        var e = Assert.Single(analysis.TimeExpressions);
        Assert.Equal("Since the April war", e.Text);
        Assert.Equal(new DateRange(new LocalDate(2016, 4, 30), new LocalDate(2017, 1, 1), DatePrecision.Days), e.Range);
    }
}
