using Parley.Extraction.Entities;
using Parley.Extraction.Events;
using Parley.Model;
using Parley.Packs;
using Parley.Pipeline;

namespace Parley.Extraction.Claims;

/// <summary>
/// Reads who a statement holds to blame: the party said to have begun the fighting ("X opened fire first"), the party
/// said not to have ("It was not X that started this"), a blame word pushed back, a side's forces only answering, and a
/// denial of a side's own act that points back to the act another side reported against it.
/// </summary>
internal sealed class Responsibility(DomainPack pack)
{
    /// <summary>
    /// The responsibility value of a claim telling which side struck in a clash ("X attacked Y's post"): a blame on that
    /// side (its subject) that says nothing of who began the fighting.
    /// </summary>
    public const string Struck = "struck";

    /// <summary>Hostile acts one side reports and the other denies: a denial points back to one of these, not to a talk or a deal.</summary>
    public static readonly EventType[] HostileActs =
        [EventType.ArmedClash, EventType.Blockade, EventType.SupplyCut, EventType.Checkpoint, EventType.Arrest, EventType.Displacement];

    // Words that lay blame ("responsibility", "fault"), and the words that push them back when they come just before.
    private readonly IReadOnlyList<string> _blame = pack.Words("blame_words");
    private readonly IReadOnlyList<string> _blameRejections = pack.Words("blame_rejections");

    // Who began the fighting ("X opened fire first", "X provoked the clash"), and a side's own forces only answering it.
    private readonly HashSet<string> _startVerbs = [.. pack.Words("start_verbs")];
    private readonly IReadOnlyList<string> _firstStrike = pack.Words("first_strike_verbs");
    private readonly IReadOnlyList<string> _plainStrike = pack.Words("plain_strike_verbs");
    private readonly EntityIndex _entities = EntityIndex.For(pack);
    private readonly IReadOnlyList<string> _fightingNouns = pack.Words("fighting_nouns");
    private readonly IReadOnlyList<string> _responseCues = pack.Words("response_cues");

    /// <summary>
    /// "It was not Yerevan that began this", "Baku did not start the fighting", "The Armenian side did not open fire": the
    /// party said not to have started it (or not to have struck), or null. A denial of who began, not of the clash having
    /// happened.
    /// </summary>
    public string? NotTheInstigator(SentenceContext ctx, int first, int last)
    {
        var mentions = ctx.Mentions;
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.FirstToken < first || m.LastToken + 2 > last || m.Kind is EntityKind.Place or EntityKind.Route)
            {
                continue;
            }

