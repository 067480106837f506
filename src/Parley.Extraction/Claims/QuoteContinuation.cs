using System.Buffers;
using Parley.Model;
using Parley.Extraction.Text;
using Parley.Text;

namespace Parley.Extraction.Claims;

/// <summary>
/// Follows quotation marks through a document to find the sentences that go on quoting a speaker without naming
/// them again, by the news convention of a quote that runs over paragraphs: a paragraph ends with its quote still
/// open and the next opens with a quotation mark. (Further quoted sentences within the speaker's own paragraph,
/// <c>“A,” she said. “B.”</c>, are not carried.) One instance reads one document, sentence by sentence, in order.
/// </summary>
internal sealed class QuoteContinuation
{
    private int _previousEnd;
    private bool _open; // inside a quotation at the end of the last sentence read
    private Claim? _speaking; // the last claim with a speaker in this paragraph
    private Claim? _carried; // the claim whose quotation the paragraph being read goes on with

    /// <summary>
    /// The claim whose quotation the sentence at <paramref name="sentence"/> goes on with, or null. Call once for
    /// every sentence, in order, before <see cref="Read"/>.
    /// </summary>
    public Claim? Continues(string text, CharSpan sentence)
    {
        if (Paragraphs.BreakBetween(text, _previousEnd, sentence.Start))
        {
            // A quote runs on into the next paragraph only when it was left open; the new paragraph reopens it.
            _carried = _open ? _speaking ?? _carried : null;
            _speaking = null;
            _open = false;
        }

        _previousEnd = sentence.End;
        var start = sentence.Start;
        while (start < sentence.End && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var opensWithMark = start < sentence.End && text[start] is '\u201C' or '"';
        var inside = _open || opensWithMark;
        var (openAfter, closedEarly) = Scan(text, opensWithMark ? start + 1 : start, sentence.End, inside);
        _open = openAfter;

        // "“Illegal” checkpoints were set up, the report said": a quoted word opening a sentence of the writer's own
        // is no continuation; the quotation must hold the sentence to its end.
        // Within its own paragraph a speaker's further quoted sentences are the writer's selection, mostly
        // colour; a quotation carried over a paragraph break is one statement going on.
        return inside && !closedEarly && _speaking is null && _carried is { Speaker: not null } carried ? carried : null;
    }

    /// <summary>Records the claim a speech verb or a source gave the sentence last passed to <see cref="Continues"/>, if any.</summary>
    public void Read(Claim? claim)
    {
        if (claim is { Speaker: not null })
        {
            _speaking = claim;
        }
        else if (claim is null && !_open)
        {
            // The carried quotation has closed: what follows in the paragraph is the writer's again.
            _carried = null;
        }
    }

    // The marks that open or close a quotation: only they change what Scan tracks, so it jumps from one to the next.
    private static readonly SearchValues<char> QuoteMarks = SearchValues.Create("\u201C\u201D\"");

    // Whether a quotation is open at the end, and whether one open at the start closed with words of the sentence after it.
    private static (bool Open, bool ClosedEarly) Scan(string text, int from, int end, bool open)
    {
        var wasOpen = open;
        var closedEarly = false;
        for (var i = from; i < end; i++)
        {
            var next = text.AsSpan(i, end - i).IndexOfAny(QuoteMarks);
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = text[i];
            var closes = c == '\u201D' || (c == '"' && open);
            if (closes && open && wasOpen && !closedEarly)
            {
                closedEarly = HasWordAfter(text, i + 1, end);
            }

            open = c switch
            {
                '\u201C' => true,
                '\u201D' => false,
                _ => !open, // '"'
            };
        }

        return (open, closedEarly);
    }

    private static bool HasWordAfter(string text, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
