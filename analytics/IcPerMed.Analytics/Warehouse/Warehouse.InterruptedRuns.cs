using IcPerMed.Analytics.Warehouse.Dialects;
using IcPerMed.Analytics.Warehouse.Harvest;

namespace IcPerMed.Analytics.Warehouse;

public sealed partial class Warehouse
{
    /// <summary>
    /// Marks every run recorded as running whose process is gone as failed, with an error starting "interrupted"
    /// (see <see cref="RunLiveness"/> for how a dead run is told on each store). Called when a harvest begins and by
    /// <c>status</c>; a run still alive on another worker is left alone. Returns the runs marked.
    /// </summary>
    public async Task<IReadOnlyList<long>> MarkInterruptedRunsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var running = await connection.QueryAsync(
            "SELECT id, host, pid, process_started_at, coalesce(heartbeat_at, started_at), now() FROM harvest_run WHERE status = 'running'",
            r => (Run: new RunningRun(r.GetInt64(0),
                    r.IsDBNull(1) || r.IsDBNull(2) || r.IsDBNull(3) ? null : new HarvestProcess(r.GetString(1), r.GetCount(2), r.GetTimestamp(3)!.Value),
                    r.GetTimestamp(4)!.Value),
                Now: r.GetTimestamp(5)!.Value),
            cancellationToken).ConfigureAwait(false);
        var marked = new List<long>();
        foreach (var (run, now) in running)
        {
            if (RunLiveness.WhyDead(run, HarvestProcess.Current, dialect is DuckDbDialect, now) is not { } reason)
                continue;
            // status = 'running' again: a run that finished meanwhile keeps its own outcome.
            var changed = await connection.ExecuteAsync(null,
                "UPDATE harvest_run SET status = 'failed', finished_at = $2, error = $3 WHERE id = $1 AND status = 'running'",
                cancellationToken, run.Id, time.GetUtcNow(), reason).ConfigureAwait(false);
            if (changed > 0)
                marked.Add(run.Id);
        }
        return marked;
    }
}
