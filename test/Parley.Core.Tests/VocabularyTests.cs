using System.Collections.Concurrent;
using Parley.Text;

namespace Parley.Core.Tests;

public sealed class VocabularyTests
{
    [Fact]
    public void The_same_word_in_any_case_gets_one_id()
    {
        var tokens = Tokenizer.Tokenize("Envoys MET; the envoys met again, and ENVOYS Met once more.");
        var envoys = tokens.Where(t => t.Normalized == "envoys").Select(t => t.WordId).ToList();
        var met = tokens.Where(t => t.Normalized == "met").Select(t => t.WordId).ToList();

        Assert.Equal(3, envoys.Count);
        Assert.Single(envoys.Distinct());
        Assert.Single(met.Distinct());
        Assert.NotEqual(envoys[0], met[0]);
        Assert.NotEqual(Vocabulary.Unknown, envoys[0]);
        Assert.Equal(envoys[0], Vocabulary.Find("envoys"));
    }

    [Fact]
    public void Words_with_diacritics_apostrophes_and_numbers_get_the_id_of_their_folded_form()
    {
        var tokens = Tokenizer.Tokenize("Şuşa and Susa; 1,200 and 1,200; Shi'a and Shia");

        Assert.Equal(tokens[0].WordId, tokens[2].WordId);
        Assert.Equal(tokens[4].WordId, tokens[6].WordId);
        Assert.Equal(tokens[8].WordId, tokens[10].WordId);
        Assert.All(tokens, t => Assert.Equal(Vocabulary.Find(t.Normalized), t.WordId));
    }

    [Fact]
    public void An_unseen_word_gets_a_new_id_of_its_own()
    {
        var word = "zqxvortlemb" + Guid.NewGuid().ToString("N")[..8];
        Assert.Equal(Vocabulary.Unknown, Vocabulary.Find(word));

        var token = Tokenizer.Tokenize("The " + word.ToUpperInvariant() + " pact")[1];

        Assert.NotEqual(Vocabulary.Unknown, token.WordId);
        Assert.Equal(token.WordId, Vocabulary.Find(word));
        Assert.Equal(token.WordId, Vocabulary.Intern(word));
        Assert.NotEqual(token.WordId, Vocabulary.Find("pact"));
    }

    [Fact]
    public void A_token_made_by_hand_gets_the_id_the_tokenizer_gives()
    {
        var token = new Token(new CharSpan(0, 6), "border", TokenKind.Word, false, false);
        Assert.Equal(Tokenizer.Tokenize("Border")[0].WordId, token.WordId);
    }

    [Fact]
    public void Threads_tokenising_at_once_agree_on_every_id()
    {
        // Words no other test uses, each new to the vocabulary, read by many threads at once in different orders.
        var prefix = "wq" + Guid.NewGuid().ToString("N")[..6];
        var words = Enumerable.Range(0, 400).Select(n => prefix + n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var seen = new ConcurrentBag<(string Word, int Id)>();
        Parallel.For(0, 16, worker =>
        {
            var order = worker % 2 == 0 ? words : words.Reverse().ToArray();
            var text = string.Join(' ', order.Select((w, k) => k % 3 == 0 ? w.ToUpperInvariant() : w));
            foreach (var token in Tokenizer.Tokenize(text))
            {
                seen.Add((token.Normalized, token.WordId));
            }
        });

        var byWord = seen.GroupBy(s => s.Word).ToDictionary(g => g.Key, g => g.Select(s => s.Id).Distinct().ToList());
        Assert.Equal(words.Length, byWord.Count);
        Assert.All(byWord.Values, ids => Assert.Single(ids));
        Assert.Equal(words.Length, byWord.Values.Select(ids => ids[0]).Distinct().Count());
        Assert.DoesNotContain(Vocabulary.Unknown, byWord.Values.Select(ids => ids[0]));
    }

    [Fact]
    public void A_word_set_answers_as_a_string_set_of_the_same_words()
    {
        string[] listed = ["ceasefire", "Truce", "withdrawal", "talks", "peace"];
        var ordinal = new WordSet(listed);
        var blind = new WordSet(listed, ignoreCase: true);
        var ordinalStrings = new HashSet<string>(listed, StringComparer.Ordinal);
        var blindStrings = new HashSet<string>(listed, StringComparer.OrdinalIgnoreCase);

        var text = "A ceasefire and a TRUCE held while talks on withdrawal stalled; peace talks resumed, the truce did not.";
        foreach (var token in Tokenizer.Tokenize(text))
        {
            Assert.Equal(ordinalStrings.Contains(token.Normalized), ordinal.Contains(token));
            Assert.Equal(blindStrings.Contains(token.Normalized), blind.Contains(token));
            Assert.Equal(blindStrings.Contains(token.Normalized), blind.Contains(token.WordId));
        }

        foreach (var word in new[] { "Truce", "truce", "TALKS", "talks", "war", "" })
        {
            Assert.Equal(ordinalStrings.Contains(word), ordinal.Contains(word));
            Assert.Equal(blindStrings.Contains(word), blind.Contains(word));
        }

        Assert.Equal(5, blind.Count);
        Assert.False(new WordSet([]).Contains(Tokenizer.Tokenize("truce")[0]));
    }
}
