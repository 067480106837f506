using Parley.Extraction.Matching;
using Parley.Model;
using Parley.Packs;
using Parley.Text;

namespace Parley.Extraction.Events;

/// <summary>
/// Finds a checkpoint set up where the pack's fixed phrases do not reach: a verb of setting up (the pack's
/// <c>setting_up_verbs</c>: "set up", "established", "installed") whose object is headed by a post noun (the pack's
/// <c>post_nouns</c>: "checkpoint", "post", "observation posts"), with only a determiner, a count and modifiers
/// between ("set up four posts", "established a new border checkpoint", "set up the post at the entrance"); and the
/// passive ("three posts were set up").
/// </summary>
internal sealed class PostSetUp(DomainPack pack) : ITriggerFinder
{
    // The pack's list itself, searched through the document's phrase index (located once per document), not each
    // verb compared at every token of every sentence.
    private readonly IReadOnlyList<string> _verbs = pack.Words("setting_up_verbs");
    private readonly HashSet<string> _posts = new(pack.Words("post_nouns"), StringComparer.Ordinal);

    // Words that end the object's noun phrase before its head: a preposition, a conjunction or a relative word.
    private static readonly HashSet<string> PhraseEnds = new(StringComparer.Ordinal)
    {
        "of", "in", "at", "on", "to", "for", "with", "by", "from", "near", "along", "and", "or", "but", "that", "which", "who", "as", "into", "between",
    };

    // Most words a post's noun phrase holds before its head: "four new Azerbaijani border posts".
    private const int MaxModifiers = 4;

    /// <summary>
    /// The set-ups the sentence tells of, each as a verb trigger of a checkpoint from the verb to the post noun (or from
    /// the noun to the verb in the passive), leaving out those a trigger of <paramref name="found"/> already covers.
    /// </summary>
    public List<PhraseMatch<(EventType Type, TriggerForm Form)>> Find(SentenceContext ctx, List<PhraseMatch<(EventType Type, TriggerForm Form)>> found)
    {
        List<PhraseMatch<(EventType Type, TriggerForm Form)>>? result = null;
        // Each start of a verb of setting up, the verb listed first where several start at one token.
        for (var i = ctx.FindAny(_verbs, ctx.FirstToken, ctx.LastToken, out var verb); i >= 0; i = ctx.FindAny(_verbs, i + 1, ctx.LastToken, out verb))
        {
            var verbEnd = i + SentenceContext.KeyOf(verb!).Length - 1;

            // Active: "set up four posts".
            var head = PostHeadAfter(ctx, verbEnd);
            var first = i;
            var last = head;
            // Passive: "four posts were set up", "a post has been established".
            if (head < 0 && PostHeadBefore(ctx, i) is var before and >= 0)
            {
                first = before;
                last = verbEnd;
                head = before;
            }

            if (head < 0 || found.Exists(t => t.FirstToken <= last && t.LastToken >= first && t.Payloads[0].Type == EventType.Checkpoint))
            {
                continue;
            }

            (result ??= []).Add(new PhraseMatch<(EventType Type, TriggerForm Form)>(first, last,
                new CharSpan(ctx.Tokens[first].Span.Start, ctx.Tokens[last].Span.End), [(EventType.Checkpoint, TriggerForm.Verb)]));
        }

        return result ?? [];
    }

    // The post noun heading the verb's object ("set up [four new] posts"), or -1. "The post of envoy" is an office,
    // and "a post office" no post.
    private int PostHeadAfter(SentenceContext ctx, int verbEnd)
    {
        for (var j = verbEnd + 1; j <= ctx.LastToken && j <= verbEnd + MaxModifiers + 1; j++)
        {
            var token = ctx.Tokens[j];
            if (_posts.Contains(token.Normalized))
            {
                // The head is the last post noun of a compound ("border post", "checkpoint posts").
                var last = _posts.Contains(ctx.Word(j + 1)) ? j + 1 : j;
                return ctx.Word(last + 1) is "of" or "office" or "offices" ? -1 : last;
            }

            if (!(token.IsWord || token.Kind == TokenKind.Number || token.Normalized == "-") || PhraseEnds.Contains(token.Normalized))
            {
                return -1;
            }
        }

        return -1;
    }

    // The post noun a passive verb of setting up follows ("posts were set up", "a checkpoint had been installed"), or -1.
    private int PostHeadBefore(SentenceContext ctx, int verb)
    {
        var j = verb - 1;
        if (ctx.Word(j) == "been")
        {
            j--;
        }

        if (ctx.Word(j) is not ("was" or "were" or "had" or "has" or "have" or "is" or "are"))
        {
            return -1;
        }

        return _posts.Contains(ctx.Word(j - 1)) ? j - 1 : -1;
    }
}
