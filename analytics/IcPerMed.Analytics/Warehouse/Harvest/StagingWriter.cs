namespace IcPerMed.Analytics.Warehouse.Harvest;

/// <summary>
/// Runs a session's bulk loads one at a time in the background, so the connector parses the next batch while the
/// previous one is loaded (the two halves of a harvest then share the machine's cores). At most one load runs and
/// at most one more batch per table waits in memory. A load's error surfaces at the next submit or at the drain.
/// </summary>
internal sealed class StagingWriter
{
    private Task pending = Task.CompletedTask;

    /// <summary>Waits for the load in progress, then starts <paramref name="load"/> without waiting for it.</summary>
    public async Task SubmitAsync(Func<CancellationToken, Task> load, CancellationToken cancellationToken)
    {
        await pending.ConfigureAwait(false);
        pending = Task.Run(() => load(cancellationToken), cancellationToken);
    }

    /// <summary>Waits for the load in progress; the connection is free for other commands afterwards.</summary>
    public Task DrainAsync() => pending;
}
