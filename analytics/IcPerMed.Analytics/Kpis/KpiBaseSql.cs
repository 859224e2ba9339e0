using System.Text;

namespace IcPerMed.Analytics.Kpis;

/// <summary>
/// The three tables every KPI, gap and trend query reads, built once per computation in the connection's temporary
/// schema from the warehouse and the <c>project_classification</c> view (so analyst overrides always win):
/// <list type="bullet">
/// <item><c>kpi_project</c>: the personalised-medicine projects that pass the filter, with their challenge flags;</item>
/// <item><c>kpi_project_challenge</c>: one row per project and challenge it touches, weight 1/n over its n challenges
/// ('none' with weight 1 when it touches none), so apportioned sums add up to the whole;</item>
/// <item><c>kpi_project_country</c>: one row per project and participant country, with the country's share of the
/// project: its participants' contributions over all contributions (equal per participant when no contribution is
/// known; the lead country, share 1, when there are no participants; country NULL when neither is known).</item>
/// </list>
/// </summary>
internal static class KpiBaseSql
{
    public static IReadOnlyList<string> Challenges { get; } = ["c1", "c2", "c3", "c4", "c5"];

    public static readonly string[] Drop =
    [
        "DROP TABLE IF EXISTS kpi_project_country",
        "DROP TABLE IF EXISTS kpi_project_challenge",
        "DROP TABLE IF EXISTS kpi_project",
    ];

    public static string StartYearText(string alias) =>
        $"coalesce(CAST(CAST(EXTRACT(year FROM {alias}.start_date) AS INTEGER) AS TEXT), 'unknown')";

    public static string StartQuarterText(string alias) =>
        $"coalesce(CAST(CAST(EXTRACT(year FROM {alias}.start_date) AS INTEGER) AS TEXT) || 'Q' || " +
        $"CAST(CAST(EXTRACT(quarter FROM {alias}.start_date) AS INTEGER) AS TEXT), 'unknown')";

    /// <summary>
    /// The WHERE clause selecting the projects <paramref name="filter"/> keeps over <c>project p</c> joined to
    /// <c>project_classification c</c>, and its parameters in order ($1, $2 ...).
    /// </summary>
    public static (string Where, object[] Args) Filter(KpiFilter filter, bool pmOnly)
    {
        var args = new List<object>();
        var where = new StringBuilder(pmOnly ? "c.pm" : "TRUE");
        if (filter.Sources.Count > 0)
            where.Append($" AND p.source IN ({Placeholders(args, filter.Sources)})");
        if (filter.Funders.Count > 0)
            where.Append($" AND p.funder_id IN ({Placeholders(args, filter.Funders)})");
        if (filter.FromYear is { } from)
            where.Append($" AND CAST(EXTRACT(year FROM p.start_date) AS INTEGER) >= {Placeholders(args, [from])}");
        if (filter.ToYear is { } to)
            where.Append($" AND CAST(EXTRACT(year FROM p.start_date) AS INTEGER) <= {Placeholders(args, [to])}");
        if (filter.Challenges.Count > 0)
            where.Append(" AND (").AppendJoin(" OR ", filter.Challenges.Select(ChallengeColumn)).Append(')');
        if (filter.Countries.Count > 0)
        {
            var countries = Placeholders(args, filter.Countries);
            where.Append($" AND (p.lead_country IN ({countries}) OR EXISTS (SELECT 1 FROM participation x WHERE x.source = p.source")
                .Append($" AND x.project_source_id = p.source_id AND x.country IN ({countries})))");
        }
        return (where.ToString(), [.. args]);
    }

    /// <summary>The statement creating <c>kpi_project</c>, and its parameters in order ($1, $2 ...).</summary>
    public static (string Sql, object[] Args) Projects(KpiFilter filter)
    {
        var (where, args) = Filter(filter, pmOnly: true);
        var flags = string.Join(", ", Challenges.Select(code => $"CAST(c.{code} AS INTEGER) AS {code}"));
        var count = string.Join(" + ", Challenges.Select(code => $"CAST(c.{code} AS INTEGER)"));
        var sql = $"""
            CREATE TEMP TABLE kpi_project AS
            SELECT p.source, p.source_id, p.title, p.start_date, p.end_date, p.funder_id, p.lead_country, p.funding_eur,
                   {flags}, {count} AS n_challenges
            FROM project p JOIN project_classification c ON c.source = p.source AND c.source_id = p.source_id
            WHERE {where}
            """;
        return (sql, args);
    }

