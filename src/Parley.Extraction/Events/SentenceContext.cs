using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Parley.Extraction.Entities;
using Parley.Extraction.Matching;
using Parley.Model;
using Parley.Pipeline;
using Parley.Text;
using Parley.Time;

namespace Parley.Extraction.Events;

/// <summary>
/// One sentence seen through what earlier stages found in it: its tokens, linked mentions and date
/// expressions. Shared by the event, claim and position readers so each reads a sentence the same way.
/// </summary>
/// <remarks>
/// Phrase look-ups go through a per-document index (<see cref="PhraseIndex"/>) of where each word occurs, so a
/// search costs a binary search instead of a scan of the sentence, and a cue list searched again and again
/// is located in the document once.
/// </remarks>
public sealed class SentenceContext
{
    // Cue phrases are tokenised once, not on every sentence.
    private static readonly ConcurrentDictionary<string, string[]> KeyCache = new(StringComparer.Ordinal);

    // Space-separated phrases given to Find(string, ...), split once.
    private static readonly ConcurrentDictionary<string, string[]> SplitCache = new(StringComparer.Ordinal);

    // Lists given to KeysOf, by reference (a pack's lists live as long as the pack).
    private static readonly ConditionalWeakTable<IReadOnlyList<string>, string[][]> ListKeyCache = [];

    private readonly PhraseIndex _index;

    // The document's tokens, read once: Word and Tokens are asked at nearly every step of every reader. Held as the
    // list itself (the tokenizer's), so a read is no interface call where dynamic PGO is off (the CLI).
    private readonly List<Token> _tokens;
    private List<LinkedMention>? _actors;
    private string? _text;

    private SentenceContext(DocumentAnalysis analysis, List<Token> tokens, PhraseIndex index, Sentence sentence, int firstToken, int lastToken,
        IReadOnlyList<LinkedMention> mentions, IReadOnlyList<TimeExpression> times)
    {
        Analysis = analysis;
        _tokens = tokens;
        _index = index;
        Sentence = sentence;
        FirstToken = firstToken;
        LastToken = lastToken;
        Mentions = mentions;
        Times = times;
    }

    /// <summary>
    /// The rest of the sentence from token <paramref name="first"/> on, with its own mentions and dates: "…, while Y
    /// claimed B" read as a clause of its own.
    /// </summary>
    public SentenceContext From(int first)
    {
        var start = _tokens[first].Span.Start;
        return new SentenceContext(Analysis, _tokens, _index, Sentence, first, LastToken,
            [.. Mentions.Where(m => m.FirstToken >= first)], [.. Times.Where(t => t.Span.Start >= start)]);
    }

    /// <summary>The document's analysis.</summary>
    public DocumentAnalysis Analysis { get; }

    /// <summary>The sentence.</summary>
    public Sentence Sentence { get; }

    /// <summary>First token index of the sentence.</summary>
    public int FirstToken { get; }

    /// <summary>Last token index of the sentence.</summary>
    public int LastToken { get; }

    /// <summary>Mentions inside the sentence, in order.</summary>
    public IReadOnlyList<LinkedMention> Mentions { get; }

    /// <summary>Date expressions inside the sentence, in order.</summary>
    public IReadOnlyList<TimeExpression> Times { get; }

    /// <summary>The document's tokens.</summary>
    public IReadOnlyList<Token> Tokens => _tokens;

