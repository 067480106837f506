using NodaTime;
using Parley.Extraction.Time;
using Parley.Text;
using Parley.Time;

namespace Parley.Extraction.Tests.Time;

public sealed class TimeExpressionRecognizerTests
{
    private static readonly TimeExpressionRecognizer Recognizer = new();

    private static LocalDate? Iso(string? text) => DateRange.ParseIso(text);

    private static TimeExpression Find(string text, string expression, string? anchor)
    {
        var found = Recognizer.Recognize(text, Iso(anchor));
        var hit = found.FirstOrDefault(e => e.Text == expression);
        Assert.True(hit is not null, $"'{expression}' not found; got: {string.Join(" | ", found.Select(e => $"[{e.Text}] {e.Range}"))}");
        return hit;
    }

    private static void AssertRange(TimeExpression e, string earliest, string latest, DatePrecision precision)
    {
        Assert.Equal(earliest, DateRange.Iso(e.Range.Earliest));
        Assert.Equal(latest, DateRange.Iso(e.Range.Latest));
        Assert.Equal(precision, e.Range.Precision);
    }

    [Fact]
    public void A_month_between_the_and_a_noun_names_its_time()
    {
        AssertRange(Find("Both men were taken prisoner in the September fighting near Jermuk.", "September", "2022-12-14"), "2022-09-01", "2022-09-30", DatePrecision.Month);
        // "the May ..." is too often the modal, and a capitalised name after a month is no noun it qualifies.
        Assert.Empty(Recognizer.Recognize("Officials said the May deadline could slip.", Iso("2022-12-14")));
        Assert.Empty(Recognizer.Recognize("Readers of the September Review disagreed.", Iso("2022-12-14")));
    }

    [Theory]
    [InlineData("Talks resumed on March 1, 2023, in the capital.", "March 1, 2023", "2023-03-01")]
    [InlineData("Talks resumed on 1 March 2023 in the capital.", "1 March 2023", "2023-03-01")]
    [InlineData("Talks resumed on March 1 2023 in the capital.", "March 1 2023", "2023-03-01")]
    [InlineData("The ceasefire took hold on 10 November 2020 after weeks of fighting.", "10 November 2020", "2020-11-10")]
    [InlineData("Statement dated 10.11.2020, signed in Moscow.", "10.11.2020", "2020-11-10")]
    [InlineData("The decree (2023-03-01) was published online.", "2023-03-01", "2023-03-01")]
    [InlineData("Posted 10/13/2023 by the editors.", "10/13/2023", "2023-10-13")]
    [InlineData("Posted 13/10/2023 by the editors.", "13/10/2023", "2023-10-13")]
    [InlineData("The clashes of Sept. 27, 2020 shook the region.", "Sept. 27, 2020", "2020-09-27")]
    [InlineData("He arrived on the 21st of March 2022, aides said.", "21st of March 2022", "2022-03-21")]
    [InlineData("The minister spoke on Thursday, March 2, 2023, in Baku.", "Thursday, March 2, 2023", "2023-03-02")]
    [InlineData("Dec 7 2023 - joint statement issued.", "Dec 7 2023", "2023-12-07")]
    public void Absolute_days_resolve_without_an_anchor(string text, string expression, string day)
    {
        var e = Find(text, expression, null);
        AssertRange(e, day, day, DatePrecision.Day);
        Assert.False(e.IsAnchored);
        Assert.False(e.IsDuration);
    }

    [Theory]
    [InlineData("Officials met on Dec. 12 in the border town.", "Dec. 12", "2023-03-10", "2022-12-12")]
    [InlineData("Officials met on Sept. 19 in the border town.", "Sept. 19", "2023-10-01", "2023-09-19")]
    [InlineData("Officials met on March 1 in the border town.", "March 1", "2023-03-22", "2023-03-01")]
    [InlineData("Officials met on February 24 in the border town.", "February 24", "2023-03-10", "2023-02-24")]
    [InlineData("Officials met on 24 February in the border town.", "24 February", "2023-03-10", "2023-02-24")]
    [InlineData("Officials met on December 30 in the border town.", "December 30", "2024-01-05", "2023-12-30")]
    [InlineData("Officials will meet again on January 9, the envoy said.", "January 9", "2023-12-28", "2024-01-09")]
    [InlineData("The summit is planned for May 5 in the capital.", "May 5", "2023-11-20", "2024-05-05")]
    [InlineData("The groups will be set up by Feb. 2 at the latest.", "Feb. 2", "2020-11-14", "2021-02-02")]
    public void Days_without_a_year_take_the_year_nearest_the_anchor(string text, string expression, string anchor, string day)
    {
        var e = Find(text, expression, anchor);
        AssertRange(e, day, day, DatePrecision.Day);
        Assert.True(e.IsAnchored);
    }

