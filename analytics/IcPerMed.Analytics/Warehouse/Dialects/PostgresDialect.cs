using System.Data.Common;
using IcPerMed.Analytics.Warehouse.Staging;
using Npgsql;
using NpgsqlTypes;

namespace IcPerMed.Analytics.Warehouse.Dialects;

/// <summary>The server store: PostgreSQL through Npgsql, bulk loads through binary COPY.</summary>
public sealed class PostgresDialect : IWarehouseDialect
{
    private readonly NpgsqlDataSource dataSource;

    public PostgresDialect(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Location = $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database} as {builder.Username}";
        dataSource = NpgsqlDataSource.Create(builder);
    }

    public string Name => "postgresql";

    /// <summary>
    /// The KPI workspace's session settings, measured with <c>bench kpis</c> at 1,000,000 projects (docs/benchmarks.md):
    /// the base tables join some 40,000 PM projects to the large project and participation tables, which is an index
    /// lookup per project when random reads are priced as what they are on a cached or solid-state store (1.1, not the
    /// spinning-disk default 4: 0.33 s instead of a 1.1 s scan of 700 MB of participations); the grouping of some 100,000
    /// participations by project and country sorted on disk with the default 4 MB of work memory; and JIT compilation
    /// cost each of the twenty short queries more than it saved. Temporary tables are analysed once built (without
    /// statistics the planner sorted for merge joins and hashed the whole participation table).
    /// </summary>
    public AnalysisSession AnalysisSession { get; } = new(["SET random_page_cost = 1.1", "SET work_mem = '64MB'", "SET jit = off"], true);

    public string Location { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public async Task BulkLoadAsync<T>(DbConnection connection, string table, TableShape<T> shape,
        IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        var copy = $"COPY {table} ({shape.ColumnList}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await ((NpgsqlConnection)connection)
            .BeginBinaryImportAsync(copy, cancellationToken).ConfigureAwait(false);
        // Synchronous, typed writes: each value goes into Npgsql's buffer without an awaited call or a type lookup of
        // its own (the loads run on a background task, see StagingWriter; the buffer is sent when full).
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            importer.StartRow();
            foreach (var column in shape.Columns)
                Write(importer, column.Type, column.Value(row));
        }
        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void Write(NpgsqlBinaryImporter importer, ColumnType type, object? value)
    {
        if (value is null)
        {
            importer.WriteNull();
            return;
        }
        switch (type)
        {
            case ColumnType.Text: importer.Write((string)value, NpgsqlDbType.Text); break;
            case ColumnType.Integer: importer.Write((int)value, NpgsqlDbType.Integer); break;
            case ColumnType.BigInt: importer.Write((long)value, NpgsqlDbType.Bigint); break;
            case ColumnType.Decimal: importer.Write((decimal)value, NpgsqlDbType.Numeric); break;
            case ColumnType.Double: importer.Write((double)value, NpgsqlDbType.Double); break;
            case ColumnType.Date: importer.Write((DateOnly)value, NpgsqlDbType.Date); break;
            // timestamptz must be written in UTC.
            case ColumnType.TimestampTz: importer.Write(((DateTimeOffset)value).ToUniversalTime(), NpgsqlDbType.TimestampTz); break;
            case ColumnType.Boolean: importer.Write((bool)value, NpgsqlDbType.Boolean); break;
            default: throw new ArgumentOutOfRangeException(nameof(type), type, "no PostgreSQL COPY mapping");
        }
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
