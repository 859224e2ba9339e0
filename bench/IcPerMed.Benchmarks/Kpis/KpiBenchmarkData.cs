using System.Data.Common;
using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Benchmarks.Kpis;

/// <summary>What a warehouse holds after <see cref="KpiBenchmarkData.ScaleAsync"/>.</summary>
/// <param name="Predictions">Predictions of the current model (the ones the KPIs read).</param>
/// <param name="PmProjects">Projects classified personalised medicine: the ones every KPI counts.</param>
public sealed record KpiBenchmarkScale(long OriginalProjects, long Projects, long Participations, long Predictions, long Overrides,
    long PmProjects);

/// <summary>
/// Scales a harvested and classified warehouse up to N projects for the KPI benchmark, in SQL on the store itself:
/// round r copies every real project once (id <c>source_id-rR</c>, same source) with its participations, its prediction by
/// the current model and its newest analyst override, and moves its start and end dates back r % 40 quarters so the
/// yearly and quarterly series span ten more years. Copying whole rounds keeps the real mix of sources, countries
/// and challenges; a count KPI over originals + k full rounds is (k + 1) times its value over the originals.
/// </summary>
public static class KpiBenchmarkData
{
    /// <summary>Copies per statement batch: small enough for PostgreSQL's per-transaction work, large enough to be fast.</summary>
    public const int BatchProjects = 100_000;

    /// <summary>
    /// Adds copies until the warehouse holds <paramref name="projects"/> projects (nothing when it already holds as many);
    /// <paramref name="progress"/> gets the number of projects after each batch.
    /// </summary>
    public static async Task<KpiBenchmarkScale> ScaleAsync(Warehouse warehouse, long projects, IProgress<long>? progress,
        CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var originals = await connection.ScalarAsync<long>(null, "SELECT count(*) FROM project", cancellationToken).ConfigureAwait(false);
        var wanted = projects - originals;
        if (originals > 0 && wanted > 0)
        {
            await ExecuteAllAsync(connection, KpiBenchmarkDataSql.Drop, cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync(null, KpiBenchmarkDataSql.Originals, cancellationToken).ConfigureAwait(false);
            var roundsPerBatch = Math.Max(1, BatchProjects / originals);
            var rounds = (wanted + originals - 1) / originals;
            for (long first = 1; first <= rounds; first += roundsPerBatch)
            {
                var last = Math.Min(rounds, first + roundsPerBatch - 1);
                await CopyRoundsAsync(connection, first, last, wanted, cancellationToken).ConfigureAwait(false);
                progress?.Report(originals + Math.Min(wanted, last * originals));
            }
            await ExecuteAllAsync(connection, KpiBenchmarkDataSql.Drop, cancellationToken).ConfigureAwait(false);
            await ExecuteAllAsync(connection, KpiBenchmarkDataSql.Settle(warehouse.Store), cancellationToken).ConfigureAwait(false);
        }
        var counts = (await connection.QueryAsync(KpiBenchmarkDataSql.Counts,
            r => new KpiBenchmarkScale(originals, r.GetCount(0), r.GetCount(1), r.GetCount(2), r.GetCount(3), r.GetCount(4)),
            cancellationToken).ConfigureAwait(false)).Single();
        return counts;
    }

    private static async Task CopyRoundsAsync(DbConnection connection, long first, long last, long wanted, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(transaction, KpiBenchmarkDataSql.Copies, cancellationToken, first, last, wanted).ConfigureAwait(false);
        foreach (var copy in (string[])[KpiBenchmarkDataSql.Projects, KpiBenchmarkDataSql.Participations, KpiBenchmarkDataSql.Predictions,
            KpiBenchmarkDataSql.Overrides, KpiBenchmarkDataSql.Classifications])
            await connection.ExecuteAsync(transaction, copy, cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(transaction, KpiBenchmarkDataSql.Drop[0], cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task ExecuteAllAsync(DbConnection connection, IEnumerable<string> statements, CancellationToken cancellationToken)
    {
        foreach (var statement in statements)
            await connection.ExecuteAsync(null, statement, cancellationToken).ConfigureAwait(false);
    }
}
