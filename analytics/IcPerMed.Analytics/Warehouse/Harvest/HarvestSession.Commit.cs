using System.Data.Common;
using IcPerMed.Analytics.Reconciliation;
using IcPerMed.Analytics.Warehouse.Staging;

namespace IcPerMed.Analytics.Warehouse.Harvest;

public sealed partial class HarvestSession
{
    /// <summary>
    /// Merges everything staged into the warehouse in one transaction: inserts new keys, rewrites changed rows,
    /// leaves unchanged rows alone, stores the quarantine, and marks the run succeeded.
    /// </summary>
    public async Task<HarvestSummary> CommitAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        await projects.FlushAsync(cancellationToken).ConfigureAwait(false);
        await organisations.FlushAsync(cancellationToken).ConfigureAwait(false);
        await participations.FlushAsync(cancellationToken).ConfigureAwait(false);
        await programmes.FlushAsync(cancellationToken).ConfigureAwait(false);
        await subjects.FlushAsync(cancellationToken).ConfigureAwait(false);
        await quarantine.FlushAsync(cancellationToken).ConfigureAwait(false);
        await writer.DrainAsync().ConfigureAwait(false);
        await TallyAsync(null, ReconciliationItem.StatedFunding, Column.Read, ReconciliationSql.StatedFunding(projects.Shape.StagingTable), cancellationToken).ConfigureAwait(false);
        await TallyAsync(null, ReconciliationItem.Contributions, Column.Read, ReconciliationSql.Contributions(participations.Shape.StagingTable), cancellationToken).ConfigureAwait(false);
        // Money a connector read but quarantined (a fund with no exchange rate): read, and explained by its record.
        await TallyAsync(null, ReconciliationItem.StatedFunding, Column.Read, ReconciliationSql.QuarantinedMoney, cancellationToken).ConfigureAwait(false);
        await TallyAsync(null, ReconciliationItem.StatedFunding, Column.Quarantined, ReconciliationSql.QuarantinedMoney, cancellationToken).ConfigureAwait(false);

        var projectsRepeat = await HasDuplicateKeysAsync(projects.Shape, cancellationToken).ConfigureAwait(false);
        if (projectsRepeat)
            await TallyAsync(null, ReconciliationItem.StatedFunding, Column.Quarantined,
                ReconciliationSql.DuplicateStatedFunding(projects.Shape.StagingTable), cancellationToken).ConfigureAwait(false);
        if (projectsRepeat)
            await connection.ExecuteAsync(null, DerivationSql.QuarantineDuplicateProjects, cancellationToken).ConfigureAwait(false);
        var projectRows = await DistinctRowsAsync(projects.Shape, projectsRepeat, cancellationToken).ConfigureAwait(false);
        var organisationRows = await DistinctRowsAsync(organisations.Shape, null, cancellationToken).ConfigureAwait(false);
        var participationRows = await DistinctRowsAsync(participations.Shape, null, cancellationToken).ConfigureAwait(false);
        var programmeRows = await DistinctRowsAsync(programmes.Shape, null, cancellationToken).ConfigureAwait(false);
        var subjectRows = await DistinctRowsAsync(subjects.Shape, null, cancellationToken).ConfigureAwait(false);
        if (participationRows.Rows > 0)
        {
            var (projectTable, participationTable) = (projectRows.Table, participationRows.Table);
            await connection.ExecuteAsync(null, DerivationSql.QuarantineOrphanParticipations(projectTable, participationTable), cancellationToken).ConfigureAwait(false);
            await TallyAsync(null, ReconciliationItem.Contributions, Column.Quarantined,
                ReconciliationSql.Contributions(participationTable, DerivationSql.OrphanParticipation(projectTable, participationTable)),
                cancellationToken).ConfigureAwait(false);
            var orphans = await connection.ExecuteAsync(null, DerivationSql.DeleteOrphanParticipations(projectTable, participationTable), cancellationToken).ConfigureAwait(false);
            participationRows = participationRows with { Rows = participationRows.Rows - orphans };
        }
        if (projectRows.Rows > 0)
        {
            await TallyAsync(null, ReconciliationItem.DerivedFunding, Column.Read,
                ReconciliationSql.DerivableFunding(projectRows.Table, participationRows.Table), cancellationToken).ConfigureAwait(false);
            // Also when this run brought no participations: the stored ones stand in (see DerivationSql).
            foreach (var derivation in new[]
            {
                DerivationSql.LeadCountryFromCoordinator(projectRows.Table, participationRows.Table),
                DerivationSql.FundingFromParticipations(projectRows.Table, participationRows.Table),
            })
                await connection.ExecuteAsync(null, derivation, cancellationToken, Source).ConfigureAwait(false);
        }

        var (distinctProjects, distinctOrganisations, participationCount) = (projectRows.Rows, organisationRows.Rows, participationRows.Rows);
        await TallyRowsAsync(cancellationToken).ConfigureAwait(false);
        var quarantined = await CountAsync("SELECT count(*) FROM stage_quarantine", cancellationToken).ConfigureAwait(false);
        var finishedAt = time.GetUtcNow();

