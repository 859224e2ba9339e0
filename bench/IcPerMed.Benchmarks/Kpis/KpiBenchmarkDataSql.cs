namespace IcPerMed.Benchmarks.Kpis;

/// <summary>
/// The SQL of <see cref="KpiBenchmarkData"/>, one text for both stores. Copies are made in rounds: round r copies every
/// original project once, as <c>source_id || '-r' || r</c>, with its dates moved back r % 40 quarters.
/// </summary>
internal static class KpiBenchmarkDataSql
{
    public const int QuarterSpread = 40;

    /// <summary>The projects there are before scaling, numbered from 0, with the id of each one's newest analyst override.</summary>
    public const string Originals =
        """
        CREATE TEMP TABLE bench_original AS
        SELECT p.source, p.source_id, CAST(row_number() OVER (ORDER BY p.source, p.source_id) - 1 AS BIGINT) AS ord,
               (SELECT max(o.id) FROM label_override o WHERE o.source = p.source AND o.source_id = p.source_id) AS override_id
        FROM project p
        """;

    /// <summary>
    /// The copies of rounds $1 to $2: copy number (r - 1) * originals + ord, kept while below $3 (the copies wanted).
    /// </summary>
    public const string Copies =
        """
        CREATE TEMP TABLE bench_copy AS
        SELECT o.source, o.source_id, o.override_id, g.r, o.source_id || '-r' || CAST(g.r AS TEXT) AS copy_id
        FROM bench_original o CROSS JOIN generate_series(CAST($1 AS BIGINT), CAST($2 AS BIGINT)) AS g(r)
        WHERE (g.r - 1) * (SELECT count(*) FROM bench_original) + o.ord < CAST($3 AS BIGINT)
        """;

    public static readonly string[] Drop = ["DROP TABLE IF EXISTS bench_copy", "DROP TABLE IF EXISTS bench_original"];

    public static string Projects { get; } = Copy("project",
        ["source", "source_id", "acronym", "title", "abstract", "status", "start_date", "end_date", "funder_id", "framework",
         "programme_code", "call_code", "topic_code", "funding_scheme", "funding_amount", "funding_currency", "funding_eur", "eur_rate",
         "eur_rate_date", "eur_rate_source", "funding_basis", "total_cost_amount", "total_cost_eur", "lead_country", "harvest_run_id",
         "fetched_at", "raw_hash", "source_file", "source_line"],
        new Dictionary<string, string>
        {
            ["source_id"] = "c.copy_id",
            ["start_date"] = Shifted("x.start_date"),
            ["end_date"] = Shifted("x.end_date"),
        },
        "x.source = c.source AND x.source_id = c.source_id");

    public static string Participations { get; } = Copy("participation",
        ["source", "project_source_id", "organisation_source_id", "role", "country", "position", "contribution_amount",
         "contribution_currency", "contribution_eur", "eur_rate", "eur_rate_date", "eur_rate_source", "harvest_run_id", "fetched_at",
         "raw_hash", "source_file", "source_line"],
        new Dictionary<string, string> { ["project_source_id"] = "c.copy_id" },
        "x.source = c.source AND x.project_source_id = c.source_id");

    /// <summary>Only the predictions of the model <c>project_classification</c> reads.</summary>
    public static string Predictions { get; } = Copy("prediction",
        ["source", "source_id", "model_version", "pm", "c1", "c2", "c3", "c4", "c5", "pm_score", "c1_score", "c2_score", "c3_score",
         "c4_score", "c5_score", "top_terms", "predicted_at", "decided_by", "text_words", "minimum_words", "source_signal",
         "text_language", "model_language_share"],
        new Dictionary<string, string> { ["source_id"] = "c.copy_id" },
        "x.source = c.source AND x.source_id = c.source_id AND x.model_version = " + CurrentModel);

    /// <summary>The stored current decision (kept by classify and label in the product), copied with its project.</summary>
    public static string Classifications { get; } = Copy("current_classification",
        ["source", "source_id", "pm", "c1", "c2", "c3", "c4", "c5", "decided_by"],
        new Dictionary<string, string> { ["source_id"] = "c.copy_id" },
        "x.source = c.source AND x.source_id = c.source_id");

    /// <summary>Only the newest override of each project, the one <c>project_classification</c> reads.</summary>
    public static string Overrides { get; } = Copy("label_override",
        ["id", "source", "source_id", "pm", "c1", "c2", "c3", "c4", "c5", "analyst", "reason", "created_at"],
        new Dictionary<string, string> { ["id"] = "nextval('label_override_id_seq')", ["source_id"] = "c.copy_id" },
        "x.id = c.override_id");

    public const string Counts =
        """
        SELECT (SELECT count(*) FROM project), (SELECT count(*) FROM participation),
               (SELECT count(*) FROM prediction WHERE model_version = (SELECT m.version FROM classifier_model m
                                                                    ORDER BY m.registered_at DESC, m.version DESC LIMIT 1)),
               (SELECT count(*) FROM label_override), (SELECT count(*) FROM project_classification WHERE pm)
        """;

    /// <summary>After a bulk insert: PostgreSQL's planner needs fresh statistics (autovacuum would get there later).</summary>
    public static IReadOnlyList<string> Settle(string store) => store == "postgresql"
        ? ["VACUUM ANALYZE project", "VACUUM ANALYZE participation", "VACUUM ANALYZE prediction", "VACUUM ANALYZE label_override",
           "VACUUM ANALYZE current_classification"]
        : ["CHECKPOINT"];

    private const string CurrentModel =
        "(SELECT m.version FROM classifier_model m ORDER BY m.registered_at DESC, m.version DESC LIMIT 1)";

    // DATE - INTERVAL is a timestamp in both stores; the cast brings it back to a date (month ends clamp alike).
    private static string Shifted(string column) =>
        $"CAST({column} - INTERVAL '3 months' * CAST(c.r % {QuarterSpread} AS INTEGER) AS DATE)";

    private static string Copy(string table, string[] columns, Dictionary<string, string> replaced, string join) => $"""
        INSERT INTO {table} ({string.Join(", ", columns)})
        SELECT {string.Join(", ", columns.Select(column => replaced.GetValueOrDefault(column, "x." + column)))}
        FROM bench_copy c JOIN {table} x ON {join}
        """;
}
