using System.Data.Common;
using System.Globalization;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Analytics.Snapshots;

/// <summary>The projects a snapshot counted, frozen with its numbers.</summary>
public static class WarehouseSnapshotProjects
{
    private const string SnapshotProjectColumns =
        "snapshot_id, source, source_id, pm, c1, c2, c3, c4, c5, decided_by, model_version, pm_score, funding_amount, funding_currency, " +
        "funding_eur, lead_country";

    /// <summary>
    /// Stores the PM projects snapshot <paramref name="id"/> counts (<paramref name="filter"/>: none, or the reconstructed
    /// quarter's start cut) with the classification and money they were counted with, in the snapshot's transaction.
    /// </summary>
    internal static async Task StoreSnapshotProjectsAsync(DbConnection connection, DbTransaction transaction, long id, KpiFilter filter,
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
    public static async Task<KpiFilter?> FrozenFilterAsync(this Warehouse.Warehouse warehouse, long snapshotId, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ScalarAsync<bool?>(null, "SELECT projects_listed FROM kpi_snapshot WHERE id = $1", cancellationToken, snapshotId)
            .ConfigureAwait(false) == true ? new KpiFilter { FrozenIn = snapshotId } : null;
    }
}
