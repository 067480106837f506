using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Parley.Text;

namespace Parley.Extraction.Matching;

/// <summary>How strictly a phrase's letter case must match the text.</summary>
public enum CaseRule
{
    /// <summary>Any case.</summary>
    Any,
    /// <summary>The first text token must start with a capital.</summary>
    Capitalized,
    /// <summary>Every text token must be in capitals (an acronym).</summary>
    AllCaps,
}

/// <summary>A phrase found in text.</summary>
/// <typeparam name="T">Payload type.</typeparam>
/// <param name="FirstToken">Index of the first document token.</param>
/// <param name="LastToken">Index of the last document token.</param>
/// <param name="Span">Span in the verbatim text.</param>
/// <param name="Payloads">Everything registered under the phrase.</param>
public sealed record PhraseMatch<T>(int FirstToken, int LastToken, CharSpan Span, IReadOnlyList<T> Payloads);

/// <summary>
/// A multi-pattern matcher over normalised tokens (a trie keyed by token): finds every registered phrase in
/// a token stream, longest match first, in one left-to-right pass.
/// </summary>
/// <remarks>
/// Keyed by the words' <see cref="Vocabulary"/> ids: a phrase's words are given ids when it is added, and a token is
/// looked up by its own id, so no word's characters are hashed or compared while searching.
/// </remarks>
/// <typeparam name="T">What a phrase stands for.</typeparam>
public sealed class PhraseMatcher<T>
{
    private readonly Node _root = new();

    // False after an Add until the next search has frozen the trie's child maps (reads of a frozen map are
    // cheaper, and nearly every token is a miss at the root).
    private volatile bool _frozen;

    /// <summary>Number of phrases registered.</summary>
    public int Count { get; private set; }

    /// <summary>Registers <paramref name="phrase"/> for <paramref name="payload"/>.</summary>
    public void Add(string phrase, T payload, CaseRule rule = CaseRule.Any) => Add(MatchTokens.Key(phrase), payload, rule);

    /// <summary>Registers a phrase already turned into its key (<see cref="MatchTokens.Key"/>), for a caller that needed the key too.</summary>
    internal void Add(string[] key, T payload, CaseRule rule)
    {
        if (key.Length == 0)
        {
            return;
        }

        var node = _root;
        foreach (var k in key)
        {
            var id = Vocabulary.Intern(k);
            node.Children ??= [];
            if (!node.Children.TryGetValue(id, out var next))
            {
                next = new Node();
                node.Children[id] = next;
                node.Frozen = null;
            }

            node = next;
        }

        node.Entries ??= [];
        foreach (var e in node.Entries)
        {
            if (e.Rule == rule && EqualityComparer<T>.Default.Equals(e.Payload, payload))
            {
                return;
            }
        }

        node.Entries.Add((payload, rule));
        Count++;

        // The node's answers (AnyCase, ByCase, NeedsAllCaps) and the root's remembered answers are made again when
        // the next search freezes the trie, not on every Add: a pack registers thousands of phrases, and redoing
        // them (clearing the whole root cache each time) was most of building a pack's index.
        node.ByCase = null;
        _frozen = false;
    }

    /// <summary>Finds non-overlapping matches, the longest at each position, left to right.</summary>
    public List<PhraseMatch<T>> FindAll(IReadOnlyList<Token> tokens, int[] stream, int from = 0, int to = int.MaxValue)
    {
        var results = new List<PhraseMatch<T>>();
        var i = StreamIndexAt(stream, from);
        while (NextMatch(tokens, stream, ref i, to, out var first, out var last, out var payloads))
        {
            results.Add(new PhraseMatch<T>(first, last, new CharSpan(tokens[first].Span.Start, tokens[last].Span.End), payloads));
        }

        return results;
    }

    /// <summary>The position in <paramref name="stream"/> of the first token at or after document token <paramref name="from"/>.</summary>
    internal static int StreamIndexAt(int[] stream, int from)
    {
        var i = Array.BinarySearch(stream, from);
        return i < 0 ? ~i : i;
    }

