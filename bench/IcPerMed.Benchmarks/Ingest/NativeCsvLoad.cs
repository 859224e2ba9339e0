using IcPerMed.Analytics.Warehouse.Dialects;
using Npgsql;

namespace IcPerMed.Benchmarks.Ingest;

/// <summary>
/// The baselines of the ingest benchmark: each store loading a CORDIS project CSV with its own native bulk reader,
/// with no validation, provenance, conversion or upsert. It talks to the drivers itself: a baseline has nothing of ours
/// in between (the product keeps driver code in the warehouse; the benchmark is not the product).
/// </summary>
public static class NativeCsvLoad
{
    /// <summary>
    /// DuckDB's <c>read_csv</c> into a new table of a new database file, opened through the warehouse's own dialect so
    /// it runs under the same memory limit; returns the rows loaded.
    /// </summary>
    public static async Task<long> DuckDbReadCsvAsync(string databaseFile, string csvFile, CancellationToken cancellationToken)
    {
        await using var dialect = new DuckDbDialect(databaseFile);
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var escaped = csvFile.Replace("'", "''", StringComparison.Ordinal);
#pragma warning disable CA2100 // the path is the benchmark's own temp file.
        command.CommandText =
            $"""
            CREATE TABLE project_raw AS SELECT * FROM read_csv('{escaped}', delim = ';', quote = '"', escape = '"',
                header = true, decimal_separator = ',', dateformat = '%Y-%m-%d', max_line_size = 10000000);
            SELECT count(*) FROM project_raw;
            """;
#pragma warning restore CA2100
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>PostgreSQL's <c>COPY ... FROM STDIN (FORMAT csv)</c> of the file into a new all-text table in a new schema.</summary>
    public static async Task<long> PostgresCopyAsync(string connectionString, string csvFile, CancellationToken cancellationToken)
    {
        var schema = "bench_copy_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        string header;
        using (var reader = new StreamReader(csvFile))
            header = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) ?? throw new InvalidDataException($"{csvFile} is empty");
        var columns = string.Join(", ", header.Split(';').Select(c => $"\"{c.Trim('"')}\" TEXT"));
        await using (var create = new NpgsqlCommand($"CREATE SCHEMA {schema}; CREATE TABLE {schema}.project_raw ({columns})", connection))
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        // The file travels unparsed: PostgreSQL's own CSV reader does all the work, which is what makes it the baseline.
        await using (var copy = await connection.BeginTextImportAsync(
            $"COPY {schema}.project_raw FROM STDIN (FORMAT csv, DELIMITER ';', QUOTE '\"', HEADER true)", cancellationToken).ConfigureAwait(false))
        using (var file = new StreamReader(csvFile))
        {
            var buffer = new char[1 << 16];
            int read;
            while ((read = await file.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                await copy.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }
        await using var count = new NpgsqlCommand($"SELECT count(*) FROM {schema}.project_raw", connection);
        var rows = (long)(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        await using (var drop = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", connection))
            await drop.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return rows;
    }

    /// <summary>Drops the schema a connection string of <see cref="NewPostgresSchemaAsync"/> searches, with everything in it.</summary>
    public static async Task DropPostgresSchemaAsync(string schemaConnectionString, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(schemaConnectionString);
        var schema = builder.SearchPath ?? throw new ArgumentException("the connection string names no schema", nameof(schemaConnectionString));
        builder.SearchPath = null;
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{schema.Replace("\"", "\"\"", StringComparison.Ordinal)}\" CASCADE", connection);
        await drop.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A new empty schema on the server, as a connection string whose search path is that schema.</summary>
    public static async Task<string> NewPostgresSchemaAsync(string connectionString, CancellationToken cancellationToken)
    {
        var schema = "bench_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
        await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema }.ConnectionString;
    }
}
