using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Snapshots;

namespace IcPerMed.Dashboards.Charts;

/// <summary>The countries receiving most PM funding (apportioned across participants), from the funding-per-country KPI.</summary>
public static class CountryRankingChart
{
    public const string Id = "country-ranking";
    public const string XLabel = "PM funding (EUR millions)";
    public const string YLabel = "Participant country (ISO code)";

    public static DashboardChart Create(SnapshotContent content, int top = 15)
    {
        var kpiId = KpiCatalogue.FundingPerCountry.Id;
        var rows = (content.Kpi(kpiId)?.Rows ?? []).Where(r => r.Value > 0).OrderByDescending(r => r.Value)
            .ThenBy(r => r.KeyText, StringComparer.Ordinal).ToList();
        var shown = rows.Take(top).ToList();
        var title = $"Top {shown.Count} countries by PM funding (apportioned)";
        var plot = ChartCanvas.Create(title, XLabel, YLabel);
        const string method = ChartWords.Money + "; apportioned: each grant split across its participants' countries by their share " +
            "of the participants' contributions (equally when none is known), so the countries add up to total PM funding.";
        var table = new ChartTable(["Rank", "Country", "PM funding (EUR)", "PM projects"],
            [.. rows.Select((r, i) => (IReadOnlyList<ChartCell>)[
                new ChartCell(ChartWords.Number(i + 1)), new ChartCell(r.Key[0]),
                new ChartCell(ChartWords.Number(r.Value), ChartDrill.Kpi(kpiId, [.. r.Key])),
                new ChartCell(ChartWords.Number(r.Projects), ChartDrill.Kpi(kpiId, [.. r.Key]))])]);
        if (shown.Count == 0)
        {
            ChartCanvas.NoData(plot);
            return new DashboardChart(Id, title, XLabel, YLabel, method, $"{title}: {ChartWords.NoData}.", table, plot);
        }
        var hotspots = RankingBars.Draw(plot, [.. shown.Select(r => new RankingBars.Item(r.Key[0], ChartWords.Millions(r.Value),
            ChartWords.Number(r.Value / 1_000_000m, 2), ChartDrill.Kpi(kpiId, [.. r.Key]),
            $"{r.Key[0]}: {ChartWords.EurMillions(r.Value)} in {ChartWords.Number(r.Projects)} PM projects, list the projects"))], ChartPalette.Blue);
        var alt = $"Horizontal bars of the {shown.Count} countries with most PM funding (apportioned). First is {shown[0].Key[0]} with " +
            $"{ChartWords.EurMillions(shown[0].Value)} in {ChartWords.Number(shown[0].Projects)} projects" +
            (shown.Count > 1 ? $"; last shown is {shown[^1].Key[0]} with {ChartWords.EurMillions(shown[^1].Value)}." : ".");
        return new DashboardChart(Id, title, XLabel, YLabel, method, alt, table, plot, hotspots: hotspots);
    }
}
