using IcPerMed.Analytics.Model;

namespace IcPerMed.Analytics.Kpis;

/// <summary>Opens a KPI workspace on the warehouse: the door of the KPI base tables seam (docs/architecture.md).</summary>
internal static class WarehouseKpiWorkspace
{
    /// <summary>
    /// The KPI base tables for <paramref name="quarter"/> and <paramref name="filter"/> on a connection of their own: the
    /// seam Gaps/, Trends/ and Snapshots/ read through (docs/architecture.md), so a gap, a trend and a KPI count the
    /// same projects.
    /// </summary>
    internal static async Task<KpiWorkspace> OpenKpiWorkspaceAsync(this Warehouse.Warehouse warehouse, Quarter quarter, KpiFilter filter, CancellationToken cancellationToken)
    {
        var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await KpiWorkspace.OpenAsync(connection, warehouse.AnalysisSession, quarter, warehouse.Time.GetUtcNow(), filter, cancellationToken).ConfigureAwait(false);
    }
}
