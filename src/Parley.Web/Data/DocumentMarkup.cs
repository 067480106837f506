using Parley.Model;

namespace Parley.Web.Data;

/// <summary>
/// A run of a document's text with the same annotations: the entity it names, the event account and the claim or
/// position it belongs to, and the anchor (<c>at-OFFSET</c>) links into the document land on.
/// </summary>
/// <param name="Text">The text (plain; the page encodes it).</param>
/// <param name="EntityId">The entity a mention here names.</param>
/// <param name="EventId">The event an account here belongs to.</param>
/// <param name="Claim">Inside a claim's quote.</param>
/// <param name="Position">Inside a position's quote.</param>
/// <param name="Anchor">The anchor id when an annotated span starts here.</param>
public sealed record Segment(string Text, string? EntityId, string? EventId, bool Claim, bool Position, string? Anchor)
{
    /// <summary>CSS classes of the run.</summary>
    public string Classes => string.Join(' ', new[] { EventId is not null ? "hl-event" : null, Claim ? "hl-claim" : null, Position ? "hl-position" : null }.OfType<string>());
}

/// <summary>Cuts a document into <see cref="Segment"/>s at every edge of a mention, event account, claim or position.</summary>
public static class DocumentMarkup
{
    /// <summary>
    /// The document's text as annotated runs, from its entity mentions, its event accounts (each with its merged event's
    /// id), its claims and positions.
    /// </summary>
    public static IReadOnlyList<Segment> Build(Document document, IReadOnlyList<EntityMention> entityMentions,
        IReadOnlyList<(string EventId, EventMention Mention)> eventMentions, IReadOnlyList<Claim> documentClaims, IReadOnlyList<Position> documentPositions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(entityMentions);
        ArgumentNullException.ThrowIfNull(eventMentions);
        ArgumentNullException.ThrowIfNull(documentClaims);
        ArgumentNullException.ThrowIfNull(documentPositions);
        var length = document.Text.Length;
        bool Valid(Parley.Text.CharSpan s) => s.End <= length && s.Length > 0;
        var mentions = entityMentions.Where(m => Valid(m.Span)).ToList();
        var events = eventMentions.Where(x => Valid(x.Mention.Span)).ToList();
        var claims = documentClaims.Where(c => Valid(c.Span)).ToList();
        var positions = documentPositions.Where(p => Valid(p.Span)).ToList();

        var anchors = events.Select(x => x.Mention.Span.Start).Concat(claims.Select(c => c.Span.Start)).Concat(positions.Select(p => p.Span.Start)).ToHashSet();
        var cuts = new SortedSet<int> { 0, length };
        foreach (var span in mentions.Select(m => m.Span).Concat(events.Select(x => x.Mention.Span)).Concat(claims.Select(c => c.Span)).Concat(positions.Select(p => p.Span)))
        {
            cuts.Add(span.Start);
            cuts.Add(span.End);
        }

        var segments = new List<Segment>();
        var edges = cuts.ToList();
        for (var i = 0; i + 1 < edges.Count; i++)
        {
            var (a, b) = (edges[i], edges[i + 1]);
            bool Covers(Parley.Text.CharSpan s) => s.Start <= a && b <= s.End;
            segments.Add(new Segment(
                document.Text[a..b],
                mentions.FirstOrDefault(m => Covers(m.Span))?.EntityId,
                events.FirstOrDefault(x => Covers(x.Mention.Span)).EventId,
                claims.Any(c => Covers(c.Span)),
                positions.Any(p => Covers(p.Span)),
                anchors.Contains(a) ? "at-" + a.ToString(System.Globalization.CultureInfo.InvariantCulture) : null));
        }

        return segments;
    }
}
