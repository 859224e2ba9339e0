using IcPerMed.Analytics.Classification.Store;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Dashboards.Charts;
using IcPerMed.Dashboards.Web.Data;
using Microsoft.AspNetCore.Mvc;

namespace IcPerMed.Dashboards.Pages;

/// <summary>
/// The overview: headline KPI tiles with their change on the previous quarter, the projects not counted for insufficient
/// text, the main charts, every KPI.
/// </summary>
public sealed class IndexModel(QuarterAnalytics analytics) : QuarterPageModel(analytics)
{
    /// <summary>Live: per source, the projects the classifier abstained on for insufficient text or their language (counted as not PM).</summary>
    public IReadOnlyList<DecisionCount> Decisions { get; private set; } = [];

    public IReadOnlyList<KpiTile> Tiles { get; private set; } = [];
    /// <summary>The previous quarter's snapshot; null when it has none or when this quarter's numbers are live.</summary>
    public QuarterView? Previous { get; private set; }

    /// <summary>What changed since the previous quarter, snapshot against snapshot; null when this quarter's numbers are live.</summary>
    public SnapshotChanges? Changes { get; private set; }

    /// <summary>Corrections made after this quarter's snapshot: changed since it, so not in its numbers (nor in its changes).</summary>
    public IReadOnlyList<LaterCorrection> LaterCorrections { get; private set; } = [];
    public ChartSet Charts { get; private set; } = ChartSet.Empty;

    public async Task<IActionResult> OnGetAsync(string? quarter, CancellationToken cancellationToken)
    {
        if (await LoadAsync(quarter, cancellationToken).ConfigureAwait(false) is { } failed) return failed;
        // Change is one snapshot against another, never a frozen quarter against a live recomputation of the previous one.
        if (View.Snapshot is { } snapshot)
        {
            Previous = await Analytics.GetSnapshotAsync(Quarter.Previous, cancellationToken).ConfigureAwait(false);
            Changes = SnapshotChanges.Between(Previous?.Snapshot, snapshot);
            LaterCorrections = await Analytics.GetCorrectionsSinceAsync(snapshot, cancellationToken).ConfigureAwait(false);
        }
        Tiles = OverviewTiles.For(View, Previous);
        Decisions = await Analytics.GetDecisionCountsAsync(cancellationToken).ConfigureAwait(false);
        Charts = ChartSet.Of(View, FundingPerYearChart.Id, CountryRankingChart.Id, FunderRankingChart.Id, SourceFreshnessChart.Id);
        return Page();
    }
}
