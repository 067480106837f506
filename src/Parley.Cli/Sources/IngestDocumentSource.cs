using Parley.Ingest;
using Parley.Ingest.Metadata;
using Parley.Model;
using Parley.Packs;

namespace Parley.Cli.Sources;

/// <summary>
/// The document source over <c>Parley.Ingest</c>: its readers per format (txt, md, html, jsonl, RSS/Atom) and
/// the printed-metadata finder, with the pack's outlet names to recognise mastheads and bylines.
/// </summary>
internal sealed class IngestDocumentSource(DomainPack? pack) : IDocumentSource
{
    private readonly InputEnumerator _inputs = new(ReaderRegistry.Default);
    private readonly PrintedMetadataFinder _finder = new(pack is null ? null : new OutletRecognizer(pack).Recognize);
    private readonly Dictionary<string, ReadJob> _jobs = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public SourcePlan Plan(IReadOnlyList<string> paths)
    {
        var inputs = new List<SourceInput>();
        var failures = new List<SourceFailure>();
        foreach (var job in _inputs.Expand(paths))
        {
            if (job.Failure is { } f)
            {
                failures.Add(new SourceFailure(f.Source, f.Line, f.Reason));
                continue;
            }

            _jobs[job.Source] = job;
            inputs.Add(new SourceInput(job.Source, job.Input?.Length ?? 0));
        }

        return new SourcePlan(inputs, failures);
    }

    /// <inheritdoc />
    public SourceRead Read(SourceInput input)
    {
        var items = ReadEach(input).ToList();
        return new SourceRead([.. items.Select(i => i.Document).OfType<Document>()], [.. items.Select(i => i.Failure).OfType<SourceFailure>()]);
    }

    /// <inheritdoc />
    public IEnumerable<SourceItem> ReadEach(SourceInput input)
    {
        if (!_jobs.TryGetValue(input.Path, out var job))
        {
            yield return new SourceItem(null, new SourceFailure(input.Path, null, "not planned for reading"));
            yield break;
        }

        foreach (var result in job.Read(ReaderLimits.Default))
        {
            if (result is ReadSuccess success)
            {
                yield return new SourceItem(_finder.Fill(success.Value), null);
            }
            else if (result.Failure is { } f)
            {
                yield return new SourceItem(null, new SourceFailure(f.Source, f.Line, f.Reason));
            }
        }
    }
}
