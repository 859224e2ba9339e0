using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Trends;

namespace IcPerMed.Analytics.Warehouse;

public sealed partial class Warehouse
{
    /// <summary>Trends per year and quarter per challenge up to <paramref name="quarter"/>, with growth rates and a forecast.</summary>
    public async Task<TrendReport> ComputeTrendsAsync(Quarter quarter, KpiFilter filter, CancellationToken cancellationToken)
    {
        await using var workspace = await OpenKpiWorkspaceAsync(quarter, filter, cancellationToken).ConfigureAwait(false);
        return await workspace.ComputeTrendsAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The PM projects behind one trend point (<paramref name="period"/> 2026 or 2026Q3; challenge c1..c5, none or all).</summary>
    public async Task<IReadOnlyList<KpiProject>> GetProjectsBehindTrendPointAsync(Quarter quarter, KpiFilter filter, string period,
        string challenge, int limit, CancellationToken cancellationToken)
    {
        await using var workspace = await OpenKpiWorkspaceAsync(quarter, filter, cancellationToken).ConfigureAwait(false);
        return await workspace.ProjectsBehindTrendPointAsync(period, challenge, limit, cancellationToken).ConfigureAwait(false);
    }
}
