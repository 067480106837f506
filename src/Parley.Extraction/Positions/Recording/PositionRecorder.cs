using Parley.Extraction.Events;
using Parley.Model;
using Parley.Pipeline;
using Parley.Text;
using Parley.Time;

namespace Parley.Extraction.Positions.Recording;

/// <summary>
/// Writes a document's positions: each (holder, topic, stance) once, the first time it is read, quoting the tokens
/// given and dated by <see cref="StanceDate"/> or, failing that, the day of publication. One for each document: a
/// struct, so a document costs no object more than the set of what it has recorded, which its copies share.
/// </summary>
internal readonly struct PositionRecorder(DocumentAnalysis analysis)
{
    private readonly HashSet<(string, string, PositionStance)> _seen = [];

    /// <summary>True when <paramref name="actor"/>'s stance on <paramref name="topic"/> is already recorded.</summary>
    internal bool Holds(string actor, string topic, PositionStance stance) => _seen.Contains((actor, topic, stance));

    /// <summary>Records <paramref name="actor"/>'s stance on each topic of <paramref name="segment"/>, quoting tokens [quoteFirst, quoteLast].</summary>
    internal void Emit(SentenceContext ctx, Segment segment, string actor, int quoteFirst, int quoteLast)
    {
        var date = StanceDate.StatedOn(ctx) ?? analysis.Document.Published;
        // A segment cut at ", saying" or "; …" leaves its mark out of the quote.
        while (quoteLast > quoteFirst && ctx.Word(quoteLast) is "," or ";")
        {
            quoteLast--;
        }

        foreach (var (topic, stance) in segment.Topics)
        {
            if (_seen.Add((actor, topic, stance)))
            {
                var span = ctx.SpanOf(quoteFirst, quoteLast);
                Write(actor, topic, stance, span, span.Slice(analysis.Text), date);
            }
        }
    }

    /// <summary>Records <paramref name="actor"/>'s stance on <paramref name="topic"/> with the quote and date given, unless already recorded.</summary>
    internal void Add(string actor, string topic, PositionStance stance, CharSpan span, string quote, DateRange? date)
    {
        if (_seen.Add((actor, topic, stance)))
        {
            Write(actor, topic, stance, span, quote, date);
        }
    }

    private void Write(string actor, string topic, PositionStance stance, CharSpan span, string quote, DateRange? date) =>
        analysis.Positions.Add(new Position
        {
            Actor = actor,
            Topic = topic,
            Stance = stance,
            DocumentId = analysis.Document.Id,
            Span = span,
            Quote = quote,
            Date = date,
        });
}
