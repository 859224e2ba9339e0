using IcPerMed.Analytics.Warehouse;
using IcPerMed.Analytics.Warehouse.Dialects;
using IcPerMed.Analytics.Warehouse.Sharing;

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

    /// <summary>
    /// How long a command waits for another process (the dashboard, another command) to let go of a DuckDB file before
    /// giving up (<c>ICPERMED_Warehouse__LockWait</c>, e.g. 00:10:00). The dashboard waits <see cref="DashboardLockWait"/>.
    /// </summary>
    public TimeSpan LockWait { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a dashboard request waits for a command to let go of the DuckDB file before answering "busy".</summary>
    public TimeSpan DashboardLockWait { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long the dashboard keeps a DuckDB file loaded after its last request, unless a command knocks first.</summary>
    public TimeSpan DashboardHoldWhileIdle { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How this process takes turns at a DuckDB file (see <see cref="DuckDbSharing"/>); a host sets it once (commands:
    /// <see cref="DuckDbSharing.Command"/>, the dashboard its own). Not read from settings.
    /// </summary>
    public DuckDbSharing? Sharing { get; set; }

    /// <summary>How the dashboard (or a worker) takes turns at a DuckDB file: waits briefly, holds it while in use.</summary>
    public DuckDbSharing DashboardSharing(Action<FileHolder>? onWaiting) => new(DashboardLockWait, DashboardHoldWhileIdle, onWaiting);

    /// <summary>The location to open: <see cref="Location"/>, else ICPERMED_DB, else the default DuckDB file.</summary>
    public string Resolved => WarehouseLocation.Resolve(Location);

    /// <summary>Opens (and migrates) the warehouse at <see cref="Resolved"/> with <see cref="DuckDbMemoryLimit"/>.</summary>
    public Task<Warehouse.Warehouse> OpenAsync(TimeProvider time, CancellationToken cancellationToken) =>
        Warehouse.Warehouse.OpenAsync(Resolved, DuckDbMemoryLimit, Sharing, time, cancellationToken);
}
