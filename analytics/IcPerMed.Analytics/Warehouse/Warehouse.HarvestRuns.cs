using System.Data.Common;

namespace IcPerMed.Analytics.Warehouse;

public sealed partial class Warehouse
{
    /// <summary>
    /// The newest <paramref name="limit"/> harvest runs (at least 1), of <paramref name="source"/> or, when null, of
    /// every source; newest first.
    /// </summary>
    public async Task<IReadOnlyList<HarvestRun>> GetHarvestRunsAsync(string? source, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        // Run ids come from one sequence in start order, so the highest id is the newest run even when clocks tie.
        return await connection.QueryAsync(
            $"""
            SELECT id, source, origin, started_at, finished_at, status, error, projects_read, projects_inserted, projects_updated,
                   projects_unchanged, organisations_read, participations_read, quarantined, retries, retry_detail
            FROM harvest_run {(source is null ? "" : "WHERE source = $1")}
            ORDER BY id DESC LIMIT {Math.Max(1, limit)}
            """,
            ReadHarvestRun, cancellationToken, source is null ? [] : [source]).ConfigureAwait(false);
    }

    /// <summary>
    /// When the newest succeeded run of <paramref name="source"/> from <paramref name="origin"/> started, or null when
    /// there is none: an incremental harvest asks the source for what changed since then.
    /// </summary>
    public async Task<DateTimeOffset?> GetLastSucceededStartAsync(string source, string origin, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var started = await connection.QueryAsync(
            "SELECT started_at FROM harvest_run WHERE source = $1 AND origin = $2 AND status = 'succeeded' ORDER BY id DESC LIMIT 1",
            r => r.GetTimestamp(0), cancellationToken, source, origin).ConfigureAwait(false);
        return started.Count == 0 ? null : started[0];
    }

    private static HarvestRun ReadHarvestRun(DbDataReader r) => new(
        r.GetCount(0), r.GetString(1), r.GetString(2), r.GetTimestamp(3)!.Value, r.GetTimestamp(4), r.GetString(5), r.GetTextOrNull(6),
        CountOrNull(r, 7), CountOrNull(r, 8), CountOrNull(r, 9), CountOrNull(r, 10), CountOrNull(r, 11), CountOrNull(r, 12), CountOrNull(r, 13))
    {
        Retries = CountOrNull(r, 14),
        RetryDetail = r.GetTextOrNull(15),
    };

    private static long? CountOrNull(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetCount(ordinal);
}