    [Fact]
    public void Days_without_a_year_do_not_resolve_without_an_anchor()
    {
        Assert.Empty(Recognizer.Recognize("Officials met on March 1 in the border town.", null));
    }

    [Fact]
    public void A_list_of_days_gives_one_expression_per_day()
    {
        var found = Recognizer.Recognize("Shelling was reported on September 25, 29, and October 2 near the line.", Iso("2023-10-10"));
        Assert.Equal(["September 25", "29", "October 2"], found.Select(e => e.Text));
        Assert.Equal(["2023-09-25", "2023-09-29", "2023-10-02"], found.Select(e => DateRange.Iso(e.Range.Earliest)));
    }

    [Fact]
    public void A_list_of_days_before_a_month_shares_its_month_and_year()
    {
        var found = Recognizer.Recognize("Shelling was reported on 25, 26 and 29 September 2022 near the line.", null);
        Assert.Equal(["25", "26", "29 September 2022"], found.Select(e => e.Text));
        Assert.Equal(["2022-09-25", "2022-09-26", "2022-09-29"], found.Select(e => DateRange.Iso(e.Range.Earliest)));
    }

    [Fact]
    public void A_list_of_days_takes_the_year_written_after_its_last_day()
    {
        var found = Recognizer.Recognize("Votes were held on March 3 and April 7, 2019, across the country.", null);
        Assert.Equal(["2019-03-03", "2019-04-07"], found.Select(e => DateRange.Iso(e.Range.Earliest)));
    }

    [Theory]
    [InlineData("The first such talks took place in February 2021 in Moscow.", "February 2021", null, "2021-02-01", "2021-02-28", DatePrecision.Month)]
    [InlineData("A meeting in Prague last October raised hopes.", "last October", "2023-03-15", "2022-10-01", "2022-10-31", DatePrecision.Month)]
    [InlineData("A meeting in Prague last October raised hopes.", "last October", "2023-11-15", "2023-10-01", "2023-10-31", DatePrecision.Month)]
    [InlineData("The sides hope to sign a deal this May.", "this May", "2023-03-15", "2023-05-01", "2023-05-31", DatePrecision.Month)]
    [InlineData("The sides signed a memorandum in May.", "May", "2023-07-15", "2023-05-01", "2023-05-31", DatePrecision.Month)]
    [InlineData("The sides signed a memorandum in May.", "May", "2023-03-15", "2022-05-01", "2022-05-31", DatePrecision.Month)]
    [InlineData("The negotiations stalled until May this year.", "May this year", "2023-09-15", "2023-05-01", "2023-05-31", DatePrecision.Month)]
    [InlineData("Fighting flared again in October last year.", "October last year", "2023-03-15", "2022-10-01", "2022-10-31", DatePrecision.Month)]
    [InlineData("Since the 2020 November ceasefire, Baku has pressed its demands.", "2020 November", null, "2020-11-01", "2020-11-30", DatePrecision.Month)]
    [InlineData("Parliament was dissolved in January.", "January", "2023-03-15", "2023-01-01", "2023-01-31", DatePrecision.Month)]
    [InlineData("Talks will resume next March, diplomats said.", "next March", "2023-03-15", "2024-03-01", "2024-03-31", DatePrecision.Month)]
    public void Months(string text, string expression, string? anchor, string earliest, string latest, DatePrecision precision) =>
        AssertRange(Find(text, expression, anchor), earliest, latest, precision);

