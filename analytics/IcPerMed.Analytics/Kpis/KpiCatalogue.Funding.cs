namespace IcPerMed.Analytics.Kpis;

public static partial class KpiCatalogue
{
    public static KpiDefinition PmFundingPerYear { get; } = new(
        "pm-funding-per-year", "PM funding per year",
        "How much money goes to personalised-medicine research each year?",
        "Sum of the grants of PM projects started by the quarter's end, by the year the project starts." + MoneyNote,
        Eur, KpiCounting.OncePerProject, [KpiDimension.Year])
    {
        Decimals = 2,
        Sql = c => $"""
            SELECT {KpiBaseSql.StartYearText("p")} AS year, coalesce(sum(p.funding_eur), 0), count(*)
            FROM kpi_project p WHERE {c.StartedByQuarterEnd("p")} GROUP BY 1 ORDER BY 1
            """,
        ProjectsSql = c => c.StartedByQuarterEnd("p"),
    };

    public static KpiDefinition PmProjectsPerYear { get; } = new(
        "pm-projects-per-year", "PM projects per year",
        "How many personalised-medicine projects start each year?",
        "Number of PM projects started by the quarter's end, by the year the project starts.",
        Projects, KpiCounting.OncePerProject, [KpiDimension.Year])
    {
        Sql = c => $"SELECT {KpiBaseSql.StartYearText("p")} AS year, count(*), count(*) FROM kpi_project p WHERE {c.StartedByQuarterEnd("p")} GROUP BY 1 ORDER BY 1",
        ProjectsSql = c => c.StartedByQuarterEnd("p"),
    };

    public static KpiDefinition MedianGrantSize { get; } = new(
        "median-grant-size", "Median grant size",
        "How big is a typical personalised-medicine grant?",
        "Median of the grants of PM projects whose grant is known (the mean of the two middle grants for an even count)." + MoneyNote,
        Eur, KpiCounting.OncePerProject, [])
    {
        Decimals = 2,
        Sql = _ => """
            SELECT coalesce(percentile_cont(0.5) WITHIN GROUP (ORDER BY p.funding_eur), 0), count(p.funding_eur)
            FROM kpi_project p WHERE p.funding_eur IS NOT NULL
            """,
        ProjectsSql = _ => "p.funding_eur IS NOT NULL",
        // The projects left out for want of a grant are exactly the ones the missing-amount share must name.
        AmountBasisSql = _ => "TRUE",
    };

    public static KpiDefinition TopFunders { get; } = new(
        "top-funders", "Top funders",
        "Which funders put the most money into personalised medicine?",
        "The ten funders with the largest sum of PM grants, largest first (ties by funder id). A project linked across " +
        "funders (one ERA PerMed project reported by each national funder) counts once per funder, with that funder's part of its money." + MoneyNote,
        Eur, KpiCounting.OncePerProject, [KpiDimension.Funder, KpiDimension.FunderName])
    {
        Decimals = 2,
        Sql = _ => """
            SELECT coalesce(m.funder_id, 'unknown'), coalesce(max(f.name), m.funder_id, 'unknown'),
                   coalesce(sum(p.funding_eur * m.share), 0), count(*)
            FROM kpi_project_funder m JOIN kpi_project p ON p.source = m.source AND p.source_id = m.source_id
            LEFT JOIN funder f ON f.id = m.funder_id
            GROUP BY m.funder_id ORDER BY 3 DESC, 1 LIMIT 10
            """,
    };

    public static KpiDefinition DataFreshness { get; } = new(
        "data-freshness", "Data freshness per source",
        "How old is the data each number rests on?",
        "Per source: when its last successful harvest finished, and that harvest's age in whole days at the end of the " +
        "quarter (or now, for a quarter not yet over); 0 when it finished after the quarter ended. Projects: the source's PM projects.",
        "days", KpiCounting.OncePerProject, [KpiDimension.Source, KpiDimension.LastHarvest])
    {
        Filters = ["source"],
        Sql = _ => """
            SELECT h.source, max(h.finished_at), 0,
                   (SELECT count(*) FROM kpi_project p WHERE p.source = h.source)
            FROM harvest_run h WHERE h.status = 'succeeded' GROUP BY h.source ORDER BY h.source
            """,
        Finish = (context, rows) => [.. rows.Where(row => context.Filter.Sources.Count == 0 || context.Filter.Sources.Contains(row.Key[0])).Select(row =>
        {
            var finished = DateTimeOffset.Parse(row.Key[1], System.Globalization.CultureInfo.InvariantCulture);
            var age = Math.Max(0, Math.Floor((context.ReferenceInstant - finished).TotalDays));
            return row with { Value = (decimal)age };
        })],
    };
}