    /// <summary>
    /// The next of <see cref="FindAll"/>'s matches from stream position <paramref name="i"/> on (which it moves past
    /// the match), without allocating one: false when none is left up to document token <paramref name="to"/>.
    /// </summary>
    internal bool NextMatch(IReadOnlyList<Token> tokens, int[] stream, ref int i, int to, out int first, out int last, out T[] payloads)
    {
        EnsureFrozen();
        var span = AsSpan(tokens);
        while (i < stream.Length && stream[i] <= to)
        {
            var best = Longest(span, stream, i, to, out var length);
            if (best is not null)
            {
                first = stream[i];
                last = stream[i + length - 1];
                payloads = best;
                i += length;
                return true;
            }

            i++;
        }

        first = last = -1;
        payloads = [];
        return false;
    }

    /// <summary>Every match starting at each position (overlaps allowed), for callers that choose themselves.</summary>
    public List<PhraseMatch<T>> FindOverlapping(IReadOnlyList<Token> tokens, int[] stream)
    {
        EnsureFrozen();
        var results = new List<PhraseMatch<T>>();
        var span = AsSpan(tokens);
        for (var i = 0; i < stream.Length; i++)
        {
            var best = Longest(span, stream, i, int.MaxValue, out var length);
            if (best is not null)
            {
                var first = stream[i];
                var last = stream[i + length - 1];
                results.Add(new PhraseMatch<T>(first, last, new CharSpan(tokens[first].Span.Start, tokens[last].Span.End), best));
            }
        }

        return results;
    }

    // The payloads as the node's own array (not an interface), so a caller reads them without an enumerator.
    private T[]? Longest(ReadOnlySpan<Token> tokens, int[] stream, int start, int to, out int length)
    {
        length = 0;
        T[]? best = null;
        if (stream[start] > to || RootChild(Vocabulary.IdOf(tokens[stream[start]])) is not { } node)
        {
            return null;
        }

        for (var j = start; ; j++)
        {
            if (j > start)
            {
                if (j >= stream.Length || stream[j] > to || !TryChild(node, Vocabulary.IdOf(tokens[stream[j]]), out node))
                {
                    break;
                }
            }

            if (node.Entries is not null)
            {
                var accepted = node.AnyCase ?? Accept(node, tokens, stream, start, j);
                if (accepted.Length > 0)
                {
                    best = accepted;
                    length = j - start + 1;
                }
            }
        }

        return best;
    }

    /// <summary>
    /// The payloads of each case outcome, in entry order, indexed by <see cref="CaseIndex"/>: which entries a
    /// match accepts depends only on whether its first token is capitalised and whether it is all in capitals,
    /// so the four possible answers are made once per node instead of a list per match.
    /// </summary>
    private static T[][] ByCase(List<(T Payload, CaseRule Rule)> entries)
    {
        var byCase = new T[4][];
        T[]? all = null;
        for (var outcome = 0; outcome < 4; outcome++)
        {
            var capitalized = (outcome & 1) != 0;
            var allCaps = (outcome & 2) != 0;
            var count = 0;
            foreach (var (_, rule) in entries)
            {
                count += Accepts(rule, capitalized, allCaps) ? 1 : 0;
            }

            // No entry and every entry are the usual outcomes: they share one array each instead of one per outcome.
            if (count == 0)
            {
                byCase[outcome] = [];
                continue;
            }

            if (count == entries.Count && all is not null)
            {
                byCase[outcome] = all;
                continue;
            }

            var accepted = new T[count];
            var k = 0;
            foreach (var (payload, rule) in entries)
            {
                if (Accepts(rule, capitalized, allCaps))
                {
                    accepted[k++] = payload;
                }
            }

            byCase[outcome] = accepted;
            if (count == entries.Count)
            {
                all = accepted;
            }
        }

        return byCase;
    }

