using Parley.Merge;

namespace Parley.Storage;

/// <summary>
/// One cross-document pass done piece by piece inside one write transaction (the reads and writes of
/// <see cref="IMergeSource"/>). Nothing is visible to other connections until <see cref="Commit"/>; disposing without
/// it rolls everything back. Lets the pass hold one window of the store at a time instead of all of it.
/// </summary>
public interface IMergeSession : IMergeSource, IDisposable
{
    /// <summary>Commits everything written in the session.</summary>
    void Commit();
}
