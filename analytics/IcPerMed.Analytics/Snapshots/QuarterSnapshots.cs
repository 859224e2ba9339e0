namespace IcPerMed.Analytics.Snapshots;

/// <summary>A quarter's new snapshot and the previous quarter's it is compared with.</summary>
/// <param name="PreviousReconstructed">Whether <paramref name="Previous"/> was reconstructed just now because there was none.</param>
public sealed record QuarterSnapshots(KpiSnapshot Snapshot, KpiSnapshot Previous, bool PreviousReconstructed);
