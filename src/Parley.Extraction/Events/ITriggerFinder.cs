using Parley.Extraction.Matching;
using Parley.Model;

namespace Parley.Extraction.Events;

/// <summary>
/// Finds triggers the pack's fixed phrases miss ("set up four posts", "Macron called Pashinyan", "took six soldiers
/// prisoner"): each finder reads a sentence with the triggers found so far and returns the ones it adds.
/// </summary>
internal interface ITriggerFinder
{
    /// <summary>The triggers this finder adds to <paramref name="found"/> in the sentence (none already covered there).</summary>
    List<PhraseMatch<(EventType Type, TriggerForm Form)>> Find(SentenceContext ctx, List<PhraseMatch<(EventType Type, TriggerForm Form)>> found);
}
