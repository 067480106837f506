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

    [Fact]
    public void A_next_word_alike_in_length_and_ends_to_a_listed_one_does_not_continue_it()
    {
        // "tasks" and "talks" share their length, first and last letter, which is all the matcher's quick filters of
        // words read: only the comparison of the words tells them apart.
        var matcher = new PhraseMatcher<string>();
        matcher.Add("border talks", "talks");
        matcher.Add("border", "border");
        Assert.Equal(["border"], Found(matcher, "The border tasks were set."));
        Assert.Equal(["talks"], Found(matcher, "The border talks were set."));
    }

    [Fact]
    public void Words_of_their_own_strings_match_as_the_tokenizer_s_shared_ones_do()
    {
        // Tokens made elsewhere need not share the tokenizer's strings: the trie compares characters, not instances.
        var matcher = new PhraseMatcher<string>();
        matcher.Add("ceasefire monitoring mission", "mission");
        matcher.Add("ceasefire monitoring", "monitoring");
        var words = new[] { "the", "ceasefire", "monitoring", "mission", "left" };
        var tokens = new List<Token>();
        var at = 0;
        foreach (var w in words)
        {
            tokens.Add(new Token(new CharSpan(at, at + w.Length), new string(w.AsSpan()), TokenKind.Word, false, false));
            at += w.Length + 1;
        }

        var found = matcher.FindAll(tokens, MatchTokens.Select(tokens));
        Assert.Equal(["mission"], found.SelectMany(m => m.Payloads));
        Assert.Equal((1, 3), (found[0].FirstToken, found[0].LastToken));
    }

    [Fact]
    public void A_node_that_grows_past_a_few_children_after_a_search_keeps_every_child()
    {
        // The trie freezes its maps on the first search and freezes a node again once it has many children: both the
        // words added before the first search and those added after it are found.
        var matcher = new PhraseMatcher<string>();
        string[] before = ["north", "south", "east"];
        string[] after = ["west", "upper", "lower", "inner", "outer", "central", "coastal"];
        foreach (var w in before)
        {
            matcher.Add($"{w} district", w);
        }

        Assert.Equal(["south"], Found(matcher, "Shelling hit the south district again."));
        foreach (var w in after)
        {
            matcher.Add($"{w} district", w);
        }

        Assert.Equal(["north", "coastal", "west"], Found(matcher, "The north district, the coastal district and the west district voted."));
        Assert.Empty(Found(matcher, "The northern district voted."));
    }

    [Fact]
    public void Many_phrases_sharing_words_are_found_as_a_plain_longest_match_search_finds_them()
    {
        // Word-id maps with many keys per node (colliding slots included) must answer as a search by strings does.
        string[] words = ["border", "talks", "peace", "envoy", "truce", "river", "corridor", "road", "village", "guard",
            "mission", "treaty", "summit", "shelling", "convoy", "aid", "delegation", "ministry", "capital", "checkpoint"];
        var random = new Random(7);
        var phrases = new HashSet<string>(StringComparer.Ordinal);
        while (phrases.Count < 300)
        {
            phrases.Add(string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => words[random.Next(words.Length)])));
        }

        var matcher = new PhraseMatcher<string>();
        foreach (var phrase in phrases)
        {
            matcher.Add(phrase, phrase);
        }

        var text = string.Join(' ', Enumerable.Range(0, 400).Select(_ => random.Next(4) == 0 ? "the" : words[random.Next(words.Length)]));
        var tokens = Tokenizer.Tokenize(text);
        var expected = new List<string>();
        for (var i = 0; i < tokens.Count;)
        {
            var longest = Enumerable.Range(1, Math.Min(3, tokens.Count - i)).Reverse()
                .Select(n => string.Join(' ', tokens.Skip(i).Take(n).Select(t => t.Normalized)))
                .FirstOrDefault(phrases.Contains);
            expected.AddRange(longest is null ? [] : [longest]);
            i += longest is null ? 1 : longest.Count(c => c == ' ') + 1;
        }

        Assert.Equal(expected, Found(matcher, text));
        Assert.True(expected.Count > 50);
    }
}