    private static bool Accepts(CaseRule rule, bool capitalized, bool allCaps) => rule switch
    {
        CaseRule.Capitalized => capitalized,
        CaseRule.AllCaps => allCaps,
        _ => true,
    };

    private static int CaseIndex(bool capitalized, bool allCaps) => (capitalized ? 1 : 0) | (allCaps ? 2 : 0);

    /// <summary>
    /// The tokens as a span: a document's token list is read in place (no interface call per token); any other
    /// list is copied once.
    /// </summary>
    internal static ReadOnlySpan<Token> AsSpan(IReadOnlyList<Token> tokens) => tokens switch
    {
        List<Token> list => CollectionsMarshal.AsSpan(list),
        Token[] array => array,
        _ => tokens.ToArray(),
    };

    /// <summary>The root's child for the word of id <paramref name="id"/>.</summary>
    /// <remarks>
    /// Asked about every token of every document: inlined into the walk even where no profile tells the JIT it is
    /// hot (the CLI runs without dynamic PGO).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Node? RootChild(int id) => _root.Frozen is { } frozen ? frozen.Get(id) : TryChild(_root, id, out var child) ? child : null;

    private static bool TryChild(Node node, int id, out Node next)
    {
        if (node.Frozen is { } frozen)
        {
            next = frozen.Get(id)!;
            return next is not null;
        }

        if (node.Children is { } children)
        {
            return children.TryGetValue(id, out next!);
        }

        next = null!;
        return false;
    }

    private static T[] Accept(Node node, ReadOnlySpan<Token> tokens, int[] stream, int start, int end)
    {
        ref readonly var first = ref tokens[stream[start]];
        var capitalized = first.IsCapitalized || first.Kind == TokenKind.Number;
        var allCaps = node.NeedsAllCaps && AllCaps(tokens, stream, start, end);
        return node.ByCase![CaseIndex(capitalized, allCaps)];
    }

    private static bool AllCaps(ReadOnlySpan<Token> tokens, int[] stream, int start, int end)
    {
        for (var k = start; k <= end; k++)
        {
            ref readonly var t = ref tokens[stream[k]];
            if (!(t.Kind != TokenKind.Word || t.IsAllCaps || t.Normalized.Length == 1))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Freezes the trie now (a search does so itself when an Add came since), so an index built ahead pays for it there.</summary>
    internal void EnsureFrozen()
    {
        if (!_frozen)
        {
            // Concurrent searches may freeze at once: each node's map is swapped whole, and a node not frozen
            // yet is read through its plain map, so a search sees the same trie either way.
            Freeze(_root);
            _frozen = true;
        }
    }

    private static void Freeze(Node node)
    {
        // ByCase is written last (a release): a search that sees it also sees AnyCase and NeedsAllCaps.
        if (node.Entries is { } entries && Volatile.Read(ref node.ByCase) is null)
        {
            var byCase = ByCase(entries);
            node.AnyCase = entries.TrueForAll(e => e.Rule == CaseRule.Any) ? byCase[0] : null;
            node.NeedsAllCaps = entries.Exists(e => e.Rule == CaseRule.AllCaps);
            Volatile.Write(ref node.ByCase, byCase);
        }

        if (node.Children is null)
        {
            return;
        }

        // A node's map is frozen again only when an Add gave it a child since (which cleared Frozen).
        node.Frozen ??= new IdMap<Node>(node.Children);
        foreach (var child in node.Children.Values)
        {
            Freeze(child);
        }
    }

    private sealed class Node
    {
        // The children by word id.
        public Dictionary<int, Node>? Children;

        // The children as a read-optimised map, or null when the node changed since the last freeze.
        public IdMap<Node>? Frozen;
        public List<(T Payload, CaseRule Rule)>? Entries;

        // The payloads when every entry accepts any case: shared by all matches of the node, no list per match.
        public T[]? AnyCase;

        // The payloads accepted under each case outcome (see ByCase), and whether any entry asks for capitals.
        public T[][]? ByCase;
        public bool NeedsAllCaps;
    }
}
