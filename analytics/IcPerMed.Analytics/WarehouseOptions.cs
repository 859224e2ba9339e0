using IcPerMed.Analytics.Warehouse;
using IcPerMed.Analytics.Warehouse.Dialects;

namespace IcPerMed.Analytics;

/// <summary>
/// Which warehouse a host opens and how: configuration section <c>Warehouse</c> (icpermed.settings.json,
/// <c>ICPERMED_Warehouse__Location</c>, or the older <c>ICPERMED_DB</c>); the command line's <c>--db</c> wins over both.
/// </summary>
public sealed class WarehouseOptions
{
    public const string Section = "Warehouse";

    /// <summary>A DuckDB file path or a PostgreSQL connection string; empty means <see cref="WarehouseLocation.DefaultDuckDbPath"/>.</summary>
    public string? Location { get; set; }

    /// <summary>
    /// DuckDB's buffer pool cap, a DuckDB size such as "4GB" (<c>ICPERMED_Warehouse__DuckDbMemoryLimit</c>, or the older
    /// <c>ICPERMED_DUCKDB_MEMORY_LIMIT</c>); beyond it DuckDB spills to disk. PostgreSQL ignores it.
    /// </summary>
    public string DuckDbMemoryLimit { get; set; } = DuckDbDialect.DefaultMemoryLimit;

    /// <summary>The location to open: <see cref="Location"/>, else ICPERMED_DB, else the default DuckDB file.</summary>
    public string Resolved => WarehouseLocation.Resolve(Location);

    /// <summary>Opens (and migrates) the warehouse at <see cref="Resolved"/> with <see cref="DuckDbMemoryLimit"/>.</summary>
    public Task<Warehouse.Warehouse> OpenAsync(TimeProvider time, CancellationToken cancellationToken) =>
        Warehouse.Warehouse.OpenAsync(Resolved, DuckDbMemoryLimit, time, cancellationToken);
}
