using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Analytics.Snapshots;

/// <summary>The analysts' corrections made after a snapshot was taken.</summary>
public static class WarehouseSnapshotCorrections
{
    /// <summary>Analysts' corrections made after <paramref name="since"/> (a snapshot's time), newest first, at most <paramref name="limit"/>.</summary>
    public static async Task<IReadOnlyList<LaterCorrection>> GetCorrectionsSinceAsync(this Warehouse.Warehouse warehouse, DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryAsync(
            """
            SELECT o.source, o.source_id, p.title, o.pm, o.c1, o.c2, o.c3, o.c4, o.c5, o.analyst, o.reason, o.created_at
            FROM label_override o JOIN project p ON p.source = o.source AND p.source_id = o.source_id
            WHERE o.created_at > $1 ORDER BY o.created_at DESC, o.id DESC LIMIT $2
            """,
            r => new LaterCorrection(r.GetString(0), r.GetString(1), r.GetTextOrNull(2) ?? "", r.GetBoolean(3),
                [.. Enumerable.Range(1, 5).Where(i => r.GetBoolean(3 + i)).Select(i => "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))],
                r.GetString(9), r.GetTextOrNull(10), r.GetTimestamp(11)!.Value),
            cancellationToken, since, limit).ConfigureAwait(false);
    }
}
