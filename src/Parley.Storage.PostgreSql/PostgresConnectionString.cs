using Npgsql;

namespace Parley.Storage.PostgreSql;

/// <summary>
/// Reads the two ways a PostgreSQL database is named: Npgsql's keyword form
/// (<c>Host=db;Port=5432;Username=parley;Database=parley</c>) and a <c>postgresql://</c> (or <c>postgres://</c>)
/// URI (<c>postgresql://parley:secret@db:5432/parley?sslmode=require</c>).
/// </summary>
public static class PostgresConnectionString
{
    /// <summary>True when <paramref name="text"/> names a PostgreSQL database rather than a file.</summary>
    public static bool Recognizes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        return t.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || (t.Contains('=', StringComparison.Ordinal) && t.Contains("host", StringComparison.OrdinalIgnoreCase)
                && !File.Exists(t));
    }

    /// <summary>
    /// Parses either form into Npgsql's settings; throws <see cref="FormatException"/> saying what is wrong (never
    /// repeating a password).
    /// </summary>
    public static NpgsqlConnectionStringBuilder Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var t = text.Trim();
        return t.Contains("://", StringComparison.Ordinal) ? FromUri(t) : FromKeywords(t);
    }

    /// <summary>How the database is shown to people: <c>postgresql://user@host:port/database</c>, no password.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var user = string.IsNullOrEmpty(builder.Username) ? "" : Uri.EscapeDataString(builder.Username) + "@";
        var schema = string.IsNullOrEmpty(builder.SearchPath) ? "" : "?search_path=" + Uri.EscapeDataString(builder.SearchPath);
        return $"postgresql://{user}{builder.Host}:{builder.Port}/{Uri.EscapeDataString(builder.Database ?? "")}{schema}";
    }

    private static NpgsqlConnectionStringBuilder FromKeywords(string text)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(text);
            if (string.IsNullOrEmpty(builder.Host))
            {
                throw new FormatException("the connection string names no Host");
            }

            return builder;
        }
        catch (ArgumentException ex)
        {
            // Npgsql's message names the keyword, not the value: safe to repeat.
            throw new FormatException("not a valid PostgreSQL connection string: " + ex.Message, ex);
        }
    }

    private static NpgsqlConnectionStringBuilder FromUri(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("postgresql" or "postgres"))
        {
            throw new FormatException("not a valid postgresql:// URI (expected postgresql://user:password@host:port/database)");
        }

        if (string.IsNullOrEmpty(uri.Host))
        {
            throw new FormatException("the postgresql:// URI names no host");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host.Trim('[', ']'),
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
        };
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..]);
            try
            {
                // libpq's names where they differ from Npgsql's keywords.
                builder[key switch { "sslmode" => "SSL Mode", "search_path" => "Search Path", "application_name" => "Application Name", "connect_timeout" => "Timeout", _ => key }] = value;
            }
            catch (ArgumentException ex)
            {
                throw new FormatException($"the postgresql:// URI has a parameter Npgsql does not know or accept: '{key}'", ex);
            }
        }

        return builder;
    }
}
