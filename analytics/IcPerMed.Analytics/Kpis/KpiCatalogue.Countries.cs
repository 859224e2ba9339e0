namespace IcPerMed.Analytics.Kpis;

public static partial class KpiCatalogue
{
    private const string CountryNote = " A project's countries are its participants' countries (its lead country when no participant is known).";

    public static KpiDefinition FundingPerCountry { get; } = new(
        "funding-per-country", "PM funding per country (apportioned)",
        "Where does PM money go?",
        "Each PM project's grant split across its participants' countries by their share of the participants' contributions " +
        "(equally per participant when no contribution is known), so the countries add up to total PM funding." + CountryNote + MoneyNote,
        Eur, KpiCounting.Apportioned, [KpiDimension.Country])
    {
        Decimals = 2,
        Sql = _ => """
            SELECT coalesce(c.country, 'unknown'), coalesce(sum(p.funding_eur * c.share), 0), count(*)
            FROM kpi_project_country c JOIN kpi_project p ON p.source = c.source AND p.source_id = c.source_id
            GROUP BY 1 ORDER BY 2 DESC, 1
            """,
        TotalSql = _ => "SELECT coalesce(sum(funding_eur), 0) FROM kpi_project",
    };

    public static KpiDefinition ProjectsPerCountry { get; } = new(
        "projects-per-country", "PM projects per country (any-match)",
        "In how many PM projects does each country take part?",
        "Number of PM projects with at least one participant in the country; a project counts once in every country it involves." + CountryNote,
        Projects, KpiCounting.AnyMatch, [KpiDimension.Country])
    {
        Sql = _ => """
            SELECT coalesce(c.country, 'unknown'), count(*), count(*)
            FROM kpi_project_country c GROUP BY 1 ORDER BY 2 DESC, 1
            """,
    };

    public static KpiDefinition ChallengeCoveragePerCountry { get; } = new(
        "challenge-coverage-per-country", "Challenge coverage per country",
        "Which countries work on all five Action Plan challenges, and which leave some uncovered?",
        "Per country: how many of the five challenges at least one of its PM projects touches. Projects: its PM projects " +
        "that touch any challenge. The gap matrix (icpermed gaps) shows which challenges are missing." + CountryNote,
        "challenges (of 5)", KpiCounting.OncePerProject, [KpiDimension.Country])
    {
        Sql = _ => """
            SELECT coalesce(c.country, 'unknown'), count(DISTINCT h.challenge), count(DISTINCT c.source || ':' || c.source_id)
            FROM kpi_project_country c
            JOIN kpi_project_challenge h ON h.source = c.source AND h.source_id = c.source_id AND h.challenge <> 'none'
            GROUP BY 1 ORDER BY 2 DESC, 1
            """,
        ProjectsSql = _ => "p.n_challenges > 0",
    };

    public static KpiDefinition TransnationalCollaborationRate { get; } = new(
        "transnational-collaboration-rate", "Transnational collaboration rate",
        "How much PM research is done across borders?",
        "Share of PM projects with participants in two or more countries, among PM projects whose participants' countries " +
        "are known. Projects: the transnational ones.",
        "%", KpiCounting.OncePerProject, [])
    {
        Decimals = 1,
        Sql = _ => """
            SELECT CASE WHEN count(*) = 0 THEN 0
                        ELSE 100.0 * sum(CASE WHEN n >= 2 THEN 1 ELSE 0 END) / count(*) END,
                   coalesce(sum(CASE WHEN n >= 2 THEN 1 ELSE 0 END), 0)
            FROM (SELECT source, source_id, count(*) AS n FROM kpi_project_country
                  WHERE country IS NOT NULL GROUP BY source, source_id) t
            """,
        ProjectsSql = _ => """
            (SELECT count(*) FROM kpi_project_country d
             WHERE d.source = p.source AND d.source_id = p.source_id AND d.country IS NOT NULL) >= 2
            """,
    };
}
