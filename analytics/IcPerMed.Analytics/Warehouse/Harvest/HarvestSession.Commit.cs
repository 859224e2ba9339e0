using System.Data.Common;

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
        foreach (var flush in new Func<CancellationToken, Task>[]
                 {
                     projects.FlushAsync, organisations.FlushAsync, participations.FlushAsync,
                     programmes.FlushAsync, subjects.FlushAsync,
                 })
            await flush(cancellationToken).ConfigureAwait(false);

        await RunAsync(null, cancellationToken,
            DerivationSql.QuarantineDuplicateProjects,
            MergeSql.CreateDedup(projects.Shape), MergeSql.CreateDedup(organisations.Shape),
            MergeSql.CreateDedup(participations.Shape), MergeSql.CreateDedup(programmes.Shape),
            MergeSql.CreateDedup(subjects.Shape)).ConfigureAwait(false);
        await quarantine.FlushAsync(cancellationToken).ConfigureAwait(false);
        await RunAsync(null, cancellationToken,
            DerivationSql.QuarantineOrphanParticipations, DerivationSql.DeleteOrphanParticipations,
            DerivationSql.LeadCountryFromCoordinator, DerivationSql.FundingFromParticipations).ConfigureAwait(false);

        var distinctProjects = await CountAsync($"SELECT count(*) FROM {MergeSql.DedupTable(projects.Shape)}", cancellationToken).ConfigureAwait(false);
        var inserted = await CountAsync(MergeSql.CountNew(projects.Shape), cancellationToken).ConfigureAwait(false);
        var updated = await CountAsync(MergeSql.CountChanged(projects.Shape), cancellationToken).ConfigureAwait(false);
        var distinctOrganisations = await CountAsync($"SELECT count(*) FROM {MergeSql.DedupTable(organisations.Shape)}", cancellationToken).ConfigureAwait(false);
        var participationCount = await CountAsync($"SELECT count(*) FROM {MergeSql.DedupTable(participations.Shape)}", cancellationToken).ConfigureAwait(false);
        var quarantined = await CountAsync("SELECT count(*) FROM stage_quarantine", cancellationToken).ConfigureAwait(false);
        var finishedAt = time.GetUtcNow();

        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var funder in funders.Values)
                await connection.ExecuteAsync(transaction,
                    """
                    INSERT INTO funder (id, name, country) VALUES ($1, $2, $3)
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, country = excluded.country
                    WHERE funder.name IS DISTINCT FROM excluded.name OR funder.country IS DISTINCT FROM excluded.country
                    """, cancellationToken, funder.Id, funder.Name, funder.Country).ConfigureAwait(false);
            await RunAsync(transaction, cancellationToken,
                MergeSql.Upsert(programmes.Shape), MergeSql.Upsert(projects.Shape), MergeSql.Upsert(organisations.Shape),
                MergeSql.Upsert(participations.Shape), MergeSql.Upsert(subjects.Shape)).ConfigureAwait(false);
            await connection.ExecuteAsync(transaction, MergeSql.DeleteVanishedChildren(participations.Shape), cancellationToken, Source).ConfigureAwait(false);
            await connection.ExecuteAsync(transaction, MergeSql.DeleteVanishedChildren(subjects.Shape), cancellationToken, Source).ConfigureAwait(false);
            await connection.ExecuteAsync(transaction, DerivationSql.InsertQuarantine, cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync(transaction,
                """
                UPDATE harvest_run SET finished_at = $2, status = 'succeeded', projects_read = $3, projects_inserted = $4,
                    projects_updated = $5, projects_unchanged = $6, organisations_read = $7, participations_read = $8, quarantined = $9
                WHERE id = $1
                """, cancellationToken, RunId, finishedAt, distinctProjects, inserted, updated,
                distinctProjects - inserted - updated, distinctOrganisations, participationCount, quarantined).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        finished = true;
        return new HarvestSummary(RunId, Source, Origin, StartedAt, finishedAt, distinctProjects, inserted, updated,
            distinctProjects - inserted - updated, distinctOrganisations, participationCount, quarantined);
    }

    /// <summary>Marks the run failed with the reason; nothing staged is merged.</summary>
    public async Task FailAsync(string error, CancellationToken cancellationToken)
    {
        if (finished)
            return;
        finished = true;
        await connection.ExecuteAsync(null, "UPDATE harvest_run SET finished_at = $2, status = 'failed', error = $3 WHERE id = $1",
            cancellationToken, RunId, time.GetUtcNow(), error).ConfigureAwait(false);
    }

    private async Task RunAsync(DbTransaction? transaction, CancellationToken cancellationToken, params string[] statements)
    {
        foreach (var sql in statements)
            await connection.ExecuteAsync(transaction, sql, cancellationToken).ConfigureAwait(false);
    }

    private async Task<long> CountAsync(string sql, CancellationToken cancellationToken) =>
        await connection.ScalarAsync<long>(null, sql, cancellationToken).ConfigureAwait(false);
}
