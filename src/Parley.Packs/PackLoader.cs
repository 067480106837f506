using System.Globalization;
using Parley.Model;
using Parley.Time;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Parley.Packs;

/// <summary>
/// Reads a pack folder. Every <c>*.yaml</c> file is parsed with YamlDotNet's representation model so each
/// problem can name its file and line; the top-level key of a file says what it holds.
/// </summary>
internal static class PackLoader
{
    private static readonly HashSet<string> KnownKeys =
        ["pack", "entities", "people", "outlets", "places", "topics", "event_types", "episodes", "lexicon"];

    /// <summary>Deepest nesting of mappings and sequences a pack file may have.</summary>
    private const int MaxNestingDepth = 64;

    /// <summary>
    /// The parser the representation model reads from, counting how deep mappings and sequences nest as it goes:
    /// loading is recursive, so a file nested thousands deep would overflow the stack. Counting in the one parse
    /// replaces a second parse of every file made only to measure its depth first.
    /// </summary>
    private sealed class DepthLimitedParser(string yaml) : IParser
    {
        private readonly Parser _parser = new(new StringReader(yaml));
        private int _depth;

        public ParsingEvent? Current => _parser.Current;

        public bool MoveNext()
        {
            if (!_parser.MoveNext())
            {
                return false;
            }

            if (_parser.Current is MappingStart or SequenceStart && ++_depth > MaxNestingDepth)
            {
                throw new TooDeepException();
            }

            if (_parser.Current is MappingEnd or SequenceEnd)
            {
                _depth--;
            }

            return true;
        }
    }

    private sealed class TooDeepException : Exception;

    /// <summary>
    /// True when the events of <paramref name="yaml"/> nest too deep before the parser fails, if it does: asked only
    /// of a file that did not load, since building its model may have stopped at another fault first.
    /// </summary>
    private static bool TooDeep(string yaml)
    {
        var parser = new DepthLimitedParser(yaml);
        try
        {
            while (parser.MoveNext())
            {
            }
        }
        catch (TooDeepException)
        {
            return true;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            // Reported with its line by the caller.
        }

        return false;
    }

    public static DomainPack Load(string folder)
    {
        var (pack, problems) = Read(folder);
        if (problems.Count > 0)
        {
            throw new PackException(problems);
        }

        return pack!;
    }

    /// <summary>Reads and checks a pack, returning it (when readable) and every problem found.</summary>
    public static (DomainPack? Pack, IReadOnlyList<PackProblem> Problems) Read(string folder)
    {
        var problems = new List<PackProblem>();
        if (!Directory.Exists(folder))
        {
            problems.Add(new PackProblem(folder, 0, "pack folder not found"));
            return (null, problems);
        }

        var builder = new PackBuilder(folder);
        var files = Directory.GetFiles(folder, "*.yaml", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            problems.Add(new PackProblem(folder, 0, "no .yaml files in the pack folder"));
            return (null, problems);
        }

        foreach (var file in files)
        {
            ReadFile(file, builder, problems);
        }

        var pack = builder.Build();
        problems.AddRange(PackChecker.Check(pack));
        problems.AddRange(PackChecker.CheckEpisodes(pack, builder.Episodes));
        problems.AddRange(PackChecker.CheckEventTypes(pack, builder.EventTypes));
        return (pack, problems);
    }

