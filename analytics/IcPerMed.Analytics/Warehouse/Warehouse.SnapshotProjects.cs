using System.Data.Common;
using System.Globalization;
using IcPerMed.Analytics.Exports;
using IcPerMed.Analytics.Kpis;

namespace IcPerMed.Analytics.Warehouse;

public sealed partial class Warehouse
{
    private const string SnapshotProjectColumns =
        "snapshot_id, source, source_id, pm, c1, c2, c3, c4, c5, decided_by, model_version, pm_score, funding_amount, funding_currency, " +
        "funding_eur, lead_country";

    /// <summary>
    /// Stores the PM projects snapshot <paramref name="id"/> counts (<paramref name="filter"/>: none, or the reconstructed
    /// quarter's start cut) with the classification and money they were counted with, in the snapshot's transaction.
    /// </summary>
    private static async Task StoreSnapshotProjectsAsync(DbConnection connection, DbTransaction transaction, long id, KpiFilter filter,
        CancellationToken cancellationToken)
    {
        var (where, args) = KpiBaseSql.Filter(filter, pmOnly: true);
        var snapshot = id.ToString(CultureInfo.InvariantCulture);
        await connection.ExecuteAsync(transaction,
            $"""
            INSERT INTO kpi_snapshot_project ({SnapshotProjectColumns})
            SELECT {snapshot}, p.source, p.source_id, c.pm, c.c1, c.c2, c.c3, c.c4, c.c5, c.decided_by, c.model_version, c.pm_score,
                   p.funding_amount, p.funding_currency, p.funding_eur, p.lead_country
            FROM project p JOIN project_classification c ON c.source = p.source AND c.source_id = p.source_id
            WHERE {where}
            """, cancellationToken, args).ConfigureAwait(false);
        await connection.ExecuteAsync(transaction, $"UPDATE kpi_snapshot SET projects_listed = TRUE WHERE id = {snapshot}",
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The filter that makes a KPI workspace read snapshot <paramref name="snapshotId"/>'s own project list
    /// (<see cref="KpiFilter.FrozenIn"/>), or null when the snapshot was taken before snapshots kept their list.
    /// </summary>
    public async Task<KpiFilter?> FrozenFilterAsync(long snapshotId, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ScalarAsync<bool?>(null, "SELECT projects_listed FROM kpi_snapshot WHERE id = $1", cancellationToken, snapshotId)
            .ConfigureAwait(false) == true ? new KpiFilter { FrozenIn = snapshotId } : null;
    }

    /// <summary>
    /// The PM projects snapshot <paramref name="snapshotId"/> counted, as an export gives them: the record as stored now
    /// (title, dates, provenance) with the classification and money frozen in the snapshot; null when the snapshot was
    /// taken before snapshots kept their project list.
    /// </summary>
    public async Task<IReadOnlyList<ExportProject>?> GetSnapshotProjectsForExportAsync(long snapshotId, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
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
