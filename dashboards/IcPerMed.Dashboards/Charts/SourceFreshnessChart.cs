using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Snapshots;

namespace IcPerMed.Dashboards.Charts;

/// <summary>How old each source's data is: days since its last successful harvest, from the data-freshness KPI.</summary>
public static class SourceFreshnessChart
{
    public const string Id = "source-freshness";
    public const string Title = "Data freshness: days since each source's last harvest";
    public const string XLabel = "Days since the last successful harvest (days)";
    public const string YLabel = "Source";

    public static DashboardChart Create(SnapshotContent content)
    {
        var kpiId = KpiCatalogue.DataFreshness.Id;
        var rows = (content.Kpi(kpiId)?.Rows ?? []).OrderByDescending(r => r.Value).ThenBy(r => r.KeyText, StringComparer.Ordinal).ToList();
        var plot = ChartCanvas.Create(Title, XLabel, YLabel);
        const string method = "Age in whole days of each source's last successful harvest at the end of the quarter " +
            "(0 when it finished after the quarter ended); projects: the source's PM projects, each counted once.";
        var table = new ChartTable(["Source", "Last harvest (UTC)", "Age (days)", "PM projects"],
            [.. rows.Select(r => (IReadOnlyList<ChartCell>)[
                new ChartCell(r.Key[0]), new ChartCell(r.Key.Count > 1 ? r.Key[1] : ""), new ChartCell(ChartWords.Number(r.Value)),
                new ChartCell(ChartWords.Number(r.Projects), ChartDrill.Kpi(kpiId, [.. r.Key]))])]);
        if (rows.Count == 0)
        {
            ChartCanvas.NoData(plot);
            return new DashboardChart(Id, Title, XLabel, YLabel, method, $"{Title}: {ChartWords.NoData}.", table, plot);
        }
        RankingBars.Draw(plot, [.. rows.Select(r => new RankingBars.Item(r.Key[0], (double)r.Value, $"{ChartWords.Number(r.Value)} days"))],
            ChartPalette.Vermillion);
        var alt = $"Horizontal bars of days since the last successful harvest for {rows.Count} source{(rows.Count == 1 ? "" : "s")}. " +
            $"Oldest: {rows[0].Key[0]}, {ChartWords.Number(rows[0].Value)} days; freshest: {rows[^1].Key[0]}, {ChartWords.Number(rows[^1].Value)} days.";
        return new DashboardChart(Id, Title, XLabel, YLabel, method, alt, table, plot);
    }
}
