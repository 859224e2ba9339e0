using System.Globalization;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Dashboards.Charts;
using IcPerMed.Dashboards.Tests.Web;
using IcPerMed.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace IcPerMed.Dashboards.Tests.Charts;

/// <summary>
/// One definition per number (issue 16): every chart's numbers, as its data table shows them, equal the KPI of the
/// catalogue it stands for, computed on its own for the same quarter and filter, on both stores. 2026Q2 is the case
/// that once differed: W1 starts 2026-07-15, after that quarter, and the KPI counted it in 2026 while the chart did not.
/// </summary>
public sealed class ChartKpiAgreementTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string> Cases()
    {
        var cases = new TheoryData<string, string, string>();
        foreach (var store in new[] { TestStores.DuckDb, TestStores.Postgres })
            foreach (var quarter in new[] { "2026Q2", "2026Q3" })
                foreach (var country in new[] { "", "DE" })
                    cases.Add(store, quarter, country);
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_chart_shows_its_KPI_for_the_same_quarter_and_filter(string store, string quarterText, string country)
    {
        var time = new FakeTimeProvider(DashboardData.HarvestedAt);
        var location = await DashboardData.BuildAsync(store, time, Ct);
        await using var warehouse = await Analytics.Warehouse.Warehouse.OpenAsync(location, time, Ct);
        var (quarter, filter) = (Quarter.Parse(quarterText), country.Length == 0 ? KpiFilter.None : new KpiFilter { Countries = [country] });

        var content = await warehouse.ComputeAnalyticsAsync(quarter, filter, Ct);
        var kpis = await warehouse.ComputeKpisAsync(quarter, filter, Ct);
        var charts = ChartRegistry.All(content).ToDictionary(c => c.Id);

        // Funding per start year: the total column is the KPI, year by year; only projects without a start date
        // (the KPI's 'unknown' row) are left out of the chart, as its method says.
        var perYear = kpis[KpiCatalogue.PmFundingPerYear.Id].Rows.Where(r => r.Key[0] != "unknown").ToDictionary(r => r.Key[0], r => r.Value);
        var chartYears = Column(charts[FundingPerYearChart.Id], "Total PM funding (EUR)");
        Assert.Equal(perYear.Where(y => y.Value != 0).Select(y => (y.Key, Eur(y.Value))).Order(),
            chartYears.Where(y => y.Value is not ("0" or "no data")).Select(y => (y.Key, y.Value)).Order());
        // ...and the quarterly lines add up, per challenge and year, to the yearly stacks (one query behind both).
        var quarterly = charts[ChallengeTrendChart.Id].Table;
        foreach (var challenge in quarterly.Headers.Skip(1))
        {
            var yearly = Column(charts[FundingPerYearChart.Id], challenge);
            var sums = quarterly.Rows.Where(r => !r[0].Text.Contains("forecast", StringComparison.Ordinal))
                .GroupBy(r => r[0].Text[..4])
                .Select(g => (g.Key, Eur(g.Sum(r => Number(r[quarterly.Headers.ToList().IndexOf(challenge)].Text)))));
            Assert.All(sums.Where(s => s.Item2 != "0"), s => Assert.Equal(s.Item2, yearly[s.Key]));
        }

        // Rankings: the country and funder KPIs, row for row.
        Assert.Equal(Rows(kpis[KpiCatalogue.FundingPerCountry.Id]), Ranking(charts[CountryRankingChart.Id], "Country"));
        Assert.Equal(Rows(kpis[KpiCatalogue.TopFunders.Id]), Ranking(charts[FunderRankingChart.Id], "Funder"));

        // Gap matrices: each member's PM projects are the projects-per-country / top-funders KPI's.
        Assert.Equal(Projects(kpis[KpiCatalogue.ProjectsPerCountry.Id]), GapProjects(charts[GapHeatmapChart.IdOf(Analytics.Gaps.GapDimension.Country)]));
        Assert.Equal(Projects(kpis[KpiCatalogue.TopFunders.Id]), GapProjects(charts[GapHeatmapChart.IdOf(Analytics.Gaps.GapDimension.Funder)]));

        // Freshness: the PM projects of each harvested source are the data-freshness KPI's.
        Assert.Equal(Projects(kpis[KpiCatalogue.DataFreshness.Id]),
            Column(charts[SourceFreshnessChart.Id], "PM projects").Where(c => c.Value.Length > 0).Select(c => (c.Key, c.Value)).Order());
    }

    private static Dictionary<string, string> Column(DashboardChart chart, string header)
    {
        var index = chart.Table.Headers.ToList().IndexOf(header);
        Assert.True(index >= 0, $"{chart.Id} has no column '{header}': {string.Join(" | ", chart.Table.Headers)}");
        return chart.Table.Rows.ToDictionary(r => r[0].Text, r => r[index].Text);
    }

    private static IEnumerable<(string, string, string)> Ranking(DashboardChart chart, string keyHeader)
    {
        var headers = chart.Table.Headers.ToList();
        var (key, eur, projects) = (headers.IndexOf(keyHeader), headers.IndexOf(headers.First(h => h.StartsWith("PM funding", StringComparison.Ordinal))),
            headers.IndexOf("PM projects"));
        return chart.Table.Rows.Select(r => (r[key].Text, r[eur].Text, r[projects].Text)).Order();
    }

    private static IEnumerable<(string, string, string)> Rows(KpiResult kpi) =>
        kpi.Rows.Where(r => r.Value > 0).Select(r => (r.Key[0], Eur(r.Value), r.Projects.ToString("N0", CultureInfo.InvariantCulture))).Order();

    private static IEnumerable<(string, string)> Projects(KpiResult kpi) =>
        kpi.Rows.Where(r => r.Projects > 0).Select(r => (r.Key[0], r.Projects.ToString("N0", CultureInfo.InvariantCulture))).Order();

    private static IEnumerable<(string, string)> GapProjects(DashboardChart chart) =>
        Column(chart, "PM projects").Where(c => c.Value != "0").Select(c => (c.Key, c.Value)).Order();

    private static string Eur(decimal value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static decimal Number(string text) =>
        decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : 0m;
}
