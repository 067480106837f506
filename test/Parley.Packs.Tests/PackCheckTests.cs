using Parley.Packs;

namespace Parley.Packs.Tests;

public sealed class PackCheckTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parley-pack-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Write(string file, string yaml) => File.WriteAllText(Path.Combine(_dir, file), yaml);

    [Fact]
    public void Shipped_pack_loads_without_problems_and_meets_its_breadth()
    {
        var folder = PackLocator.Find();
        Assert.NotNull(folder);
        var (pack, problems) = DomainPack.Check(folder!);
        Assert.Empty(problems);
        Assert.True(pack!.OfKind(Model.EntityKind.Person).Count() >= 150);
        Assert.True(pack.OfKind(Model.EntityKind.Outlet).Count() >= 60);
        Assert.True(pack.OfKind(Model.EntityKind.Place).Count() + pack.OfKind(Model.EntityKind.Route).Count() >= 150);
        Assert.Equal(17, pack.EventTypes.Count);
        Assert.Equal(22, pack.Topics.Count);
    }

    [Fact]
    public void Duplicate_id_is_reported_with_file_and_line()
    {
        Write("states.yaml", "entities:\n  - id: aland\n    kind: state\n    name: Aland\n  - id: aland\n    kind: state\n    name: Other Aland\n");
        var (_, problems) = DomainPack.Check(_dir);
        var p = Assert.Single(problems, p => p.Message.Contains("duplicate id"));
        Assert.Equal("states.yaml", p.File);
        Assert.Equal(5, p.Line);
    }

    [Fact]
    public void Alias_claimed_by_two_entities_of_one_kind_is_reported()
    {
        Write("states.yaml", "entities:\n  - id: north\n    kind: state\n    name: North Land\n    aliases: [The Land]\n  - id: south\n    kind: state\n    name: South Land\n    aliases: [the land]\n");
        var (_, problems) = DomainPack.Check(_dir);
        Assert.Contains(problems, p => p.Message.Contains("alias 'the land'", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Unknown_kind_bad_coordinates_and_bad_dates_are_reported()
    {
        Write("misc.yaml", "entities:\n  - id: x\n    kind: planet\n    name: X\n");
        Write("places.yaml", "places:\n  - id: nowhere\n    kind: place\n    name: Nowhere\n    lat: 123\n    lon: 10\n");
        Write("people.yaml", "people:\n  - id: pat\n    name: Pat Example\n    roles:\n      - title: President\n        from: 2020-13-01\n");
        var (_, problems) = DomainPack.Check(_dir);
        Assert.Contains(problems, p => p.File == "misc.yaml" && p.Message.Contains("unknown kind 'planet'"));
        Assert.Contains(problems, p => p.File == "places.yaml" && p.Message.Contains("coordinates out of range"));
        Assert.Contains(problems, p => p.File == "people.yaml" && p.Line == 6 && p.Message.Contains("does not parse"));
    }

    [Fact]
    public void Episode_problems_name_file_line_and_fault()
    {
        Write("places.yaml", "places:\n  - id: hill\n    kind: place\n    name: Hill\n    lat: 40\n    lon: 45\n");
        Write("episodes.yaml",
            "episodes:\n" +
            "  - id: siege\n    type: blockade\n    place: hill\n    from: 2021-03-02\n" +
            "  - id: siege\n    type: blockade\n    place: hill\n    from: 2021-04-01\n" +
            "  - id: storm\n    type: tempest\n    place: hill\n    from: 2021-05-01\n" +
            "  - id: raid\n    type: armed_clash\n    place: valley\n    from: 2021-06-01\n" +
            "  - id: truce\n    type: agreement\n    place: hill\n    from: 2021-07-09\n    until: 2021-07-01\n" +
            "  - id: march\n    type: protest\n    place: hill\n    from: 2021-02-30\n" +
            "  - id: skirmish\n    type: armed_clash\n    place: hill\n    from: 2021-08-01\n    actors: [hill, nobody]\n");
        var (pack, problems) = DomainPack.Check(_dir);
        Assert.Contains(problems, p => p.File == "episodes.yaml" && p.Line == 6 && p.Message.Contains("duplicate episode id 'siege'"));
        Assert.Contains(problems, p => p.Line == 10 && p.Message.Contains("unknown event type 'tempest'"));
        Assert.Contains(problems, p => p.Line == 14 && p.Message.Contains("unknown place 'valley'"));
        Assert.Contains(problems, p => p.Line == 18 && p.Message.Contains("ends before it starts"));
        Assert.Contains(problems, p => p.Line == 26 && p.Message.Contains("does not parse"));
        var siege = pack!.Episodes.First(e => e.Id == "siege");
        Assert.Equal(Model.EventType.Blockade, siege.Type);
        Assert.Equal(new NodaTime.LocalDate(2021, 3, 2), siege.Date.Latest);
        Assert.Contains(problems, p => p.Line == 27 && p.Message.Contains("unknown actor 'nobody'"));
        Assert.DoesNotContain(problems, p => p.Message.Contains("unknown actor 'hill'"));
        Assert.Equal(["hill", "nobody"], pack.Episodes.First(e => e.Id == "skirmish").Actors);
    }

    [Fact]
    public void Overlapping_holders_of_one_office_are_reported_but_deputies_are_not()
    {
        Write("states.yaml", "entities:\n  - id: aland\n    kind: state\n    name: Aland\n");
        Write("people.yaml", """
            people:
              - id: ann
                name: Ann One
                roles:
                  - {title: President, of: aland, from: 2001, until: 2010}
                  - {title: Deputy Prime Minister, of: aland, from: 2001, until: 2010}
              - id: bob
                name: Bob Two
                roles:
                  - {title: President, of: aland, from: 2005-01-01, until: null}
                  - {title: Deputy Prime Minister, of: aland, from: 2002, until: 2003}
            """);
        var (_, problems) = DomainPack.Check(_dir);
        var overlap = Assert.Single(problems);
        Assert.Contains("overlapping roles", overlap.Message);
        Assert.Contains("ann", overlap.Message);
    }

    [Fact]
    public void Yaml_syntax_error_names_the_line()
    {
        Write("states.yaml", "entities:\n  - id: a\n    name: [unclosed\n");
        var (_, problems) = DomainPack.Check(_dir);
        Assert.Contains(problems, p => p.File == "states.yaml" && p.Message.StartsWith("YAML does not parse", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_throws_with_every_problem()
    {
        Write("states.yaml", "entities:\n  - id: a\n    kind: state\n    name: A\n    seat: missing-city\n");
        var ex = Assert.Throws<PackException>(() => DomainPack.Load(_dir));
        Assert.Contains(ex.Problems, p => p.Message.Contains("unknown id 'missing-city'"));
    }

    [Fact]
    public void An_event_type_topic_must_be_a_topic_of_the_pack()
    {
        Write("topics.yaml", "topics:\n  - id: amnesty\n    name: Amnesty\n    triggers: [amnesty]\n");
        Write("events.yaml",
            "event_types:\n" +
            "  - type: release\n    topics: [amnesty]\n    triggers: [freed]\n" +
            "  - type: arrest\n    topics: [prisons]\n    triggers: [detained]\n" +
            "  - type: checkpoint\n    topics: [amnesty]\n    actor_stance: welcomes\n    triggers: [set up a checkpoint]\n");
        var (pack, problems) = DomainPack.Check(_dir);
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => (p.File, p.Line) == ("events.yaml", 5) && p.Message.Contains("unknown topic 'prisons'"));
        Assert.Contains(problems, p => p.Line == 8 && p.Message.Contains("unknown actor_stance 'welcomes'"));
        Assert.Equal(["amnesty"], pack!.EventTypes.Single(t => t.Type == Model.EventType.Release).InherentTopics);
    }

    [Theory]
    [InlineData(70, "")]
    [InlineData(100_000, "")]
    [InlineData(70, "\nc: d: e\n")]
    public void A_file_nested_too_deep_is_refused_by_name_without_overflowing(int depth, string laterFault)
    {
        Write("ok.yaml", "entities:\n  - id: aland\n    kind: state\n    name: Aland\n");
        Write("deep.yaml", "lexicon:\n  words: " + new string('[', depth) + "x" + new string(']', depth) + laterFault);
        var (pack, problems) = DomainPack.Check(_dir);
        var p = Assert.Single(problems);
        Assert.Equal(("deep.yaml", 0), (p.File, p.Line));
        Assert.StartsWith("YAML nested more than 64 levels deep", p.Message, StringComparison.Ordinal);
        Assert.NotNull(pack!.Find("aland"));
        Assert.Throws<PackException>(() => DomainPack.Load(_dir));
    }

    [Fact]
    public void A_file_nested_deep_but_within_the_limit_loads()
    {
        Write("states.yaml", "entities:\n  - id: aland\n    kind: state\n    name: Aland\n    notes: " + new string('[', 60) + "x" + new string(']', 60) + "\n");
        var (pack, problems) = DomainPack.Check(_dir);
        Assert.Empty(problems);
        Assert.Equal("Aland", pack!.Find("aland")!.Name);
    }

    [Fact]
    public void A_syntax_error_before_deep_nesting_is_reported_with_its_line()
    {
        Write("deep.yaml", "lexicon:\n  words: [a, b}\n  more: " + new string('[', 70) + "\n");
        var (_, problems) = DomainPack.Check(_dir);
        var p = Assert.Single(problems);
        Assert.Equal(("deep.yaml", 2), (p.File, p.Line));
        Assert.StartsWith("YAML does not parse", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_key_before_deep_nesting_is_reported_as_too_deep()
    {
        // The parser reads past a duplicate key (only building the model refuses it), so the depth is what it meets first.
        Write("deep.yaml", "lexicon:\n  words: [a]\n  words: [b]\n  more: " + new string('[', 70) + "x" + new string(']', 70) + "\n");
        var (_, problems) = DomainPack.Check(_dir);
        var p = Assert.Single(problems);
        Assert.Equal(("deep.yaml", 0), (p.File, p.Line));
        Assert.StartsWith("YAML nested more than 64 levels deep", p.Message, StringComparison.Ordinal);
    }
}
