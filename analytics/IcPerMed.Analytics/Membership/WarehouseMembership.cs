using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Analytics.Membership;

/// <summary>Who is missing: the consortium's members and countries against what the warehouse holds.</summary>
public static class WarehouseMembership
{
    /// <summary>
    /// Per member of <paramref name="list"/>: the funders it was matched to and their projects, PM projects, money, years
    /// and sources; per consortium country: its national funders with data. Read on one KPI workspace (no filter), so PM
    /// is what the KPIs count.
    /// </summary>
    public static async Task<MembershipCoverage> GetMembershipCoverageAsync(this Warehouse.Warehouse warehouse, MembershipList list,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(list);
        // No filter: every project, whatever its start; the quarter only dates the workspace.
        var quarter = Quarter.Of(DateOnly.FromDateTime(warehouse.Time.GetUtcNow().UtcDateTime));
        await using var workspace = await warehouse.OpenKpiWorkspaceAsync(quarter, KpiFilter.None, cancellationToken).ConfigureAwait(false);
        var connection = workspace.Connection;
        var funders = await connection.QueryAsync(MembershipSql.Funders,
            r => new WarehouseFunder(r.GetString(0), r.GetTextOrNull(1), r.GetTextOrNull(2)), cancellationToken).ConfigureAwait(false);
        var perFunder = await MembershipSql.FiguresAsync(connection, [], cancellationToken).ConfigureAwait(false);
        var members = new List<MemberCoverage>();
        foreach (var member in list.Members)
        {
            var match = FunderMatcher.Match(member, funders);
            var figures = match.FunderIds switch
            {
                [] => FundingFigures.None,
                [var one] => perFunder.GetValueOrDefault(one, FundingFigures.None),
                // Several funders: counted together, so a project two of them pay counts once.
                var several => (await MembershipSql.FiguresAsync(connection, several, cancellationToken).ConfigureAwait(false))
                    .GetValueOrDefault("", FundingFigures.None),
            };
            members.Add(new MemberCoverage(member, match, figures));
        }
        return new MembershipCoverage(list, members, CountryTable.Build(list, funders, perFunder));
    }
}
