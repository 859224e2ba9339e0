using IcPerMed.Dashboards.Charts;
using ScottPlot.Plottables;
using SkiaSharp;
using Xunit;

namespace IcPerMed.Dashboards.Tests.Charts;

public sealed class FundingPerYearChartTests
{
    [Fact]
    public void Stacks_apportioned_funding_per_year_so_each_stack_reaches_the_year_total()
    {
        var chart = FundingPerYearChart.Create(SampleContent.Create());
        ChartImages.Save(chart);

        var series = chart.Plot.GetPlottables().OfType<BarPlot>().ToList();
        Assert.Equal(["c1 Awareness & empowerment", "c2 Big data & ICT", "c3 Basic to clinical", "c4 Innovation to market",
            "c5 Sustainable healthcare", "no challenge"], series.Select(s => s.LegendText));
        // 2024 (position 1): c2 3.0, c3 1.5 on top of it, c5 1.0 on top: tops at 3.0, 4.5, 5.5 million.
        var in2024 = series.Select(s => s.Bars.Single(b => b.Position == 1)).ToList();
        Assert.Equal([0, 0, 3.0, 4.5, 4.5, 5.5], in2024.Select(b => b.ValueBase));
        Assert.Equal([0, 3.0, 4.5, 4.5, 5.5, 5.5], in2024.Select(b => b.Value));
        Assert.Equal([3.5, 5.5, 4.0], Enumerable.Range(0, 3).Select(i => series[^1].Bars.Single(b => b.Position == i).Value));
        Assert.Equal(ChartPalette.Challenge("c3"), series[2].Bars[0].FillColor);
    }

    [Fact]
    public void Has_title_axis_labels_with_units_method_and_alt_text_naming_the_highest_year()
    {
        var chart = FundingPerYearChart.Create(SampleContent.Create());
        ChartImages.Save(chart);

        Assert.Equal("PM funding per start year, by challenge (apportioned)", chart.Plot.Axes.Title.Label.Text);
        Assert.Equal("PM funding (EUR millions)", chart.Plot.Axes.Left.Label.Text);
        Assert.Equal("Start year of the project", chart.Plot.Axes.Bottom.Label.Text);
        Assert.Contains("apportioned: each grant split across its challenges", chart.Method, StringComparison.Ordinal);
        Assert.Contains("ECB reference rate", chart.Method, StringComparison.Ordinal);
        Assert.Contains("highest year is 2024 with EUR 5.50 million", chart.AltText, StringComparison.Ordinal);
        Assert.Contains("EUR 13.00 million in all", chart.AltText, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_has_a_row_per_year_whose_cells_lead_to_the_projects_behind_them()
    {
        var chart = FundingPerYearChart.Create(SampleContent.Create());
        ChartImages.Save(chart);

        Assert.Equal(8, chart.Table.Headers.Count);
        var row2024 = chart.Table.Rows[1];
        Assert.Equal(["2024", "0", "3,000,000", "1,500,000", "0", "1,000,000", "0", "5,500,000"], row2024.Select(c => c.Text));
        Assert.Equal(ChartDrill.Trend("2024", "c3"), row2024[3].Drill);
        Assert.Equal(ChartDrill.Trend("2024", "all"), row2024[^1].Drill);
        Assert.Null(row2024[0].Drill);
    }

    [Fact]
    public void Renders_svg_with_its_title_and_png_of_the_requested_size()
    {
        var chart = FundingPerYearChart.Create(SampleContent.Create());
        var png = ChartImages.Save(chart, 800, 400);

        Assert.Contains(FundingPerYearChart.Title, RankingChartTests.SvgTexts(chart));
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((800, 400), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public void Without_pm_projects_renders_a_no_data_note()
    {
        var chart = FundingPerYearChart.Create(SampleContent.Empty());
        ChartImages.Save(chart);

        Assert.Contains(ChartWords.NoData, chart.Plot.GetPlottables().OfType<Annotation>().Select(a => a.Text));
        Assert.Empty(chart.Table.Rows);
        Assert.Contains("No data", chart.AltText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, 1)]
    [InlineData(10, 1)]
    [InlineData(11, 2)]
    [InlineData(24, 2)]
    [InlineData(49, 5)]
    [InlineData(61, 10)]
    public void Writes_at_most_about_a_dozen_year_labels(int years, int every)
    {
        // The demo's years run 1978-2026 (49) since NIH's recorded awards joined it: a label per year overlapped.
        Assert.Equal(every, FundingPerYearChart.LabelEvery(years));
        Assert.InRange((years + every - 1) / every, 1, 13);
    }
}
