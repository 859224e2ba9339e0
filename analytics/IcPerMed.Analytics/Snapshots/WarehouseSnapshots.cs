using System.Data.Common;
using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Gaps;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Trends;
using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Analytics.Snapshots;

/// <summary>Quarter snapshots: every KPI, both gap matrices and the trends frozen with what they rest on, and read back.</summary>
public static class WarehouseSnapshots
{
    /// <summary>
    /// Computes every KPI, both gap matrices and the trends of <paramref name="quarter"/> (no filter) and stores them
    /// with what they rest on. <paramref name="exchangeRates"/> names the rate table version money was converted with.
    /// </summary>
    public static Task<KpiSnapshot> TakeSnapshotAsync(this Warehouse.Warehouse warehouse, Quarter quarter, string? exchangeRates, CancellationToken cancellationToken) =>
        warehouse.TakeSnapshotAsync(quarter, exchangeRates, asOf: null, cancellationToken);

    /// <summary>The snapshot of <paramref name="quarter"/> as the data stood on <paramref name="asOf"/> (null: now).</summary>
    internal static async Task<KpiSnapshot> TakeSnapshotAsync(this Warehouse.Warehouse warehouse, Quarter quarter, string? exchangeRates, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var filter = asOf is null ? KpiFilter.None : new KpiFilter { StartedBy = asOf };
        var content = await warehouse.ComputeAnalyticsAsync(quarter, filter, cancellationToken).ConfigureAwait(false);
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var harvests = await connection.QueryAsync(
            """
            SELECT source, id, finished_at FROM harvest_run
            WHERE id IN (SELECT max(id) FROM harvest_run WHERE status = 'succeeded' GROUP BY source) ORDER BY source
            """,
            r => new SourceHarvest(r.GetString(0), r.GetInt64(1), r.GetTimestamp(2)!.Value), cancellationToken).ConfigureAwait(false);
        var model = await connection.ScalarAsync<string>(null,
            "SELECT version FROM classifier_model ORDER BY registered_at DESC, version DESC LIMIT 1", cancellationToken).ConfigureAwait(false);
        var provenance = new SnapshotProvenance(model, exchangeRates, LabelScheme.Version, harvests, asOf);
        var (provenanceJson, contentJson) = (SnapshotJson.Write(provenance), SnapshotJson.Write(content));
        var hash = SnapshotJson.Hash(provenanceJson, contentJson);
        var id = await connection.ScalarAsync<long>(null, "SELECT nextval('kpi_snapshot_id_seq')", cancellationToken).ConfigureAwait(false);
        var takenAt = warehouse.Time.GetUtcNow();
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            await connection.ExecuteAsync(transaction,
                """
                INSERT INTO kpi_snapshot (id, quarter, taken_at, model_version, exchange_rates, label_scheme, harvests, content, content_hash, as_of)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CAST($10 AS DATE))
                """, cancellationToken, id, quarter.ToString(), takenAt, model, exchangeRates, LabelScheme.Version,
                SnapshotJson.Write(harvests), contentJson, hash, asOf is { } day ? SnapshotLabel.Day(day) : null).ConfigureAwait(false);
            // The projects behind the numbers, frozen with them: an export of this quarter lists exactly these.
            await WarehouseSnapshotProjects.StoreSnapshotProjectsAsync(connection, transaction, id, filter, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        return new KpiSnapshot(id, quarter, takenAt, provenance, content, hash);
    }

    /// <summary>
    /// Every KPI, both gap matrices and the trends of <paramref name="quarter"/>, live, from one set of base tables
    /// (computing them one by one builds those tables once per call).
    /// </summary>
    public static async Task<SnapshotContent> ComputeAnalyticsAsync(this Warehouse.Warehouse warehouse, Quarter quarter, KpiFilter filter, CancellationToken cancellationToken)
    {
        await using var workspace = await warehouse.OpenKpiWorkspaceAsync(quarter, filter, cancellationToken).ConfigureAwait(false);
        var kpis = await workspace.ComputeAsync(KpiCatalogue.All, cancellationToken).ConfigureAwait(false);
        var countries = await workspace.ComputeGapsAsync(GapDimension.Country, GapMatrixBuilder.DefaultAlpha, cancellationToken).ConfigureAwait(false);
        var funders = await workspace.ComputeGapsAsync(GapDimension.Funder, GapMatrixBuilder.DefaultAlpha, cancellationToken).ConfigureAwait(false);
        var trends = await workspace.ComputeTrendsAsync(cancellationToken).ConfigureAwait(false);
        return new SnapshotContent([.. kpis.Results.Select(SnapshotKpi.From)], countries, funders, trends);
    }

    /// <summary>Every snapshot, oldest first, without content.</summary>
    public static async Task<IReadOnlyList<KpiSnapshotSummary>> ListSnapshotsAsync(this Warehouse.Warehouse warehouse, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryAsync("SELECT id, quarter, taken_at, model_version, content_hash, as_of FROM kpi_snapshot ORDER BY id",
            r => new KpiSnapshotSummary(r.GetInt64(0), Quarter.Parse(r.GetString(1)), r.GetTimestamp(2)!.Value, r.GetTextOrNull(3), r.GetString(4), r.GetDateOrNull(5)),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The snapshot with this id, or null.</summary>
    public static Task<KpiSnapshot?> GetSnapshotAsync(this Warehouse.Warehouse warehouse, long id, CancellationToken cancellationToken) =>
        warehouse.ReadSnapshotAsync("WHERE id = $1", [id], cancellationToken);

    /// <summary>The newest snapshot of <paramref name="quarter"/>, or null when none was taken.</summary>
    public static Task<KpiSnapshot?> GetLatestSnapshotAsync(this Warehouse.Warehouse warehouse, Quarter quarter, CancellationToken cancellationToken) =>
        warehouse.ReadSnapshotAsync("WHERE quarter = $1 ORDER BY id DESC LIMIT 1", [quarter.ToString()], cancellationToken);

    /// <summary>The newest snapshot of any quarter, or null before the first.</summary>
    public static Task<KpiSnapshot?> GetNewestSnapshotAsync(this Warehouse.Warehouse warehouse, CancellationToken cancellationToken) =>
        warehouse.ReadSnapshotAsync("ORDER BY id DESC LIMIT 1", [], cancellationToken);

    /// <summary>The newest snapshot taken before snapshot <paramref name="id"/> (any quarter), or null.</summary>
    public static Task<KpiSnapshot?> GetSnapshotBeforeAsync(this Warehouse.Warehouse warehouse, long id, CancellationToken cancellationToken) =>
        warehouse.ReadSnapshotAsync("WHERE id < $1 ORDER BY id DESC LIMIT 1", [id], cancellationToken);

    private static async Task<KpiSnapshot?> ReadSnapshotAsync(this Warehouse.Warehouse warehouse, string where, object[] args, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync(
            $"SELECT id, quarter, taken_at, model_version, exchange_rates, label_scheme, harvests, content, content_hash, as_of FROM kpi_snapshot {where}",
            ReadSnapshot, cancellationToken, args).ConfigureAwait(false);
        return rows.SingleOrDefault();
    }

    private static KpiSnapshot ReadSnapshot(DbDataReader r)
    {
        var id = r.GetInt64(0);
        var what = $"snapshot {id}";
        var provenance = new SnapshotProvenance(r.GetTextOrNull(3), r.GetTextOrNull(4), r.GetString(5),
            SnapshotJson.Read<List<SourceHarvest>>(r.GetString(6), what + " harvests"), r.GetDateOrNull(9));
        return new KpiSnapshot(id, Quarter.Parse(r.GetString(1)), r.GetTimestamp(2)!.Value, provenance,
            SnapshotJson.Read<SnapshotContent>(r.GetString(7), what + " content"), r.GetString(8));
    }
}