    /// <summary>
    /// True when token <paramref name="token"/> lies inside a date expression of the sentence ("May" in "on May 12" is
    /// no modal); with <paramref name="pointsOnly"/>, only one that says when, not how long ("two days earlier").
    /// </summary>
    internal bool InDate(int token, bool pointsOnly = false)
    {
        var span = _tokens[token].Span;
        for (var k = 0; k < Times.Count; k++)
        {
            var time = Times[k];
            if (time.Span.Start <= span.Start && span.End <= time.Span.End && !(pointsOnly && time.IsDuration))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Contexts of every sentence of the document, in order: made once and shared by the readers that walk the
    /// sentences (made again when a stage replaced the linked mentions or added mentions or dates); not to be changed.
    /// </summary>
    public static IReadOnlyList<SentenceContext> All(DocumentAnalysis analysis) => SentenceMembers.For(analysis).Contexts();

    // The contexts of every sentence holding a token, with their members as they stand.
    private static SentenceContext[] Make(DocumentAnalysis analysis, SentenceMembers inside)
    {
        var list = analysis.Tokens as List<Token> ?? [.. analysis.Tokens];
        var tokens = CollectionsMarshal.AsSpan(list);
        var index = PhraseIndex.For(analysis);
        var contexts = new List<SentenceContext>(analysis.Sentences.Count);
        var t = 0;
        for (var k = 0; k < analysis.Sentences.Count; k++)
        {
            var s = analysis.Sentences[k];
            while (t < tokens.Length && tokens[t].Span.Start < s.Span.Start)
            {
                t++;
            }

            var first = t;
            while (t < tokens.Length && tokens[t].Span.End <= s.Span.End)
            {
                t++;
            }

            if (t > first)
            {
                var (mentions, times) = inside.Of(k, first, t - 1, s.Span);
                contexts.Add(new SentenceContext(analysis, list, index, s, first, t - 1, mentions, times));
            }
        }

        return [.. contexts];
    }

    /// <summary>The normalised word at token <paramref name="i"/>, or "" outside the sentence.</summary>
    /// <remarks>Inlined where it is asked (readers ask it at nearly every step), also where no profile says so (the CLI runs without dynamic PGO).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public string Word(int i) => i >= FirstToken && i <= LastToken ? _tokens[i].Normalized : "";

    /// <summary>The <see cref="Vocabulary"/> id of the word at token <paramref name="i"/>, or <see cref="Vocabulary.Unknown"/> outside the sentence (for a <see cref="WordSet"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int WordId(int i) => i >= FirstToken && i <= LastToken ? Vocabulary.IdOf(_tokens[i]) : Vocabulary.Unknown;

    /// <summary>
    /// The normalised tokens of each phrase of a lasting list (a pack's), in list order: made once per list
    /// instance, so a caller walking the list pays one look-up instead of one per phrase.
    /// </summary>
    public static string[][] KeysOf(IReadOnlyList<string> phrases) =>
        ListKeyCache.GetValue(phrases, static list => [.. list.Select(KeyOf)]);

    /// <summary>The normalised tokens of a cue phrase, tokenised once per phrase.</summary>
    public static string[] KeyOf(string phrase) =>
        KeyCache.GetOrAdd(phrase, static p => Parley.Extraction.Matching.MatchTokens.Key(p));

    /// <summary>Index of the first occurrence of a phrase (normalised, space-separated) in tokens [from, to], or -1.</summary>
    public int Find(string phrase, int from, int to) => Find(SplitCache.GetOrAdd(phrase, static p => p.Split(' ')), from, to);

    /// <summary>Index of the first occurrence of the normalised tokens <paramref name="parts"/> in tokens [from, to], or -1.</summary>
    public int Find(string[] parts, int from, int to)
    {
        if (parts.Length == 0)
        {
            return -1;
        }

        var lo = Math.Max(from, FirstToken);
        var end = Math.Min(to, LastToken) - parts.Length + 1;
        return end < lo ? -1 : _index.First(parts, lo, end);
    }

    /// <summary>Index of the first of <paramref name="phrases"/> found in [from, to], or -1.</summary>
    /// <remarks>At equal positions the phrase listed first wins.</remarks>
    public int FindAny(IEnumerable<string> phrases, int from, int to, out string? found)
    {
        if (_index.ListOf(phrases) is { } list)
        {
            return list.First(Math.Max(from, FirstToken), Math.Min(to, LastToken), out found);
        }

        found = null;
        var best = -1;
        foreach (var p in phrases)
        {
            var at = Find(KeyOf(p), from, to);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
                found = p;
            }
        }

        return best;
    }

    /// <summary>The span of tokens [first, last] in the verbatim text.</summary>
    public CharSpan SpanOf(int first, int last) => new(Tokens[first].Span.Start, Tokens[last].Span.End);

    /// <summary>The sentence's verbatim text (one string per context, shared by the records quoting the sentence).</summary>
    public string Text => _text ??= Sentence.Span.Slice(Analysis.Text);

    /// <summary>
    /// The mediators the event reader found named in this sentence, kept for its next trigger in the same sentence
    /// (the answer depends on the sentence alone); null until first read. Not to be changed: readers take a copy.
    /// </summary>
    internal HashSet<string>? KnownMediators { get; set; }

    /// <summary>Where the sentence's closing attribution (", the ministry said.") opens, -1 when it has none; null until first read.</summary>
    internal int? KnownAttributionStart { get; set; }

    /// <summary>The places and roads the event reader found named in this sentence, kept for its next trigger; null until first read; not to be changed.</summary>
    internal List<LinkedMention>? KnownPlaces { get; set; }

    /// <summary>The counts the event reader last read in a clause of this sentence (tokens [First, Last]), kept for its next trigger there; not to be changed.</summary>
    internal (int First, int Last, List<(Quantity Quantity, int Token)> Found)? KnownQuantities { get; set; }

    /// <summary>The last person the sentence names, or null: whom a later "he" or "she" most likely means.</summary>
    internal LinkedMention? LastPerson()
    {
        for (var k = Mentions.Count - 1; k >= 0; k--)
        {
            if (Mentions[k].Kind == EntityKind.Person)
            {
                return Mentions[k];
            }
        }

        return null;
    }

    /// <summary>Mentions of actors (not places, routes or outlets).</summary>
    public IEnumerable<LinkedMention> Actors => ActorList;

    /// <summary>
    /// True for a party named only in an aside that says what it calls a place ("Stepanakert, which Azerbaijan calls
    /// Khankendi"): it takes no part in what the sentence tells.
    /// </summary>
    internal bool NamesInAside(LinkedMention m) =>
        Word(m.FirstToken - 1) is "which" or "what" && Word(m.LastToken + 1) is "calls" or "call" or "called" or "refers" or "names";

    /// <summary>Mentions of actors (not places, routes or outlets, nor a party naming a place in an aside), as a list to index; not to be changed.</summary>
    internal List<LinkedMention> ActorList
    {
        get
        {
            if (_actors is null)
            {
                _actors = new List<LinkedMention>(Mentions.Count);
                foreach (var m in Mentions)
                {
                    if (m.Kind is not (EntityKind.Place or EntityKind.Route or EntityKind.Outlet) && !NamesInAside(m))
                    {
                        _actors.Add(m);
                    }
                }
            }

            return _actors;
        }
    }

    /// <summary>
    /// The document's mentions and dates ordered by position, so each sentence takes its own with a binary
    /// search rather than a pass over the whole document. A document feature: the event, claim and position
    /// readers each walk the sentences, and each sentence's members (and its context) are taken once for all of
    /// them; taken again (and the order rebuilt) when a stage replaced the linked mentions or added to either list.
    /// </summary>
    private sealed class SentenceMembers(DocumentAnalysis analysis)
    {
        private (LinkedMentions? Source, int Mentions, int Times) _stamp = (null, -1, -1);
        private (int First, int Last, IReadOnlyList<LinkedMention> Mentions, IReadOnlyList<TimeExpression> Times)?[] _bySentence = [];
        private SentenceContext[]? _contexts;

        /// <summary>The members of <paramref name="analysis"/>, made on first use.</summary>
        public static SentenceMembers For(DocumentAnalysis analysis)
        {
            var members = analysis.GetFeature<SentenceMembers>();
            if (members is null)
            {
                members = new SentenceMembers(analysis);
                analysis.SetFeature(members);
            }

            return members;
        }

        /// <summary>The contexts of the document's sentences, made when first asked for since the members last changed.</summary>
        public SentenceContext[] Contexts()
        {
            Refresh();
            return _contexts ??= Make(analysis, this);
        }

        /// <summary>The mentions and dates of sentence <paramref name="sentence"/> (tokens [first, last], text <paramref name="span"/>).</summary>
        public (IReadOnlyList<LinkedMention> Mentions, IReadOnlyList<TimeExpression> Times) Of(int sentence, int first, int last, CharSpan span)
        {
            Refresh();

            if (_bySentence.Length <= sentence)
            {
                Array.Resize(ref _bySentence, Math.Max(sentence + 1, analysis.Sentences.Count));
            }

            if (_bySentence[sentence] is { } known && known.First == first && known.Last == last)
            {
                return (known.Mentions, known.Times);
            }

            var taken = (first, last, MentionsWithin(first, last), TimesWithin(span));
            _bySentence[sentence] = taken;
            return (taken.Item3, taken.Item4);
        }

        // Forgets what was taken when a stage replaced the linked mentions or added mentions or dates since.
        private void Refresh()
        {
            var linked = analysis.GetFeature<LinkedMentions>();
            var stamp = (linked, linked?.Items.Count ?? -1, analysis.TimeExpressions.Count);
            if (!ReferenceEquals(stamp.linked, _stamp.Source) || stamp.Item2 != _stamp.Mentions || stamp.Item3 != _stamp.Times)
            {
                _stamp = stamp;
                Array.Clear(_bySentence);
                _contexts = null;
            }
        }

        private (LinkedMention Mention, int Order)[]? _mentions;
        private LinkedMentions? _mentionSource;
        private int _mentionCount = -1;
        private TimeExpression[]? _times;
        private int _timeCount = -1;

        /// <summary>Mentions whose tokens lie inside [first, last], in the feature's list order.</summary>
        public IReadOnlyList<LinkedMention> MentionsWithin(int first, int last)
        {
            var linked = analysis.GetFeature<LinkedMentions>();
            if (linked is null)
            {
                return [];
            }

            if (_mentions is null || !ReferenceEquals(linked, _mentionSource) || linked.Items.Count != _mentionCount)
            {
                // Ordered by first token, ties kept in list order (a stable sort; the list is mostly in order already).
                var items = linked.Items;
                var ordered = new (LinkedMention Mention, int Order)[items.Count];
                var alreadyInOrder = true;
                for (var k = 0; k < ordered.Length; k++)
                {
                    ordered[k] = (items[k], k);
                    alreadyInOrder &= k == 0 || items[k - 1].FirstToken <= items[k].FirstToken;
                }

                if (!alreadyInOrder)
                {
                    Array.Sort(ordered, static (a, b) => a.Mention.FirstToken != b.Mention.FirstToken
                        ? a.Mention.FirstToken.CompareTo(b.Mention.FirstToken)
                        : a.Order.CompareTo(b.Order));
                }

                _mentions = ordered;
                _mentionSource = linked;
                _mentionCount = linked.Items.Count;
            }

            var sorted = _mentions;
            int lo = 0, hi = sorted.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (sorted[mid].Mention.FirstToken < first)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            // Count first, then fill an array of the exact size; re-sort only when ties broke list order.
            var count = 0;
            var inOrder = true;
            var lastOrder = -1;
            for (var k = lo; k < sorted.Length && sorted[k].Mention.FirstToken <= last; k++)
            {
                if (sorted[k].Mention.LastToken <= last)
                {
                    count++;
                    inOrder &= lastOrder < sorted[k].Order;
                    lastOrder = sorted[k].Order;
                }
            }

            if (count == 0)
            {
                return [];
            }

            if (inOrder)
            {
                // The usual case: taken straight into the result, no re-sort needed.
                var direct = new LinkedMention[count];
                count = 0;
                for (var k = lo; k < sorted.Length && sorted[k].Mention.FirstToken <= last; k++)
                {
                    if (sorted[k].Mention.LastToken <= last)
                    {
                        direct[count++] = sorted[k].Mention;
                    }
                }

                return direct;
            }

            var hits = new (LinkedMention Mention, int Order)[count];
            count = 0;
            for (var k = lo; k < sorted.Length && sorted[k].Mention.FirstToken <= last; k++)
            {
                if (sorted[k].Mention.LastToken <= last)
                {
                    hits[count++] = sorted[k];
                }
            }

            Array.Sort(hits, (a, b) => a.Order.CompareTo(b.Order));

            var result = new LinkedMention[hits.Length];
            for (var k = 0; k < result.Length; k++)
            {
                result[k] = hits[k].Mention;
            }

            return result;
        }

        /// <summary>Date expressions inside <paramref name="span"/>, by start (ties in list order).</summary>
        public IReadOnlyList<TimeExpression> TimesWithin(CharSpan span)
        {
            var all = analysis.TimeExpressions;
            if (_times is null || all.Count != _timeCount)
            {
                // By start, ties in list order (a stable sort; the list is mostly in order already).
                var ordered = all.ToArray();
                var alreadyInOrder = true;
                for (var k = 1; k < ordered.Length && alreadyInOrder; k++)
                {
                    alreadyInOrder = ordered[k - 1].Span.Start <= ordered[k].Span.Start;
                }

                if (!alreadyInOrder)
                {
                    SortStably(all, ordered);
                }

                _times = ordered;
                _timeCount = all.Count;
            }

            var sorted = _times;
            int lo = 0, hi = sorted.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (sorted[mid].Span.Start < span.Start)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            var count = 0;
            for (var k = lo; k < sorted.Length && sorted[k].Span.Start <= span.End; k++)
            {
                if (sorted[k].Span.End <= span.End)
                {
                    count++;
                }
            }

            if (count == 0)
            {
                return [];
            }

            var result = new TimeExpression[count];
            count = 0;
            for (var k = lo; k < sorted.Length && sorted[k].Span.Start <= span.End; k++)
            {
                if (sorted[k].Span.End <= span.End)
                {
                    result[count++] = sorted[k];
                }
            }

            return result;
        }

        // Apart from TimesWithin so its comparer's closure is made only when a sort is needed, not on every call.
        private static void SortStably(List<TimeExpression> all, TimeExpression[] ordered)
        {
            var order = new int[ordered.Length];
            for (var k = 0; k < order.Length; k++)
            {
                order[k] = k;
            }

            Array.Sort(order, (a, b) => all[a].Span.Start != all[b].Span.Start ? all[a].Span.Start.CompareTo(all[b].Span.Start) : a.CompareTo(b));
            for (var k = 0; k < order.Length; k++)
            {
                ordered[k] = all[order[k]];
            }
        }
    }
}
