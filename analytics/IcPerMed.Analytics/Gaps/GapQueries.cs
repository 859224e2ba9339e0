using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Analytics.Gaps;

/// <summary>The gap matrix and its drill-down, read from a KPI workspace's base tables (the Kpis seam).</summary>
internal static class GapQueries
{
    /// <summary>The challenge x <paramref name="dimension"/> gap matrix of the workspace's projects.</summary>
    public static async Task<GapMatrix> ComputeGapsAsync(this KpiWorkspace workspace, GapDimension dimension, double alpha, CancellationToken cancellationToken,
        int minProjects = GapMatrix.DefaultMinProjects)
    {
        var members = await workspace.Connection.QueryAsync(GapSql.MemberTotals(dimension),
            r => new GapMember(r.GetString(0), r.GetString(1), r.GetCount(2), r.GetDecimalOrNull(3) ?? 0m), cancellationToken).ConfigureAwait(false);
        var cells = await workspace.Connection.QueryAsync(GapSql.Cells(dimension),
            r => new GapMatrixBuilder.CellRow(r.GetString(0), r.GetString(1), r.GetCount(2), r.GetDecimalOrNull(3) ?? 0m, r.GetDecimalOrNull(4) ?? 0m),
            cancellationToken).ConfigureAwait(false);
        var consortium = await workspace.Connection.QueryAsync(GapSql.ConsortiumPerChallenge,
            r => new GapMatrixBuilder.ChallengeRow(r.GetString(0), r.GetCount(1), r.GetDecimalOrNull(2) ?? 0m), cancellationToken).ConfigureAwait(false);
        var totals = (await workspace.Connection.QueryAsync(GapSql.ConsortiumTotals,
            r => (Projects: r.GetCount(0), Funding: r.GetDecimalOrNull(1) ?? 0m), cancellationToken).ConfigureAwait(false)).Single();
        return GapMatrixBuilder.Build(dimension, workspace.Context.Quarter, KpiBaseSql.Challenges, members, cells, consortium,
            totals.Projects, totals.Funding, alpha, minProjects);
    }

    /// <summary>The projects behind one gap cell, largest grant first.</summary>
    public static Task<List<KpiProject>> ProjectsBehindGapCellAsync(this KpiWorkspace workspace, GapDimension dimension, string member, string challenge, int limit,
        CancellationToken cancellationToken) =>
        workspace.ProjectsWhereAsync(GapSql.CellProjects(dimension), [member, challenge], limit, cancellationToken);
}
