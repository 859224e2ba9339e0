using System.Data.Common;

namespace IcPerMed.Analytics.Warehouse;

/// <summary>
/// Runs SQL with positional parameters written <c>$1, $2 ...</c>, the one placeholder syntax both DuckDB.NET and
/// Npgsql accept for unnamed parameters.
/// </summary>
internal static class SqlCommands
{
    public static DbCommand Create(DbConnection connection, DbTransaction? transaction, string sql, object?[] args)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // SQL text is ours; every value travels as a parameter.
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var arg in args)
        {
            var parameter = command.CreateParameter();
            parameter.Value = arg ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public static async Task<int> ExecuteAsync(this DbConnection connection, DbTransaction? transaction, string sql,
        CancellationToken cancellationToken, params object?[] args)
    {
        await using var command = Create(connection, transaction, sql, args);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task<T?> ScalarAsync<T>(this DbConnection connection, DbTransaction? transaction, string sql,
        CancellationToken cancellationToken, params object?[] args)
    {
        await using var command = Create(connection, transaction, sql, args);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        if (value is System.Numerics.BigInteger big)
            value = (decimal)big;
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T),
            System.Globalization.CultureInfo.InvariantCulture);
    }

    public static Task<List<T>> QueryAsync<T>(this DbConnection connection, string sql, Func<DbDataReader, T> map,
        CancellationToken cancellationToken, params object?[] args) =>
        connection.QueryAsync(null, sql, map, cancellationToken, args);

    public static async Task<List<T>> QueryAsync<T>(this DbConnection connection, DbTransaction? transaction, string sql,
        Func<DbDataReader, T> map, CancellationToken cancellationToken, params object?[] args)
    {
        await using var command = Create(connection, transaction, sql, args);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            rows.Add(map(reader));
        return rows;
    }

    /// <summary>
    /// The rows of <paramref name="sql"/> one at a time, for reads of a whole table: DuckDB.NET otherwise materialises a
    /// result in native memory before the first row is read (a million projects with their abstracts, gigabytes).
    /// </summary>
    public static async IAsyncEnumerable<T> StreamAsync<T>(this DbConnection connection, string sql, Func<DbDataReader, T> map,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken, params object?[] args)
    {
        await using var command = Create(connection, null, sql, args);
        if (command is DuckDB.NET.Data.DuckDBCommand duckDb)
            duckDb.UseStreamingMode = true;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            yield return map(reader);
    }

    /// <summary>Reads a timestamp column as UTC whichever CLR type the provider returns for TIMESTAMPTZ.</summary>
    public static DateTimeOffset? GetTimestamp(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetValue(ordinal) switch
        {
            DateTimeOffset offset => offset.ToUniversalTime(),
            DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time.ToUniversalTime(), DateTimeKind.Utc)),
            var other => throw new InvalidCastException($"timestamp column {ordinal} holds {other.GetType()}"),
        };

    /// <summary>Reads a nullable 64-bit count whichever integer type the provider returns.</summary>
    public static long GetCount(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? 0 : (long)ToDecimal(reader.GetValue(ordinal));

    /// <summary>
    /// A numeric value of any provider type as decimal: DuckDB returns sums of integers as HUGEINT
    /// (<see cref="System.Numerics.BigInteger"/>), which <see cref="Convert"/> does not know.
    /// </summary>
    public static decimal ToDecimal(object value) => value switch
    {
        System.Numerics.BigInteger big => (decimal)big,
        _ => Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    public static string? GetTextOrNull(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static decimal? GetDecimalOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : ToDecimal(reader.GetValue(ordinal));

    /// <summary>Reads a DATE column whichever CLR type the provider returns for it.</summary>
    public static DateOnly? GetDateOrNull(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetValue(ordinal) switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        var other => DateOnly.Parse(other.ToString()!, System.Globalization.CultureInfo.InvariantCulture),
    };
}
