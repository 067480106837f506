using System.Text.Json;
using System.Xml.Linq;
using Parley.Packs;

namespace Parley.Cli.Tests;

/// <summary>Two short articles written for these tests, ingested once with the shipped domain pack.</summary>
public sealed class IngestedRecord : IDisposable
{
    public IngestedRecord()
    {
        Cli.Write("in/a.txt",
            "On 10 November 2020 Armenia and Azerbaijan signed a ceasefire statement in Moscow, mediated by Russia. " +
            "Armenian Prime Minister Nikol Pashinyan said Armenia demands the return of prisoners.\n");
        Cli.Write("in/b.md",
            "---\ntitle: Prague\noutlet: Parley <test> sample\npublished: 2022-10-07\n---\n" +
            "On 6 October 2022 Armenia and Azerbaijan met in Prague, mediated by the European Union. " +
            "Azerbaijan rejects the return of prisoners, its foreign ministry said.\n");
        var (exit, output) = Cli.Run("ingest", Cli.PathOf("in"), "--db", Cli.Db, "--pack", PackLocator.Find() ?? CliHarness.TestPack, "--quiet");
        Assert.True(exit == 0, output);
    }

    public CliHarness Cli { get; } = new();

    public void Dispose() => Cli.Dispose();
}

public sealed class ViewCommandTests(IngestedRecord record) : IClassFixture<IngestedRecord>, IDisposable
{
    private readonly CliHarness _out = new();

    public void Dispose() => _out.Dispose();

    private (int Exit, string Output) Run(params string[] args) => record.Cli.Run([.. args, "--db", record.Cli.Db]);

    private static JsonElement Json(string output) => JsonDocument.Parse(output).RootElement;

    [Fact]
    public void Timeline_lists_events_in_date_order_and_as_json()
    {
        var (exit, output) = Run("timeline");
        Assert.True(exit == 0, output);
        Assert.Contains("Prague", output, StringComparison.Ordinal);

        var (jsonExit, json) = Run("timeline", "--json");
        Assert.Equal(0, jsonExit);
        var events = Json(json).EnumerateArray().ToList();
        Assert.True(events.Count >= 2, json);
        var dates = events.Select(e => e.GetProperty("date_earliest").GetString()).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Contains(events, e => e.GetProperty("type").GetString() == "meeting" && e.GetProperty("place").GetString() == "Prague");
    }

