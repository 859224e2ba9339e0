using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Jobs.Kpis;

namespace IcPerMed.Jobs.Scheduling.Jobs;

/// <summary>
/// <c>quarterly-snapshot</c>: freezes the last completed quarter, as <c>icpermed snapshot</c> without --quarter (the
/// previous quarter reconstructed first when it has no snapshot).
/// </summary>
public sealed class QuarterlySnapshotJob(JobSettings settings, TimeProvider time) : IScheduledJob
{
    public string Name => "quarterly-snapshot";

    public string Description => "Snapshot the KPIs, gaps and trends of the last completed quarter.";

    public async Task RunAsync(IProgress<string> progress, CancellationToken cancellationToken)
    {
        var quarter = Quarter.LastCompleted(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        await using var warehouse = await settings.OpenWarehouseAsync(time, cancellationToken).ConfigureAwait(false);
        var taken = await warehouse.TakeSnapshotWithPreviousAsync(quarter, cancellationToken).ConfigureAwait(false);
        if (taken.PreviousReconstructed)
            progress.Report($"{taken.Previous.Quarter} ({taken.Previous.Label()}): reconstructed, there was none to compare with");
        progress.Report($"{taken.Snapshot.Quarter} ({taken.Snapshot.Label()}), sha256 {taken.Snapshot.ContentHash[..16]}");
    }
}
