using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Parley.Extraction.Matching;
using Parley.Model;
using Parley.Packs;
using Parley.Text;

namespace Parley.Extraction.Entities;

/// <summary>
/// The pack's names compiled for matching, built once per pack: every name and alias, demonym phrases,
/// surnames, and which city stands for which government.
/// </summary>
public sealed class EntityIndex
{
    private static readonly ConditionalWeakTable<DomainPack, EntityIndex> Cache = [];

    private EntityIndex(DomainPack pack)
    {
        Pack = pack;
        Names = new PhraseMatcher<NameHit>();

        // "Azerbaijani authorities": each demonym is tokenised once and joined with each noun's tokens, not every
        // pairing written out and tokenised again (thousands of phrases; a space splits tokens, so both agree).
        var governmentNouns = pack.Words("government_nouns").Select(PhraseTokens).ToArray();
        var titleNouns = pack.Words("title_nouns").Select(PhraseTokens).ToArray();

        // Records, seats and demonyms first, so every hit registered below carries what Resolved gives it.
        foreach (var e in pack.Entities)
        {
            _entities.TryAdd(e.Id, e.ToEntity());
            if (e.Seat is not null && e.Kind is EntityKind.State or EntityKind.Authority)
            {
                SeatOf.TryAdd(e.Seat, e.Id);
            }

            foreach (var adjective in e.Adjectives)
            {
                AdjectiveOf.TryAdd(MatchTokens.Key(adjective)[0], e.Id);
            }
        }

        _demonymOwners = [.. AdjectiveOf.Values];

        foreach (var government in SeatOf.Values)
        {
            _governmentHits.TryAdd(government, Resolved(new NameHit(government, NameHitKind.Name)));
        }

        foreach (var e in pack.Entities)
        {
            var asName = Resolved(new NameHit(e.Id, NameHitKind.Name));
            foreach (var name in e.AllNames)
            {
                var key = MatchTokens.Key(name);
                Names.Add(key, asName, RuleFor(name, key));

                // "Azerbaijani troops": a name that is a demonym and a noun, so "Armenian and Azerbaijani troops" can
                // find the Armenian one.
                if (key.Length > 1 && AdjectiveOf.TryGetValue(key[0], out var demonymState))
                {
                    DemonymNamed.TryAdd((demonymState, string.Join(' ', key[1..])), e.Id);
                }
            }

            foreach (var domain in e.Domains)
            {
                Names.Add(domain, asName);
            }

            foreach (var adjective in e.Adjectives)
            {
                var adjectiveTokens = PhraseTokens(adjective);
                var asGovernment = Resolved(new NameHit(e.Id, NameHitKind.Adjective));
                foreach (var noun in governmentNouns)
                {
                    Names.Add(Joined(adjectiveTokens, noun), asGovernment, CaseRule.Capitalized);
                }

                var beforeTitle = Resolved(new NameHit(e.Id, NameHitKind.AdjectiveTitle));
                foreach (var title in titleNouns)
                {
                    Names.Add(Joined(adjectiveTokens, title), beforeTitle, CaseRule.Capitalized);
                }
            }

            if (e.Kind == EntityKind.Person)
            {
                var surnames = e.Surnames.Count > 0 ? e.Surnames : [e.Name.Split(' ')[^1]];
                foreach (var s in surnames.Append(e.Name.Split(' ')[^1]).Distinct())
                {
                    var key = MatchTokens.Key(s);
                    if (key.Length == 1)
                    {
                        if (!Surnames.TryGetValue(key[0], out var list))
                        {
                            Surnames[key[0]] = list = [];
                        }

                        if (!list.Contains(e.Id))
                        {
                            list.Add(e.Id);
                        }
                    }
                }
            }
        }

        _surnameFilter = new WordFilter(Surnames.Keys);
        Locatives = new HashSet<string>(pack.Words("locative_cues"), StringComparer.Ordinal);
        TitleNouns = new HashSet<string>(pack.Words("title_nouns").SelectMany(MatchTokens.Key), StringComparer.Ordinal);
        GovernmentNounWords = new HashSet<string>(pack.Words("government_nouns").Select(n => MatchTokens.Key(n)[0]), StringComparer.Ordinal);
        PassageNouns = new HashSet<string>(pack.Words("passage_nouns"), StringComparer.Ordinal);

        // Frozen here rather than by the first document's search, so loading the pack is where it is paid.
        Names.EnsureFrozen();
    }

    // Each pack entity as a document names it, made once: records are immutable, so documents share them.
    private readonly Dictionary<string, Entity> _entities = new(StringComparer.Ordinal);

