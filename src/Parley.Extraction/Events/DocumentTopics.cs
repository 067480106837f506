using System.Buffers;
using System.Runtime.InteropServices;
using Parley.Extraction.Matching;
using Parley.Pipeline;
using Parley.Text;

namespace Parley.Extraction.Events;

/// <summary>A topic phrase found in a document: its tokens and the topic ids it names (none for an excluded phrase).</summary>
/// <param name="FirstToken">Index of its first document token.</param>
/// <param name="LastToken">Index of its last document token.</param>
/// <param name="Topics">The topic ids registered under the phrase.</param>
/// <param name="NamesTopic">False for a phrase that only hides a trigger inside it ("land mines").</param>
internal readonly record struct TopicPhrase(int FirstToken, int LastToken, string[] Topics, bool NamesTopic);

/// <summary>
/// A document's topic phrases, found in one pass over the whole text when first asked for and shared by the event,
/// claim and position readers (a document feature): the issue the document names most often, and the phrases of
/// each sentence, quote or clause.
/// </summary>
/// <remarks>
/// The matcher reads left to right, longest match first, so the phrases a search of a sentence alone finds are the
/// document's phrases inside it, unless one of the document's phrases runs across an end of the sentence; then (a
/// heading run into the next line, say) the sentence is searched on its own. Phrases are kept as values, not as a
/// match object each.
/// </remarks>
internal sealed class DocumentTopics
{
    private readonly EventCues cues;
    private readonly DocumentAnalysis analysis;

    private DocumentTopics(EventCues cues, DocumentAnalysis analysis)
    {
        this.cues = cues;
        this.analysis = analysis;
    }

    /// <summary>
    /// The topic phrases of <paramref name="analysis"/> under <paramref name="cues"/>, found on first use and kept
    /// with the document (tokens do not change after tokenising), so each reader asks the topic trie nothing again.
    /// </summary>
    public static DocumentTopics For(DocumentAnalysis analysis, EventCues cues)
    {
        var topics = analysis.GetFeature<DocumentTopics>();
        if (topics is null || !ReferenceEquals(topics.cues, cues))
        {
            topics = new DocumentTopics(cues, analysis);
            analysis.SetFeature(topics);
        }

        return topics;
    }

    // Every phrase, those naming no topic included (they hide what they hold, and may run across a sentence's end).
    private List<TopicPhrase>? _phrases;

    private bool _dominantRead;
    private string? _dominant;

    /// <summary>The issue the document names most often (of equal counts, the one named first), or null when it names none.</summary>
    public string? Dominant
    {
        get
        {
            if (!_dominantRead)
            {
                _dominant = MostNamed();
                _dominantRead = true;
            }

            return _dominant;
        }
    }

    /// <summary>
    /// The phrases in tokens [<paramref name="first"/>, <paramref name="last"/>] (a sentence's), in order, as a
    /// search of those tokens alone finds them, those that name no topic included (which the caller skips); not to
    /// be changed.
    /// </summary>
    public ReadOnlySpan<TopicPhrase> Within(int first, int last)
    {
        if (last < first)
        {
            return [];
        }

        var phrases = Phrases();
        var lo = LowerBound(phrases, first);
        var hi = LowerBound(phrases, last + 1);
        var acrossStart = lo > 0 && phrases[lo - 1].LastToken >= first;
        var acrossEnd = hi > lo && phrases[hi - 1].LastToken > last;
        if (acrossStart || acrossEnd)
        {
            var own = new List<TopicPhrase>();
            Find(first, last, own);
            return CollectionsMarshal.AsSpan(own);
        }

        return phrases[lo..hi];
    }

    /// <summary>
    /// Topic ids named in tokens [<paramref name="first"/>, <paramref name="last"/>], each once, in the order first
    /// named (a phrase naming no topic hides the triggers inside it), as a fresh list.
    /// </summary>
    public List<string> TopicsIn(int first, int last)
    {
        // A clause names a few topics at most: a scan of the list keeps first-seen order without a set or LINQ.
        var topics = new List<string>();
        foreach (var phrase in Within(first, last))
        {
            if (!phrase.NamesTopic)
            {
                continue;
            }

            foreach (var topic in phrase.Topics)
            {
                if (!topics.Contains(topic))
                {
                    topics.Add(topic);
                }
            }
        }

        return topics;
    }

