using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Snapshots;

namespace IcPerMed.Dashboards.Charts;

/// <summary>The funders putting most money into PM, from the top-funders KPI (which keeps the ten largest).</summary>
public static class FunderRankingChart
{
    public const string Id = "funder-ranking";
    public const string XLabel = "PM funding (EUR millions)";
    public const string YLabel = "Funder";

    public static DashboardChart Create(SnapshotContent content, int top = 15)
    {
        var kpiId = KpiCatalogue.TopFunders.Id;
        var rows = (content.Kpi(kpiId)?.Rows ?? []).Where(r => r.Value > 0).OrderByDescending(r => r.Value)
            .ThenBy(r => r.KeyText, StringComparer.Ordinal).Take(top).ToList();
        var title = $"Top {rows.Count} funders by PM funding";
        var plot = ChartCanvas.Create(title, XLabel, YLabel);
        const string method = ChartWords.Money + "; each grant counted once, under its funder.";
        var table = new ChartTable(["Rank", "Funder", "Name", "PM funding (EUR)", "PM projects"],
            [.. rows.Select((r, i) => (IReadOnlyList<ChartCell>)[
                new ChartCell(ChartWords.Number(i + 1)), new ChartCell(r.Key[0]), new ChartCell(Name(r)),
                new ChartCell(ChartWords.Number(r.Value), ChartDrill.Kpi(kpiId, [.. r.Key])),
                new ChartCell(ChartWords.Number(r.Projects), ChartDrill.Kpi(kpiId, [.. r.Key]))])]);
        if (rows.Count == 0)
        {
            ChartCanvas.NoData(plot);
            return new DashboardChart(Id, title, XLabel, YLabel, method, $"{title}: {ChartWords.NoData}.", table, plot);
        }
        var hotspots = RankingBars.Draw(plot, [.. rows.Select(r => new RankingBars.Item(Name(r), ChartWords.Millions(r.Value),
            ChartWords.Number(r.Value / 1_000_000m, 2), ChartDrill.Kpi(kpiId, [.. r.Key]),
            $"{Name(r)}: {ChartWords.EurMillions(r.Value)} in {ChartWords.Number(r.Projects)} PM projects, list the projects"))], ChartPalette.BluishGreen);
        var alt = $"Horizontal bars of the {rows.Count} funders with most PM funding. First is {Name(rows[0])} with " +
            $"{ChartWords.EurMillions(rows[0].Value)} in {ChartWords.Number(rows[0].Projects)} projects" +
            (rows.Count > 1 ? $"; last shown is {Name(rows[^1])} with {ChartWords.EurMillions(rows[^1].Value)}." : ".");
        return new DashboardChart(Id, title, XLabel, YLabel, method, alt, table, plot, hotspots: hotspots);
    }

    private static string Name(Analytics.Kpis.KpiRow row) => row.Key.Count > 1 && row.Key[1].Length > 0 ? row.Key[1] : row.Key[0];
}
