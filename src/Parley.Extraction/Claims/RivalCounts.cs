using Parley.Extraction.Events;
using Parley.Model;
using Parley.Packs;
using Parley.Pipeline;
using Parley.Text;

namespace Parley.Extraction.Claims;

/// <summary>
/// Reads counts that sources give against each other: a contrasted report in the same sentence that puts another
/// figure on the same thing ("Residents said 200 had come, while the ombudsman put the figure at 500"), and the next
/// sentence's claim by another source giving another count of the same kind ("Police said 5,000 … Organisers put the
/// crowd at 20,000"). Also finds the happening such a count counts.
/// </summary>
internal sealed class RivalCounts(DomainPack pack)
{
    /// <summary>The nouns of a count another source gave ("rejected that figure"): a denial naming one disputes the count, not the happening.</summary>
    public static readonly string[] CountNouns = ["figure", "figures", "toll", "tally", "estimate", "estimates"];

    // The one-word turnout cues ("crowd", "turnout"): a bare number beside one is the size of a crowd.
    private readonly HashSet<string> _turnoutWords = [.. pack.Words("turnout_cues").Where(w => !w.Contains(' ', StringComparison.Ordinal))];

    // Words of holding people ("detained", "were held"): a bare number beside one counts the people held.
    private readonly HashSet<string> _detentionWords = [.. pack.Words("detention_words")];

    /// <summary>
    /// True when <paramref name="second"/>, the contrasted report of the sentence that gave <paramref name="first"/>, gives
    /// another count of the same thing: a count of the same kind with another value, or a number with a word for the count
    /// ("put the figure at 600"). Not when both are about one event that holds counts: the contradiction pass compares those.
    /// </summary>
    public static bool RivalCount(DocumentAnalysis analysis, Claim first, Claim second)
    {
        if (first.EventKey is not null && first.EventKey == second.EventKey && analysis.Events.Find(e => e.Key == first.EventKey) is { Quantities.Count: > 0 })
        {
            return false;
        }

        var given = CountsIn(analysis, first.Span);
        var rival = CountsIn(analysis, second.Span);
        if (rival.Exists(r => given.Exists(g => g.Kind == r.Kind)))
        {
            return rival.Exists(r => given.Exists(g => g.Kind == r.Kind && g.Value != r.Value));
        }

        // ("put the figure at 600": a number the word for a count names, against the number the first report gave.)
        var (numbers, named) = NumbersIn(analysis, second.Span);
        var earlier = given.Count > 0 ? given.ConvertAll(g => g.Value) : NumbersIn(analysis, first.Span).Numbers;
        return named && numbers.Count == 1 && earlier.Count > 0 && !earlier.Contains(numbers[0]);
    }

    // The counts sources dispute across sentences: the dead, the wounded, a crowd, the displaced.
    private static readonly QuantityKind[] DisputedKinds = [QuantityKind.Killed, QuantityKind.Wounded, QuantityKind.People, QuantityKind.Displaced];

    /// <summary>
    /// The kind of count <paramref name="claim"/> gives otherwise than <paramref name="earlier"/>, the claim right before
    /// it in the same paragraph and no more than a sentence before, when another source gives it: a count of the same
    /// kind, of the same side, with no value in common; or null. Two tolls of "its" dead count each speaker's own, both true.
    /// </summary>
    public QuantityKind? NextDoor(SentenceContext ctx, Claim earlier, Claim claim)
    {
        var analysis = ctx.Analysis;
        var sentences = analysis.Sentences;
        var index = ctx.Sentence.Index;
        if (earlier.Span.End < (index > 0 ? sentences[index - 1].Span.Start : 0) ||
            Parley.Extraction.Text.Paragraphs.BreakBetween(analysis.Text, earlier.Span.End, claim.Span.Start) ||
            SourceOf(earlier) == SourceOf(claim) || earlier.Answers == claim.Id || claim.Answers is not null ||
            (earlier.EventKey is not null && claim.EventKey is not null && earlier.EventKey != claim.EventKey) ||
            earlier.Values.Any(v => v.Value is ClaimValue.CountGiven or ClaimValue.CountDisputed) || claim.Stance != ClaimStance.Asserts || earlier.Stance != ClaimStance.Asserts)
        {
            return null;
        }

        // Most claims give no count: the later claim's counts are read only when the earlier one gives one of a kind.
        var given = CountsWithCrowd(analysis, earlier.Span);
        var gives = false;
        foreach (var kind in DisputedKinds)
        {
            gives |= OnlyOf(given, kind) is not null;
        }

        if (!gives)
        {
            return null;
        }

        var rival = CountsWithCrowd(analysis, claim.Span);
        foreach (var kind in DisputedKinds)
        {
            if (OnlyOf(given, kind) is not { } ours || OnlyOf(rival, kind) is not { } theirs || ours.Value == theirs.Value || ours.Side != theirs.Side)
            {
                continue;
            }

            if (kind is QuantityKind.Killed or QuantityKind.Wounded && ours.Side is null && (OwnLosses(analysis, earlier.Span) || OwnLosses(analysis, claim.Span)))
            {
                continue;
            }

            return kind;
        }

        return null;

        static string? SourceOf(Claim c) => c.Speaker ?? c.Via ?? c.Source;
    }

