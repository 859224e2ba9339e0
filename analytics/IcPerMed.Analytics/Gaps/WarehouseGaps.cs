using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Model;

namespace IcPerMed.Analytics.Gaps;

/// <summary>The gap matrices computed live from the warehouse, over the KPI base tables, and the projects behind a cell.</summary>
public static class WarehouseGaps
{
    /// <summary>
    /// The challenge x country (or x funder) gap matrix for <paramref name="quarter"/>, live; members with fewer than
    /// <paramref name="minProjects"/> PM projects are too few to judge.
    /// </summary>
    public static async Task<GapMatrix> ComputeGapsAsync(this Warehouse.Warehouse warehouse, Quarter quarter, KpiFilter filter, GapDimension dimension,
        CancellationToken cancellationToken, double alpha = GapMatrixBuilder.DefaultAlpha, int minProjects = GapMatrix.DefaultMinProjects)
    {
        await using var workspace = await warehouse.OpenKpiWorkspaceAsync(quarter, filter, cancellationToken).ConfigureAwait(false);
        return await workspace.ComputeGapsAsync(dimension, alpha, cancellationToken, minProjects).ConfigureAwait(false);
    }

    /// <summary>The PM projects of <paramref name="member"/> that touch <paramref name="challenge"/>.</summary>
    public static async Task<IReadOnlyList<KpiProject>> GetProjectsBehindGapCellAsync(this Warehouse.Warehouse warehouse, Quarter quarter, KpiFilter filter, GapDimension dimension,
        string member, string challenge, int limit, CancellationToken cancellationToken)
    {
        await using var workspace = await warehouse.OpenKpiWorkspaceAsync(quarter, filter, cancellationToken).ConfigureAwait(false);
        return await workspace.ProjectsBehindGapCellAsync(dimension, member, challenge, limit, cancellationToken).ConfigureAwait(false);
    }
}