    private static void ReadFile(string file, PackBuilder builder, List<PackProblem> problems)
    {
        var name = Path.GetFileName(file);
        YamlStream stream;
        string? text = null;
        try
        {
            text = File.ReadAllText(file);
            stream = new YamlStream();
            stream.Load(new DepthLimitedParser(text));
        }
        catch (Exception ex) when (ex is TooDeepException || (text is not null && TooDeep(text)))
        {
            // A file both too deep and otherwise broken is reported as too deep, wherever its other fault lies.
            problems.Add(new PackProblem(name, 0, $"YAML nested more than {MaxNestingDepth} levels deep; a pack file needs a few"));
            return;
        }
        catch (YamlException ex)
        {
            problems.Add(new PackProblem(name, (int)ex.Start.Line, "YAML does not parse: " + ex.Message));
            return;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's own failures on some malformed input (not YamlException): still the file's fault.
            problems.Add(new PackProblem(name, 0, "YAML does not parse: " + ex.Message));
            return;
        }

        if (stream.Documents.Count == 0)
        {
            return;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add(new PackProblem(name, 1, "the file must be a mapping with one top-level key"));
            return;
        }

        var ctx = new FileContext(name, problems);
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!KnownKeys.Contains(key))
            {
                ctx.Problem(keyNode, $"unknown top-level key '{key}' (expected one of {string.Join(", ", KnownKeys)})");
                continue;
            }

