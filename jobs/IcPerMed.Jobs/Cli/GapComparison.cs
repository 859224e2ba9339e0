using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// What a gap matrix is compared with, and how the comparison is named (issue 15): snapshot numbers with the previous
/// quarter's snapshot ("changes since 2026Q2"); live numbers with their own quarter's snapshot, which can only show what
/// was corrected or harvested after it ("changed since the snapshot", never growth); a filtered matrix with nothing,
/// since a snapshot holds the unfiltered numbers.
/// </summary>
/// <param name="With">The snapshot to compare with, or null with <paramref name="Heading"/> saying why there is none.</param>
public sealed record GapComparison(KpiSnapshot? With, string Heading)
{
    public static async Task<GapComparison> ResolveAsync(Warehouse warehouse, QuarterOrigin origin, KpiFilter filter, long? since,
        CancellationToken cancellationToken)
    {
        if (!filter.IsEmpty)
            return new(null, "Not compared with a snapshot: a filtered matrix against a snapshot's unfiltered one would show false changes.");
        if (since is { } id)
        {
            var chosen = await warehouse.GetSnapshotAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new UsageException($"there is no snapshot {id}");
            return new(chosen, $"Changed since {chosen.Quarter} ({chosen.Label()})");
        }
        if (origin.Snapshot is { } frozen)
        {
            var previous = origin.Quarter.Previous;
            return await warehouse.GetLatestSnapshotAsync(previous, cancellationToken).ConfigureAwait(false) is { } before
                ? new(before, $"Changes since {previous} ({before.Label()}): snapshot with snapshot")
                : new(null, $"No snapshot of {previous} to compare {frozen.Label()} with; changes start next quarter.");
        }
        return await warehouse.GetLatestSnapshotAsync(origin.Quarter, cancellationToken).ConfigureAwait(false) is { } own
            ? new(own, $"Changed since {own.Label()} (corrections and harvests after it; not growth)")
            : new(null, $"No snapshot of {origin.Quarter} yet to compare the live numbers with (take one with icpermed snapshot).");
    }
}
