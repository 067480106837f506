using Parley.Extraction.Events;
using Parley.Packs;
using Parley.Text;
using static Parley.Extraction.Claims.SentenceSpans;

namespace Parley.Extraction.Claims;

/// <summary>
/// Tells a speech verb that reports words ("the ministry said") from the same form that does not: a noun ("territorial
/// claims"), a participle describing a noun ("a truce announced on Tuesday"), an appeal ("called on Baku to …"), a name
/// ("the so-called corridor", "which Azerbaijan calls Gorus"), a toll ("claimed 300 lives"), a verb inside quotation
/// marks or in a relative aside, and a verb whose object is a noun of stance ("reiterated calls for …").
/// </summary>
internal sealed class SpeechVerbForms(DomainPack pack)
{
    // The source nouns ("officials", "the spokesman"): a participle after one reports what the source said.
    private readonly UnnamedSources _sources = new(pack);

    // The pack's nouns of stance a speech verb may take as its object (speech_object_nouns): no words are reported then.
    private readonly HashSet<string> _stanceNouns = new(pack.Words("speech_object_nouns"), StringComparer.Ordinal);

    // The words of titles ("foreign", "minister"): a participle after one belongs to a speaker ("the minister stated on").
    private readonly HashSet<string> _titleWords = Entities.EntityIndex.For(pack).TitleNouns;

    /// <summary>"Goris, which Azerbaijan calls Gorus": the verb of an aside naming a place reports no speech.</summary>
    private static bool NamesAPlace(SentenceContext ctx, int at) =>
        ctx.Word(at) is "calls" or "call" or "called" && ctx.Mentions.Any(m => m.LastToken == at - 1 && ctx.NamesInAside(m));

