using IcPerMed.Analytics.Model;

namespace IcPerMed.Analytics.Kpis;

/// <summary>The KPI catalogue computed live from the warehouse, and the projects behind a KPI value.</summary>
public static class WarehouseKpis
{
    /// <summary>Every KPI of the catalogue for <paramref name="quarter"/>, live from the warehouse.</summary>
    public static async Task<KpiSet> ComputeKpisAsync(this Warehouse.Warehouse warehouse, Quarter quarter, KpiFilter filter, CancellationToken cancellationToken)
    {
        await using var workspace = await warehouse.OpenKpiWorkspaceAsync(quarter, filter, cancellationToken).ConfigureAwait(false);
        return await workspace.ComputeAsync(KpiCatalogue.All, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The projects behind one KPI value: <paramref name="key"/> holds the row's key parts (see the KPI's dimensions);
    /// at most <paramref name="limit"/>, largest grant first.
    /// </summary>
    public static async Task<IReadOnlyList<KpiProject>> GetProjectsBehindKpiAsync(this Warehouse.Warehouse warehouse, Quarter quarter, KpiFilter filter, string kpiId,
        IReadOnlyList<string> key, int limit, CancellationToken cancellationToken)
    {
        var definition = KpiCatalogue.Find(kpiId);
        await using var workspace = await warehouse.OpenKpiWorkspaceAsync(quarter, filter, cancellationToken).ConfigureAwait(false);
        return await workspace.ProjectsBehindAsync(definition, key, limit, cancellationToken).ConfigureAwait(false);
    }
}
