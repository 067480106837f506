using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Parley.Storage.Sql;
using SQLitePCL;

namespace Parley.Storage.Sqlite;

/// <summary>
/// A statement prepared once on the connection's native handle and run for many rows, its parameters bound by
/// position. Microsoft.Data.Sqlite looks every parameter up by name (a native call and a UTF-8 copy of the name)
/// and builds a reader on each run: for the ingest's many small inserts that was more than SQLite's own work.
/// It runs inside whatever transaction the connection has open, as every statement on one SQLite connection does.
/// </summary>
internal sealed class SqliteRowCommand : IRowCommand
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly int[] _positions;

    /// <summary>Where short text is encoded to UTF-8 before SQLite copies it, kept between runs.</summary>
    private readonly byte[] _utf8 = new byte[4096];

    public SqliteRowCommand(SqliteConnection connection, string sql, string[] parameterNames)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        var rc = raw.sqlite3_prepare_v2(_db, sql, out _statement, out var tail);
        SqliteException.ThrowExceptionForRC(rc, _db);
        if (!string.IsNullOrWhiteSpace(tail))
        {
            _statement.Dispose();
            throw new ArgumentException("A row command holds a single statement.", nameof(sql));
        }

        _positions = new int[parameterNames.Length];
        for (var i = 0; i < parameterNames.Length; i++)
        {
            _positions[i] = raw.sqlite3_bind_parameter_index(_statement, parameterNames[i]);
            if (_positions[i] == 0)
            {
                _statement.Dispose();
                throw new ArgumentException($"The statement has no parameter '{parameterNames[i]}'.", nameof(parameterNames));
            }
        }
    }

    /// <summary>Not used: the statement joins the connection's open transaction by itself.</summary>
    public DbTransaction? Transaction { get; set; }

    public int Run(params object?[] values)
    {
        Bind(values);
        try
        {
            var rc = raw.sqlite3_step(_statement);
            while (rc == raw.SQLITE_ROW)
            {
                rc = raw.sqlite3_step(_statement);
            }

            Check(rc);
            return raw.sqlite3_changes(_db);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public object? Scalar(params object?[] values)
    {
        Bind(values);
        try
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc != raw.SQLITE_ROW)
            {
                Check(rc);
                return null;
            }

            // As Microsoft.Data.Sqlite's ExecuteScalar reads a column of each storage class.
            return raw.sqlite3_column_type(_statement, 0) switch
            {
                raw.SQLITE_INTEGER => raw.sqlite3_column_int64(_statement, 0),
                raw.SQLITE_FLOAT => raw.sqlite3_column_double(_statement, 0),
                raw.SQLITE_TEXT => raw.sqlite3_column_text(_statement, 0).utf8_to_string(),
                raw.SQLITE_BLOB => raw.sqlite3_column_blob(_statement, 0).ToArray(),
                _ => DBNull.Value,
            };
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    /// <summary>
    /// Binds <paramref name="text"/> as the library's string overload does (UTF-8, copied by SQLite), short text encoded
    /// into a kept buffer rather than a new array for every value (most values are a word or a sentence). Long text,
    /// empty text and text holding a NUL take the library's own way: an empty span binds NULL, and the library's copy
    /// ends at the first NUL.
    /// </summary>
    private int BindText(int position, string text)
    {
        if (text.Length == 0 || Encoding.UTF8.GetMaxByteCount(text.Length) > _utf8.Length || text.Contains('\0', StringComparison.Ordinal))
        {
            return raw.sqlite3_bind_text(_statement, position, text);
        }

        var length = Encoding.UTF8.GetBytes(text, _utf8);
        return raw.sqlite3_bind_text(_statement, position, _utf8.AsSpan(0, length));
    }

    private void Bind(object?[] values)
    {
        if (values.Length != _positions.Length)
        {
            throw new ArgumentException($"Expected {_positions.Length} values, got {values.Length}.", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            var position = _positions[i];
            // The storage classes Microsoft.Data.Sqlite gives these CLR types, so the stored values are the same.
            var rc = values[i] switch
            {
                null or DBNull => raw.sqlite3_bind_null(_statement, position),
                string text => BindText(position, text),
                int number => raw.sqlite3_bind_int64(_statement, position, number),
                long number => raw.sqlite3_bind_int64(_statement, position, number),
                bool flag => raw.sqlite3_bind_int64(_statement, position, flag ? 1 : 0),
                double real => raw.sqlite3_bind_double(_statement, position, real),
                var other => throw new NotSupportedException(
                    string.Create(CultureInfo.InvariantCulture, $"A row command does not bind values of type {other.GetType().Name}.")),
            };
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
