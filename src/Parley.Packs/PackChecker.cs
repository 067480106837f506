using System.Text;
using Parley.Model;
using Parley.Text;

namespace Parley.Packs;

/// <summary>
/// Consistency rules for a pack: unique ids, no alias claimed by two entities of the same kind, references
/// to ids that exist, and no overlapping holders of a single-holder office.
/// </summary>
internal static class PackChecker
{
    // Offices with one holder at a time; deputies, advisers and members are excluded by the words they carry.
    private static readonly string[] SingleHolderTitles =
    [
        "president", "prime minister", "foreign minister", "minister of foreign affairs", "defense minister",
        "defence minister", "minister of defense", "minister of defence", "state minister", "secretary of state",
        "chief of the general staff", "speaker",
    ];

    private static readonly string[] SharedWords = ["deputy", "vice", "adviser", "advisor", "assistant", "member", "former", "acting", "first", "special"];

    public static IEnumerable<PackProblem> Check(DomainPack pack)
    {
        var problems = new List<PackProblem>();
        var seen = new Dictionary<string, PackEntity>(StringComparer.Ordinal);
        foreach (var e in pack.Entities)
        {
            if (!seen.TryAdd(e.Id, e))
            {
                var first = seen[e.Id];
                problems.Add(new PackProblem(e.File, e.Line, $"duplicate id '{e.Id}' (first defined in {first.File}:{first.Line})"));
            }
        }

        var aliases = new Dictionary<(EntityKind, string), PackEntity>();
        foreach (var e in pack.Entities)
        {
            foreach (var name in e.AllNames.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var key = (e.Kind, Fold(name));
                if (aliases.TryGetValue(key, out var other) && other.Id != e.Id)
                {
                    problems.Add(new PackProblem(e.File, e.Line, $"alias '{name}' of '{e.Id}' is also claimed by {e.Kind.ToWire()} '{other.Id}' ({other.File}:{other.Line})"));
                }
                else
                {
                    aliases[key] = e;
                }
            }
        }

        foreach (var e in pack.Entities)
        {
            CheckReference(problems, pack, e, e.Seat, "seat");
            CheckReference(problems, pack, e, e.Parent, "parent");
            CheckReference(problems, pack, e, e.Side, "side");
            CheckReference(problems, pack, e, e.In, "in");
            CheckReference(problems, pack, e, e.Country, "country");
            if (e.Kind == EntityKind.Place && e.Geo is null)
            {
                problems.Add(new PackProblem(e.File, e.Line, $"place '{e.Id}' has no coordinates (lat, lon)"));
            }

            foreach (var r in e.Roles)
            {
                if (r.Of is not null && pack.Find(r.Of) is null)
                {
                    problems.Add(new PackProblem(e.File, r.Line, $"role '{r.Title}' of '{e.Id}' refers to unknown id '{r.Of}'"));
                }

                if (r.From is not null && r.Until is not null && r.From.Value.Earliest > r.Until.Value.Latest)
                {
                    problems.Add(new PackProblem(e.File, r.Line, $"role '{r.Title}' of '{e.Id}' ends ({r.UntilText}) before it starts ({r.FromText})"));
                }
            }
        }

        CheckOffices(pack, problems);
        return problems;
    }

    /// <summary>Episode ids are unique, each names a place or route of the pack, and its actors are entities of the pack.</summary>
    public static IEnumerable<PackProblem> CheckEpisodes(DomainPack pack, IEnumerable<(EpisodeDefinition Episode, string File, int Line)> episodes)
    {
        var seen = new Dictionary<string, (string File, int Line)>(StringComparer.Ordinal);
        foreach (var (episode, file, line) in episodes)
        {
            if (!seen.TryAdd(episode.Id, (file, line)))
            {
                yield return new PackProblem(file, line, $"duplicate episode id '{episode.Id}' (first defined in {seen[episode.Id].File}:{seen[episode.Id].Line})");
            }

            if (pack.Find(episode.Place) is not { Kind: EntityKind.Place or EntityKind.Route })
            {
                yield return new PackProblem(file, line, $"episode '{episode.Id}' refers to unknown place '{episode.Place}'");
            }

            foreach (var actor in episode.Actors.Where(a => pack.Find(a) is null))
            {
                yield return new PackProblem(file, line, $"episode '{episode.Id}' refers to unknown actor '{actor}'");
            }
        }
    }

