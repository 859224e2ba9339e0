using System.Data.Common;
using IcPerMed.Analytics.Warehouse.Dialects;

namespace IcPerMed.Analytics.Warehouse.Harvest;

public sealed partial class HarvestSession
{
    private readonly CancellationTokenSource stopBeating = new();
    private Task beating = Task.CompletedTask;

    /// <summary>
    /// Stamps heartbeat_at with the database's clock every <see cref="RunLiveness.HeartbeatEvery"/> until the run ends,
    /// on a connection of its own (the session's is busy loading). Workers on other hosts read a stale heartbeat as a
    /// dead run (<see cref="RunLiveness"/>); the beat goes on through the commit, which may take minutes.
    /// </summary>
    private void StartHeartbeat(IWarehouseDialect dialect) => beating = BeatAsync(dialect, stopBeating.Token);

    private async Task BeatAsync(IWarehouseDialect dialect, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(RunLiveness.HeartbeatEvery, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false))
            {
                try
                {
                    await using var beat = await dialect.OpenAsync(stop).ConfigureAwait(false);
                    await beat.ExecuteAsync(null, "UPDATE harvest_run SET heartbeat_at = now() WHERE id = $1 AND status = 'running'",
                        stop, RunId).ConfigureAwait(false);
                }
                catch (DbException)
                {
                    // A missed beat; the next tries again, and only ten missed in a row make the run look dead.
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run ended.
        }
    }

    private async Task StopHeartbeatAsync()
    {
        if (!stopBeating.IsCancellationRequested)
            await stopBeating.CancelAsync().ConfigureAwait(false);
        await beating.ConfigureAwait(false);
    }
}
