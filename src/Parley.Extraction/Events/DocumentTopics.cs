using System.Runtime.InteropServices;
using Parley.Extraction.Matching;
using Parley.Pipeline;

namespace Parley.Extraction.Events;

/// <summary>
/// A document's topic phrases, found in one pass over the whole text when first asked for, for the event reader:
/// the issue the document names most often, and the phrases of each sentence.
/// </summary>
/// <remarks>
/// The matcher reads left to right, longest match first, so the phrases a search of a sentence alone finds are the
/// document's phrases inside it, unless one of the document's phrases runs across an end of the sentence; then (a
/// heading run into the next line, say) the sentence is searched on its own.
/// </remarks>
internal sealed class DocumentTopics(EventCues cues, DocumentAnalysis analysis)
{
    // Every phrase, those naming no topic included (they hide what they hold, and may run across a sentence's end).
    private List<PhraseMatch<string>>? _phrases;

    // The phrases that name a topic, and the first token of each.
    private PhraseMatch<string>[] _named = [];
    private int[] _namedFirst = [];

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
    /// The topic phrases in tokens [<paramref name="first"/>, <paramref name="last"/>] (a sentence's), in order, as
    /// <see cref="EventCues.TopicMatches"/> finds them there; not to be changed.
    /// </summary>
    public ReadOnlySpan<PhraseMatch<string>> Within(int first, int last)
    {
        var phrases = Phrases();
        var lo = LowerBound(phrases, first);
        var hi = LowerBound(phrases, last + 1);
        var acrossStart = lo > 0 && phrases[lo - 1].LastToken >= first;
        var acrossEnd = hi > lo && phrases[hi - 1].LastToken > last;
        if (acrossStart || acrossEnd)
        {
            return CollectionsMarshal.AsSpan(cues.TopicMatches(analysis, first, last));
        }

        var from = PhraseIndex.LowerBound(_namedFirst, first);
        var to = PhraseIndex.LowerBound(_namedFirst, last + 1);
        return _named.AsSpan(from, to - from);
    }

    private List<PhraseMatch<string>> Phrases()
    {
        if (_phrases is null)
        {
            _phrases = analysis.Tokens.Count == 0 ? [] : cues.TopicPhrases(analysis, 0, analysis.Tokens.Count - 1);
            var named = new List<PhraseMatch<string>>(_phrases.Count);
            foreach (var m in _phrases)
            {
                if (EventCues.NamesTopic(m))
                {
                    named.Add(m);
                }
            }

            _named = [.. named];
            _namedFirst = new int[_named.Length];
            for (var k = 0; k < _named.Length; k++)
            {
                _namedFirst[k] = _named[k].FirstToken;
            }
        }

        return _phrases;
    }

    // The first phrase starting at or after token `first`.
    private static int LowerBound(List<PhraseMatch<string>> phrases, int first)
    {
        int lo = 0, hi = phrases.Count;
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
        if (analysis.Tokens.Count == 0)
        {
            return null;
        }

        Phrases();
        // The most counted topic; of equal counts, the one named first.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var match in _named)
        {
            // "talks with EU mediation" says how talks went, not what a text is about.
            if (EventStage.IsMannerOfMediation(analysis.Tokens, 0, match.FirstToken, match.LastToken))
            {
                continue;
            }

            foreach (var topic in match.Payloads)
            {
                ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, topic, out var seen);
                if (!seen)
                {
                    order.Add(topic);
                }

                count++;
            }
        }

        string? best = null;
        var bestCount = 0;
        foreach (var topic in order)
        {
            if (counts[topic] > bestCount)
            {
                best = topic;
                bestCount = counts[topic];
            }
        }

        return best;
    }
}
