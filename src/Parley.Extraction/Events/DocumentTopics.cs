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
/// <param name="StandsIn">True for a word that names its topic only through what came before ("the corridor", "their return").</param>
internal readonly record struct TopicPhrase(int FirstToken, int LastToken, string[] Topics, bool NamesTopic, bool StandsIn = false);

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
            var earlier = phrases[..lo];
            if (acrossStart)
            {
                earlier = earlier[..^1];
            }

            Find(first, last, own, earlier);
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
                Find(0, analysis.Tokens.Count - 1, _phrases, []);
            }
        }

        return CollectionsMarshal.AsSpan(_phrases);
    }

    // The topic phrases in tokens [first, last], those naming none included; `earlier` holds the document's phrases
    // before them, read when a bare head noun or an owned word looks back for what it stands for.
    private void Find(int first, int last, List<TopicPhrase> phrases, ReadOnlySpan<TopicPhrase> earlier)
    {
        var stream = MatchStream.For(analysis);
        var i = PhraseMatcher<string>.StreamIndexAt(stream, first);
        var start = phrases.Count;
        while (cues.NextTopicPhrase(analysis.Tokens, stream, ref i, last, out var from, out var to, out var topics))
        {
            var standsIn = false;
            if (Array.IndexOf(topics, EventCues.HeadMarker) >= 0)
            {
                var heard = HeadTopics(from, topics, CollectionsMarshal.AsSpan(phrases)[start..], earlier);

                // A topic word read as itself ("supplies" with nothing before) is no stand-in.
                standsIn = heard.Length != topics.Length - 1 || Array.Exists(heard, t => Array.IndexOf(topics, t) < 0);
                topics = heard;
            }
            else if (Array.IndexOf(topics, EventCues.PossessedMarker) >= 0)
            {
                // "the detainees … demanded their immediate return": the people owning the word are those last named.
                if (from == to && cues.PossessedTopics.TryGetValue(analysis.Tokens[from].Normalized, out var owner) &&
                    IsPossessed(from) && LastNamed(CollectionsMarshal.AsSpan(phrases)[start..], earlier, from) is { } last0 &&
                    Array.IndexOf(last0.Topics, owner) >= 0)
                {
                    topics = [owner];
                    standsIn = true;
                }
                else
                {
                    var own = topics.Where(t => t != EventCues.PossessedMarker).ToArray();
                    topics = own.Length > 0 ? own : [NoTopicPayload];
                }
            }

            // "return four villages": land handed back names no return of people.
            var names = NamesTopic(topics) && !(from == to && LandObject.Follows(analysis.Tokens, to, analysis.Tokens.Count - 1, cues.LandNouns));
            phrases.Add(new TopicPhrase(from, to, topics, names, standsIn));
        }
    }

    /// <summary>
    /// The topics of a head noun of the pack's <c>topic_heads</c> at <paramref name="at"/>: a bare "the corridor", "the
    /// mission" (or a head that is a topic word itself: "supplies") stands for the issue of the last topic phrase of
    /// more than one word that it ended ("the Lachin corridor", "gas supplies"); with none before, the head's default
    /// issue, else its own topics (none for a plain noun). A head with its own complement ("the mission of the OSCE")
    /// or after "their" ("failed in their mission": a task) stands for nothing named before.
    /// </summary>
    private string[] HeadTopics(int at, string[] topics, ReadOnlySpan<TopicPhrase> before, ReadOnlySpan<TopicPhrase> earlier)
    {
        var tokens = analysis.Tokens;
        var own = topics.Where(t => t != EventCues.HeadMarker).ToArray();
        var word = tokens[at].Normalized;
        var previous = at > 0 ? tokens[at - 1].Normalized : "";
        var next = at + 1 < tokens.Count ? tokens[at + 1].Normalized : "";
        var definite = previous is "the" or "this" or "that" or "these" or "those";
        if (next is "of" or "from" || (!definite && own.Length == 0))
        {
            return own.Length > 0 ? own : [NoTopicPayload];
        }

        // "checks on the corridor", "patrols along the route": a place where something happens, not the issue.
        var place = definite && at > 1 && tokens[at - 2].Normalized is "on" or "along" or "at" or "in" or "near" or "across";
        var antecedent = place ? null : LastEndingIn(before, earlier, word, at);
        if (antecedent is { } found)
        {
            return found;
        }

        if (own.Length > 0)
        {
            return own;
        }

        return cues.TopicHeads.TryGetValue(word, out var fallback) && fallback is not null ? [fallback] : [NoTopicPayload];
    }

    // How far back, in tokens, a bare head looks for the phrase it stands for: a few paragraphs of news. Further
    // back, "the route" is more likely a route named in other words since.
    private const int HeadReach = 200;

    // The topics of the phrase ending at the nearest earlier `word` (or its singular or plural), within HeadReach
    // tokens before token `at`, when that phrase names a topic: "the Lachin corridor", or "the corridor" read so
    // before. When the nearest is a plain noun ("a rights group … the group"), it is what the head stands for, and
    // no issue is.
    private string[]? LastEndingIn(ReadOnlySpan<TopicPhrase> before, ReadOnlySpan<TopicPhrase> earlier, string word, int at)
    {
        var tokens = analysis.Tokens;
        for (var j = at - 1; j >= 0 && at - j <= HeadReach; j--)
        {
            if (SameHead(tokens[j].Normalized, word))
            {
                return EndingAt(before, j) ?? EndingAt(earlier, j);
            }
        }

        return null;
    }

    // The topics of the phrase naming a topic that ends at token `last`, if any.
    private static string[]? EndingAt(ReadOnlySpan<TopicPhrase> phrases, int last)
    {
        for (var k = phrases.Length - 1; k >= 0 && phrases[k].LastToken >= last; k--)
        {
            if (phrases[k].LastToken == last)
            {
                return phrases[k].NamesTopic ? phrases[k].Topics : null;
            }
        }

        return null;
    }

    // "commission" and "commissions" are one head.
    private static bool SameHead(string a, string b) =>
        a == b || (a.Length == b.Length + 1 && a[^1] == 's' && a.StartsWith(b, StringComparison.Ordinal)) ||
        (b.Length == a.Length + 1 && b[^1] == 's' && b.StartsWith(a, StringComparison.Ordinal));

    // "their return", "his immediate release": a possessive right before the word, or one word before it.
    private bool IsPossessed(int at)
    {
        var tokens = analysis.Tokens;
        static bool Possessive(string w) => w is "their" or "his" or "her";
        return (at > 0 && Possessive(tokens[at - 1].Normalized)) ||
            (at > 1 && Possessive(tokens[at - 2].Normalized) && tokens[at - 1].IsWord && !tokens[at - 1].IsCapitalized);
    }

    // The last phrase naming a topic before token `at`, no more than 40 tokens back (the sentence or the one before).
    private static TopicPhrase? LastNamed(ReadOnlySpan<TopicPhrase> before, ReadOnlySpan<TopicPhrase> earlier, int at)
    {
        for (var k = before.Length - 1; k >= 0; k--)
        {
            if (before[k].NamesTopic)
            {
                return at - before[k].LastToken <= 40 ? before[k] : null;
            }
        }

        for (var k = earlier.Length - 1; k >= 0; k--)
        {
            if (earlier[k].NamesTopic)
            {
                return at - earlier[k].LastToken <= 40 ? earlier[k] : null;
            }
        }

        return null;
    }

    // The payload of a phrase that names no topic (as EventCues registers an excluded phrase).
    private const string NoTopicPayload = "";

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
            // "talks with EU mediation" says how talks went, not what a text is about; "the corridor" only repeats
            // what the document named in full.
            if (!phrase.NamesTopic || phrase.StandsIn || Arguments.TopicReader.IsMannerOfMediation(analysis.Tokens, 0, phrase.FirstToken, phrase.LastToken))
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
