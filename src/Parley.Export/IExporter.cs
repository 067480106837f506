using Parley.Model;

namespace Parley.Export;

/// <summary>Writes the record in one file format. Each format is one small class registered with an <see cref="ExporterRegistry"/>.</summary>
public interface IExporter
{
    /// <summary>The name a user gives to pick the format (<c>--format parley</c>): lower case, no spaces.</summary>
    string Name { get; }

    /// <summary>The usual file extension, with its dot (<c>.json</c>).</summary>
    string FileExtension { get; }

    /// <summary>One line saying what the format is for.</summary>
    string Description { get; }

    /// <summary>Writes <paramref name="record"/> to <paramref name="output"/>, leaving the stream open.</summary>
    void Write(ParleyRecord record, Stream output);
}
