using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Analytics.Warehouse;
using IcPerMed.Ingestion.Currency;

namespace IcPerMed.Jobs.Kpis;

/// <summary>
/// Snapshots taken by the program record the exchange rates that converted their money: the ECB table shipped in
/// IcPerMed.Ingestion. This is the one place that says so, for every command and job that takes a snapshot.
/// </summary>
public static class BundledRateSnapshots
{
    /// <summary>The snapshot of <paramref name="quarter"/>, recording the bundled ECB rates' version.</summary>
    public static Task<KpiSnapshot> TakeSnapshotAsync(this Warehouse warehouse, Quarter quarter, CancellationToken cancellationToken) =>
        warehouse.TakeSnapshotAsync(quarter, EurConverter.BundledVersion, cancellationToken);

    /// <summary>The snapshot of <paramref name="quarter"/> and its predecessor (reconstructed when missing), at the bundled rates.</summary>
    public static Task<QuarterSnapshots> TakeSnapshotWithPreviousAsync(this Warehouse warehouse, Quarter quarter, CancellationToken cancellationToken) =>
        warehouse.TakeSnapshotWithPreviousAsync(quarter, EurConverter.BundledVersion, cancellationToken);
}
