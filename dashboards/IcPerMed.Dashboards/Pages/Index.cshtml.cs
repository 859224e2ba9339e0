using IcPerMed.Analytics.Warehouse.Classification;
using IcPerMed.Dashboards.Web.Data;
using Microsoft.AspNetCore.Mvc;

namespace IcPerMed.Dashboards.Pages;

/// <summary>
/// The overview: headline KPI tiles with their change on the previous quarter, the projects not counted for insufficient
/// text, the main charts, every KPI.
/// </summary>
public sealed class IndexModel(QuarterAnalytics analytics, WarehouseAccess access) : QuarterPageModel(analytics)
{
    /// <summary>Live: per source, the projects the classifier abstained on for insufficient text (counted as not PM).</summary>
    public IReadOnlyList<DecisionCount> Decisions { get; private set; } = [];

    public IReadOnlyList<KpiTile> Tiles { get; private set; } = [];
    public QuarterView? Previous { get; private set; }
    public ChartSet Charts { get; private set; } = ChartSet.Empty;

    public async Task<IActionResult> OnGetAsync(string? quarter, CancellationToken cancellationToken)
    {
        if (await LoadAsync(quarter, cancellationToken).ConfigureAwait(false) is { } failed) return failed;
        Previous = await Analytics.GetAsync(Quarter.Previous, cancellationToken).ConfigureAwait(false);
        Tiles = OverviewTiles.For(View, Previous);
        Decisions = await (await access.GetAsync().ConfigureAwait(false)).GetDecisionCountsAsync(cancellationToken).ConfigureAwait(false);
        Charts = ChartSet.Of(View, "funding-per-year", "country-ranking", "funder-ranking", "source-freshness");
        return Page();
    }
}
