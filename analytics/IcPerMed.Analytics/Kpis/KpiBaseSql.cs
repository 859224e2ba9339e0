using System.Text;
using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Analytics.Kpis;

/// <summary>
/// The three tables every KPI, gap and trend query reads, built once per computation in the connection's temporary
/// schema from the warehouse and the stored current classification (<c>current_classification</c>, what the
/// <c>project_classification</c> view decides, kept with it: analyst overrides always win):
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
        "DROP TABLE IF EXISTS kpi_project_funder",
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
    /// The WHERE clause selecting the projects <paramref name="filter"/> keeps over <c>project p</c> joined to a
    /// classification <c>c</c> (pm, c1 .. c5), and its parameters in order ($1, $2 ...).
    /// </summary>
    public static (string Where, object[] Args) Filter(KpiFilter filter, bool pmOnly)
    {
        var args = new List<object>();
        var where = new StringBuilder(pmOnly ? "c.pm" : "TRUE");
        if (filter.Sources.Count > 0)
            where.Append($" AND p.source IN ({Placeholders(args, filter.Sources)})");
        if (filter.Funders.Count > 0)
        {
            // A linked project belongs to every funder whose money in it counts.
            var funders = Placeholders(args, filter.Funders);
            where.Append($" AND (p.funder_id IN ({funders}) OR EXISTS (SELECT 1 FROM project_link fl JOIN project_link fm ON fm.link_id = fl.link_id")
                .Append($" WHERE fl.source = p.source AND fl.source_id = p.source_id AND fm.funding_counted AND fm.funder_id IN ({funders})))");
        }
        if (filter.FromYear is { } from)
            where.Append($" AND CAST(EXTRACT(year FROM p.start_date) AS INTEGER) >= {Placeholders(args, [from])}");
        if (filter.ToYear is { } to)
            where.Append($" AND CAST(EXTRACT(year FROM p.start_date) AS INTEGER) <= {Placeholders(args, [to])}");
        if (filter.StartedBy is { } startedBy)
            where.Append($" AND (p.start_date IS NULL OR p.start_date <= {KpiSqlContext.Literal(startedBy)})");
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
        // A snapshot's own list: its projects with the classification, money and lead country it counted them with.
        var (classification, leadCountry, funding) = filter.FrozenIn is { } snapshot
            ? ($"(SELECT * FROM kpi_snapshot_project WHERE snapshot_id = {snapshot.ToString(System.Globalization.CultureInfo.InvariantCulture)})",
                "c.lead_country", "c.funding_eur")
            : ("current_classification", "p.lead_country", "p.funding_eur");
        var sql = $"""
            CREATE TEMP TABLE kpi_project AS
            SELECT p.source, p.source_id, p.title, p.start_date, p.end_date, p.funder_id, {leadCountry} AS lead_country,
                   CASE WHEN l.link_id IS NULL THEN {funding} ELSE CAST(lf.funding_eur AS DECIMAL(18,2)) END AS funding_eur,
                   {flags}, {count} AS n_challenges
            FROM project p JOIN {classification} c ON c.source = p.source AND c.source_id = p.source_id
            LEFT JOIN project_link l ON l.source = p.source AND l.source_id = p.source_id
            LEFT JOIN ({LinkedFunding}) lf ON lf.link_id = l.link_id
            WHERE {where} AND (l.link_id IS NULL OR l.is_primary)
            """;
        return (sql, args);
    }

    /// <summary>
    /// A linked project's money: the sum over its records whose money counts (one per funder), so the EU grant CORDIS
    /// reports is not added again for the part of it the Research Council of Norway lists.
    /// </summary>
    private const string LinkedFunding =
        """
        SELECT m.link_id, sum(CASE WHEN m.funding_counted THEN q.funding_eur END) AS funding_eur
        FROM project_link m JOIN project q ON q.source = m.source AND q.source_id = m.source_id
        GROUP BY m.link_id
        """;

    /// <summary>
    /// Every KPI project's records: itself, and for a linked project (counted once, by its primary record) the other
    /// records whose money counts. Their participants and funders are the project's.
    /// </summary>
    private const string ProjectRecords =
        """
        SELECT k.source, k.source_id, k.source AS record_source, k.source_id AS record_source_id FROM kpi_project k
        UNION
        SELECT k.source, k.source_id, m.source, m.source_id
        FROM kpi_project k JOIN project_link l ON l.source = k.source AND l.source_id = k.source_id
        JOIN project_link m ON m.link_id = l.link_id AND m.funding_counted
        """;

    /// <summary>
    /// <c>kpi_project_funder</c>: one row per project and funder with the funder's share of the project's money
    /// (1 for an unlinked project; for a linked one each counted record's funding over the total, equal shares when no
    /// money is known), so per-funder sums never count a linked project's money twice.
    /// </summary>
    public const string ProjectFunders =
        """
        CREATE TEMP TABLE kpi_project_funder AS
        SELECT k.source, k.source_id, k.funder_id, CAST(1 AS DOUBLE PRECISION) AS share
        FROM kpi_project k
        WHERE NOT EXISTS (SELECT 1 FROM project_link l WHERE l.source = k.source AND l.source_id = k.source_id)
        UNION ALL
        SELECT k.source, k.source_id, m.funder_id,
               CASE WHEN k.funding_eur > 0 THEN CAST(coalesce(q.funding_eur, 0) AS DOUBLE PRECISION) / CAST(k.funding_eur AS DOUBLE PRECISION)
                    ELSE CAST(1 AS DOUBLE PRECISION) / count(*) OVER (PARTITION BY k.source, k.source_id) END
        FROM kpi_project k JOIN project_link l ON l.source = k.source AND l.source_id = k.source_id
        JOIN project_link m ON m.link_id = l.link_id AND m.funding_counted
        JOIN project q ON q.source = m.source AND q.source_id = m.source_id
        """;

    public static string ProjectChallenges =>
        "CREATE TEMP TABLE kpi_project_challenge AS\n" + string.Join("\nUNION ALL\n", Challenges.Select(code =>
            $"SELECT source, source_id, CAST('{code}' AS TEXT) AS challenge, CAST(1 AS DOUBLE PRECISION) / n_challenges AS weight FROM kpi_project WHERE {code} = 1"))
        + "\nUNION ALL\nSELECT source, source_id, CAST('none' AS TEXT), CAST(1 AS DOUBLE PRECISION) FROM kpi_project WHERE n_challenges = 0";

    public const string ProjectCountries =
        $"""
        CREATE TEMP TABLE kpi_project_country AS
        WITH records AS ({ProjectRecords}),
        by_country AS (
            SELECT r.source, r.source_id, x.country,
                   CAST(sum(coalesce(x.contribution_eur, 0)) AS DOUBLE PRECISION) AS contribution, count(*) AS participants
            FROM participation x JOIN records r ON r.record_source = x.source AND r.record_source_id = x.project_source_id
            WHERE x.country IS NOT NULL
            GROUP BY r.source, r.source_id, x.country),
        with_totals AS (
            -- The project's totals beside each of its countries in one pass (a window), not a second grouping joined back:
            -- PostgreSQL sorted both sides for a merge join (0.64 s against 0.53 s for this statement at 1,000,000 projects).
            SELECT source, source_id, country, contribution, participants,
                   sum(contribution) OVER (PARTITION BY source, source_id) AS project_contribution,
                   sum(participants) OVER (PARTITION BY source, source_id) AS project_participants
            FROM by_country)
        SELECT source, source_id, country,
               CASE WHEN project_contribution > 0 THEN contribution / project_contribution
                    ELSE CAST(participants AS DOUBLE PRECISION) / project_participants END AS share
        FROM with_totals
        UNION ALL
        SELECT k.source, k.source_id, k.lead_country, CAST(1 AS DOUBLE PRECISION)
        FROM kpi_project k
        WHERE NOT EXISTS (SELECT 1 FROM by_country t WHERE t.source = k.source AND t.source_id = k.source_id)
        """;

    /// <summary>
    /// Every statement that builds the base tables, in order, with its parameters; <c>Table</c> names the table a
    /// statement completes (null for the statements before it).
    /// </summary>
    /// <remarks>
    /// The store's <see cref="AnalysisSession"/> comes first (PostgreSQL's planner settings). Each table is analysed once
    /// built where the session says so: PostgreSQL's autovacuum never analyses temporary tables ("appropriate vacuum
    /// and analyze operations should be performed via session SQL commands", CREATE TABLE docs). Without statistics it
    /// sorted for merge joins and hashed the whole participation table; at 1,000,000 projects the challenge KPIs and
    /// the gap matrix took 2-4x as long and the KPI set about 20 % longer (docs/benchmarks.md). DuckDB takes the same
    /// statement in a few milliseconds. kpi_project is analysed on the columns queries join, filter or group on only:
    /// sampling the titles would cost more than the rest.
    /// </remarks>
    public static IEnumerable<(string? Table, string Sql, object[] Args)> Statements(KpiFilter filter, AnalysisSession session)
    {
        foreach (var setting in session.Settings)
            yield return (null, setting, []);
        foreach (var drop in Drop)
            yield return (null, drop, []);
        var (projects, args) = Projects(filter);
        yield return (null, projects, args);
        yield return Built("kpi_project", "ANALYZE kpi_project (source, source_id, start_date, funder_id, funding_eur)");
        yield return (null, ProjectChallenges, []);
        yield return Built("kpi_project_challenge", "ANALYZE kpi_project_challenge");
        yield return (null, ProjectCountries, []);
        yield return Built("kpi_project_country", "ANALYZE kpi_project_country");
        yield return (null, ProjectFunders, []);
        yield return Built("kpi_project_funder", "ANALYZE kpi_project_funder");

        // DuckDB keeps statistics of a table as it is written; only PostgreSQL needs them gathered (the session says which).
        (string?, string, object[]) Built(string table, string analyse) => (table, session.AnalyseTemporaryTables ? analyse : "SELECT 1", []);
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