    /// <summary>Each topic an event type carries of itself is a topic of the pack.</summary>
    public static IEnumerable<PackProblem> CheckEventTypes(DomainPack pack, IEnumerable<(EventTypeDefinition EventType, string File, int Line)> eventTypes)
    {
        var topics = pack.Topics.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (eventType, file, line) in eventTypes)
        {
            foreach (var topic in eventType.InherentTopics.Where(t => !topics.Contains(t)))
            {
                yield return new PackProblem(file, line, $"event type '{eventType.Type.ToWire()}' refers to unknown topic '{topic}'");
            }
        }
    }

    private static void CheckReference(List<PackProblem> problems, DomainPack pack, PackEntity e, string? id, string field)
    {
        if (id is not null && pack.Find(id) is null)
        {
            problems.Add(new PackProblem(e.File, e.Line, $"'{field}' of '{e.Id}' refers to unknown id '{id}'"));
        }
    }

    private static void CheckOffices(DomainPack pack, List<PackProblem> problems)
    {
        var offices = pack.Entities
            .SelectMany(e => e.Roles.Select(r => (Person: e, Role: r)))
            .Where(x => x.Role.Of is not null && IsSingleHolder(x.Role.Title))
            .GroupBy(x => (Title: OfficeKey(x.Role.Title), x.Role.Of));
        foreach (var office in offices)
        {
            var holders = office.OrderBy(x => x.Role.From?.Earliest).ToList();
            for (var i = 0; i < holders.Count; i++)
            {
                for (var j = i + 1; j < holders.Count; j++)
                {
                    var (a, b) = (holders[i], holders[j]);
                    if (a.Person.Id == b.Person.Id || a.Role.From is null || b.Role.From is null)
                    {
                        continue;
                    }

                    // Ranges share at least one full day (a hand-over day may appear in both).
                    var aEnd = a.Role.Until?.Latest ?? NodaTime.LocalDate.MaxIsoValue;
                    var bEnd = b.Role.Until?.Latest ?? NodaTime.LocalDate.MaxIsoValue;
                    var overlapStart = a.Role.From.Value.Latest > b.Role.From.Value.Latest ? a.Role.From.Value.Latest : b.Role.From.Value.Latest;
                    var overlapEnd = aEnd < bEnd ? aEnd : bEnd;
                    if (overlapStart < overlapEnd)
                    {
                        problems.Add(new PackProblem(b.Person.File, b.Role.Line,
                            $"overlapping roles of one office: '{b.Role.Title}' of '{office.Key.Of}' held by '{a.Person.Id}' ({a.Role.FromText}..{a.Role.UntilText ?? "open"}) and '{b.Person.Id}' ({b.Role.FromText}..{b.Role.UntilText ?? "open"})"));
                    }
                }
            }
        }
    }

    private static bool IsSingleHolder(string title)
    {
        var t = OfficeKey(title);
        return SingleHolderTitles.Contains(t) && !SharedWords.Any(w => t.Contains(w, StringComparison.Ordinal));
    }

    private static string OfficeKey(string title)
    {
        var t = Fold(title);
        foreach (var prefix in new[] { "de facto ", "de-facto " })
        {
            if (t.StartsWith(prefix, StringComparison.Ordinal))
            {
                t = t[prefix.Length..];
            }
        }

        return t;
    }

    // Run for every name and title of the pack on every load: one builder, no iterator chain per name.
    private static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        var any = false;
        foreach (var t in Tokenizer.Tokenize(text))
        {
            if (t.Kind != TokenKind.Punctuation || t.Normalized == "&")
            {
                folded.Append(any ? " " : "").Append(t.Normalized);
                any = true;
            }
        }

        return folded.ToString();
    }
}
