namespace Parley.Packs;

/// <summary>One problem found in a pack: the file, the line and what is wrong.</summary>
/// <param name="File">Path of the file.</param>
/// <param name="Line">1-based line, or 0 when the problem is not tied to a line.</param>
/// <param name="Message">What is wrong.</param>
public sealed record PackProblem(string File, int Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}

/// <summary>A pack that cannot be used, with every problem found.</summary>
public sealed class PackException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public PackException(IReadOnlyList<PackProblem> problems)
        : base(problems.Count == 1 ? problems[0].ToString() : $"{problems.Count} problems in the pack; first: {problems[0]}")
        => Problems = problems;

    /// <summary>Creates an exception with one message.</summary>
    public PackException(string message) : base(message) => Problems = [new PackProblem("", 0, message)];

    /// <summary>Creates an exception with one message and an inner exception.</summary>
    public PackException(string message, Exception inner) : base(message, inner) => Problems = [new PackProblem("", 0, message)];

    /// <summary>Creates an empty exception.</summary>
    public PackException() : this("The pack is invalid.") { }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<PackProblem> Problems { get; }
}
