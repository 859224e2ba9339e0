using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// KPI values as the CLI shows them: from the newest snapshot of the quarter when there is one (and no filter), so
/// that the numbers are the frozen ones; otherwise computed live. <see cref="Origin"/> says which.
/// </summary>
public sealed record KpiReading(Quarter Quarter, string Origin, KpiFilter Filter, IReadOnlyList<SnapshotKpi> Kpis)
{
    public static async Task<KpiReading> LoadAsync(Warehouse warehouse, Quarter quarter, KpiFilter filter, bool live,
        CancellationToken cancellationToken)
    {
        if (!live && filter.IsEmpty && await warehouse.GetLatestSnapshotAsync(quarter, cancellationToken).ConfigureAwait(false) is { } snapshot)
            return new KpiReading(quarter, $"{snapshot.Label()} ({snapshot.TakenAt.ToUniversalTime():HH:mm}Z)",
                filter, snapshot.Content.Kpis);
        var set = await warehouse.ComputeKpisAsync(quarter, filter, cancellationToken).ConfigureAwait(false);
        return new KpiReading(quarter, "live", filter, [.. set.Results.Select(SnapshotKpi.From)]);
    }
}
