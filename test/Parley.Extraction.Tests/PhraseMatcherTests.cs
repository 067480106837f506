using Parley.Extraction.Matching;
using Parley.Text;

namespace Parley.Extraction.Tests;

public sealed class PhraseMatcherTests
{
    private static List<string> Found(PhraseMatcher<string> matcher, string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return [.. matcher.FindAll(tokens, MatchTokens.Select(tokens)).SelectMany(m => m.Payloads)];
    }

    [Fact]
    public void A_phrase_added_after_a_search_is_found_by_the_next_one()
    {
        // The trie is frozen for reading on the first search; adding to it afterwards must not be lost.
        var matcher = new PhraseMatcher<string>();
        matcher.Add("border commission", "commission");
        const string text = "The border commission met the peace council in the capital.";
        Assert.Equal(["commission"], Found(matcher, text));

        matcher.Add("peace council", "council");
        matcher.Add("border commission met", "longer");
        Assert.Equal(["longer", "council"], Found(matcher, text));
    }

    [Fact]
    public void Longest_match_wins_and_matches_do_not_overlap()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("Lachin", "town");
        matcher.Add("Lachin corridor", "road");
        matcher.Add("corridor talks", "talks");
        Assert.Equal(["road", "town"], Found(matcher, "The Lachin corridor talks moved to Lachin."));
    }
}
