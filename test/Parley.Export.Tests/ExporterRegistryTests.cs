using Parley.Model;

namespace Parley.Export.Tests;

public sealed class ExporterRegistryTests
{
    private sealed class CsvStub : IExporter
    {
        public string Name => "csv";

        public string FileExtension => ".csv";

        public string Description => "test";

        public void Write(ParleyRecord record, Stream output) => output.WriteByte((byte)'x');
    }

    [Fact]
    public void The_default_registry_knows_parley_json()
    {
        var registry = ExporterRegistry.CreateDefault();
        var exporter = registry.Find("parley");
        Assert.IsType<ParleyJsonExporter>(exporter);
        Assert.Same(exporter, registry.Find("PARLEY"));
        Assert.Equal(".json", exporter!.FileExtension);
        Assert.Contains("parley", registry.Names);
    }

    [Theory]
    [InlineData("acled", ".csv", typeof(AcledCsvExporter))]
    [InlineData("cameo", ".tsv", typeof(CameoTsvExporter))]
    [InlineData("geojson", ".geojson", typeof(GeoJsonExporter))]
    [InlineData("graphml", ".graphml", typeof(GraphMlExporter))]
    public void The_default_registry_knows_every_format(string name, string extension, Type type)
    {
        var exporter = ExporterRegistry.CreateDefault().Find(name);
        Assert.IsType(type, exporter);
        Assert.Equal(extension, exporter!.FileExtension);
    }

    [Fact]
    public void Unknown_names_give_null()
    {
        Assert.Null(ExporterRegistry.CreateDefault().Find("docx"));
        Assert.Null(ExporterRegistry.CreateDefault().Find(null));
    }

    [Fact]
    public void A_new_format_is_one_registration()
    {
        var registry = ExporterRegistry.CreateDefault().Add(new CsvStub());
        Assert.Equal(["parley", "acled", "cameo", "geojson", "graphml", "csv"], registry.Names);
        Assert.IsType<CsvStub>(registry.Find("csv"));
    }

    [Fact]
    public void A_name_is_registered_once()
    {
        var registry = new ExporterRegistry().Add(new CsvStub());
        Assert.Throws<InvalidOperationException>(() => registry.Add(new CsvStub()));
    }
}
