using System.Text.Json;
using System.Text.RegularExpressions;
using Parley.Packs;

namespace Parley.Cli.Tests;

public sealed partial class SeedBriefTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [GeneratedRegex(@"^<a id=""(?<id>q\d+)""></a>\*\*\\\[\d+\\\]\*\* .*, document (?<doc>.+), characters (?<start>\d+)\u2013(?<end>\d+)$")]
    private static partial Regex QuoteHeader();

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex MarkdownEscape();

    private static string Collapse(string text) => string.Join(' ', text.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    [CorpusFact]
    public void A_brief_over_the_seeds_cites_only_stored_quotes_at_their_offsets()
    {
        var seeds = Path.Combine(SharedCorpus.Find()!, "seeds");
        var (exit, output) = _cli.Run("ingest", seeds, "--db", _cli.Db, "--pack", PackLocator.Find() ?? CliHarness.TestPack, "--quiet");
        Assert.True(exit == 0, output);

        var export = _cli.PathOf("seeds.json");
        Assert.Equal(0, _cli.Run("export", "--out", export, "--db", _cli.Db).Exit);
        using var json = JsonDocument.Parse(File.ReadAllText(export));
        var root = json.RootElement;
        static IEnumerable<(string, int, int, string)> Items(IEnumerable<JsonElement> items) => items.Select(i =>
            (i.GetProperty("doc").GetString()!, i.GetProperty("start").GetInt32(), i.GetProperty("end").GetInt32(), i.GetProperty("quote").GetString()!));
        var stored = Items(root.GetProperty("events").EnumerateArray().SelectMany(e => e.GetProperty("mentions").EnumerateArray()))
            .Concat(Items(root.GetProperty("claims").EnumerateArray()))
            .Concat(Items(root.GetProperty("positions").EnumerateArray()))
            .GroupBy(x => (x.Item1, x.Item2, x.Item3)).ToDictionary(g => g.Key, g => Collapse(g.First().Item4));

        var (briefExit, brief) = _cli.Run("brief", "--from", "2020", "--to", "2024", "--db", _cli.Db);
        Assert.True(briefExit == 0, brief);
        var lines = brief.Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        var quotes = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            if (QuoteHeader().Match(lines[i]) is { Success: true } m)
            {
                var key = (MarkdownEscape().Replace(m.Groups["doc"].Value, "$1"), int.Parse(m.Groups["start"].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups["end"].Value, System.Globalization.CultureInfo.InvariantCulture));
                Assert.True(stored.ContainsKey(key), $"{key} is not a stored quote");
                Assert.StartsWith("> ", lines[i + 2], StringComparison.Ordinal);
                Assert.Equal(stored[key], Collapse(MarkdownEscape().Replace(lines[i + 2][2..], "$1")));
                quotes[m.Groups["id"].Value] = stored[key];
            }
        }

        var statements = lines.Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.True(statements.Count >= 5, brief);
        Assert.All(statements, s =>
        {
            var anchors = Regex.Matches(s, @"\]\(#(q\d+)\)").Select(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(anchors);
            Assert.All(anchors, a => Assert.True(quotes.ContainsKey(a), $"{a} does not resolve"));
        });
    }
}
