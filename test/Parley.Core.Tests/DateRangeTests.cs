using NodaTime;
using Parley.Text;
using Parley.Time;

namespace Parley.Core.Tests;

public sealed class DateRangeTests
{
    [Theory]
    [InlineData("2023", "2023-01-01", "2023-12-31", DatePrecision.Year)]
    [InlineData("2024-02", "2024-02-01", "2024-02-29", DatePrecision.Month)]
    [InlineData("2023-03-01", "2023-03-01", "2023-03-01", DatePrecision.Day)]
    public void Partial_dates_become_the_range_they_name(string text, string earliest, string latest, DatePrecision precision)
    {
        var r = DateRange.ParsePartial(text)!.Value;
        Assert.Equal(earliest, DateRange.Iso(r.Earliest));
        Assert.Equal(latest, DateRange.Iso(r.Latest));
        Assert.Equal(precision, r.Precision);
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(999, 12, 31)]
    [InlineData(2024, 2, 29)]
    [InlineData(9999, 12, 31)]
    [InlineData(0, 6, 15)]
    [InlineData(-42, 3, 1)]
    public void Iso_text_is_what_the_iso_pattern_writes(int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);
        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Format(date), DateRange.Iso(date));
    }

    [Theory]
    [InlineData("2023-02-30")]
    [InlineData("2023-13")]
    [InlineData("23-01-01")]
    [InlineData("soon")]
    [InlineData("202302323023")]
    [InlineData("2023-99999999999")]
    [InlineData("2023-01-99999999999")]
    public void Invalid_partial_dates_do_not_parse(string text) => Assert.Null(DateRange.ParsePartial(text));

    [Fact]
    public void Overlap_and_union()
    {
        var feb = DateRange.Month(2023, 2);
        var day = DateRange.Day(2023, 2, 24);
        Assert.True(feb.Overlaps(day));
        Assert.False(DateRange.Month(2023, 3).Overlaps(day));
        var u = DateRange.Day(2023, 2, 24).Union(DateRange.Day(2023, 2, 25));
        Assert.Equal(2, u.LengthInDays);
    }

    [Fact]
    public void A_range_cannot_end_before_it_starts() =>
        Assert.Throws<ArgumentException>(() => new DateRange(new LocalDate(2023, 2, 2), new LocalDate(2023, 2, 1), DatePrecision.Days));
}

public sealed class TokenizerTests
{
    [Fact]
    public void Hyphens_possessives_and_diacritics_fold_for_matching()
    {
        const string text = "Nagorno-Karabakh’s Xankəndi";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(["nagorno", "-", "karabakh", "'s", "xankendi"], tokens.Select(t => t.Normalized));
        Assert.All(tokens, t => Assert.Equal(t.Span.Slice(text), text[t.Span.Start..t.Span.End]));
        Assert.Equal("Xankəndi", tokens[^1].Span.Slice(text));
    }

    [Fact]
    public void Characters_outside_the_basic_plane_and_lone_surrogates_do_not_stop_tokenizing()
    {
        // An emoji is a surrogate pair; a damaged feed can hold half of one. Neither may throw.
        var text = "Talks in Baku \U0001F600 ended, \uD83D then resumed in Yerevan.";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Contains(tokens, t => t.Normalized == "baku");
        Assert.Contains(tokens, t => t.Normalized == "yerevan");
        Assert.All(tokens, t => Assert.Equal(t.Span.Slice(text), text[t.Span.Start..t.Span.End]));
    }

    [Fact]
    public void Plain_words_fold_alike_in_every_case_and_length()
    {
        // The ASCII fast path and its word cache must give what the general path gives: the same folded word
        // whatever the case, case flags from the original, and words too long to pool still folded.
        var longWord = "Supercalifragilisticexpialidocious" + "Wordsmith";
        var tokens = Tokenizer.Tokenize($"Talks TALKS talks tAlks OSCE Osce G7 b2b {longWord} {longWord.ToUpperInvariant()}");
        Assert.Equal(["talks", "talks", "talks", "talks", "osce", "osce", "g7", "b2b", longWord.ToLowerInvariant(), longWord.ToLowerInvariant()],
            tokens.Select(t => t.Normalized));
        Assert.Equal([true, true, false, false, true, true, true, false, true, true], tokens.Select(t => t.IsCapitalized));
        Assert.Equal([false, true, false, false, true, false, false, false, false, true], tokens.Select(t => t.IsAllCaps));
    }