    [Theory]
    [InlineData("The war broke out in 2020 over the region.", "2020", null, "2020-01-01", "2020-12-31", DatePrecision.Year)]
    [InlineData("Starting in 2020, the programme moved families into new homes.", "Starting in 2020", "2023-03-15", "2020-01-01", "2023-03-15", DatePrecision.Years)]
    [InlineData("Relations have been tense since 2020 at least.", "since 2020", "2023-03-15", "2020-01-01", "2023-03-15", DatePrecision.Years)]
    [InlineData("Relations have been tense since 2020 at least.", "since 2020", null, "2020-01-01", "2020-12-31", DatePrecision.Year)]
    [InlineData("Under the 1994 ceasefire the front froze.", "1994", null, "1994-01-01", "1994-12-31", DatePrecision.Year)]
    [InlineData("Both sides cited the 1991 Alma-Ata Declaration.", "1991", null, "1991-01-01", "1991-12-31", DatePrecision.Year)]
    [InlineData("A peace deal could be signed by the end of 2023, he said.", "the end of 2023", null, "2023-12-01", "2023-12-31", DatePrecision.Month)]
    [InlineData("No deal is likely this year, analysts say.", "this year", "2023-03-15", "2023-01-01", "2023-12-31", DatePrecision.Year)]
    [InlineData("The blockade began last year, officials recalled.", "last year", "2023-03-15", "2022-01-01", "2022-12-31", DatePrecision.Year)]
    public void Years(string text, string expression, string? anchor, string earliest, string latest, DatePrecision precision) =>
        AssertRange(Find(text, expression, anchor), earliest, latest, precision);

    [Theory]
    [InlineData("The talks stalled this spring amid shelling.", "this spring", "2023-07-01", "2023-03-01", "2023-05-31", DatePrecision.Season)]
    [InlineData("The envoys met twice over the summer in Brussels.", "summer", "2023-09-20", "2023-06-01", "2023-08-31", DatePrecision.Season)]
    [InlineData("The envoys met twice over the summer in Brussels.", "summer", "2023-03-20", "2022-06-01", "2022-08-31", DatePrecision.Season)]
    [InlineData("In late August, two trucks waited at the checkpoint.", "late August", "2023-09-15", "2023-08-21", "2023-08-31", DatePrecision.Days)]
    [InlineData("Elections are expected in early 2023, officials said.", "early 2023", null, "2023-01-01", "2023-04-30", DatePrecision.Season)]
    [InlineData("The road was closed in mid-December after protests.", "mid-December", "2023-01-20", "2022-12-11", "2022-12-20", DatePrecision.Days)]
    [InlineData("The road was closed in late 2022 after protests.", "late 2022", null, "2022-09-01", "2022-12-31", DatePrecision.Season)]
    [InlineData("Contacts were made in the fall of 2022, he added.", "fall of 2022", null, "2022-09-01", "2022-11-30", DatePrecision.Season)]
    [InlineData("Contacts resumed in autumn, he added.", "autumn", "2023-01-10", "2022-09-01", "2022-11-30", DatePrecision.Season)]
    [InlineData("Construction starts in mid-2024, the ministry said.", "mid-2024", null, "2024-05-01", "2024-08-31", DatePrecision.Season)]
    [InlineData("A deal came late last year after long talks.", "late last year", "2023-03-15", "2022-09-01", "2022-12-31", DatePrecision.Season)]
    [InlineData("Gas supplies were cut in the winter of 2022 for weeks.", "winter of 2022", null, "2022-12-01", "2023-02-28", DatePrecision.Season)]
    [InlineData("The border will be marked by the end of the year.", "the end of the year", "2023-03-15", "2023-12-01", "2023-12-31", DatePrecision.Month)]
    [InlineData("Shelling resumed in the middle of March near the line.", "the middle of March", "2023-04-15", "2023-03-11", "2023-03-20", DatePrecision.Days)]
    public void Seasons_and_parts(string text, string expression, string? anchor, string earliest, string latest, DatePrecision precision) =>
        AssertRange(Find(text, expression, anchor), earliest, latest, precision);

