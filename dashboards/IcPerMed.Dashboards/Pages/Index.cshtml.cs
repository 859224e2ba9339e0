using IcPerMed.Dashboards.Web.Data;
using Microsoft.AspNetCore.Mvc;

namespace IcPerMed.Dashboards.Pages;

/// <summary>The overview: headline KPI tiles with their change on the previous quarter, the main charts, every KPI.</summary>
public sealed class IndexModel(QuarterAnalytics analytics) : QuarterPageModel(analytics)
{
    public IReadOnlyList<KpiTile> Tiles { get; private set; } = [];
    public QuarterView? Previous { get; private set; }
    public ChartSet Charts { get; private set; } = ChartSet.Empty;

    public async Task<IActionResult> OnGetAsync(string? quarter, CancellationToken cancellationToken)
    {
        if (await LoadAsync(quarter, cancellationToken).ConfigureAwait(false) is { } failed) return failed;
        Previous = await Analytics.GetAsync(Quarter.Previous, cancellationToken).ConfigureAwait(false);
        Tiles = OverviewTiles.For(View, Previous);
        Charts = ChartSet.Of(View, "funding-per-year", "country-ranking", "funder-ranking", "source-freshness");
        return Page();
    }
}