    /// <summary>The phrases naming a topic in tokens [<paramref name="first"/>, <paramref name="last"/>], in order, each with its topic ids, as a fresh list.</summary>
    public List<PhraseMatch<string>> Matches(int first, int last)
    {
        var tokens = analysis.Tokens;
        var matches = new List<PhraseMatch<string>>();
        foreach (var phrase in Within(first, last))
        {
            if (phrase.NamesTopic)
            {
                matches.Add(new PhraseMatch<string>(phrase.FirstToken, phrase.LastToken,
                    new CharSpan(tokens[phrase.FirstToken].Span.Start, tokens[phrase.LastToken].Span.End), phrase.Topics));
            }
        }

        return matches;
    }

    private ReadOnlySpan<TopicPhrase> Phrases()
    {
        if (_phrases is null)
        {
            // About one topic phrase in twenty words of news, so the list seldom grows.
            _phrases = new List<TopicPhrase>(analysis.Tokens.Count / 16);
            if (analysis.Tokens.Count > 0)
            {
                Find(0, analysis.Tokens.Count - 1, _phrases);
            }
        }

        return CollectionsMarshal.AsSpan(_phrases);
    }

    // The topic phrases in tokens [first, last], those naming none included.
    private void Find(int first, int last, List<TopicPhrase> phrases)
    {
        var stream = MatchStream.For(analysis);
        var i = PhraseMatcher<string>.StreamIndexAt(stream, first);
        while (cues.NextTopicPhrase(analysis.Tokens, stream, ref i, last, out var from, out var to, out var topics))
        {
            // "return four villages": land handed back names no return of people.
            var names = NamesTopic(topics) && !(from == to && LandObject.Follows(analysis.Tokens, to, analysis.Tokens.Count - 1, cues.LandNouns));
            phrases.Add(new TopicPhrase(from, to, topics, names));
        }
    }

    private static bool NamesTopic(string[] topics)
    {
        foreach (var t in topics)
        {
            if (t.Length != 0)
            {
                return true;
            }
        }

        return false;
    }

    // The first phrase starting at or after token `first`.
    private static int LowerBound(ReadOnlySpan<TopicPhrase> phrases, int first)
    {
        int lo = 0, hi = phrases.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (phrases[mid].FirstToken < first)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private string? MostNamed()
    {
        var phrases = Phrases();
        if (analysis.Tokens.Count == 0)
        {
            return null;
        }

        // The most counted topic; of equal counts, the one named first. A document names a few topics: they are
        // counted in rented scratch, in the order first named, found by a scan rather than a map.
        var bound = 0;
        foreach (var phrase in phrases)
        {
            bound += phrase.Topics.Length;
        }

        var order = ArrayPool<string>.Shared.Rent(Math.Max(1, bound));
        var counts = ArrayPool<int>.Shared.Rent(Math.Max(1, bound));
        var named = 0;
        foreach (var phrase in phrases)
        {
            // "talks with EU mediation" says how talks went, not what a text is about.
            if (!phrase.NamesTopic || Arguments.TopicReader.IsMannerOfMediation(analysis.Tokens, 0, phrase.FirstToken, phrase.LastToken))
            {
                continue;
            }

            foreach (var topic in phrase.Topics)
            {
                var at = Array.IndexOf(order, topic, 0, named);
                if (at < 0)
                {
                    at = named++;
                    order[at] = topic;
                    counts[at] = 0;
                }

                counts[at]++;
            }
        }

        string? best = null;
        var bestCount = 0;
        for (var k = 0; k < named; k++)
        {
            if (counts[k] > bestCount)
            {
                best = order[k];
                bestCount = counts[k];
            }
        }

        ArrayPool<string>.Shared.Return(order, clearArray: true);
        ArrayPool<int>.Shared.Return(counts);
        return best;
    }
}