    [Theory]
    [InlineData("The minister spoke yesterday in Yerevan.", "yesterday", "2023-03-15", "2023-03-14", "2023-03-14", DatePrecision.Day)]
    [InlineData("The minister speaks today in Yerevan.", "today", "2023-03-15", "2023-03-15", "2023-03-15", DatePrecision.Day)]
    [InlineData("Two villages were shelled overnight, officials said.", "overnight", "2023-03-15", "2023-03-14", "2023-03-15", DatePrecision.Days)]
    [InlineData("Gunfire was heard near the border last night.", "last night", "2023-03-15", "2023-03-14", "2023-03-15", DatePrecision.Days)]
    [InlineData("Farmers blocked the highway for a third day on Monday.", "for a third day on Monday", "2023-03-15", "2023-03-11", "2023-03-13", DatePrecision.Days)]
    [InlineData("Farmers blocked the highway for the second consecutive day.", "for the second consecutive day", "2023-03-15", "2023-03-14", "2023-03-15", DatePrecision.Days)]
    [InlineData("Farmers blocked the highway for a fourth day running.", "for a fourth day running", "2023-03-15", "2023-03-12", "2023-03-15", DatePrecision.Days)]
    [InlineData("The minister spoke on Sunday in Yerevan.", "Sunday", "2023-03-15", "2023-03-12", "2023-03-12", DatePrecision.Day)]
    [InlineData("The minister spoke on Wednesday in Yerevan.", "Wednesday", "2023-03-15", "2023-03-15", "2023-03-15", DatePrecision.Day)]
    [InlineData("The minister spoke on Thursday in Yerevan.", "Thursday", "2023-03-15", "2023-03-09", "2023-03-09", DatePrecision.Day)]
    [InlineData("The minister will travel to Paris on Thursday.", "Thursday", "2023-03-15", "2023-03-16", "2023-03-16", DatePrecision.Day)]
    [InlineData("Envoys met in Geneva last week to review the text.", "last week", "2023-03-15", "2023-03-06", "2023-03-12", DatePrecision.Days)]
    [InlineData("Envoys met in Geneva last month to review the text.", "last month", "2023-03-15", "2023-02-01", "2023-02-28", DatePrecision.Month)]
    [InlineData("The road closed a year ago, residents said.", "a year ago", "2023-03-15", "2022-01-01", "2022-12-31", DatePrecision.Year)]
    [InlineData("The road closed three days ago, residents said.", "three days ago", "2023-03-15", "2023-03-12", "2023-03-12", DatePrecision.Day)]
    [InlineData("Talks collapsed earlier this month in Brussels.", "earlier this month", "2023-03-15", "2023-03-01", "2023-03-15", DatePrecision.Days)]
    [InlineData("Drafts have been swapped in recent weeks, he said.", "in recent weeks", "2023-03-15", "2023-02-15", "2023-03-15", DatePrecision.Days)]
    [InlineData("The leader has recently spoken of dialogue.", "recently", "2023-03-15", "2023-02-13", "2023-03-15", DatePrecision.Month)]
    [InlineData("Protests were held last weekend in the capital.", "last weekend", "2023-03-15", "2023-03-11", "2023-03-12", DatePrecision.Days)]
    [InlineData("The troops left last Sunday, locals said.", "last Sunday", "2023-03-12", "2023-03-05", "2023-03-05", DatePrecision.Day)]
    public void Relative_to_the_anchor(string text, string expression, string anchor, string earliest, string latest, DatePrecision precision)
    {
        var e = Find(text, expression, anchor);
        AssertRange(e, earliest, latest, precision);
        Assert.True(e.IsAnchored);
    }

    [Theory]
    // A sentence dated at its start frames the weekday it reports: the latest such day on or before that date.
    [InlineData("On March 2, the ministry said the convoy had crossed on Tuesday.", "Tuesday", "2023-03-20", "2023-02-28")]
    [InlineData("On 2 March, officials reported that the envoys met on Thursday.", "Thursday", "2023-03-20", "2023-03-02")]
    // In the future, the first such day on or after it.
    [InlineData("On March 2, the ministry said the envoys will meet on Monday.", "Monday", "2023-03-20", "2023-03-06")]
    // A date later in the sentence frames nothing: the weekday stays in the week of writing.
    [InlineData("The fighting that began on March 2 ended on Tuesday, officials said.", "Tuesday", "2023-03-20", "2023-03-14")]
    public void A_weekday_counts_from_the_day_opening_its_sentence(string text, string expression, string anchor, string day)
    {
        var e = Find(text, expression, anchor);
        AssertRange(e, day, day, DatePrecision.Day);
    }

