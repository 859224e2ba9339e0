using System.Data.Common;
using DuckDB.NET.Data;
using IcPerMed.Analytics.Warehouse.Sharing;
using IcPerMed.Analytics.Warehouse.Staging;

namespace IcPerMed.Analytics.Warehouse.Dialects;

/// <summary>The embedded default: one DuckDB file, bulk loads through DuckDB's appender.</summary>
public sealed class DuckDbDialect : IWarehouseDialect
{
    private readonly string path;
    private readonly string memoryLimit;
    private readonly DuckDbTurns turns;
    private long limitedAtLoad = -1;

    /// <param name="path">The database file; its folder is created when missing.</param>
    /// <param name="memoryLimit">DuckDB's buffer pool cap, a DuckDB size such as "4GB"; null or empty: <see cref="DefaultMemoryLimit"/>.</param>
    /// <param name="sharing">How this process takes turns with others at the file (null: <see cref="DuckDbSharing.None"/>).</param>
    public DuckDbDialect(string path, string? memoryLimit = null, DuckDbSharing? sharing = null)
    {
        this.path = Path.GetFullPath(path);
        this.memoryLimit = string.IsNullOrWhiteSpace(memoryLimit) ? DefaultMemoryLimit : memoryLimit;
        var folder = Path.GetDirectoryName(this.path);
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
        turns = new DuckDbTurns(this.path, $"Data Source={this.path}", sharing ?? DuckDbSharing.None);
    }

    /// <summary>How many times another process was found to have written the file since this process last held it.</summary>
    public long ChangesElsewhere => turns.ChangesElsewhere;

    /// <summary>Whether the file is held between uses right now (see <see cref="DuckDbSharing.HoldWhileIdle"/>).</summary>
    public bool IsHolding => turns.IsHolding;

    public string Name => "duckdb";

    /// <summary>DuckDB keeps statistics as it writes and needs no session settings for the KPI workspace.</summary>
    public AnalysisSession AnalysisSession => AnalysisSession.AsIs;

    public string Location => path;

    /// <summary>
    /// DuckDB's buffer pool is capped (default 80 % of RAM otherwise), so a large harvest spills to disk instead of
    /// growing with the file. A host sets another with Warehouse:DuckDbMemoryLimit (<see cref="WarehouseOptions"/>).
    /// </summary>
    public const string DefaultMemoryLimit = "1GB";

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await turns.OpenAsync(cancellationToken).ConfigureAwait(false);
        // The limit is the loaded database's, not the connection's: set once per load of the file, not on every
        // connection (a statement each, a tenth of a project page's lookups: issue 20). A connection opened while another
        // sets it may run its first statements before the limit applies, which a read of a few rows does not notice.
        var load = turns.Loads;
        if (Interlocked.Exchange(ref limitedAtLoad, load) != load)
            await connection.ExecuteAsync(null, $"SET memory_limit = '{memoryLimit.Replace("'", "''", StringComparison.Ordinal)}'", cancellationToken).ConfigureAwait(false);
        return connection;
    }

    public Task BulkLoadAsync<T>(DbConnection connection, string table, TableShape<T> shape, IReadOnlyList<T> rows,
        CancellationToken cancellationToken)
    {
        using var appender = ((DuckDBConnection)connection).CreateAppender(table);
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var appenderRow = appender.CreateRow();
            foreach (var column in shape.Columns)
                Append(appenderRow, column.Type, column.Value(row));
            appenderRow.EndRow();
        }
        return Task.CompletedTask;
    }

    private static void Append(IDuckDBAppenderRow row, ColumnType type, object? value)
    {
        if (value is null)
        {
            row.AppendNullValue();
            return;
        }
        _ = type switch
        {
            ColumnType.Text => row.AppendValue((string)value),
            ColumnType.Integer => row.AppendValue((int?)value),
            ColumnType.BigInt => row.AppendValue((long?)value),
            ColumnType.Decimal => row.AppendValue((decimal?)value),
            ColumnType.Double => row.AppendValue((double?)value),
            ColumnType.Date => row.AppendValue((DateOnly?)value),
            ColumnType.TimestampTz => row.AppendValue((DateTimeOffset?)value),
            ColumnType.Boolean => row.AppendValue((bool?)value),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "no DuckDB appender mapping"),
        };
    }

    public ValueTask DisposeAsync() => turns.DisposeAsync();
}
