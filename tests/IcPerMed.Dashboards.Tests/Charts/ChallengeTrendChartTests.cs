using IcPerMed.Dashboards.Charts;
using ScottPlot.Plottables;
using Xunit;

namespace IcPerMed.Dashboards.Tests.Charts;

public sealed class ChallengeTrendChartTests
{
    [Fact]
    public void Draws_a_line_per_challenge_and_a_dashed_forecast_inside_its_interval()
    {
        var chart = ChallengeTrendChart.Create(SampleContent.Create());
        ChartImages.Save(chart);

        var lines = chart.Plot.GetPlottables().OfType<Scatter>().ToList();
        var observed = lines.Where(l => l.LinePattern.Equals(ScottPlot.LinePattern.Solid)).ToList();
        Assert.Equal(["c1 Awareness & empowerment", "c2 Big data & ICT", "c3 Basic to clinical", "c4 Innovation to market", "c5 Sustainable healthcare"],
            observed.Select(l => l.LegendText));
        Assert.Equal([0, 2.0, 4.0, 1.0], observed[1].Data.GetScatterPoints().Select(p => p.Y));
        var dashed = lines.Where(l => l.LinePattern.Equals(ScottPlot.LinePattern.Dashed)).ToList();
        Assert.Equal(5, dashed.Count);
        // c2's forecast continues from its last quarter (1.0 at x = 3) through 1, 2, 3, 4 million at x = 4..7.
        Assert.Equal([(3, 1.0), (4, 1.0), (5, 2.0), (6, 3.0), (7, 4.0)], dashed[1].Data.GetScatterPoints().Select(p => (p.X, p.Y)));
        var band = chart.Plot.GetPlottables().OfType<FillY>().ToList()[1];
        // c2's band spans x = 3..7, from its last value 1.0 (lowest lower bound 0.5 at x = 4) up to 4.5 at x = 7.
        var limits = band.GetAxisLimits();
        Assert.Equal((3d, 7d, 0.5, 4.5), (limits.Left, limits.Right, limits.Bottom, limits.Top));
    }

    [Fact]
    public void Names_the_peak_quarter_and_the_forecast_in_the_alt_text_and_the_method()
    {
        var chart = ChallengeTrendChart.Create(SampleContent.Create());
        ChartImages.Save(chart);

        Assert.Equal("PM funding (EUR millions)", chart.YLabel);
        Assert.Equal("Start quarter of the project", chart.Plot.Axes.Bottom.Label.Text);
        Assert.Contains("highest quarter is 2025Q3 for c2 Integrating Big Data and ICT Solutions with EUR 4.00 million", chart.AltText, StringComparison.Ordinal);
        Assert.Contains("95 % interval EUR 3.50 million to EUR 4.50 million", chart.AltText, StringComparison.Ordinal);
        // Apportioned, so the forecast parts add up to the 'all' forecast.
        Assert.Contains("apportioned: each grant split across its challenges", chart.Method, StringComparison.Ordinal);
        Assert.Contains("Holt", chart.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_lists_observed_quarters_with_drills_then_forecast_rows_without()
    {
        var chart = ChallengeTrendChart.Create(SampleContent.Create());
        ChartImages.Save(chart);

        Assert.Equal(8, chart.Table.Rows.Count);
        Assert.Equal(new ChartCell("4,000,000", ChartDrill.Trend("2025Q3", "c2")), chart.Table.Rows[2][2]);
        Assert.Equal("2026Q1 (forecast)", chart.Table.Rows[4][0].Text);
        Assert.Equal(new ChartCell("1,000,000 (500,000 – 1,500,000)"), chart.Table.Rows[4][1]);
    }

    [Fact]
    public void Without_pm_projects_renders_a_no_data_note()
    {
        var chart = ChallengeTrendChart.Create(SampleContent.Empty());
        ChartImages.Save(chart);

        Assert.Contains(ChartWords.NoData, chart.Plot.GetPlottables().OfType<Annotation>().Select(a => a.Text));
    }
}