    [Theory]
    // A future "before" a day names the days from the writing up to it.
    [InlineData("The commission will hold its first session before 20 March 2023.", "20 March 2023", "2023-03-16", "2023-03-20")]
    [InlineData("Envoys are expected to meet before April 30, officials said.", "April 30", "2023-03-16", "2023-04-30")]
    public void A_future_day_after_before_is_a_window(string text, string expression, string first, string last)
    {
        var e = Find(text, expression, "2023-03-15");
        Assert.Equal(first, DateRange.Iso(e.Range.Earliest));
        Assert.Equal(last, DateRange.Iso(e.Range.Latest));
    }

    [Fact]
    public void A_past_day_after_before_stays_a_day() =>
        AssertRange(Find("The troops withdrew before 20 February, residents said.", "20 February", "2023-03-15"), "2023-02-20", "2023-02-20", DatePrecision.Day);

    [Theory]
    // Bare days in a list share the month of the next or previous date of the list.
    [InlineData("Further rounds were held on May 4, 9, and June 1 in the capital.", "9", "2023-05-09")]
    [InlineData("The envoys met on 3, 5 and 9 May in the capital.", "3", "2023-05-03")]
    [InlineData("The envoys met on 3, 5 and 9 May in the capital.", "5", "2023-05-05")]
    [InlineData("The envoys met on May 2 and 7 in the capital.", "7", "2023-05-07")]
    public void Days_listed_share_a_month(string text, string expression, string day) =>
        AssertRange(Find(text, expression, "2023-06-20"), day, day, DatePrecision.Day);

    [Fact]
    public void Relative_expressions_need_an_anchor() =>
        Assert.Empty(Recognizer.Recognize("The minister spoke yesterday, and on Sunday, and last week.", null));

    [Fact]
    public void Counted_from_the_last_day_named()
    {
        const string text = "The ceasefire was signed on 10 November 2020. Two days later, the first convoy left. " +
                            "The next day the roads reopened. The day before, the town had fallen. On the same day, talks began.";
        var found = Recognizer.Recognize(text, null);
        Assert.Equal("2020-11-12", DateRange.Iso(found.Single(e => e.Text == "Two days later").Range.Earliest));
        Assert.Equal("2020-11-13", DateRange.Iso(found.Single(e => e.Text == "The next day").Range.Earliest));
        Assert.Equal("2020-11-12", DateRange.Iso(found.Single(e => e.Text == "The day before").Range.Earliest));
        Assert.Equal("2020-11-12", DateRange.Iso(found.Single(e => e.Text == "the same day").Range.Earliest));
        Assert.All(found.Skip(1), e => Assert.True(e.IsAnchored));
    }

    [Fact]
    public void Earlier_or_later_in_the_day_is_the_day_last_named()
    {
        const string text = "The envoys arrived in Vienna on 4 May 2022. Earlier in the day, the ministers had spoken by phone; " +
                            "later in the day they dined together.";
        var found = Recognizer.Recognize(text, new LocalDate(2022, 5, 9));
        Assert.Equal("2022-05-04", DateRange.Iso(found.Single(e => e.Text == "Earlier in the day").Range.Earliest));
        Assert.Equal("2022-05-04", DateRange.Iso(found.Single(e => e.Text == "later in the day").Range.Earliest));
    }

    [Fact]
    public void An_offset_counts_from_a_date_later_in_the_sentence()
    {
        var e = Find("One day after the truce took effect on 10 November 2020, the first refugees returned.", "One day after", null);
        AssertRange(e, "2020-11-11", "2020-11-11", DatePrecision.Day);
    }

    [Fact]
    public void An_offset_counts_from_the_date_it_follows_directly()
    {
        var e = Find("Aid arrived two days after March 1, 2023, officials said.", "two days after March 1, 2023", null);
        AssertRange(e, "2023-03-03", "2023-03-03", DatePrecision.Day);
    }

    [Fact]
    public void An_offset_in_apposition_names_the_date_before_it()
    {
        // "on 25 February, two days after the dismissal": the phrase describes 25 February itself.
        var e = Find("The sides met again on 25 February 2023, two days after the minister's dismissal.", "two days after", null);
        AssertRange(e, "2023-02-25", "2023-02-25", DatePrecision.Day);
    }

