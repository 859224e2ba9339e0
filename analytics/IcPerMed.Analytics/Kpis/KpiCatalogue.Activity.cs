namespace IcPerMed.Analytics.Kpis;

public static partial class KpiCatalogue
{
    public static KpiDefinition ActivePmProjects { get; } = new(
        "active-pm-projects", "Active PM projects",
        "How many personalised-medicine projects are running this quarter?",
        "Number of PM projects running on any day of the quarter: started on or before its last day and not ended before " +
        "its first day (no end date: still running).",
        Projects, KpiCounting.OncePerProject, [])
    {
        Sql = context => $"SELECT count(*), count(*) FROM kpi_project p WHERE {Active(context)}",
        ProjectsSql = Active,
    };

    public static KpiDefinition NewPmProjects { get; } = new(
        "new-pm-projects", "New PM projects this quarter",
        "Is the flow of new personalised-medicine projects growing?",
        "Number of PM projects starting in the quarter, beside the previous quarter and the same quarter a year earlier.",
        Projects, KpiCounting.OncePerProject, [KpiDimension.Comparison, KpiDimension.Quarter])
    {
        Sql = context =>
        {
            var quarters = new[] { ("this quarter", context.Quarter), ("previous quarter", context.Quarter.Previous),
                ("same quarter last year", context.Quarter.SameQuarterLastYear) };
            var values = string.Join(", ", quarters.Select((q, i) =>
                $"('{q.Item1}', '{q.Item2}', {KpiSqlContext.Literal(q.Item2.Start)}, {KpiSqlContext.Literal(q.Item2.End)}, {i})"));
            return $"""
                SELECT q.comparison, q.quarter, count(p.source_id), count(p.source_id)
                FROM (VALUES {values}) AS q(comparison, quarter, first_day, last_day, ord)
                LEFT JOIN kpi_project p ON p.start_date >= q.first_day AND p.start_date <= q.last_day
                GROUP BY q.comparison, q.quarter, q.ord ORDER BY q.ord
                """;
        },
    };

    private static string Active(KpiSqlContext context) =>
        $"p.start_date <= {context.QuarterEnd} AND (p.end_date IS NULL OR p.end_date >= {context.QuarterStart})";
}
