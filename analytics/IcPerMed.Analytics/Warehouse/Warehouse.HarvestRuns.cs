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
                   projects_unchanged, organisations_read, participations_read, quarantined
            FROM harvest_run {(source is null ? "" : "WHERE source = $1")}
            ORDER BY id DESC LIMIT {Math.Max(1, limit)}
            """,
            ReadHarvestRun, cancellationToken, source is null ? [] : [source]).ConfigureAwait(false);
    }

    private static HarvestRun ReadHarvestRun(DbDataReader r) => new(
        r.GetCount(0), r.GetString(1), r.GetString(2), r.GetTimestamp(3)!.Value, r.GetTimestamp(4), r.GetString(5), r.GetTextOrNull(6),
        CountOrNull(r, 7), CountOrNull(r, 8), CountOrNull(r, 9), CountOrNull(r, 10), CountOrNull(r, 11), CountOrNull(r, 12), CountOrNull(r, 13));

    private static long? CountOrNull(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetCount(ordinal);
}