    [Fact]
    public void A_later_offset_is_not_counted_from_a_stale_day()
    {
        // The last date named before "five days later" is a month, so there is no day to count from.
        const string text = "The talks began on 18 February 2023. In his remarks in March, he said the envoy would leave five days later.";
        Assert.DoesNotContain(Recognizer.Recognize(text, null), e => e.Text == "five days later");
    }

    [Theory]
    [InlineData("The conflict lasted from 1988 to 1994 in all.", "from 1988 to 1994", null, "1988-01-01", "1994-12-31", DatePrecision.Years)]
    [InlineData("The 1988-1994 war displaced hundreds of thousands.", "1988-1994", null, "1988-01-01", "1994-12-31", DatePrecision.Years)]
    [InlineData("The 1992–94 offensives changed the map.", "1992–94", null, "1992-01-01", "1994-12-31", DatePrecision.Years)]
    [InlineData("Talks were held between 24 and 25 February in Munich.", "between 24 and 25 February", "2023-03-10", "2023-02-24", "2023-02-25", DatePrecision.Days)]
    [InlineData("Hostilities on 19-20 September 2023 ended the standoff.", "19-20 September 2023", null, "2023-09-19", "2023-09-20", DatePrecision.Days)]
    [InlineData("Hostilities on September 19–20 ended the standoff.", "September 19–20", "2023-10-01", "2023-09-19", "2023-09-20", DatePrecision.Days)]
    [InlineData("The road has been blocked since December 12, residents say.", "since December 12", "2023-01-23", "2022-12-12", "2023-01-23", DatePrecision.Days)]
    [InlineData("Exports grew from March to May 2023, data show.", "from March to May 2023", null, "2023-03-01", "2023-05-31", DatePrecision.Month)]
    [InlineData("Growth was steady between 2019 and 2021, data show.", "between 2019 and 2021", null, "2019-01-01", "2021-12-31", DatePrecision.Years)]
    [InlineData("Prices rose over the past two years, data show.", "over the past two years", "2023-03-15", "2021-03-15", "2023-03-15", DatePrecision.Years)]
    public void Ranges(string text, string expression, string? anchor, string earliest, string latest, DatePrecision precision)
    {
        var e = Find(text, expression, anchor);
        AssertRange(e, earliest, latest, precision);
        Assert.False(e.IsDuration);
    }

    [Theory]
    [InlineData("The corridor has been blocked for over nine months now.", "for over nine months", "2023-09-15", "2022-12-15", DatePrecision.Month)]
    [InlineData("The war lasted 44 days and ended in a truce.", "44 days", "2023-09-15", "2023-08-02", DatePrecision.Days)]
    [InlineData("It is the first time in over three decades that the road is used.", "over three decades", "2023-09-15", "1993-09-15", DatePrecision.Decade)]
    [InlineData("The trucks were stranded for over a week at the post.", "for over a week", "2023-09-15", "2023-09-08", DatePrecision.Days)]
    [InlineData("Residents have lived this way for the past 30 years, he said.", "for the past 30 years", "2024-04-19", "1994-04-19", DatePrecision.Years)]
    public void Durations(string text, string expression, string anchor, string earliest, DatePrecision precision)
    {
        var e = Find(text, expression, anchor);
        Assert.True(e.IsDuration);
        AssertRange(e, earliest, anchor, precision);
    }

    [Fact]
    public void Durations_need_an_anchor_to_be_placed() =>
        Assert.Empty(Recognizer.Recognize("The war lasted 44 days and ended in a truce.", null));

    [Theory]
    [InlineData("Karabakh has been run by ethnic Armenians since the early 1990s.", "early 1990s", "1990-01-01", "1993-12-31", DatePrecision.Years)]
    [InlineData("Hundreds of thousands fled in the 1990s, on both sides.", "1990s", "1990-01-01", "1999-12-31", DatePrecision.Decade)]
    [InlineData("The economy collapsed in the mid-1990s, on both sides.", "mid-1990s", "1994-01-01", "1996-12-31", DatePrecision.Years)]
    [InlineData("The movement began in the late 1980s in Stepanakert.", "late 1980s", "1987-01-01", "1989-12-31", DatePrecision.Years)]
    public void Decades(string text, string expression, string earliest, string latest, DatePrecision precision) =>
        AssertRange(Find(text, expression, null), earliest, latest, precision);

