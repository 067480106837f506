using System.Net.Sockets;
using Npgsql;

namespace Parley.Storage.PostgreSql;

/// <summary>Turns PostgreSQL and Npgsql errors into <see cref="StoreException"/>s that say what to do.</summary>
internal static class PostgresErrors
{
    public static StoreException Translate(string location, Exception error, string doing, bool opening = false)
    {
        var prefix = doing + ": ";
        return error switch
        {
            PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } p =>
                new StoreException(location, $"the database does not exist ({p.MessageText}); create it (createdb) or name another in --db", error) { IsOpenFailure = true },
            PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } p =>
                new StoreException(location, $"the server refused the login ({p.MessageText}); check Username and Password in --db", error) { IsOpenFailure = true },
            PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege } p =>
                new StoreException(location, prefix + $"permission denied ({p.MessageText}); the user in --db needs rights on the schema", error) { IsOpenFailure = opening },
            PostgresException { SqlState: var state } p when state.StartsWith("23", StringComparison.Ordinal) =>
                new StoreException(location, prefix + $"the data breaks a rule of the store ({p.MessageText}); nothing of it was written", error),
            PostgresException { SqlState: PostgresErrorCodes.DiskFull } =>
                new StoreException(location, prefix + "the server's disk is full", error) { StopsAllWrites = true },
            PostgresException p => new StoreException(location, prefix + p.MessageText, error),
            _ when opening || error.InnerException is SocketException || error is SocketException =>
                new StoreException(location, $"cannot reach the PostgreSQL server ({(error.InnerException ?? error).Message}); check Host and Port in --db and that the server runs", error) { IsOpenFailure = true },
            NpgsqlException => new StoreException(location, prefix + error.Message, error),
            _ => new StoreException(location, prefix + error.Message, error),
        };
    }
}
