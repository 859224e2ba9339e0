using IcPerMed.Analytics.Model;

namespace IcPerMed.Analytics.Snapshots;

/// <summary>Snapshots of quarters nobody snapshotted while they were current.</summary>
public static class WarehouseSnapshotReconstruction
{
    /// <summary>
    /// Takes <paramref name="quarter"/>'s snapshot as the data stood at the quarter's last day, for a quarter nobody
    /// snapshotted while it was current: only the projects started by that day (and those without a start date, which
    /// cannot be placed in time), with the records the harvests stored and the classification as it stands now, analyst
    /// corrections included. A correction fixes what a project always was, so a reconstructed quarter and the next
    /// quarter's snapshot differ by the projects started in between, not by corrections. The warehouse keeps each
    /// record's latest version only, so a record a source changed later shows its later values.
    /// </summary>
    public static Task<KpiSnapshot> ReconstructSnapshotAsync(this Warehouse.Warehouse warehouse, Quarter quarter, string? exchangeRates, CancellationToken cancellationToken) =>
        warehouse.TakeSnapshotAsync(quarter, exchangeRates, quarter.End, cancellationToken);

    /// <summary>
    /// Takes <paramref name="quarter"/>'s snapshot; when the previous quarter has none, first reconstructs it
    /// (<see cref="ReconstructSnapshotAsync"/>), so what changed since the previous quarter is always one snapshot
    /// against another and never a frozen quarter against a live one.
    /// </summary>
    public static async Task<QuarterSnapshots> TakeSnapshotWithPreviousAsync(this Warehouse.Warehouse warehouse, Quarter quarter, string? exchangeRates, CancellationToken cancellationToken)
    {
        var previous = await warehouse.GetLatestSnapshotAsync(quarter.Previous, cancellationToken).ConfigureAwait(false);
        var reconstructed = previous is null;
        previous ??= await warehouse.ReconstructSnapshotAsync(quarter.Previous, exchangeRates, cancellationToken).ConfigureAwait(false);
        var snapshot = await warehouse.TakeSnapshotAsync(quarter, exchangeRates, cancellationToken).ConfigureAwait(false);
        return new QuarterSnapshots(snapshot, previous, reconstructed);
    }
}
