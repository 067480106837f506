using System.Runtime.CompilerServices;
using Parley.Extraction.Matching;
using Parley.Model;
using Parley.Packs;

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
        foreach (var e in pack.Entities)
        {
            foreach (var name in e.AllNames)
            {
                Names.Add(name, new NameHit(e.Id, NameHitKind.Name), RuleFor(name));
            }

            foreach (var domain in e.Domains)
            {
                Names.Add(domain, new NameHit(e.Id, NameHitKind.Name));
            }

            foreach (var adjective in e.Adjectives)
            {
                foreach (var noun in pack.Words("government_nouns"))
                {
                    Names.Add($"{adjective} {noun}", new NameHit(e.Id, NameHitKind.Adjective), CaseRule.Capitalized);
                }

                foreach (var title in pack.Words("title_nouns"))
                {
                    Names.Add($"{adjective} {title}", new NameHit(e.Id, NameHitKind.AdjectiveTitle), CaseRule.Capitalized);
                }

                AdjectiveOf.TryAdd(MatchTokens.Key(adjective)[0], e.Id);
            }

            if (e.Seat is not null && e.Kind is EntityKind.State or EntityKind.Authority)
            {
                SeatOf.TryAdd(e.Seat, e.Id);
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

        foreach (var e in pack.Entities)
        {
            _entities.TryAdd(e.Id, e.ToEntity());
        }

        foreach (var government in SeatOf.Values)
        {
            _governmentHits.TryAdd(government, new NameHit(government, NameHitKind.Name));
        }

        Locatives = new HashSet<string>(pack.Words("locative_cues"), StringComparer.Ordinal);
        TitleNouns = new HashSet<string>(pack.Words("title_nouns").SelectMany(MatchTokens.Key), StringComparer.Ordinal);

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
        _governmentHits.TryGetValue(government, out var hit) ? hit : new NameHit(government, NameHitKind.Name);

    /// <summary>Every name, alias and demonym phrase.</summary>
    public PhraseMatcher<NameHit> Names { get; }

    /// <summary>Place id of a capital → the government it stands for.</summary>
    public Dictionary<string, string> SeatOf { get; } = new(StringComparer.Ordinal);

    /// <summary>Normalised surname → person ids.</summary>
    public Dictionary<string, List<string>> Surnames { get; } = new(StringComparer.Ordinal);

    /// <summary>Normalised demonym → entity id.</summary>
    public Dictionary<string, string> AdjectiveOf { get; } = new(StringComparer.Ordinal);

    /// <summary>Words before a place name that make it a location rather than a government ("in", "to").</summary>
    public HashSet<string> Locatives { get; }

    /// <summary>Words of titles (normalised).</summary>
    public HashSet<string> TitleNouns { get; }

    /// <summary>The index for <paramref name="pack"/>, built on first use.</summary>
    public static EntityIndex For(DomainPack pack) => Cache.GetValue(pack, p => new EntityIndex(p));

    private static CaseRule RuleFor(string name)
    {
        var key = MatchTokens.Key(name);
        var letters = name.Where(char.IsLetter).ToList();
        if (letters.Count >= 2 && letters.All(char.IsUpper) && key.Length <= 2)
        {
            return CaseRule.AllCaps;
        }

        return key.Length == 1 ? CaseRule.Capitalized : CaseRule.Any;
    }
}
