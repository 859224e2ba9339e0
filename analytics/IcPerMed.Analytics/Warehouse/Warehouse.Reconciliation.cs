using IcPerMed.Analytics.Reconciliation;

namespace IcPerMed.Analytics.Warehouse;

public sealed partial class Warehouse
{
    /// <summary>
    /// The reconciliation of run <paramref name="runId"/>, or, when null, of the newest succeeded run of each source
    /// (of <paramref name="source"/> only, when given); sources in name order.
    /// </summary>
    public async Task<IReadOnlyList<RunReconciliation>> GetReconciliationAsync(string? source, long? runId, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var runs = await connection.QueryAsync(
            runId is { } id
                ? "SELECT id, source, origin, started_at FROM harvest_run WHERE id = $1"
                : $"""
                  SELECT id, source, origin, started_at FROM harvest_run r
                  WHERE status = 'succeeded' {(source is null ? "" : "AND source = $1")}
                    AND id = (SELECT max(id) FROM harvest_run n WHERE n.source = r.source AND n.status = 'succeeded')
                  ORDER BY source
                  """,
            r => (Id: r.GetCount(0), Source: r.GetString(1), Origin: r.GetString(2), Started: r.GetTimestamp(3)!.Value),
            cancellationToken, runId is { } given ? [given] : source is null ? [] : [source]).ConfigureAwait(false);
        var result = new List<RunReconciliation>();
        foreach (var run in runs)
        {
            var lines = await connection.QueryAsync(
                """
                SELECT item, detail, read_count, stored_count, quarantined_count, read_amount, stored_amount, quarantined_amount
                FROM harvest_reconciliation WHERE harvest_run_id = $1
                """,
                r => new ReconciliationLine(run.Id, run.Source, r.GetString(0), r.GetString(1), r.GetCount(2), r.GetCount(3), r.GetCount(4),
                    r.GetDecimalOrNull(5), r.GetDecimalOrNull(6), r.GetDecimalOrNull(7)),
                cancellationToken, run.Id).ConfigureAwait(false);
            lines = [.. lines.OrderBy(l => ReconciliationItem.Rank(l.Item)).ThenBy(l => l.Detail, StringComparer.Ordinal)];
            var reasons = await connection.QueryAsync(
                "SELECT coalesce(field, '(record)'), count(*), min(reason) FROM quarantine WHERE harvest_run_id = $1 GROUP BY 1 ORDER BY 2 DESC, 1",
                r => new QuarantineReason(run.Id, r.GetString(0), r.GetCount(1), r.GetString(2)), cancellationToken, run.Id).ConfigureAwait(false);
            result.Add(new RunReconciliation(run.Id, run.Source, run.Origin, run.Started, lines, reasons));
        }
        return result;
    }
}