            var after = m.LastToken + 1;
            // ("Azerbaijani units did not …": one word of the party's noun may stand before the negation.)
            after += ctx.Word(after) is not ("did" or "does" or "that" or "who") && ctx.Tokens[after].IsWord && ctx.Word(after + 1) is "did" or "does" ? 1 : 0;
            var cleft = ctx.Word(m.FirstToken - 1) == "not" && ctx.Word(after) is "that" or "who" && IsStartVerb(ctx.Word(after + 1));
            var negated = ctx.Word(after) is "did" or "does" && ctx.Word(after + 1) is "not" or "never" &&
                          (IsStartVerb(ctx.Word(after + 2)) || ctx.FindAny(_plainStrike, after + 2, Math.Min(last, after + 4), out _) == after + 2);
            if (cleft || negated)
            {
                return m.Mention.EntityId;
            }
        }

        return null;
    }

    // What one does to begin a fight ("It was not X that started this"), said of a party: the pack's start verbs.
    private bool IsStartVerb(string word) => _startVerbs.Contains(word);

    /// <summary>
    /// "Azerbaijani forces opened fire first", "Armenian units had provoked the clash": the party said to have begun the
    /// fighting, or null. The party is followed within three words (its noun, an auxiliary) by a strike verb with "first"
    /// just after it, or by a start verb whose object, within three words, is the fighting or "it"/"this".
    /// </summary>
    public string? StarterIn(SentenceContext ctx, int first, int last)
    {
        foreach (var m in ctx.Mentions)
        {
            if (m.FirstToken < first || m.LastToken >= last || m.Kind is EntityKind.Place or EntityKind.Route)
            {
                continue;
            }

            for (var v = m.LastToken + 1; v <= Math.Min(last, m.LastToken + 4) && ctx.Tokens[v].IsWord && ctx.Word(v) is not ("and" or "that" or "which" or "who"); v++)
            {
                if (IsStartVerb(ctx.Word(v)) && (ctx.Word(v + 1) is "it" or "this" || ctx.FindAny(_fightingNouns, v + 1, Math.Min(last, v + 3), out _) > v))
                {
                    return m.Mention.EntityId;
                }

                // ("opened fire first", "fired first on …", "attacked the post first")
                if (ctx.FindAny(_firstStrike, v, Math.Min(last, v + 3), out var strike) == v && ctx.Find("first", v + 1, Math.Min(last, v + strike!.Split(' ').Length + 2)) > v)
                {
                    return m.Mention.EntityId;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// True when one of the last three claims of the document, by another side, says <paramref name="side"/> began the
    /// fighting (not one accusing it of some act, whose denial disputes that the act happened). <paramref name="saidBegan"/>
    /// holds the ids of the document's claims that say a party began it.
    /// </summary>
    public bool BlamedJustBefore(DocumentAnalysis analysis, string side, IReadOnlySet<string> saidBegan)
    {
        for (var k = analysis.Claims.Count - 1; k >= 0 && k >= analysis.Claims.Count - 3; k--)
        {
            var c = analysis.Claims[k];
            if (SideOf(c.Speaker) != side && c.Stance == ClaimStance.Asserts && saidBegan.Contains(c.Id) &&
                c.Values.Any(v => v.Attribute == ContradictionAttribute.Responsibility && v.Value == ClaimValue.ToBlame && v.Subject == side))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "its troops were only responding to provocations", "our units acted in response": a response cue whose clause (back
    /// to a comma, "that" or the quote's start, at most eight words) has the speaker's own side for subject ("its", "their",
    /// "our", "we", or a party of <paramref name="side"/>).
    /// </summary>
    public bool OnlyAnswered(SentenceContext ctx, int first, int last, string side)
    {
        for (var at = ctx.FindAny(_responseCues, first, last, out _); at >= 0; at = ctx.FindAny(_responseCues, at + 1, last, out _))
        {
            // ("Armenia would retaliate", "ready to take adequate measures": a warning of what it may do answers nothing yet.)
            if (ctx.Word(at - 1) is "to" or "will" or "would" or "could" or "shall" or "must" || ctx.Word(at - 2) is "will" or "would" or "to")
            {
                continue;
            }

            for (var k = at - 1; k >= first && k >= at - 8 && ctx.Word(k) is not ("," or ";" or "that" or "but" or "while"); k--)
            {
                if (ctx.Word(k) is "its" or "their" or "our" or "we" || ctx.Mentions.Any(m => m.FirstToken == k && SideOf(m.Mention.EntityId) == side))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "denied that any of its troops had entered …", "denied that Azerbaijani soldiers crossed …": what is denied opens, within
    /// four words, with the denier's own side ("its", "their", or a party of <paramref name="side"/>).
    /// </summary>
    public bool DeniesOwnSidesAct(SentenceContext ctx, int first, string side)
    {
        for (var i = first; i <= first + 3 && i <= ctx.LastToken; i++)
        {
            if (ctx.Word(i) is "its" or "their" || ctx.Mentions.Any(m => m.FirstToken == i && SideOf(m.Mention.EntityId) == side))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The latest hostile act by <paramref name="side"/> that a claim of another side asserted earlier in the document, or
    /// null: what a denial by that side naming no happening of its own is about.
    /// </summary>
    public EventMention? ActReportedAgainst(SentenceContext ctx, string side)
    {
        var claims = ctx.Analysis.Claims;
        for (var k = claims.Count - 1; k >= 0; k--)
        {
            var c = claims[k];
            if (c.Stance != ClaimStance.Asserts || c.EventKey is null || c.Speaker is null || SideOf(c.Speaker) == side)
            {
                continue;
            }

            if (ctx.Analysis.Events.Find(e => e.Key == c.EventKey) is { } act && Array.IndexOf(HostileActs, act.Type) >= 0 &&
                act.Actors.Any(a => SideOf(a) == side))
            {
                return act;
            }
        }

        return null;
    }

    /// <summary>
    /// "denied that its units had opened fire first": a denial of who began, not of the clash having happened.
    /// </summary>
    public static bool WhoStarted(SentenceContext ctx, int first, int last)
    {
        var at = ctx.Find("first", first + 1, last);
        return at > first && ctx.Word(at - 1) is "fire" or "fired" or "attacked" or "shot" or "shooting" or "struck" or "provoked";
    }

    /// <summary>
    /// The side that struck in <paramref name="clash"/>, an armed clash the quote (tokens [<paramref name="first"/>,
    /// <paramref name="last"/>]) tells: the one side whose party stands right before a strike verb ("Azerbaijani forces
    /// attacked an Armenian post", "… wounded when Armenian units opened fire on …") or whose adjective stands before a
    /// noun of fighting ("an Armenian missile strike"), when the quote tells no answer to
    /// fire ("returned fire", "in response to"); otherwise null. Who struck, not who began it.
    /// </summary>
    public string? Attacker(SentenceContext ctx, EventMention clash, int first, int last)
    {
        if (clash.Type != EventType.ArmedClash || clash.Status != EventStatus.Occurred || ctx.FindAny(_responseCues, first, last, out _) >= 0)
        {
            return null;
        }

        string? struck = null;
        foreach (var m in ctx.Mentions)
        {
            if (m.FirstToken < first || m.LastToken >= last || m.Kind is EntityKind.Place or EntityKind.Route or EntityKind.Outlet || !StrikesNext(ctx, m.LastToken + 1, last))
            {
                continue;
            }

            // (Two sides each said to strike is an exchange of fire: it lays the attack on neither.)
            var side = SideOf(m.Mention.EntityId);
            if (struck is not null && struck != side)
            {
                return null;
            }

            struck = side;
        }

        // "an Armenian missile strike on Ganja", "Azerbaijani shelling of the village": a side's adjective just before a
        // noun of fighting names who struck, as a party before a strike verb does.
        for (var v = first; v <= last; v++)
        {
            if (ctx.Word(v) is not ("strike" or "strikes") && ctx.FindAny(_fightingNouns, v, Math.Min(last, v + 2), out _) != v)
            {
                continue;
            }

            for (var i = v - 1; i >= Math.Max(first, v - 3); i--)
            {
                if (ctx.Tokens[i].IsCapitalized && _entities.AdjectiveOf.TryGetValue(ctx.Word(i), out var state))
                {
                    var side = SideOf(state);
                    if (struck is not null && struck != side)
                    {
                        return null;
                    }

                    struck = side;
                    break;
                }
            }
        }

        return struck;
    }

    // A strike verb at `from` or after at most two words of the party's noun or an auxiliary ("units opened fire",
    // "forces had shelled"), none of them a clause's start.
    private bool StrikesNext(SentenceContext ctx, int from, int last)
    {
        for (var v = from; v <= Math.Min(last, from + 2) && ctx.Tokens[v].IsWord && ctx.Word(v) is not ("and" or "that" or "which" or "who" or "were" or "was"); v++)
        {
            if (ctx.FindAny(_firstStrike, v, Math.Min(last, v + 3), out _) == v)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The side <paramref name="id"/> is on (a state, a body's state), or the id itself.</summary>
    public string? SideOf(string? id) => id is null ? null : pack.Find(id)?.Side ?? id;

    /// <summary>A blame word with words that push it back starting at most five words before it.</summary>
    public bool RejectsBlame(SentenceContext ctx, int first, int last)
    {
        for (var at = ctx.FindAny(_blame, first, last, out _); at >= 0; at = ctx.FindAny(_blame, at + 1, last, out _))
        {
            if (at > first && ctx.FindAny(_blameRejections, Math.Max(first, at - 5), at - 1, out _) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
