using IcPerMed.Analytics.Gaps;
using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Analytics.Kpis;

internal sealed partial class KpiWorkspace
{
    /// <summary>The challenge x <paramref name="dimension"/> gap matrix of the workspace's projects.</summary>
    public async Task<GapMatrix> ComputeGapsAsync(GapDimension dimension, double alpha, CancellationToken cancellationToken,
        int minProjects = GapMatrix.DefaultMinProjects)
    {
        var members = await Connection.QueryAsync(GapSql.MemberTotals(dimension),
            r => new GapMember(r.GetString(0), r.GetString(1), r.GetCount(2), r.GetDecimalOrNull(3) ?? 0m), cancellationToken).ConfigureAwait(false);
        var cells = await Connection.QueryAsync(GapSql.Cells(dimension),
            r => new GapMatrixBuilder.CellRow(r.GetString(0), r.GetString(1), r.GetCount(2), r.GetDecimalOrNull(3) ?? 0m, r.GetDecimalOrNull(4) ?? 0m),
            cancellationToken).ConfigureAwait(false);
        var consortium = await Connection.QueryAsync(GapSql.ConsortiumPerChallenge,
            r => new GapMatrixBuilder.ChallengeRow(r.GetString(0), r.GetCount(1), r.GetDecimalOrNull(2) ?? 0m), cancellationToken).ConfigureAwait(false);
        var totals = (await Connection.QueryAsync(GapSql.ConsortiumTotals,
            r => (Projects: r.GetCount(0), Funding: r.GetDecimalOrNull(1) ?? 0m), cancellationToken).ConfigureAwait(false)).Single();
        return GapMatrixBuilder.Build(dimension, Context.Quarter, KpiBaseSql.Challenges, members, cells, consortium,
            totals.Projects, totals.Funding, alpha, minProjects);
    }

    /// <summary>The projects behind one gap cell, largest grant first.</summary>
    public Task<List<KpiProject>> ProjectsBehindGapCellAsync(GapDimension dimension, string member, string challenge, int limit,
        CancellationToken cancellationToken) =>
        ProjectsWhereAsync(GapSql.CellProjects(dimension), [member, challenge], limit, cancellationToken);
}
