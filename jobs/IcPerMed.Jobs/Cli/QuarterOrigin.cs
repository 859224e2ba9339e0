using System.CommandLine;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// One origin per figure (issue 15): a quarter with a snapshot is shown from its newest snapshot, named "snapshot N of
/// &lt;date&gt;", unless <c>--live</c> or a filter asks for a computation (a snapshot holds the unfiltered numbers only);
/// otherwise the numbers are computed live and say so. <c>kpis</c>, <c>gaps</c>, <c>trends</c> and <c>export</c> agree.
/// </summary>
/// <param name="Snapshot">The snapshot the numbers come from; null when live.</param>
/// <param name="Why">Why live numbers are live ("no snapshot of 2026Q3", "--live", "a filter"), for the label.</param>
public sealed record QuarterOrigin(Quarter Quarter, KpiSnapshot? Snapshot, string Why, DateTimeOffset At)
{
    public static readonly Option<bool> Live = new("--live")
    {
        Description = "Compute from the warehouse now, even when the quarter has a snapshot (the default shows the snapshot's numbers).",
    };

    public bool IsLive => Snapshot is null;

    /// <summary>"snapshot 2 of 2026-12-06" or "live, computed 2026-12-06 11:30Z (no snapshot of 2026Q3)".</summary>
    public string Label => Snapshot is { } s ? s.Label() : $"{SnapshotLabel.Live}, computed {At.UtcDateTime:yyyy-MM-dd HH:mm}Z ({Why})";

    /// <param name="computeOnly">A reason the numbers must be computed (e.g. a non-default test level), or null.</param>
    public static async Task<QuarterOrigin> ResolveAsync(Warehouse warehouse, Quarter quarter, KpiFilter filter, bool live,
        string? computeOnly, TimeProvider time, CancellationToken cancellationToken)
    {
        var why = live ? "--live" : !filter.IsEmpty ? "a filter: snapshots hold the unfiltered numbers" : computeOnly;
        if (why is null && await warehouse.GetLatestSnapshotAsync(quarter, cancellationToken).ConfigureAwait(false) is { } snapshot)
            return new QuarterOrigin(quarter, snapshot, "", snapshot.TakenAt);
        return new QuarterOrigin(quarter, null, why ?? $"no snapshot of {quarter}", time.GetUtcNow());
    }
}
