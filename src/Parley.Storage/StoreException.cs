namespace Parley.Storage;

/// <summary>
/// A store that cannot be opened, read or written: names the location and says what is wrong and what to do.
/// </summary>
public sealed class StoreException : Exception
{
    /// <summary>Creates the exception for <paramref name="location"/>.</summary>
    public StoreException(string location, string message, Exception? inner = null)
        : base($"{location}: {message}", inner)
    {
        Location = location;
        Problem = message;
    }

    /// <summary>Creates an exception with a message only.</summary>
    public StoreException(string message) : this("", message) { }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    public StoreException(string message, Exception inner) : this("", message, inner) { }

    /// <summary>Creates an empty exception.</summary>
    public StoreException() : this("", "The store failed.") { }

    /// <summary>The store's location (a file path, a server and database).</summary>
    public string Location { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    /// <summary>
    /// True when the store could not be opened at all (not a database, a folder that does not exist, a read-only
    /// location): the location itself is wrong, not the data written to it.
    /// </summary>
    public bool IsOpenFailure { get; init; }

    /// <summary>
    /// True when no further write can succeed either (a full disk, a read-only or locked or damaged database): a
    /// writer should stop at the first such error, not report it once a document.
    /// </summary>
    public bool StopsAllWrites { get; init; }
}
