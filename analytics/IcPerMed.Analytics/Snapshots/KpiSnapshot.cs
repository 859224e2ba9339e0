using IcPerMed.Analytics.Model;

namespace IcPerMed.Analytics.Snapshots;

/// <summary>When a source's data was last harvested successfully, as a snapshot records it.</summary>
public sealed record SourceHarvest(string Source, long RunId, DateTimeOffset FinishedAt);

/// <summary>What a snapshot's numbers rest on.</summary>
/// <param name="ModelVersion">The classifier model whose predictions (with analysts' overrides) decided PM and challenges.</param>
/// <param name="ExchangeRates">The version of the ECB rate table money was converted with.</param>
/// <param name="LabelScheme">The version of the label scheme (pm, c1..c5).</param>
/// <param name="Harvests">The last successful harvest of each source.</param>
/// <param name="AsOf">
/// For a snapshot reconstructed after its quarter (<see cref="WarehouseSnapshotReconstruction.ReconstructSnapshotAsync"/>): the day
/// the data is taken as of, the quarter's last day. Null (and absent from the JSON, so older hashes still hold) for a
/// snapshot of the warehouse as it was when the snapshot was taken.
/// </param>
public sealed record SnapshotProvenance(string? ModelVersion, string? ExchangeRates, string LabelScheme, IReadOnlyList<SourceHarvest> Harvests,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    DateOnly? AsOf = null);

/// <summary>A quarter's KPI values, gap matrices and trends, frozen.</summary>
/// <param name="Id">The snapshot's number, rising with each one taken.</param>
/// <param name="Quarter">The quarter it is about.</param>
/// <param name="TakenAt">When it was taken.</param>
/// <param name="Provenance">What the numbers rest on.</param>
/// <param name="Content">The numbers.</param>
/// <param name="ContentHash">SHA-256 of provenance and content (not of id or time): equal hashes, equal snapshots.</param>
public sealed record KpiSnapshot(long Id, Quarter Quarter, DateTimeOffset TakenAt, SnapshotProvenance Provenance,
    SnapshotContent Content, string ContentHash)
{
    /// <summary>How every page, report, email and command names it: "snapshot 4 of 2026-10-02" (see <see cref="SnapshotLabel"/>).</summary>
    public string Label() => SnapshotLabel.Of(Id, TakenAt, Provenance.AsOf);
}

/// <summary>A snapshot without its content, for lists.</summary>
/// <param name="AsOf">The day a reconstructed snapshot's data is taken as of; null for a snapshot taken live.</param>
public sealed record KpiSnapshotSummary(long Id, Quarter Quarter, DateTimeOffset TakenAt, string? ModelVersion, string ContentHash, DateOnly? AsOf = null)
{
    public string Label() => SnapshotLabel.Of(Id, TakenAt, AsOf);
}
