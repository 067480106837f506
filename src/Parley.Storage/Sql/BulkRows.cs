using System.Data.Common;

namespace Parley.Storage.Sql;

/// <summary>
/// The rows of a bulk load, held until <see cref="Flush"/>: the writers run their statements against commands from
/// <see cref="For"/> as they do on the ordinary path, and a flush writes each statement's rows in the order the
/// statements were first used (so a document's row precedes its mentions', an event's its links'). A plain
/// insert's rows go to the backend's <see cref="SqlParleyStore.CopyRows"/> (PostgreSQL copies them in); any other
/// statement runs once a row. What is stored is what the same writes would store one at a time.
/// </summary>
internal sealed class BulkRows(SqlParleyStore store, DbTransaction transaction) : IDisposable
{
    private readonly Dictionary<string, (RowStatement Statement, List<object?[]> Rows)> _pending = new(StringComparer.Ordinal);

    /// <summary>Statements in the order they were first used since the last flush.</summary>
    private readonly List<string> _order = [];

    /// <summary>Kept commands for the statements that are not plain inserts.</summary>
    private readonly Dictionary<string, IRowCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>Rows held since the last flush.</summary>
    public int Count { get; private set; }

    /// <summary>A command whose runs are held as rows of <paramref name="statement"/>.</summary>
    public IRowCommand For(RowStatement statement) => new Held(this, statement);

    /// <summary>Writes the rows held, statement by statement, and forgets them.</summary>
    public void Flush()
    {
        foreach (var sql in _order)
        {
            var (statement, rows) = _pending[sql];
            if (statement.Table is { } table)
            {
                store.CopyRows(transaction, table, statement.Columns!, rows);
                continue;
            }

            if (!_commands.TryGetValue(sql, out var command))
            {
                _commands[sql] = command = store.CreateRowCommand(statement.Sql, statement.ParameterNames);
            }

            command.Transaction = transaction;
            foreach (var row in rows)
            {
                command.Run(row);
            }
        }

        _pending.Clear();
        _order.Clear();
        Count = 0;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }

    private void Add(RowStatement statement, object?[] values)
    {
        if (values.Length != statement.ParameterNames.Length)
        {
            throw new ArgumentException($"Expected {statement.ParameterNames.Length} values, got {values.Length}.", nameof(values));
        }

        if (!_pending.TryGetValue(statement.Sql, out var entry))
        {
            _pending[statement.Sql] = entry = (statement, []);
            _order.Add(statement.Sql);
        }

        entry.Rows.Add(values);
        Count++;
    }

    private sealed class Held(BulkRows rows, RowStatement statement) : IRowCommand
    {
        public DbTransaction? Transaction { get; set; }

        public int Run(params object?[] values)
        {
            rows.Add(statement, values);
            return 1;
        }

        public object? Scalar(params object?[] values) => throw new NotSupportedException("A bulk load only writes.");

        public void Dispose()
        {
        }
    }
}
