namespace IcPerMed.Analytics.Warehouse.Harvest;

/// <summary>
/// Checks and derived values computed across a run's staged files in SQL, so that connectors can stream
/// files in any order without holding one in memory to look up another.
/// </summary>
internal static class DerivationSql
{
    private const string QuarantineColumns =
        "harvest_run_id, source, source_file, source_line, field, reason, source_id, raw, quarantined_at";

    /// <summary>Second and later records with the same project id: the first is kept, the others quarantined.</summary>
    public const string QuarantineDuplicateProjects =
        $"""
        INSERT INTO stage_quarantine ({QuarantineColumns})
        SELECT harvest_run_id, source, source_file, source_line, 'id',
               'duplicate project id ' || source_id || ': the record at line ' || CAST(first_line AS TEXT) || ' was kept',
               source_id, title, fetched_at
        FROM (SELECT *, min(source_line) OVER (PARTITION BY source_id) AS first_line,
                     row_number() OVER (PARTITION BY source_id ORDER BY source_line, source_file) AS occurrence
              FROM stage_project) ranked
        WHERE occurrence > 1
        """;

    internal static string OrphanParticipation(string projects, string participations) =>
        $"""
        NOT EXISTS (SELECT 1 FROM {projects} p WHERE p.source_id = {participations}.project_source_id)
        AND NOT EXISTS (SELECT 1 FROM project p WHERE p.source = {participations}.source AND p.source_id = {participations}.project_source_id)
        """;

    /// <summary>A participation in a project that neither this run nor the warehouse knows is quarantined.</summary>
    public static string QuarantineOrphanParticipations(string projects, string participations) =>
        $"""
        INSERT INTO stage_quarantine ({QuarantineColumns})
        SELECT harvest_run_id, source, source_file, source_line, 'projectID',
               'participation in unknown project ' || project_source_id, project_source_id, organisation_source_id, fetched_at
        FROM {participations} WHERE {OrphanParticipation(projects, participations)}
        """;

    public static string DeleteOrphanParticipations(string projects, string participations) =>
        $"DELETE FROM {participations} WHERE {OrphanParticipation(projects, participations)}";

    /// <summary>
    /// The participations a derivation reads: this run's, and for projects this run delivered none for (a project file
    /// harvested without its organisation file) the ones already stored, so that a partial harvest re-derives the
    /// lead country and funding from what is known instead of blanking them. <c>$1</c> is the run's source.
    /// </summary>
    internal static string KnownParticipations(string participations) =>
        $"""
        (SELECT project_source_id, role, country, contribution_amount, contribution_currency, contribution_eur FROM {participations}
         UNION ALL
         SELECT project_source_id, role, country, contribution_amount, contribution_currency, contribution_eur FROM participation stored
         WHERE stored.source = $1
           AND NOT EXISTS (SELECT 1 FROM {participations} staged WHERE staged.project_source_id = stored.project_source_id))
        """;

    /// <summary>The lead country is the coordinator's, when the project record does not name it. <c>$1</c>: the source.</summary>
    public static string LeadCountryFromCoordinator(string projects, string participations) =>
        $"""
        UPDATE {projects} SET lead_country = c.country
        FROM (SELECT project_source_id, min(country) AS country FROM {KnownParticipations(participations)} known
              WHERE role = 'coordinator' AND country IS NOT NULL GROUP BY project_source_id) c
        WHERE {projects}.source_id = c.project_source_id AND {projects}.lead_country IS NULL
        """;

    /// <summary>
    /// When the source gives no project amount (the kept CORDIS edition leaves ecMaxContribution empty), the
    /// funding is the sum of the participants' contributions in EUR. A participant without an amount (an associated
    /// partner, a third party) receives nothing from the grant and counts as 0; the funding is "not stated" only when
    /// no participant states an amount, and is left alone when a contribution is in another currency.
    /// <c>$1</c>: the source.
    /// </summary>
    public static string FundingFromParticipations(string projects, string participations) =>
        $"""
        UPDATE {projects} SET funding_amount = s.amount, funding_currency = 'EUR', funding_eur = s.amount_eur,
               eur_rate = 1, eur_rate_date = {projects}.start_date, eur_rate_source = 'EUR (no conversion)',
               funding_basis = '{FundingBasis.SumOfParticipations}'
        FROM (SELECT project_source_id, sum(contribution_amount) AS amount, sum(contribution_eur) AS amount_eur
              FROM {KnownParticipations(participations)} known GROUP BY project_source_id
              HAVING count(contribution_amount) > 0
                 AND min(contribution_currency) = 'EUR' AND max(contribution_currency) = 'EUR') s
        WHERE {projects}.source_id = s.project_source_id AND {projects}.funding_amount IS NULL
        """;

    public const string InsertQuarantine =
        $"INSERT INTO quarantine (id, {QuarantineColumns}, amount, currency) SELECT nextval('quarantine_id_seq'), {QuarantineColumns}, amount, currency FROM stage_quarantine";
}
