using IcPerMed.Analytics.Gaps;
using IcPerMed.Dashboards.Web.Data;
using Microsoft.AspNetCore.Mvc;

namespace IcPerMed.Dashboards.Pages;

/// <summary>The challenge x country (or x funder) matrix: every cell links to its projects; empty and flagged cells listed.</summary>
public sealed class GapsModel(QuarterAnalytics analytics) : QuarterPageModel(analytics)
{
    public string By { get; private set; } = "country";
    public GapMatrix Matrix { get; private set; } = null!;
    public ChartSet Charts { get; private set; } = ChartSet.Empty;

    public async Task<IActionResult> OnGetAsync(string? quarter, string? by, CancellationToken cancellationToken)
    {
        if (by is not (null or "" or "country" or "funder")) return BadRequest($"by '{by}': write country or funder");
        if (await LoadAsync(quarter, cancellationToken).ConfigureAwait(false) is { } failed) return failed;
        By = by is "funder" ? "funder" : "country";
        Matrix = By == "funder" ? View.Content.FunderGaps : View.Content.CountryGaps;
        Charts = ChartSet.Of(View, "gaps-" + By);
        return Page();
    }
}

/// <summary>The significance test of the gap cells in words.</summary>
public static class GapMatrixText
{
    public static string Test(double alpha) => GapMatrix.TestDescription + $" Alpha: {alpha.ToString(System.Globalization.CultureInfo.InvariantCulture)}.";
}
