using Parley.Extraction.Entities;
using Parley.Extraction.Events;
using Parley.Model;

namespace Parley.Extraction.Positions.Holders;

/// <summary>
/// Who holds a cue's stance when one party does: the subject before the cue, the antecedent of a relative "which" or
/// "who", an agent named after it ("proposed by X"), the party set against the holder ("unlike X, ..."), and whether
/// the subject is only the one a demand is made of ("X must ...").
/// </summary>
internal static class HolderReader
{
    /// <summary>
    /// Who holds the stance: the nearest actor before the cue that is not the object of a preposition ("talks
    /// with Baku") nor inside brackets; null when every actor before it is.
    /// </summary>
    /// <remarks>
    /// <paramref name="verb"/> is false for a cue that is no verb of its own ("conditional on", "only if"): no party after
    /// "with" is its subject ("made normalisation with Armenia conditional on …").
    /// </remarks>
    internal static LinkedMention? SubjectOf(SentenceContext ctx, int at, bool verb = true)
    {
        var actors = ctx.ActorList;
        for (var i = actors.Count - 1; i >= 0; i--)
        {
            var m = actors[i];
            if (m.LastToken >= at)
            {
                continue;
            }

            // "with Azerbaijan promising to": an actor right before the cue, after "with", is its subject.
            var withBefore = ctx.Word(m.FirstToken - 1) == "with" || (ctx.Word(m.FirstToken - 2) == "with" && ctx.Word(m.FirstToken - 1) is "the" or "its");
            if (verb && withBefore && AdjacentTo(ctx, m.LastToken, at) && !InsideBrackets(ctx, m.FirstToken))
            {
                return m;
            }

            // "despite Baku's insistence that", "of Yerevan's demands for": the owner of a stance noun holds it,
            // whatever phrase the noun sits in.
            if (ctx.Word(m.LastToken + 1) is "'s" or "\u2019s" or "'" && at - m.LastToken <= 3 && !InsideBrackets(ctx, m.FirstToken))
            {
                return m;
            }

            // Skip what may stand before a name inside its phrase: articles, titles, capitalised modifiers
            // ("with Azerbaijani President Ilham Aliyev").
            var prev = m.FirstToken - 1;
            // "Secretary of State Antony Blinken": an "of" between capitalised words belongs to the title.
            while (prev >= ctx.FirstToken && prev >= m.FirstToken - 5 && ctx.Tokens[prev].IsWord &&
                   (ctx.Tokens[prev].Normalized is "the" or "a" or "an" or "his" or "her" or "its" or "their" ||
                    // ("through southern Armenia": a word of direction belongs to the place's phrase.)
                    ctx.Tokens[prev].Normalized is "southern" or "northern" or "eastern" or "western" or "central" or "south" or "north" or "east" or "west" ||
                    ctx.Tokens[prev].IsCapitalized ||
                    (ctx.Tokens[prev].Normalized == "of" && prev > ctx.FirstToken && ctx.Tokens[prev - 1].IsCapitalized && ctx.Tokens[prev + 1].IsCapitalized)))
            {
                prev--;
            }

            var word = prev >= ctx.FirstToken ? ctx.Tokens[prev].Normalized : "";

            // The object of a past-tense verb ("the ministry reminded the Russian peacekeepers ... and called
            // for", "turned down Baku's offer …, saying"): the holder is the verb's subject, further back. A possessive
            // object keeps its own stance right after it ("supported Azerbaijan's concerns about").
            var governing = word is "down" or "up" or "off" or "out" or "back" or "aside" && prev > ctx.FirstToken ? ctx.Word(prev - 1) : word;
            var governingAt = governing == word ? prev : prev - 1;
            if (governing.Length > 3 && governing.EndsWith("ed", StringComparison.Ordinal) && !ctx.Tokens[governingAt].IsCapitalized &&
                (ctx.Word(m.LastToken + 1) is not ("'s" or "\u2019s") || at - m.LastToken > 3))
            {
                continue;
            }

            // ("…, and Azerbaijan said it would …": after a comma, "and" or "but" opens a clause whose subject the party is.)
            var opensClause = word is "and" or "but" && prev > ctx.FirstToken && ctx.Word(prev - 1) == "," && !ListBefore(ctx, prev - 1);
            if (!opensClause && (word is "of" or "with" or "between" or "to" or "from" or "in" or "on" or "for" or "against" or "about" or "under" or "by" or "[" or "(" or "and" or "than" or
                "through" or "via" or "across" or "into" or "toward" or "towards" or "near" or "at" or "over" or "without" or "around" or "among" or "within" or "beyond" or
                // ("Moscow, a co-chair alongside France, said …": a party after these is named beside the subject.)
                "alongside" or "including" or "like" or "unlike" or "besides" or "except" or "despite" or "amid" or "beside"))
            {
                continue;
            }

            // "Baku is pressing Yerevan to accept …", "urges Armenia not to sign …": a party between a verb and the "to" of the
            // cue is whom the verb asks to act; the stance is the asker's, further back.
            if (!opensClause && IsAskedToAct(ctx, m, prev, at))
            {
                continue;
            }

            if (InsideBrackets(ctx, m.FirstToken) || InsideClosedRelative(ctx, m, at))
            {
                continue;
            }

            return m;
        }

        // Every actor before the cue sits in a phrase of its own: the holder is not named here.
        return null;
    }

