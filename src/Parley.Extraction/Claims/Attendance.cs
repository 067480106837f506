using Parley.Extraction.Events;
using Parley.Model;
using Parley.Packs;

namespace Parley.Extraction.Claims;

/// <summary>
/// Who a claim says took part in a meeting, or did not: "Toivo Klaar attended the final session" (a participant),
/// "Russia did not take part", "no mediator was present" (a third party denied). Reads the verbs of the pack's
/// <c>attendance_verbs</c> and whom they have as subject.
/// </summary>
internal sealed class Attendance(DomainPack pack)
{
    /// <summary>The value a denial that any third party attended gives ("no mediator was present").</summary>
    public const string ThirdParty = "third party";

    private readonly IReadOnlyList<string> _verbs = pack.Words("attendance_verbs");
    private readonly HashSet<string> _thirdParties = [.. pack.Words("third_party_nouns")];

    /// <summary>True when tokens up to <paramref name="last"/> of the sentence hold a verb of taking part.</summary>
    public bool Tells(SentenceContext ctx, int first, int last) => ctx.FindAny(_verbs, first, last, out _) >= 0;

    /// <summary>
    /// True when a verb of taking part among tokens [<paramref name="first"/>, <paramref name="last"/>] has a definite
    /// object ("attended the meeting", "did not attend these talks"): a happening told before, not a new one.
    /// </summary>
    public bool PointsBack(SentenceContext ctx, int first, int last)
    {
        for (var at = ctx.FindAny(_verbs, first, last, out var verb); at >= 0; at = ctx.FindAny(_verbs, at + 1, last, out verb))
        {
            var after = at + SentenceContext.KeyOf(verb!).Length;
            after += ctx.Word(after) is "in" or "at" ? 1 : 0; // ("took part in the talks", "was present at the meeting")
            if (after <= last && ctx.Word(after) is "the" or "these" or "those" or "that" or "this")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What tokens [<paramref name="first"/>, <paramref name="last"/>] say of who took part, as participants values.</summary>
    public List<ClaimValue> Read(SentenceContext ctx, int first, int last)
    {
        var values = new List<ClaimValue>();
        for (var at = ctx.FindAny(_verbs, first, last, out _); at >= 0; at = ctx.FindAny(_verbs, at + 1, last, out _))
        {
            // Back over the auxiliaries and the negation between the subject and the verb ("had not", "did not", "also").
            var before = at - 1;
            var negated = false;
            while (before >= first && before >= at - 3 && ctx.Word(before) is "not" or "never" or "did" or "does" or "do" or "had" or "has" or "have" or "also" or "n't")
            {
                negated |= ctx.Word(before) is "not" or "never" or "n't";
                before--;
            }

            if (before < first)
            {
                continue;
            }

            // (The party's side goes with it: "Ararat Mirzoyan attended" names one of the meeting's own sides, Armenia.)
            if (Subject(ctx, before, first) is { } party)
            {
                values.Add(new ClaimValue(ContradictionAttribute.Participants, party, negated, pack.Find(party)?.Side ?? party));
            }
            else if (!negated && NoThirdParty(ctx, before, first))
            {
                values.Add(new ClaimValue(ContradictionAttribute.Participants, ThirdParty, true));
            }
        }

        return values;
    }

    // The party named right before the verb (its last token at `end`), not a place: the subject that took part.
    private static string? Subject(SentenceContext ctx, int end, int first)
    {
        foreach (var m in ctx.Mentions)
        {
            if (m.LastToken == end && m.FirstToken >= first && m.Kind is not (EntityKind.Place or EntityKind.Route or EntityKind.Outlet))
            {
                return m.Mention.EntityId;
            }
        }

        return null;
    }

    // "no mediator", "no third party", "no foreign observers": "no" and at most two words before a third party's noun,
    // which ends at `end`.
    private bool NoThirdParty(SentenceContext ctx, int end, int first)
    {
        var noun = ctx.Word(end);
        var head = _thirdParties.Contains(noun) ? end
            : end - 1 >= first && _thirdParties.Contains($"{ctx.Word(end - 1)} {noun}") ? end - 1
            : -1;
        for (var i = head - 1; head >= 0 && i >= first && i >= head - 3; i--)
        {
            if (ctx.Word(i) == "no")
            {
                return true;
            }

            if (!ctx.Tokens[i].IsWord)
            {
                return false;
            }
        }

        return false;
    }
}
