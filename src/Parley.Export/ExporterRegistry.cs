namespace Parley.Export;

/// <summary>
/// The exporters a surface can offer, by name. A new format is one class and one <see cref="Add"/> call in
/// <see cref="CreateDefault"/>; nothing else changes.
/// </summary>
public sealed class ExporterRegistry
{
    private readonly Dictionary<string, IExporter> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<IExporter> _ordered = [];

    /// <summary>A registry holding every built-in format.</summary>
    public static ExporterRegistry CreateDefault() => new ExporterRegistry()
        .Add(new ParleyJsonExporter())
        .Add(new AcledCsvExporter())
        .Add(new CameoTsvExporter())
        .Add(new GeoJsonExporter())
        .Add(new GraphMlExporter());

    /// <summary>The exporters in the order they were added.</summary>
    public IReadOnlyList<IExporter> Exporters => _ordered;

    /// <summary>Their names, in the order they were added.</summary>
    public IEnumerable<string> Names => _ordered.Select(e => e.Name);

    /// <summary>Registers <paramref name="exporter"/>; a name can be registered once.</summary>
    public ExporterRegistry Add(IExporter exporter)
    {
        ArgumentNullException.ThrowIfNull(exporter);
        if (!_byName.TryAdd(exporter.Name, exporter))
        {
            throw new InvalidOperationException($"An exporter named '{exporter.Name}' is already registered.");
        }

        _ordered.Add(exporter);
        return this;
    }

    /// <summary>The exporter named <paramref name="name"/> (case ignored), or null.</summary>
    public IExporter? Find(string? name) => name is not null && _byName.TryGetValue(name.Trim(), out var e) ? e : null;
}
