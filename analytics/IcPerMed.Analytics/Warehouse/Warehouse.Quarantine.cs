namespace IcPerMed.Analytics.Warehouse;

public sealed partial class Warehouse
{
    private const string QuarantineColumns = "id, harvest_run_id, source, source_file, source_line, field, reason, source_id, raw";

    /// <summary>The runs whose quarantine is current: each source's last successful run.</summary>
    private const string CurrentQuarantineRuns = "SELECT max(id) FROM harvest_run WHERE status = 'succeeded'";

    /// <summary>The quarantined records of <paramref name="source"/>'s last successful run, by file and line.</summary>
    public async Task<IReadOnlyList<QuarantineEntry>> GetQuarantineAsync(string source, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryAsync(
            $"""
            SELECT {QuarantineColumns} FROM quarantine
            WHERE harvest_run_id = ({CurrentQuarantineRuns} AND source = $1)
            ORDER BY source_file, source_line, id
            """,
            ReadQuarantineEntry, cancellationToken, source).ConfigureAwait(false);
    }

    /// <summary>
    /// A page of the current quarantine (the records set aside by each source's last successful run) of
    /// <paramref name="source"/>, or of every source when null: newest run first, then by file and line. At most
    /// <paramref name="limit"/> rows (clamped to 1 .. 1000) after skipping <paramref name="offset"/>.
    /// </summary>
    public async Task<QuarantinePage> GetQuarantinePageAsync(string? source, int limit, int offset, CancellationToken cancellationToken)
    {
        var runs = source is null ? $"{CurrentQuarantineRuns} GROUP BY source" : $"{CurrentQuarantineRuns} AND source = $1";
        object?[] args = source is null ? [] : [source];
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var total = await connection.ScalarAsync<long>(null, $"SELECT count(*) FROM quarantine WHERE harvest_run_id IN ({runs})",
            cancellationToken, args).ConfigureAwait(false);
        var items = await connection.QueryAsync(
            $"""
            SELECT {QuarantineColumns} FROM quarantine
            WHERE harvest_run_id IN ({runs})
            ORDER BY harvest_run_id DESC, source_file, source_line, id
            LIMIT {Math.Clamp(limit, 1, 1000)} OFFSET {Math.Max(0, offset)}
            """,
            ReadQuarantineEntry, cancellationToken, args).ConfigureAwait(false);
        return new QuarantinePage(total, items);
    }

    private static QuarantineEntry ReadQuarantineEntry(System.Data.Common.DbDataReader r) => new(r.GetCount(0), r.GetCount(1), r.GetString(2),
        r.GetTextOrNull(3), r.IsDBNull(4) ? null : r.GetCount(4), r.GetTextOrNull(5), r.GetString(6), r.GetTextOrNull(7), r.GetTextOrNull(8));
}
