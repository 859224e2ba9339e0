using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Model;

namespace IcPerMed.Analytics.Warehouse;

public sealed partial class Warehouse
{
    /// <summary>Every KPI of the catalogue for <paramref name="quarter"/>, live from the warehouse.</summary>
    public async Task<KpiSet> ComputeKpisAsync(Quarter quarter, KpiFilter filter, CancellationToken cancellationToken)
    {
        await using var workspace = await OpenKpiWorkspaceAsync(quarter, filter, cancellationToken).ConfigureAwait(false);
        return await workspace.ComputeAsync(KpiCatalogue.All, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The projects behind one KPI value: <paramref name="key"/> holds the row's key parts (see the KPI's dimensions);
    /// at most <paramref name="limit"/>, largest grant first.
    /// </summary>
    public async Task<IReadOnlyList<KpiProject>> GetProjectsBehindKpiAsync(Quarter quarter, KpiFilter filter, string kpiId,
        IReadOnlyList<string> key, int limit, CancellationToken cancellationToken)
    {
        var definition = KpiCatalogue.Find(kpiId);
        await using var workspace = await OpenKpiWorkspaceAsync(quarter, filter, cancellationToken).ConfigureAwait(false);
        return await workspace.ProjectsBehindAsync(definition, key, limit, cancellationToken).ConfigureAwait(false);
    }

    private async Task<KpiWorkspace> OpenKpiWorkspaceAsync(Quarter quarter, KpiFilter filter, CancellationToken cancellationToken)
    {
        var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await KpiWorkspace.OpenAsync(connection, quarter, time.GetUtcNow(), filter, cancellationToken).ConfigureAwait(false);
    }
}
