using Parley.Extraction;
using Parley.Model;
using Parley.Packs;
using Parley.Time;

namespace Parley.Extraction.Tests;

/// <summary>Loads the shipped pack once and runs the default pipeline over prose the tests write.</summary>
public static class Shipped
{
    private static readonly Lazy<DomainPack> LazyPack = new(() => DomainPack.Load(PackLocator.Find() ?? throw new InvalidOperationException("pack not found")));

    public static DomainPack Pack => LazyPack.Value;

    public static DocumentExtraction Run(string text, string published = "2023-03-20", string id = "t") =>
        DefaultPipeline.Create(Pack).Run(new Document { Id = id, Text = text, Published = DateRange.ParsePartial(published) });
}