    // The hit a capital yields when it stands for its government, one per government.
    private readonly Dictionary<string, NameHit> _governmentHits = new(StringComparer.Ordinal);

    /// <summary>The pack.</summary>
    public DomainPack Pack { get; }

    /// <summary>The record of the pack entity <paramref name="id"/> (<see cref="PackEntity.ToEntity"/>), or null.</summary>
    public Entity? EntityOf(string id) => _entities.GetValueOrDefault(id);

    /// <summary>The name hit of <paramref name="government"/>, a value of <see cref="SeatOf"/>.</summary>
    internal NameHit GovernmentHit(string government) =>
        _governmentHits.TryGetValue(government, out var hit) ? hit : Resolved(new NameHit(government, NameHitKind.Name));

    /// <summary>
    /// <paramref name="hit"/> with its entity's record and kind and, for a name of a capital, its government's hit
    /// (a government's own hit has none: a capital's government is never asked for its seat again).
    /// </summary>
    private NameHit Resolved(NameHit hit) => hit with
    {
        Entity = EntityOf(hit.EntityId),
        OwnsDemonym = _demonymOwners.Contains(hit.EntityId),
        EntityKind = Pack.Find(hit.EntityId)?.Kind,
        Government = hit.Kind == NameHitKind.Name && SeatOf.TryGetValue(hit.EntityId, out var government) && _governmentHits.TryGetValue(government, out var governmentHit)
            ? governmentHit
            : null,
    };

    /// <summary>Every name, alias and demonym phrase.</summary>
    public PhraseMatcher<NameHit> Names { get; }

    /// <summary>Place id of a capital → the government it stands for.</summary>
    public Dictionary<string, string> SeatOf { get; } = new(StringComparer.Ordinal);

    /// <summary>Normalised surname → person ids.</summary>
    public Dictionary<string, List<string>> Surnames { get; } = new(StringComparer.Ordinal);

    // The values of AdjectiveOf: only a hit of one of these can begin with its own demonym.
    private readonly HashSet<string> _demonymOwners;

    // The keys of Surnames, asked first of every capitalised word the linker has not linked.
    private readonly WordFilter _surnameFilter;

    /// <summary>The person ids of the normalised surname <paramref name="word"/> (<see cref="Surnames"/>), or false.</summary>
    internal bool TryGetSurname(string word, [NotNullWhen(true)] out List<string>? people)
    {
        people = null;
        return _surnameFilter.MayContain(word) && Surnames.TryGetValue(word, out people);
    }

    /// <summary>
    /// Pack names made of a demonym and a noun ("Azerbaijani troops"), by the demonym's state and the noun's
    /// normalised words ("troops") → the entity named.
    /// </summary>
    public Dictionary<(string State, string Noun), string> DemonymNamed { get; } = [];

    /// <summary>Normalised demonym → entity id.</summary>
    public Dictionary<string, string> AdjectiveOf { get; } = new(StringComparer.Ordinal);

    /// <summary>Words before a place name that make it a location rather than a government ("in", "to").</summary>
    public HashSet<string> Locatives { get; }

    /// <summary>Words of titles (normalised).</summary>
    public HashSet<string> TitleNouns { get; }

    /// <summary>The first word of each government noun ("authorities", "foreign" of "foreign ministry"), normalised.</summary>
    public HashSet<string> GovernmentNounWords { get; }

    /// <summary>Nouns of a way through ("road", "highway", "border"), normalised.</summary>
    public HashSet<string> PassageNouns { get; }

    /// <summary>The index for <paramref name="pack"/>, built on first use.</summary>
    public static EntityIndex For(DomainPack pack) => Cache.GetValue(pack, p => new EntityIndex(p));

    /// <summary>The tokens of <paramref name="phrase"/> as <see cref="MatchTokens.Key"/> keeps them, before it drops a leading "the".</summary>
    private static string[] PhraseTokens(string phrase) => MatchTokens.Kept(phrase, dropLeadingThe: false);

    /// <summary>The key of "<paramref name="first"/> <paramref name="second"/>", as <see cref="MatchTokens.Key"/> makes it.</summary>
    private static string[] Joined(string[] first, string[] second)
    {
        string[] key = [.. first, .. second];
        return key.Length > 1 && key[0] == "the" ? key[1..] : key;
    }

    private static CaseRule RuleFor(string name, string[] key)
    {
        var letters = 0;
        var upper = 0;
        foreach (var c in name)
        {
            if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
        }

        if (letters >= 2 && upper == letters && key.Length <= 2)
        {
            return CaseRule.AllCaps;
        }

        return key.Length == 1 ? CaseRule.Capitalized : CaseRule.Any;
    }
}