    /// <summary>
    /// The first speech verb that is not itself inside quotation marks: in <c>"Nobody can say …," he added</c> the
    /// verb is "added".
    /// </summary>
    public int FirstOutsideQuotes(SentenceContext ctx, IReadOnlyList<string> speech, int last, out string? phrase)
    {
        for (var at = ctx.FindAny(speech, ctx.FirstToken, last, out phrase); at >= 0; at = ctx.FindAny(speech, at + 1, last, out phrase))
        {
            // "declined to confirm that …", "refused to say": an infinitive is speech not made.
            // "the so-called corridor" names, it reports no speech.
            if (!InsideQuotes(ctx, at) && !UsedAsNoun(ctx, at) && ctx.Word(at - 1) != "to" && !ClaimsLives(ctx, at, last) && !IsSoCalled(ctx, at) && !NamesAPlace(ctx, at) &&
                !InRelativeAside(ctx, at, last) && !AsksAnonymity(ctx, at) &&
                !((TakesStanceNoun(ctx, at, phrase) || IsAppeal(ctx, at) || DescribesNounBefore(ctx, at)) && ctx.FindAny(speech, at + 1, last, out _) >= 0))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Washington reiterated calls for dialogue after Moscow said …": a speech verb whose object is a noun of stance
    /// (pack <c>speech_object_nouns</c>) reports no words, so a later speech verb in the sentence is the report's.
    /// </summary>
    private bool TakesStanceNoun(SentenceContext ctx, int at, string? phrase)
    {
        var next = at + (phrase is null ? 1 : SentenceContext.KeyOf(phrase).Length);
        return next <= ctx.LastToken && _stanceNouns.Contains(ctx.Word(next));
    }

    // What may follow a participle that describes the noun before it: when or where it was done ("announced on Tuesday").
    private static readonly string[] AfterDescribingParticiple = ["on", "in", "at", "by", "last", "earlier", "this", "after", "during", "with", "from", "late", "early"];

    /// <summary>
    /// "A truce announced on Tuesday collapsed, the ministry said": a participle right after a common noun that an article
    /// opens, followed by when or where, describes that noun; it reports no speech (a later speech verb is the report's).
    /// Not after a speaker's noun ("the spokesman stated on Monday").
    /// </summary>
    private bool DescribesNounBefore(SentenceContext ctx, int at)
    {
        var noun = ctx.Word(at - 1);
        if (!ctx.Word(at).EndsWith("ed", StringComparison.Ordinal) || Array.IndexOf(AfterDescribingParticiple, ctx.Word(at + 1)) < 0 ||
            noun.Length == 0 || !ctx.Tokens[at - 1].IsWord || _titleWords.Contains(noun) || _sources.IsNoun(noun) || AnyMentionEndsWithin(ctx, at, 1))
        {
            return false;
        }

        // (Words joined by a hyphen, "a Moscow-brokered truce", stay one modifier.)
        for (var i = at - 2; i >= ctx.FirstToken && i >= at - 5; i--)
        {
            if (ctx.Word(i) is "a" or "an" or "the")
            {
                return true;
            }

            if (!ctx.Tokens[i].IsWord && ctx.Word(i) is not ("-" or "\u2011"))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsSoCalled(SentenceContext ctx, int at) =>
        ctx.Word(at) == "called" && ((ctx.Word(at - 1) is "-" or "\u2011" && ctx.Word(at - 2) == "so") || ctx.Word(at - 1) == "so-");

    /// <summary>
    /// "called on Baku to lift the blockade and said …", "urged calm": an appeal is a stance, not words reported, so a
    /// later speech verb in the sentence is the report's.
    /// </summary>
    public static bool IsAppeal(SentenceContext ctx, int at) =>
        (ctx.Word(at) is "called" or "calls" && ctx.Word(at + 1) is "on" or "upon" or "for") ||
        (ctx.Word(at) is "urged" or "urges" && ctx.Word(at + 1) is not ("that" or ","));

    /// <summary>"The clashes claimed nearly 300 lives": "claim" taking a toll as its object is no speech.</summary>
    private static bool ClaimsLives(SentenceContext ctx, int at, int last) =>
        ctx.Word(at).StartsWith("claim", StringComparison.Ordinal) && CountsCasualties(ctx, at + 1, Math.Min(last, at + 5));

    // Words before a speech verb's form that make it a noun: "the claims", "territorial claims", "Baku's reports".
    private static readonly string[] NounMarkers =
        ["the", "a", "an", "these", "those", "such", "any", "all", "no", "its", "their", "his", "her", "our", "your", "of", "'s", "\u2019s", "s", "several", "many", "new", "false", "media",
         "differing", "conflicting", "contradictory", "competing", "rival", "growing", "mounting", "repeated"];

    // Words before a participle that make it describe the noun after it ("following reported clashes").
    private static readonly string[] ModifierMarkers =
        ["a", "an", "the", "following", "after", "amid", "despite", "over", "of", "its", "their", "his", "her", "these", "those", "such", "any", "no"];

    private static readonly string[] AdjectiveEndings = ["al", "ic", "ous", "ive", "ful", "less", "ed"];

    /// <summary>
    /// "The bloc, which Armenia asked for help, agreed to send a mission": a speech verb of a relative clause whose
    /// pronoun is its object ("which"/"whom" then a subject of at most four words) and which closes with a comma before the
    /// main clause goes on reports nothing said; the aside only describes its antecedent.
    /// </summary>
    private static bool InRelativeAside(SentenceContext ctx, int at, int last)
    {
        var which = at - 1;
        while (which > ctx.FirstToken && which >= at - 5 && ctx.Tokens[which].IsWord && ctx.Word(which) is not ("which" or "whom"))
        {
            which--;
        }

        if (which >= at - 1 || ctx.Word(which) is not ("which" or "whom") || ctx.Word(which - 1) != ",")
        {
            return false;
        }

        var close = NextComma(ctx, at + 1);
        return close > 0 && close < last && HasWords(ctx, close + 1, last, 3);
    }

    /// <summary>
    /// "The official, who asked not to be named, said …", "a source who requested anonymity": asking not to be named
    /// reports nothing said; the verb that follows is the report's.
    /// </summary>
    private static bool AsksAnonymity(SentenceContext ctx, int at) =>
        ctx.Word(at - 1) == "who" &&
        ((ctx.Word(at + 1) == "not" && ctx.Word(at + 2) == "to" && ctx.Word(at + 3) == "be") || ctx.Word(at + 1) == "anonymity" ||
         (ctx.Word(at + 1) == "for" && ctx.Word(at + 2) == "anonymity"));

    /// <summary>
    /// Whether a speech verb's form ending in -s stands as a noun ("territorial claims", "the reports"), judged by the
    /// word before it.
    /// </summary>
    public static bool UsedAsNoun(SentenceContext ctx, int at)
    {
        var word = ctx.Word(at);
        if (at <= ctx.FirstToken)
        {
            return false;
        }

        // "following reported infiltration", "the alleged attack": a participle before a noun describes it.
        if (word.EndsWith("ed", StringComparison.Ordinal) && Array.IndexOf(ModifierMarkers, ctx.Word(at - 1)) >= 0)
        {
            return true;
        }

        if (!word.EndsWith('s') || word.EndsWith("ss", StringComparison.Ordinal))
        {
            return false;
        }

        var before = ctx.Word(at - 1);
        return Array.IndexOf(NounMarkers, before) >= 0 || ctx.Tokens[at - 1].Kind == TokenKind.Number ||
            (before.Length > 4 && AdjectiveEndings.Any(e => before.EndsWith(e, StringComparison.Ordinal)));
    }
}