    [Theory]
    [InlineData("Many veterans of the 44-day war have since retired.", "44-day war", "2020-09-27", "2020-11-10")]
    [InlineData("After the Second Karabakh War the map changed.", "Second Karabakh War", "2020-09-27", "2020-11-10")]
    [InlineData("After the 2020 war, trade was cut.", "2020 war", "2020-09-27", "2020-11-10")]
    [InlineData("Refugees of the first war still wait to go home.", "first war", "1988-01-01", "1994-12-31")]
    [InlineData("Refugees of the First Karabakh War still wait to go home.", "First Karabakh War", "1988-01-01", "1994-12-31")]
    public void Named_periods_from_the_default_table(string text, string expression, string earliest, string latest)
    {
        var e = Find(text, expression, null);
        Assert.Equal(earliest, DateRange.Iso(e.Range.Earliest));
        Assert.Equal(latest, DateRange.Iso(e.Range.Latest));
        Assert.False(e.IsAnchored);
    }

    [Fact]
    public void Named_periods_come_from_the_table_passed_in()
    {
        var table = new Dictionary<string, DateRange>
        {
            ["the April war"] = new(new LocalDate(2016, 4, 1), new LocalDate(2016, 4, 5), DatePrecision.Days),
        };
        var recognizer = new TimeExpressionRecognizer(table);
        var found = recognizer.Recognize("Memories of the April war and of the 44-day war linger.", null);
        var april = Assert.Single(found);
        Assert.Equal("April war", april.Text);
        Assert.Equal("2016-04-01", DateRange.Iso(april.Range.Earliest));
    }

    [Fact]
    public void Since_a_named_period_starts_when_it_ended()
    {
        var e = Find("Trade has been cut since the 44-day war, traders say.", "since the 44-day war", "2023-01-01");
        AssertRange(e, "2020-11-10", "2023-01-01", DatePrecision.Days);
    }

    [Theory]
    [InlineData("Some 2,317 servicemen were killed, the ministry said.")]
    [InlineData("Karabakh is a 150-square-kilometer (57.9-square-mile) area.")]
    [InlineData("Two trucks carried 40 tons of flour to the checkpoint.")]
    [InlineData("The ceasefire came into force at 10:36 local time.")]
    [InlineData("Under point 9 of the statement, roads will reopen.")]
    [InlineData("Article 9 of the statement covers transport links.")]
    [InlineData("The summit followed COP29 in the capital.")]
    [InlineData("The talks may be delayed, diplomats warn.")]
    [InlineData("May be it is too late, he said.")]
    [InlineData("About 2000 soldiers were deployed, and the 2000 troops stayed.")]
    [InlineData("One day we should be in a position to sign the agreement.")]
    [InlineData("The fall of Shusha was a turning point.")]
    [InlineData("Commentators recalled the Arab Spring.")]
    [InlineData("It was the 12th Global Baku Forum.")]
    [InlineData("A Turkish-Russian centre has 60 Russian and 60 Turkish troops.")]
    [InlineData("Jan Egeland visited the camp with March organisers.")]
    public void Counts_times_labels_and_verbs_are_not_dates(string text) =>
        Assert.Empty(Recognizer.Recognize(text, new LocalDate(2023, 3, 15)));

    [Fact]
    public void May_is_a_month_only_with_a_day_a_year_or_a_preposition()
    {
        const string text = "Talks may resume in May. The May 9 parade went ahead, and May 2021 was calm.";
        var found = Recognizer.Recognize(text, new LocalDate(2023, 7, 1));
        Assert.Equal(["May", "May 9", "May 2021"], found.Select(e => e.Text));
        Assert.Equal(DatePrecision.Month, found[0].Range.Precision);
        Assert.Equal(text.IndexOf("in May", StringComparison.Ordinal) + 3, found[0].Span.Start);
    }

    [Fact]
    public void A_year_named_in_the_clause_dates_a_later_month_without_one()
    {
        // Without that year the anchor (March 2023) would put September in 2022 anyway; here the clause says 2021.
        var e = Find("In 2021 the talks failed, and the worst clashes came in September.", "September", "2023-03-15");
        AssertRange(e, "2021-09-01", "2021-09-30", DatePrecision.Month);
        Assert.True(e.IsAnchored);
    }

