namespace IcPerMed.Analytics.Warehouse;

public sealed partial class Warehouse
{
    /// <summary>The quarantined records of <paramref name="source"/>'s last successful run, by file and line.</summary>
    public async Task<IReadOnlyList<QuarantineEntry>> GetQuarantineAsync(string source, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryAsync(
            """
            SELECT id, harvest_run_id, source, source_file, source_line, field, reason, source_id, raw FROM quarantine
            WHERE harvest_run_id = (SELECT max(id) FROM harvest_run WHERE source = $1 AND status = 'succeeded')
            ORDER BY source_file, source_line, id
            """,
            r => new QuarantineEntry(r.GetCount(0), r.GetCount(1), r.GetString(2), r.GetTextOrNull(3), r.IsDBNull(4) ? null : r.GetCount(4),
                r.GetTextOrNull(5), r.GetString(6), r.GetTextOrNull(7), r.GetTextOrNull(8)),
            cancellationToken, source).ConfigureAwait(false);
    }
}
