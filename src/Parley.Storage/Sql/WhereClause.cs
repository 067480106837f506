namespace Parley.Storage.Sql;

/// <summary>The conditions of a filtered read, joined by AND, each with the parameter it binds.</summary>
internal sealed class WhereClause
{
    /// <summary>The conditions so far.</summary>
    public List<string> Conditions { get; } = [];

    /// <summary>The parameters the conditions bind.</summary>
    public List<(string, object)> Parameters { get; } = [];

    /// <summary>The clause (<c>WHERE a AND b</c>), or nothing when there is no condition.</summary>
    public string Sql => Conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", Conditions);

    /// <summary>Adds <paramref name="condition"/>, binding <paramref name="name"/>, when the filter gives a <paramref name="value"/>.</summary>
    public void Add(string condition, string name, object? value)
    {
        if (value is not null)
        {
            Conditions.Add(condition);
            Parameters.Add((name, value));
        }
    }
}
