using Parley.Extraction.Entities;
using Parley.Extraction.Events;
using Parley.Model;
using Parley.Packs;

namespace Parley.Extraction.Claims;

/// <summary>
/// Reads the sources a report does not name: a source noun of the pack that is the subject of a speech verb ("officials
/// said", "residents of the village told"), one after "according to", the group an earlier sentence named that such a
/// noun stands for, and the key that tells one kind of unnamed source from another.
/// </summary>
internal sealed class UnnamedSources(DomainPack pack)
{
    // The pack's source nouns ("officials", "witnesses") with its document nouns ("records", "figures"), which also speak.
    private readonly HashSet<string> _sourceNouns = [.. pack.Words("source_nouns"), .. pack.Words("document_nouns")];
    private readonly HashSet<string> _documentNouns = [.. pack.Words("document_nouns")];

    /// <summary>Whether <paramref name="word"/> is a source noun (a document noun among them).</summary>
    public bool IsNoun(string word) => _sourceNouns.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a document noun ("records", "figures"): a source, but no one in person.</summary>
    public bool IsDocument(string word) => _documentNouns.Contains(word);

    /// <summary>
    /// The index of the source noun that is the subject of the speech verb at <paramref name="say"/> ("sources
    /// say", "witnesses have told", "sources and officials say"), or -1.
    /// </summary>
    public int SubjectOf(SentenceContext ctx, int say)
    {
        var at = say - 1;
        while (at > ctx.FirstToken && at >= say - 3 && (ctx.Word(at) is "also" or "later" or "have" or "has" or "had" or "earlier" ||
            (ctx.Word(at).Length > 4 && ctx.Word(at).EndsWith("ly", StringComparison.Ordinal))))
        {
            at--;
        }

        // "residents of the nearby village said", "the organisers of the march said": the noun stands before the phrase
        // that places it, within eight words of the verb and in the same clause.
        for (var k = at; k >= ctx.FirstToken && k >= at - 8 && !_sourceNouns.Contains(ctx.Word(k)); k--)
        {
            if (!ctx.Tokens[k].IsWord && ctx.Tokens[k].Normalized is not ("\"" or "\u201C" or "\u201D" or "'s" or "\u2019s"))
            {
                break;
            }

            if (_sourceNouns.Contains(ctx.Word(k - 1)) && ctx.Word(k) is "of" or "in" or "from" or "at" or "near" or "around" or "across")
            {
                at = k - 1;
                break;
            }
        }

        return at >= ctx.FirstToken && _sourceNouns.Contains(ctx.Word(at)) && ctx.Word(at - 1) is not ("of" or "by" or "to" or "with") ? at : -1;
    }

    /// <summary>
    /// The group the document named last before this sentence whose name or aliases hold <paramref name="noun"/> ("the
    /// villagers" after "Tavush villagers"), or null.
    /// </summary>
    public string? GroupNamedBefore(SentenceContext ctx, string noun)
    {
        EntityMention? found = null;
        var start = ctx.Sentence.Span.Start;
        foreach (var m in ctx.Analysis.Mentions)
        {
            if (m.Span.Start >= start || (found is not null && m.Span.Start < found.Span.Start))
            {
                continue;
            }

            if (pack.Find(m.EntityId) is { Kind: EntityKind.Group } group &&
                (HoldsWord(group.Name, noun) || group.Aliases.Any(a => HoldsWord(a, noun))))
            {
                found = m;
            }
        }

        return found?.EntityId;

        static bool HoldsWord(string name, string word) =>
            name.Split(' ').Any(w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The source noun within three words after <paramref name="token"/> ("according to police", "according to local officials"), or null.</summary>
    public string? NounAfter(SentenceContext ctx, int token)
    {
        for (var k = token + 1; k <= token + 3 && k <= ctx.LastToken && ctx.Tokens[k].IsWord; k++)
        {
            if (_sourceNouns.Contains(ctx.Word(k)) && !_documentNouns.Contains(ctx.Word(k)))
            {
                return ctx.Word(k);
            }
        }

        return null;
    }

    /// <summary>
    /// The key that tells one unnamed source from another: the noun without its plural "s" ("official" and "officials" are
    /// one kind of source) and with one spelling of "organisers".
    /// </summary>
    public static string? Key(string? noun) =>
        noun is null ? null : noun.Replace("organis", "organiz", StringComparison.Ordinal).TrimEnd('s') is { Length: > 0 } key ? key : noun;

    /// <summary>True for a source noun that stands for someone the report does not name: a source, a witness, a resident.</summary>
    public static bool IsUnnamedByNature(string noun) =>
        noun is "source" or "witness" or "eyewitness" or "resident" or "villager" or "local" or "observer" or "police";

    /// <summary>"the officer", "the spokesman": a definite singular that stands for someone already named.</summary>
    public static bool DefiniteSingular(SentenceContext ctx, int noun) =>
        ctx.Word(noun - 1) == "the" && !ctx.Word(noun).EndsWith('s');
}
