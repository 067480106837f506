using Parley.Extraction.Text;

namespace Parley.Extraction.Tests;

public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text) =>
        [.. new SentenceSplitter().Split(text).Select(s => s.Span.Slice(text))];

    [Fact]
    public void Abbreviations_and_initials_do_not_end_sentences()
    {
        var s = Split("Maj. Gen. Ivan Petrov met U.S. envoys on Dec. 3. The talks ended. N. V. Doe agreed.");
        Assert.Equal(["Maj. Gen. Ivan Petrov met U.S. envoys on Dec. 3.", "The talks ended.", "N. V. Doe agreed."], s);
    }

    [Fact]
    public void An_initial_I_before_another_initial_is_no_pronoun_ending_a_sentence()
    {
        var s = Split("The letter was signed by I. H. Doe and the envoy. Then I. Afterwards nobody spoke.");
        Assert.Equal(["The letter was signed by I. H. Doe and the envoy.", "Then I.", "Afterwards nobody spoke."], s);
    }

    [Fact]
    public void Closing_quotes_stay_with_their_sentence_and_lines_split()
    {
        var s = Split("Headline Without Stop\nHe said: \"We will go.\" Then they left.");
        Assert.Equal(["Headline Without Stop", "He said: \"We will go.\"", "Then they left."], s);
        Assert.True(new SentenceSplitter().Split("Headline Without Stop\nBody text.")[0].IsHeading);
    }

    [Fact]
    public void Parenthetical_citations_stay_inside()
    {
        var s = Split("The road was closed (Example News, March 1). It reopened later.");
        Assert.Equal(2, s.Count);
        Assert.EndsWith("March 1).", s[0], StringComparison.Ordinal);
    }
}
