namespace IcPerMed.Analytics.Kpis;

/// <summary>
/// One part of a KPI row's key (a year, a challenge, a country ...). <see cref="DrillSql"/> selects the projects
/// behind a key value: a predicate over the KPI base table (alias <c>p</c>) with one text parameter, or null when the
/// dimension only labels a row (a funder's name) and does not narrow it.
/// </summary>
public sealed record KpiDimension(string Name, string Description, string? DrillSql)
{
    public static KpiDimension Year { get; } = new("year", "start year of the project ('unknown' without a start date)",
        $"{KpiBaseSql.StartYearText("p")} = $1");

    public static KpiDimension Quarter { get; } = new("quarter", "start quarter of the project, e.g. 2026Q3",
        $"{KpiBaseSql.StartQuarterText("p")} = $1");

    public static KpiDimension Comparison { get; } = new("comparison", "this quarter, the previous quarter, or the same quarter last year", null);

    public static KpiDimension Challenge { get; } = new("challenge", "ICPerMed Action Plan challenge c1..c5 ('none': no challenge)",
        "EXISTS (SELECT 1 FROM kpi_project_challenge d WHERE d.source = p.source AND d.source_id = p.source_id AND d.challenge = $1)");

    public static KpiDimension Country { get; } = new("country", "participant country, ISO 3166 alpha-2 ('unknown' without one)",
        "EXISTS (SELECT 1 FROM kpi_project_country d WHERE d.source = p.source AND d.source_id = p.source_id AND coalesce(d.country, 'unknown') = $1)");

    public static KpiDimension Funder { get; } = new("funder", "funder id", KpiFunderDrill.Sql);

    public static KpiDimension FunderName { get; } = new("funder_name", "funder name", null);

    public static KpiDimension Source { get; } = new("source", "data source", "p.source = $1");

    public static KpiDimension LastHarvest { get; } = new("last_harvest", "when the source's last successful harvest finished (UTC)", null);
}
