using Parley.Ingest.Metadata;
using Parley.Time;

namespace Parley.Ingest.Tests;

public class DatePatternsTests
{
    [Theory]
    [InlineData("March 22 2023", "2023-03-22")]
    [InlineData("March 22, 2023", "2023-03-22")]
    [InlineData("Mar. 22, 2023", "2023-03-22")]
    [InlineData("Sept. 27, 2020", "2020-09-27")]
    [InlineData("Dec 7 2023", "2023-12-07")]
    [InlineData("22 March 2023", "2023-03-22")]
    [InlineData("22nd of March, 2023", "2023-03-22")]
    [InlineData("10/13/2023", "2023-10-13")]
    [InlineData("13/10/2023", "2023-10-13")]
    [InlineData("10.11.2020", "2020-11-10")]
    [InlineData("11.13.2020", "2020-11-13")]
    [InlineData("2023-03-22", "2023-03-22")]
    [InlineData("2023-03-22T23:30:00-05:00", "2023-03-22")]
    [InlineData("2023/03/22", "2023-03-22")]
    [InlineData("Wed, 22 Mar 2023 10:00:00 +0400", "2023-03-22")]
    [InlineData("Wed, 22 Mar 2023 10:00:00 GMT", "2023-03-22")]
    [InlineData("21 December 2022 10:36 (UTC+04:00)", "2022-12-21")]
    [InlineData("14 May 2021 | 09:34 AM UTC", "2021-05-14")]
    [InlineData("8 August 2025 - 07:03 AMT", "2025-08-08")]
    [InlineData("11 January 2021, 19:25", "2021-01-11")]
    [InlineData("10:31 | 31 October 2022", "2022-10-31")]
    [InlineData("Tuesday, July 4, 2023 at 5:15 p.m.", "2023-07-04")]
    [InlineData("MARCH 22, 2023", "2023-03-22")]
    public void Parses_the_printed_forms_to_one_day(string text, string expected)
    {
        var date = DatePatterns.Parse(text);

        Assert.NotNull(date);
        Assert.Equal(expected, date!.Value.ToString());
        Assert.Equal(DatePrecision.Day, date.Value.Precision);
    }

    [Theory]
    [InlineData("February 30, 2023")]
    [InlineData("31/31/2023")]
    [InlineData("March 2023")]
    [InlineData("On March 22, 2023 the talks began")]
    [InlineData("Talks resumed")]
    [InlineData("")]
    [InlineData("2,317 March 2023")]
    public void Rejects_what_is_not_a_date_alone(string text) => Assert.Null(DatePatterns.Parse(text));

    [Fact]
    public void Finds_dates_inside_sentences_with_their_positions()
    {
        const string text = "Signed on 9 November 2020 and again on Jan. 11, 2021 (see 10.11.2020).";

        var found = DatePatterns.FindAll(text);

        Assert.Equal(["2020-11-09", "2021-01-11", "2020-11-10"], found.Select(f => f.Date.ToString()));
        Assert.Equal("9 November 2020", text.Substring(found[0].Index, found[0].Length));
        Assert.Equal("Jan. 11, 2021", text.Substring(found[1].Index, found[1].Length));
    }

    [Theory]
    [InlineData("2023", "2023-01-01..2023-12-31 (Year)")]
    [InlineData("2023-03", "2023-03-01..2023-03-31 (Month)")]
    [InlineData("2023-03-22T10:00:00Z", "2023-03-22")]
    [InlineData("Wed, 22 Mar 2023 10:00:00 +0400", "2023-03-22")]
    public void Metadata_dates_may_be_partial(string text, string expected) =>
        Assert.Equal(expected, DatePatterns.ParseMetadata(text)?.ToString());

    [Theory]
    [InlineData("\u0665/13/2023")] // Arabic-Indic five, then an ASCII month/year
    [InlineData("22 March \u0968\u0966\u0968\u0969")] // a year in Devanagari digits
    [InlineData("\u0662\u0660\u0662\u0663-03-22")]
    public void Digits_of_other_scripts_are_not_read_as_a_date_and_do_not_throw(string text)
    {
        Assert.Empty(DatePatterns.FindAll(text));
        Assert.Null(DatePatterns.Parse(text));
        Assert.Null(DatePatterns.ParseMetadata(text));
    }

    [Fact]
    public void A_date_beside_digits_of_another_script_is_still_found()
    {
        var found = DatePatterns.FindAll("\u0665 on 4/13/2023");

        Assert.Equal(["2023-04-13"], found.Select(f => f.Date.ToString()));
    }
}