    [Fact]
    public void Timeline_filters_by_period_type_and_actor_name()
    {
        var (exit, json) = Run("timeline", "--from", "2022", "--to", "2022-12", "--type", "meeting", "--actor", "republic of azerbaijan", "--json");
        Assert.True(exit == 0, json);
        var events = Json(json).EnumerateArray().ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e =>
        {
            Assert.Equal("meeting", e.GetProperty("type").GetString());
            Assert.StartsWith("2022", e.GetProperty("date_earliest").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Timeline_pages_with_limit_and_after_and_says_how_to_get_the_next_page()
    {
        var (_, all) = Run("timeline", "--json");
        var ids = Json(all).EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();
        Assert.True(ids.Count >= 2, all);

        // One event a page, each page starting after the last id of the one before: every event once, in order.
        var walked = new List<string>();
        string? after = null;
        for (var i = 0; i < ids.Count; i++)
        {
            var (exit, json) = Run(after is null ? ["timeline", "--limit", "1", "--json"] : ["timeline", "--limit", "1", "--after", after, "--json"]);
            Assert.True(exit == 0, json);
            after = Assert.Single(Json(json).EnumerateArray()).GetProperty("id").GetString()!;
            walked.Add(after);
        }

        Assert.Equal(ids, walked);
        var (lastExit, last) = Run("timeline", "--limit", "1", "--after", ids[^1], "--json");
        Assert.Equal(0, lastExit);
        Assert.Empty(Json(last).EnumerateArray());

        // The table says more follow and gives the command for the next page, filters and page size kept.
        var (tableExit, table) = Run("timeline", "--limit", "1");
        Assert.True(tableExit == 0, table);
        Assert.Contains("1 events shown; more follow", table, StringComparison.Ordinal);
        Assert.Contains($"--limit 1 --after {ids[0]}", table, StringComparison.Ordinal);
        Assert.DoesNotContain(ids[1], table.Replace($"--after {ids[0]}", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var (fullExit, full) = Run("timeline");
        Assert.True(fullExit == 0, full);
        Assert.Contains($"{ids.Count} events. Run", full, StringComparison.Ordinal);
        Assert.DoesNotContain("more follow", full, StringComparison.Ordinal);

        var (badExit, bad) = Run("timeline", "--after", "no-such-event");
        Assert.Equal(2, badExit);
        Assert.Contains("--after: no event 'no-such-event'", bad, StringComparison.Ordinal);
        var (negativeExit, negative) = Run("timeline", "--limit", "-3");
        Assert.Equal(2, negativeExit);
        Assert.Contains("--limit", negative, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("timeline", "--from", "2022-13-01", "--from: '2022-13-01' is not a date")]
    [InlineData("timeline", "--to", "yesterday", "--to: 'yesterday' is not a date")]
    [InlineData("timeline", "--type", "picnic", "unknown event type 'picnic'")]
    [InlineData("timeline", "--actor", "Azerbajan", "did you mean 'Azerbaijan'?")]
    [InlineData("timeline", "--from", "2030", "nothing in")]
    [InlineData("contradictions", "--from", "2023", "--to", "2022", "ends (2022) before it starts (2023)")]
    [InlineData("sources", "--topic", "no-such-topic", "nothing in")]
    public void Bad_filters_are_usage_errors_with_a_clear_message(params string[] argsAndMessage)
    {
        var (exit, output) = Run(argsAndMessage[..^1]);
        Assert.Equal(2, exit);
        Assert.Contains(argsAndMessage[^1], output, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_shows_accounts_and_an_unknown_id_suggests_the_closest()
    {
        var (_, json) = Run("timeline", "--type", "meeting", "--json");
        var id = Json(json)[0].GetProperty("id").GetString()!;
        var (exit, output) = Run("event", id);
        Assert.True(exit == 0, output);
        Assert.Contains("met in Prague", output, StringComparison.Ordinal);
        Assert.Contains("Parley <test> sample", output, StringComparison.Ordinal); // markup characters shown as text

        var (jsonExit, detail) = Run("event", id, "--json");
        Assert.Equal(0, jsonExit);
        var account = Json(detail).GetProperty("accounts")[0];
        Assert.Equal("b", account.GetProperty("citation").GetProperty("document_id").GetString());

        var (badExit, bad) = Run("event", id + "x");
        Assert.Equal(2, badExit);
        Assert.Contains($"did you mean '{id}'", bad, StringComparison.Ordinal);
    }

    [Fact]
    public void Actor_shows_events_and_positions_and_suggests_for_an_unknown_name()
    {
        var (exit, json) = Run("actor", "Azerbaijan", "--json");
        Assert.True(exit == 0, json);
        var profile = Json(json);
        Assert.Equal("azerbaijan", profile.GetProperty("id").GetString());
        Assert.Contains(profile.GetProperty("events").EnumerateArray(), e => e.GetProperty("event").GetProperty("place").GetString() == "Prague");

        var (tableExit, table) = Run("actor", "azerbaijan");
        Assert.Equal(0, tableExit);
        Assert.Contains("positions", table, StringComparison.Ordinal);

        var (badExit, bad) = Run("actor", "Azerbajan");
        Assert.Equal(2, badExit);
        Assert.Contains("no actor named 'Azerbajan'", bad, StringComparison.Ordinal);
        Assert.Contains("did you mean 'Azerbaijan'?", bad, StringComparison.Ordinal);
    }

    [Fact]
    public void Actor_lists_a_page_of_its_events_and_counts_the_rest_by_type()
    {
        var (_, full) = Run("actor", "Azerbaijan", "--json");
        var count = Json(full).GetProperty("events").GetArrayLength();
        Assert.True(count >= 2, full);
        Assert.False(Json(full).TryGetProperty("events_not_shown", out _), full);

        var (exit, json) = Run("actor", "Azerbaijan", "--limit", "1", "--json");
        Assert.True(exit == 0, json);
        var page = Json(json);
        Assert.Equal(1, page.GetProperty("events").GetArrayLength());
        Assert.Equal(count - 1, page.GetProperty("events_not_shown").GetInt32());
        Assert.Equal(count, page.GetProperty("event_types").EnumerateObject().Sum(t => t.Value.GetInt32()));

        var (_, table) = Run("actor", "Azerbaijan", "--limit", "1");
        Assert.Contains($"... and {count - 1} more events", table, StringComparison.Ordinal);
        Assert.Contains("parley timeline --actor azerbaijan", table, StringComparison.Ordinal);
        Assert.Equal(2, Run("actor", "Azerbaijan", "--limit", "0").Exit);
    }

    [Fact]
    public void Sources_list_the_events_an_outlet_alone_reports_up_to_the_limit_and_count_the_rest()
    {
        var (_, all) = Run("sources", "--json");
        var (exit, counted) = Run("sources", "--json", "--limit", "0");
        Assert.True(exit == 0, counted);
        var listed = Json(all).EnumerateArray().ToDictionary(s => s.GetProperty("outlet").GetString()!, s => s.GetProperty("sole_events").GetArrayLength());
        Assert.Contains(listed.Values, n => n > 0);
        foreach (var outlet in Json(counted).EnumerateArray())
        {
            Assert.Empty(outlet.GetProperty("sole_events").EnumerateArray());
            var expected = listed[outlet.GetProperty("outlet").GetString()!];
            Assert.Equal(expected, outlet.TryGetProperty("more_sole_events", out var more) ? more.GetInt32() : 0);
        }

        // The table counts them all whatever the limit.
        Assert.Equal(Run("sources").Output, Run("sources", "--limit", "0").Output);
    }

    [Fact]
    public void Contradictions_refuse_an_empty_page()
    {
        var (exit, output) = Run("contradictions", "--limit", "0");
        Assert.Equal(2, exit);
        Assert.Contains("--limit must be at least 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Contradictions_and_sources_print_tables_and_json()
    {
        var (exit, output) = Run("contradictions", "--json");
        Assert.True(exit == 0, output);
        Assert.Equal(JsonValueKind.Array, Json(output).ValueKind);

        var (sourcesExit, sources) = Run("sources", "--json");
        Assert.True(sourcesExit == 0, sources);
        var outlets = Json(sources).EnumerateArray().ToDictionary(s => s.GetProperty("outlet").GetString()!);
        Assert.Equal(1, outlets["Parley <test> sample"].GetProperty("documents").GetInt32());
        Assert.NotEmpty(outlets["Parley <test> sample"].GetProperty("sole_events").EnumerateArray());

        var (tableExit, table) = Run("sources");
        Assert.Equal(0, tableExit);
        Assert.Contains("Parley <test> sample", table, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("acled")]
    [InlineData("cameo")]
    [InlineData("geojson")]
    [InlineData("graphml")]
    public void Export_writes_each_format_with_filters(string format)
    {
        var file = _out.PathOf("out." + format);
        var (exit, output) = Run("export", "--format", format, "--out", file, "--from", "2022-10-01", "--to", "2022-10-31");
        Assert.True(exit == 0, output);
        var text = File.ReadAllText(file);
        Assert.Contains(format == "graphml" ? "azerbaijan" : "Prague", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Moscow", text, StringComparison.Ordinal); // the 2020 event is outside the period
        if (format == "graphml")
        {
            Assert.Equal("graphml", XDocument.Parse(text).Root!.Name.LocalName);
        }
    }

    [Theory]
    [InlineData("--from", "2031-01-01")]
    [InlineData("--actor", "Nobody Atall")]
    [InlineData("--to", "10/06/2022")]
    public void Export_with_a_bad_or_empty_filter_is_a_usage_error_and_writes_nothing(string option, string value)
    {
        var (exit, output) = Run("export", "--format", "acled", "--out", _out.PathOf("x.csv"), option, value);
        Assert.Equal(2, exit);
        Assert.Contains("error:", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_out.Root));
    }

    [Fact]
    public void Brief_in_markdown_and_html_cites_every_statement()
    {
        var (exit, markdown) = Run("brief", "--from", "2020", "--to", "2022");
        Assert.True(exit == 0, markdown);
        var items = markdown.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(items);
        Assert.All(items, l => Assert.Matches(@"\]\(#q\d+\)", l));
        Assert.Contains("Prague", markdown, StringComparison.Ordinal);

        var file = _out.PathOf("brief.html");
        var (htmlExit, output) = Run("brief", "--from", "2022-10", "--to", "2022-10", "--format", "html", "--out", file);
        Assert.True(htmlExit == 0, output);
        var html = File.ReadAllText(file);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("Parley &lt;test&gt; sample", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<test>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("brief", "--to", "2022")]
    [InlineData("brief", "--from", "2022", "--to", "2022", "--format", "pdf")]
    [InlineData("brief", "--from", "2022", "--to", "someday")]
    [InlineData("brief", "--from", "2040", "--to", "2041")]
    public void Bad_brief_requests_are_usage_errors_and_write_nothing(params string[] args)
    {
        var (exit, output) = Run([.. args, "--out", _out.PathOf("brief.md")]);
        Assert.Equal(2, exit);
        Assert.Contains("error", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_out.Root));
    }
}
