using System.Data.Common;

namespace Parley.Storage.Sql;

/// <summary>
/// One parameterised statement kept and run for many rows: the values are bound in the order of the parameter
/// names given (<c>@name</c>, which both SQLite and Npgsql read). A backend may supply a faster kind
/// (<see cref="SqlParleyStore.CreateRowCommand"/>).
/// </summary>
public interface IRowCommand : IDisposable
{
    /// <summary>The transaction the next runs belong to (a kept command is reused across transactions).</summary>
    DbTransaction? Transaction { get; set; }

    /// <summary>Runs the statement for one row of <paramref name="values"/>; the number of rows changed.</summary>
    int Run(params object?[] values);

    /// <summary>Runs the statement and returns the first column of its first row, or null.</summary>
    object? Scalar(params object?[] values);
}

/// <summary>An <see cref="IRowCommand"/> through ADO.NET, for any provider.</summary>
internal sealed class RowCommand : IRowCommand
{
    private readonly DbCommand _command;
    private readonly DbParameter[] _parameters;

    public RowCommand(DbConnection connection, DbTransaction? transaction, string sql, params string[] parameterNames)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = sql;
        _parameters = [.. parameterNames.Select(n =>
        {
            var p = _command.CreateParameter();
            p.ParameterName = n;
            p.Value = DBNull.Value;
            _command.Parameters.Add(p);
            return p;
        })];
    }

    /// <summary>The transaction the next runs belong to (a kept command is reused across transactions).</summary>
    public DbTransaction? Transaction
    {
        get => _command.Transaction;
        set => _command.Transaction = value;
    }

    public int Run(params object?[] values)
    {
        Bind(values);
        return _command.ExecuteNonQuery();
    }

    public object? Scalar(params object?[] values)
    {
        Bind(values);
        return _command.ExecuteScalar();
    }

    public void Dispose() => _command.Dispose();

    private void Bind(object?[] values)
    {
        if (values.Length != _parameters.Length)
        {
            throw new ArgumentException($"Expected {_parameters.Length} values, got {values.Length}.", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            _parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
