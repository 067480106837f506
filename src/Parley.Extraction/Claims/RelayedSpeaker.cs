using Parley.Extraction.Entities;
using Parley.Extraction.Events;
using Parley.Model;
using Parley.Packs;
using Parley.Pipeline;

namespace Parley.Extraction.Claims;

/// <summary>
/// Reads a speaker who speaks for a named person without a name of their own: "his lawyers said", "according to her
/// family", "Lawyers for X told the court", "X's son said", "Relatives said". The speaker is that person's circle, a
/// group the record can name ("X's lawyers", "X's family"), not the person and not nobody.
/// </summary>
internal sealed class RelayedSpeaker(DomainPack pack)
{
    // The circle each noun stands for: counsel nouns make "lawyers", kin nouns "family".
    private readonly HashSet<string> _counsel = [.. pack.Words("counsel_nouns")];
    private readonly HashSet<string> _kin = [.. pack.Words("kin_nouns")];
    private readonly HashSet<string> _modifiers = [.. pack.Words("circle_modifiers")];

    // The person the last relayed speaker of the document spoke for: whom a bare "Relatives said" most likely means.
    private string? _lastOwner;

    /// <summary>
    /// A relayed speaker found in tokens [First, Last]: the person spoken for (null when the document names nobody the
    /// record knows for "his") and the circle ("lawyers", "family").
    /// </summary>
    public readonly record struct Found(int First, int Last, string? Person, string Circle);

    /// <summary>Forgets what the document before said (a stage instance reads one document at a time).</summary>
    public void Reset() => _lastOwner = null;

    /// <summary>
    /// The relayed speaker that is the subject of the speech verb at <paramref name="verb"/> ("his lawyer said", "Lawyers
    /// for X told", "His son, NAME, said"), or null. <paramref name="lastPerson"/> is whom "his" or "her" means.
    /// </summary>
    public Found? Before(SentenceContext ctx, int verb, string? lastPerson)
    {
        var at = verb - 1;
        while (at > ctx.FirstToken && ctx.Word(at) is "also" or "later" or "earlier" or "have" or "has" or "had" or "previously" or "separately")
        {
            at--;
        }

        // "His son David said", "His daughter, Ruzanna, said": a one-word name set beside the noun names nobody the record knows.
        var named = at;
        if (ctx.Word(named) == ",")
        {
            named--;
        }

        if (named > ctx.FirstToken && ctx.Tokens[named].IsWord && ctx.Tokens[named].IsCapitalized && !IsMentioned(ctx, named) &&
            IsCircleNoun(ctx.Word(named - 1) is "," ? ctx.Word(named - 2) : ctx.Word(named - 1)))
        {
            at = ctx.Word(named - 1) == "," ? named - 2 : named - 1;
            // (A comma before the name needs one after it, and none without.)
            if ((ctx.Word(named - 1) == ",") != (ctx.Word(named + 1) == ","))
            {
                return null;
            }
        }

        // "Lawyers for X told", "relatives of X said": the person follows the noun.
        if (PersonEndingAt(ctx, at) is { } follows && ctx.Word(follows.FirstToken - 1) is "for" or "of" or "representing" &&
            IsCircleNoun(ctx.Word(follows.FirstToken - 2)))
        {
            return Take(ctx, follows.FirstToken - 2, at, follows.Mention.EntityId);
        }

        at = Head(ctx, at);
        return IsCircleNoun(ctx.Word(at)) ? Owned(ctx, at, verb - 1, lastPerson) : null;
    }

