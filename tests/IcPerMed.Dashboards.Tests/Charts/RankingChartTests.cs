using IcPerMed.Dashboards.Charts;
using ScottPlot.Plottables;
using Xunit;

namespace IcPerMed.Dashboards.Tests.Charts;

public sealed class RankingChartTests
{
    [Fact]
    public void Country_ranking_draws_the_top_countries_largest_on_top_in_eur_millions()
    {
        var chart = CountryRankingChart.Create(SampleContent.Create(), top: 3);
        ChartImages.Save(chart);

        var bars = chart.Plot.GetPlottables().OfType<BarPlot>().Single();
        Assert.All(bars.Bars, b => Assert.Equal(ScottPlot.Orientation.Horizontal, b.Orientation));
        Assert.Equal([(2d, 6.0), (1d, 4.5), (0d, 2.5)], bars.Bars.Select(b => (b.Position, b.Value)));
        Assert.Equal("Top 3 countries by PM funding (apportioned)", chart.Title);
        Assert.Equal("PM funding (EUR millions)", chart.Plot.Axes.Bottom.Label.Text);
        Assert.Contains("First is DE with EUR 6.00 million in 6 projects", chart.AltText, StringComparison.Ordinal);
        Assert.Contains("apportioned", chart.Method, StringComparison.Ordinal);
        // The table keeps every country, also those beyond the top.
        Assert.Equal(4, chart.Table.Rows.Count);
        Assert.Equal(new ChartCell("6,000,000", ChartDrill.Kpi("funding-per-country", "DE")), chart.Table.Rows[0][2]);
    }

    [Fact]
    public void Funder_ranking_labels_bars_with_names_shortened_and_keeps_full_names_in_the_table()
    {
        var chart = FunderRankingChart.Create(SampleContent.Create());
        ChartImages.Save(chart);

        var bars = chart.Plot.GetPlottables().OfType<BarPlot>().Single();
        Assert.Equal([8.0, 4.0, 1.0], bars.Bars.Select(b => b.Value));
        Assert.Equal(["8.00", "4.00", "1.00"], bars.Bars.Select(b => b.Label));
        var ticks = chart.Plot.Axes.Left.TickGenerator.Ticks.Select(t => t.Label).ToList();
        Assert.Contains("Agence nationale de la recherch…", ticks);
        Assert.Equal("Agence nationale de la recherche, département des programmes de recherche en santé", chart.Table.Rows[2][2].Text);
        Assert.Equal(ChartDrill.Kpi("top-funders", "EC", "European Commission"), chart.Table.Rows[0][3].Drill);
        Assert.Contains("First is European Commission with EUR 8.00 million", chart.AltText, StringComparison.Ordinal);
    }

    [Fact]
    public void Source_freshness_draws_how_far_each_sources_data_stops_before_the_quarters_end()
    {
        var chart = SourceFreshnessChart.Create(SampleContent.Create());
        ChartImages.Save(chart);

        // Days from the end of each source's covered period to 2025-12-31: nfr to 2022Q1 (2022-03-31), cordis to 2025Q3 (2025-09-30).
        int nfr = new DateOnly(2025, 12, 31).DayNumber - new DateOnly(2022, 3, 31).DayNumber, cordis = new DateOnly(2025, 12, 31).DayNumber - new DateOnly(2025, 9, 30).DayNumber;
        Assert.Equal((1371, 92), (nfr, cordis));
        var bars = chart.Plot.GetPlottables().OfType<BarPlot>().Single();
        Assert.Equal([(double)nfr, cordis], bars.Bars.Select(b => b.Value));
        Assert.Equal(["1,371 days; harvest 40 d old", "92 days; harvest 12 d old"], bars.Bars.Select(b => b.Label));
        // The axis starts at 0 and has room for the longest bar: never the −0.9 .. 1 day of an all-zero chart.
        var limits = chart.Plot.Axes.GetLimits();
        Assert.True(limits.Left == 0 && limits.Right > nfr, $"{limits.Left} .. {limits.Right}");
        Assert.Contains("nfr covers 2015Q1 – 2022Q1, 1,371 days behind, harvested 40 days before its end", chart.AltText, StringComparison.Ordinal);
        Assert.Equal(["nfr", "2015Q1 – 2022Q1", "1,371", "2025-11-21T08:00:00Z", "40", "3"], chart.Table.Rows[0].Select(c => c.Text));
        Assert.Equal(ChartDrill.Kpi("data-freshness", "nfr", "2025-11-21T08:00:00Z"), chart.Table.Rows[0][5].Drill);
    }

    [Fact]
    public void Every_chart_renders_without_pm_projects_with_a_no_data_note()
    {
        foreach (var chart in ChartRegistry.All(SampleContent.Empty()))
        {
            ChartImages.Save(chart, test: $"Empty_{chart.Id}");
            Assert.Contains(ChartWords.NoData, chart.Plot.GetPlottables().OfType<Annotation>().Select(a => a.Text));
            Assert.Contains("No data", chart.AltText, StringComparison.Ordinal);
            Assert.Contains(chart.Title, SvgTexts(chart));
        }
    }

    /// <summary>The texts an SVG draws, parsed (so it is well-formed XML and entities are decoded).</summary>
    internal static IReadOnlyList<string> SvgTexts(DashboardChart chart) =>
        [.. System.Xml.Linq.XDocument.Parse(chart.ToSvg()).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim())];

    [Fact]
    public void All_charts_come_in_report_order_with_distinct_ids()
    {
        var charts = ChartRegistry.All(SampleContent.Create());
        Assert.Equal(["funding-per-year", "challenge-trends", "gaps-country", "gaps-funder", "country-ranking", "funder-ranking", "source-freshness"],
            charts.Select(c => c.Id));
        Assert.All(charts, c => Assert.False(string.IsNullOrWhiteSpace(c.AltText)));
    }
}
