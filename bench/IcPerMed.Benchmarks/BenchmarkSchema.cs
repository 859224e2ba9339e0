using Npgsql;

namespace IcPerMed.Benchmarks;

/// <summary>Named PostgreSQL schemas for benchmark warehouses that a later run may reuse (<c>--keep</c>).</summary>
public static class BenchmarkSchema
{
    /// <summary>Creates <paramref name="schema"/> when missing; returns a connection string whose search path is that schema.</summary>
    public static async Task<string> EnsureAsync(string connectionString, string schema, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connectionString, $"CREATE SCHEMA IF NOT EXISTS {Checked(schema)}", cancellationToken).ConfigureAwait(false);
        return new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema }.ConnectionString;
    }

    public static Task DropAsync(string connectionString, string schema, CancellationToken cancellationToken) =>
        ExecuteAsync(connectionString, $"DROP SCHEMA IF EXISTS {Checked(schema)} CASCADE", cancellationToken);

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
#pragma warning disable CA2100 // the schema name is checked to be a plain identifier.
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Checked(string schema) =>
        schema.Length > 0 && schema.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_')
            ? schema
            : throw new ArgumentException($"'{schema}' is not a plain lower-case schema name", nameof(schema));
}
