using Parley.Pipeline;

namespace Parley.Extraction.Matching;

/// <summary>
/// A document's matching stream (<see cref="MatchTokens.Select"/>), computed once and shared by every stage
/// that matches phrases, instead of once per sentence.
/// </summary>
public sealed class MatchStream
{
    private MatchStream(int[] indexes) => Indexes = indexes;

    /// <summary>Indexes of the document tokens that take part in matching.</summary>
    public int[] Indexes { get; }

    /// <summary>The stream of <paramref name="analysis"/>, computed on first use.</summary>
    public static int[] For(DocumentAnalysis analysis)
    {
        var stream = analysis.GetFeature<MatchStream>();
        if (stream is null)
        {
            stream = new MatchStream(MatchTokens.Select(analysis.Tokens));
            analysis.SetFeature(stream);
        }

        return stream.Indexes;
    }
}