    public static string ProjectChallenges =>
        "CREATE TEMP TABLE kpi_project_challenge AS\n" + string.Join("\nUNION ALL\n", Challenges.Select(code =>
            $"SELECT source, source_id, CAST('{code}' AS TEXT) AS challenge, CAST(1 AS DOUBLE PRECISION) / n_challenges AS weight FROM kpi_project WHERE {code} = 1"))
        + "\nUNION ALL\nSELECT source, source_id, CAST('none' AS TEXT), CAST(1 AS DOUBLE PRECISION) FROM kpi_project WHERE n_challenges = 0";

    public const string ProjectCountries =
        """
        CREATE TEMP TABLE kpi_project_country AS
        WITH by_country AS (
            SELECT x.source, x.project_source_id AS source_id, x.country,
                   CAST(sum(coalesce(x.contribution_eur, 0)) AS DOUBLE PRECISION) AS contribution, count(*) AS participants
            FROM participation x JOIN kpi_project k ON k.source = x.source AND k.source_id = x.project_source_id
            WHERE x.country IS NOT NULL
            GROUP BY x.source, x.project_source_id, x.country),
        by_project AS (
            SELECT source, source_id, sum(contribution) AS contribution, sum(participants) AS participants
            FROM by_country GROUP BY source, source_id)
        SELECT c.source, c.source_id, c.country,
               CASE WHEN t.contribution > 0 THEN c.contribution / t.contribution
                    ELSE CAST(c.participants AS DOUBLE PRECISION) / t.participants END AS share
        FROM by_country c JOIN by_project t ON t.source = c.source AND t.source_id = c.source_id
        UNION ALL
        SELECT k.source, k.source_id, k.lead_country, CAST(1 AS DOUBLE PRECISION)
        FROM kpi_project k
        WHERE NOT EXISTS (SELECT 1 FROM by_project t WHERE t.source = k.source AND t.source_id = k.source_id)
        """;

    /// <summary>
    /// Every statement that builds the base tables, in order, with its parameters; <c>Table</c> names the table a
    /// statement completes (null for the statements before it).
    /// </summary>
    /// <remarks>
    /// Each table is analysed once built: PostgreSQL's autovacuum never analyses temporary tables ("appropriate vacuum
    /// and analyze operations should be performed via session SQL commands", CREATE TABLE docs). Without statistics it
    /// sorted for merge joins and hashed the whole participation table; at 1,000,000 projects the challenge KPIs and
    /// the gap matrix took 2-4x as long and the KPI set about 20 % longer (docs/benchmarks.md). DuckDB takes the same
    /// statement in a few milliseconds. kpi_project is analysed on the columns queries join, filter or group on only:
    /// sampling the titles would cost more than the rest.
    /// </remarks>
    public static IEnumerable<(string? Table, string Sql, object[] Args)> Statements(KpiFilter filter)
    {
        foreach (var drop in Drop)
            yield return (null, drop, []);
        var (projects, args) = Projects(filter);
        yield return (null, projects, args);
        yield return ("kpi_project", "ANALYZE kpi_project (source, source_id, start_date, funder_id, funding_eur)", []);
        yield return (null, ProjectChallenges, []);
        yield return ("kpi_project_challenge", "ANALYZE kpi_project_challenge", []);
        yield return (null, ProjectCountries, []);
        yield return ("kpi_project_country", "ANALYZE kpi_project_country", []);
    }

    /// <summary>The challenge codes as a VALUES list, so every challenge has a row even when no project touches it.</summary>
    public static string ChallengeList(bool withNone) =>
        "(VALUES " + string.Join(", ", (withNone ? [.. Challenges, "none"] : Challenges).Select((c, i) => $"('{c}', {i})"))
        + ") AS ch(challenge, ord)";

    private static string ChallengeColumn(string code) =>
        Challenges.Contains(code) ? "c." + code : throw new ArgumentException($"'{code}' is not a challenge: use c1 .. c5", nameof(code));

    private static string Placeholders<T>(List<object> args, IEnumerable<T> values) where T : notnull =>
        string.Join(", ", values.Select(value =>
        {
            args.Add(value);
            return "$" + args.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }));
}
