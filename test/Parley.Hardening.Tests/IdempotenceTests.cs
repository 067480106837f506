using System.Text.Json;

namespace Parley.Hardening.Tests;

/// <summary>The same inputs twice change nothing; an edited document replaces its old version whole.</summary>
public sealed class IdempotenceTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private static JsonElement Ingest(string corpus, string db)
    {
        var (exit, output, errors) = ParleyProcess.Run("ingest", corpus, "--db", db, "--pack", ParleyProcess.Pack, "--json");
        Assert.True(exit == 0, $"ingest failed ({exit}): {errors}{output}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    [Fact]
    public void Ingesting_the_same_inputs_again_changes_nothing()
    {
        var corpus = _temp.File("corpus");
        var documents = GeneratedCorpus.Write(corpus, 80, seed: 11);
        var db = _temp.File("again.db");

        var first = Ingest(corpus, db);
        Assert.Equal(documents, first.GetProperty("new").GetInt32());
        var export = StoreInspection.Export(db, _temp.Path);
        var rows = InProcessIngest.RowsPerDocument(db);

        var second = Ingest(corpus, db);
        Assert.Equal(0, second.GetProperty("new").GetInt32());
        Assert.Equal(0, second.GetProperty("replaced").GetInt32());
        Assert.Equal(documents, second.GetProperty("unchanged").GetInt32());
        Assert.Equal(rows, InProcessIngest.RowsPerDocument(db));
        Assert.Equal(export, StoreInspection.Export(db, _temp.Path));
    }

    [Fact]
    public void An_edited_document_replaces_its_old_version_and_all_its_extractions()
    {
        var corpus = _temp.File("corpus");
        var documents = GeneratedCorpus.Write(corpus, 40, seed: 12);
        var db = _temp.File("edited.db");
        Ingest(corpus, db);

        // Rewrite one article completely: different people, places, figures and dates.
        var file = Directory.EnumerateFiles(corpus, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var id = Path.GetFileNameWithoutExtension(file);
        var frontMatterEnd = File.ReadAllText(file).IndexOf("---\n", 4, StringComparison.Ordinal) + 4;
        var rewritten = File.ReadAllText(file)[..frontMatterEnd]
            + "Ilham Aliyev and Nikol Pashinyan met in Prague on 6 October 2022 and agreed to recognise each other's territorial integrity.\n\n"
            + "Three soldiers of Armenia were killed near Jermuk on 13 September 2022, the defence ministry said.\n";
        File.WriteAllText(file, rewritten);

        var summary = Ingest(corpus, db);
        Assert.Equal(1, summary.GetProperty("replaced").GetInt32());
        Assert.Equal(documents - 1, summary.GetProperty("unchanged").GetInt32());

        // Exactly what a fresh store of the edited corpus holds: no row of the old version is left.
        var fresh = _temp.File("fresh.db");
        Ingest(corpus, fresh);
        var rows = InProcessIngest.RowsPerDocument(db);
        Assert.Equal(InProcessIngest.RowsPerDocument(fresh), rows);
        Assert.Contains(rows.Keys, k => k == "documents/" + id);
        Assert.Equal(0, StoreInspection.ForeignKeyViolations(db));
        Assert.Equal(1, StoreInspection.Count(db, $"SELECT count(*) FROM documents WHERE id = '{id}' AND text LIKE '%Prague%'"));
        Assert.Equal(StoreInspection.Export(fresh, _temp.Path), StoreInspection.Export(db, _temp.Path));
    }

    public void Dispose() => _temp.Dispose();
}