    [Fact]
    public void A_weekday_given_with_a_day_picks_the_year_that_matches()
    {
        // 23 February was a Thursday in 2023, not in 2022.
        var e = Find("The minister was sacked on Thursday (23 February), aides said.", "Thursday (23 February)", "2023-06-01");
        AssertRange(e, "2023-02-23", "2023-02-23", DatePrecision.Day);
    }

    [Fact]
    public void Spans_are_the_verbatim_text()
    {
        const string text = "MOSCOW, September 25. Since December 12 the road, shut for over nine months, has seen protests.\n" +
                            "On Thursday (23 February) and on 10.11.2020, and in late August, officials met; the 44-day war ended " +
                            "on Nov. 10, 2020 — two days later troops moved, and in the early 1990s… “since last December”.";
        var found = Recognizer.Recognize(text, new LocalDate(2023, 9, 25));
        Assert.True(found.Count >= 10);
        Assert.All(found, e => Assert.Equal(text.Substring(e.Span.Start, e.Span.Length), e.Text));
        Assert.Equal(found.OrderBy(e => e.Span.Start).Select(e => e.Span), found.Select(e => e.Span));
    }

    [Fact]
    public void A_clause_range_keeps_offsets_into_the_whole_text()
    {
        const string text = "Preamble on 1 March 2020. The clause: talks resumed on 5 May 2021 in Vienna. Coda on 2 June 2022.";
        var start = text.IndexOf("The clause", StringComparison.Ordinal);
        var end = text.IndexOf(" Coda", StringComparison.Ordinal);
        var found = Recognizer.Recognize(text, new CharSpan(start, end), null);
        var e = Assert.Single(found);
        Assert.Equal("5 May 2021", e.Text);
        Assert.Equal(text.IndexOf("5 May 2021", StringComparison.Ordinal), e.Span.Start);
        Assert.Equal("2021-05-05", DateRange.Iso(e.Range.Earliest));
    }

    [Fact]
    public void A_range_outside_the_text_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Recognizer.Recognize("short", new CharSpan(0, 50), null));
}

public sealed class TimeExpressionRecognizerRobustnessTests
{
    private static readonly string[] Words =
    [
        "on", "in", "since", "from", "to", "between", "and", "or", ",", ".", ";", "(", ")", "-", "–", "/", ":", "the", "of",
        "by", "last", "this", "next", "early", "mid", "late", "end", "beginning", "first", "half", "past", "recent", "for",
        "over", "nearly", "a", "an", "one", "two", "nine", "twenty", "days", "day", "weeks", "month", "months", "year",
        "years", "decade", "decades", "ago", "later", "earlier", "after", "before", "same", "following", "yesterday",
        "today", "recently", "weekend", "spring", "summer", "fall", "autumn", "winter", "May", "may", "March", "February",
        "Dec", "Sept", "Monday", "Thursday", "will", "said", "was", "signed", "44", "1", "9", "12", "19", "20", "24", "25",
        "29", "30", "31", "00", "1988", "1990", "1990s", "1994", "2000", "2020", "2023", "2,317", "10.11.2020", "10:36",
        "war", "Second", "Karabakh", "War", "44-day", "st", "th", "s", "'s", "\n",
    ];

    [Fact]
    public void Random_word_salad_never_throws_and_spans_stay_verbatim()
    {
        var random = new Random(20231013);
        var recognizer = new TimeExpressionRecognizer();
        LocalDate?[] anchors = [null, new LocalDate(2020, 11, 14), new LocalDate(2023, 2, 28), new LocalDate(2024, 12, 31)];
        for (var round = 0; round < 100; round++)
        {
            var text = string.Join(random.Next(4) == 0 ? "" : " ", Enumerable.Range(0, 60).Select(_ => Words[random.Next(Words.Length)]));
            foreach (var anchor in anchors)
            {
                var found = recognizer.Recognize(text, anchor);
                Assert.All(found, e => Assert.Equal(text.Substring(e.Span.Start, e.Span.Length), e.Text));
            }

            _ = recognizer.InferPublication(text);
        }
    }
}
