using IcPerMed.Analytics.Coverage;
using IcPerMed.Analytics.Trends;
using IcPerMed.Dashboards.Charts;
using IcPerMed.Dashboards.Web.Data;
using Microsoft.AspNetCore.Mvc;

namespace IcPerMed.Dashboards.Pages;

/// <summary>
/// Funding per year or quarter and challenge, every value linked to its projects, the periods no source covers marked
/// as no data, each source's coverage, and the forecast or why there is none.
/// </summary>
public sealed class TrendsModel(QuarterAnalytics analytics) : QuarterPageModel(analytics)
{
    public string Per { get; private set; } = "year";
    public IReadOnlyList<TrendPoint> Points { get; private set; } = [];
    public IReadOnlyList<string> Periods { get; private set; } = [];
    public ChartSet Charts { get; private set; } = ChartSet.Empty;
    public IReadOnlyList<string> Series { get; } = ["c1", "c2", "c3", "c4", "c5", "none", "all"];

    /// <summary>The "all" points with data: their money, projects and projects without an amount add up to the total line.</summary>
    public IReadOnlyList<TrendPoint> AllWithData => [.. Points.Where(p => p.Challenge == "all" && p.HasData)];

    public IReadOnlyList<SourceCoverage> Coverage => View.Content.Trends.Coverage ?? [];

    public async Task<IActionResult> OnGetAsync(string? quarter, string? per, CancellationToken cancellationToken)
    {
        if (per is not (null or "" or "year" or "quarter")) return this.BadRequestPage($"per '{per}': write year or quarter");
        if (await LoadAsync(quarter, cancellationToken).ConfigureAwait(false) is { } failed) return failed;
        Per = per is "quarter" ? "quarter" : "year";
        Points = Per == "quarter" ? View.Content.Trends.Quarterly : View.Content.Trends.Yearly;
        Charts = ChartSet.Of(View, FundingPerYearChart.Id, ChallengeTrendChart.Id);
        Periods = [.. Points.Select(p => p.Period).Distinct().OrderDescending(StringComparer.Ordinal)];
        return Page();
    }

    /// <summary>The growth shown under a value: "+12.0 % on a year before", or why there is none ("n/a: no data in 2023").</summary>
    public static string Growth(TrendPoint point) =>
        point.GrowthOnYearBefore is { } g ? FormattableString.Invariant($"{g:+0.0;-0.0;0.0} % on a year before")
        : point.GrowthOnYearBeforeNote ?? "";
}