    [Fact]
    public void Words_running_into_apostrophes_or_diacritics_leave_the_fast_path_whole()
    {
        const string text = "O'Neil met Aliyev's envoy in Gəncə and Ağdam, then Shi'a clerics.";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(["oneil", "met", "aliyev", "'s", "envoy", "in", "gence", "and", "agdam", ",", "then", "shia", "clerics", "."],
            tokens.Select(t => t.Normalized));
        Assert.Equal("Gəncə", tokens[6].Span.Slice(text));
        Assert.Equal("O'Neil", tokens[0].Span.Slice(text));
    }

    [Fact]
    public void Words_on_either_side_of_the_nine_character_key_fold_alike()
    {
        // Words of up to nine characters are cached by an exact key, longer ones by a hash: both must fold the
        // same word to one string whatever its case, and never confuse words that share their last characters.
        var tokens = Tokenizer.Tokenize("Armenians ARMENIANS armenians Azerbaijan AZERBAIJAN azerbaijan x1y2z3w4v 1ST negotiate renegotiate");
        Assert.Equal(["armenians", "armenians", "armenians", "azerbaijan", "azerbaijan", "azerbaijan", "x1y2z3w4v", "1", "st", "negotiate", "renegotiate"],
            tokens.Select(t => t.Normalized));
        Assert.Same(tokens[0].Normalized, tokens[1].Normalized);
        Assert.Same(tokens[3].Normalized, tokens[5].Normalized);
        Assert.Equal([false, true, false, false, true, false, false, false, true, false, false], tokens.Select(t => t.IsAllCaps));
    }

    [Fact]
    public void Words_ending_at_typographic_marks_keep_their_spans()
    {
        const string text = "Baku\u2019s envoy\u2014then \u201CYerevan\u201D and Shushi\u2019a.";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(["baku", "'s", "envoy", "-", "then", "\u201C", "yerevan", "\u201D", "and", "shushia", "."], tokens.Select(t => t.Normalized));
        Assert.Equal("Shushi\u2019a", tokens[9].Span.Slice(text));
        Assert.Equal(TokenKind.Punctuation, tokens[3].Kind);
    }

    [Fact]
    public void A_token_gives_back_what_it_was_made_with()
    {
        // Length, kind and case flags share one field: each must come back unchanged, up to the longest span.
        foreach (var kind in Enum.GetValues<TokenKind>())
        {
            var token = new Token(new CharSpan(7, 7 + Token.MaxLength), "x", kind, isCapitalized: true, isAllCaps: false);
            Assert.Equal((new CharSpan(7, 7 + Token.MaxLength), "x", kind, true, false), (token.Span, token.Normalized, token.Kind, token.IsCapitalized, token.IsAllCaps));
            Assert.Equal(new Token(new CharSpan(7, 7 + Token.MaxLength), "x", kind, true, false), token);
            Assert.NotEqual(new Token(new CharSpan(7, 7 + Token.MaxLength), "x", kind, true, true), token);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => new Token(new CharSpan(0, Token.MaxLength + 1), "x", TokenKind.Word, false, false));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Token(new CharSpan(0, 1), "x", (TokenKind)3, false, false));
    }

    [Fact]
    public void Numbers_keep_separators_and_acronyms_are_flagged()
    {
        var tokens = Tokenizer.Tokenize("over 100,000 left; the EU said");
        Assert.Contains(tokens, t => t.Kind == TokenKind.Number && t.Normalized == "100,000");
        Assert.Contains(tokens, t => t.Normalized == "eu" && t.IsAllCaps);
    }
}
