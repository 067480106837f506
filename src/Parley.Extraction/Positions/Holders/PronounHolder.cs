using Parley.Extraction.Entities;
using Parley.Extraction.Events;
using Parley.Model;

namespace Parley.Extraction.Positions.Holders;

/// <summary>
/// Whom a pronoun subject of a cue stands for ("He also rejected …", "It also insisted …", "They said they would not
/// accept …"): the party the sentence before named as its subject, when that party fits the pronoun in number and
/// kind ("he" or "she" a person, "it" one state or body, "they" a body named by a plural noun or a group).
/// </summary>
internal static class PronounHolder
{
    // Words that may stand between a subject pronoun and its verb ("It has also long insisted").
    private static readonly HashSet<string> Between = new(StringComparer.Ordinal)
    {
        "also", "again", "further", "then", "later", "has", "had", "have", "long", "firmly", "strongly", "repeatedly",
        "once", "previously", "already", "consistently", "now", "still", "always", "too", "did", "does", "do",
    };

    // Words that may open a clause before its subject pronoun ("But it also insisted").
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        ",", "and", "but", "yet", ";",
    };

    /// <summary>
    /// The subject pronoun of the cue at <paramref name="at"/> ("he", "she", "it", "they"), opening its sentence or a
    /// clause after a comma or "and"/"but", with at most three adverbs or auxiliaries between: its index, or -1.
    /// </summary>
    internal static int SubjectPronoun(SentenceContext ctx, int at)
    {
        for (var i = at - 1; i >= Math.Max(ctx.FirstToken, at - 4); i--)
        {
            if (ctx.Word(i) is "he" or "she" or "it" or "they")
            {
                return i == ctx.FirstToken || ClauseOpeners.Contains(ctx.Word(i - 1)) ? i : -1;
            }

            // "The authorities insist …": a government named by its noun alone takes up the party before, as a pronoun does.
            if (ctx.Word(i - 1) == "the" && GovernmentPronoun(ctx.Word(i)) is not null && !ctx.Mentions.Any(m => m.FirstToken <= i && i <= m.LastToken))
            {
                return i - 1 == ctx.FirstToken || ClauseOpeners.Contains(ctx.Word(i - 2)) ? i - 1 : -1;
            }

            if (!Between.Contains(ctx.Word(i)))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>A sentence's subject as a pronoun in the next one may take it up: the party, a person or not, named by a plural noun or not.</summary>
    internal readonly record struct Subject(string Id, bool Person, bool Plural);

    /// <summary>
    /// The subject of <paramref name="ctx"/> for the sentence after it: the party it names as its subject or, when it opens
    /// with a pronoun, the party that pronoun stands for ("The authorities met. They said …. They insisted …").
    /// </summary>
    internal static Subject? SubjectOf(SentenceContext ctx, Subject? before, SentenceContext? prior, string? lastPerson)
    {
        if (SubjectOfSentence(ctx) is { } m)
        {
            return m.Kind switch
            {
                EntityKind.Person => new Subject(m.Mention.EntityId, true, false),
                EntityKind.State or EntityKind.Organization or EntityKind.Authority or EntityKind.Group => new Subject(m.Mention.EntityId, false, IsPluralName(ctx, m)),
                _ => null,
            };
        }

        var word = PronounAt(ctx, ctx.FirstToken);
        return word is "he" or "she" or "it" or "they" && Resolve(ctx, ctx.FirstToken, before, prior, lastPerson) is { } id
            ? new Subject(id, word is "he" or "she", word == "they")
            : null;
    }

    /// <summary>
    /// The party the pronoun at <paramref name="pronoun"/> stands for: <paramref name="subject"/> (that of the sentence
    /// before) when it fits the pronoun; for "he" or "she" when no person is that subject, the one person
    /// <paramref name="prior"/> (the sentence before) names, or with none there <paramref name="lastPerson"/> (named
    /// earlier). Null when no single party fits.
    /// </summary>
    internal static string? Resolve(SentenceContext ctx, int pronoun, Subject? subject, SentenceContext? prior, string? lastPerson)
    {
        var word = PronounAt(ctx, pronoun);
        if (word is "he" or "she")
        {
            if (subject is { Person: true } person)
            {
                return person.Id;
            }

            // The sentence before names people only as objects: one of them may be meant; two leave it open.
            var persons = prior?.ActorList.Where(m => m.Kind == EntityKind.Person).Select(m => m.Mention.EntityId).Distinct().ToList() ?? [];
            return persons.Count switch
            {
                1 => persons[0],
                0 => lastPerson,
                _ => null,
            };
        }

        // "they" stands for a party named by a plural noun, "it" for one named by a singular one.
        return subject is { Person: false } party && (word == "they") == party.Plural ? party.Id : null;
    }

    // A plural head noun ("the authorities", "Karabakh Armenians") is "they"; a singular one ("the ministry", "Armenia")
    // is "it". A group named in lower case ("protesters") is a collective, plural.
    private static bool IsPluralName(SentenceContext ctx, LinkedMention m) =>
        IsPlural(ctx.Word(m.LastToken)) || (m.Kind == EntityKind.Group && !ctx.Tokens[m.LastToken].IsCapitalized);

    /// <summary>
    /// The party a sentence names as its subject: its first party not governed by a preposition, taken to the last name
    /// of its noun phrase ("Azerbaijani Foreign Minister Jeyhun Bayramov", "Armenia's Foreign Ministry"); null when a
    /// preposition governs the first one, or it is joined with another ("Armenia and Azerbaijan").
    /// </summary>
    internal static LinkedMention? SubjectOfSentence(SentenceContext ctx)
    {
        var actors = ctx.ActorList;
        // Only a party opening the sentence or its main clause: a frame before it ends with a comma ("On Friday, Armenia …").
        if (actors.Count == 0 || !OpensClause(ctx, actors[0].FirstToken))
        {
            return null;
        }

        // The head of the phrase is its last name: more names joined by capitalised words or a possessive follow.
        var k = 0;
        while (k + 1 < actors.Count && JoinedInPhrase(ctx, actors[k], actors[k + 1]))
        {
            k++;
        }

        // "Armenia and Azerbaijan held talks": two parties joined as the subject are no one party a pronoun stands for.
        var head = actors[k];
        if (k + 1 < actors.Count && ctx.Word(head.LastToken + 1) is "and" or "or" or "," or "\u2013" &&
            actors[k + 1].FirstToken - head.LastToken <= 3)
        {
            return null;
        }

        return head;
    }

    /// <summary>True when only articles and capitalised words stand between the sentence's start, or a comma, and token <paramref name="first"/>.</summary>
    private static bool OpensClause(SentenceContext ctx, int first)
    {
        for (var i = first - 1; i >= ctx.FirstToken; i--)
        {
            var w = ctx.Word(i);
            if (w == ",")
            {
                // After a frame ("On Friday, …"), the party opens the main clause.
                return true;
            }

            if (!(w is "the" or "a" or "an" || ctx.Tokens[i].IsCapitalized))
            {
                return TimeFrame(ctx, i);
            }
        }

        return true;
    }

    /// <summary>
    /// "Within weeks Armenia …", "In 2021 Ankara …", "Last week Baku …": the sentence opens with a short phrase of time,
    /// with no comma, that ends at token <paramref name="last"/>; the party after it opens the main clause.
    /// </summary>
    private static bool TimeFrame(SentenceContext ctx, int last)
    {
        if (last - ctx.FirstToken > 5 || ctx.Word(ctx.FirstToken) is not ("within" or "in" or "on" or "by" or "after" or "since" or "last" or
                "earlier" or "later" or "this" or "next" or "during" or "until" or "at" or "for"))
        {
            return false;
        }

        for (var i = ctx.FirstToken + 1; i <= last; i++)
        {
            if (ctx.Tokens[i].Kind == Parley.Text.TokenKind.Punctuation || ctx.Word(i).EndsWith("ed", StringComparison.Ordinal) || ctx.Word(i) is "that" or "which" or "who")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the party <paramref name="next"/> continues the phrase of <paramref name="m"/>: only a possessive or capitalised words
    /// between, or before a person a few plain words of a title ("Kremlin spokesman Dmitry Peskov").
    /// </summary>
    private static bool JoinedInPhrase(SentenceContext ctx, LinkedMention m, LinkedMention next)
    {
        if (next.FirstToken - m.LastToken > 5)
        {
            return false;
        }

        var plain = 0;
        for (var i = m.LastToken + 1; i < next.FirstToken; i++)
        {
            if (ctx.Word(i) is "'s" or "\u2019s" or "'" or "-" || (ctx.Tokens[i].IsWord && ctx.Tokens[i].IsCapitalized))
            {
                continue;
            }

            // A title's words are nouns: a verb ("said", "told", "urged") between ends the phrase.
            if (next.Kind != EntityKind.Person || !ctx.Tokens[i].IsWord || ++plain > 2 || IsVerbLike(ctx.Word(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The pronoun at <paramref name="at"/>, or the one a government named by its noun alone stands as ("the authorities":
    /// "they"; "the government", "the leadership": "it"); empty for another word.
    /// </summary>
    private static string PronounAt(SentenceContext ctx, int at) =>
        ctx.Word(at) == "the" && !ctx.Mentions.Any(m => m.FirstToken <= at + 1 && at + 1 <= m.LastToken) ? GovernmentPronoun(ctx.Word(at + 1)) ?? "" : ctx.Word(at);

    private static string? GovernmentPronoun(string noun) => noun switch
    {
        "authorities" => "they",
        "government" or "leadership" or "administration" => "it",
        _ => null,
    };

    private static bool IsVerbLike(string word) =>
        word.EndsWith("ed", StringComparison.Ordinal) || word is "said" or "says" or "told" or "tells" or "and" or "or" or "with" or "to" or "by";

    // "authorities", "Armenians", "peacekeepers", but not "Stepanakert's"-style names nor "Congress", "press" ("ss").
    private static bool IsPlural(string word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] != 's' && word[^2] != 'u' && word[^2] != 'i';
}
