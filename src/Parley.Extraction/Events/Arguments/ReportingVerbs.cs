using Parley.Packs;

namespace Parley.Extraction.Events.Arguments;

/// <summary>
/// The verbs of saying whose object is a reported clause ("said Azerbaijani forces shelled …"): who says so reports
/// the happening and takes no part in it, nor locates it.
/// </summary>
internal sealed class ReportingVerbs(DomainPack pack)
{
    private readonly HashSet<string> _verbs = new(pack.Words("reporting_verbs"), StringComparer.Ordinal);

    /// <summary>
    /// The verb of saying that opens the clause a trigger stands in ("The army said Azerbaijani forces shelled the
    /// town", "Baku told the UN that a rocket strike killed five"), or -1. Who says so reports the happening and takes
    /// no part in it, unless a pronoun after the verb takes them back in ("Baku said its forces returned fire",
    /// "Pashinyan said he had proposed talks"). A verb set off by commas (", the ministry said,") opens nothing, nor
    /// does one with no word between it and the trigger ("reported shelling": what is reported may be its own).
    /// </summary>
    internal int Before(SentenceContext ctx, int triggerFirst, int clauseFirst)
    {
        for (var k = triggerFirst - 1; k >= Math.Max(ctx.FirstToken, clauseFirst); k--)
        {
            if (!_verbs.Contains(ctx.Word(k)))
            {
                continue;
            }

            // (", the ministry said," is set off; "denied reports of an offer", "the claims that": a noun, not a verb.)
            if (triggerFirst - k < 2 || ctx.Word(k + 1) is "," or "of" || ctx.Word(k - 1) is "," or "the" or "a" or "an" or "these" or "those" or "such" or "media")
            {
                return -1;
            }

            for (var j = k + 1; j < triggerFirst; j++)
            {
                if (ctx.Word(j) is "he" or "she" or "they" or "we" or "i" or "it" or "its" or "his" or "her" or "their" or "our" or "my" or "itself" or "themselves")
                {
                    return -1;
                }
            }

            return k;
        }

        return -1;
    }
}