            switch (key)
            {
                case "pack":
                    if (value is YamlMappingNode info)
                    {
                        builder.Info = new PackInfo(ctx.Str(info, "id") ?? "pack", ctx.Str(info, "name") ?? "", ctx.Str(info, "description") ?? "");
                    }

                    break;
                case "entities":
                    AddEntities(ctx, builder, value, null, "entities are state, authority, organization or group",
                        EntityKind.State, EntityKind.Authority, EntityKind.Organization, EntityKind.Group);
                    break;
                case "people":
                    AddEntities(ctx, builder, value, EntityKind.Person, "", EntityKind.Person);
                    break;
                case "outlets":
                    AddEntities(ctx, builder, value, EntityKind.Outlet, "", EntityKind.Outlet);
                    break;
                case "places":
                    AddEntities(ctx, builder, value, EntityKind.Place, "places are place or route", EntityKind.Place, EntityKind.Route);
                    break;
                case "topics":
                    foreach (var item in ctx.Items(value))
                    {
                        var id = ctx.Str(item, "id");
                        if (id is null)
                        {
                            ctx.Problem(item, "topic without id");
                            continue;
                        }

                        builder.Topics.Add((new TopicDefinition(id, ctx.Str(item, "name") ?? id, ctx.List(item, "triggers"), ctx.List(item, "not_triggers")), name, Line(item)));
                    }

                    break;
                case "event_types":
                    foreach (var item in ctx.Items(value))
                    {
                        var typeText = ctx.Str(item, "type");
                        var type = EventTypes.Parse(typeText);
                        if (type is null)
                        {
                            ctx.Problem(item, $"unknown event type '{typeText}'");
                            continue;
                        }

                        var triggers = item.Children.TryGetValue(new YamlScalarNode("triggers"), out var t) && t is YamlMappingNode byPart
                            ? [.. byPart.Children.Values.SelectMany(v => ctx.Scalars(v))]
                            : ctx.List(item, "triggers");
                        var stanceText = ctx.Str(item, "actor_stance");
                        var stance = PositionStances.Parse(stanceText);
                        if (stanceText is not null && stance is null)
                        {
                            ctx.Problem(item, $"unknown actor_stance '{stanceText}' (expected supports, opposes or conditional)");
                        }

                        builder.EventTypes.Add((new EventTypeDefinition(type.Value, ctx.Str(item, "cameo") ?? type.Value.CameoRoot(), triggers, ctx.List(item, "weak"), ctx.List(item, "nouns"), ctx.List(item, "topics"), stance), name, Line(item)));
                    }

                    break;
                case "episodes":
                    foreach (var item in ctx.Items(value))
                    {
                        AddEpisode(ctx, builder, item);
                    }

                    break;
                case "lexicon":
                    if (value is YamlMappingNode lexicon)
                    {
                        foreach (var (k, v) in lexicon.Children)
                        {
                            if (k is YamlScalarNode { Value: { } word })
                            {
                                builder.Lexicon[word] = ctx.Scalars(v);
                            }
                            else
                            {
                                ctx.Problem(k, "a lexicon key must be a plain name");
                            }
                        }
                    }
                    else
                    {
                        ctx.Problem(value, "lexicon must be a mapping of named word lists");
                    }

                    break;
            }
        }
    }

    // An episode needs an id, a known event type, a place and a first day; `until` closes a span.
    private static void AddEpisode(FileContext ctx, PackBuilder builder, YamlMappingNode item)
    {
        var id = ctx.Str(item, "id");
        var typeText = ctx.Str(item, "type");
        var type = EventTypes.Parse(typeText);
        var place = ctx.Str(item, "place");
        if (string.IsNullOrWhiteSpace(id) || type is null || string.IsNullOrWhiteSpace(place))
        {
            ctx.Problem(item, type is null && typeText is not null
                ? $"unknown event type '{typeText}'"
                : "an episode needs id, type and place");
            return;
        }

        var from = ctx.PartialDate(item, "from");
        var until = ctx.PartialDate(item, "until");
        if (from is null)
        {
            if (ctx.Str(item, "from") is null)
            {
                ctx.Problem(item, $"episode '{id}' has no 'from' date");
            }

            return;
        }

        var last = (until ?? from).Value.Latest;
        if (last < from.Value.Earliest)
        {
            ctx.Problem(item, $"episode '{id}' ends before it starts");
            return;
        }

        var date = new DateRange(from.Value.Earliest, last, from.Value.Earliest == last ? DatePrecision.Day : DatePrecision.Days);
        builder.Episodes.Add((new EpisodeDefinition(id, ctx.Str(item, "name") ?? id, type.Value, place, date) { Actors = ctx.List(item, "actors") }, ctx.File, Line(item)));
    }

    // Every entry of a list of entities; the kind comes from the list (people, outlets) or from each entry's
    // `kind`, which must be one the list allows (`fallback` when an entry gives none).
    private static void AddEntities(FileContext ctx, PackBuilder builder, YamlNode list, EntityKind? fallback, string allowedText, params EntityKind[] allowed)
    {
        foreach (var item in ctx.Items(list))
        {
            if (allowed.Length == 1)
            {
                AddEntity(ctx, builder, item, allowed[0]);
                continue;
            }

            var kind = ctx.Str(item, "kind") ?? fallback?.ToWire();
            var parsed = EntityKinds.Parse(kind);
            if (parsed is null || !allowed.Contains(parsed.Value))
            {
                ctx.Problem(item, $"unknown kind '{kind}' ({allowedText})");
                continue;
            }

            AddEntity(ctx, builder, item, parsed.Value);
        }
    }

    private static void AddEntity(FileContext ctx, PackBuilder builder, YamlMappingNode item, EntityKind kind)
    {
        var id = ctx.Str(item, "id");
        var name = ctx.Str(item, "name");
        if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(name))
        {
            ctx.Problem(item, "an entry needs both id and name");
            return;
        }

        GeoPoint? geo = null;
        var lat = ctx.Double(item, "lat");
        var lon = ctx.Double(item, "lon");
        if (lat is not null && lon is not null)
        {
            if (lat is < -90 or > 90 || lon is < -180 or > 180)
            {
                ctx.Problem(item, $"coordinates out of range: lat {lat}, lon {lon}");
            }
            else
            {
                geo = new GeoPoint(lat.Value, lon.Value);
            }
        }
        else if (lat is not null || lon is not null)
        {
            ctx.Problem(item, "lat and lon must be given together");
        }

        var roles = new List<PackRole>();
        if (item.Children.TryGetValue(new YamlScalarNode("roles"), out var rolesNode))
        {
            foreach (var r in ctx.Items(rolesNode))
            {
                var title = ctx.Str(r, "title");
                if (title is null)
                {
                    ctx.Problem(r, "a role needs a title");
                    continue;
                }

                roles.Add(new PackRole
                {
                    Title = title,
                    Of = ctx.Str(r, "of"),
                    FromText = ctx.Str(r, "from"),
                    UntilText = ctx.Str(r, "until"),
                    From = ctx.PartialDate(r, "from"),
                    Until = ctx.PartialDate(r, "until"),
                    Source = ctx.Str(r, "source"),
                    Line = Line(r),
                });
            }
        }

        builder.Entities.Add(new PackEntity
        {
            Id = id,
            Kind = kind,
            Name = name,
            Aliases = ctx.List(item, "aliases"),
            Surnames = ctx.List(item, "surnames"),
            Adjectives = ctx.List(item, "adjectives"),
            Seat = ctx.Str(item, "seat"),
            Parent = ctx.Str(item, "parent"),
            Side = ctx.Str(item, "side"),
            Roles = roles,
            Geo = geo,
            PlaceType = ctx.Str(item, "type"),
            In = ctx.Str(item, "in"),
            Country = ctx.Str(item, "country"),
            Affiliation = ctx.Str(item, "affiliation"),
            Domains = ctx.List(item, "domains"),
            Source = ctx.Str(item, "source"),
            File = ctx.File,
            Line = Line(item),
        });
    }

    private static int Line(YamlNode node) => (int)node.Start.Line;

    private sealed class FileContext(string file, List<PackProblem> problems)
    {
        public string File { get; } = file;

        public void Problem(YamlNode node, string message) => problems.Add(new PackProblem(File, Line(node), message));

        public IEnumerable<YamlMappingNode> Items(YamlNode node)
        {
            if (node is YamlScalarNode { Value: null or "" })
            {
                yield break;
            }

            if (node is not YamlSequenceNode seq)
            {
                Problem(node, "expected a list");
                yield break;
            }

            foreach (var child in seq.Children)
            {
                if (child is YamlMappingNode map)
                {
                    yield return map;
                }
                else
                {
                    Problem(child, "expected a mapping (key: value) in the list");
                }
            }
        }

        public string? Str(YamlMappingNode map, string key)
        {
            if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
            {
                return null;
            }

            if (node is YamlScalarNode scalar)
            {
                var v = scalar.Value;
                return string.IsNullOrWhiteSpace(v) || (scalar.Style == ScalarStyle.Plain && v is "null" or "~") ? null : v.Trim();
            }

            Problem(node, $"'{key}' must be a single value");
            return null;
        }

        public double? Double(YamlMappingNode map, string key)
        {
            var s = Str(map, key);
            if (s is null)
            {
                return null;
            }

            if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            {
                return d;
            }

            Problem(map.Children[new YamlScalarNode(key)], $"'{key}' is not a number: '{s}'");
            return null;
        }

        public DateRange? PartialDate(YamlMappingNode map, string key)
        {
            var s = Str(map, key);
            if (s is null)
            {
                return null;
            }

            var range = DateRange.ParsePartial(s);
            if (range is null)
            {
                Problem(map.Children[new YamlScalarNode(key)], $"'{key}' date does not parse: '{s}' (use YYYY, YYYY-MM or YYYY-MM-DD)");
            }

            return range;
        }

        public IReadOnlyList<string> List(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? Scalars(node) : [];

        public IReadOnlyList<string> Scalars(YamlNode node)
        {
            switch (node)
            {
                case YamlSequenceNode seq:
                    var list = new List<string>(seq.Children.Count);
                    foreach (var child in seq.Children)
                    {
                        if (child is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v))
                        {
                            list.Add(v.Trim());
                        }
                        else
                        {
                            Problem(child, "expected a word or phrase in the list");
                        }
                    }

                    return list;
                case YamlScalarNode { Value: null or "" or "null" or "~" }:
                    return [];
                case YamlScalarNode scalar:
                    return [scalar.Value!.Trim()];
                default:
                    Problem(node, "expected a list of words or phrases");
                    return [];
            }
        }
    }
}