    // The one count of `kind` among `counts`, or null when there is none or more than one (a loop, not a filtered list per kind).
    private static Quantity? OnlyOf(List<Quantity> counts, QuantityKind kind)
    {
        Quantity? only = null;
        foreach (var q in counts)
        {
            if (q.Kind == kind)
            {
                if (only is not null)
                {
                    return null;
                }

                only = q;
            }
        }

        return only;
    }

    /// <summary>
    /// The counts within <paramref name="span"/>, and a bare number the span gives as the size of a crowd ("the crowd
    /// numbered more than 50,000", a turnout word of the pack's and one number) or of those held ("more than 50 were
    /// held", "put the number of detained at 40") as a count of people.
    /// </summary>
    private List<Quantity> CountsWithCrowd(DocumentAnalysis analysis, CharSpan span)
    {
        var counts = CountsIn(analysis, span);
        if (counts.Exists(q => q.Kind == QuantityKind.People))
        {
            return counts;
        }

        var tokens = analysis.Tokens;
        var crowd = false;
        for (var k = analysis.TokenIndexAt(span.Start); k < tokens.Count && tokens[k].Span.End <= span.End && !crowd; k++)
        {
            crowd = _turnoutWords.Contains(tokens[k].Normalized) || _detentionWords.Contains(tokens[k].Normalized);
        }

        if (crowd && NumbersIn(analysis, span).Numbers is [var size] && !counts.Exists(q => q.Value == size))
        {
            counts.Add(new Quantity(QuantityKind.People, size));
        }

        return counts;
    }

    // "seven of its servicemen", "their dead": a toll of the speaker's own side.
    private static bool OwnLosses(DocumentAnalysis analysis, CharSpan span)
    {
        var tokens = analysis.Tokens;
        for (var k = analysis.TokenIndexAt(span.Start); k < tokens.Count && tokens[k].Span.End <= span.End; k++)
        {
            if (tokens[k].Normalized is "its" or "their" or "our" or "own")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last happening told before <paramref name="before"/> that a count of <paramref name="kind"/> counts: a protest's crowd, a clash's dead, a displacement's people.</summary>
    public static EventMention? LatestCounting(DocumentAnalysis analysis, QuantityKind kind, int before)
    {
        EventMention? latest = null;
        foreach (var e in analysis.Events)
        {
            if (e.Span.End <= before && (latest is null || e.Span.Start > latest.Span.Start) &&
                (kind == QuantityKind.People ? e.Type == EventType.Protest : kind == QuantityKind.Displaced ? e.Type == EventType.Displacement : e.Type == EventType.ArmedClash))
            {
                latest = e;
            }
        }

        return latest;
    }

    /// <summary>Whether the tokens [<paramref name="first"/>, <paramref name="last"/>] give a count of the dead or wounded.</summary>
    public static bool GivesToll(SentenceContext ctx, int first, int last)
    {
        foreach (var (q, _) in QuantityReader.Read(ctx.Tokens, first, last))
        {
            if (q.Kind is QuantityKind.Killed or QuantityKind.Wounded)
            {
                return true;
            }
        }

        return false;
    }

    private static List<Quantity> CountsIn(DocumentAnalysis analysis, CharSpan span)
    {
        // The last token is the one before the first that starts at the span's end (the token at its last character
        // may start after it, or lie past the document's end).
        var (first, last) = (analysis.TokenIndexAt(span.Start), analysis.TokenIndexAt(span.End) - 1);
        return first > last ? [] : QuantityReader.Read(analysis.Tokens, first, last).ConvertAll(q => q.Quantity);
    }

    /// <summary>The numbers within <paramref name="span"/> that are no year, and whether a word for a count ("figure") is among its words.</summary>
    private static (List<double> Numbers, bool NamesCount) NumbersIn(DocumentAnalysis analysis, CharSpan span)
    {
        var tokens = analysis.Tokens;
        var (numbers, named) = (new List<double>(), false);
        for (var k = analysis.TokenIndexAt(span.Start); k < tokens.Count && tokens[k].Span.End <= span.End; k++)
        {
            named |= Array.IndexOf(CountNouns, tokens[k].Normalized) >= 0;
            if (tokens[k].Kind == TokenKind.Number &&
                double.TryParse(tokens[k].Normalized.Replace(",", "", StringComparison.Ordinal), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) &&
                !(value >= 1900 && value <= 2100 && value == Math.Floor(value)))
            {
                numbers.Add(value);
            }
        }

        return (numbers, named);
    }
}
