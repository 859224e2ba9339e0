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

    public string Location { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public async Task BulkLoadAsync<T>(DbConnection connection, string table, TableShape<T> shape,
        IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        var copy = $"COPY {table} ({shape.ColumnList}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await ((NpgsqlConnection)connection)
            .BeginBinaryImportAsync(copy, cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            foreach (var column in shape.Columns)
            {
                var value = column.Value(row);
                if (value is null)
                    await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                else
                    await importer.WriteAsync(ToWire(value), TypeOf(column.Type), cancellationToken).ConfigureAwait(false);
            }
        }
        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    // timestamptz must be written in UTC.
    private static object ToWire(object value) => value is DateTimeOffset t ? t.ToUniversalTime() : value;

    private static NpgsqlDbType TypeOf(ColumnType type) => type switch
    {
        ColumnType.Text => NpgsqlDbType.Text,
        ColumnType.Integer => NpgsqlDbType.Integer,
        ColumnType.BigInt => NpgsqlDbType.Bigint,
        ColumnType.Decimal => NpgsqlDbType.Numeric,
        ColumnType.Double => NpgsqlDbType.Double,
        ColumnType.Date => NpgsqlDbType.Date,
        ColumnType.TimestampTz => NpgsqlDbType.TimestampTz,
        ColumnType.Boolean => NpgsqlDbType.Boolean,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "no PostgreSQL COPY mapping"),
    };

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
