using IcPerMed.Analytics.Gaps;
using IcPerMed.Analytics.Snapshots;

namespace IcPerMed.Dashboards.Charts;

/// <summary>Every chart of a snapshot, in the order the report shows them.</summary>
public static class DashboardCharts
{
    public static IReadOnlyList<DashboardChart> All(SnapshotContent content) =>
    [
        FundingPerYearChart.Create(content),
        ChallengeTrendChart.Create(content),
        GapHeatmapChart.Create(content, GapDimension.Country),
        GapHeatmapChart.Create(content, GapDimension.Funder),
        CountryRankingChart.Create(content),
        FunderRankingChart.Create(content),
        SourceFreshnessChart.Create(content),
    ];
}
