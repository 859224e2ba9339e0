using IcPerMed.Analytics.Gaps;
using IcPerMed.Dashboards.Charts;
using IcPerMed.Dashboards.Web.Data;
using Microsoft.AspNetCore.Mvc;

namespace IcPerMed.Dashboards.Pages;

/// <summary>
/// The challenge x country (or x funder) matrix: PM projects and EUR in every cell, each linking to its projects; members
/// with fewer than <see cref="GapMatrix.DefaultMinProjects"/> PM projects marked too few to judge; empty and flagged cells listed.
/// </summary>
public sealed class GapsModel(QuarterAnalytics analytics) : QuarterPageModel(analytics)
{
    public string By { get; private set; } = "country";
    public GapMatrix Matrix { get; private set; } = null!;
    public ChartSet Charts { get; private set; } = ChartSet.Empty;

    public async Task<IActionResult> OnGetAsync(string? quarter, string? by, CancellationToken cancellationToken)
    {
        if (by is not (null or "" or "country" or "funder")) return this.BadRequestPage($"by '{by}': write country or funder");
        if (await LoadAsync(quarter, cancellationToken).ConfigureAwait(false) is { } failed) return failed;
        By = by is "funder" ? "funder" : "country";
        // Judged with the stated minimum, also when the snapshot was taken before the minimum existed; the heatmap does the same.
        Matrix = (By == "funder" ? View.Content.FunderGaps : View.Content.CountryGaps).WithMinProjects(GapMatrix.DefaultMinProjects);
        Charts = ChartSet.Of(View, GapHeatmapChart.IdOf(By == "funder" ? GapDimension.Funder : GapDimension.Country));
        return Page();
    }
}

/// <summary>The significance test of the gap cells in words.</summary>
public static class GapMatrixText
{
    public static string Test(double alpha) => GapMatrix.TestDescription + $" Alpha: {alpha.ToString(System.Globalization.CultureInfo.InvariantCulture)}.";
}
