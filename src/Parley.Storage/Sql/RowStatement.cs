namespace Parley.Storage.Sql;

/// <summary>
/// A statement the writers run once a row: its SQL and parameter names (bound in that order), and for a plain
/// insert the table and columns it fills, which a bulk load may copy in rather than insert row by row
/// (<see cref="BulkRows"/>). Statements are told apart by their SQL.
/// </summary>
internal sealed record RowStatement(string Sql, string[] ParameterNames, string? Table = null, string[]? Columns = null)
{
    /// <summary>A statement that is not a plain insert (an upsert, an insert from a select, an update).</summary>
    public static RowStatement Of(string sql, params string[] parameterNames) => new(sql, parameterNames);

    /// <summary>
    /// <c>INSERT INTO table (columns) VALUES (…)</c>, one value a column in that order. Column names are quoted,
    /// as several (<c>end</c>, <c>of</c>, <c>from</c>, <c>values</c>) are SQL keywords.
    /// </summary>
    public static RowStatement Insert(string table, params string[] columns)
    {
        var names = columns.Select((_, i) => "@c" + i).ToArray();
        return new RowStatement(
            $"INSERT INTO {table} ({string.Join(", ", columns.Select(Quoted))}) VALUES ({string.Join(", ", names)})", names, table, columns);
    }

    /// <summary>A column name in double quotes, which SQLite and PostgreSQL both read as an identifier.</summary>
    public static string Quoted(string column) => "\"" + column + "\"";
}
