using System.Globalization;
using IcPerMed.Analytics.Coverage;
using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Analytics.Trends;

/// <summary>The trend series and their drill-down, read from a KPI workspace's base tables (the Kpis seam).</summary>
internal static class TrendQueries
{
    /// <summary>Per start quarter and challenge (and 'all'): projects, money and projects without an amount, up to the workspace's quarter.</summary>
    private static string TrendSql(KpiSqlContext context) => $"""
        SELECT CAST(EXTRACT(year FROM p.start_date) AS INTEGER), CAST(EXTRACT(quarter FROM p.start_date) AS INTEGER), c.challenge,
               count(*), coalesce(sum(p.funding_eur), 0), coalesce(sum(p.funding_eur * c.weight), 0), count(*) - count(p.funding_eur)
        FROM kpi_project_challenge c JOIN kpi_project p ON p.source = c.source AND p.source_id = c.source_id
        WHERE p.start_date IS NOT NULL AND {context.StartedByQuarterEnd("p")}
        GROUP BY 1, 2, 3
        UNION ALL
        SELECT CAST(EXTRACT(year FROM p.start_date) AS INTEGER), CAST(EXTRACT(quarter FROM p.start_date) AS INTEGER), 'all',
               count(*), coalesce(sum(p.funding_eur), 0), coalesce(sum(p.funding_eur), 0), count(*) - count(p.funding_eur)
        FROM kpi_project p
        WHERE p.start_date IS NOT NULL AND {context.StartedByQuarterEnd("p")}
        GROUP BY 1, 2
        """;

    /// <summary>
    /// Yearly and quarterly series per challenge with growth rates, and the next four quarters' forecast, over the
    /// periods the sources (those the filter keeps) cover.
    /// </summary>
    public static async Task<TrendReport> ComputeTrendsAsync(this KpiWorkspace workspace, CancellationToken cancellationToken)
    {
        var sums = await workspace.Connection.QueryAsync(TrendSql(workspace.Context), r => new TrendBuilder.QuarterSum(
                new Quarter(Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture), Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture)),
                r.GetString(2), r.GetCount(3), FixedDecimals.Money(r.GetDecimalOrNull(4) ?? 0m), FixedDecimals.Money(r.GetDecimalOrNull(5) ?? 0m),
                r.GetCount(6)),
            cancellationToken).ConfigureAwait(false);
        var (sources, quartersWithProjects) = await CoverageSql.ReadAsync(workspace.Connection, workspace.Context.Filter.Sources, cancellationToken).ConfigureAwait(false);
        return TrendBuilder.Build(workspace.Context.Quarter, KpiBaseSql.Challenges, sums, new CoverageMap(sources, quartersWithProjects, workspace.Context.Quarter));
    }

    /// <summary>
    /// The projects behind one trend point: starting in <paramref name="period"/> (a year or a quarter, up to the
    /// workspace's quarter) and touching <paramref name="challenge"/> (c1..c5, none, or all).
    /// </summary>
    public static Task<List<KpiProject>> ProjectsBehindTrendPointAsync(this KpiWorkspace workspace, string period, string challenge, int limit, CancellationToken cancellationToken)
    {
        var inPeriod = (period.Contains('Q', StringComparison.Ordinal) ? KpiDimension.Quarter : KpiDimension.Year).DrillSql!;
        var predicate = $"{inPeriod} AND {workspace.Context.StartedByQuarterEnd("p")}";
        if (challenge == "all")
            return workspace.ProjectsWhereAsync(predicate, [period], limit, cancellationToken);
        return workspace.ProjectsWhereAsync($"{predicate} AND {KpiDimension.Challenge.DrillSql!.Replace("$1", "$2", StringComparison.Ordinal)}",
            [period, challenge], limit, cancellationToken);
    }
}
