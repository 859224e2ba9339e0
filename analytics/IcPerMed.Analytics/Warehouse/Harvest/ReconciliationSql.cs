using IcPerMed.Analytics.Reconciliation;

namespace IcPerMed.Analytics.Warehouse.Harvest;

/// <summary>
/// The queries that count, at commit, what a run read, quarantined and stored (see <see cref="ReconciliationItem"/>).
/// Each returns rows of (detail, count, amount).
/// </summary>
internal static class ReconciliationSql
{
    public static string StatedFunding(string projects, string filter = "TRUE") =>
        $"""
        SELECT coalesce(funding_currency, '?'), count(*), sum(funding_amount) FROM {projects}
        WHERE funding_amount IS NOT NULL AND funding_basis = '{FundingBasis.Reported}' AND {filter} GROUP BY 1
        """;

    /// <summary>The duplicate project records the commit quarantines (all but each id's first line).</summary>
    public static string DuplicateStatedFunding(string projects) =>
        StatedFunding(
            $"(SELECT *, row_number() OVER (PARTITION BY source_id ORDER BY source_line, source_file) AS occurrence FROM {projects}) ranked",
            "occurrence > 1");

    public static string Contributions(string participations, string filter = "TRUE") =>
        $"""
        SELECT coalesce(contribution_currency, '?'), count(*), sum(contribution_amount) FROM {participations}
        WHERE contribution_amount IS NOT NULL AND {filter} GROUP BY 1
        """;

    /// <summary>
    /// The run's projects without stated funding whose participants (this run's, or the stored ones when the run
    /// brought none) state an amount, and the sum of those amounts. <c>$1</c>: the source.
    /// </summary>
    public static string DerivableFunding(string projects, string participations) =>
        $"""
        SELECT 'EUR', count(*), sum(s.amount) FROM {projects} p
        JOIN (SELECT project_source_id, sum(contribution_amount) AS amount FROM {DerivationSql.KnownParticipations(participations)} known
              GROUP BY project_source_id HAVING count(contribution_amount) > 0) s ON s.project_source_id = p.source_id
        WHERE p.funding_amount IS NULL
        """;

    /// <summary>What the warehouse holds, after the merge, for the run's project keys.</summary>
    public static string StoredStatedFunding(string projects) =>
        $"""
        SELECT coalesce(t.funding_currency, '?'), count(*), sum(t.funding_amount) FROM project t
        JOIN {projects} d ON t.source = d.source AND t.source_id = d.source_id
        WHERE t.funding_amount IS NOT NULL AND t.funding_basis = '{FundingBasis.Reported}' GROUP BY 1
        """;

    public static string StoredDerivedFunding(string projects) =>
        $"""
        SELECT 'EUR', count(*), sum(t.funding_amount) FROM project t JOIN {projects} d ON t.source = d.source AND t.source_id = d.source_id
        WHERE t.funding_basis = '{FundingBasis.SumOfParticipations}' AND d.funding_basis = '{FundingBasis.SumOfParticipations}'
        """;

    public static string StoredContributions(string participations) =>
        $"""
        SELECT coalesce(t.contribution_currency, '?'), count(*), sum(t.contribution_amount) FROM participation t
        JOIN {participations} d ON t.source = d.source AND t.project_source_id = d.project_source_id
         AND t.organisation_source_id = d.organisation_source_id AND t.role = d.role AND t.position = d.position
        WHERE t.contribution_amount IS NOT NULL GROUP BY 1
        """;

    /// <summary>
    /// Per file, the distinct lines that became a staged record or a quarantined record, and how many of them were
    /// quarantined. Every row a connector reads becomes one or the other, so "read" here is what the file held. A
    /// quarantine row that carries an amount is about the money when its line was also staged (the record was stored
    /// without it, see <see cref="Model.QuarantinedRecord.Amount"/>): that line counts as stored. When nothing else of
    /// its line was staged (an NHMRC row without an APP ID, its dollars kept), the whole row was quarantined.
    /// </summary>
    public static string RowsPerFile(IEnumerable<string> stagingTables) =>
        $"""
        WITH staged AS ({string.Join(" UNION ", stagingTables
            .Select(t => $"SELECT coalesce(source_file, '(no file)') AS f, coalesce(source_line, -1) AS l FROM {t}"))}),
        held AS (SELECT coalesce(source_file, '(no file)') AS f, coalesce(source_line, -1) AS l, amount FROM stage_quarantine),
        lines AS (SELECT f, l FROM staged UNION SELECT f, l FROM held),
        quarantined AS (SELECT f, l FROM held WHERE amount IS NULL UNION (SELECT f, l FROM held EXCEPT SELECT f, l FROM staged))
        SELECT lines.f, count(*), count(quarantined.l) FROM lines
        LEFT JOIN quarantined ON quarantined.f = lines.f AND quarantined.l = lines.l
        GROUP BY lines.f
        """;

    /// <summary>Money in the records the connector quarantined, per currency (before the commit adds its own).</summary>
    public const string QuarantinedMoney =
        "SELECT coalesce(currency, '?'), count(*), sum(amount) FROM stage_quarantine WHERE amount IS NOT NULL GROUP BY 1";

    public const string Insert =
        """
        INSERT INTO harvest_reconciliation (harvest_run_id, source, item, detail, read_count, stored_count, quarantined_count,
            read_amount, stored_amount, quarantined_amount)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
        """;
}
