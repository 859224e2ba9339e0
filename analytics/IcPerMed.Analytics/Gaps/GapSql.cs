using IcPerMed.Analytics.Kpis;

namespace IcPerMed.Analytics.Gaps;

/// <summary>The gap matrix queries, over the KPI base tables (see <c>KpiBaseSql</c>).</summary>
internal static class GapSql
{
    /// <summary>One row per project and member, with the member's share of the project's money.</summary>
    public static string Members(GapDimension dimension) => dimension switch
    {
        GapDimension.Country => "SELECT source, source_id, coalesce(country, 'unknown') AS member, share FROM kpi_project_country",
        GapDimension.Funder => "SELECT source, source_id, coalesce(funder_id, 'unknown') AS member, share FROM kpi_project_funder",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    /// <summary>Per member and challenge (c1..c5, and "none" for projects touching none): projects, any-match and apportioned EUR.</summary>
    public static string Cells(GapDimension dimension) => $"""
        WITH m AS ({Members(dimension)})
        SELECT m.member, c.challenge, count(*), coalesce(sum(p.funding_eur * m.share), 0),
               coalesce(sum(p.funding_eur * m.share * c.weight), 0)
        FROM m JOIN kpi_project_challenge c ON c.source = m.source AND c.source_id = m.source_id
        JOIN kpi_project p ON p.source = m.source AND p.source_id = m.source_id
        GROUP BY m.member, c.challenge
        """;

    public static string MemberTotals(GapDimension dimension) => $"""
        WITH m AS ({Members(dimension)})
        SELECT m.member, {(dimension == GapDimension.Funder ? "coalesce(max(f.name), m.member)" : "m.member")}, count(*),
               coalesce(sum(p.funding_eur * m.share), 0)
        FROM m JOIN kpi_project p ON p.source = m.source AND p.source_id = m.source_id
        {(dimension == GapDimension.Funder ? "LEFT JOIN funder f ON f.id = m.member" : "")}
        GROUP BY m.member
        """;

    public const string ConsortiumPerChallenge =
        """
        SELECT c.challenge, count(*), coalesce(sum(p.funding_eur * c.weight), 0)
        FROM kpi_project_challenge c JOIN kpi_project p ON p.source = c.source AND p.source_id = c.source_id
        WHERE c.challenge <> 'none'
        GROUP BY c.challenge
        """;

    public const string ConsortiumTotals = "SELECT count(*), coalesce(sum(funding_eur), 0) FROM kpi_project";

    /// <summary>Drill-down predicate (alias p) for one cell; $1 the member, $2 the challenge.</summary>
    public static string CellProjects(GapDimension dimension) =>
        (dimension == GapDimension.Country
            ? "EXISTS (SELECT 1 FROM kpi_project_country d WHERE d.source = p.source AND d.source_id = p.source_id AND coalesce(d.country, 'unknown') = $1)"
            : KpiFunderDrill.Sql)
        + " AND EXISTS (SELECT 1 FROM kpi_project_challenge d WHERE d.source = p.source AND d.source_id = p.source_id AND d.challenge = $2)";
}
