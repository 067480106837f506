using Parley.Extraction.Events;
using Parley.Extraction.Matching;
using Parley.Extraction.Positions.Holders;
using Parley.Model;
using Parley.Packs;
using Parley.Pipeline;

namespace Parley.Extraction.Positions.Cues;

/// <summary>
/// Where a stance is stated: the pack's stance cue lists (condition, verdicts on an issue named before them,
/// opposition, demand, offer, support, and the "agreed not to" forms made from them), located once in a document,
/// and each sentence's cues in order, none overlapping, without the cues that only modify a noun or are words of a
/// name.
/// </summary>
internal sealed class StanceCues
{
    // Words before a cue that make it a modifier inside a noun phrase ("rejects these proposed checkpoints").
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "these", "this", "those", "a", "an", "its", "their", "his", "her", "such", "any",
    };

    private readonly StanceCueKey[] _keys;
    private readonly HashSet<string> _references;
    private readonly HashSet<string> _warnings;

    // The keys by first word, in the order each word first leads a key: a document is asked once per word (many keys
    // share one: "ready to", "ready for"), with the word's mix and hash taken here, not in every document.
    private readonly FirstWord[] _firstWords;

    /// <summary>The cues of <paramref name="pack"/>.</summary>
    public StanceCues(DomainPack pack)
    {
        _keys = BuildKeys(pack);
        _references = new(pack.Words("offer_references").Concat(pack.Words("demand_references")), StringComparer.Ordinal);
        _warnings = new(pack.Words("warning_verbs"), StringComparer.Ordinal);
        _firstWords = [.. Enumerable.Range(0, _keys.Length)
            .Where(k => _keys[k].Key.Length > 0)
            .GroupBy(k => _keys[k].Key[0], StringComparer.Ordinal)
            .Select(g => new FirstWord(g.Key, WordFilter.Mix(g.Key), PhraseIndex.Hash(g.Key), [.. g]))];
    }

    private readonly record struct FirstWord(string Word, uint Mix, int Hash, int[] Keys);

    private readonly record struct StanceCueKey(string[] Key, PositionStance Stance, bool Trailing, bool Verdict = false);

    /// <summary>
    /// Where each cue occurs in the document, located once rather than searched for in every sentence: only the cues
    /// the document holds, in list order, each with its ascending token indexes.
    /// </summary>
    /// <remarks>
    /// A cue's key leaves out what matching skips (hyphens, quotation marks, a possessive "'s": see
    /// <see cref="MatchTokens.Skips"/>), so the text is read past the same tokens: "long-awaited step" and "long awaited
    /// step" both match the pack's "long-awaited step", and "counter-productive" matches "counter productive".
    /// </remarks>
    internal List<Occurrences> Locate(DocumentAnalysis analysis)
    {
        var index = PhraseIndex.For(analysis);
        var tokens = PhraseMatcher<int>.AsSpan(analysis.Tokens);
        var occurrences = new List<Occurrences>();
        foreach (var (word, mix, hash, keys) in _firstWords)
        {
            var positions = index.PositionsOf(word, mix, hash);
            if (positions.IsEmpty)
            {
                continue;
            }

            foreach (var k in keys)
            {
                var key = _keys[k].Key;
                Occurrences? found = null;
                foreach (var at in positions)
                {
                    if (MatchEnd(tokens, key, at) is var end and > 0)
                    {
                        found ??= new(k, [], []);
                        found.At.Add(at);
                        found.End.Add(end);
                    }
                }

                if (found is not null)
                {
                    occurrences.Add(found);
                }
            }
        }

        // In list order, as the readers take them (a key is found once, so no two share a place).
        occurrences.Sort(static (a, b) => a.Key.CompareTo(b.Key));
        return occurrences;
    }

    /// <summary>Where one cue occurs in a document: ascending first tokens, and the token after each occurrence.</summary>
    internal sealed record Occurrences(int Key, List<int> At, List<int> End);

    /// <summary>
    /// The token after <paramref name="key"/> read from its first word at <paramref name="at"/>, past the tokens matching
    /// skips between its words; -1 when the words differ.
    /// </summary>
    internal static int MatchEnd(ReadOnlySpan<Parley.Text.Token> tokens, string[] key, int at)
    {
        var i = at + 1;
        for (var k = 1; k < key.Length; k++)
        {
            while (i < tokens.Length && MatchTokens.Skips(tokens[i]))
            {
                i++;
            }

            if (i >= tokens.Length || !string.Equals(tokens[i].Normalized, key[k], StringComparison.Ordinal))
            {
                return -1;
            }

            i++;
        }

        return i;
    }

    private static StanceCueKey[] BuildKeys(DomainPack pack)
    {
        var trailing = pack.Words("trailing_condition_cues").Select(c => string.Join(' ', SentenceContext.KeyOf(c))).ToHashSet(StringComparer.Ordinal);
        var lists = new (string List, PositionStance Stance)[]
        {
            ("trailing_condition_cues", PositionStance.Conditional),
            ("condition_cues", PositionStance.Conditional),
            ("oppose_verdicts", PositionStance.Opposes),
            ("support_verdicts", PositionStance.Supports),
            ("oppose_cues", PositionStance.Opposes),
            ("demand_cues", PositionStance.Demands),
            ("offer_cues", PositionStance.Offers),
            ("support_cues", PositionStance.Supports),
        };
        var keys = new List<StanceCueKey>();

        // "vows not to", "agreed not to": a cue ending in "to" with "not" before the "to" states opposition.
        foreach (var cue in pack.Words("support_cues").Concat(pack.Words("demand_cues")))
        {
            var key = SentenceContext.KeyOf(cue);
            if (key.Length >= 2 && key[^1] == "to" && key[^2] != "not")
            {
                keys.Add(new([.. key[..^1], "not", "to"], PositionStance.Opposes, false));
            }
        }

        foreach (var (list, stance) in lists)
        {
            foreach (var cue in pack.Words(list))
            {
                var key = SentenceContext.KeyOf(cue);
                keys.Add(new(key, stance, trailing.Contains(string.Join(' ', key)), list.EndsWith("_verdicts", StringComparison.Ordinal)));
            }
        }

        return [.. keys];
    }

    /// <summary>Every stance cue of the sentence, in order, none overlapping (earlier lists win).</summary>
    internal List<StanceCue> Of(SentenceContext ctx, List<Occurrences> occurrences)
    {
        var cues = new List<StanceCue>();
        foreach (var (k, found, ends) in occurrences)
        {
            var (key, stance, trailing, verdict) = _keys[k];
            for (var n = LowerBound(found, ctx.FirstToken); n < found.Count && ends[n] - 1 <= ctx.LastToken; n++)
            {
                var at = found[n];
                var end = ends[n];
                // A bare "if" conditions what stands right before it ("ready to sign within a month if Baku accepts");
                // after a comma it opens a clause of its own, and "even if", "as if", "asked if" condition nothing.
                // (A closing quotation mark ends the words it conditions: 'sign "within a month" if …'.)
                if (trailing && key is ["if"] && (at == ctx.FirstToken || !(ctx.Tokens[at - 1].IsWord || ctx.Word(at - 1) is "\u201D" or "\"") ||
                    ctx.Word(at - 1) is "even" or "as" or "asked" or "ask" or "wondered" or "whether"))
                {
                    continue;
                }

                // "the peacekeepers will stay until 2025": "until" before a date gives a time, no condition.
                if (trailing && key[^1] == "until" && end <= ctx.LastToken &&
                    (ctx.InDate(end) || (ctx.Word(end) == "the" && end + 1 <= ctx.LastToken && ctx.InDate(end + 1)) || (ctx.Word(end).Length > 0 && char.IsDigit(ctx.Word(end)[0]))))
                {
                    continue;
                }

                // "ready to host the monitors for as long as needed": "for as long as" gives a duration, no condition.
                if (trailing && key is ["as", "long", "as"] && ctx.Word(at - 1) == "for")
                {
                    continue;
                }

                var overlaps = false;
                foreach (var c in cues)
                {
                    overlaps |= at < c.End && c.At < end;
                }

                if (!overlaps)
                {
                    cues.Add(new(at, end, stance, trailing, verdict));
                }
            }
        }

        WarnedAgainst(ctx, cues);
        if (cues.Count == 0)
        {
            return cues;
        }

        cues.Sort((a, b) => a.At.CompareTo(b.At));

        // Modifiers inside a noun phrase, and words of a name, state no stance (see IsModifier, IsInName); dropped in
        // place, in order.
        var kept = 0;
        for (var k = 0; k < cues.Count; k++)
        {
            if (!IsModifier(ctx, cues[k]) && !IsInName(ctx, cues[k]) && !IsVerdictOfAnotherCue(ctx, cues[k]))
            {
                cues[kept++] = cues[k];
            }
        }

        cues.RemoveRange(kept, cues.Count - kept);

        // A one-word cue right after a determiner, following another cue, names a thing inside that cue's
        // object ("rejects these proposed checkpoints"), not a stance of its own.
        for (var k = cues.Count - 1; k > 0; k--)
        {
            if (cues[k].End - cues[k].At == 1 && cues[k].Stance is PositionStance.Supports or PositionStance.Offers or PositionStance.Demands &&
                Determiners.Contains(ctx.Word(cues[k].At - 1)) && HolderReader.HolderAfter(ctx, cues[k]) is null)
            {
                cues.RemoveAt(k);
            }
        }

        // "rejected calls for an international mission", "warned against inviting monitors": a noun of demand or offer
        // whose maker goes unnamed, or a gerund, right after an opposing cue is what is opposed, and the opposing cue
        // covers its issues.
        for (var k = cues.Count - 1; k > 0; k--)
        {
            if (cues[k - 1].Stance is PositionStance.Opposes or PositionStance.Rejects && !cues[k - 1].Verdict && !cues[k - 1].Trailing &&
                cues[k].Stance is PositionStance.Demands or PositionStance.Offers or PositionStance.Supports &&
                (IsUnnamedReference(ctx, cues[k - 1], cues[k]) ||
                 (cues[k].At == cues[k - 1].End && cues[k].End - cues[k].At == 1 && ctx.Word(cues[k].At).EndsWith("ing", StringComparison.Ordinal))))
            {
                cues.RemoveAt(k);
            }
        }

        return cues;
    }

    /// <summary>
    /// True when <paramref name="cue"/> is a noun of demand or offer ("calls for", "the proposals") at most two words after
    /// the opposing <paramref name="refusal"/>, with no party between them nor named as its maker after it.
    /// </summary>
    private bool IsUnnamedReference(SentenceContext ctx, StanceCue refusal, StanceCue cue)
    {
        if (cue.Stance is not (PositionStance.Demands or PositionStance.Offers) || !_references.Contains(ctx.Word(cue.At)) ||
            cue.At - refusal.End > 2 || HolderReader.HolderAfter(ctx, cue) is not null)
        {
            return false;
        }

        for (var i = refusal.End; i < cue.At; i++)
        {
            if (!ctx.Tokens[i].IsWord || ctx.Tokens[i].IsCapitalized || ctx.Word(i) is "'s" or "\u2019s")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Moscow warned Yerevan against inviting monitors": "against" after a verb of warning and the party warned opposes
    /// what follows, held by whoever warned (the party warned is the verb's object). Added to <paramref name="cues"/>
    /// unless a cue covers it.
    /// </summary>
    private void WarnedAgainst(SentenceContext ctx, List<StanceCue> cues)
    {
        if (_warnings.Count == 0)
        {
            return;
        }

        foreach (var m in ctx.ActorList)
        {
            var against = m.LastToken + 1;
            if (ctx.Word(against) != "against" || cues.Any(c => c.At <= against && against < c.End))
            {
                continue;
            }

            var verb = m.FirstToken - 1;
            while (verb > ctx.FirstToken && ctx.Word(verb) is "the" or "its" or "their")
            {
                verb--;
            }

            if (_warnings.Contains(ctx.Word(verb)))
            {
                cues.Add(new(against, against + 1, PositionStance.Opposes, false, false));
            }
        }
    }

    /// <summary>
    /// A cue that describes the noun after it: a verdict right after a determiner ("the obsolete format"), a one-word
    /// -ing form right after one ("the opposing side", "its rejecting stance"), or a participle after a determiner and
    /// an adverb ("the internationally supported peace effort").
    /// </summary>
    private static bool IsModifier(SentenceContext ctx, StanceCue c) =>
        (c.Verdict && Determiners.Contains(ctx.Word(c.At - 1))) ||
        // "to prevent illegal arms smuggling": a one-word verdict before a lower-case word other than a linking one.
        (c.Verdict && c.End - c.At == 1 && c.End <= ctx.LastToken && ctx.Tokens[c.End] is { IsWord: true, IsCapitalized: false } &&
         !LinkingWords.Contains(ctx.Word(c.End))) ||
        c.End - c.At == 1 &&
        ((ctx.Word(c.At).EndsWith("ing", StringComparison.Ordinal) && Determiners.Contains(ctx.Word(c.At - 1))) ||
         (ctx.Word(c.At).EndsWith("ed", StringComparison.Ordinal) && ctx.Word(c.At - 1) is { Length: > 4 } adverb &&
          adverb.EndsWith("ly", StringComparison.Ordinal) && Determiners.Contains(ctx.Word(c.At - 2))));

    // Words that may follow a predicative verdict ("illegal under international law", "unlawful and must end").
    private static readonly HashSet<string> LinkingWords = new(StringComparer.Ordinal)
    {
        "and", "or", "but", "under", "by", "in", "as", "to", "from", "for", "since", "because", "at", "on", "with", "without",
        "if", "unless", "while", "when", "so", "too", "then", "now", "also", "again", "even", "according", "that", "which", "who",
    };

    /// <summary>
    /// "condemned the vote as a gross violation of its sovereignty": a verdict after "as" that follows another kind of
    /// verb is what that verb's cue says, not a verdict of its own ("described it as illegal" is one).
    /// </summary>
    private static bool IsVerdictOfAnotherCue(SentenceContext ctx, StanceCue c)
    {
        if (!c.Verdict || ctx.Word(c.At - 1) != "as")
        {
            return false;
        }

        for (var i = c.At - 2; i >= ctx.FirstToken && i >= c.At - 8; i--)
        {
            if (SegmentReader.IsJudging(ctx.Word(i)) ||
                ctx.Word(i) is "regarded" or "regards" or "sees" or "saw" or "viewed" or "views" or "characterised" or "characterized" or "treated" or "treats")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A cue capitalised inside a sentence, next to another capitalised word, is a word of a name ("the Freedom Support
    /// Act", "the Peace Support Office"): a name states no one's stance.
    /// </summary>
    private static bool IsInName(SentenceContext ctx, StanceCue c)
    {
        if (c.At == ctx.FirstToken || !ctx.Tokens[c.At].IsCapitalized)
        {
            return false;
        }

        // The sentence's first word is capitalised whatever it is, so it joins no name on its own.
        var capitalisedBefore = c.At - 1 > ctx.FirstToken && ctx.Tokens[c.At - 1] is { IsWord: true, IsCapitalized: true };
        var capitalisedAfter = c.End <= ctx.LastToken && ctx.Tokens[c.End] is { IsWord: true, IsCapitalized: true };
        return capitalisedBefore || capitalisedAfter;
    }

    /// <summary>The first index of the ascending <paramref name="values"/> at or above <paramref name="min"/>.</summary>
    internal static int LowerBound(List<int> values, int min) =>
        PhraseIndex.LowerBound(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values), min);
}
