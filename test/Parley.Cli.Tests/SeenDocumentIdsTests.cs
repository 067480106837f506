using Parley.Cli.Ingest;

namespace Parley.Cli.Tests;

public sealed class SeenDocumentIdsTests
{
    [Fact]
    public void A_second_read_of_an_id_names_the_first_path()
    {
        var seen = new SeenDocumentIds();
        Assert.True(seen.TryAdd("report-one", "a.jsonl", out _));
        Assert.True(seen.TryAdd("report-two", "b.jsonl", out _));
        Assert.False(seen.TryAdd("report-one", "c.jsonl", out var first));
        Assert.Equal("a.jsonl", first);
        Assert.Equal(2, seen.Count);
    }

    [Fact]
    public void Ids_that_differ_only_in_case_or_by_one_character_are_distinct()
    {
        var seen = new SeenDocumentIds();
        var ids = Enumerable.Range(0, 20000).Select(i => $"doc-{i:D6}").Concat(["Doc-000001", "doc-000001 "]).ToList();
        Assert.All(ids, id => Assert.True(seen.TryAdd(id, "x", out _), id));
        Assert.Equal(ids.Count, seen.Count);
    }
}
