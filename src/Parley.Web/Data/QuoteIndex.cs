using System.Text;

namespace Parley.Web.Data;

/// <summary>
/// Every quote of the record (claims, then positions, then event accounts, in record order) with a word index over
/// them, so a search intersects postings instead of reading each quote. The index only narrows: a quote is a hit
/// when it contains every searched word as text, ignoring case (a word may sit inside a longer one, as
/// <see cref="string.Contains(string, StringComparison)"/> finds it), exactly as a scan of every quote would decide.
/// </summary>
public sealed class QuoteIndex
{
    private readonly QuoteHit[] _quotes;
    private readonly Dictionary<string, int[]> _postings;
    private readonly string[] _vocabulary;

    /// <summary>Indexes the quotes of <paramref name="index"/>'s record.</summary>
    public QuoteIndex(RecordIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var record = index.Record;
        var claims = record.Claims.Select(c => new QuoteHit("claim", c.DocumentId, c.Quote, c.Span.Start,
            c.EventId is not null && index.Events.ContainsKey(c.EventId) ? Links.Event(c.EventId) : Links.Document(c.DocumentId, c.Span.Start)));
        var positions = record.Positions.Select(p => new QuoteHit("position", p.DocumentId, p.Quote, p.Span.Start, Links.Document(p.DocumentId, p.Span.Start)));
        var events = record.Events.SelectMany(e => e.Mentions.Select(m => new QuoteHit("event", m.DocumentId, m.Quote, m.Span.Start, Links.Event(e.Id))));
        _quotes = [.. claims.Concat(positions).Concat(events)];

        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byText = postings.GetAlternateLookup<ReadOnlySpan<char>>();
        var buffer = new char[256];
        for (var i = 0; i < _quotes.Length; i++)
        {
            var quote = _quotes[i].Quote;
            if (buffer.Length < quote.Length)
            {
                buffer = new char[quote.Length];
            }

            var upper = buffer.AsSpan(0, quote.Length);
            Upper(quote, upper);
            foreach (var run in Runs(upper))
            {
                var token = upper.Slice(run.Start, run.Length);
                if (!byText.TryGetValue(token, out var list))
                {
                    byText[token] = list = [];
                }

                // Quotes are visited in order, so a repeated word only needs comparing with the last entry.
                if (list.Count == 0 || list[^1] != i)
                {
                    list.Add(i);
                }
            }
        }

        _postings = postings.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _vocabulary = [.. _postings.Keys];
    }

    /// <summary>How many quotes the record holds.</summary>
    public int Count => _quotes.Length;

    /// <summary>
    /// The first <paramref name="limit"/> quotes, in record order, that contain every one of <paramref name="words"/>
    /// ignoring case.
    /// </summary>
    public IReadOnlyList<QuoteHit> Find(IReadOnlyList<string> words, int limit)
    {
        ArgumentNullException.ThrowIfNull(words);
        var hits = new List<QuoteHit>();
        if (words.Count == 0 || limit <= 0)
        {
            return hits;
        }

        var candidates = Candidates(words);
        for (var i = candidates is null ? 0 : NextSet(candidates, 0); i < _quotes.Length && hits.Count < limit; i = candidates is null ? i + 1 : NextSet(candidates, i + 1))
        {
            var quote = _quotes[i];
            if (words.All(w => quote.Quote.Contains(w, StringComparison.OrdinalIgnoreCase)))
            {
                hits.Add(quote);
            }
        }

        return hits;
    }

    /// <summary>
    /// The quotes that can hold every word, one bit each; null when no word can narrow them (all the quotes are
    /// candidates). A quote that contains a word contains each run of letters and digits of it inside one of its own
    /// words, so the candidates are the quotes that, for every run of every word, hold an indexed word containing it.
    /// </summary>
    private ulong[]? Candidates(IReadOnlyList<string> words)
    {
        ulong[]? all = null;
        foreach (var word in words)
        {
            var upper = new char[word.Length];
            Upper(word, upper);
            foreach (var run in Runs(upper))
            {
                var token = new string(upper, run.Start, run.Length);
                var bits = new ulong[(_quotes.Length + 63) / 64];
                foreach (var indexed in _vocabulary.Where(v => v.Contains(token, StringComparison.Ordinal)))
                {
                    foreach (var i in _postings[indexed])
                    {
                        bits[i >> 6] |= 1UL << (i & 63);
                    }
                }

                if (all is null)
                {
                    all = bits;
                }
                else
                {
                    for (var k = 0; k < all.Length; k++)
                    {
                        all[k] &= bits[k];
                    }
                }
            }
        }

        return all; // null when no word has a letter or digit: every quote stays a candidate, the final check decides
    }

    private static int NextSet(ulong[] bits, int from)
    {
        var k = from >> 6;
        if (k >= bits.Length)
        {
            return int.MaxValue;
        }

        var word = bits[k] & (ulong.MaxValue << (from & 63));
        while (word == 0)
        {
            if (++k == bits.Length)
            {
                return int.MaxValue;
            }

            word = bits[k];
        }

        return (k << 6) + System.Numerics.BitOperations.TrailingZeroCount(word);
    }

    /// <summary>
    /// <paramref name="text"/> with each char upper-cased as <see cref="StringComparison.OrdinalIgnoreCase"/> compares
    /// it, so an ordinal match of upper-cased text agrees with the final case-insensitive check.
    /// </summary>
    private static void Upper(string text, Span<char> into)
    {
        for (var k = 0; k < text.Length; k++)
        {
            into[k] = char.ToUpperInvariant(text[k]);
        }
    }

    /// <summary>
    /// The runs of letters and digits of upper-cased text (classified after upper-casing, so two chars the final
    /// check takes as equal fall on the same side).
    /// </summary>
    private static List<(int Start, int Length)> Runs(ReadOnlySpan<char> upper)
    {
        var runs = new List<(int Start, int Length)>();
        var start = -1;
        for (var k = 0; k <= upper.Length; k++)
        {
            var inRun = k < upper.Length && char.IsLetterOrDigit(upper[k]);
            if (inRun && start < 0)
            {
                start = k;
            }
            else if (!inRun && start >= 0)
            {
                runs.Add((start, k - start));
                start = -1;
            }
        }

        return runs;
    }
}