    /// <summary>
    /// True when the party <paramref name="m"/>, whose phrase opens after token <paramref name="prev"/>, is followed by "to"
    /// (or "not to") and then the cue at <paramref name="at"/>, or by the cue "against", and a lowercase word of a verb
    /// stands before it ("pressing Yerevan to accept", "warns Baku against"): the party is the object of that verb. After "and", "that"
    /// or a comma the party opens a clause of its own.
    /// </summary>
    private static bool IsAskedToAct(SentenceContext ctx, LinkedMention m, int prev, int at)
    {
        var next = m.LastToken + 1;
        if (ctx.Word(next) == "not")
        {
            next++;
        }

        if (ctx.Word(next) is not ("to" or "against") || next + 1 != at || prev < ctx.FirstToken)
        {
            return false;
        }

        var t = ctx.Tokens[prev];
        return t.IsWord && !t.IsCapitalized && t.Normalized.Length > 2 &&
            t.Normalized is not ("and" or "but" or "that" or "who" or "which" or "whether" or "said" or "says" or "the" or "its" or "their" or "his" or "her");
    }

    /// <summary>
    /// The person joined by "and" right after the person <paramref name="holder"/> ("Bayramov and Mirzoyan"), before the cue at
    /// <paramref name="at"/>; null when none is.
    /// </summary>
    internal static LinkedMention? JoinedByAnd(SentenceContext ctx, LinkedMention holder, int at)
    {
        // Two people named in full; a demonym ("Karabakhi and Azerbaijani officials") may modify a phrase whose head is
        // not the holder at all.
        if (holder.Kind != EntityKind.Person || ctx.Word(holder.LastToken + 1) != "and")
        {
            return null;
        }

        foreach (var m in ctx.ActorList)
        {
            if (m.FirstToken == holder.LastToken + 2 && m.LastToken < at && m.Kind == EntityKind.Person)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>
    /// "Washington, Paris and Brussels all backed the mission": the other states or bodies listed with <paramref name="holder"/>
    /// (by commas and "and") as the subject right before the cue at <paramref name="at"/>; empty when it stands alone, the
    /// list ends with a person, or something else than the list opens the clause.
    /// </summary>
    internal static List<LinkedMention> ListedWith(SentenceContext ctx, LinkedMention holder, int at)
    {
        var listed = new List<LinkedMention>();
        var actors = ctx.ActorList;

        // The list's last party: only adverbs and auxiliaries stand between it and the cue.
        var k = -1;
        for (var j = actors.Count - 1; j >= 0 && k < 0; j--)
        {
            if (actors[j].LastToken < at && OnlyAuxiliaries(ctx, actors[j].LastToken + 1, at - 1))
            {
                k = j;
            }
        }

        if (k < 0 || actors[k].Kind == EntityKind.Person)
        {
            return listed;
        }

        listed.Add(actors[k]);
        var first = actors[k].FirstToken;
        for (var j = k - 1; j >= 0; j--)
        {
            var m = actors[j];
            var gap = first - m.LastToken - 1;
            var joined = (gap == 1 && ctx.Word(m.LastToken + 1) is "," or "and") ||
                (gap == 2 && ctx.Word(m.LastToken + 1) == "," && ctx.Word(m.LastToken + 2) == "and") ||
                (gap == 2 && ctx.Word(m.LastToken + 1) is "," or "and" && ctx.Word(m.LastToken + 2) == "the");
            if (!joined || m.Kind == EntityKind.Person)
            {
                break;
            }

            listed.Add(m);
            first = m.FirstToken;
        }

        // A list of two or more that opens its clause (at the sentence's start, after "the", or after a comma) and holds
        // the holder.
        var before = first - 1;
        while (before >= ctx.FirstToken && ctx.Word(before) == "the")
        {
            before--;
        }

        if (listed.Count < 2 || !listed.Contains(holder) || !(before < ctx.FirstToken || ctx.Word(before) == ","))
        {
            return [];
        }

        listed.Remove(holder);
        return listed;
    }

    private static bool OnlyAuxiliaries(SentenceContext ctx, int from, int to)
    {
        for (var i = from; i <= to; i++)
        {
            if (ctx.Word(i) is not ("all" or "both" or "have" or "has" or "had" or "also" or "jointly" or "each" or "will" or "would" or "are" or "were" or "is" or "was"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "For Baku, the corridor is a priority": the party a sentence opens with after "for", ending at a comma before the
    /// cue at <paramref name="at"/>, whose view the sentence gives; null otherwise.
    /// </summary>
    internal static LinkedMention? ForFrame(SentenceContext ctx, int at)
    {
        if (ctx.Word(ctx.FirstToken) != "for")
        {
            return null;
        }

        foreach (var m in ctx.ActorList)
        {
            if (m.LastToken < at && ctx.Word(m.LastToken + 1) == "," && m.FirstToken - ctx.FirstToken <= 2)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>
    /// "Armenia, which long insisted on the Minsk Group, agreed to …": a party inside a relative clause set off by commas,
    /// which closes before the cue at <paramref name="at"/>, is no subject of the cue (the clause's antecedent is).
    /// </summary>
    private static bool InsideClosedRelative(SentenceContext ctx, LinkedMention m, int at)
    {
        var closes = false;
        for (var i = m.LastToken + 1; i < at && !closes; i++)
        {
            closes = ctx.Word(i) == ",";
        }

        if (!closes)
        {
            return false;
        }

        for (var i = m.FirstToken - 1; i > ctx.FirstToken; i--)
        {
            if (ctx.Word(i) is "," or ";" or "(" or ")")
            {
                return false;
            }

            if (ctx.Word(i) is "which" or "who" or "whose" && ctx.Word(i - 1) == ",")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the comma at <paramref name="comma"/> ends an item of a list of parties ("Russia, Turkey, and Iran"): a
    /// party stands right before it, not after "and" or "or", which closed a list already ("met Michel and Macron, and
    /// Armenia said …": the comma opens a clause).
    /// </summary>
    private static bool ListBefore(SentenceContext ctx, int comma)
    {
        foreach (var m in ctx.ActorList)
        {
            if (m.LastToken == comma - 1)
            {
                var before = m.FirstToken - 1;
                while (before > ctx.FirstToken && ctx.Word(before) == "the")
                {
                    before--;
                }

                return ctx.Word(before) is not ("and" or "or");
            }
        }

        return false;
    }

    /// <summary>"X must …", "X should …", "X has to …": a demand made of X.</summary>
    internal static bool IsObligated(SentenceContext ctx, LinkedMention subject)
    {
        var next = ctx.Word(subject.LastToken + 1);
        var after = ctx.Word(subject.LastToken + 2);
        return next is "must" or "should" or "ought" || (next is "has" or "have" or "needs" or "need" && after == "to") || (next is "is" or "are" && after is "obliged" or "required" or "expected");
    }

    /// <summary>
    /// "Washington, which has insisted that ...": the party a relative "which" or "who" right before the cue refers
    /// to (the actor just before its comma), or null.
    /// </summary>
    internal static LinkedMention? RelativeAntecedent(SentenceContext ctx, int cue)
    {
        var i = cue - 1;
        while (i > ctx.FirstToken && ctx.Word(i) is "has" or "have" or "had" or "been" or "is" or "are" or "was" or "were" or "also" or "long" or "repeatedly" or "always")
        {
            i--;
        }

        if (ctx.Word(i) is not ("which" or "who") || ctx.Word(i - 1) != ",")
        {
            return null;
        }

        foreach (var m in ctx.ActorList)
        {
            if (m.LastToken == i - 2)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>
    /// "those who accepted citizenship", "officials who backed the plan": a cue right after a relative "who" or
    /// "which" (past auxiliaries and adverbs) whose antecedent is no party named (<see cref="RelativeAntecedent"/> is
    /// null) has an unnamed subject, and no party before it holds the stance.
    /// </summary>
    internal static bool UnnamedRelativeSubject(SentenceContext ctx, int cue)
    {
        var i = cue - 1;
        while (i > ctx.FirstToken && ctx.Word(i) is "has" or "have" or "had" or "been" or "is" or "are" or "was" or "were" or "also" or "long" or "repeatedly" or "always")
        {
            i--;
        }

        return ctx.Word(i) is "who" or "which" && RelativeAntecedent(ctx, cue) is null;
    }

    /// <summary>
    /// The actor named right after "by" or "of" following a cue (or "from" after a noun cue: "a proposal from Baku"), or
    /// null; when the phrase goes on to name another party within its title ("the suggestion of President of the Russian
    /// Federation V. V. Putin", "by Azerbaijan's Foreign Ministry"), the last one, who is its head.
    /// </summary>
    internal static LinkedMention? HolderAfter(SentenceContext ctx, StanceCue cue)
    {
        // ("a proposal from Baku to send flour": a noun of offer or demand, after a determiner, names its maker after "from".)
        var maker = ctx.Word(cue.End) == "from" && cue.End - cue.At == 1 && ctx.Word(cue.At - 1) is "a" or "an" or "the" or "this" or "that" or "any" &&
            !ctx.Word(cue.At).EndsWith("ed", StringComparison.Ordinal) && !ctx.Word(cue.At).EndsWith("ing", StringComparison.Ordinal);
        if (ctx.Word(cue.End) is not ("by" or "of") && !maker)
        {
            return null;
        }

        LinkedMention? found = null;
        foreach (var m in ctx.ActorList)
        {
            // "by Azerbaijani president Ilham Aliyev": the demonym before a title is not the holder.
            if (m.FirstToken <= cue.End || m.ViaTitle || (found is not null && m.FirstToken <= found.LastToken))
            {
                continue;
            }

            var from = found is null ? cue.End + 1 : found.LastToken + 1;
            if (m.FirstToken > from + (found is null ? 4 : 6) || !PlainTitle(ctx, from, m.FirstToken - 1, joining: found is not null))
            {
                break;
            }

            found = m;
        }

        return found;
    }

    /// <summary>
    /// True when tokens [<paramref name="first"/>, <paramref name="last"/>] are only words of a title or a name: capitalised
    /// words, "the", title words, an "of" after a capitalised word ("President of the …"), and, between two parties of one
    /// phrase, a possessive or an initial's full stop ("V. V. Putin").
    /// </summary>
    private static bool PlainTitle(SentenceContext ctx, int first, int last, bool joining)
    {
        for (var i = first; i <= last; i++)
        {
            var t = ctx.Tokens[i];
            var plain = (t.IsWord && t.IsCapitalized && t.Normalized != "'s") || ctx.Word(i) is "the" or "president" or "prime" or "minister" or "foreign" ||
                (ctx.Word(i) == "of" && i > first && ctx.Tokens[i - 1].IsCapitalized) ||
                (joining && (ctx.Word(i) is "'s" or "\u2019s" || (ctx.Word(i) == "." && i > first && ctx.Tokens[i - 1] is { IsCapitalized: true, Normalized.Length: 1 })));
            if (!plain)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The party named after "unlike" before the cue at <paramref name="cue"/> ("unlike the Russian minister Lavrov, …"), or null.</summary>
    internal static LinkedMention? SetAgainst(SentenceContext ctx, int cue)
    {
        var unlike = ctx.Find("unlike", ctx.FirstToken, cue - 1);
        if (unlike < 0)
        {
            return null;
        }

        // The last party named before the comma that closes the phrase: the person after a title's state.
        LinkedMention? named = null;
        foreach (var m in ctx.ActorList)
        {
            if (m.FirstToken > unlike && m.LastToken < cue && ctx.Find(",", unlike + 1, m.FirstToken - 1) < 0)
            {
                named = m;
            }
        }

        return named;
    }

    /// <summary>True when an opening bracket before <paramref name="token"/> is not closed before it.</summary>
    internal static bool InsideBrackets(SentenceContext ctx, int token)
    {
        for (var i = token - 1; i >= ctx.FirstToken; i--)
        {
            var w = ctx.Tokens[i].Normalized;
            if (w is "]" or ")")
            {
                return false;
            }

            if (w is "[" or "(")
            {
                return true;
            }
        }

        return false;
    }

    private static bool AdjacentTo(SentenceContext ctx, int last, int at)
    {
        var i = last + 1;
        while (i < at && ctx.Word(i) is "is" or "was" or "has" or "have" or "had" or "will" or "would" or "also" or "again" or "now" or "has been" or "is now")
        {
            i++;
        }

        return i == at;
    }
}
