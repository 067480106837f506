using System.Globalization;
using Parley.Model;
using Parley.Text;

namespace Parley.Extraction.Events;

/// <summary>
/// Reads counts: a number (digits, "100,000", number words, "over 100,000", "as few as 50") followed by what is
/// counted ("killed", "tons", "trucks", "people") or "killing two".
/// </summary>
public static class QuantityReader
{
    private static readonly Dictionary<string, double> Words = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100, ["dozen"] = 12, ["hundreds"] = 100,
        ["thousands"] = 1000,
    };

    // Most words are no number: the filter turns them away before the map is asked.
    private static readonly Matching.WordFilter NumberWords = new(Words.Keys);

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    private static readonly Dictionary<string, QuantityKind> Units = new(StringComparer.Ordinal)
    {
        ["killed"] = QuantityKind.Killed, ["dead"] = QuantityKind.Killed, ["died"] = QuantityKind.Killed,
        ["deaths"] = QuantityKind.Killed, ["lives"] = QuantityKind.Killed, ["fatalities"] = QuantityKind.Killed, ["bodies"] = QuantityKind.Killed,
        ["corpses"] = QuantityKind.Killed, ["martyrs"] = QuantityKind.Killed, ["shehids"] = QuantityKind.Killed, ["wounded"] = QuantityKind.Wounded, ["injured"] = QuantityKind.Wounded,
        ["injuries"] = QuantityKind.Wounded, ["tons"] = QuantityKind.Tons, ["tonnes"] = QuantityKind.Tons,
        ["ton"] = QuantityKind.Tons, ["trucks"] = QuantityKind.Vehicles, ["vehicles"] = QuantityKind.Vehicles,
        ["lorries"] = QuantityKind.Vehicles, ["cars"] = QuantityKind.Vehicles, ["buses"] = QuantityKind.Vehicles,
        ["carriers"] = QuantityKind.Vehicles, ["people"] = QuantityKind.People, ["persons"] = QuantityKind.People,
        ["residents"] = QuantityKind.People, ["armenians"] = QuantityKind.People, ["civilians"] = QuantityKind.People,
        ["refugees"] = QuantityKind.Displaced, ["displaced"] = QuantityKind.Displaced, ["idps"] = QuantityKind.Displaced,
        ["azeris"] = QuantityKind.People, ["azerbaijanis"] = QuantityKind.People, ["families"] = QuantityKind.People,
        ["servicemen"] = QuantityKind.Troops, ["troops"] = QuantityKind.Troops, ["soldiers"] = QuantityKind.Troops,
        ["peacekeepers"] = QuantityKind.Troops, ["days"] = QuantityKind.Days, ["dollars"] = QuantityKind.Usd,
        ["usd"] = QuantityKind.Usd, ["men"] = QuantityKind.People, ["women"] = QuantityKind.People, ["children"] = QuantityKind.People,
        ["individuals"] = QuantityKind.People, ["detainees"] = QuantityKind.People, ["prisoners"] = QuantityKind.People,
        ["captives"] = QuantityKind.People, ["hostages"] = QuantityKind.People, ["protesters"] = QuantityKind.People,
        ["demonstrators"] = QuantityKind.People, ["activists"] = QuantityKind.People, ["conscripts"] = QuantityKind.Troops,
        ["fighters"] = QuantityKind.Troops, ["employees"] = QuantityKind.People, ["workers"] = QuantityKind.People,
        ["deminers"] = QuantityKind.People, ["sappers"] = QuantityKind.People, ["journalists"] = QuantityKind.People,
        ["policemen"] = QuantityKind.People, ["guards"] = QuantityKind.Troops,
    };

    // The words that make a count a casualty toll: what "servicemen were killed" says of troops.
    // Verbs whose particle "over" or "up" may stand before a count: "handed over two soldiers", "rounded up 40 men".
    private static readonly HashSet<string> PhrasalVerbs = new(StringComparer.Ordinal)
    {
        "hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "give", "gives", "gave", "given", "giving",
        "round", "rounds", "rounded", "rounding", "pick", "picks", "picked", "picking", "take", "takes", "took", "taken", "taking",
        "set", "sets", "setting", "send", "sends", "sent", "sending", "bring", "brings", "brought", "bringing",
    };

    // One person whom "a … was killed" counts: "a soldier", "an Armenian border guard", "a 19-year-old conscript".
    private static readonly HashSet<string> OneCasualtyNouns = new(StringComparer.Ordinal)
    {
        "soldier", "serviceman", "guard", "officer", "conscript", "civilian", "policeman", "peacekeeper", "resident", "villager",
        "farmer", "shepherd", "man", "woman", "child", "boy", "girl", "fighter", "sniper", "volunteer", "contractor", "worker",
    };

    // Ranks and callings written before a soldier's name: "Private Arman Hakobyan was killed".
    private static readonly HashSet<string> Ranks = new(StringComparer.Ordinal)
    {
        "private", "pvt", "corporal", "cpl", "sergeant", "sgt", "lieutenant", "lt", "captain", "capt", "major", "maj", "colonel",
        "col", "conscript", "soldier", "serviceman", "officer", "guard", "peacekeeper",
    };

    // What a bare count is put at when it is the size of a gathering: "estimated the crowd at 5,000".
    private static readonly HashSet<string> CrowdNouns = new(StringComparer.Ordinal)
    {
        "crowd", "crowds", "turnout", "attendance", "participants", "attendees", "protesters", "demonstrators", "marchers",
    };

    // The verbs that say where a toll now stands: "rose to 105", "has reached 60", "climbed to 20".
    private static readonly HashSet<string> TollUpdates = new(StringComparer.Ordinal)
    {
        "rose", "risen", "rises", "climbed", "climbs", "reached", "reaches", "stood", "stands", "increased", "jumped", "grew", "hit",
    };

    private static readonly HashSet<string> DeathWords = new(StringComparer.Ordinal) { "killed", "died", "dead", "martyred", "perished", "slain" };

    /// <summary>
    /// Every word without which no count of the killed or wounded is read: their units, the words before a number that
    /// make it one ("killing two", "a toll of 5") and the death words that turn troops into the dead. One lasting list,
    /// so a caller may ask a document's index of words whether a stretch holds any before reading its numbers.
    /// </summary>
    public static IReadOnlyList<string> CasualtyWords { get; } =
        [.. Units.Where(u => u.Value is QuantityKind.Killed or QuantityKind.Wounded).Select(u => u.Key), .. DeathWords, "killing", "wounding", "injuring", "toll"];

    /// <summary>Whether tokens [first, last] count the killed or wounded (as <see cref="Read"/> finds them).</summary>
    public static bool CountsCasualties(IReadOnlyList<Token> tokens, int first, int last)
    {
        foreach (var (quantity, _) in Read(tokens, first, last))
        {
            if (quantity.Kind is QuantityKind.Killed or QuantityKind.Wounded)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Counts in tokens [first, last], each with the token index of its number.</summary>
    public static List<(Quantity Quantity, int Token)> Read(IReadOnlyList<Token> tokenList, int first, int last)
    {
        // Read as a span: no interface call and no copy of a token for each of the several looks at every word.
        var tokens = Matching.PhraseMatcher<int>.AsSpan(tokenList);
        var found = new List<(Quantity, int)>();
        for (var i = first; i <= last; i++)
        {
            var value = NumberAt(tokens, i, last, out var numberEnd);
            if (value is null)
            {
                continue;
            }

            // Years and dates are not counts.
            if (tokens[i].Kind == TokenKind.Number && value is >= 1900 and <= 2100 && !tokens[i].Normalized.Contains(','))
            {
                continue;
            }

            // "on March 6", "6 March": a day of the month is not a count.
            if ((i > 0 && Months.Contains(tokens[i - 1].Normalized)) || (numberEnd + 1 < tokens.Length && Months.Contains(tokens[numberEnd + 1].Normalized)))
            {
                i = numberEnd;
                continue;
            }

            // "handed over two soldiers": the particle of a phrasal verb rounds nothing.
            var approx = i > first && (Rounds(tokens[i - 1].Normalized) || tokens[i - 1].Normalized is "few" or "up") &&
                         !(i - 2 >= first && tokens[i - 1].Normalized is "over" or "up" && PhrasalVerbs.Contains(tokens[i - 2].Normalized));
            var kind = UnitAfter(tokens, numberEnd + 1, last);
            // "between 50 and 1,000 Armenians", "50 to 100 trucks": the first bound counts what the second does.
            if (kind is null && numberEnd + 2 <= last && tokens[numberEnd + 1].Normalized is "to" or "and" or "-" or "–" &&
                NumberAt(tokens, numberEnd + 2, last, out var secondEnd) is not null)
            {
                kind = UnitAfter(tokens, secondEnd + 1, last);
            }

            // "Four Armenian and three Azerbaijani servicemen": a count with a word of its own shares the unit of the
            // count coordinated with it.
            for (var k = numberEnd + 2; kind is null && k <= Math.Min(last - 1, numberEnd + 3); k++)
            {
                if (tokens[k].Normalized == "and" && tokens[k - 1].IsWord && NumberAt(tokens, k + 1, last, out var coordinatedEnd) is not null)
                {
                    kind = UnitAfter(tokens, coordinatedEnd + 1, last);
                }
            }

            // "killing nine civilians and wounding 34": the verb before the count says what it counts, whoever they were.
            // ("killed more than 150 soldiers": the verb stands before the words that round the count.)
            var verb = VerbBefore(tokens, first, i);

            if (kind is null or QuantityKind.People or QuantityKind.Troops && verb >= first && verb < i && tokens[verb].Normalized is "killing" or "killed" or "wounding" or "injuring" or "wounded" or "injured")
            {
                kind = tokens[verb].Normalized is "killing" or "killed" ? QuantityKind.Killed : QuantityKind.Wounded;
            }

            // "killed four policemen and two civilians": a count joined by "and" to a toll just read adds to that toll.
            if (kind is null or QuantityKind.People or QuantityKind.Troops && verb >= first && verb < i && tokens[verb].Normalized == "and" &&
                found.Count > 0 && found[^1].Item1.Kind is QuantityKind.Killed or QuantityKind.Wounded && verb - found[^1].Item2 <= 4 &&
                !NamesASide(tokens, found[^1].Item2, numberEnd + 1))
            {
                var toll = found[^1].Item1;
                found[^1] = (toll with { Value = toll.Value + value.Value, Approximate = toll.Approximate || approx }, found[^1].Item2);
                i = numberEnd;
                continue;
            }

            // "a death toll of 5"; "a total of 7,559 mines" counts what follows it, not the dead.
            if (kind is null && i > first + 1 && tokens[i - 1].Normalized == "of" && tokens[i - 2].Normalized == "toll")
            {
                kind = QuantityKind.Killed;
            }

            // "put the crowd at more than 50,000", "put the number of dead at 100": a bare count a crowd or a toll is put at
            // counts people, or the dead or wounded.
            if (kind is null && verb >= first && verb < i - 1 && tokens[verb + 1].Normalized == "at")
            {
                kind = CrowdNouns.Contains(tokens[verb].Normalized) ? QuantityKind.People
                    : tokens[verb].Normalized is "dead" or "killed" or "deaths" or "toll" or "fatalities" ? QuantityKind.Killed
                    : tokens[verb].Normalized is "wounded" or "injured" ? QuantityKind.Wounded
                    : null;
            }

            // "The death toll later rose to 105", "the toll has reached 60": where a toll stands now.
            if (kind is null && UpdatesToll(tokens, first, verb, i))
            {
                kind = QuantityKind.Killed;
            }

            if (kind is not null)
            {
                // "servicemen were killed" counts the dead, "soldiers were wounded" the wounded, not troops.
                if (kind == QuantityKind.Troops && CasualtyNear(tokens, numberEnd + 1, last) is { } casualty)
                {
                    kind = casualty;
                }

                // "60 civilians have been killed": people counted as the subject of a passive of death or wounding.
                if (kind == QuantityKind.People && PassiveCasualty(tokens, numberEnd + 1, last) is { } befell)
                {
                    kind = befell;
                }

                found.Add((new Quantity(kind.Value, value.Value, approx), i));
            }

            i = numberEnd;
        }

        if (found.Count == 0)
        {
            ReadOneCasualty(tokens, first, last, found);
        }

        return found;
    }

    /// <summary>
    /// "An Armenian border guard was wounded", "Private Arman Hakobyan was killed": one person named or counted by
    /// "a" as the subject of "was killed/wounded" is a toll of one.
    /// </summary>
    private static void ReadOneCasualty(ReadOnlySpan<Token> tokens, int first, int last, List<(Quantity, int)> found)
    {
        for (var k = first + 1; k < last; k++)
        {
            if (tokens[k].Normalized != "was")
            {
                continue;
            }

            var participle = tokens[k + 1].Normalized is "seriously" or "fatally" or "slightly" or "lightly" or "critically" or "mortally" && k + 2 <= last ? k + 2 : k + 1;
            // "fatally wounded": the wound killed.
            QuantityKind? kind = DeathWords.Contains(tokens[participle].Normalized) ? QuantityKind.Killed
                : tokens[participle].Normalized is "wounded" or "injured" ? (tokens[k + 1].Normalized is "fatally" or "mortally" ? QuantityKind.Killed : QuantityKind.Wounded) : null;
            if (kind is null)
            {
                continue;
            }

            // Back from "was" over the subject: a lone casualty noun opened by "a"/"an"/"one", or a rank before a name.
            for (var j = k - 1; j >= first && j >= k - 9; j--)
            {
                var word = tokens[j].Normalized;
                if (tokens[j].Kind == TokenKind.Punctuation && word != "-")
                {
                    break;
                }

                if (word is "a" or "an" or "one" && j < k - 1 && OneCasualtyNouns.Contains(tokens[k - 1].Normalized))
                {
                    found.Add((new Quantity(kind.Value, 1, false), j));
                    return;
                }

                if (Ranks.Contains(word) && j < k - 1 && tokens[j + 1].IsCapitalized)
                {
                    found.Add((new Quantity(kind.Value, 1, false), j));
                    return;
                }
            }
        }
    }

    /// <summary>
    /// Killed or wounded when the words after a count (its unit, then "were", "have been") end in a participle of death
    /// or wounding: "civilians have been killed", not "people have fled after an attack that killed …".
    /// </summary>
    private static QuantityKind? PassiveCasualty(ReadOnlySpan<Token> tokens, int from, int last)
    {
        var helped = false;
        for (var k = from; k <= Math.Min(last, from + 6); k++)
        {
            var word = tokens[k].Normalized;
            if (word is "were" or "was" or "have" or "has" or "had" or "been" or "reportedly" or "allegedly" or "also")
            {
                helped = true;
                continue;
            }

            if (helped)
            {
                return DeathWords.Contains(word) ? QuantityKind.Killed : word is "wounded" or "injured" ? QuantityKind.Wounded : null;
            }

            if (!tokens[k].IsWord)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>What the first word of death or wounding within eight tokens says befell the count, or null.</summary>
    private static QuantityKind? CasualtyNear(ReadOnlySpan<Token> tokens, int from, int last)
    {
        for (var k = from; k <= Math.Min(last, from + 8); k++)
        {
            // "Martyred" is how Azerbaijani and Turkish media report soldiers killed.
            if (DeathWords.Contains(tokens[k].Normalized))
            {
                return QuantityKind.Killed;
            }

            if (tokens[k].Normalized is "wounded" or "injured")
            {
                return QuantityKind.Wounded;
            }

            if (tokens[k].Normalized is "." or ";")
            {
                break;
            }
        }

        return null;
    }

    private static QuantityKind? UnitAfter(ReadOnlySpan<Token> tokens, int from, int last)
    {
        for (var k = from; k <= Math.Min(last, from + 3); k++)
        {
            ref readonly var token = ref tokens[k];
            var w = token.Normalized;
            if (Units.TryGetValue(w, out var kind))
            {
                return kind;
            }

            if (token.Kind == TokenKind.Punctuation && w != "-")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// True for a word that rounds the count after it ("about", "more than", "at least", "fewer than"): one list for the
    /// counts read here and for the readers that walk back over the same words.
    /// </summary>
    /// <summary>
    /// True when the count at token <paramref name="number"/> is where a toll now stands: "the toll later rose to 105",
    /// "the death toll has reached 60" (a change over time, not another source's figure).
    /// </summary>
    public static bool IsTollUpdate(IReadOnlyList<Token> tokenList, int first, int number)
    {
        var tokens = Matching.PhraseMatcher<int>.AsSpan(tokenList);
        return UpdatesToll(tokens, first, VerbBefore(tokens, first, number), number);
    }

    /// <summary>The word before the count at <paramref name="number"/> and the words that round it ("killed more than", "rose to", "put … at").</summary>
    private static int VerbBefore(ReadOnlySpan<Token> tokens, int first, int number)
    {
        var verb = number - 1;
        while (verb > first && (Rounds(tokens[verb].Normalized) || tokens[verb].Normalized is "at" or "up" or "to"))
        {
            verb--;
        }

        return verb;
    }

    /// <summary>
    /// True when a capitalised word stands after the first count's number up to <paramref name="end"/>: "four Armenian and
    /// three Azerbaijani servicemen" are two sides' tolls, not one.
    /// </summary>
    private static bool NamesASide(ReadOnlySpan<Token> tokens, int firstCount, int end)
    {
        for (var k = firstCount + 1; k <= end && k < tokens.Length; k++)
        {
            if (tokens[k].IsWord && tokens[k].IsCapitalized)
            {
                return true;
            }
        }

        return false;
    }

    private static bool UpdatesToll(ReadOnlySpan<Token> tokens, int first, int verb, int number)
    {
        if (verb < first || verb >= number || !TollUpdates.Contains(tokens[verb].Normalized))
        {
            return false;
        }

        for (var k = verb - 1; k >= first && k >= verb - 3; k--)
        {
            if (tokens[k].Normalized == "toll")
            {
                return true;
            }
        }

        return false;
    }

    internal static bool Rounds(string word) =>
        word is "over" or "about" or "nearly" or "around" or "some" or "approximately" or "almost" or "more" or "than" or "least" or "fewer" or "less";

    /// <summary>The number starting at token <paramref name="i"/>, if any.</summary>
    public static double? NumberAt(IReadOnlyList<Token> tokens, int i, int last, out int end) =>
        NumberAt(Matching.PhraseMatcher<int>.AsSpan(tokens), i, last, out end);

    private static double? NumberAt(ReadOnlySpan<Token> tokens, int i, int last, out int end)
    {
        end = i;
        ref readonly var t = ref tokens[i];
        if (t.Kind == TokenKind.Number)
        {
            if (!double.TryParse(t.Normalized.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            {
                return null;
            }

            if (i + 1 <= last && tokens[i + 1].Normalized is "million" or "thousand")
            {
                v *= tokens[i + 1].Normalized == "million" ? 1_000_000 : 1000;
                end = i + 1;
            }

            return v;
        }

        if (t.IsWord && NumberWords.MayContain(t.Normalized) && Words.TryGetValue(t.Normalized, out var w))
        {
            // "several hundred", "a few thousand" are no count of a hundred or a thousand.
            if (t.Normalized is "hundred" or "thousand" or "dozen" && i > 0 && tokens[i - 1].Normalized is "several" or "few" or "many")
            {
                return null;
            }

            // "Thirty-two", "twenty five": a tens word and the units word after it are one number.
            if (w is >= 20 and <= 90 && w % 10 == 0)
            {
                var units = end + 1 <= last && tokens[end + 1].Normalized == "-" ? end + 2 : end + 1;
                if (units <= last && tokens[units].IsWord && Words.TryGetValue(tokens[units].Normalized, out var u) && u is >= 1 and <= 9)
                {
                    w += u;
                    end = units;
                }
            }

            // "a dozen" etc. are vague; keep exact words.
            if (end + 1 <= last && tokens[end + 1].Normalized is "thousand" or "hundred")
            {
                w *= tokens[end + 1].Normalized == "thousand" ? 1000 : 100;
                end++;
            }

            return t.Normalized is "hundreds" or "thousands" or "dozen" ? null : w;
        }

        return null;
    }
}
