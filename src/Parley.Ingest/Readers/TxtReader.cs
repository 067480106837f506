using Parley.Ingest.Text;
using Parley.Model;

namespace Parley.Ingest.Readers;

/// <summary>A plain-text article: the whole file, verbatim (less a UTF-8 BOM), is the document text.</summary>
public sealed class TxtReader : IDocumentReader
{
    /// <inheritdoc />
    public string Format => "txt";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".txt", ".text"];

    /// <inheritdoc />
    public IEnumerable<ReadResult> Read(DocumentInput input, ReaderLimits limits)
    {
        if (!TextLoader.TryLoad(input, limits, out var text, out var failure))
        {
            return [failure!];
        }

        return [new ReadSuccess(new Document { Id = input.DefaultId, Text = text, Source = input.Source, Format = Format })];
    }
}
