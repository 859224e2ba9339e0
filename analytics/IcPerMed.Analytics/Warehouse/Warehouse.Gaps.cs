using IcPerMed.Analytics.Gaps;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Model;

namespace IcPerMed.Analytics.Warehouse;

public sealed partial class Warehouse
{
    /// <summary>
    /// The challenge x country (or x funder) gap matrix for <paramref name="quarter"/>, live; members with fewer than
    /// <paramref name="minProjects"/> PM projects are too few to judge.
    /// </summary>
    public async Task<GapMatrix> ComputeGapsAsync(Quarter quarter, KpiFilter filter, GapDimension dimension,
        CancellationToken cancellationToken, double alpha = GapMatrixBuilder.DefaultAlpha, int minProjects = GapMatrix.DefaultMinProjects)
    {
        await using var workspace = await OpenKpiWorkspaceAsync(quarter, filter, cancellationToken).ConfigureAwait(false);
        return await workspace.ComputeGapsAsync(dimension, alpha, cancellationToken, minProjects).ConfigureAwait(false);
    }

    /// <summary>The PM projects of <paramref name="member"/> that touch <paramref name="challenge"/>.</summary>
    public async Task<IReadOnlyList<KpiProject>> GetProjectsBehindGapCellAsync(Quarter quarter, KpiFilter filter, GapDimension dimension,
        string member, string challenge, int limit, CancellationToken cancellationToken)
    {
        await using var workspace = await OpenKpiWorkspaceAsync(quarter, filter, cancellationToken).ConfigureAwait(false);
        return await workspace.ProjectsBehindGapCellAsync(dimension, member, challenge, limit, cancellationToken).ConfigureAwait(false);
    }
}
