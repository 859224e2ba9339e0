using System.Data.Common;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Analytics.Exports;

/// <summary>The project records an export lists, live or as a snapshot counted them.</summary>
public static class WarehouseExports
{
    /// <summary>A project <c>p</c>'s participant countries, ';'-joined in order, as exports give them.</summary>
    private const string ParticipantCountries =
        "(SELECT string_agg(DISTINCT x.country, ';' ORDER BY x.country) FROM participation x " +
        "WHERE x.source = p.source AND x.project_source_id = p.source_id AND x.country IS NOT NULL)";

    /// <summary>
    /// The projects <paramref name="filter"/> keeps, PM ones only unless <paramref name="pmOnly"/> is false, with their
    /// classification (override else current model) and participant countries, in source and id order.
    /// </summary>
    public static async Task<IReadOnlyList<ExportProject>> GetProjectsForExportAsync(this Warehouse.Warehouse warehouse, KpiFilter filter, bool pmOnly, CancellationToken cancellationToken)
    {
        var (where, args) = KpiBaseSql.Filter(filter, pmOnly);
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryAsync(
            $"""
            SELECT p.source, p.source_id, p.acronym, p.title, p.abstract, p.start_date, p.end_date, p.funder_id,
                   p.funding_amount, p.funding_currency, p.funding_eur, p.eur_rate, p.eur_rate_date, p.lead_country,
                   {ParticipantCountries},
                   c.pm, c.c1, c.c2, c.c3, c.c4, c.c5, c.decided_by, c.model_version, c.pm_score, p.harvest_run_id, p.fetched_at
            FROM project p JOIN project_classification c ON c.source = p.source AND c.source_id = p.source_id
            WHERE {where}
            ORDER BY p.source, p.source_id
            """,
            ReadExportProject, cancellationToken, args).ConfigureAwait(false);
    }

    private static ExportProject ReadExportProject(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetTextOrNull(2), r.GetTextOrNull(3), r.GetTextOrNull(4), r.GetDateOrNull(5),
        r.GetDateOrNull(6), r.GetTextOrNull(7), r.GetDecimalOrNull(8), r.GetTextOrNull(9), r.GetDecimalOrNull(10),
        r.IsDBNull(11) ? null : (double)r.GetDecimalOrNull(11)!.Value, r.GetDateOrNull(12), r.GetTextOrNull(13), r.GetTextOrNull(14),
        Flag(r, 15), [.. Enumerable.Range(16, 5).Select(i => Flag(r, i))], r.GetTextOrNull(21), r.GetTextOrNull(22),
        r.IsDBNull(23) ? null : r.GetDouble(23), r.GetCount(24), r.GetTimestamp(25)!.Value);

    private static bool? Flag(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetBoolean(i);

    /// <summary>
    /// The PM projects snapshot <paramref name="snapshotId"/> counted, as an export gives them: the record as stored now
    /// (title, dates, provenance) with the classification and money frozen in the snapshot; null when the snapshot was
    /// taken before snapshots kept their project list.
    /// </summary>
    public static async Task<IReadOnlyList<ExportProject>?> GetSnapshotProjectsForExportAsync(this Warehouse.Warehouse warehouse, long snapshotId, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (await connection.ScalarAsync<bool?>(null, "SELECT projects_listed FROM kpi_snapshot WHERE id = $1", cancellationToken, snapshotId)
                .ConfigureAwait(false) != true)
            return null;
        return await connection.QueryAsync(
            $"""
            SELECT p.source, p.source_id, p.acronym, p.title, p.abstract, p.start_date, p.end_date, p.funder_id,
                   s.funding_amount, s.funding_currency, s.funding_eur, p.eur_rate, p.eur_rate_date, s.lead_country,
                   {ParticipantCountries},
                   s.pm, s.c1, s.c2, s.c3, s.c4, s.c5, s.decided_by, s.model_version, s.pm_score, p.harvest_run_id, p.fetched_at
            FROM kpi_snapshot_project s JOIN project p ON p.source = s.source AND p.source_id = s.source_id
            WHERE s.snapshot_id = $1
            ORDER BY p.source, p.source_id
            """,
            ReadExportProject, cancellationToken, snapshotId).ConfigureAwait(false);
    }
}
