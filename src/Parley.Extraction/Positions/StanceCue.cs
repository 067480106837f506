using Parley.Extraction.Entities;
using Parley.Model;

namespace Parley.Extraction.Positions;

/// <summary>A stance cue in a sentence: tokens [At, End), its stance, and whether it follows what it conditions.</summary>
internal readonly record struct StanceCue(int At, int End, PositionStance Stance, bool Trailing);

/// <summary>Topics read under one cue, with the stance each takes and the tokens to quote.</summary>
internal sealed record Segment(StanceCue Cue, LinkedMention? Holder, List<(string Topic, PositionStance Stance)> Topics, int QuoteFirst, int QuoteLast);
