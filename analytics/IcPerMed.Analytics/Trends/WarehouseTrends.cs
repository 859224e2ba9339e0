using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Model;

namespace IcPerMed.Analytics.Trends;

/// <summary>The trends computed live from the warehouse, over the KPI base tables, and the projects behind a trend point.</summary>
public static class WarehouseTrends
{
    /// <summary>Trends per year and quarter per challenge up to <paramref name="quarter"/>, with growth rates and a forecast.</summary>
    public static async Task<TrendReport> ComputeTrendsAsync(this Warehouse.Warehouse warehouse, Quarter quarter, KpiFilter filter, CancellationToken cancellationToken)
    {
        await using var workspace = await warehouse.OpenKpiWorkspaceAsync(quarter, filter, cancellationToken).ConfigureAwait(false);
        return await workspace.ComputeTrendsAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The PM projects behind one trend point (<paramref name="period"/> 2026 or 2026Q3; challenge c1..c5, none or all).</summary>
    public static async Task<IReadOnlyList<KpiProject>> GetProjectsBehindTrendPointAsync(this Warehouse.Warehouse warehouse, Quarter quarter, KpiFilter filter, string period,
        string challenge, int limit, CancellationToken cancellationToken)
    {
        await using var workspace = await warehouse.OpenKpiWorkspaceAsync(quarter, filter, cancellationToken).ConfigureAwait(false);
        return await workspace.ProjectsBehindTrendPointAsync(period, challenge, limit, cancellationToken).ConfigureAwait(false);
    }
}
