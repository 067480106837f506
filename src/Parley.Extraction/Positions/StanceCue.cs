using Parley.Extraction.Entities;
using Parley.Model;

namespace Parley.Extraction.Positions;

/// <summary>
/// A stance cue in a sentence: tokens [At, End), its stance, whether it follows what it conditions, and whether it is
/// a verdict on the issue named before it ("the mission is no longer necessary"), whose subject holds no stance.
/// </summary>
internal readonly record struct StanceCue(int At, int End, PositionStance Stance, bool Trailing, bool Verdict = false);

/// <summary>Topics read under one cue, with the stance each takes and the tokens to quote.</summary>
/// <remarks><paramref name="Reporting"/>: for a verdict, the verb reporting it ("called", "said"), or -1.</remarks>
internal sealed record Segment(StanceCue Cue, LinkedMention? Holder, List<(string Topic, PositionStance Stance)> Topics, int QuoteFirst, int QuoteLast, int Reporting = -1);