        long inserted, updated;
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            await MergeFundersAsync(transaction, cancellationToken).ConfigureAwait(false);
            await MergeAsync(transaction, programmes.Shape, programmeRows, cancellationToken).ConfigureAwait(false);
            (inserted, updated) = await MergeAsync(transaction, projects.Shape, projectRows, cancellationToken).ConfigureAwait(false);
            await MergeAsync(transaction, organisations.Shape, organisationRows, cancellationToken).ConfigureAwait(false);
            await MergeAsync(transaction, participations.Shape, participationRows, cancellationToken).ConfigureAwait(false);
            await MergeAsync(transaction, subjects.Shape, subjectRows, cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync(transaction, MergeSql.DeleteVanishedChildren(participations.Shape, participationRows.Table), cancellationToken, Source).ConfigureAwait(false);
            await connection.ExecuteAsync(transaction, MergeSql.DeleteVanishedChildren(subjects.Shape, subjectRows.Table), cancellationToken, Source).ConfigureAwait(false);
            await connection.ExecuteAsync(transaction, DerivationSql.InsertQuarantine, cancellationToken).ConfigureAwait(false);
            await TallyStoredAsync(transaction, projectRows.Table, participationRows.Table, cancellationToken).ConfigureAwait(false);
            // Links follow the records they join, in the same transaction: never a link to a record not yet stored.
            await ProjectLinkSql.RelinkAsync(connection, transaction, finishedAt, cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync(transaction,
                """
                UPDATE harvest_run SET finished_at = $2, status = 'succeeded', projects_read = $3, projects_inserted = $4,
                    projects_updated = $5, projects_unchanged = $6, organisations_read = $7, participations_read = $8, quarantined = $9,
                    retries = $10, retry_detail = $11
                WHERE id = $1
                """, cancellationToken, RunId, finishedAt, distinctProjects, inserted, updated,
                distinctProjects - inserted - updated, distinctOrganisations, participationCount, quarantined,
                (long)retries, retryDetail).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        finished = true;
        await StopHeartbeatAsync().ConfigureAwait(false);
        return new HarvestSummary(RunId, Source, Origin, StartedAt, finishedAt, distinctProjects, inserted, updated,
            distinctProjects - inserted - updated, distinctOrganisations, participationCount, quarantined)
        {
            Retries = retries,
            RetryDetail = retryDetail,
        };
    }

    /// <summary>Marks the run failed with the reason; nothing staged is merged.</summary>
    public async Task FailAsync(string error, CancellationToken cancellationToken)
    {
        if (finished)
            return;
        finished = true;
        await StopHeartbeatAsync().ConfigureAwait(false);
        try
        {
            await writer.DrainAsync().ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The staged rows are being discarded; a load that failed with them changes nothing.
        }
        await connection.ExecuteAsync(null, "UPDATE harvest_run SET finished_at = $2, status = 'failed', error = $3 WHERE id = $1",
            cancellationToken, RunId, time.GetUtcNow(), error).ConfigureAwait(false);
    }

    private async Task<bool> HasDuplicateKeysAsync<T>(TableShape<T> shape, CancellationToken cancellationToken) =>
        await CountAsync(MergeSql.CountDuplicateKeys(shape), cancellationToken).ConfigureAwait(false) > 0;

    /// <summary>A table of one key each, ready to merge, and how many rows it holds.</summary>
    private sealed record DistinctRows(string Table, long Rows);

    // The staging table itself when every key occurs once (the usual case for projects: no copy of the abstracts),
    // else a de-duplicated copy keeping each key's first line. keysRepeat: the duplicate check, when already made.
    private async Task<DistinctRows> DistinctRowsAsync<T>(TableShape<T> shape, bool? keysRepeat, CancellationToken cancellationToken)
    {
        var table = shape.StagingTable;
        if (keysRepeat ?? await HasDuplicateKeysAsync(shape, cancellationToken).ConfigureAwait(false))
        {
            await connection.ExecuteAsync(null, MergeSql.CreateDedup(shape), cancellationToken).ConfigureAwait(false);
            table = MergeSql.DedupTable(shape);
        }
        return new DistinctRows(table, await CountAsync($"SELECT count(*) FROM {table}", cancellationToken).ConfigureAwait(false));
    }

    private async Task<(long Inserted, long Updated)> MergeAsync<T>(DbTransaction transaction, TableShape<T> shape, DistinctRows from,
        CancellationToken cancellationToken)
    {
        if (from.Rows == 0)
            return (0, 0);
        long inserted = await connection.ExecuteAsync(transaction, MergeSql.InsertNew(shape, from.Table), cancellationToken).ConfigureAwait(false);
        // Every row was new (a first harvest): there is nothing stored to compare with.
        if (inserted == from.Rows)
            return (inserted, 0);
        long updated = await connection.ExecuteAsync(transaction, MergeSql.UpdateChanged(shape, from.Table), cancellationToken).ConfigureAwait(false);
        return (inserted, updated);
    }

    // A source that names a funder only by its id (the programme list's "ANR") does not overwrite the full name another
    // source stored ("Agence nationale de la recherche"): the harvest order must not decide what the funder is called.
    private async Task MergeFundersAsync(DbTransaction transaction, CancellationToken cancellationToken)
    {
        foreach (var funder in funders.Values)
            await connection.ExecuteAsync(transaction,
                """
                INSERT INTO funder (id, name, country) VALUES ($1, $2, $3)
                ON CONFLICT (id) DO UPDATE
                SET name = CASE WHEN excluded.name = excluded.id THEN funder.name ELSE excluded.name END, country = excluded.country
                WHERE (excluded.name <> excluded.id AND funder.name IS DISTINCT FROM excluded.name)
                   OR funder.country IS DISTINCT FROM excluded.country
                """, cancellationToken, funder.Id, funder.Name, funder.Country).ConfigureAwait(false);
    }

    private async Task<long> CountAsync(string sql, CancellationToken cancellationToken) =>
        await connection.ScalarAsync<long>(null, sql, cancellationToken).ConfigureAwait(false);
}
