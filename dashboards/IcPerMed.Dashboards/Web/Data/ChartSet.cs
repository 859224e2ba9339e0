using IcPerMed.Analytics.Gaps;
using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Dashboards.Charts;

namespace IcPerMed.Dashboards.Web.Data;

/// <summary>The charts a page shows beside its tables, drawn from the quarter's numbers; each is served as SVG by /charts.</summary>
public sealed record ChartSet(Quarter Quarter, IReadOnlyList<DashboardChart> Charts)
{
    public static ChartSet Empty { get; } = new(default, []);

    /// <summary>The chart ids a page or /charts/{id}.svg may ask for.</summary>
    public static IReadOnlyList<string> Ids { get; } =
    [
        FundingPerYearChart.Id, ChallengeTrendChart.Id, "gaps-country", "gaps-funder",
        CountryRankingChart.Id, FunderRankingChart.Id, SourceFreshnessChart.Id,
    ];

    /// <summary>The charts of one quarter's numbers; built once per numbers and kept with them (<see cref="QuarterView.Chart"/>).</summary>
    public static ChartSet Of(QuarterView view, params string[] ids) => new(view.Quarter, [.. ids.Select(view.Chart)]);

    internal static DashboardChart Create(string id, SnapshotContent content) => id switch
    {
        FundingPerYearChart.Id => FundingPerYearChart.Create(content),
        ChallengeTrendChart.Id => ChallengeTrendChart.Create(content),
        "gaps-country" => GapHeatmapChart.Create(content, GapDimension.Country),
        "gaps-funder" => GapHeatmapChart.Create(content, GapDimension.Funder),
        CountryRankingChart.Id => CountryRankingChart.Create(content),
        FunderRankingChart.Id => FunderRankingChart.Create(content),
        SourceFreshnessChart.Id => SourceFreshnessChart.Create(content),
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "no such chart"),
    };

    /// <summary>Where a number of a chart's table leads: the projects behind it.</summary>
    public string? Link(ChartDrill? drill) => drill switch
    {
        null => null,
        { Kind: "trend" } => Links.BehindTrend(Quarter, drill.Key[0], drill.Key[1]),
        { Kind: "gap:country" } => Links.BehindGap(Quarter, GapDimension.Country, drill.Key[0], drill.Key[1]),
        { Kind: "gap:funder" } => Links.BehindGap(Quarter, GapDimension.Funder, drill.Key[0], drill.Key[1]),
        _ when drill.Kind.StartsWith("kpi:", StringComparison.Ordinal) => Links.BehindKpi(Quarter, drill.Kind[4..], drill.Key),
        _ => null,
    };
}