    /// <summary>
    /// The relayed speaker right after <paramref name="token"/> (the last word of "according to"): "according to his
    /// lawyers", "according to X's family", or null.
    /// </summary>
    public Found? After(SentenceContext ctx, int token, string? lastPerson)
    {
        for (var at = token + 1; at <= ctx.LastToken && at <= token + 4 && ctx.Tokens[at].IsWord; at++)
        {
            if (IsCircleNoun(ctx.Word(at)))
            {
                if (ctx.Word(at + 1) is "for" or "of" && PersonStartingAt(ctx, at + 2) is { } person)
                {
                    return Take(ctx, token + 1, person.LastToken, person.Mention.EntityId);
                }

                return Owned(ctx, at, at, lastPerson) is { } found && found.First > token ? found : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The group entity standing for <paramref name="found"/>, added to the document's entities with a mention at the words
    /// that name it, so the record carries the speaker as it carries any party.
    /// </summary>
    public string? Register(SentenceContext ctx, Found found)
    {
        if (found.Person is null)
        {
            return null;
        }

        var analysis = ctx.Analysis;
        var name = (analysis.Entities.TryGetValue(found.Person, out var known) ? known.Name : null) ?? pack.Find(found.Person)?.Name ?? found.Person;
        var id = $"{found.Person}-{found.Circle}";
        analysis.Entities.TryAdd(id, new Entity
        {
            Id = id,
            Kind = EntityKind.Group,
            Name = $"{name}'s {found.Circle}",
            Aliases = [$"{found.Circle} of {name}", $"{name} {found.Circle}"],
            Discovered = true,
        });
        var span = ctx.SpanOf(found.First, found.Last);
        analysis.Mentions.Add(new EntityMention(id, span, span.Slice(analysis.Text)));
        return id;
    }

    private bool IsCircleNoun(string word) => _counsel.Contains(word) || _kin.Contains(word);

    // "family members said": the kin noun before "members" is the head.
    private int Head(SentenceContext ctx, int at) => ctx.Word(at) == "members" && _kin.Contains(ctx.Word(at - 1)) ? at - 1 : at;

    // The noun at `noun` with whom it belongs to before it: "his", "X's", "the family's", or nothing ("Relatives said").
    private Found? Owned(SentenceContext ctx, int noun, int last, string? lastPerson)
    {
        var first = noun;
        // ("his defence lawyer", "her eldest son": a word of the pack's may stand between owner and noun.)
        var owner = noun - 1;
        if (_modifiers.Contains(ctx.Word(owner)))
        {
            owner--;
        }

        string? person;
        if (ctx.Word(owner) is "his" or "her")
        {
            // ("X has refused food, according to his lawyers": a person named before it in the sentence, else the last one.)
            (person, first) = (PersonBefore(ctx, owner) ?? lastPerson, owner);
        }
        else if (ctx.Word(owner) is "'s" or "\u2019s")
        {
            // "X's lawyer"; "the family's lawyer" is the lawyer of whomever the family is.
            var whose = PersonEndingAt(ctx, owner - 1);
            person = whose?.Mention.EntityId ?? (ctx.Word(owner - 1) == "family" ? _lastOwner ?? lastPerson : null);
            first = whose?.FirstToken ?? owner - 1;
        }
        else if (owner >= ctx.FirstToken && ctx.Word(owner) is not ("the" or "," or ":" or "\u2014" or "-"))
        {
            // ("their lawyers": whose is not one person; "Armenian lawyers", "one family": a body or a stranger, not
            // anyone's counsel or kin.)
            return null;
        }
        else
        {
            // A bare "Relatives said", "The lawyer said": of the person the document's relayed speakers spoke for last.
            person = _lastOwner ?? lastPerson;
        }

        return Take(ctx, first, last, person);
    }

    private Found Take(SentenceContext ctx, int first, int last, string? person)
    {
        _lastOwner = person ?? _lastOwner;
        while (last > first && !ctx.Tokens[last].IsWord)
        {
            last--;
        }

        var noun = first;
        while (noun < last && !IsCircleNoun(ctx.Word(noun)))
        {
            noun++;
        }

        return new Found(first, last, person, _counsel.Contains(ctx.Word(noun)) ? "lawyers" : "family");
    }

    private static bool IsMentioned(SentenceContext ctx, int token)
    {
        foreach (var m in ctx.Mentions)
        {
            if (m.FirstToken <= token && m.LastToken >= token)
            {
                return true;
            }
        }

        return false;
    }

    private static LinkedMention? PersonEndingAt(SentenceContext ctx, int last)
    {
        foreach (var m in ctx.Mentions)
        {
            if (m.LastToken == last && m.Kind == EntityKind.Person)
            {
                return m;
            }
        }

        return null;
    }

    private static string? PersonBefore(SentenceContext ctx, int token)
    {
        string? found = null;
        foreach (var m in ctx.Mentions)
        {
            if (m.LastToken < token && m.Kind == EntityKind.Person)
            {
                found = m.Mention.EntityId;
            }
        }

        return found;
    }

    private static LinkedMention? PersonStartingAt(SentenceContext ctx, int first)
    {
        foreach (var m in ctx.Mentions)
        {
            if (m.FirstToken == first && m.Kind == EntityKind.Person)
            {
                return m;
            }
        }

        return null;
    }
}
