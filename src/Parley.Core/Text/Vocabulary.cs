using System.Collections.Concurrent;

namespace Parley.Text;

/// <summary>
/// The process-wide table of normalised words, each with an int id that never changes: the tokenizer gives every
/// token the id of its normalised form (<see cref="Token.WordId"/>), and word lists compiled at pack load hold ids
/// (<see cref="WordSet"/>), so asking whether a token is in a list is an int look-up instead of hashing its string.
/// Append-only and safe to use from any thread (ingest tokenises on all cores).
/// </summary>
/// <remarks>
/// Ids count up from 1; <see cref="Unknown"/> (0) is no word. Words a tokenizer meets are added only while the table
/// holds fewer than <see cref="TokenLimit"/> words, so an endless stream of new words (numbers, typos, names) cannot
/// grow it without bound; past that a new word's token gets <see cref="Unknown"/>, and readers look its string up
/// (<see cref="IdOf(in Token)"/>). Words of lists and phrase tables (<see cref="Intern"/>) are always added: those are
/// bounded by the packs and code that name them, and having them means a token whose id is unknown is in no list.
/// </remarks>
public static class Vocabulary
{
    /// <summary>The id of no word.</summary>
    public const int Unknown = 0;

    /// <summary>How many words the tokenizer adds at most (lists add theirs past it).</summary>
    /// <remarks>
    /// About 100 bytes a word: 2^18 words keep the table near 25 MB in a process that ingests for months, well inside the
    /// ingest's memory budget; the words news repeats are met long before the table fills.
    /// </remarks>
    public const int TokenLimit = 1 << 18;

    private static readonly ConcurrentDictionary<string, Entry> Entries = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Entries.GetAlternateLookup<ReadOnlySpan<char>>();

    // Ids are handed out under this lock (new words only, a few thousand a corpus), so each word gets exactly one.
    private static readonly Lock AddLock = new();
    private static int _count;

    /// <summary>How many words have an id.</summary>
    public static int Count => Volatile.Read(ref _count);

    /// <summary>The id of the normalised <paramref name="word"/>, or <see cref="Unknown"/> when it has none.</summary>
    public static int Find(string word) => Entries.TryGetValue(word, out var entry) ? entry.Id : Unknown;

    /// <summary>The id of the normalised word <paramref name="word"/>, or <see cref="Unknown"/> when it has none.</summary>
    public static int Find(ReadOnlySpan<char> word) => Lookup.TryGetValue(word, out var entry) ? entry.Id : Unknown;

    /// <summary>
    /// The id of <paramref name="word"/>, giving it one when it has none yet: for the words of lists and phrase tables,
    /// taken exactly as given (callers fold them as tokens are: lower case, no diacritics).
    /// </summary>
    public static int Intern(string word) => Add(word, capped: false).Id;

    /// <summary>
    /// The id of <paramref name="token"/>'s word: its own, or for a token given <see cref="Unknown"/> (the table was
    /// full when it was read) the id its word has since been given, if any.
    /// </summary>
    public static int IdOf(in Token token) => token.WordId is var id and not Unknown ? id : Find(token.Normalized);

    /// <summary>The word's entry (its one shared string and its id), for the tokenizer: within the cap, or a fresh one of id <see cref="Unknown"/>.</summary>
    internal static Entry Of(ReadOnlySpan<char> word)
    {
        if (Lookup.TryGetValue(word, out var entry))
        {
            return entry;
        }

        if (Count >= TokenLimit)
        {
            return new Entry(new string(word), Unknown);
        }

        // The literal instance when code names the word ("the", "said"), so comparisons meet the same object.
        var created = new string(word);
        return Add(string.IsInterned(created) ?? created, capped: true);
    }

    /// <summary>The entry of <paramref name="word"/>, added while the table has room (a token made outside the tokenizer).</summary>
    internal static Entry Of(string word) => Entries.TryGetValue(word, out var entry) ? entry : Add(word, capped: true);

    /// <summary>The entry of <paramref name="word"/>, added unless <paramref name="capped"/> and the table is full.</summary>
    internal static Entry Add(string word, bool capped)
    {
        if (Entries.TryGetValue(word, out var entry))
        {
            return entry;
        }

        lock (AddLock)
        {
            if (Entries.TryGetValue(word, out entry))
            {
                return entry;
            }

            if (capped && _count >= TokenLimit)
            {
                return new Entry(word, Unknown);
            }

            entry = new Entry(word, _count + 1);
            Entries[word] = entry;
            Volatile.Write(ref _count, _count + 1);
            return entry;
        }
    }

    /// <summary>A word's one shared string and its id.</summary>
    internal sealed class Entry(string word, int id)
    {
        /// <summary>The normalised word.</summary>
        public readonly string Word = word;

        /// <summary>Its id (<see cref="Unknown"/> for a word left out of a full table).</summary>
        public readonly int Id = id;
    }
}
