namespace IcPerMed.Jobs.Scheduling.Jobs;

/// <summary>
/// The warehouse the jobs work on (DuckDB file or PostgreSQL connection string) and DuckDB's memory limit there (null:
/// the default), and how a DuckDB file is shared with other processes (null: not at all); the host fills them from
/// <see cref="Analytics.WarehouseOptions"/>.
/// </summary>
public sealed record JobSettings(string Warehouse, string? DuckDbMemoryLimit = null, Analytics.Warehouse.Sharing.DuckDbSharing? Sharing = null)
{
    /// <summary>Opens (and migrates) <see cref="Warehouse"/>.</summary>
    public Task<Analytics.Warehouse.Warehouse> OpenWarehouseAsync(TimeProvider time, CancellationToken cancellationToken) =>
        Analytics.Warehouse.Warehouse.OpenAsync(Warehouse, DuckDbMemoryLimit, Sharing, time, cancellationToken);
}
